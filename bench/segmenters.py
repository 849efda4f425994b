"""Which sentence segmenter? Candidates measured on the seed golden table and hard cases (issue 2).

    .venv/bin/pip install pysbd==0.3.4 blingfire==0.1.8 sentencex==1.0.32   # candidates, not kit dependencies
    .venv/bin/python bench/segmenters.py

For each candidate: sentences that differ from the golden table of the 127 seed
sentences (tests/golden/seed_sentences.tsv), hard cases failed (tests/test_segment.py),
and speed in ms per paragraph on the seed paragraphs.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(KIT / "tests"))
sys.path.insert(0, str(KIT / "bench"))


def candidates():
    out = {}
    import syntok.segmenter as ss

    out["syntok 1.4.4 (raw)"] = lambda p: [p[s[0].offset:s[-1].offset + len(s[-1].value)].strip()
                                           for para in ss.analyze(p) for s in para if s and s[-1].value] or [p]
    from medialit.corpus.segment import split_sentences

    out["kit: syntok + plain fast path"] = split_sentences
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        out["pysbd"] = lambda p: [s.strip() for s in seg.segment(p)]
    except ImportError:
        pass
    try:
        import blingfire

        out["blingfire"] = lambda p: blingfire.text_to_sentences(p).split("\n")
    except ImportError:
        pass
    try:
        import sentencex

        out["sentencex"] = lambda p: [s.strip() for s in sentencex.segment("en", p)]
    except ImportError:
        pass
    return out


def main():
    from synthetic import seed_paragraphs
    from test_segment import HARD_CASES

    golden = {}
    with (KIT / "tests" / "golden" / "seed_sentences.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            golden.setdefault(row["sentence_id"].rsplit(":", 1)[0], []).append(row["text"])
    import medialit

    corpus = medialit.load_corpus()
    paras = {p.id: p.text for a in corpus if a.kind == "seed" for p in a.paragraphs}
    plain = seed_paragraphs()
    print("| segmenter | seed paragraphs split wrongly (of 50) | hard cases failed (of %d) | ms per paragraph |"
          % len(HARD_CASES))
    print("|---|---|---|---|")
    for name, fn in candidates().items():
        wrong = sum(fn(text) != golden[pid] for pid, text in paras.items())
        failed = [text[:25] for text, expected in HARD_CASES if fn(text) != expected]
        t0 = time.perf_counter()
        for _ in range(5):
            for p in plain:
                fn(p)
        ms = (time.perf_counter() - t0) / 5 / len(plain) * 1000
        print(f"| {name} | {wrong} | {len(failed)} {failed[:3] if failed else ''} | {ms:.3f} |")


if __name__ == "__main__":
    main()
