"""Synthetic corpora for benchmarks, built from perturbed seed paragraphs.

Each synthetic article takes 8-12 paragraphs drawn from the five seeds, swaps the
city and partner names for others, and changes a few words, so no two articles
(and almost no two paragraphs) are identical and no cache can help.
"""

from __future__ import annotations

import random
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
CITIES = ["Basra", "Mosul", "Isfahan", "Qom", "Mashhad", "Shiraz", "Beirut", "Tabriz", "Najaf", "Karbala",
          "Erbil", "Kirkuk", "Sidon", "Tyre", "Hama", "Homs", "Aleppo", "Yazd", "Kerman", "Ahvaz"]
SWAPS = ["notably", "importantly", "moreover", "crucially", "additionally", "indeed", "meanwhile", "further"]


def seed_paragraphs() -> list[str]:
    """Every paragraph of the five seed articles (kind 'seed' in the catalogue), never of articles a
    teacher added: one-word lines or other scripts there must not change the benchmarks or the tests."""
    import yaml

    catalogue = yaml.safe_load((KIT / "articles" / "catalogue.yaml").read_text(encoding="utf-8")) or {}
    paras = []
    for name in sorted(n for n, fields in catalogue.items() if (fields or {}).get("kind") == "seed"):
        paras += [p for p in (KIT / "articles" / name).read_text(encoding="utf-8").split("\n") if p.strip()]
    return paras


def perturb(paragraph: str, rng: random.Random) -> str:
    city = rng.choice(CITIES)
    for name in ("Basra", "Mosul", "Isfahan", "Qom"):
        paragraph = paragraph.replace(name, city)
    words = paragraph.split(" ")
    for _ in range(3 if len(words) > 1 else 0):  # insert a connective word at random (lower case)
        i = rng.randrange(1, len(words))
        if not words[i - 1].endswith((".", "?", "!", "”")):
            words.insert(i, rng.choice(SWAPS))
    return " ".join(words)


def write_corpus(folder: Path, n_articles: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    paras = seed_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_articles):
        k = rng.randint(8, 12)
        text = "\n".join(perturb(rng.choice(paras), rng) for _ in range(k))
        (folder / f"synthetic-{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder
