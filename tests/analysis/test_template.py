"""Template: shared phrases, similarity, alignment and near-duplicate clustering."""

from __future__ import annotations

import pandas as pd
import pytest

from medialit import (align_template, article_similarity, cluster_templates, paragraph_similarity,
                      shared_phrases)
from medialit.analysis._text import as_articles

SEEDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]


def test_brief_phrases_are_shared_with_where_they_occur():
    p = shared_phrases(SEEDS)
    phrases = set(p.phrase)
    for phrase in ["a beacon of hope", "a testament to", "mutual respect", "cultural diplomacy", "bridging divides"]:
        assert any(phrase in x for x in phrases), phrase
    arts = {a.id: a for a in as_articles(SEEDS)}
    for r in p.itertuples():
        assert arts[r.article_id].text[r.start:r.end] == r.text
        assert r.n_articles >= 2
    counts = p.groupby("phrase").article_id.nunique()
    declared = p.drop_duplicates("phrase").set_index("phrase").n_articles
    assert (counts == declared.reindex(counts.index)).all()


def test_only_maximal_phrases_are_kept():
    p = shared_phrases(SEEDS)
    assert "a beacon of hope" in set(p.phrase) and "beacon of hope" not in set(p.phrase)


def test_article_similarity_is_a_symmetric_square():
    s = article_similarity(SEEDS)
    m = s.pivot(index="article_a", columns="article_b", values="similarity")
    assert m.shape == (5, 5)
    assert (m.values.diagonal() == 1).all()
    assert ((m - m.T).abs() < 1e-9).all().all()
    assert m.loc["basra-forum", "basra-gaza"] > 0.1  # one template, different words


def test_paragraph_similarity_pairs_different_articles():
    s = paragraph_similarity(["basra-forum", "mosul"])
    assert len(s) == 2 * 10 * 10
    assert s.similarity.between(0, 1).all()
    assert (s.article_a != s.article_b).all()


def test_alignment_puts_every_paragraph_somewhere_and_finds_the_israel_slot():
    a = align_template(SEEDS, reference="basra-forum")
    assert len(a) == 10 + 9 + 10 + 11 + 10
    israel = a[(a.article_id == "isfahan") & a.paragraph.isin([7, 8])]
    assert set(israel.slot) <= {5, 6}
    assert a[a.article_id == "basra-forum"].slot.tolist() == list(range(1, 11))
    with pytest.raises(ValueError, match="basra-forum"):
        align_template(SEEDS, reference="nowhere")


def test_cluster_templates_groups_copies_and_separates_different_articles():
    texts = {a.id: a.text for a in as_articles(SEEDS)}
    for aid, text in list(texts.items()):  # a copy of each seed with another city and a changed word
        city = {"basra-forum": "Basra", "basra-gaza": "Basra", "mosul": "Mosul", "isfahan": "Isfahan",
                "qom": "Qom"}[aid]
        texts[aid + "-copy"] = text.replace(city, "Shiraz").replace("peace", "calm", 1)
    c = cluster_templates(pd.Series(texts), features="shingles")  # near-copies: 3-word sequences
    assert (c.cluster_size == 2).all()
    for aid in SEEDS:
        row = c.set_index("article_id").loc[aid]
        assert row.closest == aid + "-copy" and row.closest_similarity > 0.5
    assert c.cluster.nunique() == 5


def test_cluster_templates_on_the_seeds_finds_one_family_but_no_near_copies():
    c = cluster_templates(SEEDS)
    assert (c.cluster_size == 5).all()  # paraphrased variants of one template (issue 12)
    assert (cluster_templates(SEEDS, features="shingles").cluster_size == 1).all()  # none is a copy
    with pytest.raises(ValueError, match="features"):
        cluster_templates(SEEDS, features="letters")
    with pytest.raises(ValueError, match="threshold"):
        cluster_templates(SEEDS, threshold=1.5)


def test_inputs_are_not_changed():
    texts = pd.Series({"a": "one two three four", "b": "one two three four"})
    before = texts.copy()
    cluster_templates(texts)
    assert texts.equals(before)


@pytest.mark.parametrize("method", ["exact", "minhash"])
def test_both_methods_agree_on_copies(method):
    texts = {a.id: a.text for a in as_articles(SEEDS)}
    texts.update({k + "-copy": v.replace("the", "a", 3) for k, v in list(texts.items())})
    c = cluster_templates(pd.Series(texts), method=method, features="shingles").set_index("article_id")
    for aid in SEEDS:
        assert c.loc[aid, "cluster"] == c.loc[aid + "-copy", "cluster"]
    assert c.cluster.nunique() == 5
    with pytest.raises(ValueError, match="exact"):
        cluster_templates(SEEDS, method="fast")
