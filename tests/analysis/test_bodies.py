"""Bodies named by whose they are (medialit/analysis/bodies.py)."""

import pytest

from quote_cases import attribution_rows as _rows


@pytest.mark.parametrize("text, rows", [
    ("The drills will last a week, South Korea's military said.", [("institution", "South Korea's military")]),
    ("Venezuela's opposition said Monday that the vote was rigged.", [("institution", "Venezuela's opposition")]),
    ("Iran's semi-official Tasnim news agency reported Sunday that two men were arrested.",
     [("institution", "Iran's semi-official Tasnim news agency")]),
    # people of the body are nobody a reader could ask
    ("Officials of South Korea's military said the drills will last a week.", [("vague", "nobody named")]),
    # a body that does something, not a claim
    ("South Korea's military fired warning shots.", []),
])
def test_bodies_named_by_whose_they_are(tmp_path, text, rows):
    assert _rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # an organisation's name with its initials in brackets, then its verb
    ("The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said Tuesday that aid trucks were "
     "stuck.", [("institution", "United Nations Office for the Coordination of Humanitarian Affairs")]),
    ("The missile flew 800 kilometers, the Joint Chiefs of Staff (JCS) said Tuesday.",
     [("institution", "Joint Chiefs of Staff")]),
])
def test_organisations_with_initials(tmp_path, text, rows):
    assert _rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a newcomer's traps (adv22): the end of an organisation's name is no person
    ("The new sanctions target 14 individuals, according to a statement from the Treasury Department's Office of "
     "Foreign Assets Control.", [("institution", "Treasury Department's Office of Foreign Assets Control")]),
    ("Khaled Mansour, the lawyer, said Fathy would appeal. Amnesty International called the ruling \"a travesty of "
     "justice.\"", [("named", "Khaled Mansour"), ("institution", "Amnesty International")]),
    # what they all did ("to announce") credits no claim to the firefighters
    ("U.S. Representative Gregory Okafor joined County Executive Lorraine Baptiste and local firefighters on Monday to "
     "announce $3.2 million in federal funding.", []),
])
def test_organisations_are_no_people(tmp_path, text, rows):
    assert _rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a person named after the organisation whose they are; a document compiled or published by a person
    ("Tim Kelly is an expert.\n\nThe broadband market is growing, the World Bank's Kelly says.", [("named", "Tim Kelly")]),
    ("The group is weaker now, the Washington Institute’s Aaron Zelin said.", [("named", "Aaron Zelin")]),
    ("According to data compiled by Seamus Hughes, 30 people were charged.", [("named", "Seamus Hughes")]),
    ("According to a recent publication by Stephen Heder, the party changed.", [("named", "Stephen Heder")]),
    # an organisation's own name with a possessive stays the organisation's
    ("Europe's Central Bank said rates will rise.", [("institution", "Europe's Central Bank")]),
])
def test_people_of_organisations_and_their_documents(tmp_path, text, rows):
    assert _rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a named person's stance: hopes, optimism, concerns raised, claims played down, years of accusations
    ("Sok Eysan is optimistic that the party will win.", [("named", "Sok Eysan")]),
    ("Cheam Sokly hopes that the loans will be repaid.", [("named", "Cheam Sokly")]),
    ("Rhona Smith, the U.N. rights envoy to Cambodia, has also raised concerns about the vote.", [("named", "Rhona Smith")]),
    ("Opposition leader Sam Rainsy has for years accused the government of selling land.", [("named", "Sam Rainsy")]),
    ("Joshua Meservey voiced optimism that the deal would hold.", [("named", "Joshua Meservey")]),
    ("Tristan Smith spoke. Smith drew attention to LRIT tracking.", [("named", "Tristan Smith")]),
    ("Randy Albertson flew it. He recognizes that the plane was unique.", [("named", "Randy Albertson")]),
    # precision: an action, not a stance
    ("Hun Sen waved away such concerns.", []),
])
def test_a_named_persons_stance(tmp_path, text, rows):
    assert _rows(tmp_path, text) == rows


def test_a_lone_capitalised_word_that_speaks():
    from medialit.analysis.bodies import _lone_name
    from types import SimpleNamespace
    art = SimpleNamespace(text="Reuters reported the deal. Tom Baker said more. Baker said it again.")
    assert _lone_name(art, "Reuters") and not _lone_name(art, "Baker") and not _lone_name(art, "Monday")
