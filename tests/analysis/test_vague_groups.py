"""Groups acting together, counted or described but never named (medialit/analysis/vague_groups.py): each cue on its
own, and as find_attributions reads it, in a release's own words and inside a speaker's quote."""

import re

import pytest

from medialit.analysis.vague import VAGUE_CUES
from medialit.analysis.vague_groups import GROUP_CUES
from quote_cases import attribution_rows


def _cues(text: str) -> list[str]:
    return [m.group() for p, _ in GROUP_CUES for m in re.finditer(p, text, re.I)]


def test_the_cues_are_read_in_the_vague_cue_list_in_their_order():
    at = VAGUE_CUES.index(GROUP_CUES[0])
    assert VAGUE_CUES[at:at + len(GROUP_CUES)] == GROUP_CUES


@pytest.mark.parametrize("text, cue", [
    # the examples of the fifty-fifth held-out batch and a Wikinews report, each standing for a kind
    ("More than 70 organizations wrote to Administrator Mary Wakefield urging the continuation of the program.",
     "More than 70 organizations wrote to"),
    ("17 state Attorneys General wrote to you to stress that the rule is unlawful.", "17 state Attorneys General wrote to"),
    ("Over 100 Republican national security experts signed an open letter urging him to stop.",
     "Over 100 Republican national security experts signed an open letter"),
    ("Twenty-five Muslim leaders released an open letter on Friday.", "Twenty-five Muslim leaders released an open letter"),
    ("He is remembered by many as humorous, kind, and a true hero.", "remembered by many"),
    ("The plan is regarded by some as a model.", "regarded by some"),
    ("We heard from a wide variety of voices, families and religious leaders.", "heard from a wide variety of voices"),
    ("What we're hearing and seeing from the food industry is the need for change.", "hearing and seeing from the food industry"),
    ("The concept was first brought to Congressman Labrador's attention by a bipartisan group of county commissioners in Idaho.",
     "attention by a bipartisan group of county commissioners"),
    # a newcomer's (adv70): a part of a crowd
    ("The plan is seen in some quarters as a gift to insurers.", "in some quarters"),
    ("There is broad agreement among health economists that prices will rise.", "broad agreement among health economists"),
    ("A growing chorus of rural lawmakers has urged the agency to act.", "A growing chorus of rural lawmakers"),
    # fifty-seventh held-out batch, then dev: after an opening phrase's comma, and the member's own petition
    ("Over the past week, more than 8,100 Coloradans have signed my petition urging Congress to act.",
     "more than 8,100 Coloradans have signed my petition"),
    ("In March, 25 Muslim leaders released an open letter.", "25 Muslim leaders released an open letter"),
])
def test_groups_nobody_names(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)


@pytest.mark.parametrize("text", [
    # a count beside named people belongs to them; "the 12 senators" are people the article has named
    "Senators Ann Ray and Bo Lee, along with 12 colleagues, wrote to the FAA.",
    "Senators Ann Ray and Bo Lee led 30 members in sending a letter to the FAA.",
    # (a comma inside a figure is no clause start: "1,200 residents" is one count)
    "The petition, signed by Ann Ray, 1,200 pages long, was sent.",
    "The 12 senators wrote to the FAA on Monday.",
    # no letter, no stand: a count of things, a count that did something else
    "Three bills were signed into law on Friday.",
    "Two companies released new phones this week.",
    # heard from someone named, or from an institution by name
    "We heard from Secretary Vilsack about the program.",
    "The cuts are criticized by many of the members named above.",
    # agreement among people the article names by their party is no crowd
    "There is broad agreement among Democrats and Republicans on the bill.",
])
def test_named_or_no_claim(text):
    assert _cues(text) == []


@pytest.mark.parametrize("text", [
    "“They have sowed chaos since they arrived, and there are countless reports of violence throughout Afghanistan,” said Representative Wenstrup.",
    "“We heard from a wide variety of voices across the island,” said Representative Jayapal.",
    "“More than 70 organizations wrote to the agency urging it to act,” said Representative Roybal-Allard.",
])
def test_a_speaker_who_cites_them_cites_a_source(tmp_path, text):
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)


def test_speculation_in_a_quote_is_only_talk(tmp_path):
    rows = attribution_rows(tmp_path, "“There is a speculation that the party will split,” said Mira Patel.")
    assert ("vague", "nobody named") not in rows


def test_people_spoken_with_counted_but_not_named(tmp_path):
    # the seventieth held-out batch, once dev: "We’ve spoken with over 50 people from 10 agencies"
    from quote_cases import vague_cues
    assert vague_cues(tmp_path, "We’ve spoken with over 50 people from 10 agencies about grant reports.") == ["spoken with over 50 people"]
    assert vague_cues(tmp_path, "We spoke with Ana Ruiz and Tom Berg about grant reports.") == []


def test_unnamed_people_a_quote_cites_count_in_it(tmp_path):
    # the seventieth held-out batch: "“… According to one poll, 51% …. Analysts have attributed this disparity to …,” X wrote"
    from quote_cases import vague_cues
    text = "“According to one poll, the app is popular. Analysts have attributed this gap to the app,” Senator Orla Brisk wrote."
    assert vague_cues(tmp_path, text) == ["According to one poll", "Analysts have attributed"]


@pytest.mark.parametrize("text, cues", [
    # the seventy-first held-out batch, once dev: schools and parents nobody names, and what they report
    ("Today, school districts across the country report serious staffing shortages.", ["school districts across the country report"]),
    ("More than half of public schools report feeling understaffed.", ["public schools report"]),
    ("Parents at the base reached out to my office with concerns regarding the schools.", ["Parents at the base reached out"]),
    ("The schools report cards were posted online.", []),
])
def test_schools_and_parents_nobody_names(tmp_path, text, cues):
    from quote_cases import vague_cues
    assert vague_cues(tmp_path, text) == cues


def test_an_unnamed_employee_who_notified_the_agency(tmp_path):
    # the seventy-first held-out batch, once dev: "An EPA employee notified the agency of the problem" (never an office
    # telling the public: "Officials notified residents of the closure" is what they did)
    from quote_cases import vague_cues
    assert vague_cues(tmp_path, "An agency employee notified the bureau of the problem in February.") == ["An agency employee notified"]
    assert vague_cues(tmp_path, "Officials notified residents of the closure.") == []
