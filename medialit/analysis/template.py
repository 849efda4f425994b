"""Template: what articles share with each other, and which ones were built from one template.

Articles written from one template share phrases ("a beacon of hope", "testament to"),
follow the same order of paragraphs, and differ mostly in the names. This module
measures that, across any set of articles:

- :func:`shared_phrases`: word sequences found in two or more articles, with where they occur;
- :func:`article_similarity`, :func:`paragraph_similarity`: how alike two texts are (0 to 1);
- :func:`align_template`: each paragraph matched to the slot of a reference article it most resembles;
- :func:`cluster_templates`: groups of near-duplicate articles in a large collection
  (MinHash LSH from the ``datasketch`` library; 10,000 articles in about 10 to 15 s, see ``BENCHMARKS.md``).

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
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from ._text import STOPWORDS, WORD_RE, as_articles, norm, stem, typed
from ..corpus.tables import Article, Corpus

_NAME = "§name"

#: Columns of :func:`shared_phrases`.
PHRASE_COLUMNS = {"phrase": "string", "n_words": "int64", "n_articles": "int64", "article_id": "string",
                  "paragraph": "int64", "start": "int64", "end": "int64", "text": "string"}
#: Columns of :func:`align_template`.
ALIGN_COLUMNS = {"article_id": "string", "paragraph": "int64", "position": "float64", "slot": "Int64",
                 "slot_label": "string", "similarity": "float64", "reference": "string"}
#: Columns of :func:`cluster_templates`.
CLUSTER_COLUMNS = {"article_id": "string", "cluster": "int64", "cluster_size": "int64",
                   "closest": "string", "closest_similarity": "float64"}


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


_PUNCT = str.maketrans({c: " " for c in "\"“”‘’'.,;:!?()[]{}<>—–-/\\|*&%$#@~`^_=+"})


def _all_shingles(texts: list[str]) -> list[np.ndarray]:
    """For each text, the hashes of its 3-word sequences (lower case, punctuation ignored).

    Words are numbered in one fast pass, then each distinct word is hashed once (CRC-32), so
    the hashes do not depend on the order of the texts.
    """
    vocab: dict[str, int] = {}
    ids = []
    for t in texts:
        words = t.lower().translate(_PUNCT).split()
        ids.append(np.array([vocab.setdefault(w, len(vocab)) for w in words], dtype=np.int64))
    crc = np.array([zlib.crc32(w.encode("utf-8")) for w in vocab], dtype=np.uint64)
    p = np.uint64(1000003)
    out = []
    for a in ids:
        h = crc[a] if len(a) else np.zeros(0, dtype=np.uint64)
        if len(h) < 3:
            out.append(np.unique(h))
        else:
            out.append(np.unique(((h[:-2] * p + h[1:-1]) * p + h[2:]) & np.uint64(0xFFFFFFFF)))
    return out


def _minhash_pairs(shingles: list, threshold: float, num_perm: int):
    """Candidate pairs from MinHash LSH, with their estimated Jaccard similarity."""
    from datasketch import MinHash, MinHashLSH

    sigs = list(MinHash.generator((s.tolist() for s in shingles), num_perm=num_perm, hashfunc=int))
    H = np.vstack([m.hashvalues for m in sigs]) if sigs else np.zeros((0, num_perm))
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    with lsh.insertion_session() as session:
        for i, m in enumerate(sigs):
            session.insert(i, m)
    I, J = [], []
    for i, m in enumerate(sigs):
        cand = [j for j in lsh.query(m) if j > i]
        I += [i] * len(cand)
        J += cand
    I = np.array(I, dtype=np.int64)
    J = np.array(J, dtype=np.int64)
    est = np.empty(len(I))
    for s in range(0, len(I), 100_000):
        est[s:s + 100_000] = (H[I[s:s + 100_000]] == H[J[s:s + 100_000]]).mean(axis=1)
    return I, J, est


def _components(n: int, I: np.ndarray, J: np.ndarray) -> list[int]:
    """Connected components of the graph with edges ``I[k]-J[k]`` (union-find; no scipy needed)."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(I.tolist(), J.tolist()):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]


def cluster_templates(articles: "Corpus | Iterable | pd.Series | str | Path | None" = None, *,
                      threshold: float = 0.4, num_perm: int = 128, method: str = "auto") -> pd.DataFrame:
    """Group near-duplicate articles: copies of one template with small changes.

    Two articles are linked when about ``threshold`` (default 0.4) or more of their 3-word
    sequences are shared (estimated Jaccard similarity of MinHash signatures with
    ``num_perm`` permutations; candidate pairs come from ``datasketch.MinHashLSH``, so
    10,000 articles take seconds, not hours). Linked articles form one cluster.
    ``method``: ``"exact"`` compares every pair exactly (best up to a few hundred articles),
    ``"minhash"`` uses MinHash LSH, ``"auto"`` (default) is exact up to 200 articles.

    ``articles`` is a Corpus, a folder, a list of ids/paths/Articles, a pandas Series of
    texts (its index gives the ids), or ``None`` (the kit's). One row per article; columns:
    ``article_id`` (string); ``cluster`` (int64, numbered from 0, largest first);
    ``cluster_size`` (int64); ``closest`` (string, <NA> when alone): the most similar
    other article; ``closest_similarity`` (float64): their estimated similarity.

    >>> import pandas as pd
    >>> texts = pd.Series({"a": "one two three four five six seven eight nine ten",
    ...                    "b": "one two three four five six seven eight nine eleven",
    ...                    "c": "something else entirely, with other words in it"})
    >>> cluster_templates(texts)[["article_id", "cluster", "cluster_size"]].values.tolist()
    [['a', 0, 2], ['b', 0, 2], ['c', 1, 1]]
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be between 0 (exclusive) and 1, not {threshold!r}")
    if isinstance(articles, pd.Series):
        ids = [str(i) for i in articles.index]
        texts = [str(t) for t in articles.tolist()]
    else:
        arts = as_articles(articles)
        ids = [a.id for a in arts]
        texts = [a.text for a in arts]
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique; give the Series a unique index")
    if method not in ("auto", "exact", "minhash"):
        raise ValueError(f"method must be 'auto', 'exact' or 'minhash', not {method!r}")
    shingles = _all_shingles(texts)
    n = len(ids)
    if method == "exact" or (method == "auto" and n <= 200):
        sets = [set(s.tolist()) for s in shingles]
        pairs = [(i, j, len(sets[i] & sets[j]) / (len(sets[i] | sets[j]) or 1))
                 for i in range(n) for j in range(i + 1, n)]
        I = np.array([p[0] for p in pairs], dtype=np.int64)
        J = np.array([p[1] for p in pairs], dtype=np.int64)
        est = np.array([p[2] for p in pairs], dtype=float)
    else:
        I, J, est = _minhash_pairs(shingles, threshold, num_perm)
    keep = est >= threshold
    labels = _components(n, I[keep], J[keep])
    sizes = Counter(labels)
    order = {lab: k for k, (lab, _) in enumerate(sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])))}
    best = np.full(n, -1)
    best_sim = np.zeros(n)
    for i, j, e in zip(I, J, est):
        for a, b in ((i, j), (j, i)):
            if e > best_sim[a]:
                best_sim[a], best[a] = e, b
    rows = [dict(article_id=ids[i], cluster=order[labels[i]], cluster_size=sizes[labels[i]],
                 closest=ids[best[i]] if best[i] >= 0 else None,
                 closest_similarity=round(float(best_sim[i]), 4)) for i in range(n)]
    return typed(rows, CLUSTER_COLUMNS)
