"""Pronouns: which of "he" and "she" an article itself uses for a person it names.

A pronoun speaker ("…,” she said) is resolved to a person named before it
(:func:`medialit.analysis.speakers.resolve_pronoun`). When the person found is one the article has
already called by the other pronoun ("Michael Makuei paid tribute. He said …" and later "“…,” she
said"), the resolution is wrong, and a wrong name is worse than none (issue 12). The article's own
words are the only evidence read here: an honorific (Mr., Mrs., Ms., Miss), a relation or job word
that says it ("his wife Ana Ruiz", "spokeswoman Ana Ruiz"), and a sentence that names only that
person followed by one that opens with He/His or She/Her.

First names only rule a reading out, never name anyone: :func:`first_name_pronoun` says "he" or "she" for
a first name that records from many countries give almost only to men or only to women, and nothing for
the rest (names shared across cultures, unknown ones). "Keir Starmer campaigned alongside Angela Rayner. “…,” she said" then means Angela Rayner,
and a "she" after only Keir Starmer is left unclear rather than given his name. A person may use any
pronoun; the article's own words (:func:`pronoun_for`) always come first.
"""

from __future__ import annotations

import re

from ._text import surname
from .given_names import given_name
from .names import people_in_text
from ..corpus.tables import Article

_HE_BEFORE = (r"Mr\.?|(?i:husband|father|son|brother|widower|boyfriend|uncle|grandfather|nephew|spokesman|"
              r"businessman|congressman|chairman|sportsman|policeman|headmaster|actor)|King|Prince|Sir|Lord|Duke|Fr\.")
_SHE_BEFORE = (r"Mrs\.?|Ms\.?|Miss|(?i:wife|mother|daughter|sister|widow|girlfriend|aunt|grandmother|niece|"
               r"spokeswoman|businesswoman|congresswoman|chairwoman|actress|sportswoman|policewoman|headmistress|nun)|"
               r"Queen|Princess|Dame|Lady|Duchess|Sr\.")
# (the words found right before a name: "Mrs. Ana Ruiz", "his wife, Ana", "spokeswoman Ana Ruiz")
_WORDS_BEFORE = [(p, re.compile(rf"\b(?:{words}),?\s+(?:[A-Z][\w’'\-.]*\s+){{0,3}}$"))
                 for p, words in (("he", _HE_BEFORE), ("she", _SHE_BEFORE))]
_RIGHT_BEFORE = [(p, re.compile(rf"\b(?:{words}),?\s+$")) for p, words in (("he", _HE_BEFORE), ("she", _SHE_BEFORE))]
_NEXT = re.compile(r"\s*(?P<p>He|His|She|Her)\b")  # (not inside a quote: “He told me …”)


def pronoun_for(art: Article, name: str, before: int) -> str | None:
    """``"he"``, ``"she"`` or None: the pronoun the article's text before offset ``before`` uses for
    ``name`` (a person's name as :func:`~medialit.analysis.names.people_in_text` gives it), or None when
    it shows neither or both.

    >>> import pathlib, tempfile
    >>> from medialit.corpus.loader import load_article
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "case.txt"
    >>> _ = path.write_text("Michael Makuei paid tribute. He said it was a loss. His wife Ana Ruiz wept. "
    ...                     "Tom Berg and Lena Ortiz spoke.", encoding="utf-8")
    >>> art = load_article(path)
    >>> [pronoun_for(art, n, len(art.text)) for n in ("Michael Makuei", "Ana Ruiz", "Tom Berg")]
    ['he', 'she', None]
    """
    last = surname(name)
    if not last or not last[:1].isupper():
        return None
    text = art.text[:before]
    found = set()
    people = [p for p in people_in_text(art.text) if p[1] <= before]
    firsts = {n.split()[0] for _, _, n in people if surname(n) == last and len(n.split()) > 1}
    # (the surname alone when one person has it, perhaps after other names; the whole name when two do:
    # "Mr. Smith" may be either Smith)
    target, before_rx = (last, _WORDS_BEFORE) if len(firsts) <= 1 else (name, _RIGHT_BEFORE)
    at = text.find(target)
    while at >= 0:
        end = at + len(target)
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
            window = text[max(0, at - 80):at]
            for pronoun, rx in before_rx:
                if rx.search(window):
                    found.add(pronoun)
        at = text.find(target, at + 1)
    # ("Virginia Giuffre said she had been …", "Ahmed Al-Sayed and his wife", "Ingrid Larsen, who led the study, and
    # her colleague", "Jacinda Ardern announced her resignation": the person's own pronoun, in the same clause)
    own = re.compile(rf"\b{re.escape(target)},?\s+(?:said|says|told\s+\w+|added|claimed|insisted|believes|believed|thinks|"
                     rf"thought|felt|hoped|wrote)\s+(?:that\s+)?(?P<p>he|she)\b"
                     # (with a description between, only the coordinated relative: "Lam Chantha, the wife of Lee Moss,
                     # said he was gone" speaks of someone else)
                     rf"|\b{re.escape(target)}(?:,\s+[^,“”\"]{{1,80}},)?,?\s+(?:and\s+(?P<q>his|her)\s+(?:[a-z]+\s+)?(?:wife|"
                     rf"husband|colleagues?|son|daughter|partner|family|team|children|mother|father|brother|sister)\b|"
                     rf"announced\s+(?P<r>his|her)\s+(?:resignation|retirement|candidacy))")
    for m in own.finditer(text):
        found.add("he" if (m.group("p") or m.group("q") or m.group("r")) in ("he", "his") else "she")
    for sent in art.sentences:
        if sent.end >= before:
            break
        named = {n for s, e, n in people if sent.start <= s < sent.end}
        # (only forms of this very name: "Anna Smith" is not "Tom Smith")
        if not named or any(not (n == name or n in name.split() or name.endswith(" " + n)) for n in named):
            continue
        m = _NEXT.match(art.text, sent.end)
        if m and m.end() <= before:
            found.add("he" if m.group("p") in ("He", "His") else "she")
    return found.pop() if len(found) == 1 else None


def first_name_pronoun(name: str) -> str | None:
    """``"he"`` or ``"she"`` when the first word of ``name`` is a first name that name records from many
    countries give almost only to men or only to women (``first_names.tsv``: p(woman) at most 0.05 or at least
    0.95 across 10 or more sources, from ``nomquamgender``, Van Buskirk, Clauset and Larremore, ICWSM 2023);
    None otherwise: no first name, a name shared across cultures ("Jean", "Kim", "Ayan"), an unknown one.
    Only used to rule a pronoun's reading out (see the module).

    >>> first_name_pronoun("Angela Rayner"), first_name_pronoun("Keir Starmer"), first_name_pronoun("Kim Lee")
    ('she', 'he', None)
    >>> first_name_pronoun("Starmer"), first_name_pronoun("Dr. Ana Ruiz"), first_name_pronoun("Ayan Mohamed Ali")
    (None, 'she', None)
    """
    words = [w for w in name.split() if not w.endswith(".") and w not in ("Dr", "Mr", "Mrs", "Ms", "Prof", "Sir")]
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    return given_name(words[0])
