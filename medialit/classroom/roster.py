"""Rosters and student identity: which submission belongs to which student.

A roster is an optional CSV file with one row per student and the columns
``name``, ``student_id``, ``email`` and ``section`` (headers are matched loosely:
``Student ID``, ``id``, ``E-mail``... all work; only ``name`` is required). It may
be saved by Excel (UTF-8 with or without a byte-order mark, comma or semicolon).

Matching follows the answer log's rules (:func:`name_key`): names are compared
after Unicode NFC normalisation, case folding and collapsing whitespace, so
"Zoë  Müller" (typed with a combining diaeresis) is "zoë müller". Two different
people are never merged:

- a submission that carries a ``student_id`` is matched by that id alone;
- otherwise by name, and only when exactly one roster row has that name;
- a name two roster rows share, without an id, matches no one and is reported
  ("the id decides": ask the student to ``set_student(name, id)``).

>>> roster = Roster.from_rows([{"name": "Sam Lee", "student_id": "s1"}, {"name": "Sam Lee", "student_id": "s2"},
...                            {"name": "Zoë Müller", "student_id": "z1"}])
>>> roster.match("ZOË   müller").student_id, roster.match("Sam Lee", "s2").student_id
('z1', 's2')
>>> roster.match("Sam Lee") is None, roster.shared_names()
(True, ['Sam Lee'])
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import KitError, Problem, display_path

try:  # issue 11 adds the answer log's own name_key; until then, the same rules here
    from ..exercises.answerlog import name_key  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on which branch is merged
    def name_key(name: str) -> str:
        """A student name as compared: NFC, case-folded, whitespace collapsed."""
        return " ".join(unicodedata.normalize("NFC", str(name)).casefold().split())

#: Roster columns, with the header spellings accepted for each (compared after name_key and dropping ``-_ .``).
COLUMNS = {
    "name": ("name", "student", "studentname", "fullname", "student name"),
    "student_id": ("studentid", "id", "sisuserid", "idnumber", "number", "studentnumber"),
    "email": ("email", "emailaddress", "mail"),
    "section": ("section", "class", "group", "period"),
}
_HEADER_JUNK = re.compile(r"[\s_.\-]+")


@dataclass(frozen=True)
class Student:
    """One student: the roster row (or, without a roster, what the submission says)."""

    name: str
    student_id: str = ""
    email: str = ""
    section: str = ""
    line: int = 0  # roster line, 0 when not on the roster

    @property
    def key(self) -> tuple[str, str]:
        return (name_key(self.name), self.student_id)


@dataclass
class Roster:
    """The students of a class, read from a roster CSV (see the module docstring)."""

    students: list[Student] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    source: str = ""

    def __post_init__(self):
        self._by_id = {s.student_id: s for s in self.students if s.student_id}
        self._by_name: dict[str, list[Student]] = {}
        for s in self.students:
            self._by_name.setdefault(name_key(s.name), []).append(s)

    @classmethod
    def from_rows(cls, rows: list[dict], source: str = "") -> "Roster":
        return cls([Student(" ".join(str(r.get("name", "")).split()), str(r.get("student_id", "") or "").strip(),
                            str(r.get("email", "") or "").strip(), str(r.get("section", "") or "").strip(),
                            n) for n, r in enumerate(rows, start=2)], source=source)

    def match(self, name: str, student_id: str = "") -> Student | None:
        """The roster student this submission belongs to, or ``None`` (no one, or two people share the name)."""
        if student_id:
            return self._by_id.get(str(student_id).strip())
        hits = self._by_name.get(name_key(name), [])
        return hits[0] if len(hits) == 1 else None

    def candidates(self, name: str) -> list[Student]:
        """Every roster student with this name (normalised)."""
        return list(self._by_name.get(name_key(name), []))

    def shared_names(self) -> list[str]:
        """Names two or more roster students share (their submissions need an id)."""
        return sorted(v[0].name for v in self._by_name.values() if len(v) > 1)


def _column(header: str) -> str | None:
    h = _HEADER_JUNK.sub("", name_key(header))
    for col, spellings in COLUMNS.items():
        if h in {_HEADER_JUNK.sub("", s) for s in spellings}:
            return col
    return None


def read_roster(path: str | Path) -> Roster:
    """Read a roster CSV; rows that cannot be used are reported in ``.problems``, never fatal.

    Raises :class:`~medialit.problems.KitError` when the file cannot be read at all or
    has no name column (the message lists the columns found).

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "roster.csv"
    >>> _ = p.write_text("Name;Student ID;E-mail;Section\\nAda;a1;ada@example.org;1\\nAda;a1;x@y;2\\n", encoding="utf-8-sig")
    >>> r = read_roster(p)
    >>> [s.email for s in r.students], r.problems[0].message[:40]
    (['ada@example.org'], 'student id a1 is on line 2 already: rows')
    """
    path = Path(path)
    shown = display_path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise KitError(f"cannot read the roster {shown} ({exc.strerror or exc}); give the path of a CSV file") from None
    except UnicodeDecodeError:
        raise KitError(f"the roster {shown} is not UTF-8 text; in Excel save it as \"CSV UTF-8 (Comma "
                       "delimited)\"") from None
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0] + "\n", delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise KitError(f"the roster {shown} is empty; its first line names the columns: name, student_id, "
                       "email, section")
    cols = {i: _column(h) for i, h in enumerate(rows[0])}
    if "name" not in cols.values():
        raise KitError(f"the roster {shown} has no name column (found: {', '.join(map(repr, rows[0]))}); its "
                       "first line names the columns: name, student_id, email, section")
    students, problems, ids = [], [], {}
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        rec = {col: row[i].strip() for i, col in cols.items() if col and i < len(row)}
        if not rec.get("name"):
            problems.append(Problem(shown, n, "row skipped: no name"))
            continue
        sid = rec.get("student_id", "")
        if sid and sid in ids:
            problems.append(Problem(shown, n, f"student id {sid} is on line {ids[sid]} already: rows need "
                                              "different ids; this row was skipped"))
            continue
        if sid:
            ids[sid] = n
        students.append(Student(" ".join(rec["name"].split()), sid, rec.get("email", ""), rec.get("section", ""), n))
    roster = Roster(students, problems, shown)
    for name in roster.shared_names():
        if any(not s.student_id for s in roster.candidates(name)):
            roster.problems.append(Problem(shown, roster.candidates(name)[0].line,
                                           f"{name!r} is on the roster more than once and not every row has a "
                                           "student id: add ids, or their submissions cannot be told apart"))
    return roster
