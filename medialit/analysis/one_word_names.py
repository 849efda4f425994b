"""People an article names by one word only: "says Heng, who gave no surname", "Chet, 41, agreed", "Maria, a
nurse, said", "Turkish president Erdoğan spoke" (issue 12: profiles and wire copy name people so).

:func:`single_names` finds them where the sentence makes plain the word is a person's name; pronoun
resolution (:mod:`.speakers`) and named sources (:mod:`.sources`) read them beside the full names of
:func:`.names.people_in_text`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._prefilter import quick
from ._text import PLACE_WORDS, STOPWORDS, is_org
from .names import _CALENDAR, _LANGUAGES, JOB_TITLES, OPENERS, _countries, people_in_text

# A person the article names by one word only ("Heng", "Dara": people who gave only a first name), where the
# sentence reads so plainly: after a verb of saying ("says Heng, who …"), or opening a sentence before ", who"
# or an age ("Chet, who decided …", "Dara, 34, …")
_SINGLE_AFTER_VERB = re.compile(r"\b(?:said|says|added|adds|asked|explained|recalled|wrote|insisted|stated|"
                                r"continued|recounted)\s+(?P<name>[A-Z][a-z]{2,})(?=\s*[,.;:!?]|\s+(?:who|as)\b)")
_SINGLE_OPENING = re.compile(r"(?P<name>[A-Z][a-z]{2,}),\s+(?:who\b|\d{1,3},)")
# "Maria, a nurse, said …", "Chet, a Canadian engineer, agreed": one word, then a job that fits only a person
# (the whole description up to its comma when there is one: "Sumption, a former Supreme Court justice, said")
_SINGLE_DESCRIBED = re.compile(r"(?P<name>[A-Z][a-z]{2,}),\s+(?:a|an)\s+(?P<desc>(?:[\w’'-]+\s+){0,5}[a-z][\w-]+(?=,)|"
                               r"(?:[\w’'-]+\s+){0,3}?[a-z][\w-]+(?=[,\s]))")
# "Markus said the vineyard had lost money": one word opening the sentence before a verb of saying
# ("Shen in Shanghai said": where they are between; Chinese news style gives the family name first, then uses it alone)
_SINGLE_SAID = re.compile(r"(?P<name>[A-Z][a-z]{2,})(?:,\s+(?:however|though|meanwhile|too),|\s+in\s+[A-Z][a-z]+)?\s+(?:also\s+)?(?:said|says|told|tells|"
                          r"added|agreed|disagreed|explained|recalled|insisted|argued|countered|cautioned|warned|replied|responded|"
                          r"conceded)\b")
# "Turkish president Erdoğan called …", "Coach Wenger praised …": a job that only a person holds, then one
# capitalised word that no other capitalised word follows
_SINGLE_TITLED = re.compile(r"\b(?i:president|minister|chancellor|premier|king|queen|prince|princess|pope|coach|mayor|"
                            r"senator|governor|judge|general|colonel|captain|sergeant|detective|inspector|ambassador|"
                            r"sheikh|rabbi|bishop|archbishop|cardinal|imam|striker|midfielder|defender|goalkeeper|"
                            r"manager|singer|rapper|actor|actress|chairman|spokesman|spokeswoman|commander)"
                            r"\s+(?P<name>[A-Z][^\W\d_]{2,})(?![\w’'-]|\s+[A-Z]|\.[A-Z])")
# (where each may stand: the start of a sentence, or, for ", who" and an age, after a relative: "his daughter Anna, 19,")
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?]\s|[.!?][”\"]\s)$")
_OPENING_START = re.compile(r"(?:^|\n|[.!?”\"]\s|\b(?:wife|husband|daughter|son|mother|father|brother|sister),?\s)$")


@lru_cache(maxsize=4)
def single_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """People named by one word only, where the sentence makes plain it is a person: ``(start, end, name)``.

    A word also written in lower case in the article ("Police said … police"), a stop word, a sentence
    opener, a month or day, a job, an organisation's or place's word, a country or a language is no name.

    >>> single_names("“I will not vote,” says Heng, who gave no surname. Chet, 41, agreed.")
    ((24, 28, 'Heng'), (51, 55, 'Chet'))
    >>> single_names("Turkish president Erdoğan spoke.")
    ((18, 25, 'Erdoğan'),)
    """
    lower = set(re.findall(r"\b[a-z]+\b", text))
    firsts = {n.split()[0] for _, _, n in people_in_text(text) if len(n.split()) >= 2}
    out = []
    for rx, start in ((_SINGLE_AFTER_VERB, None), (_SINGLE_OPENING, _OPENING_START), (_SINGLE_DESCRIBED, _SENTENCE_START),
                      (_SINGLE_SAID, _SENTENCE_START), (_SINGLE_TITLED, None)):
        for m in rx.finditer(text):
            word = m.group("name")
            if start is not None and not start.search(text, max(0, m.start() - 12), m.start()) and not (
                    rx is _SINGLE_SAID and word in firsts and text.endswith(", ", 0, m.start())):
                continue  # (or after an opening phrase, one word the article gave as a full name's first: "…, Shen said")
            if rx is _SINGLE_DESCRIBED and not any(w.capitalize() in JOB_TITLES for w in m.group("desc").split()):
                continue  # "Paris, a city of …": only a job makes the word a person's name
            if rx is _SINGLE_SAID and word.endswith("s") and word not in firsts:
                continue  # "Witnesses said", "Officials told": people by what they are, unless a first name
            low = word.lower()
            if low in lower or low in STOPWORDS or low in OPENERS or low in _CALENDAR or word in _LANGUAGES \
                    or word in JOB_TITLES or low in JOB_TITLES or is_org(word) or word in PLACE_WORDS \
                    or word in _countries():
                continue
            out.append((m.start("name"), m.end("name"), word))
    return tuple(sorted(set(out)))


# (behind a look-ahead on the characters its matches start with: same matches, found faster; _prefilter.quick)
_SINGLE_TITLED = quick(_SINGLE_TITLED)
