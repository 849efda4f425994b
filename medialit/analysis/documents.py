"""Documents of a named body: "Data from the Commerce Department showed", "A survey by Gallup and West Health
found", "A study published in the journal Nature reports" (issue 12).

A claim credited to a document whose owner or publisher the sentence names is credited to that body (an
institution a reader can look up), or to the person who wrote it; a document nobody owns ("Estimates
suggest", "A study found") is :mod:`.vague`'s. :func:`document_sources` adds them, sentence by sentence, for
:func:`.sources.reported_sources`.

>>> _DOC_OF_ORG.search("Figures from the Home Office show crime fell.").group("org")
'Home Office'
"""

from __future__ import annotations

import re
from typing import Callable

from ._prefilter import Parts
from ._text import _one_word_states, is_org, is_place
from .gazetteer import countries, place_names
from .job_reference import joint_subject
from .names import people_in_text
from .speakers import resolve_name as _resolve
from .issuers import statement_issuer
from ..corpus.tables import Article

# "Data from the Commerce Department showed", "A survey by Gallup and West Health found", "A study published in the
# journal Nature reports": a document, then whose it is, then what it shows
_DOC_OF_ORG = re.compile(r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|[Oo]bservations|[Mm]easurements|[Ii]mages|[Ii]magery|"
                         r"[Rr]eadings|[Rr]esearch|[Ff]indings|(?:[Aa]n?|[Tt]he)\s+(?:(?:[a-z][\w-]*|\d{4})\s+){0,2}"
                         r"(?:report|study|survey|analysis|poll|estimate|assessment|review|audit|census|forecast|paper))"
                         # (and when: "published last year", "released Thursday", "conducted in March")
                         r"(?:\s+(?:released|published|conducted|compiled|issued|carried\s+out)(?:\s+(?:(?:on|last|this)\s+\w+|in\s+(?-i:[A-Z][a-z]+|\d{4})"
                         r"|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?)?"
                         r"(?:\s+(?:this|last)\s+(?:year|month|week|spring|summer|fall|autumn|winter))?"  # ("a report this summer from")
                         r"(?:\s+(?:by|from)|\s+(?:published\s+)?(?:\w+\s+)?in\s+(?:the\s+)?(?:journal|magazine|newspaper)"
                         # ("A 2019 study in SSM-Population Health found": a journal's name after "in")
                         r"|\s+(?:published\s+)?in(?=\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*(?::\s+[A-Z]\w+)?(?:\s+(?:last|this)\s+\w+|\s+in\s+\d{4})?,?\s+(?:has\s+)?"
                         r"(?:found|showed|shows|reported|concluded)\b))\s+(?:the\s+)?"
                         r"(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w’'&.-]*)*(?::\s+[A-Z]\w+)?)(?:\s+\([A-Z]{2,8}\))?"
                         r"(?:\s+(?:last|this)\s+(?:year|month|week|spring|summer|fall|autumn|winter)|\s+in\s+\d{4})?"
                         # (an aside in dashes before the verb: "A 2011 audit by the GAO – conducted at Congress's request – found")
                         r"(?:\s+[—–]\s+[^—–“”\"]{1,140}?\s+[—–])?"
                         # (what it is about: "a report from the Government Accountability Office on the 21 states that … found")
                         r"(?:\s+(?:on|about|into)\s+[^,;:“”\"]{1,120}?(?=,?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:shows?|showed|found|finds|concluded)\b))?"
                         # (a spacecraft's or an instrument's data: "Data from the Juno spacecraft reveal")
                         r"(?:\s+(?:spacecraft|telescope|satellite|rover|mission|probe|instrument|orbiter|lander|observatory))?,?\s+"
                         r"(?:which\s+)?(?:(?:has|have|had)\s+)?(?:also\s+)?(?P<verb>shows?|showed|shown|found|finds|estimates?|estimated|reports?|reported|"
                         r"reveals?|revealed|confirms?|confirmed|"
                         r"suggests?|suggested|indicates?|indicated|says|said|concluded|concludes|predicts|predicted|puts|put)\b")


# "A recent Government Accountability Office report found", "A 2021 Pew Research Center survey found", "according to a
# 2023 GAO report": whose the document is, before it
_ORG_DOC = re.compile(r"(?:\b(?P<acc>[Aa]ccording\s+to)\s+|(?<![\w’'-]))(?:[Aa]n?|[Tt]he)\s+(?:(?:recent|new|latest|annual|\d{4})\s+)?"
                      r"(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|on|&)\s+)*[A-Z][\w’'&.-]*)*)(?:[’']s)?\s+"
                      r"(?P<doc>report|study|survey|analysis|poll|assessment|review|audit|forecast|estimate)"
                      r"(?:,\s+[^,“”\"]{3,60},|\s+(?:released|published|issued|conducted)(?:\s+(?:on|in|last|this)\s+\w+)?)?"
                      r"(?:\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?P<verb>shows?|showed|found|finds|estimates?|"
                      r"estimated|reports?|reported|suggests?|suggested|indicates?|indicated|concluded|concludes|predicts|predicted)\b"
                      r"|(?(acc)(?=[\s,])|(?!)))")


# "Webb’s observations show", "Chandra's images reveal": an instrument's or a body's data, whose they are first
_ORG_DATA = re.compile(r"(?<![\w’'-])(?P<org>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)[’']s\s+(?:new\s+|latest\s+|own\s+)?"
                       r"(?:observations|data|images|imagery|measurements|readings|figures|statistics)\s+"
                       r"(?P<verb>shows?|showed|reveals?|revealed|suggests?|suggested|indicates?|indicated|confirms?|confirmed)\b")


# "Court records show", "Police records indicated": records whose keeper the words say, as "according to court records"
_KEPT_RECORDS = re.compile(r"\b(?P<doc>(?:[Cc]ourt|[Pp]olice|[Pp]ublic|[Cc]ounty|[Ss]tate|[Ff]ederal|[Cc]ity|[Hh]ospital|[Tt]ax|"
                           r"[Pp]roperty|[Jj]ail|[Pp]rison|[Cc]ensus)\s+(?:records|documents|filings))\s+(?P<verb>show|showed|shown|"
                           r"indicate|indicated|reveal|revealed|say|said|list|listed)\b")


# "The letter states that", "Their letter also highlights", "As stated in the letter,": the letter the release is about,
# whose writers the sentences before name
_THEIR_LETTER = re.compile(r"\b[Aa]s\s+(?:stated|noted|written|outlined)\s+in\s+(?:the|their|his|her)\s+letter\b|(?<![\w’'-])(?:[Tt]he|[Tt]heir|"
                           r"[Hh]is|[Hh]er)\s+letter\s+(?:also\s+|further\s+)?(?:states|stated|highlights|highlighted|notes|noted|"
                           r"argues|argued|explains|explained|warns|warned|points\s+out|pointed\s+out|emphasi[sz]es|emphasi[sz]ed|"
                           r"stresses|stressed|continues|continued)\b")


def document_sources(art: Article, k: int, whole: Parts, add: Callable[[int, int, str, str, str], None]) -> None:
    """Call ``add(start, end, source, kind, reason)`` for each claim of sentence ``k`` of ``art`` credited to a
    named body's or person's document (offsets in the article text; kind ``institution`` or ``named``).
    ``whole`` is the prefilter of the article's sentences (:class:`._prefilter.Parts`)."""
    text, sent = art.text, art.sentences[k]
    chunk, base = sent.text, sent.start
    for m in _KEPT_RECORDS.finditer(chunk) if "records" in chunk or "documents" in chunk or "filings" in chunk else ():
        add(base + m.start(), base + m.end("verb"), m.group("doc"), "institution",
            f"{m.group('doc')}: records a reader can ask their keeper for (“{m.group('verb')}”)")
    for m in (_DOC_OF_ORG.finditer(chunk) if whole.may_match_at(_DOC_OF_ORG, k) else ()):
        org, at = m.group("org"), base + m.start("org")
        if re.search(r"\sin\s+(?:the\s+)?$", chunk[m.start():m.start("org")]) and (is_place(org) or org in countries() or org in place_names()):
            continue  # ("A study in Kenya found": where it was done, nobody's document; :mod:`.vague` reads it)
        who = [p for p in people_in_text(text) if p[0] == at]
        if who:  # "a report by economist Ana Ruiz found"
            add(base + m.start(), base + m.end("verb"), _resolve(art, who[0][2], at), "named",
                f"a document by {who[0][2]}, who is named (“{m.group('verb')}”)")
        else:
            add(base + m.start(), base + m.end("verb"), org, "institution",
                f"a document of {org} (an organisation a reader can look up) is given as the source (“{m.group('verb')}”)")
    for m in (_ORG_DOC.finditer(chunk) if whole.may_match_at(_ORG_DOC, k) else ()):
        org = m.group("org")
        pollster = m.group("doc") in ("poll", "survey") and re.fullmatch(r"[A-Z][a-z]+", org) and not is_place(org) \
            and org not in countries() | place_names() | _one_word_states() and not people_in_text(org)  # ("A Gallup poll … found")
        if org.split()[0] in ("The", "A", "An", "This", "That") or not (is_org(org) or re.fullmatch(r"[A-Z]{2,8}", org) or pollster):
            continue  # (only an organisation's name or initials: never "A Reuters-style report", a person's name)
        end = m.end("verb") if m.group("verb") else m.end("doc")
        add(base + m.start(), base + end, org, "institution",
            f"a document of {org} (an organisation a reader can look up) is given as the source (“{m.group('doc')}”)")
    for m in _THEIR_LETTER.finditer(chunk) if "letter" in chunk else ():
        if (who := statement_issuer(art, base + m.start(), _resolve) or joint_subject(art, base + m.start(), "letter")):
            add(base + m.start(), base + m.end(), who, "institution" if is_org(who) else "named",
                f"“{m.group()}”: the letter of {who}, as the sentences before say")
    for m in (_ORG_DATA.finditer(chunk) if whole.may_match_at(_ORG_DATA, k) else ()):
        org = m.group("org")
        if any(p[0] == base + m.start("org") for p in people_in_text(text)) or org.split()[0] in ("The", "A", "An", "This"):
            continue  # (a person's data are theirs: left to the people's cues)
        add(base + m.start(), base + m.end("verb"), org, "institution",
            f"the data of {org} (a body or an instrument a reader can look up) is given as the source (“{m.group('verb')}”)")
