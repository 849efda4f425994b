"""Corpus tables as a notebook shows them (medialit/corpus/tables.py)."""

from __future__ import annotations


def test_notebook_tables_align_text_left_and_show_missing_text_blank():
    # trial (issue 15): sentences right-aligned (ragged to read) and "<NA>" where a quote has no description
    import pandas as pd

    from medialit.corpus.tables import text_left_html

    df = pd.DataFrame({"paragraph": [3, 9], "speaker": ["Dr. A", "Dr. A"],
                       "description": pd.array(["director", pd.NA], dtype="string")})
    html = text_left_html(df)
    assert "td:nth-child(3)," in html and "td:nth-child(4)," in html and "nth-child(2)" not in html
    assert "NA&gt;" not in html and "<NA>" not in html and "None" not in html
    assert df["description"].isna().sum() == 1  # the table itself is unchanged
    numbers = pd.DataFrame({"n": [1, 2]})
    assert text_left_html(numbers) == numbers._repr_html_()
