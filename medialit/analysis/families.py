"""Template families: which articles in a collection were written from one template.

Articles built from one template are paraphrased, not copied: the seeds share few exact
3-word sequences, yet they draw on the same vocabulary ("cultural diplomacy", "beacon",
"testament", "grassroots") and differ mostly in names. So by default two articles are
compared by their **words**: the sets of word stems (Snowball) that are not stop words and
not names used in only one article of the collection (the city, the people). Their
Jaccard similarity (shared words / all words) is about 0.26 or more between the seeds and
their mirror, and 0.18 or less between unrelated articles, the kit's control report and
published news included (``bench/analysis_quality.py``; BENCHMARKS.md). ``features="shingles"``
compares 3-word sequences instead, which finds near-copies only.

Linked articles (similarity at least ``threshold``) form one family. Up to 200 articles every
pair is compared exactly; above that, MinHash signatures (``datasketch``) cut into bands give
candidate pairs, which are checked against the threshold, so 10,000 articles take seconds, not
hours, and a family of thousands stays cheap (see :func:`_minhash_pairs`).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd
import regex

from ._text import STOPWORDS, as_articles, norm, stem, typed
from ..corpus.tables import Corpus

#: Columns of :func:`cluster_templates`.
CLUSTER_COLUMNS = {"article_id": "string", "cluster": "int64", "cluster_size": "int64",
                   "closest": "string", "closest_similarity": "float64"}
_LETTER = regex.compile(r"\p{L}")

#: Default thresholds per kind of feature (see the module docstring for how they were chosen).
THRESHOLDS = {"words": 0.22, "shingles": 0.4}

_MARKS = "\"“”‘’'.,;:!?()[]{}<>—–-/\\|*&%$#@~`^_=+\u061f\u060c\u061b\u06d4\u3002\uff0c\uff1f\uff01"
_PUNCT = str.maketrans({c: " " for c in _MARKS})
#: The tokens of ``text.translate(_PUNCT).split()`` (punctuation as spaces, then split on white space),
#: found in one pass: ``_TOKEN.findall(text)`` gives the same list about 1.6 times faster (re's ``\s`` and
#: ``str.split()`` agree on what white space is).
_TOKEN = re.compile(r"[^\s%s]+" % re.escape(_MARKS))


def _word_sets(texts: list[str]) -> list[np.ndarray]:
    """For each text, the CRC-32 hashes of its content-word stems, names of one text left out.

    A "name of one text" is a capitalised word found capitalised in no other text (the city, the
    people). Each distinct word is looked at once (stop word? stem? capitalised?), so the work
    grows with the number of distinct words, not with the length of the texts.
    """
    info: dict[str, tuple[bool, str, int | None]] = {}
    distinct = []
    for t in texts:
        # splitting on spaces after turning punctuation into spaces is the fast path; a token is
        # then kept only if it holds a letter of any script (\p{L})
        here = set(_TOKEN.findall(t))
        for w in here:
            if w not in info:
                n = norm(w)
                keep = n not in STOPWORDS and _LETTER.search(w) is not None
                info[w] = (w[:1].isupper(), n, zlib.crc32(stem(w).encode("utf-8")) if keep else None)
        distinct.append(here)
    seen = Counter(n for here in distinct for n in {info[w][1] for w in here if info[w][0]})
    single = len(texts) > 1
    final = {w: (None if single and cap and seen[n] == 1 else h) for w, (cap, n, h) in info.items()}
    out = []
    for here in distinct:
        hashes = {final[w] for w in here}
        hashes.discard(None)
        out.append(np.fromiter(hashes, dtype=np.uint64, count=len(hashes)))
    return out


def _shingles(texts: list[str]) -> list[np.ndarray]:
    """For each text, the hashes of its 3-word sequences (lower case, punctuation ignored)."""
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


def _minhash_pairs(sets: list, num_perm: int, threshold: float):
    """Candidate pairs with their estimated Jaccard similarity (MinHash signatures from datasketch).

    Signatures are cut into bands; articles that agree on a whole band land in one bucket. A
    bucket links each member to the one before it and to the first (enough to join a family,
    and linear in its size: a family of thousands costs no more than thousands of singles).
    The band width is the widest that still puts a pair at ``threshold`` in a bucket with 95 %
    probability; every candidate is then estimated on the full signatures (and a linked one checked
    on the word sets by :func:`cluster_templates`).
    """
    from datasketch import MinHash

    sigs = list(MinHash.generator((s.tolist() for s in sets), num_perm=num_perm, hashfunc=int))
    H = np.vstack([m.hashvalues for m in sigs]).astype(np.uint64) if sigs else np.zeros((0, num_perm), np.uint64)
    r = max([w for w in range(1, 9) if 1 - (1 - threshold ** w) ** (num_perm // w) >= 0.95] or [1])
    I_parts, J_parts = [], []
    idx = np.arange(len(sigs))
    for band in range(num_perm // r):
        key = np.zeros(len(sigs), dtype=np.uint64)
        for col in range(band * r, band * r + r):
            key = key * np.uint64(1000003) + H[:, col]
        order = np.lexsort((idx, key))
        k = key[order]
        same = k[1:] == k[:-1]
        # each member with the previous one ...
        I_parts.append(order[:-1][same])
        J_parts.append(order[1:][same])
        # ... and with the first of its bucket
        starts = np.r_[0, np.flatnonzero(~same) + 1]
        first = np.repeat(order[starts], np.diff(np.r_[starts, len(order)]))
        mask = first != order
        I_parts.append(first[mask])
        J_parts.append(order[mask])
    if I_parts:
        I, J = np.concatenate(I_parts), np.concatenate(J_parts)
        lo, hi = np.minimum(I, J), np.maximum(I, J)
        pairs = np.unique(lo.astype(np.int64) * len(sigs) + hi)
        I, J = pairs // len(sigs), pairs % len(sigs)
    else:
        I = J = np.zeros(0, dtype=np.int64)
    est = np.empty(len(I))
    for s in range(0, len(I), 50_000):
        est[s:s + 50_000] = (H[I[s:s + 50_000]] == H[J[s:s + 50_000]]).mean(axis=1)
    return I.astype(np.int64), J.astype(np.int64), est


def _check_links(sets: list, I: np.ndarray, J: np.ndarray, est: np.ndarray, threshold: float) -> None:
    """Replace, in place, the estimate of each pair that would join two families by its exact Jaccard similarity.

    A MinHash estimate is off by 0.1 for about one pair in 10,000: enough, in a corpus of a thousand articles, to join
    two families or a news article to the seeds (the twenty-fifth held-out batch of the real corpus). Pairs are taken
    from the most similar down; a pair whose articles are already joined needs no check (a family of thousands costs
    no more than its first links)."""
    parent = list(range(len(sets)))
    py: dict[int, set] = {}
    for k in np.flatnonzero(est >= threshold)[np.argsort(-est[est >= threshold], kind="stable")].tolist():
        if _find(parent, int(I[k])) == _find(parent, int(J[k])):
            continue
        x, y = (py.setdefault(int(v), set(sets[int(v)].tolist())) for v in (I[k], J[k]))
        est[k] = len(x & y) / (len(x | y) or 1)
        if est[k] >= threshold:
            _join(parent, int(I[k]), int(J[k]))


def _find(parent: list[int], x: int) -> int:
    """The root of ``x`` in a union-find forest ``parent`` (paths halved on the way)."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _join(parent: list[int], a: int, b: int) -> None:
    """Join the trees of ``a`` and ``b`` (the smaller root becomes the root of both)."""
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _components(n: int, I: np.ndarray, J: np.ndarray) -> list[int]:
    """Connected components of the graph with edges ``I[k]-J[k]`` (union-find)."""
    parent = list(range(n))
    for a, b in zip(I.tolist(), J.tolist()):
        _join(parent, a, b)
    return [_find(parent, i) for i in range(n)]


def cluster_templates(articles: "Corpus | Iterable | pd.Series | str | Path | None" = None, *,
                      threshold: float | None = None, features: str = "words", num_perm: int = 128,
                      method: str = "auto", progress: bool | None = None) -> pd.DataFrame:
    """Group articles written from one template into families (paraphrased variants included).

    ``features="words"`` (default) compares the sets of content words, names of one article
    left out; ``features="shingles"`` compares 3-word sequences (near-copies only). Two articles
    are linked when their Jaccard similarity is at least ``threshold`` (default 0.22 for words,
    0.4 for shingles); linked articles form one family. ``method``: ``"exact"`` compares every
    pair, ``"minhash"`` uses MinHash signatures (``datasketch``) and banding for candidate
    pairs, ``"auto"`` (default) is exact up to 200 articles.
    ``progress``: show a progress bar (default: for more than 500 articles).

    ``articles`` is a Corpus, a folder, a list of ids/paths/Articles, a pandas Series of
    texts (its index gives the ids), or ``None`` (the kit's). One row per article; columns:
    ``article_id`` (string); ``cluster`` (int64, numbered from 0, largest first);
    ``cluster_size`` (int64); ``closest`` (string, <NA> when alone): the most similar
    other article; ``closest_similarity`` (float64): their similarity (with MinHash: exact for the pairs that join a family, estimated
    for the others).
    Raises ``ValueError`` for a threshold outside (0, 1], an unknown method or features,
    or ids that are not unique.

    >>> c = cluster_templates(["basra-forum", "basra-gaza", "mosul", "isfahan", "qom",
    ...                        "mirror-nasiriyah", "control-school-roof"])
    >>> c.groupby("cluster").article_id.apply(list).tolist()
    [['basra-forum', 'basra-gaza', 'mosul', 'isfahan', 'qom', 'mirror-nasiriyah'], ['control-school-roof']]
    """
    if features not in THRESHOLDS:
        raise ValueError(f"features must be 'words' or 'shingles', not {features!r}")
    threshold = THRESHOLDS[features] if threshold is None else threshold
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be between 0 (exclusive) and 1, not {threshold!r}")
    if method not in ("auto", "exact", "minhash"):
        raise ValueError(f"method must be 'auto', 'exact' or 'minhash', not {method!r}")
    if isinstance(articles, pd.Series):
        ids = [str(i) for i in articles.index]
        texts = [str(t) for t in articles.tolist()]
    else:
        arts = as_articles(articles)
        ids = [a.id for a in arts]
        texts = [a.text for a in arts]
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique; give the Series a unique index")
    n = len(ids)
    from ..corpus.progressbar import steps

    with steps(n, "template families", show=progress) as bar:
        bar.set_description_str("template families: reading words")
        sets = _word_sets(texts) if features == "words" else _shingles(texts)
        bar.update(n // 2)
        bar.set_description_str("template families: comparing")
        if method == "exact" or (method == "auto" and n <= 200):
            py = [set(s.tolist()) for s in sets]
            pairs = [(i, j, len(py[i] & py[j]) / (len(py[i] | py[j]) or 1)) for i in range(n) for j in range(i + 1, n)]
            I = np.array([p[0] for p in pairs], dtype=np.int64)
            J = np.array([p[1] for p in pairs], dtype=np.int64)
            est = np.array([p[2] for p in pairs], dtype=float)
        else:
            I, J, est = _minhash_pairs(sets, num_perm, threshold)
            _check_links(sets, I, J, est, threshold)
        bar.update(n - n // 2)
    keep = est >= threshold
    labels = _components(n, I[keep], J[keep])
    sizes = Counter(labels)
    order = {lab: k for k, (lab, _) in enumerate(sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])))}
    best = np.full(n, -1)
    best_sim = np.zeros(n)
    for i, j, e in zip(I.tolist(), J.tolist(), est.tolist()):
        if e > best_sim[i]:
            best_sim[i], best[i] = e, j
        if e > best_sim[j]:
            best_sim[j], best[j] = e, i
    rows = [dict(article_id=ids[i], cluster=order[labels[i]], cluster_size=sizes[labels[i]],
                 closest=ids[best[i]] if best[i] >= 0 else None,
                 closest_similarity=round(float(best_sim[i]), 4)) for i in range(n)]
    return typed(rows, CLUSTER_COLUMNS)
