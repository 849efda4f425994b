"""Rosters and identity: normalised names, ids decide, two different people never merged."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from medialit.classroom.gradebook import grade_submissions
from medialit.classroom.roster import name_key, read_roster
from medialit.problems import KitError

DATELINE = "00-1-dateline"


def sub(folder: Path, file: str, name: str, answers, sid: str = "", start: int = 0) -> Path:
    recs = [{"time": f"2026-12-01T10:{start + i:02d}:00.000Z", "student": name, "exercise": e, "answer": a}
            for i, (e, a) in enumerate(answers)]
    doc = {"format": "medialit-submission", "version": 1, "student": name, "answers": recs}
    if sid:
        doc["student_id"] = sid
    path = folder / file
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.mark.parametrize("a, b", [
    ("Zoë Müller", unicodedata.normalize("NFD", "zoë  MÜLLER")),
    ("  Ana   Souza ", "ana souza"),
    ("Straße", "STRASSE"),
])
def test_name_key_matches_the_same_name_typed_differently(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart():
    assert name_key("Sam Lee") != name_key("Sam Li") and name_key("Zoe") != name_key("Zoë")


def test_read_roster_excel_semicolons_bom_and_header_spellings(tmp_path):
    p = tmp_path / "roster.csv"
    p.write_text("Student Name;SIS User ID;E-mail Address;Section\nAna Souza;s1;ana@example.org;A\n;s9;x@y;A\n",
                 encoding="utf-8-sig")
    r = read_roster(p)
    assert [(s.name, s.student_id, s.email, s.section) for s in r.students] == [("Ana Souza", "s1", "ana@example.org", "A")]
    assert "roster.csv:3: row skipped: no name" in str(r.problems[0])


def test_read_roster_without_a_name_column_says_what_it_found(tmp_path):
    p = tmp_path / "roster.csv"
    p.write_text("id,mail\n1,a@b\n", encoding="utf-8")
    with pytest.raises(KitError, match="no name column .*'id', 'mail'"):
        read_roster(p)
    p.write_bytes("name\nZo\xeb\n".encode("latin-1"))
    with pytest.raises(KitError, match="not UTF-8"):
        read_roster(p)


def test_two_sam_lees_with_ids_stay_two_students_and_a_file_without_id_matches_no_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    roster = tmp_path / "roster.csv"
    roster.write_text("name,student_id,email,section\nSam Lee,s1,sam1@example.org,A\nSam Lee,s2,sam2@example.org,B\n"
                      "Zoë Müller,z1,zoe@example.org,A\nNo Show,n1,,A\n", encoding="utf-8")
    sub(folder, "a.json", "Sam Lee", [(DATELINE, "d")], sid="s1")
    sub(folder, "b.json", "sam lee", [(DATELINE, "a")], sid="s2")
    sub(folder, "c.json", "Sam Lee", [(DATELINE, "d")], start=30)  # no id: cannot be told apart
    sub(folder, "d.json", unicodedata.normalize("NFD", "ZOË müller"), [(DATELINE, "d")])
    sub(folder, "e.json", "Stranger", [(DATELINE, "d")])
    book = grade_submissions(folder, roster=roster)
    by_id = {w.student_id: s for s, w in book.identities.items()}
    assert book.results[(by_id["s1"], DATELINE)].points == 1.0
    assert book.results[(by_id["s2"], DATELINE)].points == 0.0  # not merged with the other Sam Lee
    assert book.identities[by_id["z1"]].email == "zoe@example.org"
    assert [s.name for s in book.missing] == ["No Show"]
    unmatched = {f.rsplit("/", 1)[-1]: why for f, _, why in book.unmatched}
    assert "the id decides" in unmatched["c.json"] and "no one on the roster" in unmatched["e.json"]
    assert book.shared_names == ["Sam Lee"]
    assert len([s for s in book.students if s.startswith("Sam Lee")]) == 3  # s1, s2, and the unknown one


def test_without_roster_same_name_files_merge_only_when_they_share_answers(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    sub(folder, "sam-1.json", "Sam Lee", [(DATELINE, "a")])
    sub(folder, "sam-2.json", "Sam Lee", [(DATELINE, "d")], start=20)  # a different person
    sub(folder, "ana.json", "Ana", [(DATELINE, "a")])
    sub(folder, "ana-again.json", "ana", [(DATELINE, "a"), ("00-3-named-voices", 3)])  # a re-export
    book = grade_submissions(folder)
    assert sorted(book.students, key=str.lower) == ["ana", "Sam Lee (1)", "Sam Lee (2)"]
    assert book.results[("ana", "00-3-named-voices")].points == 1.0 and book.results[("ana", DATELINE)].attempts == 1
    assert any("2 files name 'Sam Lee'" in p.message and "graded as different students" in p.message
               for p in book.problems)


def test_a_truncated_submission_is_read_up_to_the_cut_and_listed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    path = sub(folder, "zoe.json", "Zoë", [(DATELINE, "d"), ("00-3-named-voices", 3), ("00-2-vague-attributions", ["a"])])
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.rindex('"exercise": "00-2')], encoding="utf-8")
    book = grade_submissions(folder)
    assert book.students == ["Zoë"] and book.results[("Zoë", "00-3-named-voices")].points == 1.0
    assert any("zoe.json" in p.source and "truncated" in p.message and "2 complete" in p.message
               for p in book.problems)
