"""Quoting article text in the kit's messages: curly marks around it, never twice.

A sentence picked from an article often begins and ends with its own quotation marks (“It breaks my heart.”);
feedback, keys and import reports that quote it must not add a second pair (““…””).

>>> quoted("the numbers are the numbers"), quoted("“It breaks my heart.”"), quoted('"Nobody asked us," he said.')
('“the numbers are the numbers”', '“It breaks my heart.”', '"Nobody asked us," he said.')
"""

from __future__ import annotations

_OPENING = "“\"‘'«„"


def quoted(text: str) -> str:
    """``text`` in curly quotation marks, unless it already opens with a quotation mark (a quote, perhaps followed by
    its credit, '"Nobody asked us," he said.', or cut short: '“We simply do not have the money…')."""
    t = text.strip()
    return t if t[:1] in _OPENING else f"“{t}”"
