"""Pasted text: which lines are headline, byline, date, page furniture or article text (golden tables)."""

from __future__ import annotations

import pytest

from medialit.corpus.pasted import byline_line, clean_lines, date_line, furniture_reason, split_paragraphs

FURNITURE = ["Advertisement", "ADVERTISEMENT", "Share this article", "Share on Facebook", "Share", "Tweet",
             "Copy link", "Skip to content", "Read more ›", "Related stories", "Sign up for our newsletter",
             "© 2024 The Courier", "Copyright 2024 Harbour Times", "4 min read", "Photograph: Ana Rivera/Courier",
             "12 comments", "Story continues below advertisement", "Listen to this article"]
NOT_FURNITURE = ["Share prices rose sharply on Monday.", "Advertising revenue fell by a third, the report says.",
                 "Home owners were told to leave.", "The ferry is back.", "Read the report here: it is short.",
                 "Email from the mayor was leaked."]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines(line):
    assert furniture_reason(line), line


@pytest.mark.parametrize("line", NOT_FURNITURE)
def test_article_sentences_are_not_furniture(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("line,expected", [
    ("By Ana Rivera", ("Ana Rivera", None)),
    ("BY ANA RIVERA", ("ANA RIVERA", None)),
    ("By Ana Rivera and Tom Lee", ("Ana Rivera and Tom Lee", None)),
    ("By Ana Rivera, May 2, 2024", ("Ana Rivera", "May 2, 2024")),
    ("Words by Dana Whitfield, education reporter", ("Dana Whitfield, education reporter", None)),
    ("By the end of the week, the ferry was back.", None),
    ("By then nobody remembered why the ferry had stopped running at all.", None),
    ("By Monday, the ferry was back.", None),
    ("By Monday the ferry was back", None),
    ("By Ana de la Cruz", ("Ana de la Cruz", None)),
])
def test_byline_lines(line, expected):
    assert byline_line(line) == expected


@pytest.mark.parametrize("line,expected", [
    ("2 May 2024", "2 May 2024"),
    ("Published 2 May 2024", "2 May 2024"),
    ("Updated: Tuesday 2 May 2024 10.31 BST", "Tuesday 2 May 2024 10.31 BST"),
    ("May 2, 2024", "May 2, 2024"),
    ("2024-05-02", "2024-05-02"),
    ("Posted on 02/05/2024 at 10:31", None),  # "at" is more than a date line: kept as text, not guessed
    ("On 2 May 2024 the ferry sank.", None),
    ("Ferry returns", None),
    # a press release's release line (fresh newcomer, README only)
    ("FOR IMMEDIATE RELEASE — 2 December 2026", "2 December 2026"),
    ("For Immediate Release: December 2, 2026", "December 2, 2026"),
])
def test_date_lines(line, expected):
    assert date_line(line) == expected


def test_pasted_article_sorts_every_line():
    found = clean_lines(["Harbour ferry returns", "By Ana Rivera", "Published 2 May 2024",
                         "The ferry returned on Monday.", "Advertisement", "“We are glad,” said Maria Lopez.",
                         "Share this article"])
    assert found.meta == {"headline": "Harbour ferry returns", "byline": "Ana Rivera", "date": "2 May 2024"}
    assert found.paragraphs == ["The ferry returned on Monday.", "“We are glad,” said Maria Lopez."]
    assert [t for t, _ in found.dropped] == ["Advertisement", "Share this article"]
    assert [f for _, f in found.moved] == ["headline", "byline", "date"]


def test_nothing_is_invented_for_plain_text():
    found = clean_lines(["In the vibrant city of Basra, a story unfolds.", "It is not over."])
    assert found.meta == {} and len(found.paragraphs) == 2 and not found.dropped


def test_byline_and_date_lines_later_in_the_body_stay_text():
    lines = ["The ferry returned on Monday."] * 7 + ["By Ana Rivera"]
    assert clean_lines(lines).paragraphs[-1] == "By Ana Rivera"


def test_a_short_line_is_kept_and_named_as_uncertain():
    found = clean_lines(["The ferry returned on Monday.", "Local news", "It runs hourly."])
    assert "Local news" in found.paragraphs
    assert any("'Local news'" in u and "subheading" in u for u in found.uncertain)


def test_a_line_repeating_the_pages_headline_is_dropped_with_the_reason():
    found = clean_lines(["Ferry back", "The ferry is back."], {"headline": "Ferry back"})
    assert found.paragraphs == ["The ferry is back."] and "repeats the headline" in found.dropped[0][1]


@pytest.mark.parametrize("text,expected", [
    ("Title\n\nOne.\nTwo.\nThree.", ["Title", "One.", "Two.", "Three."]),  # a title collapses nothing
    ("One.\nTwo.", ["One.", "Two."]),
    ("A hard-wrapped\nparagraph here.\n\nNext one.", ["A hard-wrapped paragraph here.", "Next one."]),
    ("Title\nBy Ana Rivera\n\nBody line one.\nBody line two.", ["Title", "By Ana Rivera", "Body line one.",
                                                                 "Body line two."]),
    ("Ferry\r\n\r\nAdvertisement\r\nThe ferry is back.", ["Ferry", "Advertisement", "The ferry is back."]),
])
def test_split_paragraphs(text, expected):
    assert split_paragraphs(text) == expected


def test_a_press_release_label_does_not_hide_the_date_line_below_it():
    # a README-only teacher (newcomer-teacher28): "FOR IMMEDIATE RELEASE" above the date kept the date in the body, so
    # `draft` keyed "the article does not give its date"
    cleaned = clean_lines(["Senator Baxter Urges Action on Rural Bus Routes", "FOR IMMEDIATE RELEASE", "March 4, 2026",
                           "WASHINGTON – Senator Helen Baxter today called on the Department to act."])
    assert cleaned.meta == {"headline": "Senator Baxter Urges Action on Rural Bus Routes", "date": "March 4, 2026"}
    assert cleaned.dropped == [("FOR IMMEDIATE RELEASE", "a press release's label, not article text")]
    assert cleaned.paragraphs == ["WASHINGTON – Senator Helen Baxter today called on the Department to act."]
