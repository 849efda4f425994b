"""Helpers of medialit/analysis/_text.py that the analyses share (the fast row reader)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis_gold import KIT
from medialit import find_attributions, find_quotes, find_seams, load_corpus, score_specificity
from medialit.analysis._text import rows


def _same(a, b) -> bool:
    return repr(a) == repr(b) and [type(x) for t in a for x in t] == [type(x) for t in b for x in t] and \
        all(x._fields == y._fields for x, y in zip(a, b))


def test_rows_are_what_itertuples_gives():
    arts = list(load_corpus(KIT / "tests" / "data" / "real", warn=False))[:25] + list(load_corpus(warn=False))
    for art in arts:
        for table in (find_quotes(art), find_attributions(art), find_seams(art), score_specificity(art)):
            assert _same(list(rows(table)), list(table.itertuples()))


def test_rows_of_missing_values_odd_names_and_an_index():
    table = pd.DataFrame({"a b": pd.array([1, None], dtype="Int64"), "class": pd.array(["x", None], dtype="string"),
                          "f": [np.nan, 2.5], "ok": [True, False], "lists": [[1, 2], []]}, index=[7, 3])
    assert _same(list(rows(table)), list(table.itertuples()))
    assert list(rows(table.iloc[:0])) == []
