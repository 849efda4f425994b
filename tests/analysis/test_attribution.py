"""Attributions: every vague attribution in the gold, and the kinds of named sources."""

from __future__ import annotations

import pytest

from analysis_gold import KIT, evaluate, load_gold
from medialit import find_attributions
from medialit.analysis.attribution import KINDS
from medialit.corpus.loader import load_article

GOLD = load_gold()
ALL = {**GOLD["seeds"], **GOLD["test_articles"], **GOLD["held_out"]}


@pytest.mark.parametrize("article_id", sorted(ALL))
def test_every_gold_vague_attribution_is_found(article_id):
    g = ALL[article_id]
    art = load_article(KIT / g["path"])
    a = find_attributions(art)
    vague = a[a.kind == "vague"]
    for gold in g["vague"]:
        p = art.paragraph(gold["paragraph"])
        at = p.text.find(gold["words"])
        assert at >= 0, "gold words must occur verbatim"
        s, e = p.start + at, p.start + at + len(gold["words"])
        assert any(r.start < e and s < r.end for r in vague.itertuples()), gold


@pytest.mark.parametrize("group", ["seeds", "test_articles", "held_out"])
def test_vague_precision_and_recall(group):
    result = evaluate(GOLD[group])
    assert result["vague"]["recall"] == 1.0, result["misses"]
    assert result["vague"]["precision"] == 1.0, result["misses"]


def test_quote_speakers_are_named_sources():
    a = find_attributions("isfahan")
    named = a[a.kind == "named"]
    assert named.source.tolist() == ["Dr. Hamid Rezaei"]
    assert named.paragraph.tolist() == [4]


@pytest.mark.parametrize("article, cue, kind", [
    ("basra-gaza", "Israel has consistently underscored", "institution"),
    ("tests/data/articles/local-news.txt", "Department of Transportation rated", "institution"),
    ("tests/data/articles/local-news.txt", "according to a staff report", "institution"),
    ("tests/data/articles/local-news.txt", "Mendes told", "named"),
    ("tests/data/articles/heldout-wire.txt", "According to organizers", "vague"),
])
def test_kind_of_source(article, cue, kind):
    a = find_attributions(article if "/" not in article else KIT / article)
    assert a.loc[a.cue == cue, "kind"].tolist() == [kind]


def test_pronouns_resolve_to_the_last_person_named():
    a = find_attributions(KIT / "tests/data/articles/local-news.txt")
    assert a.loc[a.cue == "she said", "source"].tolist() == ["Carla Mendes"]
    assert a.loc[a.cue == "He said", "source"].tolist() == ["Luis Ortega"]  # the job title is not part of the name


def test_rows_explain_themselves_and_point_into_the_text():
    art = load_article(KIT / "articles" / "qom.txt")
    a = find_attributions(art)
    assert set(a.kind) <= set(KINDS)
    for r in a.itertuples():
        assert art.text[r.start:r.end] == r.cue
        assert r.cue in r.text  # the sentence that attributes
        assert r.reason
    assert list(a.columns) == ["article_id", "paragraph", "sentence_id", "text", "cue", "start", "end", "source",
                               "kind", "reason"]


def test_seeds_quote_named_people_in_three_articles_only():
    named = {aid: int((find_attributions(aid).kind == "named").sum()) for aid in GOLD["seeds"]}
    assert named == {"basra-forum": 2, "basra-gaza": 0, "mosul": 1, "isfahan": 1, "qom": 0}
