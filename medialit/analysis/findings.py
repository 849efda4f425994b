"""What the kit finds in one article, in the shapes the command line prints.

``findings_json`` gives the analysis keys of ``python -m medialit inspect --json`` (``article_json`` the
whole object for one article, with its paragraphs and the metadata read); ``findings_lines`` the same
findings as the indented lines of its table output, ``meta_line`` the line of metadata above them.
Quotes come from :mod:`.quotes`, attributions from :mod:`.attribution`, the seam
score from :mod:`.seams`.

>>> from medialit import load_corpus
>>> sorted(findings_json(load_corpus()["qom"]))
['attributions', 'drift', 'quotes']
"""

from __future__ import annotations

import textwrap

from ..corpus.tables import Article
from ..course import kit_command
from ._text import sentence_at
from .attribution import find_attributions
from .quotes import find_quotes
from .seams import SEAM_THRESHOLD, find_seams


def findings_json(article: Article) -> dict:
    """The analysis keys of ``python -m medialit inspect --json``: ``quotes``, ``attributions``, ``drift``.

    ``quotes``: ``[{"paragraph": n, "sentence_id": str, "sentence_ids": [str], "text": str, "speaker": str or null,
    "verb": str or null, "reason": str}]``;
    ``attributions``: ``[{"paragraph": n, "sentence_id": str, "text": str, "cue": str, "source": str,
    "kind": "named" | "institution" | "vague", "reason": str}]`` (``text`` is the sentence that
    attributes, ``cue`` the words that do); ``drift``: one ``{"paragraph": n, "score": float,
    "flagged": bool, "reason": str}`` per paragraph (the seam score and why).
    """
    quotes = find_quotes(article)
    attributions = find_attributions(article)
    seams = find_seams(article)
    return {
        "quotes": [{"paragraph": int(q.paragraph), "sentence_id": _sentence_id(article, int(q.start)),
                    "sentence_ids": _sentence_ids(article, int(q.start), int(q.end)),
                    "text": str(q.text), "speaker": None if _missing(q.speaker) else str(q.speaker),
                    "verb": None if _missing(q.verb) else str(q.verb), "reason": str(q.reason)}
                   for q in quotes.itertuples()],
        "attributions": [{"paragraph": int(a.paragraph), "sentence_id": str(a.sentence_id), "text": str(a.text),
                          "cue": str(a.cue), "source": str(a.source), "kind": str(a.kind), "reason": str(a.reason)}
                         for a in attributions.itertuples()],
        "drift": [{"paragraph": int(d.paragraph), "score": float(d.score), "flagged": bool(d.flagged),
                   "reason": "" if _missing(d.reason) else str(d.reason)} for d in seams.itertuples()],
    }


def _sentence_id(article: Article, offset: int) -> str:
    """The id of the sentence an offset falls in ("mosul:p4:s2"), or the paragraph's when between sentences."""
    sent = sentence_at(article, offset)
    return str(sent.id) if sent is not None else ""


def _sentence_ids(article: Article, start: int, end: int) -> list[str]:
    """The ids of every sentence a span of the article text (a quote over several sentences) overlaps, in order."""
    return [str(s.id) for s in article.sentences if s.start < end and start < s.end]


def _missing(value) -> bool:
    """True for None and pandas' missing values (<NA>, NaN, NaT); never asks pandas' NA for its truth."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    return isinstance(value, float) and value != value


def findings_lines(article: Article) -> list[str]:
    """The findings of one article as indented lines, for the table output of ``inspect``: each quote,
    attribution and high seam score on a line, and under it (``why:``) the words that led to it, so that a
    reader can check it against the text (the same reasons as ``--json``).

    >>> from medialit import load_corpus
    >>> lines = findings_lines(load_corpus()["mosul"])
    >>> lines[0], lines[2].strip().startswith("why:")
    ('  quotes: 1', True)
    """
    out = []
    quotes = find_quotes(article)
    out.append(f"  quotes: {len(quotes)}")
    for q in quotes.itertuples():
        if _missing(q.speaker):
            who = "speaker unclear" if str(q.reason).startswith("speaker unclear") or "speaker unclear" in str(q.reason) \
                else "no speaker named"
        else:
            who = q.speaker
        verb = "" if _missing(q.verb) else " (label)" if str(q.verb).strip() == ":" else f" ({q.verb})"
        sid = _sentence_id(article, int(q.start)) or f"p{q.paragraph}"
        last = _sentence_ids(article, int(q.start), int(q.end))[-1:]
        if last and sid and last[0] != sid and last[0].rsplit(":", 1)[0] == sid.rsplit(":", 1)[0]:
            sid += "–" + last[0].rsplit(":", 1)[1]  # (a quote over several sentences: "riverton:p1:s1–s3", each id pickable)
        out.append(f"    {sid:<16} {who}{verb}: “{textwrap.shorten(q.text, width=60, placeholder=' ...')}”")
        out.append(_why(q.reason))
    att = find_attributions(article)
    counts = att.kind.value_counts().to_dict()
    people = att.loc[att.kind == "named", "source"].nunique()  # (mentions, then how many people: "3 named (1 person)")
    out.append(f"  attributions: {counts.get('named', 0)} named ({people} {'person' if people == 1 else 'people'}), "
               f"{counts.get('institution', 0)} institution, {counts.get('vague', 0)} vague")
    for a in att.itertuples():
        who = "" if a.kind == "vague" else f" {a.source}"
        out.append(f"    {a.sentence_id:<16} {a.kind}{who}: “{a.cue}”")
        out.append(_why(a.reason))
    seams = find_seams(article)
    out.append(f"  seams (share of a paragraph that turns to a newcomer; flagged when {SEAM_THRESHOLD} or more and "
               "the passage takes a stance): " + " ".join(f"p{d.paragraph}={d.score:.2f}" for d in seams.itertuples()))
    for d in seams[seams.score >= SEAM_THRESHOLD].itertuples():
        out.append(f"    p{d.paragraph:<3} {'flagged' if d.flagged else 'not flagged'}: {d.reason}")
    return out


def _why(reason) -> str:
    """The reason for a finding as an indented ``why:`` line ("" reasons say so)."""
    return f"      why: {'(no reason given)' if _missing(reason) or not str(reason).strip() else reason}"


_META_SHOWN = ("headline", "byline", "date", "publisher")


def meta_line(article: Article) -> str:
    """The metadata the kit read, on one line: "headline: … | byline: … | date: …", or what to do when there is none."""
    shown = [f"{k}: {article.meta[k]}" for k in _META_SHOWN if k in article.meta]
    if shown and not all(str(article.meta.get(k)) == "unknown" for k in _META_SHOWN):
        return "  " + " | ".join(shown)
    # (a README-only teacher numbered paragraphs on the raw file, then found other numbers in the article `add` wrote)
    return ("  no headline, byline or date given: a headline line in a plain text is read as paragraph 1; run "
            f"{kit_command()} add {article.source} to convert the file (or put them in front matter, see README), "
            "then read paragraph numbers and sentence ids from the converted article")


def article_json(article: Article) -> dict:
    """The JSON object ``inspect --json`` prints for one article."""
    obj = {
        "id": article.id,
        "source": article.source,
        "paragraphs": [{"n": p.n, "text": p.text, "sentences": [s.text for s in p.sentences],
                        "sentence_ids": [s.id for s in p.sentences]} for p in article.paragraphs],
        "notes": list(article.notes),
        # the metadata the kit read, so that a teacher can check it: headline, byline, date, publisher (absent: not given)
        "meta": {k: str(article.meta[k]) for k in _META_SHOWN if k in article.meta},
    }
    obj.update(findings_json(article))
    return obj
