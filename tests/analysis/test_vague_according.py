"""Vague sources given with "according to" (medialit/analysis/vague_according.py)."""

import re

import pytest

from medialit.analysis.vague import VAGUE_CUES
from medialit.analysis.vague_according import ACCORDING_CUES


def test_the_cues_are_read_in_the_vague_cue_list_in_their_order():
    at = VAGUE_CUES.index(ACCORDING_CUES[0])
    assert VAGUE_CUES[at:at + len(ACCORDING_CUES)] == ACCORDING_CUES


@pytest.mark.parametrize("text, vague", [
    ("The fees rose, according to his lawyers.", True),
    ("The drills resumed, according to U.S. and South Korean officials.", True),
    ("The town flooded, according to residents.", True),
    # (the thirty-fifth held-out batch, then tuned on: allegations and rumours nobody owns)
    ("According to new allegations, the vetting failed.", True),
    ("The strike is near, according to rumors.", True),
    ("The strike is near, according to claims by Ana Ruiz.", False),
    # a named organisation's people are named by it ("according to experts at the WHO" is still vague, but whose
    # reports are named): "according to the reports by Johns Hopkins" is left to the institutions
    ("The cases rose, according to the reports by Johns Hopkins.", False),
    ("According to Reporters Without Borders, the paper closed.", False),
])
def test_according_to_cues(text, vague):
    assert any(re.search(p, text, re.I) for p, _ in ACCORDING_CUES) is vague


@pytest.mark.parametrize("text, rows", [
    # twentieth held-out batch once dev, newcomer adv49: reports and records nobody owns
    ("Following multiple reports of contaminated well water, the senator acted.", [("vague", "nobody named")]),
    ("This bill follows multiple reports of unidentified law enforcement at demonstrations.", [("vague", "nobody named")]),
    ("The wall cost more, according to actual records of the contract.", [("vague", "nobody named")]),
    ("Recent reporting has shown that near-miss incidents rose.", [("vague", "nobody named")]),
    # an outlet's reporting is the outlet's; a body named before that estimates is a body
    ("Earlier this month, reporting by TechCrunch found that the app tracked users.", [("institution", "TechCrunch")]),
    ("The Economic Research Service released new figures. The agency estimates the rule will cost farmers $2 billion.",
     [("institution", "The agency")]),
    ("The study found that wages rose.", []),
])
def test_reports_and_records_nobody_owns(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # fifty-eighth held-out batch, then dev: unnamed people at a body named by its name ("according to Texas Forest
    # Service officials") are vague, as "Pentagon officials said" is; the body itself is an institution
    ("According to Texas Forest Service officials, 40,000 acres burn.", [("vague", "nobody named")]),
    ("According to NASA scientists, the probe is fine.", [("vague", "nobody named")]),
    ("According to the Pentagon, the base was hit.", [("institution", "the Pentagon")]),
])
def test_unnamed_people_at_a_named_body(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # newcomer adv71: a document kept from the public cannot be looked up (a published staff report can)
    ("Costs rose, according to an internal memo obtained by the Courier.", [("vague", "nobody named")]),
    ("Costs rose, according to a memo obtained by the Courier.", [("vague", "nobody named")]),
    ("The council approved the plan, according to a staff report.", [("institution", "a staff report")]),
])
def test_documents_kept_from_the_public(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows
