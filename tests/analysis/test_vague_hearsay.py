"""Hearsay in the first person (medialit/analysis/vague_hearsay.py): told, read or heard of, by nobody named; and the
people a release addresses, counted but never named."""

import pytest

from medialit.analysis.vague import VAGUE_CUES
from medialit.analysis.vague_hearsay import HEARSAY_CUES
from quote_cases import attribution_rows, vague_cues as _vague


def test_the_cues_are_read_in_the_vague_cue_list_in_their_order():
    at = VAGUE_CUES.index(HEARSAY_CUES[0])
    assert VAGUE_CUES[at:at + len(HEARSAY_CUES)] == HEARSAY_CUES


@pytest.mark.parametrize("text, cues", [
    # fifty-seventh held-out batch, then dev (a member's remarks at a hearing; a senator's petition report): each a kind
    ("I’m told the boy has had a hard time.", ["I’m told"]),
    ("We have been told the plant will close.", ["We have been told"]),
    ("I read that he liked to do the same thing.", ["I read that"]),
    ("We have heard that the clinic may close.", ["We have heard that"]),
    ("Many of you shared with me how you may lose your job.", ["Many of you shared"]),
    ("As most of you agree, doing nothing is not an option.", ["most of you agree"]),
    # inside a speaker's quote it is the speaker's hearsay, a source all the same
    ("Ana Ruiz said, “I’m told the plant will close.”", ["I’m told"]),
    # precision: told by someone named, an order, a thing read, the people named
    ("I was told by the mayor that the plant will close.", []),
    ("We are told to wait. I have been told not to make the figures public.", []),
    ("I read that book twice. We heard that song at the fair.", []),
    ("Many of the senators named above wrote to the agency.", []),
])
def test_hearsay_by_nobody_named(tmp_path, text, cues):
    assert _vague(tmp_path, text) == cues


def test_never_a_person_called_im(tmp_path):
    assert ("named", "I’m") not in attribution_rows(tmp_path, "I’m told the boy has had a hard time.")


@pytest.mark.parametrize("text, cues", [
    # fifty-eighth held-out batch, then dev: people heard or listened to, constituents who called, a watchdog nobody names
    ("Coleman heard from local health officials and residents about the need for reform.",
     ["heard from local health officials"]),
    ("He went to listen to residents and health professionals voice their concerns.", ["listen to residents"]),
    ("Recently, several of my constituents from Zapata County called my office about a letter.",
     ["several of my constituents from Zapata County called"]),
    ("A watchdog organization alerted the IRS that numbers were exposed.", ["A watchdog organization alerted"]),
    # precision: someone named, a plan to hear, a call to listen, a group the article names
    ("We heard from Secretary Vilsack about the program.", []),
    ("The senator will travel to hear from senior members of the crew.", []),
    ("We must listen to American workers.", []),
    ("The group alerted the IRS.", []),
])
def test_people_heard_and_groups_nobody_names(tmp_path, text, cues):
    assert _vague(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # newcomer adv71: told by people named only by what they are, or told at the sentence's end; never a person "I'm"
    ("The mayor has shelved the stadium, I’m told by two members of the city council.", ["I’m told by two members"]),
    ("The plans were shelved, I am told.", ["I am told"]),
])
def test_told_by_people_nobody_names(tmp_path, text, cues):
    assert _vague(tmp_path, text) == cues
    assert not [r for r in attribution_rows(tmp_path, text) if r[0] == "named"]


@pytest.mark.parametrize("text, cues", [
    # the seventieth held-out batch, once dev: words of customers or agencies nobody names
    ("Some of our favorite customer quotes include:", ["customer quotes"]),
    ("We also received a ton of constructive feedback.", ["We also received a ton of constructive feedback"]),
    ("To wrap up, I want to share one final comment we received, which says it all.", ["one final comment we received"]),
    ("At the office we hear from agencies that the forms take too long.", ["we hear from agencies that"]),
    # (feedback as a thing to gather, a count of comments, or a giver named: no one's words)
    ("We gathered user feedback at every step.", []),
    ("The huge volume of public comments we received reflects the interest.", []),
    ("We received feedback from the Census Bureau on the draft.", []),
])
def test_words_of_customers_and_agencies_nobody_names(tmp_path, text, cues):
    assert _vague(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # newcomer adv77: words of customers and anglers nobody names, feedback nobody owns, residents online
    ("Here is what some of our customers have said since launch:", ["what some of our customers have said"]),
    ("Early feedback suggests that call volumes have fallen.", ["Early feedback suggests"]),
    ("Many anglers have written in to thank the team.", ["Many anglers have written"]),
    ("Some residents online claimed the company had known about the fault.", ["Some residents online claimed"]),
])
def test_newcomer77_customers_feedback_and_residents_online(tmp_path, text, cues):
    assert _vague(tmp_path, text) == cues
