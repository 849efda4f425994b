"""Evidence cards: every card carries a source, search finds names however they are spelled, all text is escaped."""

from __future__ import annotations

import re

import pytest

from medialit import find_evidence, load_cards
from medialit.analysis.evidence import (FINDINGS, NOTHING_FOUND, EvidenceError, evidence_search_widget,
    results_html)

CARDS = load_cards()


@pytest.mark.parametrize("card", CARDS, ids=lambda c: c.id)
def test_every_card_carries_a_source(card):
    assert card.sources, card.id
    for src in card.sources:
        assert src.publication.strip() and src.date.strip() and src.title.strip(), card.id
    assert card.finding in FINDINGS and card.summary and card.about


def test_no_trace_cards_use_calibrated_words():
    for card in CARDS:
        text = f"{card.about} {card.summary} {card.caution}".lower()
        assert not re.search(r"\bfake\b|proven false|\bhoax\b", text), card.id
        if card.finding == "no-trace":
            assert "no independent trace found" in text, card.id


def test_cards_never_name_an_operator_for_the_site():
    text = " ".join(f"{c.summary} {c.caution}" for c in CARDS).lower()
    for word in ("run by", "operated by", "behind the site", "operator is"):
        assert word not in text


def test_the_brief_names_each_have_a_no_trace_card():
    for name in ("Basra Peace Forum", "Bridges of Heritage", "Mosul-Palestine Cultural Bridge",
                 "Isfahan-Palestine Cultural Exchange Program", "Dr. Haneen Al-Maliki", "Dr. Hamid Rezaei"):
        found = find_evidence(name)
        assert len(found) and found.loc[0, "finding"] == "no-trace", name


@pytest.mark.parametrize("query,first", [
    ("Hashimi", "hashimi-who"),
    ("hisham al-hashemi", "hashimi-who"),
    ("HISHAM AL HASHIMI", "hashimi-who"),
    ("Dr. Hamid Rezaei", "hamid-rezaei"),
    ("rezaei", "hamid-rezaei"),
    ("Bridges of Heritage", "bridges-of-heritage"),
    ("Israeli agricultural technology", "iraq-normalisation-law"),
    ("University of Basrah", "basrah-university-news"),
    ("Rana Al-Qaisi", "kit-mirror-nasiriyah"),
])
def test_search_finds_names_however_spelled(query, first):
    assert find_evidence(query).loc[0, "card"] == first


def test_the_killing_is_on_record_with_its_date_and_sources():
    found = find_evidence("Hisham al-Hashimi")
    row = found[found.card == "hashimi-killed"].iloc[0]
    assert "6 July 2020" in row.summary and "Al Jazeera" in row.sources and "Chatham House" in row.sources


def test_nothing_found_is_an_empty_table_and_a_clear_message():
    assert find_evidence("Atlantis Institute of Peace").empty
    assert find_evidence("").empty and find_evidence("   ").empty
    html = results_html("Atlantis Institute of Peace")
    assert "No card matches" in html and "not evidence" in NOTHING_FOUND


def test_results_table_columns():
    assert list(find_evidence("Hashimi").columns) == ["card", "about", "finding", "summary", "sources", "claim",
                                                      "caution", "articles"]


def test_widget_searches_and_escapes_everything():
    w = evidence_search_widget()
    assert w.query.description and w.button.description == "Search"
    w.query.value = '<img src=x onerror="alert(1)">'
    w.button.click()
    assert "<img" not in w.results.value and "&lt;img" in w.results.value
    assert 'role="status"' in w.results.value and 'aria-live="polite"' in w.results.value
    w.query.value = "Basra Peace Forum"
    w.button.click()
    assert "No independent trace found" in w.results.value


def test_card_text_is_escaped(tmp_path):
    f = tmp_path / "cards.yaml"
    f.write_text('- id: x\n  about: "<b>bold</b>"\n  finding: record\n  names: [Evil]\n'
                 '  summary: "<script>alert(1)</script>"\n'
                 '  sources:\n    - {publication: "<i>P</i>", date: "2020", title: "T & U"}\n', encoding="utf-8")
    html = results_html("Evil", load_cards(f))
    assert "<script>" not in html and "<b>bold" not in html and "<i>P" not in html
    assert "&lt;script&gt;" in html and "T &amp; U" in html


@pytest.mark.parametrize("text,words", [
    ("- id: x\n  about: A\n  finding: record\n  summary: S\n  sources:\n    - {publication: P, title: T}\n",
     ["no date", "publication, a date and a title"]),
    ("- id: x\n  about: A\n  finding: rumour\n  summary: S\n  sources: [{publication: P, date: D, title: T}]\n",
     ["finding must be one of", "record"]),
    ("- id: x\n  about: A\n  finding: record\n  summary: S\n", ["has no 'sources'"]),
    ("- id: x\n  about: A\n  finding: record\n  summary: S\n  source: [1]\n", ["unknown field(s) source"]),
])
def test_a_bad_card_file_says_where_and_how_to_fix(tmp_path, text, words):
    f = tmp_path / "cards.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(EvidenceError) as info:
        load_cards(f)
    assert str(info.value).startswith(f"{f}:")
    for word in words:
        assert word in str(info.value)


def test_cards_file_can_be_replaced_with_an_environment_variable(tmp_path, monkeypatch):
    f = tmp_path / "cards.yaml"
    f.write_text("- id: only\n  about: Only card\n  finding: record\n  names: [Only]\n  summary: S\n"
                 "  sources: [{publication: P, date: D, title: T}]\n", encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_EVIDENCE", str(f))
    assert [c.id for c in load_cards()] == ["only"]


def test_card_sources_link_to_web_pages_and_nothing_else():
    # trial (issue 15): source addresses were plain code-font text, and one source cited "the kit's brief"
    from medialit.analysis.evidence import Card, Source, _card_html

    cards = load_cards()
    html = _card_html(next(c for c in cards if c.id == "iraq-normalisation-law"))
    assert '<a class="ml-url" href="https://www.shafaq.com/' in html and 'rel="noopener noreferrer"' in html
    assert not any("brief" in s.title for c in cards for s in c.sources)
    odd = Card("x", "X", "record", "s", (Source("P", "2026", "T", "javascript:alert(1)"),))
    assert "<a " not in _card_html(odd) and "href" not in _card_html(odd)
