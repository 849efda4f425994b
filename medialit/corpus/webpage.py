"""Saved web pages (``.html``/``.htm``): the article text and its metadata.

The text and the headline, byline and site name come from `trafilatura
<https://trafilatura.readthedocs.io>`_ (Barbaresi 2021, used by research
projects and web archives), which leaves out navigation, advertising, share
buttons and comments. The date comes from `htmldate
<https://htmldate.readthedocs.io>`_, looking only at the page's markup (its
metadata and time elements), never guessing from the text. What trafilatura
keeps is then checked line by line like pasted text (:mod:`.pasted`).

>>> page = read_webpage(b"<html><head><title>Ferry back | Harbour Times</title>"
...     b"<meta property='og:site_name' content='Harbour Times'></head><body><article>"
...     b"<h1>Ferry back</h1><p>The harbour ferry returned to service on Monday after six weeks of repairs.</p>"
...     b"<p>Advertisement</p><p>The next inspection is due in October, the port authority said.</p>"
...     b"</article></body></html>")
>>> page["meta"]["publisher"], page["lines"][:2]
('Harbour Times', ['Ferry back', 'The harbour ferry returned to service on Monday after six weeks of repairs.'])
"""

from __future__ import annotations

import logging
import re


class PageError(ValueError):
    """A web page the kit cannot take an article from (the message says what to do)."""


def read_webpage(data: bytes) -> dict:
    """Extract one article from the bytes of a saved web page.

    Returns ``{"meta": {field: value}, "lines": [str], "notes": [str]}``: ``meta`` holds only fields the page gives (``headline``,
    ``byline``, ``date``, ``publisher``); ``lines`` is the text trafilatura kept, one
    block per item. Raises :class:`PageError` when the page holds no article text.
    """
    import trafilatura
    from htmldate import find_date

    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # their warnings are ours to word
    html = data.decode("utf-8", errors="replace") if _declares_utf8(data) else data
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                      include_images=False, deduplicate=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < 5:
        raise PageError("no article text found in this web page (it may be a front page, a list of links, "
                        "or a page that builds its text with JavaScript); open the article in a browser, "
                        "select the article text, paste it into a .txt file and add that file instead")
    meta, notes = {}, []
    for field_, attr in (("headline", "title"), ("byline", "author"), ("publisher", "sitename")):
        value = (getattr(doc, attr, None) or "").strip()
        if value:
            meta[field_] = value
    try:
        date = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate fails on some broken markup; then the date is simply not found
        date = None
    if date:
        meta["date"] = date
        notes.append(f"date {date} taken from the page's markup (publication date as the page states it)")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return {"meta": meta, "lines": lines, "notes": notes}


def _declares_utf8(data: bytes) -> bool:
    head = data[:2048].lower()
    return bool(re.search(rb"charset=[\"']?utf-?8", head)) or data.startswith(b"\xef\xbb\xbf")
