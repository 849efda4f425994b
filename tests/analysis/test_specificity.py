"""Specificity: checkable anchors against vague time words."""

from __future__ import annotations

import pytest

from analysis_gold import KIT
from medialit import find_anchors, score_specificity

SEEDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]


def test_no_seed_has_a_date():
    for aid in SEEDS:
        assert int(score_specificity(aid).n_dates.sum()) == 0, aid


@pytest.mark.parametrize("article, paragraph, words", [
    ("basra-forum", 4, "recently"), ("basra-gaza", 1, "Over recent years"), ("mosul", 1, "recently"),
    ("mosul", 3, "earlier this year"), ("isfahan", 3, "last year")])
def test_vague_time_words_in_the_seeds(article, paragraph, words):
    a = find_anchors(article)
    assert words in a.loc[(a.kind == "vague time") & (a.paragraph == paragraph), "text"].tolist()


def test_an_ordinary_report_is_full_of_anchors():
    a = find_anchors(KIT / "tests/data/articles/local-news.txt")
    kinds = a.kind.value_counts().to_dict()
    assert kinds["date"] >= 8 and kinds["number"] >= 8 and kinds["person"] >= 3 and kinds["document"] >= 2
    assert "March 14, 2024" in a.text.tolist() and "$4.2 million" in a.text.tolist()
    assert "Department of Transportation" in a.text.tolist()
    report = score_specificity(KIT / "tests/data/articles/local-news.txt").n_checkable.sum()
    seeds = max(score_specificity(aid).n_checkable.sum() for aid in SEEDS)
    assert report > 3 * seeds


def test_named_people_and_organisations():
    a = find_anchors("basra-forum")
    assert "Dr. Haneen Al-Maliki" in a.loc[a.kind == "person", "text"].tolist()
    assert "Basra Peace Forum" in a.loc[a.kind == "organisation", "text"].tolist()


def test_offsets_columns_and_scores():
    from medialit.analysis._text import as_article

    art = as_article("mosul")
    a = find_anchors(art)
    for r in a.itertuples():
        assert art.text[r.start:r.end] == r.text
        assert r.checkable == (r.kind != "vague time")
    s = score_specificity(art)
    assert len(s) == len(art.paragraphs)
    assert s.specificity.between(0, 1).all()
    assert list(s.columns) == ["article_id", "paragraph", "n_dates", "n_numbers", "n_people", "n_organisations",
                               "n_documents", "n_vague", "n_checkable", "specificity"]
