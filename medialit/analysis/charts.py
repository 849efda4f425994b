"""Analysis charts: the findings of the analysis toolkit as altair charts.

Every function returns a chart (it never displays it: the notebook shows it by leaving
it as the cell's last line). Colours come from the Okabe-Ito colour-blind-safe palette
(the single-hue ``blues`` scheme for amounts, ``viridis`` for ordered slots); every chart has a title and axis titles.
Charts draw offline through the renderer set once in :mod:`medialit._altair`.

>>> seam_chart("qom").to_dict()["title"]["text"]
'Where does the qom article turn away from its subject?'
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd

from ._text import as_article, as_articles
from .._altair import PALETTE, alt
from ..corpus.tables import Article, Corpus

#: Colours of the three kinds of attribution (Okabe-Ito: blue, orange, vermillion).
KIND_COLOURS = {"named": PALETTE[0], "institution": PALETTE[2], "vague": PALETTE[5]}


def seam_chart(article: "str | Path | Article"):
    """Seam score per paragraph, with the threshold line; flagged paragraphs stand out.

    >>> spec = seam_chart("mosul").to_dict()
    >>> spec["layer"][0]["encoding"]["x"]["title"]
    'Paragraph'
    """
    from .seams import SEAM_THRESHOLD, find_seams

    a = alt()
    art = as_article(article)
    data = find_seams(art)[["paragraph", "score", "flagged", "reason"]].copy()
    data["status"] = data.flagged.map({True: "flagged: turns away, takes a stance", False: "not flagged"})
    bars = (a.Chart(data).mark_bar()
            .encode(x=a.X("paragraph:O", title="Paragraph"),
                    y=a.Y("score:Q", title="Seam score (share of sentences)", scale=a.Scale(domain=[0, 1])),
                    color=a.Color("status:N", title="", scale=a.Scale(
                        domain=["not flagged", "flagged: turns away, takes a stance"], range=[PALETTE[4], PALETTE[5]])),
                    tooltip=[a.Tooltip("paragraph:O", title="Paragraph"), a.Tooltip("score:Q", title="Score"),
                             a.Tooltip("reason:N", title="Why")]))
    rule = (a.Chart(pd.DataFrame({"threshold": [SEAM_THRESHOLD]})).mark_rule(strokeDash=[4, 4], color="black")
            .encode(y=a.Y("threshold:Q", title="Seam score (share of sentences)")))
    layers = bars + rule
    subtitle = f"Dashed line: the threshold ({SEAM_THRESHOLD}); hover a bar for the words"
    if not (data.score > 0).any():  # an empty chart looks broken: say that nothing turns away (trial, issue 15)
        subtitle = f"Dashed line: the threshold ({SEAM_THRESHOLD}); no bars: no paragraph turns away (all scores 0)"
        note = pd.DataFrame({"paragraph": [int(data.paragraph.median()) if len(data) else 1], "score": [0.5]})
        layers = layers + (a.Chart(note).mark_text(fontSize=13)
                           .encode(x="paragraph:O", y="score:Q",
                                   text=a.value("Every paragraph scores 0: no paragraph turns away")))
    return layers.properties(
        title=a.TitleParams(f"Where does the {art.id} article turn away from its subject?", subtitle=subtitle),
        width=480, height=220)


def attribution_chart(corpus: "Corpus | Iterable | str | Path | None" = None):
    """How many attributions of each kind (named, institution, vague) each article makes.

    >>> attribution_chart(["mosul", "qom"]).to_dict()["encoding"]["y"]["title"]
    'Article'
    """
    from .attribution import KINDS, find_attributions

    a = alt()
    frames = [find_attributions(art) for art in as_articles(corpus)]
    ids = [art.id for art in as_articles(corpus)]
    data = pd.concat(frames) if frames else pd.DataFrame(columns=["article_id", "kind"])
    counts = (data.groupby(["article_id", "kind"]).size().rename("count").reset_index()
              if len(data) else pd.DataFrame(columns=["article_id", "kind", "count"]))
    return (a.Chart(counts).mark_bar()
            .encode(y=a.Y("article_id:N", title="Article", sort=ids),
                    x=a.X("count:Q", title="Attributions (sentences that credit a source)"),
                    color=a.Color("kind:N", title="Source", scale=a.Scale(domain=list(KINDS),
                                                                          range=list(KIND_COLOURS.values()))),
                    tooltip=[a.Tooltip("article_id:N", title="Article"), a.Tooltip("kind:N", title="Source"),
                             a.Tooltip("count:Q", title="Count")])
            .properties(title=a.TitleParams("Who do the articles say their claims come from?",
                                            subtitle="Vague: a crowd, a circle or nobody a reader could ask"),
                        width=480, height=max(120, 28 * len(ids))))


def shared_phrase_chart(corpus: "Corpus | Iterable | str | Path | None" = None, *, top: int = 25):
    """Which shared phrases appear in which articles (the ``top`` phrases used by most articles).

    >>> shared_phrase_chart(["basra-forum", "mosul", "qom"], top=5).to_dict()["encoding"]["x"]["title"]
    'Article'
    """
    from .template import shared_phrases

    a = alt()
    p = shared_phrases(corpus)
    ranked = (p.drop_duplicates("phrase").sort_values(["n_articles", "n_words"], ascending=False)
              .head(top).phrase.tolist())
    data = (p[p.phrase.isin(ranked)].groupby(["phrase", "article_id"]).size().rename("times").reset_index())
    order = [i for i in dict.fromkeys(art.id for art in as_articles(corpus)) if i in set(data.article_id)]
    most = int(data.times.max()) if len(data) else 1
    # once is a clearly visible blue, not near-white; whole numbers in the legend (trial, issue 15)
    return (a.Chart(data).mark_square(size=140, opacity=1)
            .encode(x=a.X("article_id:N", title="Article", sort=order),
                    y=a.Y("phrase:N", title="Phrase", sort=ranked),
                    color=a.Color("times:Q", title="Times used",
                                  scale=a.Scale(domain=[1, max(most, 2)],
                                                scheme=a.SchemeParams(name="blues", extent=[0.45, 1])),
                                  legend=a.Legend(format="d", values=list(range(1, max(most, 2) + 1)))),
                    tooltip=[a.Tooltip("phrase:N", title="Phrase"), a.Tooltip("article_id:N", title="Article"),
                             a.Tooltip("times:Q", title="Times")])
            .properties(title=a.TitleParams("The same phrases in different articles",
                                            subtitle="Each square: the phrase appears in that article"),
                        width=60 * max(1, data.article_id.nunique()), height=16 * max(1, len(ranked))))


def similarity_chart(corpus: "Corpus | Iterable | str | Path | None" = None):
    """A heatmap of how alike every pair of articles is (0 to 1).

    >>> similarity_chart(["mosul", "qom"]).to_dict()["layer"][0]["encoding"]["color"]["title"]
    'Similarity'
    """
    from .template import article_similarity

    a = alt()
    data = article_similarity(corpus)
    order = list(dict.fromkeys(data.article_a))
    base = a.Chart(data).encode(x=a.X("article_b:N", title="Article", sort=order),
                                y=a.Y("article_a:N", title="Article", sort=order))
    heat = base.mark_rect().encode(
        color=a.Color("similarity:Q", title="Similarity", scale=a.Scale(scheme="blues", domain=[0, 1])),
        tooltip=[a.Tooltip("article_a:N", title="Article"), a.Tooltip("article_b:N", title="Compared with"),
                 a.Tooltip("similarity:Q", title="Similarity", format=".2f")])
    text = base.mark_text(fontSize=10).encode(
        text=a.Text("similarity:Q", format=".2f"),
        color=a.condition("datum.similarity > 0.6", a.value("white"), a.value("black")))
    return (heat + text).properties(
        title=a.TitleParams("How alike are the articles?",
                            subtitle="Cosine similarity of their words, city names masked (1 = identical)"),
        width=42 * len(order), height=42 * len(order))


def template_chart(corpus: "Corpus | Iterable | str | Path | None" = None, *, reference: str | None = None):
    """Each article's paragraphs, coloured by the template slot they match; flagged seams outlined.

    >>> template_chart(["basra-forum", "mosul"]).to_dict()["layer"][0]["encoding"]["x"]["title"]
    'Paragraph'
    """
    from .seams import find_seams
    from .template import align_template

    a = alt()
    arts = as_articles(corpus)
    data = align_template(arts, reference=reference)
    seams = pd.concat([find_seams(art)[["article_id", "paragraph", "flagged"]] for art in arts])
    data = data.merge(seams, on=["article_id", "paragraph"], how="left")
    data["slot_label"] = data.slot_label.fillna("no match")
    data["seam"] = data.flagged.map({True: "flagged seam", False: ""})
    ids = [art.id for art in arts]
    base = a.Chart(data).encode(x=a.X("paragraph:O", title="Paragraph"),
                                y=a.Y("article_id:N", title="Article", sort=ids))
    cells = base.mark_rect().encode(
        color=a.Color("slot:O", title=f"Slot (paragraph of {data.reference.iloc[0]})",
                      scale=a.Scale(scheme="viridis")),
        tooltip=[a.Tooltip("article_id:N", title="Article"), a.Tooltip("paragraph:O", title="Paragraph"),
                 a.Tooltip("slot_label:N", title="Matches slot"),
                 a.Tooltip("similarity:Q", title="How well", format=".2f")])
    # the slot number in each square: neighbouring slots have near colours (trial, issue 15)
    middle = float(data.slot.max()) / 2 if data.slot.notna().any() else 0.0
    numbers = base.mark_text(fontSize=11).encode(
        text=a.Text("slot:O"), color=a.condition(f"datum.slot > {middle}", a.value("black"), a.value("white")))
    outline = base.transform_filter("datum.flagged").mark_rect(fill=None, stroke="black", strokeWidth=2.5)
    return (cells + numbers + outline).properties(
        title=a.TitleParams("Which template slot does each paragraph fill?",
                            subtitle="Same number and colour = same move; black outline = a flagged seam"),
        width=40 * int(data.paragraph.max()), height=30 * len(ids))


def paragraph_lengths(corpus=None, kinds=("seed",)):
    """A chart of paragraph lengths (words) by position, one line per article.

    Articles built on one template rise and fall together. ``kinds`` picks which
    articles to draw (default: the five seeds; ``None`` for all).

    >>> chart = paragraph_lengths()
    >>> chart.to_dict()["title"]["text"]
    'How long is each paragraph?'
    """
    from ..corpus.loader import load_corpus

    a = alt()
    corpus = corpus if corpus is not None else load_corpus(warn=False)
    data = corpus.paragraphs.merge(corpus.articles[["article_id", "kind"]], on="article_id")
    if kinds is not None:
        data = data[data.kind.isin(list(kinds))]
    data = data[["article_id", "kind", "n", "n_words"]]
    return (a.Chart(data)
            .mark_line(point=True)
            .encode(x=a.X("n:O", title="Paragraph number", axis=a.Axis(labelAngle=0)),
                    y=a.Y("n_words:Q", title="Words in the paragraph"),
                    color=a.Color("article_id:N", title="Article", sort=list(corpus.ids),
                                  scale=a.Scale(range=PALETTE)),
                    tooltip=[a.Tooltip("article_id:N", title="Article"), a.Tooltip("n:O", title="Paragraph"),
                             a.Tooltip("n_words:Q", title="Words")])
            .properties(title=a.TitleParams("How long is each paragraph?",
                                            subtitle="Words in each paragraph, by its position in the article"),
                        width=520, height=260))
