"""The vague-source cues (medialit/analysis/vague.py): each cue finds its kind of phrase in general English."""

import pytest

from medialit.analysis.vague import VAGUE_CUES, _VAGUE


def test_every_cue_has_a_reason_a_student_can_read():
    assert len(VAGUE_CUES) == len(_VAGUE)
    for _, why in VAGUE_CUES:
        assert why and why[0].islower() or why.startswith("'"), why


@pytest.mark.parametrize("sentence", [
    "Critics say the plan is late.",
    "According to people familiar with the matter, the deal is off.",
    "Estimates suggest that the cost will double.",
    "The move is thought to be a first.",
])
def test_a_vague_source_is_found(sentence):
    assert any(rx.search(sentence) for rx, _, _ in _VAGUE), sentence
