"""Scale of the analysis toolkit (issue 4).

Run:  .venv/bin/python bench/analysis_scale.py [--compare]

1. The five seed articles: every analysis, timed (first call in a fresh process, and warm).
2. Template clustering (``medialit.cluster_templates``) on 1,000 and 10,000 synthetic articles,
   each size in its own process so peak memory is its own: ``words`` is the default since
   issue 12 (families by shared content words, MinHash + LSH forest neighbours); ``datasketch``
   is ``features="shingles"`` (near-copies by 3-word sequences, the issue-4 default). Every
   synthetic article is made of seed paragraphs, so for ``words`` the whole corpus is one
   template family: the worst case for time and memory, not a test of quality (quality is
   measured on real articles: bench/analysis_quality.py).
   Synthetic articles come from perturbed seed paragraphs: one "template family" per 50
   articles (a fixed recipe of 8-11 seed paragraphs), with the city renamed, one word in 15
   replaced, sometimes a paragraph dropped; one article in ten mixes paragraphs at random
   (it belongs to no family). Pair precision/recall compare the clusters with the families.
3. ``--compare``: the same corpora clustered by exact Jaccard similarity with scikit-learn
   sparse vectors (HashingVectorizer of 3-word sequences, sparse matrix products in blocks),
   the alternative measured before choosing.
"""

from __future__ import annotations

import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
CITIES = ["Basra", "Mosul", "Isfahan", "Qom", "Mashhad", "Shiraz", "Beirut", "Tabriz", "Najaf", "Karbala",
          "Erbil", "Kirkuk", "Sidon", "Tyre", "Hama", "Homs", "Aleppo", "Yazd", "Kerman", "Ahvaz"]
SEEDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]
THRESHOLD = 0.4


def synthetic(n: int, seed: int = 1, family_size: int = 50) -> tuple[list[str], list[int]]:
    """``n`` synthetic articles and their family labels (-1-i for articles of no family)."""
    rng = random.Random(seed)
    paras = []
    for aid in SEEDS:
        paras += [p for p in (KIT / "articles" / f"{aid}.txt").read_text(encoding="utf-8").split("\n") if p.strip()]
    vocab = sorted({w for p in paras for w in p.split()})
    n_fam = max(1, n // family_size)
    recipes = [rng.sample(range(len(paras)), rng.randint(8, 11)) for _ in range(n_fam)]
    docs, labels = [], []
    for i in range(n):
        if rng.random() < 0.1:
            recipe, label = rng.sample(range(len(paras)), rng.randint(8, 11)), -1 - i
        else:
            label = rng.randrange(n_fam)
            recipe = list(recipes[label])
            if len(recipe) > 8 and rng.random() < 0.5:
                recipe.pop(rng.randrange(len(recipe)))
        city = rng.choice(CITIES)
        out = []
        for k in recipe:
            p = paras[k]
            for name in ("Basra", "Mosul", "Isfahan", "Qom"):
                p = p.replace(name, city)
            words = p.split(" ")
            for _ in range(max(1, len(words) // 15)):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            out.append(" ".join(words))
        docs.append("\n".join(out))
        labels.append(label)
    return docs, labels


def pair_scores(labels, clusters) -> tuple[float, float]:
    """Pair precision (linked pairs that share a family) and recall (family pairs that are linked)."""
    from collections import Counter

    def pairs(c):
        return sum(v * (v - 1) // 2 for v in c.values())

    both = pairs(Counter(zip(labels, clusters)))
    linked = pairs(Counter(clusters))
    family = pairs(Counter(labels))
    return (both / linked if linked else 1.0), (both / family if family else 1.0)


def run_cluster(n: int, method: str) -> dict:
    docs, labels = synthetic(n)
    t0 = time.perf_counter()
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    if method in ("datasketch", "words"):
        import pandas as pd

        from medialit import cluster_templates

        series = pd.Series(docs, index=[f"a{i}" for i in range(n)])
        if method == "words":  # the default since issue 12: template families by shared words
            out = cluster_templates(series, progress=False)
        else:  # near-copies: 3-word sequences
            out = cluster_templates(series, threshold=THRESHOLD, features="shingles", progress=False)
        clusters = out.cluster.tolist()
    else:
        clusters = exact_sklearn(docs, THRESHOLD)
    seconds = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    precision, recall = pair_scores(labels, clusters)
    return {"n": n, "method": method, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "clusters": len(set(clusters)),
            "families": len(set(labels)), "pair_precision": round(precision, 3), "pair_recall": round(recall, 3),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def exact_sklearn(docs: list[str], threshold: float) -> list[int]:
    import numpy as np
    import scipy.sparse as sp
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import HashingVectorizer

    hv = HashingVectorizer(ngram_range=(3, 3), token_pattern=r"(?u)\b\w+\b", n_features=2 ** 22, binary=True,
                           norm=None, alternate_sign=False, dtype=np.float32)
    x = hv.transform(docs).tocsr()
    sizes = np.asarray(x.sum(axis=1)).ravel()
    rows, cols = [], []
    for s in range(0, x.shape[0], 1000):
        inter = (x[s:s + 1000] @ x.T).tocoo()
        jac = inter.data / (sizes[s + inter.row] + sizes[inter.col] - inter.data)
        keep = (jac >= threshold) & (s + inter.row < inter.col)
        rows.append(s + inter.row[keep])
        cols.append(inter.col[keep])
    r, c = np.concatenate(rows), np.concatenate(cols)
    g = sp.coo_matrix((np.ones(len(r)), (r, c)), shape=(len(docs), len(docs)))
    return connected_components(g, directed=False)[1].tolist()


def run_small() -> dict:
    t0 = time.perf_counter()
    import medialit as ml

    arts = [ml.load_corpus(warn=False)[a] for a in SEEDS]
    per_article = ["find_quotes", "find_attributions", "find_framing", "find_anchors", "score_specificity",
                   "find_seams"]
    across = ["shared_phrases", "article_similarity", "paragraph_similarity", "align_template",
              "cluster_templates"]
    timings = {}
    for name in per_article:
        t = time.perf_counter()
        for a in arts:
            getattr(ml, name)(a)
        timings[name] = time.perf_counter() - t
    for name in across:
        t = time.perf_counter()
        getattr(ml, name)(arts)
        timings[name] = time.perf_counter() - t
    first_total = time.perf_counter() - t0
    t = time.perf_counter()
    for name in per_article:
        for a in arts:
            getattr(ml, name)(a)
    for name in across:
        getattr(ml, name)(arts)
    warm = time.perf_counter() - t
    return {"first_call_seconds": {k: round(v, 3) for k, v in timings.items()},
            "first_total_with_imports_and_loading": round(first_total, 2), "warm_total": round(warm, 3)}


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "--child":
        what = sys.argv[2]
        result = run_small() if what == "small" else run_cluster(int(sys.argv[3]), what)
        print(json.dumps(result))
        return 0
    compare = "--compare" in sys.argv
    print(f"machine: {os.cpu_count()} cores (nproc), {platform.platform()}, Python {platform.python_version()}")

    def child(*args):
        out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                             check=True, cwd=KIT)
        return json.loads(out.stdout.strip().splitlines()[-1])

    print("five seed articles:", json.dumps(child("small"), indent=1))
    rows = []
    for method in ["words", "datasketch"] + (["sklearn"] if compare else []):
        for n in (1000, 10000):
            r = child(method, str(n))
            rows.append(r)
            print(json.dumps(r))
    print()
    print("| method | articles | seconds | CPU seconds | peak memory (MB) | clusters | families | pair precision "
          "| pair recall |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['method']} | {r['n']:,} | {r['seconds']} | {r['cpu_seconds']} | {r['peak_mb']} | {r['clusters']} "
              f"| {r['families']} "
              f"| {r['pair_precision']} | {r['pair_recall']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
