"""Grades as files a spreadsheet or a learning management system (LMS) imports safely.

Every CSV the kit writes is UTF-8 with a byte-order mark (so Excel shows "Zoë
Müller", not "ZoÃ« MÃ¼ller") and formula-safe: a cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe, so a
student named ``=HYPERLINK(...)`` stays text (OWASP, "CSV Injection").

``grade --format`` writes one import file per LMS, with the total points of the
kit as one assignment column (``--assignment`` names it):

``canvas``
    Canvas Gradebook import (Canvas Instructor Guide, "How do I import grades in the
    Gradebook?"; The Ohio State University, "Import a CSV File to Carmen Grades"):
    columns ``Student``, ``ID``, ``SIS User ID``, ``SIS Login ID``, ``Section``, then one
    column per assignment; the row under the header is ``Points Possible``. Canvas
    matches students by ID / SIS User ID / SIS Login ID: the roster's ``student_id`` goes
    into ``SIS User ID`` and the e-mail into ``SIS Login ID``; a column whose name
    is not yet an assignment creates one.
``moodle``
    Moodle "Import grades: CSV file" (docs.moodle.org/en/Grade_import): one row per
    student, a column that identifies the user (``Email address`` or ``ID number``,
    chosen in "Identify user by") and a column per grade item, plus an optional
    feedback column mapped to the item's feedback.
``google-classroom``
    Google documents no CSV grade import for Classroom. It documents grades in the
    Classroom app (a draft grade per student, given back on *Return*) and in the
    Classroom API (``draftGrade`` / ``assignedGrade`` on each student submission,
    ``maxPoints`` on the assignment; Google for Developers, "Grades" and "Set & update
    grades"). The file is the nearest layout: ``Last Name``, ``First Name``,
    ``Email Address`` (Classroom identifies users by e-mail), the points (the draft
    grade), sorted by last name, with a ``Points`` row holding the assignment's
    ``maxPoints``. INSTRUCTORS.md says what the teacher does with it.

>>> safe_cell('=HYPERLINK("http://example.invalid","Open")'), safe_cell("-3"), safe_cell("Zoë")
('\\'=HYPERLINK("http://example.invalid","Open")', "'-3", 'Zoë')
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..exercises.feedback import number

#: The LMS import formats ``grade --format`` writes.
FORMATS = ("canvas", "moodle", "google-classroom")
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """``value`` as CSV cell text that no spreadsheet evaluates as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_DANGEROUS) else text


def write_rows(path: str | Path, rows: list[list], *, safe_numbers: bool = True) -> Path:
    """Write ``rows`` as a UTF-8 CSV with a byte-order mark, every cell formula-safe; return the path.

    Numbers (``int``/``float``) are written as numbers (never an apostrophe): whole ones without ``.0``,
    others with one decimal (:func:`~medialit.exercises.feedback.number`).

    >>> import tempfile
    >>> p = write_rows(Path(tempfile.mkdtemp()) / "g.csv", [["student", "total"], ["@ana", 2.5]])
    >>> p.read_bytes()[:3] == b"\\xef\\xbb\\xbf", p.read_text(encoding="utf-8-sig").splitlines()[1]
    (True, "'@ana,2.5")
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow([number(c) if isinstance(c, (int, float)) and not isinstance(c, bool) else safe_cell(c)
                        for c in row])
    tmp.replace(path)
    return path


def _split_name(name: str) -> tuple[str, str]:
    """``(last, first)``: the last word and the words before it, outer and doubled spaces dropped.

    >>> _split_name(" Ana  Souza "), _split_name("李雷")
    (('Souza', 'Ana'), ('李雷', ''))
    """
    parts = name.split()
    return (parts[-1], " ".join(parts[:-1])) if len(parts) > 1 else (" ".join(parts), "")


def lms_rows(book, fmt: str, assignment: str = "Media Literacy Kit") -> list[list]:
    """The rows of the ``fmt`` import file for a :class:`~.gradebook.Gradebook` (see the module docstring).

    Only students with a submission get a grade; students still waiting for hand scores
    get their points so far (the report lists what is left to score).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}")
    students = book.students
    if fmt == "canvas":
        rows = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment],
                ["Points Possible", "", "", "", "", book.max_total]]
        for s in students:
            w = book.identities[s]
            last, first = _split_name(w.name)
            rows.append([f"{last}, {first}" if first else last, "", w.student_id, w.email, w.section, book.total(s)])
        return rows
    if fmt == "moodle":
        rows = [["Full name", "ID number", "Email address", assignment, f"{assignment} (feedback)"]]
        for s in students:
            w = book.identities[s]
            pending = book.pending(s)
            note = f"{pending} short answer(s) still to be scored" if pending else ""
            rows.append([w.name, w.student_id, w.email, book.total(s), note])
        return rows
    rows = [["Last Name", "First Name", "Email Address", assignment], ["Points", "", "", book.max_total]]
    for s in sorted(students, key=lambda s: tuple(x.casefold() for x in _split_name(book.identities[s].name))):
        w = book.identities[s]
        last, first = _split_name(w.name)
        rows.append([last, first, w.email, book.total(s)])
    return rows


def write_lms(book, path: str | Path, fmt: str, assignment: str = "Media Literacy Kit") -> Path:
    """Write the ``fmt`` import file (UTF-8 with BOM, formula-safe); return its path."""
    return write_rows(path, lms_rows(book, fmt, assignment))
