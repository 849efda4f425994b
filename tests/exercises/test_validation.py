"""``validate`` checks exercises and keys: schema, pairing, references, verbatim quotes, keys scoring 1.0."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from medialit.exercises.workbook import Workbook, validate_exercises

KIT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kit(tmp_path) -> Path:
    """A copy of the kit's articles, exercises and keys."""
    for name in ("articles", "exercises", "solutions"):
        shutil.copytree(KIT / name, tmp_path / name)
    return tmp_path


def messages(root):
    return [str(p) for p in Workbook(root).problems()]


def test_shipped_exercises_are_clean():
    assert validate_exercises() == []
    assert len(Workbook().ids()) >= 6
    assert {Workbook().exercise(i).type for i in Workbook().ids()} >= {
        "single_choice", "multi_choice", "number", "pick", "label", "short_text"}


def test_clean_copy_is_clean(kit):
    assert messages(kit) == []


def test_missing_key_and_missing_exercise(kit):
    (kit / "solutions" / "00-3-named-voices.yaml").unlink()
    (kit / "solutions" / "00-9-orphan.yaml").write_text("answer: 1\nwhy: x\n")
    found = messages(kit)
    assert any(m.startswith("exercises/00-3-named-voices.yaml:1: key: missing") or
               "00-3-named-voices.yaml:1: key: missing" in m for m in found), found
    assert any("00-9-orphan.yaml:1: exercise: missing" in m for m in found), found


def test_schema_error_is_path_line_field_message(kit):
    path = kit / "exercises" / "00-3-named-voices.yaml"
    text = path.read_text().replace("points: 1", "points: lots")
    path.write_text(text)
    line = text.splitlines().index("points: lots") + 1
    found = messages(kit)
    assert any(m.endswith(f"00-3-named-voices.yaml:{line}: points: must be a number, e.g. points: 1")
               for m in found), found


def test_unknown_article_and_ids(kit):
    path = kit / "exercises" / "00-4-israel-passage.yaml"
    path.write_text(path.read_text().replace("article: mosul", "article: mosull"))
    found = messages(kit)
    assert any("article: there is no article 'mosull'" in m for m in found), found
    path.write_text(path.read_text().replace("article: mosull", "article: mosul")
                    .replace("mosul:p7:s1:", "mosul:p70:s1:"))
    key = kit / "solutions" / "00-4-israel-passage.yaml"
    key.write_text(key.read_text().replace("[mosul:p4:s2,", "[mosul:p40:s2,"))
    found = messages(kit)
    assert any("feedback: there is no 'mosul:p70:s1'" in m for m in found), found
    assert any("00-4-israel-passage.yaml:1: answer: not a valid answer" in m and "mosul:p40:s2" in m
               for m in found), found


def test_why_quote_must_be_verbatim(kit):
    key = kit / "solutions" / "00-4-israel-passage.yaml"
    text = key.read_text()
    key.write_text(text.replace("highlighted Israel’s role", "highlighted Israel's role"))
    found = messages(kit)
    line = text.splitlines().index(next(l for l in text.splitlines() if "highlighted Israel" in l)) + 1
    assert any(f"00-4-israel-passage.yaml:{line}: why.mosul:p4:s2:" in m and "does not occur verbatim" in m
               and "curly" in m for m in found), found


def test_why_quote_must_be_in_the_item_it_justifies(kit):
    key = kit / "solutions" / "00-4-israel-passage.yaml"
    key.write_text(key.read_text().replace(
        'mosul:p8:s2: "a principle that is central to Israeli policy"',
        'mosul:p8:s2: "subtly underscore the role that Israel plays"'))
    found = messages(kit)
    assert any("why.mosul:p8:s2:" in m and "does not occur verbatim in mosul:p8:s2" in m for m in found), found


def test_why_must_cover_every_key_item(kit):
    key = kit / "solutions" / "00-2-vague-attributions.yaml"
    key.write_text(key.read_text().replace('  d: "receive positive attention from international bodies"\n', ""))
    assert any("why: no quote for d" in m for m in messages(kit))


def test_key_must_score_one(kit):
    key = kit / "solutions" / "00-3-named-voices.yaml"
    key.write_text(key.read_text().replace("answer: 3", "answer: three"))
    assert any("answer: not a valid answer to this exercise" in m for m in messages(kit))
    label = kit / "solutions" / "00-5-article-parts.yaml"
    label.write_text(label.read_text().replace("qom:p10: conclusion", "qom:p10: ending"))
    assert any("answer.qom:p10: 'ending' is not a label" in m for m in messages(kit))


def test_single_choice_key_must_be_one_choice(kit):
    key = kit / "solutions" / "00-1-dateline.yaml"
    key.write_text(key.read_text().replace("answer: d", "answer: [d, c]"))
    assert any("00-1-dateline.yaml:1: answer: not a valid answer" in m for m in messages(kit))


def test_scoring_check_catches_a_key_the_grader_rejects(kit, monkeypatch):
    import medialit.exercises.validation as v

    real = v.grade

    def harsh(ex, key, value, index):
        fb = real(ex, key, value, index)
        return fb.__class__(**{**fb.__dict__, "score": 0.5}) if ex.type == "number" else fb

    monkeypatch.setattr(v, "grade", harsh)
    assert any("00-3-named-voices.yaml:1: answer: the key scores 0.50 on its own check, not 1.0" in m
               for m in messages(kit))


def test_cli_validate_reports_exercise_problems(kit):
    (kit / "solutions" / "00-1-dateline.yaml").unlink()
    run = subprocess.run([sys.executable, "-m", "medialit", "validate", str(kit)], capture_output=True, text=True)
    assert run.returncode == 1
    assert "00-1-dateline.yaml:1: key: missing" in run.stdout
    assert "Traceback" not in run.stderr


def test_unquoted_number_in_keywords_says_to_quote_it(tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    kit = Path(__file__).resolve().parents[2]
    for name in ("articles", "exercises", "solutions"):
        shutil.copytree(kit / name, tmp_path / name)
    f = tmp_path / "exercises" / "00-6-what-is-missing.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("day, year]", "day, 2022]"), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "medialit", "validate", str(tmp_path)],
                         capture_output=True, text=True).stdout
    assert "00-6-what-is-missing.yaml:20: keywords.1.words: 2022 is not text; put it in quotes" in out


def test_a_bad_answer_and_a_bad_why_are_both_reported(kit):
    """A teacher fixed the answer, then met the why error: validate reports every problem at once (fresh newcomer)."""
    key = kit / "solutions" / "00-3-named-voices.yaml"
    data = yaml.safe_load(key.read_text(encoding="utf-8"))
    data["answer"] = "two"
    data["why"] = "words that are not in the article at all"
    key.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    found = [m for m in messages(kit) if "00-3-named-voices.yaml" in m]
    assert any("answer: not a valid answer" in m for m in found), found
    assert any("why" in m and "does not occur verbatim" in m for m in found), found
