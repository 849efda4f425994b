"""The gradebook: grade every submission with the keys (``python -m medialit grade``).

A submission is the file a student hands in: ``export_submission()`` writes one
(``submission-<name>.json``), and a raw progress file (``<name>.jsonl``) works too.
Every saved answer is checked again with the instructor's keys (answers from a
student copy were never scored), and each student's best attempt per exercise
counts (``attempt="last"`` takes the last one instead).

Who is who: with a roster (:mod:`.roster`) each file is matched to a roster student
by student id, else by normalised name when only one student has it; without one,
by the name (and id) in the file. Two files with the same name are one student only
when they share answers (a re-export of the same answer log) or carry the same id;
otherwise they stay two rows and the report says why: two people are never merged.

Short answers are scored by hand (:mod:`.handscoring`); their points count in the
totals, and ``max_total`` includes every exercise. A bad file is reported and
skipped (a truncated one is read up to the cut and listed), never fatal; capstone
reports found in the folder are listed as such. Outputs: :mod:`.lms` (CSV files),
:mod:`.report` (class report), :mod:`.feedback_pages` (one page per student).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..exercises.feedback import number
from ..exercises.schema import ExerciseError, ExerciseNotFound
from ..exercises.workbook import Workbook
from ..problems import KitError, Problem, display_path
from .handscoring import HandScore, fingerprint, read_hand_scores, score_key
from .roster import Roster, Student, name_key
from .submissions import Scorer, read_submission

ATTEMPTS = ("best", "last")
#: Cell text of a short answer still to be scored by hand (a blank cell: not attempted).
TO_SCORE = "to score"
CAPSTONE_RE = re.compile(r"^capstone-report.*\.html?$", re.IGNORECASE)


@dataclass
class Graded:
    """One student's result on one exercise.

    ``score`` is 0..1 (``None``: a short answer not scored yet); ``points`` the points
    counted; ``hand`` the hand-score entry (points and comment), if any.
    """

    student: str
    exercise: str
    type: str
    score: float | None
    points: float | None
    max_points: float
    attempts: int
    answer: object = None
    items: tuple = ()
    feedback: object = None
    hand: HandScore | None = None
    wrong_tries: int = 0

    @property
    def comment(self) -> str:
        return self.hand.comment if self.hand is not None else ""


@dataclass
class Gradebook:
    """Every student's result on every exercise, plus the problems met on the way.

    ``identities`` maps each row label to its :class:`~.roster.Student`; ``missing`` lists
    roster students with no submission; ``unmatched`` the files that matched no roster
    student, as ``(file, name, why)``; ``capstones`` the capstone report files found;
    ``typed`` the name a student typed, for each row label whose roster spelling differs.
    """

    exercises: list[str]
    max_points: dict[str, float]
    types: dict[str, str]
    results: dict[tuple[str, str], Graded] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    identities: dict[str, Student] = field(default_factory=dict)
    missing: list[Student] = field(default_factory=list)
    unmatched: list[tuple[str, str, str]] = field(default_factory=list)
    shared_names: list[str] = field(default_factory=list)
    capstones: list[str] = field(default_factory=list)
    typed: dict[str, str] = field(default_factory=dict)
    workbook: Workbook | None = field(default=None, repr=False)

    @property
    def students(self) -> list[str]:
        return sorted(self.identities, key=lambda s: (name_key(s), s))

    @property
    def max_total(self) -> float:
        """Points of every exercise, short answers included."""
        return round(sum(self.max_points[e] for e in self.exercises), 4)

    def of(self, student: str) -> list[Graded]:
        """The results of one student (indexed once; rebuilt when results change)."""
        if getattr(self, "_index_size", -1) != len(self.results):
            index: dict[str, list[Graded]] = defaultdict(list)
            for (s, _), g in self.results.items():
                index[s].append(g)
            self._index, self._index_size = index, len(self.results)
        return self._index.get(student, [])

    def total(self, student: str) -> float:
        return round(sum(g.points for g in self.of(student) if g.points is not None), 4)

    def pending(self, student: str) -> int:
        """How many of the student's short answers are still to be scored."""
        return sum(1 for g in self.of(student) if g.points is None)

    def to_score(self) -> list[Graded]:
        """Short answers that still need a hand score, in exercise then student order."""
        return sorted((g for g in self.results.values() if g.points is None),
                      key=lambda g: (self.exercises.index(g.exercise), name_key(g.student)))

    def pending_scores(self) -> list[HandScore]:
        """A hand-score entry (points blank) for every short answer, to add to the hand-scores file."""
        out = []
        for g in sorted(self.results.values(), key=lambda g: (self.exercises.index(g.exercise), name_key(g.student))):
            if self.types[g.exercise] == "short_text":
                sid = self.identities[g.student].student_id
                out.append(HandScore(g.student, sid, g.exercise, answer=str(g.answer), fingerprint=fingerprint(g.answer)))
        return out

    def rows(self) -> list[list]:
        """CSV rows: a header, then one row per student. A cell is points, blank (not attempted) or "to score".

        ``student`` is the official name (the roster's); ``name_as_typed`` the name the student
        typed, when it differs from it (blank otherwise).
        """
        header = (["student", "student_id", "email", "section", "name_as_typed"] + self.exercises
                  + ["total", "max_total", "to_score"])
        rows = [header]
        for s in self.students:
            who = self.identities[s]
            row, total, pending = [s, who.student_id, who.email, who.section, self.typed.get(s, "")], 0.0, 0
            for e in self.exercises:
                g = self.results.get((s, e))
                if g is None:
                    row.append("")
                elif g.points is None:
                    row.append(TO_SCORE)
                    pending += 1
                else:
                    row.append(number(g.points))
                    total += g.points
            rows.append(row + [number(total), number(self.max_total), str(pending)])
        return rows

    def write_csv(self, path: str | Path) -> Path:
        """The gradebook CSV: UTF-8 with a byte-order mark (Excel), formula-safe (see :mod:`.lms`)."""
        from .lms import write_rows

        return write_rows(path, self.rows())

    def most_missed(self, n: int = 15) -> list[tuple[str, str, str, str, int]]:
        """``(exercise, item, what, text, students)``: the items most students missed or got wrong."""
        count: Counter = Counter()
        texts = {}
        for g in self.results.values():
            for item in g.items:
                if item.status in ("missed", "wrong", "mislabelled", "unlabelled"):
                    k = (g.exercise, item.id, item.status)
                    count[k] += 1
                    texts[k] = item.text
        return [(e, i, st, texts[(e, i, st)], c) for (e, i, st), c in count.most_common(n)]

    def write_report(self, path: str | Path) -> Path:
        """The HTML class report (see :mod:`.report`)."""
        from .report import write_report

        return write_report(self, path)


def _student_id(records: list[dict]) -> str:
    ids = [str(r["student_id"]).strip() for r in records if r.get("student_id")]
    return Counter(ids).most_common(1)[0][0] if ids else ""


def _student_key(records: list[dict], name: str) -> str:
    """The ``student_key`` the answers carry (the answer log's identity), else the name's key."""
    keys = [r["student_key"] for r in records if isinstance(r.get("student_key"), str) and r["student_key"].strip()]
    return Counter(keys).most_common(1)[0][0] if keys else name_key(name)


def _identify(files: list, roster: Roster | None, book: Gradebook) -> list[tuple[Student, list[dict], list[str]]]:
    """Group files into students: ``[(student, records, names typed)]``; never merges two different people.

    Files are grouped by roster row when matched, else by the ``student_key`` their answers
    carry and the student id, never by the display name alone.
    """
    groups: dict[tuple, list] = defaultdict(list)  # identity -> [(shown, records)]
    for shown, name, records in files:
        name = unicodedata.normalize("NFC", " ".join(name.split()))  # no trailing or doubled space shows
        sid = _student_id(records)
        if roster is not None:
            who = roster.match(name, sid)
            if who is None:
                n = len(roster.candidates(name))
                why = (f"{n} students on the roster are called {name!r} and the file has no student id: the id "
                       "decides" if n > 1 and not sid else
                       f"student id {sid} is not on the roster" if sid else "no one on the roster has this name")
                book.unmatched.append((shown, name, why))
                who = Student(name, sid)
        else:
            who = Student(name, sid)
        group = ("roster", who.line) if who.line else ("id", sid) if sid else (_student_key(records, name), "")
        groups[group].append((shown, who, records, name))
    out = []
    for members in groups.values():
        people: list[tuple[Student, list[dict], set, list[str], list[str]]] = []
        for shown, who, records, typed in members:
            stamps = {(str(r.get("time", "")), r.get("exercise")) for r in records}
            same = next((p for p in people if p[2] & stamps or who.student_id or who.line), None)
            if same is None:
                people.append((who, list(records), set(stamps), [shown], [typed]))
            else:
                same[1].extend(r for r in records if (str(r.get("time", "")), r.get("exercise")) not in same[2])
                same[2].update(stamps)
                same[3].append(shown)
                if typed not in same[4]:
                    same[4].append(typed)
        if len(people) > 1:
            book.problems.append(Problem(people[1][3][0], 1, f"{len(people)} files name {people[0][0].name!r} with "
                                         "no student id and share no answers: graded as different students "
                                         f"({', '.join(p[3][0] for p in people)}); use a roster with ids"))
        out += [(p[0], p[1], p[4]) for p in people]
    return out


def _labels(people: list[tuple[Student, list[dict], list[str]]]) -> list[str]:
    count = Counter(name_key(p.name) for p, _, _ in people)
    seen: Counter = Counter()
    labels = []
    for p, _, _ in people:
        if count[name_key(p.name)] == 1:
            labels.append(p.name)
            continue
        seen[name_key(p.name)] += 1
        labels.append(f"{p.name} ({p.student_id or seen[name_key(p.name)]})")
    return labels


def grade_submissions(folder: str | Path, root: str | Path | None = None, *, attempt: str = "best",
                      roster: Roster | str | Path | None = None, hand_scores: str | Path | None = None,
                      progress: bool | None = None) -> Gradebook:
    """Grade every ``.json``/``.jsonl`` submission under ``folder`` with the keys of the kit at ``root``.

    ``roster``: a :class:`~.roster.Roster` or the path of a roster CSV (optional).
    ``hand_scores``: the hand-scores CSV file (optional; see :mod:`.handscoring`).
    ``progress``: show a progress bar (``tqdm.auto``; default: for 100 files or more).
    Raises :class:`~medialit.problems.KitError` for a missing folder, a student copy, or an
    unreadable roster or hand-scores file.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "ada.jsonl").write_text('{"student": "ada", "exercise": "00-3-named-voices", "answer": 2}\\n')
    >>> book = grade_submissions(folder)
    >>> book.students, book.rows()[1][:5]
    (['ada'], ['ada', '', '', '', ''])
    """
    if attempt not in ATTEMPTS:
        raise ValueError(f"attempt must be one of {', '.join(ATTEMPTS)}; got {attempt!r}")
    folder = Path(folder)
    if not folder.is_dir():
        raise KitError(f"{folder} is not a folder; give the folder that holds the submission files")
    wb = Workbook(root)
    if wb.is_student_copy():
        raise KitError(f"{wb.root} is a student copy without keys; grade with the instructor's kit")
    if roster is not None and not isinstance(roster, Roster):
        from .roster import read_roster

        roster = read_roster(roster)
    hand, hand_problems = read_hand_scores(hand_scores) if hand_scores else ({}, [])
    ids, max_points, types = [], {}, {}
    for eid in wb.ids():
        try:
            ex = wb.exercise(eid)
        except ExerciseError:
            continue
        ids.append(eid)
        max_points[eid], types[eid] = ex.points, ex.type
    book = Gradebook(ids, max_points, types, workbook=wb)
    if roster is not None:
        book.problems += roster.problems
        book.shared_names = roster.shared_names()
    paths = sorted(p for p in folder.rglob("*") if p.is_file())
    files = []
    for path in _progress(paths, progress, "Reading submissions"):
        if CAPSTONE_RE.match(path.name):
            book.capstones.append(display_path(path))
            continue
        if path.suffix not in (".json", ".jsonl"):
            book.problems.append(Problem(display_path(path), 1, "skipped: submissions are .json or .jsonl files"))
            continue
        student, records, problems = read_submission(path)
        book.problems += problems
        if student is None:
            continue
        if not records:
            book.problems.append(Problem(display_path(path), 1, "skipped: no answers in this file"))
            continue
        book.files += 1
        files.append((display_path(path), student, records))
    people = _identify(files, roster, book)
    scorer = Scorer(wb)
    for (who, records, typed), label in zip(people, _labels(people)):
        book.identities[label] = who
        shown_typed = [t for t in typed if t != who.name]
        if shown_typed:
            book.typed[label] = " / ".join(shown_typed)
        _grade_student(book, scorer, label, records, attempt, hand)
    if roster is not None:
        seen = {id(w) for w in book.identities.values()}
        book.missing = [s for s in roster.students if id(s) not in seen]
    book.problems += hand_problems + _check_hand(book, hand, hand_scores)
    return book


def _progress(items, show: bool | None, what: str):
    if show is None:
        show = len(items) >= 100
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc=what, unit="file")


def _grade_student(book: Gradebook, scorer: Scorer, label: str, records: list[dict], attempt: str,
                   hand: dict) -> None:
    tries: dict[str, list] = defaultdict(list)
    for rec in records:
        eid = rec.get("exercise")
        if eid not in book.types:
            book.problems.append(Problem(label, 1, f"answer to unknown exercise {eid!r} ignored"))
            continue
        answer = rec.get("answer")
        if book.types[eid] == "short_text" and (not isinstance(answer, str) or not answer.strip()):
            continue  # a blank short answer is no attempt
        try:  # the score alone (the same rule as the feedback); the feedback only for the attempt kept
            score = scorer.score(eid, answer)
        except (ExerciseError, ExerciseNotFound) as exc:
            book.problems.append(Problem(label, 1, f"{eid}: not graded ({exc})"))
            continue
        tries[eid].append((str(rec.get("time", "")), score, answer))
    sid = book.identities[label].student_id
    for eid, ts in tries.items():
        ts.sort(key=lambda t: t[0])
        wrong = sum(1 for _, s, _ in ts if s is not None and s < 1)
        h = hand.get(score_key(label, sid, eid))
        if book.types[eid] == "short_text":
            _, _, answer = ts[-1]
            fb = scorer.check(eid, answer)
            score = points = None
        else:  # not scored (a wrong shape) counts as 0, as its feedback's score does
            _, _, answer = ts[-1] if attempt == "last" else max(ts, key=lambda t: t[1] or 0.0)
            fb = scorer.check(eid, answer)
            score, points = fb.score, fb.points
        g = Graded(label, eid, book.types[eid], score, points, book.max_points[eid], len(ts), answer, fb.items,
                   fb, h, wrong)
        if h is not None and h.points is not None and 0 <= h.points <= g.max_points:
            g.points, g.score = h.points, (h.points / g.max_points if g.max_points else 0.0)
        book.results[(label, eid)] = g


def _check_hand(book: Gradebook, hand: dict, path) -> list[Problem]:
    problems = []
    shown = display_path(path) if path else ""
    known = {score_key(s, w.student_id, e) for (s, e), _ in book.results.items() for w in [book.identities[s]]}
    for key, h in hand.items():
        if h.points is not None and h.exercise in book.max_points and not 0 <= h.points <= book.max_points[h.exercise]:
            problems.append(Problem(shown, 1, f"{h.student} / {h.exercise}: points {h.points:g} outside 0 to "
                                              f"{book.max_points[h.exercise]:g}; not counted: fix it"))
        if h.touched and key not in known:
            problems.append(Problem(shown, 1, f"{h.student} / {h.exercise}: scored, but no such answer among the "
                                              "submissions (renamed student or file not collected?); kept, not counted"))
    for g in book.results.values():
        if g.hand is not None and g.hand.points is not None and g.hand.fingerprint and \
                g.hand.fingerprint != fingerprint(g.answer) and g.type == "short_text":
            problems.append(Problem(shown, 1, f"{g.student} / {g.exercise}: the answer changed after you scored it; "
                                              "your score is kept: read it again"))
    return problems
