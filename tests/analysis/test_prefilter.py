"""_prefilter: a pattern is skipped only where it cannot match, so the analyses find exactly the same."""

from __future__ import annotations

import re
import sys

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis_gold import KIT
from medialit import find_attributions, load_corpus
from medialit.analysis import _prefilter, according, attribution, sources
from medialit.analysis._prefilter import fold, may_match, needs

PATTERNS = [rx for rx, _, _ in attribution._VAGUE] + [
    sources._PERSON_SAYS, sources._PERSON_TEXT, sources._SAID_PERSON, sources._ORG_SAYS,
    sources._STATEMENT_FROM, according._ACCORDING_DOC, according._ACCORDING_POLICE]


def test_case_folding_is_sound_for_every_character():
    """re.IGNORECASE matches a piece's character c to a text character t only where fold(t) == fold(c)."""
    pieces = [chr(c) for c in range(0x20, 0x7F)] + list("’‘“”")
    any_piece = re.compile("[" + re.escape("".join(pieces)) + "]", re.I)
    candidates = [chr(c) for c in range(sys.maxunicode + 1) if any_piece.fullmatch(chr(c))]
    for t in candidates:
        for c in pieces:
            if re.fullmatch(re.escape(c), t, re.I):
                assert fold(t) == fold(c), (c, t)
    assert fold("İSTANBUL ıstanbul") == "istanbul istanbul"


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\bsaid\b", 0, {"said"}),
    (r"(?:many|some)\s+(?:analysts|experts)", re.I, {"analysts", "experts"}),
    (r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:seen|viewed)\b", 0, {"seen", "viewed"}),
    (r"(?:reportedly)?\s*x", 0, {"x"}),
    (r"[A-Z]\w+\s+said", 0, {"said"}),
    (r"a+b", 0, {"a"}),
])
def test_needs_gives_the_pieces_every_match_holds(pattern, flags, expected):
    assert needs(re.compile(pattern, flags)) == expected


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:said)?", r"said|\d+", r"(?=said)\w", r"(\w)\1", r"."])
def test_needs_says_none_when_it_cannot_tell(pattern):
    assert needs(re.compile(pattern)) is None
    assert may_match(re.compile(pattern), "")


def test_only_ascii_pieces():
    assert needs(re.compile("événement")) == {"nement"}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("aeiorsdtnlyAEIOSDTNLY ’'-.,İıſK") + [
    "said ", "SAİD ", "ſaid ", "Experts ", " reportedly", "many in ", "Basra ", "the media", "according to ",
    "officials ", "Lina Voss", "’s speech ", "argued ", "a statement from ", "estimates suggest", "some say"]),
    max_size=25).map("".join))
def test_never_false_where_the_pattern_matches(text):
    low = fold(text)
    for rx in PATTERNS:
        if rx.search(text):
            assert may_match(rx, low), (rx.pattern[:60], text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["said ", "Experts ", "many in ", "the media", "a", " ", "officials ",
                                          "according to ", "estimates suggest", "SAİD ", "x"]), max_size=8)
                .map("".join), max_size=6))
def test_parts_answer_as_within_does_for_each_part(parts):
    folded = [fold(p) for p in parts]
    by_number, whole = _prefilter.Parts(folded), _prefilter.Within(fold(" ".join(parts)))
    todo = by_number.todo(PATTERNS)
    for k, low in enumerate(folded):
        for i, rx in enumerate(PATTERNS):
            assert by_number.may_match_at(rx, k) == (i in todo[k])
            if rx.search(parts[k]):
                assert by_number.may_match_at(rx, k) and whole.may_match(rx, low)


def test_attributions_are_the_same_without_the_prefilter(monkeypatch):
    arts = list(load_corpus(KIT / "tests" / "data" / "real", warn=False)) + list(load_corpus(warn=False))
    some = arts[::max(1, len(arts) // 160)]  # about 160 of them, for time (every source kind); more sentences are checked below
    fast = [find_attributions.__wrapped__(a) for a in some]
    monkeypatch.setattr(_prefilter.Parts, "where", lambda self, rx: None)  # every pattern in every sentence
    slow = [find_attributions.__wrapped__(a) for a in some]
    for a, f, s in zip(some, fast, slow):
        pd.testing.assert_frame_equal(f, s, obj=a.id)
    for a in arts[1::max(2, len(arts) // 400)]:  # and every sentence the patterns match is one the prefilter lets through
        # (about 400 articles, every source kind, a fixed cost however the corpus grows)
        whole = _prefilter.Within(fold(a.text))
        for s in a.sentences:
            low = _prefilter.fold(s.text)
            assert all(may_match(rx, low) and whole.may_match(rx, low) for rx in PATTERNS if rx.search(s.text)), s.id


def test_remembered_tables_are_not_changed_by_a_caller():
    """memo hands out (shallow, copy-on-write) copies: changing one never changes the next result."""
    from medialit import find_anchors, find_quotes

    for func in (find_attributions, find_quotes, find_anchors):
        first = func("basra-forum")
        expected = first.copy(deep=True)
        first.iloc[0, 0] = "changed"
        first.loc[:, first.columns[1]] = first.iloc[::-1, 1].to_numpy()
        first["extra"] = 1
        pd.testing.assert_frame_equal(func("basra-forum"), expected)


def test_framing_is_the_same_without_the_prefilter(monkeypatch):
    from medialit import find_framing

    arts = list(load_corpus(KIT / "tests" / "data" / "real", warn=False))[::3] + list(load_corpus(warn=False))
    fast = [find_framing(a) for a in arts]
    monkeypatch.setattr(_prefilter.Parts, "where", lambda self, rx: None)  # every pattern in every sentence
    for a, f in zip(arts, fast):
        pd.testing.assert_frame_equal(f, find_framing(a), obj=a.id)


def test_parts_where_is_exactly_the_parts_holding_a_piece():
    """The four-character filter of Parts (_FOURS) only saves looking: the parts are those a plain search finds."""
    arts = list(load_corpus(KIT / "tests" / "data" / "real", warn=False))[:40]
    texts = [[fold(s.text) for s in a.sentences] for a in arts] + [["ab", "", "said"], ["şaid ıs", "SAİD"]]
    for folded in texts:
        parts = _prefilter.Parts(folded)
        for rx in PATTERNS:
            pieces = needs(rx)
            expected = None if pieces is None else {k for k, p in enumerate(folded) if any(x in p for x in pieces)}
            assert parts.where(rx) == expected, rx.pattern[:60]
