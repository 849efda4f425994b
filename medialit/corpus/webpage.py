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
    return {"meta": meta, "lines": lines, "notes": notes, "dropped": left_out(data, lines, meta)}


_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "td", "th", "figcaption", "blockquote",
           "button", "time", "dt", "dd", "pre", "caption", "label", "summary"}
_AREAS = (  # (test on the tag or class/id of an ancestor, reason)
    (lambda tag, names: tag == "nav" or "nav" in names or "menu" in names, "navigation"),
    (lambda tag, names: "cookie" in names or "consent" in names, "a cookie banner"),
    (lambda tag, names: re.search(r"(^|[-_ ])(ad|ads|advert|advertisement|sponsor|promo)([-_ ]|$)", names),
     "advertising"),
    (lambda tag, names: "share" in names or "social" in names, "share buttons"),
    (lambda tag, names: "byline" in names or "author" in names, "BYLINE"),
    (lambda tag, names: tag == "time" or "date" in names, "DATE"),
    (lambda tag, names: "related" in names or "recommend" in names or "more-stories" in names,
     "links to other stories"),
    (lambda tag, names: "comment" in names, "readers' comments"),
    (lambda tag, names: tag == "footer" or "footer" in names, "the site's footer"),
    (lambda tag, names: tag == "header" or "masthead" in names, "the site's header"),
    (lambda tag, names: tag == "aside" or "sidebar" in names, "a side box"),
    (lambda tag, names: tag == "figcaption" or "caption" in names, "a picture caption"),
)


def left_out(data: bytes, kept: list[str], meta: dict, limit: int = 40) -> list[tuple[str, str]]:
    """The page's text blocks that are not in the article, each with where on the page it sat.

    Every block is listed, up to ``limit``; past it, menu and related-story links are
    counted in one line instead, while everything else (a footer, a caption, a block
    that may be a missing paragraph) is still listed, so nothing dropped goes unsaid.

    >>> left_out(b"<body><nav><a>Home</a></nav><p>Kept text here.</p></body>", ["Kept text here."], {})
    [('Home', 'page furniture (navigation), left out by trafilatura')]
    """
    import lxml.html

    try:
        root = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return []
    for bad in root.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    joined = " ".join(" ".join(line.split()) for line in kept)
    known = {v for v in meta.values() if v}
    out, seen = [], set()
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() not in _BLOCKS | {"a", "span"}:
            continue
        if any(isinstance(c.tag, str) and c.tag.lower() in _BLOCKS for c in el.iterdescendants()):
            continue  # report the innermost blocks only
        if el.tag.lower() in ("a", "span") and any(isinstance(a.tag, str) and a.tag.lower() in _BLOCKS
                                                   for a in el.iterancestors()):
            continue  # a link or span inside a block belongs to that block
        text = " ".join(" ".join(el.itertext()).split())
        if not text or text in seen or text in joined or text in known:
            continue
        seen.add(text)
        out.append((text, _where(el)))
    if len(out) <= limit:
        return out
    links = ("page furniture (navigation)", "page furniture (links to other stories)")
    listed, counted = [], 0
    for text, where in out:
        if where.startswith(links) and len(listed) >= limit // 2:
            counted += 1
        else:
            listed.append((text, where))
    if counted:
        listed.append((f"… and {counted} more menu or link lines", "page furniture (navigation and links to other "
                                                                   "stories), not listed one by one"))
    return listed


def _where(el) -> str:
    from .pasted import furniture_reason

    for node in [el, *el.iterancestors()]:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        names = f"{node.get('class', '')} {node.get('id', '')} {node.get('role', '')}".lower()
        for test, reason in _AREAS:
            if test(tag, names):
                if reason in ("BYLINE", "DATE"):
                    return f"the page's {reason.lower()} line; the {reason.lower()} is taken from the page's markup"
                return f"page furniture ({reason}), left out by trafilatura"
    text = " ".join(el.itertext())
    reason = furniture_reason(text)
    if reason:
        return reason
    return "left out by trafilatura as not part of the article text; check it is not a missing paragraph"


def _declares_utf8(data: bytes) -> bool:
    head = data[:2048].lower()
    return bool(re.search(rb"charset=[\"']?utf-?8", head)) or data.startswith(b"\xef\xbb\xbf")
