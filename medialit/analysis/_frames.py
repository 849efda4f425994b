"""Frames: the small typed tables every analysis returns, built and read fast.

An analysis of one article builds a few tables of a few rows, thousands of times over a corpus: :func:`typed` builds
one with exactly its columns and dtypes (even when empty), :func:`rows` reads its rows as ``itertuples`` would, and
:func:`where_kind` picks one column of the rows of a kind, each without pandas' per-call checks that cost more than
the rows.
"""

from __future__ import annotations

from collections import namedtuple
from functools import lru_cache

import numpy as np
import pandas as pd


_STRING = pd.StringDtype()
_STRING_ARRAY = _STRING.construct_array_type()


def typed(rows: list[dict], columns: dict[str, str]) -> pd.DataFrame:
    """A DataFrame with exactly ``columns`` (name -> dtype), in that order, even when empty."""
    data = {}
    n = len(rows)
    for col, dtype in columns.items():
        values = [r.get(col) for r in rows]
        if dtype in ("int64", "float64", "bool"):
            data[col] = np.array(values, dtype=dtype)
        elif dtype == "object":
            arr = np.empty(n, dtype=object)
            for i, v in enumerate(values):  # one by one: lists of equal length must stay lists
                arr[i] = v
            data[col] = arr
        elif dtype == "string":  # what pd.array(values, dtype="string") builds, without looking up the dtype
            data[col] = _STRING_ARRAY._from_sequence(values, dtype=_STRING)
        else:
            data[col] = pd.array(values, dtype=dtype)
    if _FROM_ARRAYS is not None:  # the same frame as pd.DataFrame(data) from arrays of equal length, checked
        # once here, built without the checks that cost more than the rows (analyses build thousands)
        return _FROM_ARRAYS(list(data.values()), columns=_columns(tuple(data)).view(), index=pd.RangeIndex(n),
                            verify_integrity=False)
    return pd.DataFrame(data, copy=False)


@lru_cache(maxsize=64)
def _row_type(columns: tuple):
    return namedtuple("Pandas", ("Index",) + columns, rename=True)


_COLUMN_ARRAYS = hasattr(pd.DataFrame, "_iter_column_arrays")


def rows(table: pd.DataFrame):
    """The rows of ``table`` as ``table.itertuples()`` gives them (same named tuples, same values and
    types), about three times faster on the small tables of one article: each column is read once
    and the tuple type is made once per set of columns, not once per call.
    """
    arrays = [table.index.tolist()]
    # (each column's array as stored, read only, without building a Series per column)
    columns = table._iter_column_arrays() if _COLUMN_ARRAYS else (
        c.to_numpy() if isinstance(c.dtype, np.dtype) else c.array for _, c in table.items())
    for column in columns:
        # numpy columns give Python scalars (as iterating a Series does); others their own elements
        arrays.append(column.tolist() if isinstance(column, np.ndarray) else list(column))
    return map(_row_type(tuple(table.columns))._make, zip(*arrays))


def where_kind(table: pd.DataFrame, kind: str, column: str) -> list:
    """``column`` of the rows whose ``kind`` is ``kind``, in order, missing values left out: what
    ``table.loc[table.kind == kind, column].dropna().tolist()`` gives, without building Series."""
    return [v for k, v in zip(table["kind"].tolist(), table[column].tolist())
            if isinstance(k, str) and k == kind and not (v is pd.NA or v is None or v != v)]


@lru_cache(maxsize=256)
def _columns(names: tuple) -> pd.Index:
    """The column labels of a table, made once per set of columns; each table gets a view of it (its own
    object, so renaming one table's columns index never renames another's), 30 times cheaper to make."""
    return pd.Index(list(names))


#: pandas' constructor from a list of column arrays (pandas 1 to 3); None in a pandas without it.
_FROM_ARRAYS = getattr(pd.DataFrame, "_from_arrays", None)
