"""Stance words: what a seam needs besides a change of subject (medialit/analysis/stance.py)."""

from __future__ import annotations

from medialit.analysis.stance import needs_a_stance, stance_words


def test_the_inserted_passage_of_a_seed_has_stance_words():
    words = stance_words("basra-forum")
    assert any("defensive" in w for w in words[5] + words[6])


def test_a_flag_without_stance_in_its_passage_is_dropped_and_says_why():
    rows = [dict(paragraph=1, flagged=False, reason="r"), dict(paragraph=2, flagged=True, reason="r"),
            dict(paragraph=3, flagged=True, reason="r"), dict(paragraph=4, flagged=False, reason="r"),
            dict(paragraph=5, flagged=True, reason="r")]
    needs_a_stance(rows, {3: ["“it is worth mentioning” (self-describing persuasion)"]})
    assert [r["flagged"] for r in rows] == [False, True, True, False, False]
    assert "its passage takes a stance" in rows[1]["reason"] and "; it takes a stance" in rows[2]["reason"]
    assert "not flagged" in rows[4]["reason"]
