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


def test_articles_pickle_compactly_and_come_back_equal():
    """Loading processes hand articles back pickled: paragraph and sentence texts are cut from the
    article text again (not stored three times), and a text that is not such a cut is kept as it was."""
    import dataclasses
    import pickle

    from medialit import load_corpus

    arts = list(load_corpus(warn=False))
    back = pickle.loads(pickle.dumps(arts))
    assert back == arts and [type(a) for a in back] == [type(a) for a in arts]
    assert all(p.sentences == q.sentences for a, b in zip(arts, back) for p, q in zip(a.paragraphs, b.paragraphs))
    for a in arts:  # each sentence's words are stored once: inside the article text
        longest = max((s for s in a.sentences), key=lambda s: len(s.text)).text
        assert pickle.dumps(a).count(longest.encode()) == 1
    odd = arts[0].paragraphs[0]
    odd = dataclasses.replace(odd, text="changed", sentences=(dataclasses.replace(odd.sentences[0], text="x"),))
    art = dataclasses.replace(arts[0], paragraphs=(odd,) + arts[0].paragraphs[1:])
    again = pickle.loads(pickle.dumps(art))
    assert again == art and again.paragraphs[0].text == "changed" and again.paragraphs[0].sentences[0].text == "x"
