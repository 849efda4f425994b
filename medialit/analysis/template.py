"""Template: what articles share with each other, and which ones were built from one template.

Articles written from one template share phrases ("a beacon of hope", "testament to"),
follow the same order of paragraphs, and differ mostly in the names. This module
measures that, across any set of articles:

- :func:`shared_phrases`: word sequences found in two or more articles, with where they occur;
- :func:`article_similarity`, :func:`paragraph_similarity`: how alike two texts are (0 to 1);
- :func:`align_template`: each paragraph matched to the slot of a reference article it most resembles;
- :func:`cluster_templates` (in :mod:`.families`): template families in a large collection, paraphrased
  variants included (MinHash from the ``datasketch`` library; see ``BENCHMARKS.md``).

Similarity here is the cosine of TF-IDF word vectors: 1 means the same words in the same
proportions, 0 means no word in common; words every text uses count little. Names that
change from article to article (the city) are replaced by a placeholder first, so that
two copies of a template with different cities still look alike.

>>> seeds = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]
>>> p = shared_phrases(seeds)
>>> "a beacon of hope" in set(p.phrase)
True
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from ._text import STOPWORDS, WORD_RE, as_articles, norm, stem, typed
from .families import CLUSTER_COLUMNS, cluster_templates  # noqa: F401  (part of the template tools)
from ..corpus.tables import Article, Corpus

_NAME = "§name"

#: Columns of :func:`shared_phrases`.
PHRASE_COLUMNS = {"phrase": "string", "n_words": "int64", "n_articles": "int64", "article_id": "string",
                  "paragraph": "int64", "start": "int64", "end": "int64", "text": "string"}
#: Columns of :func:`align_template`.
ALIGN_COLUMNS = {"article_id": "string", "paragraph": "int64", "position": "float64", "slot": "Int64",
                 "slot_label": "string", "similarity": "float64", "reference": "string"}


def _tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    return [(norm(m.group()), m.start() + offset, m.end() + offset) for m in WORD_RE.finditer(text)]


_EDGE = frozenset("and or but the a an of in with as that which for by on at from its their this these is are "
                  "was were be been has have".split())


def _phrase_ok(g: tuple) -> bool:
    """A phrase worth showing: two content words (or three words with one), no dangling ends."""
    content = sum(w not in STOPWORDS for w in g)
    if g[-1] in _EDGE or g[0] in ("and", "or", "but", "of", "to"):
        return False
    return content >= 2 or (content == 1 and len(g) >= 3) or (len(g) == 1 and content == 1)


def shared_phrases(corpus: "Corpus | Iterable | str | Path | None" = None, *, min_words: int = 2,
                   max_words: int = 8, min_articles: int = 2) -> pd.DataFrame:
    """Word sequences (``min_words`` to ``max_words`` long) found in ``min_articles`` or more articles.

    ``corpus`` is a Corpus, a folder, a list of ids/paths/Articles, or ``None`` (the kit's
    articles). Only the longest shared sequence is kept ("a beacon of hope", not also
    "beacon of hope"), and a phrase needs at least one word that is not a stop word.
    One row per occurrence (tidy); columns:

    ``phrase`` (string, lower case); ``n_words`` (int64); ``n_articles`` (int64): how many
    articles use it; ``article_id`` (string); ``paragraph`` (int64); ``start``, ``end`` (int64):
    offsets into that article's text; ``text`` (string): the words as written there.

    >>> p = shared_phrases(["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"])
    >>> p.loc[p.phrase == "a beacon of hope", ["article_id", "paragraph"]].values.tolist()
    [['basra-forum', 10], ['basra-gaza', 8], ['mosul', 10]]
    """
    if min_words < 1 or max_words < min_words:
        raise ValueError(f"need 1 <= min_words <= max_words, got min_words={min_words}, max_words={max_words}")
    arts = as_articles(corpus)
    if min_articles < 2 or min_articles > max(len(arts), 2):
        raise ValueError(f"min_articles must be between 2 and the number of articles ({len(arts)}), "
                         f"not {min_articles}")
    # per article: tokens per paragraph (n-grams never cross a paragraph)
    toks = {a.id: [(p.n, _tokens(p.text, p.start)) for p in a.paragraphs] for a in arts}
    where: dict[tuple, set] = defaultdict(set)
    for aid, paras in toks.items():
        for _, t in paras:
            words = [w for w, _, _ in t]
            for n in range(min_words, max_words + 1):
                for i in range(len(words) - n + 1):
                    where[tuple(words[i:i + n])].add(aid)
    shared = {g: ids for g, ids in where.items() if len(ids) >= min_articles and _phrase_ok(g)}
    # keep maximal phrases: drop a phrase contained in a longer shared phrase used by the same articles
    keep = set(shared)
    for g in sorted(shared, key=len, reverse=True):
        if g not in keep:
            continue
        for n in range(len(g) - 1, min_words - 1, -1):
            for i in range(len(g) - n + 1):
                sub = g[i:i + n]
                if sub in keep and shared[sub] == shared[g]:
                    keep.discard(sub)
    rows = []
    by_len = defaultdict(set)
    for g in keep:
        by_len[len(g)].add(g)
    arts_by_id = {a.id: a for a in arts}
    for aid, paras in toks.items():
        for pn, t in paras:
            words = [w for w, _, _ in t]
            for n, grams in by_len.items():
                for i in range(len(words) - n + 1):
                    g = tuple(words[i:i + n])
                    if g in grams:
                        s, e = t[i][1], t[i + n - 1][2]
                        rows.append(dict(phrase=" ".join(g), n_words=n, n_articles=len(shared[g]), article_id=aid,
                                         paragraph=pn, start=s, end=e, text=arts_by_id[aid].text[s:e]))
    rows.sort(key=lambda r: (-r["n_articles"], -r["n_words"], r["phrase"], r["article_id"], r["start"]))
    return typed(rows, PHRASE_COLUMNS)


def _varying_names(arts: list[Article]) -> set[str]:
    """Capitalised words used in only one article (the city, the people): masked before comparing."""
    seen: dict[str, set] = defaultdict(set)
    for a in arts:
        for s in a.sentences:
            for i, m in enumerate(WORD_RE.finditer(s.text)):
                if i > 0 and m.group()[0].isupper():
                    seen[norm(m.group())].add(a.id)
    if len(arts) < 2:
        return set()
    return {w for w, ids in seen.items() if len(ids) == 1}


def _bags(texts: list[str], varying: set[str]) -> list[Counter]:
    out = []
    for t in texts:
        words = [_NAME if w in varying else w for w, _, _ in _tokens(t)]
        out.append(Counter(w if w == _NAME else stem(w) for w in words if w not in STOPWORDS))
    return out


def _tfidf(bags: list[Counter]):
    """Rows of unit-length TF-IDF vectors (scipy sparse) for a list of word counts."""
    import scipy.sparse as sp

    vocab: dict[str, int] = {}
    df: Counter = Counter()
    for b in bags:
        df.update(b.keys())
    n = len(bags)
    rows, cols, vals = [], [], []
    for r, b in enumerate(bags):
        for w, c in b.items():
            j = vocab.setdefault(w, len(vocab))
            rows.append(r)
            cols.append(j)
            vals.append((1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1))
    m = sp.csr_matrix((vals, (rows, cols)), shape=(n, max(len(vocab), 1)))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sp.diags(1 / norms) @ m


def article_similarity(corpus: "Corpus | Iterable | str | Path | None" = None) -> pd.DataFrame:
    """How alike every pair of articles is (cosine of TF-IDF word vectors, names masked; 0 to 1).

    One row per ordered pair, the article with itself included (so it pivots into a square
    table); columns: ``article_a``, ``article_b`` (string); ``similarity`` (float64).

    >>> s = article_similarity(["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"])
    >>> s.pivot(index="article_a", columns="article_b", values="similarity").shape
    (5, 5)
    >>> float(s.query("article_a == 'mosul' and article_b == 'mosul'").similarity.iloc[0])
    1.0
    """
    arts = as_articles(corpus)
    varying = _varying_names(arts)
    m = _tfidf(_bags([a.text for a in arts], varying))
    sim = np.clip((m @ m.T).toarray(), 0, 1)
    rows = [dict(article_a=a.id, article_b=b.id, similarity=round(float(sim[i, j]), 4))
            for i, a in enumerate(arts) for j, b in enumerate(arts)]
    return typed(rows, {"article_a": "string", "article_b": "string", "similarity": "float64"})


def paragraph_similarity(corpus: "Corpus | Iterable | str | Path | None" = None, *,
                         min_similarity: float = 0.0) -> pd.DataFrame:
    """How alike every pair of paragraphs from *different* articles is (0 to 1).

    One row per pair with similarity at least ``min_similarity``; columns:
    ``article_a`` (string), ``paragraph_a`` (int64), ``article_b`` (string), ``paragraph_b`` (int64),
    ``similarity`` (float64).

    >>> s = paragraph_similarity(["mosul", "qom"], min_similarity=0.3)
    >>> bool((s.article_a != s.article_b).all())
    True
    """
    arts = as_articles(corpus)
    varying = _varying_names(arts)
    paras = [(a.id, p.n, p.text) for a in arts for p in a.paragraphs]
    m = _tfidf(_bags([t for _, _, t in paras], varying))
    sim = (m @ m.T).tocoo()
    rows = []
    for i, j, v in zip(sim.row, sim.col, sim.data):
        if paras[i][0] != paras[j][0] and v >= min_similarity:
            rows.append(dict(article_a=paras[i][0], paragraph_a=paras[i][1], article_b=paras[j][0],
                             paragraph_b=paras[j][1], similarity=round(float(min(v, 1.0)), 4)))
    if min_similarity <= 0:  # pairs with no word in common are 0, not missing
        have = {(r["article_a"], r["paragraph_a"], r["article_b"], r["paragraph_b"]) for r in rows}
        for a in paras:
            for b in paras:
                if a[0] != b[0] and (a[0], a[1], b[0], b[1]) not in have:
                    rows.append(dict(article_a=a[0], paragraph_a=a[1], article_b=b[0], paragraph_b=b[1],
                                     similarity=0.0))
    rows.sort(key=lambda r: (r["article_a"], r["paragraph_a"], r["article_b"], r["paragraph_b"]))
    return typed(rows, {"article_a": "string", "paragraph_a": "int64", "article_b": "string",
                        "paragraph_b": "int64", "similarity": "float64"})


def align_template(corpus: "Corpus | Iterable | str | Path | None" = None, *, reference: str | None = None,
                   min_similarity: float = 0.05) -> pd.DataFrame:
    """Match each paragraph to the slot of a reference article it most resembles.

    The reference is the article most like all the others (or the id given as
    ``reference``); its paragraphs are the template's slots, numbered 1, 2, ... A paragraph
    whose best match is below ``min_similarity`` gets no slot (<NA>). Reading down a slot
    shows the same move made in every article; reading across shows where each article
    put it. One row per paragraph; columns:

    ``article_id`` (string); ``paragraph`` (int64); ``position`` (float64, 0 = first paragraph,
    1 = last); ``slot`` (Int64): the reference paragraph it matches; ``slot_label`` (string):
    the start of that reference paragraph; ``similarity`` (float64): how well it matches;
    ``reference`` (string): the reference article's id.

    >>> seeds = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]
    >>> a = align_template(seeds, reference="basra-forum")
    >>> a.query("article_id == 'isfahan' and paragraph in [7, 8]").slot.tolist()  # the Israel slot
    [5, 5]
    """
    arts = as_articles(corpus)
    ids = [a.id for a in arts]
    if reference is not None and reference not in ids:
        raise ValueError(f"reference {reference!r} is not one of the articles: {', '.join(ids)}")
    varying = _varying_names(arts)
    paras = [(a, p) for a in arts for p in a.paragraphs]
    m = _tfidf(_bags([p.text for _, p in paras], varying))
    sim = (m @ m.T).toarray()
    if reference is None:
        art_sim = article_similarity(arts).pivot(index="article_a", columns="article_b", values="similarity")
        reference = str(art_sim.sum(axis=1).idxmax())
    ref_idx = [i for i, (a, _) in enumerate(paras) if a.id == reference]
    ref = dict((i, paras[i][1]) for i in ref_idx)
    rows = []
    for i, (a, p) in enumerate(paras):
        n_p = len(a.paragraphs)
        pos = (p.n - 1) / (n_p - 1) if n_p > 1 else 0.0
        if a.id == reference:
            slot, best = p.n, 1.0
        else:
            j = max(ref_idx, key=lambda k: sim[i, k])
            best = float(sim[i, j])
            slot = ref[j].n if best >= min_similarity else None
        label = None
        if slot is not None:
            words = ref[ref_idx[slot - 1]].text.split()
            label = f"{slot}: " + " ".join(words[:6]) + (" …" if len(words) > 6 else "")
        rows.append(dict(article_id=a.id, paragraph=p.n, position=round(pos, 4), slot=slot, slot_label=label,
                         similarity=round(best, 4), reference=reference))
    return typed(rows, ALIGN_COLUMNS)

