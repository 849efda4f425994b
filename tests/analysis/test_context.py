"""Speakers from context (medialit/analysis/context.py): each layout answers only when one person fits.

The end-to-end cases (through find_quotes) are in test_quotes.py; these call the functions directly.
"""

from __future__ import annotations

import pytest

from medialit.analysis.context import first_person_subject
from medialit.analysis.marks import quote_spans
from medialit.corpus.loader import load_article
from quote_cases import speakers as _speakers


def _first_quote(tmp_path, text):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    art = load_article(path)
    spans = quote_spans(art)
    s, e = spans[0]
    return art, spans, art.text[s + 1:e - 1]


def test_first_person_partial_quote_in_a_sentence_about_one_person(tmp_path):
    art, spans, inner = _first_quote(tmp_path, 'Tom Berg sings of the sea. Berg does not fear "attacks against me '
                                               'because I say nothing," but he regrets it.')
    assert first_person_subject(art, spans[0], inner, spans) == "Tom Berg"


def test_no_answer_without_the_first_person_or_with_two_people(tmp_path):
    art, spans, inner = _first_quote(tmp_path, 'Tom Berg sings. Berg calls the law "a bad idea for the town."')
    assert first_person_subject(art, spans[0], inner, spans) is None  # no I, me or my: maybe a term he uses
    art, spans, inner = _first_quote(tmp_path, 'Tom Berg met Ana Ruiz, who said she feared "attacks against me."')
    assert first_person_subject(art, spans[0], inner, spans) is None  # two people: whose "me"?


def test_he_after_a_clause_that_names_him_then_first_person_words(tmp_path):
    # "When Omar was living in Minnesota, he sometimes sent money … – “$50, $100, whatever I scraped together.”"
    # (twenty-third held-out batch): "he" is the one the clause names; by gender when two were named before
    from quote_cases import speakers
    assert speakers(tmp_path, "Yahya Omar runs a shop.\n\nWhen Omar was living in Ohio, he sometimes sent money home – "
                              "“$50, $100, whatever I scraped together.”") == ["Yahya Omar"]
    assert speakers(tmp_path, "Ana Ruiz met Tom Berg.\n\nWhen Ruiz was in Paris, he sometimes sent money – “$50, whatever "
                              "I had.”") == ["Tom Berg"]


def test_the_subject_of_a_sentence_that_leads_up_to_a_quote_with_a_colon_speaks(tmp_path):
    # "President Trump singled out Senator Graham’s defense of Brett Kavanaugh as a standout moment: “I think …”"
    # (eighteenth held-out batch): the others named are what the subject talks about
    from quote_cases import speakers
    text = ("President Ana Ruiz singled out Senator Tom Graham’s defense of Judge Lee Park as a standout moment: "
            "“I think his finest moment was his defense of Lee Park.”")
    assert speakers(tmp_path, text) == ["Ana Ruiz"]
    assert speakers(tmp_path, "Mayor Ana Ruiz praised Governor Tom Lee for his work on the bridge: “He never gave up.”") \
        == ["Ana Ruiz"]


def test_a_whole_quote_opening_a_paragraph_then_the_speaker_as_the_next_subject(tmp_path):
    # newcomer adv37: "“We processed more claims than ever.” Mr. Wilson said the agency …"
    from quote_cases import speakers
    assert speakers(tmp_path, "Mark Wilson leads the agency.\n\n“We processed more claims than ever this year.” Mr. Wilson "
                              "said the agency had hired 40 people.") == ["Mark Wilson"]
    # (not a verb that answers someone else: "Popescu disagreed")
    assert speakers(tmp_path, "Elena Popescu runs a clinic.\n\n“We lost the vote and the clinic will close.” Popescu "
                              "disagreed with the board.") == [None]


@pytest.mark.parametrize("text, speakers", [
    # "Here's what you missed:" names nobody: the excerpts are the one person the paragraph before names, each its
    # own paragraph, a link label after it ("(Watch)") or not
    ("This morning, Border Czar Tom Brand held a press conference in Duluth.\n\nFollowing talks with local leaders, "
     "Mr. Brand highlighted the progress.\n\nHere’s what you missed:\n\n“We agreed on one thing: the agency has a "
     "duty to enforce the law.” (Watch)\n\n“The mission is going to improve because of the changes we are making.”",
     ["Tom Brand", "Tom Brand"]),
    # other labels that name nobody: "Key quotes:", "Watch:", "In case you missed it:", "What she said:"
    ("Vice President Celeste Marrow joined students at a college in Ohio.\n\nKey quotes:\n\n“You should not need a "
     "four-year degree to get a good job.”", ["Celeste Marrow"]),
    ("Vice President Celeste Marrow joined students at a college in Ohio.\n\nIn case you missed it:\n\n“You should "
     "not need a four-year degree to get a good job.”", ["Celeste Marrow"]),
    # the one person named is not the subject of the paragraph before: the object of a welcome, a second sentence's
    ("The President and the First Lady welcomed the Sacramento Condors to the White House.\n\nHere are highlights "
     "from the event:\n\n“You did not just win a championship.”", [None]),
    ("Osei spoke with students at the school. Principal Karen Lundgren introduced him.\n\nHere’s what you missed:"
     "\n\n“Don’t let the sticker price scare you.”", [None]),
    # two people named before the label: unclear
    ("Czar Tom Brand met Governor Ann Walz.\n\nHere’s what you missed:\n\n“We agreed on one thing: the agency has a "
     "duty to enforce the law.”", [None]),
    # a label that says whose words they are is read as such ("Here's what reviewers said"): not the one named before
    ("Firefox was released by Tom Brand.\n\nHere’s what reviewers said about Firefox:\n\n“It is the best browser "
     "we have tried in years.”", [None]),
])
def test_excerpts_after_a_label_that_names_nobody(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a release signs its member's quote with a line of title and name
    ("The bill passed the committee.\n\n“For too long, Congress has failed to take action on these tragedies.”\n\n"
     "Senator Josh Brand\n\nThe bill now goes to the full Senate.", ["Josh Brand"]),
    # a signature replaces a guess from the sentence before (the spacecraft is no speaker)
    ("NASA’s Europa Clipper spacecraft completed its flyby of Mars.\n\n“The flyby went exactly as planned.”\n\n"
     "— Dr. Amy Lindahl, Project Manager", ["Dr. Amy Lindahl"]),
    # a name card ending with a colon introduces the next quote; it does not sign the one before
    ("The companies welcomed the label.\n\nMichael Dolan, Senior Director, Best Buy:\n\n“We see great potential in the "
     "program.”\n\nSteve Downer, Vice President, Amazon:\n\n“Amazon supports the goal of the program.”",
     ["Michael Dolan", "Steve Downer"]),
    ("The river was polluted for years.\n\n“Industrial runoff has choked this river for decades.”\n\nMaya Okafor, "
     "Chesapeake Waterkeepers\n\nThe bill now goes to the Senate.", ["Maya Okafor"]),
    # a one-word line is a subheading, not a signature
    ("The bill passed the committee.\n\n“For too long, Congress has failed to take action on these tragedies.”\n\n"
     "Background\n\nThe bill now goes to the full Senate.", [None]),
])
def test_a_name_line_signs_the_quote_paragraph_before(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_the_quote_before_is_not_hers_when_his_first_name_says_he(tmp_path):
    # newcomer adv58: "“This is our moment,” Mraz said. “We will not wait,” she said." is not Teodor Mraz
    from quote_cases import speakers
    assert speakers(tmp_path, 'Rep. Teodor Mraz and Rep. Alana Borg spoke. "This is our moment," Mraz said. "We will not '
                              'wait," she said.') == ["Teodor Mraz", "Alana Borg"]


def test_a_pronoun_after_an_unnamed_subject_is_not_the_person_named_before(tmp_path):
    # newcomer adv59: "But a former official disagreed. “…,” he said." / "One banker told us …. She said …"
    from quote_cases import speakers, attribution_rows
    text = 'Minister Pavel Drossin promised pipelines.\n\nBut a former official disagreed. "Nothing has been signed," he said.'
    assert speakers(tmp_path, text) == [None]
    assert ("named", "Pavel Drossin") not in attribution_rows(tmp_path, text)[1:]
    text = 'Professor Ana Ruiz welcomed the deal.\n\nOne banker told us it was a gift. She said, "The banks lobbied for months."'
    assert speakers(tmp_path, text) == [None]


def test_a_headline_label_of_one_plural_word_is_no_organisation(tmp_path):
    # whitehouse-duffy-shutdown-air-traffic: "Workers abandoned without paychecks: “…”" gave the quote to "Workers"
    from quote_cases import speakers
    text = ("Transportation Secretary Sean Duffy spoke on Capitol Hill today about the shutdown and the airports.\n\n"
            "Workers abandoned without paychecks: “Next Tuesday is the first paycheck that they will not receive.”\n\n"
            "The Federal Aviation Administration warned of delays: “We will see more delays at the airports.”\n")
    found = speakers(tmp_path, text)
    assert found[0] != "Workers" and found[1] == "Federal Aviation Administration"
