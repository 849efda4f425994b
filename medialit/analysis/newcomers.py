"""Newcomer names as a student reads them in a seam's reason: whole names ("Golnar Freight Lines",
not "Lines"), demonyms folded into their country ("Israeli" -> "Israel"), and the longer name a
newcomer sits inside ("the Israel-Palestine conflict").

>>> t = "Ships of Golnar Freight Lines and the U.S. Forest Service Chief spoke."
>>> _phrases(t, [_whole_name(t, t.find("Lines"), t.find("Lines") + 5, 0)])
['Golnar Freight Lines']
"""

from __future__ import annotations

import re

from ._text import STOPWORDS, norm
from .names import JOB_TITLES

_CALENDAR = frozenset("""jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december mondays tuesdays wednesdays thursdays fridays
saturdays sundays""".split())
_DEMONYMS = {"israeli": "israel", "israelis": "israel", "palestinian": "palestine", "palestinians": "palestine",
             "iraqi": "iraq", "iraqis": "iraq", "iranian": "iran", "iranians": "iran", "gazan": "gaza",
             "gazans": "gaza", "lebanese": "lebanon", "syrian": "syria", "syrians": "syria",
             "egyptian": "egypt", "jordanian": "jordan", "american": "america", "americans": "america",
             "russian": "russia", "ukrainian": "ukraine", "chinese": "china", "japanese": "japan",
             "turkish": "turkey", "saudi": "saudi", "persian": "persia", "mosulis": "mosul",
             "martian": "mars", "martians": "mars"}
_PHRASE = re.compile(r"[A-Z][\w’'\-]*(?:(?:\s+|\s+(?:of|the|for|&)\s+(?:the\s+)?)[A-Z][\w’'\-]*)*")


def _phrases(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Newcomer names as phrases: neighbouring name words joined ("Axis of Resistance"), each once."""
    out: list[str] = []
    merged: list[list[int]] = []
    for a, b in sorted(set(spans)):
        if merged and re.fullmatch(r"\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?|-", text[merged[-1][1]:a]):
            merged[-1][1] = b
        else:
            merged.append([a, b])
    for a, b in merged:
        phrase = re.sub(r"[’']s?$", "", text[a:b])
        key = phrase.lower()
        demonym = _DEMONYMS.get(key)
        phrase = demonym.title() if demonym else phrase
        if phrase not in out:
            out.append(phrase)
    return out


def _compound_at(text: str, a: int, b: int) -> str:
    """The longer name a newcomer word is part of: the hyphenated word or capitalised phrase around it."""
    for m in _PHRASE.finditer(text, max(0, a - 80), min(len(text), b + 80)):
        if m.start() <= a and b <= m.end():
            words = m.group().split()
            while len(words) > 1 and norm(words[0]) in STOPWORDS:
                words = words[1:]
            return re.sub(r"[’']s$", "", " ".join(words))
    return text[a:b]


def _more(n: int) -> str:
    return f"{n} more sentence" + ("s" if n > 1 else "")


_LEFT_WORD = re.compile(r"([A-Z][\w\-]*)\s+$")
_RIGHT_WORD = re.compile(r"\s+([A-Z][\w\-’']*)")


def _whole_name(text: str, a: int, b: int, sentence_start: int) -> tuple[int, int]:
    """The whole name a newcomer word (``text[a:b]``) belongs to, for the reason a student reads:
    capitalised words next to it are part of it ("Golnar Freight Lines", "Forest Service", not
    "Lines", "Forest"), but not the sentence's first word, a possessive ("Israel’s Iron Dome" is
    about Israel), a job title ("Chief") or a common word ("While", "On", "Monday").

    >>> t = "Ships of Golnar Freight Lines and the U.S. Forest Service Chief spoke."
    >>> [t[slice(*_whole_name(t, t.find(w), t.find(w) + len(w), 0))] for w in ("Lines", "Forest")]
    ['Golnar Freight Lines', 'Forest Service']
    """
    while True:
        m = _LEFT_WORD.search(text, sentence_start, a)
        if not m or m.start() == sentence_start or m.group(1).endswith(("’s", "'s")):
            break
        k = norm(m.group(1))
        if k in STOPWORDS or k in _CALENDAR or m.group(1) in JOB_TITLES:
            break
        a = m.start()
    while not text[a:b].endswith(("’s", "'s", "’", "'")):
        m = _RIGHT_WORD.match(text, b)
        if not m or norm(m.group(1)) in STOPWORDS or norm(m.group(1)) in _CALENDAR or m.group(1) in JOB_TITLES:
            break
        b = m.end()
    return a, b
