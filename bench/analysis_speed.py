"""Whole analysis of many real-length articles (issue 12): is it fast enough for a class corpus?

Run:  PYTHONPATH=$PWD .venv/bin/python bench/analysis_speed.py [N] [--serial]   (default N = 1000)

Builds N articles from the kit's real-corpus texts (tests/data/real/) and the seeds, each made
unique (a number added to the first paragraph, so no remembered result is reused), writes them
to a temporary folder, loads them with ``load_corpus`` (timed apart), then runs every
per-article analysis the lessons use (quotes, attributions, seams, framing, specificity,
anchors) on every article with ``analyse_corpus`` (one process per core, progress bar), and
template families over all. ``--serial`` instead calls the six functions one article at a time
in this process, timing each function (the per-analysis breakdown). Prints one JSON line:
wall seconds per step, CPU seconds (this process and its workers), peak memory and the load
average. Target: the analyses of 1,000 articles in 30 s or less on the 2-core machine.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
ANALYSES = ["find_quotes", "find_attributions", "find_seams", "find_framing", "score_specificity", "find_anchors"]


def build(folder: Path, n: int) -> int:
    sources = sorted((KIT / "tests" / "data" / "real").glob("*.txt")) + sorted((KIT / "articles").glob("*.txt"))
    bodies = []
    for p in sources:
        text = p.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            text = text.split("\n---\n", 1)[1]
        bodies.append([line for line in text.split("\n") if line.strip()])
    words = 0
    for i in range(n):
        paras = bodies[i % len(bodies)]
        text = "\n".join(f"{para} ({i})" if k == 0 else para for k, para in enumerate(paras))
        words += len(text.split())
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
    return words // n


def main(argv: list[str]) -> int:
    serial = "--serial" in argv
    argv = [a for a in argv if a != "--serial"]
    n = int(argv[0]) if argv else 1000
    import medialit as ml
    from medialit.corpus.progressbar import steps

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        mean_words = build(folder, n)
        r0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        corpus = ml.load_corpus(folder, warn=False)
        t_load = time.perf_counter() - t0
        rc0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        c1 = time.process_time()
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
        rc1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_analyse = time.process_time() - c1 + (rc1.ru_utime - rc0.ru_utime) + (rc1.ru_stime - rc0.ru_stime)
        t2 = time.perf_counter()
        families = ml.cluster_templates(corpus)
        t_fam = time.perf_counter() - t2
        r1 = resource.getrusage(resource.RUSAGE_SELF)
    import os

    print(json.dumps({"articles": n, "mean_words": mean_words, "mode": "serial" if serial else "analyse_corpus",
                      "load_seconds": round(t_load, 2), "analyse_seconds": round(t_analyse, 2),
                      "analyse_cpu_seconds": round(cpu_analyse, 2), "rows": rows,
                      "per_analysis_cpu": {k: round(v, 2) for k, v in per.items()} if serial else None,
                      "template_families_seconds": round(t_fam, 2), "families": int(families.cluster.nunique()),
                      "cpu_seconds": round((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), 2),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                      "load_average": [round(x, 1) for x in os.getloadavg()]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
