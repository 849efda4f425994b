"""The specificity chart: how much a reader could check, paragraph by paragraph.

One row per article, one square per paragraph. The darker the square, the more
**checkable anchors** the paragraph holds (dates, numbers, named people, named
organisations, documents; see :func:`medialit.analysis.specificity.find_anchors`). An orange
triangle marks a paragraph with a **vague time word** ("recently", "earlier this
year"). Hovering over a square lists the words behind its count, so a reader can
check the count too.

Lesson 01 uses it to put the seed articles next to the control report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd

from ._text import as_articles
from .._altair import PALETTE, alt
from ..corpus.tables import Corpus


def specificity_table(corpus: "Corpus | Iterable | str | Path | None" = None) -> pd.DataFrame:
    """Per article and paragraph: the checkable anchors and vague time words, with their words.

    ``corpus`` is a Corpus, a list of article ids (or Articles, or paths), a folder, or
    ``None`` for every article in the kit. Columns: ``article_id`` (string);
    ``paragraph`` (int64); ``n_checkable``, ``n_vague`` (int64); ``anchors``,
    ``vague`` (string: the words as written, separated by " · ", or "none").

    >>> t = specificity_table(["mosul"])
    >>> t.loc[t.paragraph == 3, ["n_checkable", "n_vague", "vague"]].values.tolist()
    [[1, 1, 'earlier this year']]
    """
    from .specificity import find_anchors

    rows = []
    for art in as_articles(corpus):
        anchors = find_anchors(art)
        for p in art.paragraphs:
            a = anchors[anchors.paragraph == p.n]
            checkable = a[a.checkable].text.tolist()
            vague = a[~a.checkable].text.tolist()
            rows.append(dict(article_id=art.id, paragraph=p.n, n_checkable=len(checkable), n_vague=len(vague),
                             anchors=" · ".join(checkable) or "none", vague=" · ".join(vague) or "none"))
    df = pd.DataFrame(rows, columns=["article_id", "paragraph", "n_checkable", "n_vague", "anchors", "vague"])
    return df.astype({"article_id": "string", "paragraph": "int64", "n_checkable": "int64", "n_vague": "int64",
                      "anchors": "string", "vague": "string"})


def specificity_chart(corpus: "Corpus | Iterable | str | Path | None" = None):
    """A chart of checkable anchors per paragraph (one row per article); returns it, never displays it.

    >>> spec = specificity_chart(["mosul", "qom"]).to_dict()
    >>> spec["title"]["text"]
    'How much could a reader check, paragraph by paragraph?'
    >>> spec["layer"][0]["encoding"]["x"]["title"], spec["layer"][0]["encoding"]["y"]["title"]
    ('Paragraph', 'Article')
    """
    a = alt()
    data = specificity_table(corpus)
    ids = list(dict.fromkeys(data.article_id.tolist()))
    data = data.assign(vague_mark=data.n_vague.gt(0).map({True: "has a vague time word", False: ""}))
    base = a.Chart(data).encode(
        x=a.X("paragraph:O", title="Paragraph", axis=a.Axis(labelAngle=0)),
        y=a.Y("article_id:N", title="Article", sort=ids),
        tooltip=[a.Tooltip("article_id:N", title="Article"), a.Tooltip("paragraph:O", title="Paragraph"),
                 a.Tooltip("n_checkable:Q", title="Checkable anchors"), a.Tooltip("anchors:N", title="Anchors"),
                 a.Tooltip("vague:N", title="Vague time words")])
    squares = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=a.Color("n_checkable:Q", title="Checkable anchors",
                      scale=a.Scale(scheme="blues", domainMin=0), legend=a.Legend(tickMinStep=1)))
    counts = base.mark_text(fontSize=11).encode(
        text=a.Text("n_checkable:Q"),
        color=a.condition("datum.n_checkable >= 5", a.value("white"), a.value("black")))
    marks = (base.transform_filter("datum.n_vague > 0")
             .mark_point(shape="triangle-up", filled=True, size=45, yOffset=-11, xOffset=11, color=PALETTE[1])
             .encode(shape=a.Shape("vague_mark:N", title="", scale=a.Scale(range=["triangle-up"]))))
    return (a.layer(squares, counts, marks)
            .properties(title=a.TitleParams("How much could a reader check, paragraph by paragraph?",
                                            subtitle="Number in each square: dates, numbers, named people, "
                                                     "organisations and documents. Orange triangle: a vague "
                                                     "time word. Hover for the words."),
                        width=a.Step(34), height=a.Step(30)))
