"""Precision and recall of the analysis toolkit (issue 4) against the gold annotations.

Run:  .venv/bin/python bench/analysis_quality.py

Gold: tests/data/analysis_gold.yaml (every quote and speaker, every vague attribution and the
inserted passages of the five seeds; the test-only articles in tests/data/articles/; two
held-out articles written after the rules were frozen). Prints a Markdown table for
BENCHMARKS.md and every miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(KIT / "tests"))

from analysis_gold import evaluate, load_gold  # noqa: E402


def main() -> int:
    gold = load_gold()
    groups = [("seeds (5)", "seeds"), ("test-only articles (3)", "test_articles"),
              ("held-out articles (2)", "held_out")]
    print("| articles | measure | precision | recall | found | gold |")
    print("|---|---|---|---|---|---|")
    misses = []
    for label, key in groups:
        result = evaluate(gold[key])
        for measure in ("quotes", "speakers", "vague", "seams"):
            r = result[measure]
            name = {"vague": "vague attributions", "seams": "seams (paragraphs)"}.get(measure, measure)
            print(f"| {label} | {name} | {r['precision']:.2f} | {r['recall']:.2f} | {r['n_pred']} | {r['n_gold']} |")
        misses += [f"{label}: {m}" for m in result["misses"]]
    print()
    print("misses:" if misses else "misses: none")
    for m in misses:
        print("  " + m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
