"""Quote runs: a paragraph that opens with an unattributed quote and goes on with the same person's words.

Features quote one person paragraph after paragraph and credit only some of the quotes: “When we started …
no one knew who we were.” … “You have to produce some results,” he said. When the paragraph's next quote
is credited to one person, nobody else is named between the two quotes, and the paragraph before quoted or
named that same person last, the opening quote is theirs too (Bell 1991, *The Language of News Media*,
ch. 10: a run of quotes keeps its speaker until the text names another). Otherwise it stays unattributed.
"""

from __future__ import annotations

import re

import pandas as pd

from ._text import surname
from .names import people_in_text
from ..corpus.tables import Article


def _known(value) -> bool:
    return value is not None and not pd.isna(value)


def run_opening(art: Article, rows: list[dict]) -> None:
    """Give a paragraph's opening quote with no speaker the speaker of the paragraph's next quote, when that
    one is credited, nobody else is named between them, and the paragraph before names or quotes that same
    person last. ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text = art.text
    quotes = [r for r in rows if r["kind"] == "quote"]
    people = people_in_text(text)
    for k, row in enumerate(quotes):
        para = art.paragraphs[row["paragraph"] - 1]
        if _known(row["speaker"]) or text[para.start:row["start"]].strip() or row["paragraph"] < 2:
            continue
        nxt = next((r for r in quotes[k + 1:] if r["paragraph"] == row["paragraph"]), None)
        if nxt is None or not _known(nxt["speaker"]) or not _known(nxt["speaker_as_written"]):
            continue
        who = surname(nxt["speaker"])
        if any(surname(n) != who for s, e, n in people if row["end"] <= s and e <= nxt["start"]):
            continue  # someone else is named between the two quotes
        prev = art.paragraphs[row["paragraph"] - 2]
        before = [r for r in quotes if r["paragraph"] == prev.n]
        named = [n for s, e, n in people if prev.start <= s and e <= prev.end]
        last = before[-1]["speaker"] if before else (named[-1] if named else None)
        if not _known(last) or surname(last) != who or any(surname(n) != who for n in named):
            continue  # the paragraph before is about someone else, or about several people
        row["speaker"] = nxt["speaker"]
        row["reason"] = (f"quoted words; the paragraph's next quote is {nxt['speaker']}'s, the paragraph before is "
                         f"about them too, and nobody else is named in between: {nxt['speaker']}")


def run_before_credit(art: Article, rows: list[dict]) -> None:
    """Quotes set one after another with nothing between them but a space, the last one credited: “We are not afraid.”
    “They can block our roads …” “We will be on the ballot,” Oduya said. The uncredited ones are that speaker's
    (the credit closes the run). ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text = art.text
    quotes = [r for r in rows if r["kind"] == "quote"]
    for k in range(len(quotes) - 2, -1, -1):
        row, nxt = quotes[k], quotes[k + 1]
        if _known(row["speaker"]) or not _known(nxt["speaker"]) or row["paragraph"] != nxt["paragraph"] \
                or text[row["end"]:nxt["start"]].strip() or str(row["text"]).rstrip().endswith("?"):
            continue  # (a question, then its answer: two people, “Was it a mistake?” “In hindsight, yes,” Aldane said)
        row["speaker"] = nxt["speaker"]
        row["reason"] = (f"quoted words; the quote right after it, with nothing between them, is {nxt['speaker']}'s "
                         f"(the credit closes the run): {nxt['speaker']}")



def someone_new(art: Article, para_n: int, speaker: str) -> bool:
    """Whether the paragraph before ``para_n`` names someone other than ``speaker`` after its last quote: "“…,” she
    said. The camp's manager, Idris Bako, is less optimistic." — the quote-only paragraph that follows may be his."""
    if para_n < 2:
        return False
    prev = art.paragraphs[para_n - 2]
    text = art.text
    ends = [m.end() for m in re.finditer(r"[”\"]", text[prev.start:prev.end])]
    after = prev.start + (ends[-1] if ends else 0)
    return any(surname(n) != surname(speaker) for s, e, n in people_in_text(text) if after <= s and e <= prev.end)
