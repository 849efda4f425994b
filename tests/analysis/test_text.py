"""Helpers of medialit/analysis/_text.py that the analyses share: names, organisations, accents."""

from __future__ import annotations

import re

import pytest

from medialit.analysis._text import NAME, fold, is_org
from quote_cases import speakers


def test_fold_compares_names_spelt_with_and_without_accents():
    assert fold("Díaz-Balart") == fold("Diaz-Balart") == "Diaz-Balart"
    assert fold("Ana Ruiz") == "Ana Ruiz"


def test_a_name_spelt_both_ways_is_one_person(tmp_path):
    # congress-diaz-balart-i75-congestion (the forty-fourth held-out batch, once dev): "Congressman Mario Díaz-Balart"
    # in the lede, "Congressman Diaz-Balart said" at the quote
    text = ("MIAMI – Congressman Tomás Díaz-Ruiz (FL-26) presented funding.\n\nCongressman Diaz-Ruiz said, “I am proud of "
            "this.”")
    assert speakers(tmp_path, text) == ["Tomás Díaz-Ruiz"]


@pytest.mark.parametrize("name, org", [
    ("Vern Steel", False),  # (a given name, then a surname that is also a trade)
    ("Ann B. Power", False),
    ("U.S. Steel", True),
    ("Georgia Power", True),  # (a state's name before it: a company)
    ("Idaho Power", True),
    ("Lincoln Center", True),
])
def test_surnames_that_are_words_of_organisations(name, org):
    assert is_org(name) is org


def test_a_place_abbreviation_inside_a_title_before_the_name(tmp_path):
    # congress-craig-police-hiring-grants: "said South St. Paul Police Chief Brian Wicke" gave "South St"
    assert re.fullmatch(NAME, "South St. Paul Police Chief Brian Wicke")
    text = ("“We are ready,” said South St. Paul Police Chief Ana Ruiz. “It is good.”\n\n“We are ready,” said Vern "
            "Steel, NRWA Chief Operating Officer.")
    assert speakers(tmp_path, text) == ["Ana Ruiz", "Vern Steel"]


def test_a_surname_that_is_a_trade_alone_after_the_full_name(tmp_path):
    # a newcomer's release (adv67): "Vern Steel, chief operating officer, spoke. “…,” Steel said." was an organisation
    text = "Vern Steel, chief operating officer, spoke.\n\n“We will hire in June,” Steel said."
    assert speakers(tmp_path, text) == ["Vern Steel"]


def test_the_analyses_keep_their_compiled_patterns():
    """The analyses use more patterns than CPython's re keeps compiled by default (512): the kit raises the cache so a
    pattern is compiled once a process, not once an article (bench/analysis_speed.py: 36 s to 28 s for 1,000 articles)."""
    import re

    import medialit.analysis  # noqa: F401 (sets the cache size)

    assert getattr(re, "_MAXCACHE", 4096) >= 4096
