"""The command line contract: validate and inspect."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

KIT = Path(__file__).resolve().parent.parent


def run(*args, cwd=KIT):
    proc = subprocess.run([sys.executable, "-m", "medialit", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_validate_clean_kit():
    proc = run("validate")
    assert proc.returncode == 0, proc.stdout
    # the verdict on standard output, where a teacher's "validate > log" keeps it (a README-only teacher found it
    # on standard error)
    assert proc.stdout == f"OK: no problems in {KIT}.\n" and proc.stderr == ""


def test_validate_reports_one_line_per_problem(tmp_path, articles_copy):
    (articles_copy / "empty.txt").write_bytes(b"")
    (articles_copy / "scan.txt").write_bytes(b"%PDF-1.7\nnot text")
    proc = run("validate", str(tmp_path))
    assert proc.returncode == 1
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 3 and lines[-1] == "2 problem(s) found."
    assert lines[0].endswith("empty.txt:1: file is empty; paste the article text into it, or delete the file")
    assert "scan.txt:1: file looks like a PDF document" in lines[1]


def test_validate_folder_without_articles(tmp_path):
    proc = run("validate", str(tmp_path))
    assert proc.returncode == 1 and "no articles/ folder" in proc.stdout


def test_inspect_json_shape():
    proc = run("inspect", "articles/mosul.txt", "--json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert set(data) == {"articles", "problems"} and data["problems"] == []
    [art] = data["articles"]
    assert art["id"] == "mosul" and art["source"] == "articles/mosul.txt"
    assert [p["n"] for p in art["paragraphs"]] == list(range(1, 11))
    assert art["paragraphs"][6]["sentences"] == [art["paragraphs"][6]["text"]]
    assert art["paragraphs"][0]["sentences"][0].startswith("In the heart of Iraq")


def test_inspect_counts_title_blocks(tmp_path):
    f = tmp_path / "t.md"
    f.write_text("# Title\n\nBy A. Writer\n\nBody. More body.\n", encoding="utf-8")
    data = json.loads(run("inspect", str(f), "--json").stdout)
    assert [p["text"] for p in data["articles"][0]["paragraphs"]] == ["# Title", "By A. Writer", "Body. More body."]


def test_inspect_problems_and_exit_codes(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    proc = run("inspect", "articles/qom.txt", str(bad), str(tmp_path / "nope.txt"), "--json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert [a["id"] for a in data["articles"]] == ["qom"]
    assert [p["source"] for p in data["problems"]] == [str(bad), str(tmp_path / "nope.txt")]
    only_bad = run("inspect", str(bad), "--json")
    assert only_bad.returncode == 1 and json.loads(only_bad.stdout)["articles"] == []


def test_inspect_folder_sources_are_paths_as_given():
    data = json.loads(run("inspect", "articles", "--json").stdout)
    assert [a["source"] for a in data["articles"]][:2] == ["articles/basra-forum.txt", "articles/basra-gaza.txt"]


def test_inspect_table():
    proc = run("inspect", "articles/isfahan.txt")
    assert proc.returncode == 0
    assert "isfahan  (articles/isfahan.txt)" in proc.stdout and "11 paragraphs" in proc.stdout


@pytest.mark.parametrize("args", [[], ["inspect"], ["frobnicate"], ["inspect", "--bogus", "x"]])
def test_usage_errors_exit_2(args):
    proc = run(*args)
    assert proc.returncode == 2 and "usage:" in proc.stderr


def test_inspect_shows_the_metadata_it_read(tmp_path):
    # a teacher checks that the headline, byline and date were read (a newcomer could not see them)
    f = tmp_path / "ferry.md"
    f.write_text("---\nheadline: Ferry back\nbyline: Ana Ruiz\ndate: 2026-03-01\n---\nThe ferry returned.\n", encoding="utf-8")
    table = run("inspect", str(f)).stdout
    assert "headline: Ferry back | byline: Ana Ruiz | date: 2026-03-01" in table
    assert json.loads(run("inspect", str(f), "--json").stdout)["articles"][0]["meta"]["byline"] == "Ana Ruiz"
    plain = tmp_path / "plain.txt"
    plain.write_text("Ferry back\n\nThe ferry returned on Monday.\n", encoding="utf-8")
    out = run("inspect", str(plain)).stdout
    # (the command as the teacher must type it here: the kit's own interpreter, as `add` prints its next steps)
    assert "no headline, byline or date given" in out and f".venv/bin/python -m medialit add {plain}" in out


def test_validate_given_one_file_names_the_kit_folder_to_give(tmp_path):
    # a README-only teacher ran `validate exercises/99-1-joint-who-is-quoted.yaml` and read "no articles/ folder here"
    (tmp_path / "articles").mkdir()
    (tmp_path / "exercises").mkdir()
    exercise = tmp_path / "exercises" / "99-1-joint.yaml"
    exercise.write_text("id: x\n", encoding="utf-8")
    proc = run("validate", str(exercise))
    assert proc.returncode == 1 and "not one file" in proc.stdout and f"validate {tmp_path.resolve()}" in proc.stdout


def test_validate_given_the_articles_folder_names_the_folder_holding_it(tmp_path):
    # (newcomer adv75) a teacher ran `validate articles/` on their own folder and read "run validate on the kit's folder"
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "ferry.txt").write_text("Ferry back\n\nThe ferry returned on Monday.\n", encoding="utf-8")
    proc = run("validate", str(articles))
    assert proc.returncode == 1 and f"validate {tmp_path.resolve()}`, the folder that holds it" in proc.stdout, proc.stdout
    assert "no articles/ folder here" in run("validate", str(tmp_path / "nowhere")).stdout


def test_validate_on_a_folder_of_loose_article_files_says_how_to_check_them(tmp_path):
    # newcomer adv77: `validate /tmp/mine` on a folder of .txt articles answered only "no articles/ folder here"
    (tmp_path / "ferry.txt").write_text("Ferry back\n\nThe ferry returned on Monday.\n", encoding="utf-8")
    out = run("validate", str(tmp_path)).stdout
    assert "only article files" in out and f"python -m medialit inspect {tmp_path}/*.txt" in out and f"{tmp_path}/articles/" in out
