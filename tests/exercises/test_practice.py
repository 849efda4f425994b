"""Practice keys: salted hashes of the key items score answers exactly as the keys do."""

from __future__ import annotations

import json

import pytest

from medialit.exercises.grading import ArticleIndex, grade, normalize
from medialit.exercises.practice import (AUTO_TYPES, PRACTICE_FILE, build_practice_keys, grade_practice,
                                         practice_entry, read_practice_keys, write_practice_keys)
from medialit.exercises.workbook import Workbook

from practice_answers import all_answers, summary


@pytest.fixture(scope="module")
def wb():
    return Workbook()


@pytest.fixture(scope="module")
def doc(wb):
    return build_practice_keys(wb)


def test_every_auto_scored_exercise_with_a_key_has_practice_keys(wb, doc, kit_auto_scored):
    auto = [e for e in wb.ids() if wb.exercise(e).type in AUTO_TYPES]
    assert sorted(doc["exercises"]) == sorted(auto)
    assert len(kit_auto_scored) == 34 and kit_auto_scored <= set(auto)  # a teacher's own exercises come on top
    assert not any(wb.exercise(e).type == "short_text" for e in doc["exercises"])


def test_practice_grading_agrees_with_the_keys_on_every_answer(wb, doc):
    answers = all_answers(wb)
    assert len(answers) > 400
    statuses = set()
    for eid, answer in answers:
        ex = wb.exercise(eid)
        index = wb.index()
        value, expected = normalize(ex, answer, index)
        if expected is not None:
            continue
        want = grade(ex, wb.key(eid, ex), value, index)
        got = grade_practice(ex, doc["exercises"][eid], doc["salt"], value, index)
        assert summary(got) == summary(want), (eid, answer)
        statuses.add(got.status)
    assert statuses == {"correct", "partial", "incorrect"}


def test_the_file_holds_no_readable_key(wb, doc):
    text = json.dumps(doc)
    for eid, entry in doc["exercises"].items():
        assert all(len(h) == 24 and int(h, 16) >= 0 for h in entry["right"]), eid
        key = wb.key(eid)
        answers = key.answer if isinstance(key.answer, list) else (
            list(key.answer) if isinstance(key.answer, dict) else [key.answer])
        for a in answers:
            if isinstance(a, str) and ":" in a:  # sentence and paragraph ids
                assert a not in text, (eid, a)
        why = key.why if isinstance(key.why, list) else list(key.why.values()) if isinstance(key.why, dict) else [key.why]
        for quote in why:
            for q in (quote if isinstance(quote, list) else [quote]):
                if isinstance(q, str) and len(q) > 8:
                    assert q not in text, (eid, q)


def test_salts_differ_and_so_do_the_hashes(wb):
    a, b = build_practice_keys(wb), build_practice_keys(wb)
    assert a["salt"] != b["salt"]
    assert a["exercises"]["00-1-dateline"]["right"] != b["exercises"]["00-1-dateline"]["right"]
    # the same choice key in two exercises never hashes alike
    assert a["exercises"]["00-1-dateline"]["right"][0] not in {h for e, v in a["exercises"].items()
                                                             if e != "00-1-dateline" for h in v["right"]}


def test_the_why_quote_opens_only_for_the_right_answer(wb, doc):
    ex = wb.exercise("00-1-dateline")
    entry = doc["exercises"]["00-1-dateline"]
    right = grade_practice(ex, entry, doc["salt"], "d", ArticleIndex())
    assert right.status == "correct" and "The article says: “ISFAHAN, Iran –" in right.message
    assert right.message == grade(ex, wb.key("00-1-dateline"), "d", ArticleIndex()).message
    wrong = grade_practice(ex, entry, doc["salt"], "a", ArticleIndex())
    assert "ISFAHAN" not in wrong.message


def test_feedback_names_wrong_items_but_never_the_missing_ones(wb, doc):
    ex = wb.exercise("00-4-israel-passage")
    index = wb.index()
    key = wb.key(ex.id)
    value, _ = normalize(ex, ["mosul:p1:s1"], index)
    fb = grade_practice(ex, doc["exercises"][ex.id], doc["salt"], value, index)
    assert [(i.id, i.status) for i in fb.items] == [("mosul:p1:s1", "wrong")]
    assert fb.status == "incorrect" and "still to find" in fb.message
    for k in key.answer:
        assert k.split(":")[-1] not in fb.message.replace("s1", "")
        assert index.quote(k if k.startswith("mosul") else f"mosul:{k}")[:40] not in str(fb)


def test_labels_are_named_without_the_keys_label(wb, doc):
    eid = next(e for e in doc["exercises"] if doc["exercises"][e]["type"] == "label")
    ex, index = wb.exercise(eid), wb.index()
    key = wb.key(eid)
    paras = list(ex.paragraphs) or index.paragraphs[ex.article]
    from medialit.exercises.grading import key_labels

    accepted = key_labels(ex, key)
    first = paras[0]
    other = next(lab for lab in ex.labels if lab not in accepted[first])
    answer = {p: accepted[p][0] for p in paras} | {first: other}
    value, _ = normalize(ex, answer, index)
    fb = grade_practice(ex, doc["exercises"][eid], doc["salt"], value, index)
    [item] = fb.items
    assert item.id == first and item.status == "mislabelled"
    if not ex.feedback.get(first):
        assert "the key labels it differently" in item.message
        assert not any(f"key says {lab}" in item.message for lab in accepted[first])


def test_numbers_within_the_tolerance_count(wb, doc):
    ex = wb.exercise("04-3-compute-similarity")
    entry = doc["exercises"][ex.id]
    key = wb.key(ex.id)
    for value in (0.30, 0.31, 0.32, 0.3050, 0.2999, 0.3201, 0.33, 31.0):
        want = grade(ex, key, value, ArticleIndex()).status
        assert grade_practice(ex, entry, doc["salt"], value, ArticleIndex()).status == want, value


def test_written_and_read_back(wb, tmp_path):
    path = write_practice_keys(wb, tmp_path, salt="ab" * 16)
    assert path == tmp_path / PRACTICE_FILE
    assert read_practice_keys(tmp_path)["salt"] == "ab" * 16
    path.write_text("{not json", encoding="utf-8")
    assert read_practice_keys(tmp_path) is None
    assert read_practice_keys(tmp_path / "nowhere") is None


def test_short_answers_have_no_practice_entry(wb):
    eid = next(e for e in wb.ids() if wb.exercise(e).type == "short_text")
    assert practice_entry(wb.exercise(eid), wb.key(eid), "00") is None


def test_a_too_wide_tolerance_is_refused(wb):
    import dataclasses

    ex = wb.exercise("04-3-compute-similarity")
    key = dataclasses.replace(wb.key(ex.id), tolerance=1000.0)
    with pytest.raises(ValueError, match="too wide"):
        practice_entry(ex, key, "00")


def test_a_workbook_with_practice_keys_scores_and_saves(tmp_path, wb, monkeypatch):
    import shutil

    from medialit.exercises import answerlog

    for name in ("articles", "exercises"):
        shutil.copytree(wb.root / name, tmp_path / name, ignore=shutil.ignore_patterns("README.md"))
    (tmp_path / "STUDENT_COPY.md").write_text("# Student copy\n", encoding="utf-8")
    student = Workbook(tmp_path)
    assert student.is_student_copy() and not student.is_practice_copy()
    assert student.check("00-1-dateline", "d", save=False).status == "saved"
    write_practice_keys(wb, tmp_path)
    student = Workbook(tmp_path)
    assert student.is_practice_copy()
    monkeypatch.setenv("MEDIALIT_STUDENT", "practice-unit")
    fb = student.check("00-1-dateline", "d")
    assert (fb.status, fb.scored, fb.saved, fb.points) == ("correct", True, True, 1.0)
    record = answerlog.student_log("practice-unit").read()[-1]
    assert (record["copy"], record["score"], record["scored"]) == ("student", 1.0, True)
    assert student.check("00-6-what-is-missing", "No byline and no date.", save=False).model_answer == ""
    # a practice entry of the wrong type (an exercise changed after the release) is ignored, not misapplied
    doc = read_practice_keys(tmp_path)
    doc["exercises"]["00-1-dateline"]["type"] = "multi_choice"
    (tmp_path / PRACTICE_FILE).write_text(json.dumps(doc), encoding="utf-8")
    assert Workbook(tmp_path).check("00-1-dateline", "d", save=False).status == "saved"
