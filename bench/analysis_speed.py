"""Whole analysis of many real-length articles (issue 12): is it fast enough for a class corpus?

Run:  PYTHONPATH=$PWD .venv/bin/python bench/analysis_speed.py [N] [--serial] [--mix length|cycle]
      (default N = 1000, --mix length)

Builds N articles from the kit's real-corpus texts (tests/data/real/) and the seeds, each made
unique (a number added to the first paragraph, so no remembered result is reused), writes them
to a temporary folder, loads them with ``load_corpus`` (timed apart), then runs every
per-article analysis the lessons use (quotes, attributions, seams, framing, specificity,
anchors) on every article with ``analyse_corpus`` (one process per core, progress bar), and
template families over all. ``--serial`` instead calls the six functions one article at a time
in this process, timing each function (the per-analysis breakdown). Prints one JSON line:
wall seconds per step, CPU seconds (this process and its workers), peak memory and the load
average. Target: the analyses of 1,000 articles in 30 s or less on the 2-core machine.

Real length (default ``--mix length``): each article is a whole real text, drawn with a chance
proportional to its length in words (a fixed random seed, so every run builds the same
articles). The real corpus is half short Wikinews briefs (36 of 75 texts, median 73 words),
so cycling through the texts once each (``--mix cycle``, the bench before 2026-12-02 03:00)
gives a mean of about 370 words, shorter than a news article: the seeds (the template the kit
is about) have 555-606 words, the NASA and Army releases a median of 578, the earlier bench mix
592. Drawing by length keeps every text, briefs included, and gives the mean a reader meets
word for word, about 655 words (printed as ``mean_words``), within the 600-700 words of a
wire story; no text is cut or glued to another, so every article is one that was published.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
ANALYSES = ["find_quotes", "find_attributions", "find_seams", "find_framing", "score_specificity", "find_anchors"]


def cpu() -> float:
    """CPU seconds of this process and of its finished child processes (workers), user + system."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def build(folder: Path, n: int, mix: str = "length") -> tuple[int, int]:
    """Write ``n`` articles; return their mean words and how many are short briefs (under 150 words)."""
    sources = sorted((KIT / "tests" / "data" / "real").glob("*.txt")) + sorted((KIT / "articles").glob("*.txt"))
    bodies = []
    for p in sources:
        text = p.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            text = text.split("\n---\n", 1)[1]
        bodies.append([line for line in text.split("\n") if line.strip()])
    if mix == "cycle":
        order = [i % len(bodies) for i in range(n)]
    else:  # whole texts, each drawn with a chance proportional to its words
        sizes = [sum(len(p.split()) for p in paras) for paras in bodies]
        order = random.Random(12).choices(range(len(bodies)), weights=sizes, k=n)
    words = briefs = 0
    for i, b in enumerate(order):
        text = "\n".join(f"{para} ({i})" if k == 0 else para for k, para in enumerate(bodies[b]))
        size = len(text.split())
        words += size
        briefs += size < 150
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
    return words // max(n, 1), briefs


def main(argv: list[str]) -> int:
    serial = "--serial" in argv
    argv = [a for a in argv if a != "--serial"]
    mix = "length"
    if "--mix" in argv:
        k = argv.index("--mix")
        mix = argv[k + 1]
        del argv[k:k + 2]
        if mix not in ("length", "cycle"):
            raise SystemExit("--mix is 'length' (whole texts drawn by length, default) or 'cycle' (each text in turn)")
    n = int(argv[0]) if argv else 1000
    import medialit as ml
    from medialit.corpus.progressbar import steps

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        mean_words, briefs = build(folder, n, mix)
        r0 = resource.getrusage(resource.RUSAGE_SELF)
        cpu0 = cpu()
        t0 = time.perf_counter()
        corpus = ml.load_corpus(folder, warn=False)
        t_load = time.perf_counter() - t0
        cpu_load = cpu() - cpu0
        c1 = cpu()
        t1 = time.perf_counter()
        per = {name: 0.0 for name in ANALYSES}
        if serial:
            with steps(len(corpus), "analysing articles", show=True) as bar:
                for art in corpus:
                    for name in ANALYSES:
                        t = time.process_time()
                        getattr(ml, name)(art)
                        per[name] += time.process_time() - t
                    bar.update(1)
            rows = None
        else:
            tables = ml.analyse_corpus(corpus, progress=True)
            rows = {k: len(v) for k, v in tables.items()}
        t_analyse = time.perf_counter() - t1
        cpu_analyse = cpu() - c1
        c2 = cpu()
        t2 = time.perf_counter()
        families = ml.cluster_templates(corpus)
        t_fam = time.perf_counter() - t2
        cpu_fam = cpu() - c2
        r1 = resource.getrusage(resource.RUSAGE_SELF)
    import os

    print(json.dumps({"articles": n, "mix": mix, "mean_words": mean_words, "briefs_under_150_words": briefs, "mode": "serial" if serial else "analyse_corpus",
                      "load_seconds": round(t_load, 2), "load_cpu_seconds": round(cpu_load, 2), "analyse_seconds": round(t_analyse, 2),
                      "analyse_cpu_seconds": round(cpu_analyse, 2), "rows": rows,
                      "per_analysis_cpu": {k: round(v, 2) for k, v in per.items()} if serial else None,
                      "template_families_seconds": round(t_fam, 2), "template_families_cpu_seconds": round(cpu_fam, 2),
                      "total_seconds": round(t_load + t_analyse + t_fam, 2),
                      "total_cpu_seconds": round(cpu_load + cpu_analyse + cpu_fam, 2), "families": int(families.cluster.nunique()),
                      "parent_cpu_seconds": round((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), 2),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                      "load_average": [round(x, 1) for x in os.getloadavg()]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
