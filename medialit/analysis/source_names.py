"""How a source's name is read out of a cue: the speaker a pattern match gives, past a day or a place it spans
("At a press conference in Jakarta on Monday, CNRP vice president Mu Sochua said"), and the country that ends a job
before a name ("US Ambassador to Germany Richard Grenell"). Used by :mod:`.sources`.

>>> country_before("Germany Richard Grenell")
8
>>> country_before("Richard Grenell")
0
>>> full_org("Corvane Industries will close a plant. Corvane blamed costs.", "Corvane"), full_org("Ana Ruiz spoke.", "Ana Ruiz")
('Corvane Industries', None)
"""

from __future__ import annotations

import re

from ._text import TITLED_NAME_RE, _one_word_states, is_org
from .given_names import given_name
from .names import _CALENDAR, HONORIFICS, JOB_TITLES, _countries, person

# a place after "in" never speaks
_PLACE_PREP = re.compile(r"\b(?:in|near|outside|inside|across|throughout)\s+$")


_WORD_START = re.compile(r"(?<![\w’'\-])[A-Z]|\b[Hh]e\b|\b[Ss]he\b")


def word_matches(rx: re.Pattern, chunk: str):
    """``rx``'s matches, as ``finditer`` finds them, except that a match whose "speaker" is a day or a place does not
    hide a later speaker in its span ("At a press conference in Jakarta on Monday, CNRP vice president Mu Sochua,
    one of …, said": Jakarta is skipped, Mu Sochua is read)."""
    end = -1
    for w in _WORD_START.finditer(chunk):
        if w.start() < end:
            continue
        if (m := rx.match(chunk, w.start())):
            # (a day or a place after "in" never speaks, and the loop skips it: a later speaker in its span is read)
            end = m.end("speaker") if m.group("speaker").strip().lower() in _CALENDAR \
                or _PLACE_PREP.search(chunk, 0, m.start("speaker")) else m.end()
            yield m


def country_before(name: str) -> int:
    """How many characters of a "name" are a country that ends a job before the person: in "US
    Ambassador to Germany Richard Grenell alleged" the match "Germany Richard Grenell" is preceded by
    "to", which governs Germany, not the ambassador (0 when the name has no such country)."""
    words = name.split()
    if len(words) < 3 or words[0] not in _countries() | _one_word_states():  # (or a state: "Senator from Vermont")
        return 0
    rest = name[len(words[0]):].lstrip()
    return len(name) - len(rest) if person(rest) == rest else 0


def titled(text: str, name: str) -> bool:
    """Whether a lone surname stands after a title somewhere in ``text`` ("Congresswoman Stefanik"): a person, though
    the article never gives the first name.

    >>> titled("Congresswoman Stefanik wrote to CBP.", "Stefanik"), titled("Stefanik is a town.", "Stefanik")
    (True, False)
    """
    return any(m.group().split()[-1] == name for m in TITLED_NAME_RE.finditer(text))


def named_reason(written: str, full: str, verb: str) -> str:
    """The plain reason for a named source, the verb quoted as written.

    >>> named_reason("Ana Ruiz", "Ana Ruiz", "told  reporters"), named_reason("he", "Nicolas Sarkozy", "stated")
    ('Ana Ruiz is named as the source (“told reporters”)', '“he” is Nicolas Sarkozy, named before (“stated”)')
    """
    verb = re.sub(r"\s+", " ", verb)
    if written.lower() in ("he", "she") or written.startswith("the ") and full != written:
        return f"“{written}” is {full}, named before (“{verb}”)"
    return f"{written} is named as the source (“{verb}”)"


def full_org(text: str, name: str) -> str | None:
    """The organisation a source's name stands for in ``text``: the name itself when it names one ("Graystone Waste"),
    or the longer name the article gave it ("Corvane" after "Corvane Industries"); None for a person (a given name
    first, or no organisation's name in the text that the name begins)."""
    if is_org(name):  # (never people named together: "Ana Ruiz and 31 Members of Congress")
        return name if not re.search(r",|\band\b|&", name) and not given_name(name.split()[0]) else None
    if not re.fullmatch(r"[A-Z][\w’'-]+", name) or given_name(name):
        return None  # (only one word can stand for a longer name: "Ana Ruiz" is a person's)
    for before in re.finditer(rf"([A-Z][\w’'-]*)\.?\s+{re.escape(name)}\b", text):
        if given_name(before.group(1)) or before.group(1) in JOB_TITLES or before.group(1) in HONORIFICS:
            return None  # ("Mayor Sisitsky", "Charlie Sisitsky": a person's surname)
    longer = re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?:\s+[A-Z][\w&.’'-]*)+", text)
    return next((m.group() for m in longer if is_org(m.group())), None)
