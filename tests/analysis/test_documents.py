"""Claims credited to a named body's or person's document (medialit.analysis.documents)."""

from __future__ import annotations

import pytest

from medialit import find_attributions
from medialit.corpus.loader import load_article


@pytest.mark.parametrize("text, rows", [
    ("Data from the Commerce Department showed retail sales rose.", [("Commerce Department", "institution")]),
    ("Figures from the Home Office show crime fell.", [("Home Office", "institution")]),
    ("A survey by Gallup and West Health found costs rose.", [("Gallup and West Health", "institution")]),
    ("A study published in the journal Nature reports that ice is melting.", [("Nature", "institution")]),
    ("Economist Ana Ruiz spoke. A report by economist Ana Ruiz found that prices rose.", [("Ana Ruiz", "named")]),
    # a document nobody owns is vague, never a named body
    ("A study found that ice is melting.", [("nobody named", "vague")]),
    ("Estimates suggest a million attended.", [("nobody named", "vague")]),
])
def test_documents_of_a_named_body(tmp_path, text, rows):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    a = find_attributions(load_article(path))
    assert [tuple(r) for r in a[["source", "kind"]].values.tolist()] == rows


@pytest.mark.parametrize("text, row", [
    # an organisation's document named before the noun, and agencies that estimate or believe (adv28, adv29)
    ("A recent Government Accountability Office report found that the program failed.",
     ("institution", "Government Accountability Office")),
    ("According to a 2023 Government Accountability Office report, costs rose.", ("institution", "Government Accountability Office")),
    ("A 2021 Pew Research Center survey found that most adults agree.", ("institution", "Pew Research Center")),
    ("The Congressional Budget Office estimates the bill would cut the deficit.", ("institution", "Congressional Budget Office")),
    ("NASA estimates the asteroid is 400 meters wide.", ("institution", "NASA")),
])
def test_documents_and_estimates_of_named_bodies(tmp_path, text, row):
    from quote_cases import attribution_rows
    assert row in attribution_rows(tmp_path, text)


@pytest.mark.parametrize("text, rows", [
    # an instrument's or a body's data, and a named office's report with when it came out (newcomers adv41/adv42)
    ("Data from the Juno spacecraft reveal a hidden ocean.", [("institution", "Juno")]),
    ("Observations by the Hubble Space Telescope indicate a second moon.", [("institution", "Hubble Space Telescope")]),
    ("Webb’s observations show a thick atmosphere.", [("institution", "Webb")]),
    ("A Government Accountability Office report released in March found waste.",
     [("institution", "Government Accountability Office")]),
    # a person's data are left to the people's cues
    ("Ana Ruiz’s data show a thick atmosphere.", []),
])
def test_data_of_instruments_and_bodies(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # twentieth held-out batch, once dev: a study named by year and journal, an audit with an aside in dashes
    ("A 2019 study in SSM-Population Health found that trade hurts.", [("institution", "SSM-Population Health")]),
    ("A 2011 audit by the Government Accountability Office (GAO) – conducted at Congress’s request – found that the "
     "rules create risks.", [("institution", "Government Accountability Office")]),
    # where a study was done is nobody's document
    ("A 2018 study in South Africa found that malaria fell.", []),
])
def test_studies_by_year_and_journal(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


def test_a_studys_quote_is_the_studys(tmp_path):
    from quote_cases import speakers
    assert speakers(tmp_path, "A 2019 study in SSM-Population Health found that from 1999 to 2015, “job loss due to "
                              "trade is positively associated with overdose mortality.”") == ["SSM-Population Health"]


@pytest.mark.parametrize("text, rows", [
    # newcomer adv44: documents with when they came out, research and findings, pollsters, owners ending like adjectives
    ("Research published in Nature last year showed that the reefs are recovering.", [("institution", "Nature")]),
    ("Findings published Tuesday in the journal Science show that the reefs are recovering.", [("institution", "Science")]),
    ("Data released Thursday by the Bureau of Transportation Statistics show that delays fell.",
     [("institution", "Bureau of Transportation Statistics")]),
    ("A Gallup poll conducted in March found that most adults support the plan.", [("institution", "Gallup")]),
    ("A Carnegie Endowment survey released this week showed that support fell.", [("institution", "Carnegie Endowment")]),
    # nobody's documents, and shares of people asked
    ("One analysis estimated that the rule would save money.", [("vague", "nobody named")]),
    ("Previous research has linked the chemical to cancer.", [("vague", "nobody named")]),
    ("A study published last month found that the chemical is safe.", [("vague", "nobody named")]),
    ("Nearly three in ten adults say they skipped doses.", [("vague", "nobody named")]),
])
def test_documents_when_they_came_out_and_shares(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


def test_a_quote_from_an_owned_document_is_its_owners(tmp_path):
    from quote_cases import speakers
    assert speakers(tmp_path, "According to a 2022 CBO analysis, “the program would reduce deficits by $40 billion over "
                              "ten years.”") == ["CBO"]
