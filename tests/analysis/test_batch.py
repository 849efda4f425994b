"""analyse_corpus: the per-article analyses over a corpus give exactly the one-article tables."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis_gold import KIT
from medialit import (KitError, analyse_corpus, find_anchors, find_attributions, find_framing, find_quotes,
                      find_seams, load_article, load_corpus, score_specificity)
from medialit.analysis import batch

ONE = {"quotes": find_quotes, "attributions": find_attributions, "seams": find_seams, "framing": find_framing,
       "specificity": score_specificity, "anchors": find_anchors}


def _expected(arts, name):
    frames = [f for f in (ONE[name](a) for a in arts) if len(f)]
    return pd.concat(frames, ignore_index=True)


@pytest.mark.parametrize("workers", [1, 2])
def test_same_tables_as_one_article_at_a_time(workers):
    arts = [load_article(p) for p in sorted((KIT / "tests" / "data" / "real").glob("*.txt"))[:8]] + list(load_corpus(warn=False))
    got = analyse_corpus(arts, workers=workers)
    assert list(got) == list(batch.ANALYSES)
    for name, table in got.items():
        pd.testing.assert_frame_equal(table, _expected(arts, name))


def test_names_and_errors():
    assert list(analyse_corpus("mosul", ["find_seams", "score_specificity", "seams"])) == ["seams", "specificity"]
    with pytest.raises(KitError, match="Did you mean 'seams'.*The analyses are: quotes"):
        analyse_corpus("mosul", "seam")


def test_no_articles_gives_empty_tables_with_the_columns():
    got = analyse_corpus([], "anchors")["anchors"]
    assert got.empty and list(got.columns) == list(find_anchors("mosul").columns)
    assert got.dtypes.to_dict() == find_anchors("mosul").dtypes.to_dict()


def test_same_tables_when_workers_receive_their_articles(monkeypatch):
    """Where workers are not forked (spawn, forkserver) they get their articles pickled: same tables."""
    import multiprocessing

    arts = list(load_corpus(warn=False))
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda *a, **k: "spawn")
    got = analyse_corpus(arts, ["seams", "quotes"], workers=2)
    for name, table in got.items():
        pd.testing.assert_frame_equal(table, _expected(arts, name))
    assert batch._SHARED == []
