"""Headline lines in Title Case: a line a pasted article opens with ("President Signs Executive Order Lowering Drug
Costs") holds capitalised words that are no names. The line's verb gives it away: headlines use the present tense
("Signs", "Announces", "Unveils"). Used by :mod:`.names`, so that no "person" is read out of such a line.

>>> in_headline("President Signs Executive Order Lowering Drug Costs", 26, 51)
True
>>> in_headline("Mayor Ann Lee Signs the Budget. Ann Lee spoke.", 32, 39)
False
"""

from __future__ import annotations

import re

# the present-tense verbs of headlines and release titles (AP headline style; the White House's and Congress's own)
HEADLINE_VERBS = frozenset("""Signs Announces Launches Unveils Releases Issues Calls Urges Says Takes Introduces Applauds
    Celebrates Highlights Hosts Joins Leads Marks Meets Praises Secures Slams Welcomes Demands Warns Blasts Backs Votes
    Passes Unveil Announce Launch Sign Introduce Applaud Celebrate Demand Urge Welcome Delivers Approves Reveals
    Proposes Pushes Seeks Expands Opens Names Nominates Vows Honors Honours Condemns Commends Reintroduces""".split())
_LINE_RUN = re.compile(r"[A-Z][\w’'&-]*(?:[^\S\n]+(?:(?:of|and|the|for|to|on|in|a|an|with|at|by)[^\S\n]+)*[A-Z][\w’'&-]*)*")


def in_headline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a run of capitalised words (on one line) that holds a headline verb."""
    line_start = text.rfind("\n", 0, start) + 1
    for run in _LINE_RUN.finditer(text, line_start, text.find("\n", end) if "\n" in text[end:] else len(text)):
        if run.start() <= start and end <= run.end():
            return any(w in HEADLINE_VERBS for w in run.group().split())
    return False
