"""Partial quotes: a few quoted words inside the writer's sentence, credited by the last "X said" before them.

"FIDH said the vote was a “sham”", "John McAuliff, who said the context was “imperfect”", "Jones of the Stimson Center
argued that the policy is more a “symbolic gesture”": :func:`_partial` finds who the sentence says spoke, for
:func:`~medialit.analysis.quotes.find_quotes`, and none when someone else speaks after them or when the name before
the verb is only where someone works or something they did ("in the U.S. told VOA").
"""

from __future__ import annotations

import re

from ._text import NAME, POSTNOMINAL, is_org
from .names import _people_in
from .speech import _AND_SAID, _PARTIAL, _SPEAKING, _VERB, _VERB_RE


# the end of a longer name only ("Hollis of the Center for Rural Health argued": "Rural Health" is no one)
# (never inside a job's title: "Former Assistant Secretary of State for African Affairs Linda Thomas-Greenfield told")
_TAIL_OF_NAME = re.compile(r"^(?!.*\b(?:Secretary|Minister|Director|Commissioner|Administrator|Chief|Head|President|Chair\w*)\b[^,.;]*$)"
                           r".*\b[A-Z][\w’'\-]+\s+for\s+(?:the\s+)?$", re.S)
# a country after "in": where something is, no speaker ("resettlement in the U.S. told VOA")
_COUNTRY = re.compile(r"(?:the\s+)?(?:U\.S\.|U\.K\.|US|UK|United\s+(?:States|Kingdom|Nations)|European\s+Union)")
# "Jones of the Stimson Center": a person, then where they work (not a job: "Secretary of State Rex Tillerson")
_AFFILIATED_BEFORE = re.compile(r"\b(?!(?:Secretary|Minister|Director|President|Chairman|Head|Chief|Department|Ministry|Office|"
                                r"University|Institute|School|Council|Bureau|Board)\b)[A-Z][\w’'\-]+\s+(?:of|at|from)\s+(?:the\s+)?"
                                r"(?:[a-z][\w\-]*\s+){0,2}$")  # (or "Rosenthal at the left-leaning Tax Policy Center concluded")


def _partial(before: str) -> re.Match | None:
    """The last "X said" in ``before`` when no other verb of speech (or quote) follows it."""
    last = None
    for m in _PARTIAL.finditer(before):
        if not re.search(r"[’']s$", m.group("speaker")) \
                and not (is_org(m.group("speaker")) and _AFFILIATED_BEFORE.search(before[:m.start("speaker")])) \
                and not _TAIL_OF_NAME.search(before[:m.start("speaker")]) \
                and not (_COUNTRY.fullmatch(m.group("speaker")) and re.search(r"\b(?:in|at|to|for|into|near)\s+$", before[:m.start("speaker")])) \
                and not (re.fullmatch(r"[A-Z][\w’'-]+", m.group("speaker")) and re.search(r"\b(?:in|at|near)\s+$", before[:m.start("speaker")])):
            # (nor a place: "filed in federal court in Denver, states")
            last = m  # (not "said Trump's claims were …": a noun; nor "Jones of the Stimson Center argued": Jones's words)
            if (rel := _RELATIVE_OPEN.search(before, 0, m.start("speaker"))) and not _people_in(m.group("speaker"), 0, []):
                # "Gabriel Osei-Tutu, who … on the International Space Station Program, put it": the person the clause is about
                last = re.compile(rf"(?P<speaker>{re.escape(rel.group('speaker'))}).*?(?P<verb>{re.escape(m.group('verb'))})",
                                  re.S).search(before, rel.start(), m.end("verb"))
    if last is None:  # "John McAuliff, who said the context was “imperfect”", "FIDH said the vote was a “sham”"
        for m in _WHO_SAID_PARTIAL.finditer(before):
            last = m
        for m in _ACRONYM_SAID.finditer(before):
            last = m if last is None or m.start() > last.start() else last
        for m in _AND_SAID.finditer(before):
            last = m if last is None or m.start() > last.start() else last
    return last if last and not any(not re.search(r"[’']s\s+$", before[:v.start()]) and not re.match(r"add(?:ed|s)\s+to\b", before[v.start():])
                                    for v in _VERB_RE.finditer(before, last.end())) \
        and not _SPEAKING.search(before, last.end()) else None  # ("She said one man kept shouting, “…”": his words)


_RELATIVE_OPEN = re.compile(rf"(?P<speaker>{NAME}),\s+who\s[^,“”\"]*$")
_ACRONYM_SAID = re.compile(rf"(?!{POSTNOMINAL})(?!(?<=[a-z],\s)[A-Z]{{2}}(?![A-Z]))(?P<speaker>\b[A-Z]{{2,6}})(?![\w’'.-])\s+(?:has\s+|had\s+)?(?:also\s+)?(?P<verb>{_VERB})\b")
_WHO_SAID_PARTIAL = re.compile(rf"(?P<speaker>{NAME}),\s+who\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?(?P<verb>{_VERB})\b")
