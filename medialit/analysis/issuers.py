"""Issuers: whose statement or letter "the statement said" or "The letter reads in part:" means.

A release names who issued a statement or wrote a letter ("X said in a statement", "Senator X sent a letter to …",
"Congressman X (TN-9) today wrote to Commissioner Y"), then quotes it as the document's words ("the statement said",
"The letter reads in part:"). :func:`statement_issuer` finds the one who issued the document mentioned last.
"""

from __future__ import annotations

import re

from ._text import NAME, is_org
from ..corpus.tables import Article


def _issuer(group: str) -> str:
    """Who issues a statement: a name or an organisation's ("the St. Agnes Medical Center"), or whose
    relatives or office ("his family"), as a named group ``group``."""
    return (rf"(?P<{group}>(?<![\w’'\-])(?:[Tt]he\s+)?[A-Z][\w’'.&\-]*(?:\s+(?:(?:of|for|and|on|the|in|&|van|von|de|der|den|da|di|du)\s+)*"
            rf"(?:(?:al|el|abu|bin|ibn)[\-’'])?[A-Z][\w’'.&\-]*)*"  # ("Senator Karim al-Rashid sent a letter", "Pieter van der Berg")
            rf"|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z]+\s+)?(?:family|lawyers?|attorneys?|office|spokesman|"
            rf"spokeswoman|spokesperson|campaign|parents|ministry|department|embassy|agency|company|government|council))")


_ISSUED = re.compile(rf"{_issuer('who')}\s+(?:also\s+|later\s+|did\s+not\s+[^.“”\"]{{0,60}}?\s+and\s+)?(?:(?:said|says|announced|added|wrote|confirmed)"
                     rf"(?:\s+(?:on|late|early)\s+\w+)?\s+in\s+a|(?:issued|released|put\s+out|posted|published|sent)\s+a"
                     rf"|referred\s+(?:\w+\s+){{1,2}}to\s+a)"  # ("did not respond and referred VOA to a Wednesday press release")
                     rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:statement|(?:press\s+)?release|readout|filing|letter)\b"
                     # ("In a statement sent to VOA, the Chinese Embassy in Washington condemned the sanctions.")
                     rf"|\b[Aa]ccording\s+to\s+an?\s+(?P<who3>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})\s+(?:statement|readout|release)\b"
                     rf"|\b[Ii]n\s+a\s+(?:[\w\-]+\s+){{0,2}}?(?:statement|readout|filing)(?:\s+on\s+\w+|\s+(?:sent|given|emailed)\s+to\s+[A-Z]\w*"
                     rf"|\s+(?:issued|released|posted|published)(?:\s+(?:on|late|early)?\s*[A-Z]\w*)?|\s+(?:on\s+)?[A-Z][a-z]+day)?,\s+"
                     rf"{_issuer('who2')}(?:\s+\([^()“”\"]{{1,14}}\))?\s+(?:said|says|announced|added|wrote|condemned|criticized|criticised|welcomed|denied|"
                     rf"rejected|praised|urged|called|stated|responded)\b"
                     # ("One of his friends said he received a threatening message from Wu on Instagram.")
                     rf"|\b(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}?(?:message|e-?mail|note|text)\s+from\s+(?P<who4>{NAME})"
                     # ("Congressman Steve Cohen (TN-9) today wrote to Commissioner Will Reid": a letter, to whom it went)
                     rf"|{_issuer('who5')}(?:\s+\([^()“”\"]{{1,14}}\))?,?\s+(?:(?:today|yesterday|also|recently)\s+)?wrote\s+"
                     rf"(?:(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}?letter\s+)?to\s+[A-Z]")


def statement_issuer(art: Article, before: int, resolve) -> str | None:
    """Whose statement "the statement said" means: the one who "said in a statement", "issued a statement",
    spoke "in a statement" or "wrote to" someone (a letter) last, in the paragraph of offset ``before`` or the five before it, when no other statement,
    release or letter was mentioned after it.

    Returns the name (``resolve(article, name, offset)`` gives its fullest form), the role as written ("his
    family": someone's relatives, not named), or None.

    >>> import pathlib, tempfile
    >>> from medialit.corpus.loader import load_article
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "case.txt"
    >>> _ = path.write_text("The St. Agnes Medical Center said in a statement that six were hurt. “We are working,” "
    ...                     "the statement said.", encoding="utf-8")
    >>> art = load_article(path)
    >>> statement_issuer(art, art.text.index("the statement said"), lambda a, n, at: n)
    'St. Agnes Medical Center'
    """
    paras = [p for p in art.paragraphs if p.start < before]
    start = paras[-6].start if len(paras) >= 6 else 0  # (a statement's words may follow over a few paragraphs)
    found = list(_ISSUED.finditer(art.text, start, before))
    if not found:
        return None
    m = found[-1]
    # (only the statement mentioned last: "referred VOA to a Wednesday press release" after someone else's statement)
    # (not "the statement said" again, which introduces none)
    # (nor "his letter", "their statement": the same one again)
    last = [d.start() for d in re.finditer(r"(?<![Tt]he\s)(?<!\b[Hh]is\s)(?<!\b[Hh]er\s)(?<!\b[Tt]heir\s)(?<!\b[Ii]ts\s)\b"
                                           r"(?:statement|release|letter|communiqu[ée]|declaration|message|e-?mail)s?\b",
                                           art.text[start:before])]
    if last and not m.start() <= start + last[-1] < m.end():
        return None
    group = next(g for g in ("who", "who2", "who3", "who4", "who5") if m.group(g))
    who, at = m.group(group), m.start(group)
    if group != "who4" and re.search(r"\b(?:of|for|at|from|in)\s+$", art.text[max(0, at - 6):at]):
        return None  # ("The foreign ministers of Latvara and Ostrev issued": the issuer is more than these names)
    if who[:1].islower() or who.split()[0] in ("His", "Her", "Their") or re.match(r"The\s+[a-z]", who):
        return who[:1].lower() + who[1:]  # "his family": someone's relatives or office, not named
    if is_org(who):
        return re.sub(r"^The\s+", "", who)
    return resolve(art, who, at)
