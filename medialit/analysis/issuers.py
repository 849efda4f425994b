"""Issuers: whose statement or letter "the statement said" or "The letter reads in part:" means.

A release names who issued a statement or wrote a letter ("X said in a statement", "Senator X sent a letter to …",
"Congressman X (TN-9) today wrote to Commissioner Y"), then quotes it as the document's words ("the statement said",
"The letter reads in part:"). :func:`statement_issuer` finds the one who issued the document mentioned last;
:func:`letter_sender` and :func:`sender_before` whose letter an intro line ("Letter excerpts:", "The following is the text
of the letter sent to …:") puts below; :func:`subject_group` the person or joined people a sentence is about.
"""

from __future__ import annotations

import re

from ._text import JOINED_TITLED as _JOINED, NAME, is_org, surname
from .given_names import given_name
from .names import JOB_TITLES, _people_in
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
                     rf"rejected|praised|urged|called|stated|responded|blames|[a-z]{{3,}}ed)\b"  # (any past verb: "In a statement, Acme blamed")
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


# a sentence that opens with a clause before its subject: "(WASHINGTON –) Today, after …", "In response to a new report that …"
_OPENING_CLAUSE = re.compile(r"(?:[^–—\n]{0,40}?\s[–—-]+\s*)?(?:(?:Today|Yesterday|On\s+\w+|This\s+\w+),?\s+)?(?:after|following|in\s+response\s+to|"
                             r"as|amid|hours\s+after|days\s+after|upon|ahead\s+of)\s", re.I)


#: "According to the CRS report provided to Senator X, the money …. It says, “…”": the document the sentence before cites
IT_SAYS_DOC = re.compile(r"\b(?:[Aa]ccording\s+to|[Ii]n)\s+(?P<speaker>the\s+(?:[A-Z][\w.&-]*\s+){0,3}(?:report|study|survey|analysis|memo|"
                         r"review|audit|assessment))\b[^.!?“”\"]{0,200}[.!?]\s+It\s+(?P<verb>says|said|reads|read|states|stated|notes|noted)"
                         r"(?:,?\s+in\s+part)?\s*[,:]?\s*$")


# The dash after a dateline ("WASHINGTON, D.C. — Rep. X …", "Video Washington — …"): the sentence's first dash, with a
# capitalised word right before it and a capitalised word (the subject) right after; not a dash that joins ("– and Sen. B")
_DATELINE_DASH = re.compile(r"(?<=[\w.])(?:[^\S\n]*[–—]+[^\S\n]*|[^\S\n]+--?[^\S\n]+)(?=[A-Z])")


def past_dateline(text: str, people: list, start: int, upto: int) -> list:
    """``people`` (``(start, end, name)`` triples) of the sentence from ``start`` to ``upto`` without those in its
    dateline ("Video Washington, D.C. — Rep. A …": a web page's crumb before the place reads as a name), when some
    come after the dateline's dash."""
    if len(people) > 1 and (dash := _DATELINE_DASH.search(text, start, upto)) \
            and (after := [p for p in people if p[0] >= dash.end()]) and len(after) < len(people):
        return after
    return people


def subject_group(art: Article, people: list, start: int, upto: int, resolve) -> tuple[str, int, int] | None:
    """The person or joined people ("Representatives A (MN-03), B (AL-05) and C") who are the subject of the sentence
    from ``start`` to the verb at ``upto``, of the ``people`` named there: ``(names, start, end)``; None when nobody."""
    text = art.text
    if not people:
        return None
    people = past_dateline(text, people, start, upto)  # ("Video Washington, D.C. — Rep. A … delivered the following statement")
    if _OPENING_CLAUSE.match(text, start, upto) and len(people) > 1:
        # "Today, after NBC News reported that Secretary X intervened …, U.S. Senator Y … issued the following
        # statement:": the people of the opening clause are what it tells of; the subject is the last group named
        k = len(people) - 1
        while k and _JOINED.fullmatch(text[people[k - 1][1]:people[k][0]]):
            k -= 1
        people = people[k:]
    joint = [people[0]]
    for q in people[1:]:
        if not _JOINED.fullmatch(text[joint[-1][1]:q[0]]):
            break
        joint.append(q)
    if len(joint) > 1 and (glued := re.match(r"\s*(?:\([^()]{1,20}\))?\s*,?\s*and(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3})", text[joint[-1][1]:upto])):
        at = joint[-1][1] + glued.start("n")  # ("…, Jonathan Jackson (IL-01),andJill Tokuda (HI-02)": a scrape's glue)
        joint.append((at, at + len(glued.group("n")), glued.group("n")))
    if len(joint) > 1:  # "Representatives A (MN-03), B (AL-05) and C issued the following joint statement"
        names = [resolve(art, re.sub(r"^(?:Senators|Representatives|Reps\.|Sens\.|Governors|Mayors)\s+", "", n), a) for a, _, n in joint]
        return ", ".join(names[:-1]) + " and " + names[-1], joint[0][0], joint[-1][1]
    return resolve(art, joint[0][2], joint[0][0]), joint[0][0], joint[0][1]


def _sentences_before(art: Article, para) -> list:
    """The sentences of the three paragraphs before ``para``, the nearest first: where a release says who sent a letter."""
    return list(reversed([s for s in art.sentences if s.end <= para.start and s.start >= art.paragraphs[max(0, para.n - 4)].start]))


def letter_sender(art: Article, para, resolve) -> str | None:
    """The one person named before the verb of the last sentence, in the three paragraphs before ``para``, that says a
    letter was sent ("Congressman X, Chairman of …, sent a letter to Governor Y …"): whose letter excerpts below
    "Letter excerpts:" are; None when no such sentence, or two people before its verb."""
    for sent in _sentences_before(art, para):
        if (verb := re.search(r"\b(?:sent|wrote|signed|led)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}letter\b", sent.text)):
            people = [p for p in _people_in(sent.text[:verb.start()], sent.start, []) if given_name(p[2].split()[0])
                      or set(re.findall(r"[A-Za-z]+", art.text[sent.start:p[0]])[-1:]) & JOB_TITLES]  # (a person: never "Homeland Security")
            return resolve(art, people[0][2], people[0][0]) if len({surname(n) for _, _, n in people}) == 1 else None
    return None


# (the verb after the senders of a letter: "Senators A and B and Representative C today called on …")
_SENDS = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:today|yesterday|also|jointly|on\s+[A-Z][a-z]+day))?\s+(?:called|urged|sent|wrote|asked|pressed|demanded|"
                    r"requested|penned|led|raised|expressed|pushed)\b")


def sender_before(art: Article, para, resolve) -> str | None:
    """The person or joined people who are the subject of the last sentence, in the three paragraphs before ``para``,
    where a name is followed by a verb of writing or asking ("U.S. Senators A and B and U.S. Representative C today
    called on the Department …"): whose letter ``para`` introduces; None when no such sentence."""
    for sent in _sentences_before(art, para):
        people = _people_in(sent.text, sent.start, [])
        if (k := next((i for i, p in enumerate(people) if _SENDS.match(art.text, p[1])), None)) is not None:
            group = subject_group(art, people[:k + 1], sent.start, people[k][1], resolve)
            return group[0] if group else None
    return None
