"""medialit/analysis/_frames.py: the typed tables the analyses share (the fast row reader)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis_gold import KIT
from medialit import find_attributions, find_quotes, find_seams, load_article, load_corpus, score_specificity
from medialit.analysis._frames import rows


def _same(a, b) -> bool:
    return repr(a) == repr(b) and [type(x) for t in a for x in t] == [type(x) for t in b for x in t] and \
        all(x._fields == y._fields for x, y in zip(a, b))


def test_rows_are_what_itertuples_gives():
    arts = [load_article(p) for p in sorted((KIT / "tests" / "data" / "real").glob("*.txt"))[:15]] + list(load_corpus(warn=False))
    for art in arts:
        for table in (find_quotes(art), find_attributions(art), find_seams(art), score_specificity(art)):
            assert _same(list(rows(table)), list(table.itertuples()))


def test_rows_of_missing_values_odd_names_and_an_index():
    table = pd.DataFrame({"a b": pd.array([1, None], dtype="Int64"), "class": pd.array(["x", None], dtype="string"),
                          "f": [np.nan, 2.5], "ok": [True, False], "lists": [[1, 2], []]}, index=[7, 3])
    assert _same(list(rows(table)), list(table.itertuples()))
    assert list(rows(table.iloc[:0])) == []


def test_where_kind_is_the_filtered_column_without_missing_values():
    from medialit.analysis._frames import where_kind

    table = pd.DataFrame({"kind": pd.array(["named", "vague", None, "named", "named"], dtype="string"),
                          "source": pd.array(["Ana Ruiz", "nobody named", "X", None, "Tom Berg"], dtype="string")})
    expected = table.loc[table.kind == "named", "source"].dropna().tolist()
    assert where_kind(table, "named", "source") == expected == ["Ana Ruiz", "Tom Berg"]
    for art in list(load_corpus(warn=False)):
        att = find_attributions(art)
        assert where_kind(att, "named", "source") == att.loc[att.kind == "named", "source"].dropna().tolist()
