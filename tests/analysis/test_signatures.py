"""Signatures and name cards (medialit/analysis/signatures.py): whose quote a line of its own names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speakers", [
    # a signature under the member's quote
    ("Senator Josh Hawley introduced the bill.\n\n“This bill protects kids from predators online.”\n\nSenator Josh Hawley",
     ["Josh Hawley"]),
    ("The office reopened.\n\n“We are proud of this work.”\n\n— Dr. Danielle May, Contract Specialist", ["Dr. Danielle May"]),
    # newcomer adv45: name cards before the quotes, once the first card follows a quote already credited
    ("WASHINGTON – Congressman Hal Brewer (R-Fla.) introduced the Reef Restoration Act on Wednesday.\n\n“Florida’s reefs "
     "are an economic engine,” Brewer said.\n\nDr. Alicia Romero, Director of the Keys Marine Institute\n\n“Coral cover in "
     "the Florida Keys has declined by more than 90 percent.”\n\nGreg Tanaka, President, Florida Keys Fishing Guides "
     "Association\n\n“Our members’ livelihoods depend on healthy reefs.”",
     ["Hal Brewer", "Dr. Alicia Romero", "Greg Tanaka"]),
    # a credit alone above the quote, as a scrape leaves it
    ("WASHINGTON – Representative Aaron Pike (D-Pa.) introduced the act.\n\n“The Mon Valley built America,” Pike said.\n\n"
     "said Denise Kowalski, Mayor of Clairton\n\n“Our town has lost half its population since 1980.”",
     ["Aaron Pike", "Denise Kowalski"]),
])
def test_signatures_and_name_cards(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # newcomer adv45: "the two senators", "the three lawmakers", "the delegation": as many people as named together
    ("WASHINGTON – Senators Maria Delgado (D-N.M.) and Thomas Reeve (R-Wyo.) wrote to the Bureau of Indian Affairs.\n\n"
     "“Tribal police departments are stretched thin,” the two senators wrote.", ["Maria Delgado and Thomas Reeve"]),
    ("Today, U.S. Representatives Elena Vasquez (D-Texas), Robert Lindqvist (R-Minn.) and Aaron Pike (D-Pa.) led "
     "colleagues.\n\n“Taxpayer money should buy American steel,” said the three lawmakers.",
     ["Elena Vasquez, Robert Lindqvist and Aaron Pike"]),
    # a number that does not fit: the role as written, never the two named
    ("WASHINGTON – Senators Maria Delgado (D-N.M.) and Thomas Reeve (R-Wyo.) wrote to the Bureau of Indian Affairs.\n\n"
     "“Tribal police departments are stretched thin,” the three senators wrote.", ["the three senators"]),
])
def test_counted_plural_roles(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


def test_a_line_broken_at_a_link_is_no_signature(tmp_path):
    # twenty-sixth held-out batch, once dev: a scrape broke "Sen. Vale said," and "…, President and CEO of Acme, said"
    # at their links; the name lines introduce the next quotes, and never sign the quote above (a wrong name)
    from quote_cases import speakers
    text = ("The Senate passed the act.\n\nSen. Ruiz\n\nsaid,\n\n“Businesses are proud to make their products here.”\n\n"
            "Sen. Vale\n\nsaid,\n\n“When a consumer sees the label, they know.”\n\nTom Hill, President and CEO of\n\nAcme Products"
            "\n\n, a Utah business, said of the bill,\n\n“We want to mark our products.”")
    assert "Tom Hill" not in speakers(tmp_path, text)
    assert "Tom Vale" not in speakers(tmp_path, text)[:1]
    # precision: a name line above its job line still signs the quote above it
    card = "The network grew.\n\n“I have the opportunity to really change something here.”\n\nAna Ruiz\n\nlogistics specialist"
    assert speakers(tmp_path, card) == ["Ana Ruiz"]


def test_a_dash_on_a_line_of_its_own_then_the_name_signs_the_quote_above(tmp_path):
    # congress-hawley-back-the-blue-police-support (the thirty-fifth held-out batch, scored once, then tuned on): each
    # name line after a lone dash was read as a card for the next quote, so every supporter got the one before's name
    from quote_cases import speakers
    text = ("Senator Ana Ruiz introduced the Back the Blue Act.\n\n“The association fully supports this bill.”\n\n—\n\n"
            "Harlow Police Chiefs Association\n\n“As an elected Sheriff, I endorse this effort.”\n\n—\n\n"
            "Sheriff Tom Berg, St. Charles County\n\n“This bill will help bring back safety.”\n\n—\n\n"
            "Chief Lena Park, Sikeston Department of Public Safety\n")
    assert speakers(tmp_path, text) == ["Harlow Police Chiefs Association", "Tom Berg", "Lena Park"]


def test_a_signature_signs_only_the_quote_paragraphs_right_above_it(tmp_path):
    # congress-lee-child-welfare-provider-inclusion (the thirty-fifth batch, then tuned on): a supporter's signature
    # under a list took the member's quote above the list too
    from quote_cases import speakers
    text = ("Senator Ana Ruiz introduced the act.\n\n“Agencies should not have to choose,”\n\nsaid Rep. Tom Berg.\n\n"
            "“This attack makes it harder for children to find homes.”\n\nSupporting organizations include: the Harlow "
            "League and the Kestrel Fund.\n\n“Far too many children are waiting.”\n\n– Lena Park, President, Harlow League\n")
    assert speakers(tmp_path, text) == ["Tom Berg", "Tom Berg", "Lena Park"]


def test_a_double_hyphen_signature_signs_the_quote_above_never_the_next(tmp_path):
    # congress-lee-childcare-worker-opportunity-act (the thirty-eighth held-out batch, scored once, then tuned on):
    # "-- Name, Title, Organisation" under each supporter's quote was read as a card for the next quote, so every
    # supporter got the one before's name; one quote the scrape broke over two lines
    from quote_cases import speakers
    text = ("Senator Ana Ruiz introduced the Childcare Act.\n\nSee support from outside organizations below:\n\n"
            "“Parents are hurt by these rules. This act gives them relief.”\n\n-- Lena Park, President, Harlow League\n\n"
            "“Harlow has the highest cost of child care in the nation. These rules raise the cost while burdening\n\n"
            "workers with debt. I am grateful to Senator Ruiz.”\n\n-- Tom Berg, Fellow, Kestrel Institute\n\n"
            "\"Parents don't need a degree to raise a child. Why should childcare workers?\"\n\n"
            "-- Mira Olsen, President, Harbour Project\n")
    assert speakers(tmp_path, text) == ["Lena Park", "Tom Berg", "Mira Olsen"]


def test_a_subheading_under_a_headline_quote_signs_nothing(tmp_path):
    # congress-buchanan-safe-act-horse-slaughter (the forty-third held-out batch, once dev): a headline quote, then the
    # subheading "Leads Bipartisan Efforts, Meets Advocates …" was read as a signature ("Bipartisan Efforts")
    from quote_cases import speakers
    text = ("“Protecting Our Rivers Is a Commonsense Priority.”\n\nLeads Bipartisan Efforts, Meets Advocates to Protect "
            "Harlow’s Rivers\n\nWASHINGTON — Congressman Tom Berg is continuing his work to protect rivers.\n\n"
            "“Protecting our rivers is a commonsense priority,” said Berg.")
    assert speakers(tmp_path, text) == ["Tom Berg", "Tom Berg"]
    # a real signature under a quote still signs it
    text = "Senator Ana Ruiz spoke at the event.\n\n“We must act now.”\n\nSenator Lena Park\n\nThe event ended."
    assert speakers(tmp_path, text)[-1] == "Lena Park"


def test_a_signature_with_a_long_title_signs_its_own_quote(tmp_path):
    from quote_cases import speakers
    # the fifty-third held-out batch, once dev (congress-owens-match-act-workforce): quote, "Representative X", quote,
    # "Education and Workforce Chairman Y": the second line signs the second quote, never introduces it to X
    text = ("Rep. Ana Ruiz introduced the MATCH Act today.\n\n“The act restores a promise.”\n\nRepresentative Ana Ruiz\n\n"
            "“This legislation helps close that gap.”\n\nEducation and Workforce Chairman Tom Berg\n\n“The act moves hiring "
            "forward.”\n\nLia Chen, Head of Government Relations, Pearson")
    assert speakers(tmp_path, text) == ["Ana Ruiz", "Tom Berg", "Lia Chen"]


def test_a_signature_whose_title_runs_several_capitalised_words(tmp_path):
    # a newcomer's release (adv69): "Small Business Committee Vice Chair Henry Oduya" under the third supporter's quote
    from quote_cases import speakers
    text = ("Today, Representative Ana Ruiz introduced the act.\n\n“Apprenticeships are the best path into a job.”\n\n"
            "Education and Workforce Chairman Ana Ruiz\n\n“Small makers tell me they would hire apprentices.”\n\n"
            "Small Business Committee Vice Chair Henry Oduya")
    assert speakers(tmp_path, text) == ["Ana Ruiz", "Henry Oduya"]


@pytest.mark.parametrize("text, speakers", [
    # fifty-seventh held-out batch, then dev (a senator's petition report; a representative's survey): constituents'
    # words signed with a first name and a town, after a dash, the mark before the dash sometimes lost
    ("Here is what some Coloradans had to say:\n\n\"My wife and I are both student veterans.\" - Nicholas, Louisville\n\n"
     "\"I will be furloughed.\" - Douglas, Colorado Springs", ["Nicholas", "Douglas"]),
    ("“I come from a long line of veterans.” — Kathleen, Spotsylvania\n\n“I am a veteran. Freedom is not free. — Charles, "
     "Stafford", ["Kathleen", "Charles"]),
    # a first name the table does not know signs too, in a list of such signatures ("Carol", a noun as well)
    ("“We need a fix.” - Nicholas, Louisville\n\n“Please find a solution.” - Carol, Broomfield", ["Nicholas", "Carol"]),
    # precision: a place signs nothing, nor an outlet; one unknown word alone is no signature
    ("“It is late.” - Denver, Colorado", [None]),
    ("“It is late.” - Carol, Broomfield", [None]),
])
def test_a_quote_signed_with_a_first_name_and_a_place(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers
