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
