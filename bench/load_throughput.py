"""Load + segment throughput on synthetic corpora (issue 2).

    .venv/bin/python bench/load_throughput.py [SIZES...]   (default: 1000 10000)

Each size runs in a fresh process so peak memory (max RSS) is that size's own.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def one(size: int) -> dict:
    from synthetic import write_corpus

    import medialit

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp) / "articles", size)
        t0 = time.perf_counter()
        corpus = medialit.load_corpus(folder, warn=False)
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        n_sent = len(corpus.sentences)
        t_tables = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"articles": len(corpus), "paragraphs": sum(len(a.paragraphs) for a in corpus),
            "sentences": n_sent, "load_s": round(t_load, 2), "tables_s": round(t_tables, 2),
            "total_s": round(t_load + t_tables, 2), "peak_rss_mb": round(rss)}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]))))
        return
    sizes = [int(s) for s in sys.argv[1:]] or [1000, 10000]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    rows = []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True,
                             check=True).stdout
        rows.append(json.loads(out))
        print(rows[-1], flush=True)
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(f"growth: {b['articles'] / a['articles']:.0f}x articles -> {b['total_s'] / a['total_s']:.1f}x time, "
              f"{b['peak_rss_mb'] / a['peak_rss_mb']:.1f}x peak memory")


if __name__ == "__main__":
    main()
