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

import re
from collections import defaultdict

import pandas as pd

from .lexicon import framing_rows
from .attribution import find_attributions
from .quotes import find_quotes
from ._text import as_article
from ..corpus.tables import Article

#: The lexicon lists whose words take a stance or frame a subject (lexicons/): a seam needs one of them.
#: Hedges ("may", "could") are left out: careful science and news writing is full of them.
#: How much stance a flagged passage needs (:func:`_weight`): one framing phrase, or two words or claims; one word
#: alone is ordinary reporting (a rival's "defence" in a sports story, "security" in an election report).
MIN_STANCE = 2
# a framing word that names a job or a body ("defence minister", "security chief", "Security Council")
_IN_A_TITLE = re.compile(r"[\s-]+(?:minister|ministers|ministry|ministries|chief|chiefs|secretary|department|council|committee|"
                         r"official|officials|spokes(?:man|woman|person)|agency|adviser|advisor|correspondent|analyst|analysts)\b", re.I)
STANCE_LISTS = ("security_frame", "culture_frame", "loaded", "boosters", "self_describing", "stock_phrases")


def stance_words(art: "Article | str", *, quoted: bool = False) -> dict[int, list[str]]:
    """Per paragraph, the words that take a stance, as a reader sees them: framing words from the lexicons
    (“defensive posture” (security and defence words)) and vague attributions (“many parents say”).

    Words inside a quote whose speaker is named are left out: they are that person's stance, reported
    and checkable (“it is clear political favors trumped common sense,” a senator's statement), which is
    sourcing, not the writer's own framing. ``quoted=True`` lists those instead (“it is clear”
    (boosters), quoted from John Cornyn), so a reason can say why they do not count.

    >>> stance_words("mosul", quoted=True)[7][:1]
    ['“mutual respect” (culture and solidarity words), quoted from Dr. Hisham Al-Hashimi']
    >>> 7 in stance_words("mosul")  # (paragraph 7's only framing words are in that quote)
    False
    """
    return stance_lists(art)[1 if quoted else 0]


def stance_lists(art: "Article | str") -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Both lists of :func:`stance_words` in one reading: the writer's own stance words, then those quoted from a
    named speaker (per paragraph)."""
    art = as_article(art)
    own: dict[int, list[str]] = defaultdict(list)
    theirs: dict[int, list[str]] = defaultdict(list)
    q = find_quotes(art)
    said = [(a, b, who) for a, b, who in zip(q["start"].tolist(), q["end"].tolist(), q["speaker"].tolist()) if who is not pd.NA]
    rows = []
    for r in framing_rows(art, lists=STANCE_LISTS):  # (shared with find_framing on the same article)
        if _IN_A_TITLE.match(art.text, r["start"] + len(r["text"])):
            continue  # "the defence minister", "the Security Council": a job or a body's name, not the writer's stance
        who = next((w for a, b, w in said if a <= r["start"] < b), None)
        rows.append((theirs if who else own, r["paragraph"], r["text"], r["label"], f", quoted from {who}" if who else ""))
    a = find_attributions(art)
    rows += [(own, n, cue, "a claim on nobody's authority", "") for n, cue, kind in
             zip(a["paragraph"].tolist(), a["cue"].tolist(), a["kind"].tolist()) if kind is not pd.NA and kind == "vague"]
    for out, n, text, label, whose in rows:
        shown = f"“{text}” ({label[:1].lower() + label[1:]}){whose}"
        if shown not in out[int(n)]:
            out[int(n)].append(shown)
    return dict(own), dict(theirs)


def _weight(shown: str) -> int:
    """How much one stance item weighs: a framing phrase of several words, a stock or self-describing phrase 2
    (“defensive posture”, “it is worth mentioning”); one framing word or a claim on nobody's authority 1
    (“security”, “never”, “officials said”: ordinary reporting uses them one at a time)."""
    text, label = shown[1:].split("” (", 1)
    if "nobody's authority" in label:
        return 1
    return 2 if len(text.split()) >= 2 or label.startswith(("stock", "self")) else 1


def needs_a_stance(rows: list[dict], stance: dict[int, list[str]], quoted: "dict[int, list[str]] | None" = None) -> None:
    """Keep a flag only where its passage (the run of neighbouring flagged paragraphs) also frames the
    newcomer: an inserted passage turns to someone new *and* takes a stance on them; an ordinary
    article that turns to a second place or company for a paragraph or two (Mars in a story about
    the Moon) uses no framing words there. Each row's reason says which words, or why not
    (``quoted``: the stance words inside a named speaker's quote, per paragraph, which do not count)."""
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
                theirs = (quoted or {}).get(rows[i]["paragraph"])
                rows[i]["reason"] += ("; not flagged: " + ("only one word that takes a stance (" + stance[rows[i]["paragraph"]][0]
                                      + "), which ordinary reporting uses too" if stance.get(rows[i]["paragraph"]) else
                                      "its words that take a stance are in a named speaker's quote (" + ", ".join(theirs[:2])
                                      + "): that person's view, reported, not the writer's own framing" if theirs else
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
