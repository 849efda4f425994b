"""Issue 11: every student's answers are kept, kept apart and found again (each example of the issue is a test)."""

from __future__ import annotations

import json
import re
import warnings

import pytest
from pathlib import Path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.exercises import answerlog, student
from medialit.exercises.progress import export_submission, progress
from medialit.exercises.student import name_key, set_student, student_file_name
from medialit.exercises.workbook import REPAIRED_NOTE, Workbook

NAMES = ["Лена Смирнова", "Léa Martin", "Lía Martin", "Zoë Müller", "Ana López", "محمد علی", "فاطمه رضایی",
         "李小龙", "王芳", "O'Brien-Nasser", "Nguyễn Thị Minh Khai", "Σωκράτης Παπαδόπουλος", "Åsa Öberg"]
RIGHT = ("00-3-named-voices", 3)   # the key's answer: scores 1.0


@pytest.fixture(autouse=True)
def _fresh_student(monkeypatch, tmp_path):
    monkeypatch.setattr(student, "_student", None)
    monkeypatch.setattr(student, "_student_id", None)
    for env in ("MEDIALIT_STUDENT", "JUPYTERHUB_USER"):
        monkeypatch.delenv(env, raising=False)
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path / "progress"))
    monkeypatch.setenv("MEDIALIT_COURSE", str(Path(__file__).resolve().parents[2]))  # the lessons' course folder
    monkeypatch.chdir(tmp_path)


def as_account(monkeypatch, name: str) -> None:
    """The computer's user name (getpass reads $LOGNAME/$USER first)."""
    for env in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(env, name)


def log_of(name: str) -> list[dict]:
    return answerlog.student_log(name).read()


# -- 1. names outside plain ASCII -----------------------------------------------------------------
def test_any_script_is_accepted_and_shown_as_typed(capsys):
    for name in NAMES:
        assert set_student(name) == name
        assert student.current_student() == name
    files = {student_file_name(n) for n in NAMES}
    assert len(files) == len(NAMES)  # never one file for two students
    assert student_file_name("Лена Смирнова").startswith("lena-smirnova-")


def test_two_cyrillic_names_from_the_environment_never_share_a_file(monkeypatch, tmp_path):
    wb = Workbook()
    for name, answer in (("Лена Смирнова", 3), ("Олег Иванов", 5)):
        monkeypatch.setenv("MEDIALIT_STUDENT", name)
        wb.check("00-3-named-voices", answer)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            export_submission()
    subs = sorted(tmp_path.glob("submission-*.json"))
    assert len(subs) == 2
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in subs]
    assert {d["student"] for d in docs} == {"Лена Смирнова", "Олег Иванов"}
    for d in docs:
        assert [r["student"] for r in d["answers"]] == [d["student"]]


# -- 2. different names, one file -------------------------------------------------------------------
def test_names_that_differ_in_an_accent_are_two_students(tmp_path, capsys):
    from medialit.classroom.gradebook import grade_submissions

    assert student_file_name("Léa Martin") != student_file_name("Lía Martin")
    assert re.fullmatch(r"zoe-muller-[0-9a-f]{10}\.jsonl", student_file_name("Zoë Müller"))
    set_student("Léa Martin")
    Workbook().check(*RIGHT)
    export_submission(tmp_path / "hand-in" / "lea.json")
    set_student("Lía Martin")
    out = capsys.readouterr().out
    assert "Now answering as Lía Martin" in out and "nothing was copied" in out
    path = export_submission(tmp_path / "hand-in" / "lia.json")
    assert "WARNING: nothing to hand in yet" in capsys.readouterr().out
    assert json.loads(path.read_text(encoding="utf-8"))["answers"] == []
    book = grade_submissions(tmp_path / "hand-in")
    lea = book.results[("Léa Martin", RIGHT[0])]
    assert lea.score == 1.0
    assert ("Lía Martin", RIGHT[0]) not in book.results or book.results[("Lía Martin", RIGHT[0])].score is None


# -- 3. one person, two files ---------------------------------------------------------------------------
def test_one_person_typing_her_name_differently_is_one_student():
    assert name_key("Ana López") == name_key("ana lópez ") == name_key("ANA\u00a0LO\u0301PEZ")
    set_student("Ana López")
    Workbook().check(*RIGHT)
    set_student("ana lópez ")
    Workbook().check("00-1-dateline", "a")
    assert [r["exercise"] for r in log_of("Ana López")] == [RIGHT[0], "00-1-dateline"]
    assert answerlog.student_log("Ana López").path == answerlog.student_log("ana  LÓPEZ").path


# -- 4. setting the name keeps earlier work -----------------------------------------------------------
@pytest.mark.parametrize("account", ["root", "jovyan"])
def test_setting_the_name_carries_answers_over_from_the_default(monkeypatch, capsys, account):
    as_account(monkeypatch, account)
    assert student.current_student() == account and student.needs_name()
    wb = Workbook()
    for eid, answer in (RIGHT, ("00-1-dateline", "a"), ("00-6-what-is-missing", "no byline, no date")):
        wb.check(eid, answer)
    old_file = answerlog.student_log(account).path
    set_student("Priya Shah")
    assert "Your 3 earlier answers saved under" in capsys.readouterr().out
    assert not student.needs_name()
    assert progress().table.set_index("lesson").loc["00", "attempted"] == 3
    path = export_submission()
    assert len(json.loads(path.read_text(encoding="utf-8"))["answers"]) == 3
    assert old_file.exists() and len(log_of(account)) == 3  # nothing deleted, old file kept
    set_student("Priya Shah")  # again: nothing copied twice
    assert len(log_of("Priya Shah")) == 3


def test_a_new_kernel_remembers_the_name_set_in_lesson_00(monkeypatch, capsys):
    as_account(monkeypatch, "jovyan")
    set_student("Priya Shah", student_id="s-1234")
    monkeypatch.setattr(student, "_student", None)  # a new kernel: only the saved name is left
    monkeypatch.setattr(student, "_student_id", None)
    assert student.current_student() == "Priya Shah"
    Workbook().check(*RIGHT)
    rec = log_of("Priya Shah")[-1]
    assert (rec["student"], rec["student_key"], rec["student_id"]) == ("Priya Shah", "priya shah", "s-1234")
    doc = json.loads(export_submission().read_text(encoding="utf-8"))
    assert (doc["student"], doc["student_key"], doc["student_id"]) == ("Priya Shah", "priya shah", "s-1234")
    assert doc["lessons"]["00"] == {"answers": 1, "exercises": [RIGHT[0]]}


def test_switching_between_two_real_names_moves_nothing(monkeypatch, capsys):
    as_account(monkeypatch, "jovyan")
    Workbook().check(*RIGHT)
    set_student("Sam Cole")
    set_student("Ravi Patel")
    out = capsys.readouterr().out
    assert "Now answering as Ravi Patel" in out and "Sam Cole's answers stay in their own file" in out
    assert log_of("Ravi Patel") == [] and len(log_of("Sam Cole")) == 1
    set_student(None)  # back to the account: its answers were carried once, never again
    set_student("Ravi Patel")
    assert log_of("Ravi Patel") == []


def test_empty_names_are_refused_with_a_message():
    for bad in ("", "   ", "\u3000", "\n"):
        with pytest.raises(ValueError, match="cannot be empty.*set_student"):
            set_student(bad)
    with pytest.raises(ValueError, match="one line"):
        set_student("Ana\nLópez")
    with pytest.raises(ValueError, match="must be text"):
        set_student(42)


def test_hub_user_is_the_default_student(monkeypatch):
    as_account(monkeypatch, "jovyan")
    monkeypatch.setenv("JUPYTERHUB_USER", "lena-s")
    assert student.current_student() == "lena-s" and not student.needs_name()


# -- hand-in ---------------------------------------------------------------------------------------------
def test_export_never_overwrites_another_students_file(tmp_path, capsys):
    target = tmp_path / "submission.json"
    set_student("Léa Martin")
    Workbook().check(*RIGHT)
    first = export_submission(target)
    set_student("Lía Martin")
    Workbook().check("00-1-dateline", "a")
    second = export_submission(target)
    assert first == target and second == tmp_path / "submission-2.json"
    assert "belongs to another student" in capsys.readouterr().out
    assert json.loads(first.read_text(encoding="utf-8"))["student"] == "Léa Martin"
    set_student("Léa Martin")
    assert export_submission(target) == target  # her own file: replaced with the newer one


def test_a_file_that_shares_a_hash_with_another_student_is_never_written_into(tmp_path):
    folder = tmp_path / "progress"
    folder.mkdir(parents=True)
    taken = folder / student_file_name("Ana López")
    taken.write_text(json.dumps({"student": "Someone Else", "student_key": "someone else"}) + "\n")
    assert answerlog.student_log("Ana López").path.name == student_file_name("Ana López", 2)


# -- 5. a broken emoji never raises ----------------------------------------------------------------------
def test_unpaired_surrogate_is_repaired_saved_and_said():
    set_student("Kim")
    fb = Workbook().check("00-6-what-is-missing", "No byline and no date \ud83d")
    assert fb.saved and REPAIRED_NOTE in fb.message
    rec = log_of("Kim")[-1]
    assert rec["answer"] == "No byline and no date \ufffd" and rec["repaired"] is True


ANSWERS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
    | st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    | st.tuples(inner, inner),
    max_leaves=12)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(eid=st.sampled_from(Workbook().ids()), answer=ANSWERS)
def test_check_never_raises_for_any_answer(eid, answer):
    fb = Workbook().check(eid, answer)
    assert fb.saved, fb.save_error


# -- file names on every system ------------------------------------------------------------------------
WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\.|$)")


@settings(max_examples=300, deadline=None)
@given(a=st.text(min_size=1, max_size=60), b=st.text(min_size=1, max_size=60))
def test_file_names_are_portable_and_distinct(a, b):
    try:
        ka, kb = name_key(a), name_key(b)
    except ValueError:
        return
    fa, fb = student_file_name(a), student_file_name(b)
    for f in (fa, fb):
        assert re.fullmatch(r"[a-z0-9-]{1,40}-[0-9a-f]{10}\.jsonl", f) and not WINDOWS_RESERVED.match(f)
    assert (fa == fb) == (ka == kb)
