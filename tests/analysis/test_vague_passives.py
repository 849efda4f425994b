"""Vague sources hidden in passives (medialit/analysis/vague_passives.py)."""

import re

import pytest

from medialit.analysis.vague import PASSIVE, VAGUE_CUES
from medialit.analysis.vague_passives import PASSIVE as PASSIVE_HERE, PASSIVE_CUES


def test_the_cues_are_read_in_the_vague_cue_list_in_their_order():
    at = VAGUE_CUES.index(PASSIVE_CUES[0])
    assert VAGUE_CUES[at:at + len(PASSIVE_CUES)] == PASSIVE_CUES
    assert PASSIVE is PASSIVE_HERE  # (attribution tells the agentless passive by this very string)


@pytest.mark.parametrize("text, vague", [
    ("It has been reported that the bridge failed.", True),
    ("The plan was criticized by Western governments.", True),
    ("Mistakes were made.", True),
    ("The move is widely seen as a retreat.", True),
    ("The bridge was built in 1902.", False),
    # (dev misses: "It is said that", "We have been advised that")
    ("It is said that the bridge will close.", True),
    ("We have been advised that this change was not communicated.", True),
    ("He said that the bridge will close.", False),
])
def test_passive_cues(text, vague):
    assert any(re.search(p, text, re.I) for p, _ in PASSIVE_CUES) is vague


def test_what_everyone_is_said_to_think(tmp_path):
    # a newcomer's (adv70); "It is no secret that" stays the writer's own emphasis (dev gold, congress-deutch-iraq-iranian-weapons)
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, "Conventional wisdom holds that turnout will fall.") == [("vague", "nobody named")]
    assert attribution_rows(tmp_path, "It is no secret that the bill is stalled.") == []
