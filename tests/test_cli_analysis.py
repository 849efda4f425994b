"""inspect: the analysis keys of --json (issue 4) and the readable findings of the table."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent


def run(*args):
    proc = subprocess.run([sys.executable, "-m", "medialit", *args], cwd=KIT, capture_output=True, text=True,
                          timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_inspect_json_adds_quotes_attributions_and_drift():
    proc = run("inspect", "--json", "articles/basra-forum.txt", "articles/qom.txt",
               "tests/data/articles/local-news.txt")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert set(data) == {"articles", "problems"}
    by_id = {a["id"]: a for a in data["articles"]}
    for a in data["articles"]:
        assert {"id", "source", "paragraphs", "quotes", "attributions", "drift"} <= set(a)
        assert [d["paragraph"] for d in a["drift"]] == [p["n"] for p in a["paragraphs"]]
        for d in a["drift"]:
            assert set(d) == {"paragraph", "score", "flagged", "reason"}
            assert isinstance(d["score"], float) and isinstance(d["flagged"], bool)
        for q in a["quotes"]:
            assert set(q) == {"paragraph", "sentence_id", "sentence_ids", "text", "speaker", "verb", "reason"}
            assert q["sentence_id"].startswith(a["id"] + ":p")
            assert isinstance(q["paragraph"], int) and isinstance(q["text"], str)
            assert q["speaker"] is None or isinstance(q["speaker"], str)
        for at in a["attributions"]:
            assert set(at) == {"paragraph", "sentence_id", "text", "cue", "source", "kind", "reason"}
            assert at["kind"] in ("named", "institution", "vague") and at["cue"] and at["reason"]
    forum = by_id["basra-forum"]
    assert [(q["paragraph"], q["speaker"]) for q in forum["quotes"]] == [(3, "Dr. Haneen Al-Maliki"),
                                                                        (9, "Dr. Haneen Al-Maliki")]
    assert [d["paragraph"] for d in forum["drift"] if d["flagged"]] == [5, 6]
    assert any(at["kind"] == "vague" and "Many in Basra acknowledge" in at["text"] for at in forum["attributions"])
    assert by_id["qom"]["quotes"] == []
    assert not any(d["flagged"] for d in by_id["local-news"]["drift"])
    # the keys of issue 2 are unchanged
    assert forum["paragraphs"][0]["n"] == 1 and forum["paragraphs"][0]["sentences"]


def test_inspect_table_shows_the_findings():
    proc = run("inspect", "articles/mosul.txt")
    assert proc.returncode == 0
    out = proc.stdout
    assert "quotes: 1" in out and "Dr. Hisham Al-Hashimi (stated)" in out
    assert "vague: “Diplomatic circles view”" in out
    assert "p8   flagged: 2 of 2 sentences turn to Israel" in out
    # (newcomer adv75) the counts are mentions; how many people they name is said beside them
    assert re.search(r"attributions: \d+ named \(\d+ (?:person|people)\), \d+ institution, \d+ vague", out), out


def test_inspect_table_says_why_and_which_high_scores_are_not_flagged(tmp_path):
    # every finding has a "why:" line a reader can check; a high seam score with no stance says it is not flagged
    proc = run("inspect", "articles/mosul.txt")
    out = proc.stdout.splitlines()
    quote = next(i for i, line in enumerate(out) if "Dr. Hisham Al-Hashimi (stated)" in line)
    assert out[quote + 1].strip().startswith("why: quoted words")
    cue = next(i for i, line in enumerate(out) if "vague: “Diplomatic circles view”" in line)
    assert out[cue + 1].strip().startswith("why:")
    assert any("flagged when 0.4 or more and the passage takes a stance" in line for line in out)
    f = tmp_path / "park.md"
    f.write_text("---\nheadline: Park plan\n---\n"
                 "A plan to turn part of Riverside Park into a dog run drew 120 residents to the community center on "
                 "Thursday night.\n\nThe proposal would take about 1.5 acres of open lawn near the river and add new "
                 "lighting along the path.\n\nParks director Raymond Ortiz presented the plan and said it answered years "
                 "of complaints about cars parked along Elm Street.\n\n\"Neighbors on Elm Street want their street "
                 "back,\" he said.\n\nResidents who use the park were divided, and some said the lawn near the river "
                 "floods most springs.\n\nThe council will discuss the park plan and the dog run at its meeting next "
                 "month.\n", encoding="utf-8")
    lines = run("inspect", str(f)).stdout.splitlines()
    assert any(line.strip().startswith("p3   not flagged: 1 of 1 sentences turns to Elm Street") for line in lines), \
        lines[-6:]


def test_inspect_shows_every_sentence_of_a_quote_and_lists_them_in_json(tmp_path):
    """A quote over three sentences showed only its first sentence id (fresh newcomer, README only)."""
    path = tmp_path / "riverton.txt"
    path.write_text("“We did not want to do this,” said board chair Marisol Ortega. “But the numbers left us no choice. "
                    "We will look again in June.”\n\nThe end came.\n", encoding="utf-8")
    table = run("inspect", str(path))
    assert "riverton:p1:s1–s3" in table.stdout, table.stdout
    quote = json.loads(run("inspect", str(path), "--json").stdout)["articles"][0]["quotes"][0]
    assert quote["sentence_ids"] == ["riverton:p1:s1", "riverton:p1:s2", "riverton:p1:s3"]


def test_inspect_says_what_to_do_with_an_id_or_an_exercise_file():
    by_id = run("inspect", "mosul")
    assert by_id.returncode == 1 and "an article id is not a path: give its file, articles/mosul" in by_id.stderr
    exercise = run("inspect", "exercises/00-1-dateline.yaml")
    assert exercise.returncode == 1 and "python -m medialit validate" in exercise.stderr
    assert "quotes:" not in exercise.stdout
