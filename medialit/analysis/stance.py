"""Stance: the words in a passage that take a side, which a seam needs besides a change of subject.

An inserted passage does not only turn to someone new; it frames them ("defensive posture", "it is
worth mentioning") or leans on sources nobody can check ("many parents say"). An ordinary report
that turns to a second place or company for a paragraph uses neither. :func:`stance_words` lists
those words per paragraph; :func:`needs_a_stance` keeps a seam flag only where its passage has some.
Framing lists: the kit's lexicons (``lexicons/``; Entman 1993 on framing); vague attributions:
:func:`~medialit.analysis.attribution.find_attributions`.

>>> stance_words("qom")[7][:1]
['“defensive measures” (security and defence words)']
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from .lexicon import framing_rows
from .attribution import find_attributions
from ..corpus.tables import Article

#: The lexicon lists whose words take a stance or frame a subject (lexicons/): a seam needs one of them.
#: Hedges ("may", "could") are left out: careful science and news writing is full of them.
#: How much stance a flagged passage needs (:func:`_weight`): one framing phrase, or two words or claims; one word
#: alone is ordinary reporting (a rival's "defence" in a sports story, "security" in an election report).
MIN_STANCE = 2
STANCE_LISTS = ("security_frame", "culture_frame", "loaded", "boosters", "self_describing", "stock_phrases")


def stance_words(art: "Article | str") -> dict[int, list[str]]:
    """Per paragraph, the words that take a stance, as a reader sees them: framing words from the lexicons
    (“defensive posture” (security and defence words)) and vague attributions (“many parents say”)."""
    out: dict[int, list[str]] = defaultdict(list)
    f = framing_rows(art, lists=STANCE_LISTS)  # shared with find_framing on the same article
    a = find_attributions(art)
    vague = [(n, cue, "a claim on nobody's authority") for n, cue, kind in
             zip(a["paragraph"].tolist(), a["cue"].tolist(), a["kind"].tolist()) if kind is not pd.NA and kind == "vague"]
    for n, text, label in [(r["paragraph"], r["text"], r["label"]) for r in f] + vague:
        shown = f"“{text}” ({label[:1].lower() + label[1:]})"
        if shown not in out[int(n)]:
            out[int(n)].append(shown)
    return out


def _weight(shown: str) -> int:
    """How much one stance item weighs: a framing phrase of several words, a stock or self-describing phrase 2
    (“defensive posture”, “it is worth mentioning”); one framing word or a claim on nobody's authority 1
    (“security”, “never”, “officials said”: ordinary reporting uses them one at a time)."""
    text, label = shown[1:].split("” (", 1)
    if "nobody's authority" in label:
        return 1
    return 2 if len(text.split()) >= 2 or label.startswith(("stock", "self")) else 1


def needs_a_stance(rows: list[dict], stance: dict[int, list[str]]) -> None:
    """Keep a flag only where its passage (the run of neighbouring flagged paragraphs) also frames the
    newcomer: an inserted passage turns to someone new *and* takes a stance on them; an ordinary
    article that turns to a second place or company for a paragraph or two (Mars in a story about
    the Moon) uses no framing words there. Each row's reason says which words, or why not."""
    k = 0
    while k < len(rows):
        if not rows[k]["flagged"]:
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(rows) and rows[run[-1] + 1]["flagged"]:
            run.append(run[-1] + 1)
        words = [w for i in run for w in stance.get(rows[i]["paragraph"], [])]
        if sum(_weight(w) for w in set(words)) < MIN_STANCE:
            words = []  # one framing word ("security", "never") is ordinary reporting; an inserted passage piles them up
        for i in run:
            if not words:
                rows[i]["flagged"] = False
                rows[i]["reason"] += ("; not flagged: " + ("only one word that takes a stance (" + stance[rows[i]["paragraph"]][0]
                                      + "), which ordinary reporting uses too" if stance.get(rows[i]["paragraph"]) else
                                      "no words that take a stance (a frame, a stock or self-describing phrase, a claim on "
                                      "nobody's authority) in it or next to it, so an ordinary change of subject"))
                continue
            own = stance.get(rows[i]["paragraph"], [])
            if own:
                rows[i]["reason"] += "; it takes a stance: " + ", ".join(own[:3])
            elif words:
                rows[i]["reason"] += "; its passage takes a stance: " + ", ".join(dict.fromkeys(words[:3]))
            else:
                rows[i]["flagged"] = False
                rows[i]["reason"] += ("; not flagged: no words that take a stance (a frame, a stock or "
                                      "self-describing phrase, a claim on nobody's authority) in it or next "
                                      "to it, so an ordinary change of subject")
        k = run[-1] + 1
