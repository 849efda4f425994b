"""Draft exercises: distractors are whole phrases (regression of the newcomer trial)."""

from __future__ import annotations

import pytest
import yaml

from medialit.classroom.draft import _opening, draft_exercises

ENDINGS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from"}


@pytest.mark.parametrize("text, phrase", [
    ("In the heart of Iraq, the ancient city of Mosul is known.", "In the heart of Iraq"),
    ("ISFAHAN, Iran – In the ancient city of Isfahan, a chapter is written.", "ISFAHAN, Iran – In the ancient city of Isfahan"),
    ("Short one.", "Short one."),
    ("One two three four five six seven eight nine ten eleven twelve thirteen of the rest.",
     "One two three four five six seven eight nine ten eleven twelve …"),
])
def test_opening_is_a_whole_phrase(text, phrase):
    assert _opening(text) == phrase


@pytest.mark.parametrize("article", ["mosul", "isfahan"])
def test_draft_never_truncates_a_distractor(article, tmp_path):
    """`draft mosul` offered "In the heart of Iraq, the" as a choice."""
    drafts = draft_exercises(article, out=tmp_path / "d")
    vague = next(e for e, _ in drafts.files if "vague" in e.name)
    choices = yaml.safe_load(vague.read_text(encoding="utf-8"))["choices"]
    for text in choices.values():
        last = text.rstrip(" …").split()[-1].lower()
        assert last not in ENDINGS and not text.endswith((",", ";", ":", "–")), text


def test_named_voices_never_count_an_unnamed_official(tmp_path):
    """A teacher's draft counted “the official” as a named voice (fresh newcomer, README only)."""
    from medialit.analysis.attribution import find_attributions
    from medialit.analysis.quotes import find_quotes
    from medialit.classroom.draft import _named_voices
    from medialit.corpus.loader import load_article

    path = tmp_path / "riverton.txt"
    path.write_text("“We did not want to do this,” said board chair Marisol Ortega.\n\n“We will read there,” said "
                    "resident Tom Brennan.\n\nA town official spoke on condition of anonymity. “They knew in the spring "
                    "and did nothing,” the official said.", encoding="utf-8")
    article = load_article(path)
    (exercise, key), _ = _named_voices(article, find_quotes(article), find_attributions(article))
    assert key["answer"] == 2, key
    assert "official" not in key["notes"].split(":", 1)[1].split(".")[0], key["notes"]


def test_named_voices_count_each_person_of_a_joint_credit(tmp_path):
    """A teacher's draft counted “Senators Alan Brooks and Priya Natarajan wrote” as one voice (fresh teacher, README
    only): a joint credit is each of its people."""
    from medialit.analysis.attribution import find_attributions
    from medialit.analysis.quotes import find_quotes
    from medialit.classroom.draft import _named_voices
    from medialit.corpus.loader import load_article

    path = tmp_path / "letter.txt"
    path.write_text("“Families who live along these tracks deserve answers,” Senators Alan Brooks and Priya Natarajan "
                    "wrote in a letter.\n\n“We waited for years,” said resident Gloria Hanes.", encoding="utf-8")
    article = load_article(path)
    (exercise, key), _ = _named_voices(article, find_quotes(article), find_attributions(article))
    assert key["answer"] == 3, key


@pytest.mark.parametrize("text, answer", [
    # fresh teacher (README only): a supporter's label on its own line crashed `draft` (the quote's speaker has no
    # place in the text of its own paragraph), and excerpts after a paragraph on who spoke counted nobody
    ("Leaders praised the act.\n\nProf. Ines Calloway, Institute for Water Research, Northfield University:\n\n"
     "“The act will clean our rivers.”", 1),
    ("Secretary of Finance Ana Ruiz appeared on Weekend Report on Sunday.\n\n“We have made hard choices.” (Watch)\n\n"
     "“Nobody will pay more tax.” (Watch)", 1),
])
def test_named_voices_of_labels_and_excerpts(tmp_path, text, answer):
    from medialit.analysis.attribution import find_attributions
    from medialit.analysis.quotes import find_quotes
    from medialit.classroom.draft import _named_voices
    from medialit.corpus.loader import load_article

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(path)
    (exercise, key), _ = _named_voices(article, find_quotes(article), find_attributions(article))
    assert key["answer"] == answer, key


def test_the_report_prints_paths_a_teacher_can_open(tmp_path, monkeypatch):
    # a README-only teacher (twenty-seventh session) read "(key: solutions/…)" as the kit's own solutions/ folder:
    # every path is printed from the current folder, the drafts folder included
    from pathlib import Path
    kit = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(tmp_path)
    drafts = draft_exercises("mosul", kit, out=tmp_path / "drafts" / "mosul")
    lines = drafts.report().splitlines()
    assert lines[0] == "Drafts for mosul in drafts/mosul:"
    for (exercise, key), line in zip(drafts.files, lines[1:]):
        assert line.strip() == f"drafts/mosul/exercises/{exercise.name}  (key: drafts/mosul/solutions/{key.name})"
        assert (tmp_path / "drafts/mosul/solutions" / key.name).is_file()
