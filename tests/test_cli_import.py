"""The commands of issue 14: add, draft, and what inspect shows (sentence ids, notes, never a crash)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis.findings import findings_json, findings_lines
from medialit.cli import article_json
from medialit import load_article

KIT = Path(__file__).resolve().parent.parent
DATA = KIT / "tests" / "data" / "import"


def run(*args, cwd=KIT):
    proc = subprocess.run([sys.executable, "-m", "medialit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def kit_copy(tmp_path: Path) -> Path:
    root = tmp_path / "kit"
    for name in ("articles", "exercises", "solutions"):
        shutil.copytree(KIT / name, root / name)
    return root


def test_add_prints_what_it_took_and_writes(tmp_path):
    root = kit_copy(tmp_path)
    proc = run("add", str(DATA / "pasted-from-browser.txt"), str(DATA / "harbour-ferry.html"),
               "--articles", str(root / "articles"))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for expected in ("headline:  Harbour ferry returns after six weeks of repairs", "byline:    Dana Whitfield",
                     "date:      2 May 2024", "publisher: unknown", "no publisher found: wrote publisher: unknown",
                     "first:", "last:", "“Advertisement”: page furniture", "original kept unchanged"):
        assert expected in out, expected
    assert (root / "articles" / "pasted-from-browser.md").exists()
    assert (root / "articles" / "originals" / "harbour-ferry.html").exists()
    assert run("validate", str(root)).returncode == 0


def test_add_dry_run_writes_nothing_and_bad_files_are_reported(tmp_path):
    root = kit_copy(tmp_path)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    before = sorted(p.name for p in (root / "articles").iterdir())
    proc = run("add", str(DATA / "harbour-ferry.html"), str(tmp_path / "scan.pdf"), str(DATA / "front-page.html"),
               "--articles", str(root / "articles"), "--dry-run")
    assert proc.returncode == 1
    assert "(dry run: nothing written)" in proc.stdout
    assert sorted(p.name for p in (root / "articles").iterdir()) == before
    lines = proc.stderr.strip().splitlines()
    assert any(line.startswith(f"{tmp_path / 'scan.pdf'}:1: file looks like a PDF") for line in lines)
    assert any("front-page.html:1: no article text found" in line for line in lines)


def test_add_a_copy_with_a_taken_id_gets_a_free_one(tmp_path):
    root = kit_copy(tmp_path)
    shutil.copy(DATA / "windows-1252.txt", tmp_path / "qom.txt")
    proc = run("add", str(tmp_path / "qom.txt"), "--articles", str(root / "articles"))
    assert "id 'qom' is already used by" in proc.stdout and "gets the id 'qom-2'" in proc.stdout
    assert "read as Windows-1252" in proc.stdout
    assert (root / "articles" / "qom-2.md").exists() and run("validate", str(root)).returncode == 0


def test_validate_and_inspect_word_a_refusal_the_same(tmp_path):
    root = kit_copy(tmp_path)
    (root / "articles" / "scan.txt").write_bytes(b"%PDF-1.7")
    validate = run("validate", str(root))
    inspect = run("inspect", str(root / "articles"))
    [line] = [x for x in validate.stdout.splitlines() if "scan.txt" in x]
    assert line in inspect.stderr.splitlines()


def test_inspect_shows_sentence_ids_and_reading_notes():
    proc = run("inspect", "articles/mosul.txt", str(DATA / "windows-1252.txt"))
    assert re.search(r"^ +mosul:p4:s2 +Notably, these forums have also", proc.stdout, re.M)
    assert "note: read as Windows-1252" in proc.stdout
    data = json.loads(run("inspect", "--json", "articles/mosul.txt").stdout)
    assert data["articles"][0]["paragraphs"][3]["sentence_ids"] == ["mosul:p4:s1", "mosul:p4:s2", "mosul:p4:s3"]


def test_inspect_a_quote_without_a_speaker_does_not_crash(tmp_path):
    f = tmp_path / "sign.txt"
    f.write_text('"Back in ten minutes," read the sign on the clinic door.', encoding="utf-8")
    proc = run("inspect", str(f))
    assert proc.returncode == 0 and "no speaker named" in proc.stdout
    assert json.loads(run("inspect", "--json", str(f)).stdout)["articles"][0]["quotes"][0]["speaker"] is None


TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"), min_size=1,
               max_size=300)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(TEXT, st.sampled_from([
    '"Back in ten minutes," read the sign.', "“Yes,” said Dr. Lee.", "Advertisement", "By Ana Rivera", "…",
    "Many say so.", "Israel Israel Israel.", "عادت العبّارة.", "渡轮恢复运营。", "“", "word"])), min_size=1, max_size=12))
def test_inspect_never_crashes_on_readable_text(tmp_path, paragraphs):
    f = tmp_path / "any.txt"
    f.write_text("\n".join(paragraphs), encoding="utf-8")
    try:
        article = load_article(f)
    except Exception as exc:  # only the kit's own refusal (e.g. nothing but blank lines) is allowed
        assert type(exc).__name__ == "CorpusError", exc
        return
    json.dumps(article_json(article))
    findings_json(article)
    findings_lines(article)


@pytest.mark.parametrize("article_id", ["basra-forum", "qom", "control-school-roof"])
def test_draft_writes_valid_drafts(tmp_path, article_id):
    root = kit_copy(tmp_path)
    proc = run("draft", article_id, "--root", str(root))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "validate: every draft passes." in proc.stdout
    drafts = root / "drafts" / article_id
    assert sorted(p.name for p in (drafts / "exercises").glob("*.yaml")) == \
        sorted(p.name for p in (drafts / "solutions").glob("*.yaml"))
    assert run("validate", str(root)).returncode == 0  # validate checks drafts too, and they pass
    again = run("draft", article_id, "--root", str(root))
    assert again.returncode == 2 and "already holds drafts" in again.stderr  # a teacher's edits are safe


def test_draft_unknown_id_says_did_you_mean():
    proc = run("draft", "mosull")
    assert proc.returncode == 2 and "Did you mean 'mosul'?" in proc.stderr


def test_add_prints_a_next_step_that_works_from_where_the_teacher_is(tmp_path):
    """Newcomer trial: `add` printed `python -m medialit validate`, which fails unless the venv is activated."""
    import os
    import shlex

    from medialit.course import kit_command

    root = kit_copy(tmp_path)
    env = {**os.environ, "PATH": "/usr/bin:/bin"}  # no activated environment: `python` is not the kit's
    proc = subprocess.run([sys.executable, "-m", "medialit", "add", str(DATA / "pasted-from-browser.txt"),
                           "--articles", str(root / "articles")], cwd=root, capture_output=True, text=True,
                          timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr
    step = re.search(r"Next: (.+?) validate, then (.+?) draft ID", proc.stderr)
    assert step and step.group(1) == kit_command(root) != "python -m medialit", proc.stderr
    check = subprocess.run(shlex.split(step.group(1)) + ["validate", str(root)], cwd=root, capture_output=True,
                           text=True, timeout=300, env=env)
    assert check.returncode == 0, check.stderr
    assert kit_command("/srv/kit", "/srv/kit/.venv/bin/python") == ".venv/bin/python -m medialit"


def test_add_to_a_folder_outside_a_kit_points_to_inspect_and_a_dry_run_needs_no_folder(tmp_path):
    """A newcomer (adv67): `add --articles DIR` (outside the kit) said "Next: validate", which checked the kit's own
    folder and said OK; `add --dry-run --articles DIR` refused a folder that did not exist yet, though it writes nothing."""
    folder = tmp_path / "mine"
    proc = run("add", str(DATA / "pasted-from-browser.txt"), "--articles", str(folder), "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert "(dry run: nothing written)" in proc.stdout and not folder.exists() and "Next:" not in proc.stderr
    folder.mkdir()
    proc = run("add", str(DATA / "pasted-from-browser.txt"), "--articles", str(folder))
    assert proc.returncode == 0, proc.stderr
    assert f"Next: " in proc.stderr and f"inspect {folder}" in proc.stderr and "validate" not in proc.stderr
    root = kit_copy(tmp_path)
    proc = run("add", str(DATA / "pasted-from-browser.txt"), "--articles", str(root / "articles"))
    assert f"validate {root}, then" in proc.stderr
