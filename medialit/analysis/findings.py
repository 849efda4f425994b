"""What the kit finds in one article, in the shapes the command line prints.

``findings_json`` gives the analysis keys of ``python -m medialit inspect --json``;
``findings_lines`` the same findings as the indented lines of its table output.
Quotes come from :mod:`.quotes`, attributions from :mod:`.attribution`, the seam
score from :mod:`.seams`.

>>> from medialit import load_corpus
>>> sorted(findings_json(load_corpus()["qom"]))
['attributions', 'drift', 'quotes']
"""

from __future__ import annotations

import textwrap

from ..corpus.tables import Article
from .attribution import find_attributions
from .quotes import find_quotes
from .seams import SEAM_THRESHOLD, find_seams


def findings_json(article: Article) -> dict:
    """The analysis keys of ``python -m medialit inspect --json``: ``quotes``, ``attributions``, ``drift``.

    ``quotes``: ``[{"paragraph": n, "text": str, "speaker": str or null}]``;
    ``attributions``: ``[{"paragraph": n, "text": str, "kind": "named" | "institution" | "vague"}]``
    (``text`` is the sentence that attributes); ``drift``: one
    ``{"paragraph": n, "score": float, "flagged": bool}`` per paragraph (the seam score).
    """
    quotes = find_quotes(article)
    attributions = find_attributions(article)
    seams = find_seams(article)
    return {
        "quotes": [{"paragraph": int(q.paragraph), "text": str(q.text),
                    "speaker": None if _missing(q.speaker) else str(q.speaker)} for q in quotes.itertuples()],
        "attributions": [{"paragraph": int(a.paragraph), "text": str(a.text), "kind": str(a.kind)}
                         for a in attributions.itertuples()],
        "drift": [{"paragraph": int(d.paragraph), "score": float(d.score), "flagged": bool(d.flagged)}
                  for d in seams.itertuples()],
    }


def _missing(value) -> bool:
    """True for None and pandas' missing values (<NA>, NaN, NaT); never asks pandas' NA for its truth."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    return isinstance(value, float) and value != value


def findings_lines(article: Article) -> list[str]:
    """The findings of one article as indented lines, for the table output of ``inspect``.

    >>> from medialit import load_corpus
    >>> findings_lines(load_corpus()["mosul"])[0]
    '  quotes: 1'
    """
    out = []
    quotes = find_quotes(article)
    out.append(f"  quotes: {len(quotes)}")
    for q in quotes.itertuples():
        who = "no speaker named" if _missing(q.speaker) else q.speaker
        verb = "" if _missing(q.verb) else f" ({q.verb})"
        out.append(f"    p{q.paragraph:<3} {who}{verb}: “{textwrap.shorten(q.text, width=60, placeholder=' ...')}”")
    att = find_attributions(article)
    counts = att.kind.value_counts().to_dict()
    out.append(f"  attributions: {counts.get('named', 0)} named, {counts.get('institution', 0)} institution, "
               f"{counts.get('vague', 0)} vague")
    for a in att[att.kind == "vague"].itertuples():
        out.append(f"    p{a.paragraph:<3} vague: “{a.cue}”")
    seams = find_seams(article)
    flagged = seams[seams.flagged]
    out.append(f"  drift (seam score per paragraph; flagged at {SEAM_THRESHOLD} or more): "
               + " ".join(f"p{d.paragraph}={d.score:.2f}" for d in seams.itertuples()))
    for d in flagged.itertuples():
        out.append(f"    p{d.paragraph:<3} flagged: {d.reason}")
    return out
