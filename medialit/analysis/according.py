"""Attributions made with "according to": who or what the words after it name (issue 12).

"according to police" (the force of the place reported on), "according to a tweet by US Secretary of State Mike
Pompeo" (the author of a document), "according to the advocacy organization Reporters Without Borders" (what it
is, then its name), "according to Samoa Observer editor Keni Lesa" (a person after the words that describe them),
"According to DeBatto" (a person the article names in full), "according to WHO's statistics" (an organisation) and
the outlet of "As reported in the New York Times, …".
:func:`according_sources` adds them, sentence by sentence, for :func:`.sources.reported_sources`; the vague ones
("according to sources", "according to a senior official") are :mod:`.vague`'s.

>>> _ACCORDING_DOC.search("Fees rose 40 percent, according to the WHO.").group("speaker")
'the WHO'
>>> _ACCORDING_DOC.search("According to a tweet by the Ashford Chamber of Commerce, shops closed.").group("speaker")
'a tweet'
"""

from __future__ import annotations

import re
from typing import Callable

from ._prefilter import Parts
from ._text import NAME, is_org
from .names import _CALENDAR, people_in_text
from .antecedents import PERSON_ROLE
from .context import org_antecedent
from .marks import quote_spans
from .pronouns import pronoun_for
from .speakers import _last_named, resolve_name as _resolve
from ..corpus.tables import Article

_ACCORDING_DOC = re.compile(r"\baccording\s+to\s+(?P<speaker>(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
                            r"(?:(?:report|records|data|documents?|study|survey|figures|statement|filing|minutes|"
                            r"budget|audit|census|tweet|post|letter|message|e-?mail|speech|interview|memo|indictment|affidavit|"
                            r"complaint|lawsuit|autopsy|transcript|warrant|page|estimates?|analysis|assessment|poll|projections?|publication|"
                            r"book|memoir|account|paper|article|column|essay|op-ed|tally|database|fact\s+sheet|website|budget\s+request)\b"
                            # (a body named before by what it is: "according to the company", "according to the ruling"; never
                            # the first word of a compound: "according to a hospital spokesperson")
                            r"|(?:ruling|order|decision|verdict|judgment|company|firm|ministry|council|university|agency|department|"
                            r"commission|committee|board|airline|manufacturer|utility|school\s+district|district|hospital)\b"
                            r"(?!\s+(?!(?:on|in|at|last|this|which|that|and|or|but|when|as|for|to|by)\b)(?-i:[a-z])))(?![’']s)"
                            # (the end of a title, never a word inside a name: "the 2025 Bridge Safety Report", not "the
                            # Congressional Budget Office")
                            r"(?!\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                            r"May|June|July|August|September|October|November|December)\b)(?-i:[A-Z]))"
                            # ("according to estimates by the U.S. Geological Survey": a bare plural, with whose it is)
                            r"|(?:estimates|figures|data|statistics)(?=\s+(?:released\s+|published\s+|compiled\s+)?(?:by|from)\s)"
                            # ("according to court records": records whose keeper the words say)
                            r"|(?:court|police|public|official|state|federal|county|city|hospital|flight|tax|property|"
                            r"census|government)\s+(?:records|documents|filings|data|figures)\b|(?:the\s+)?(?:(?:(?-i:[A-Z])\.){2,}\s+)?"
                            # (a surname may open with a particle: "according to al-Eryani", "according to van Dijk")
                            r"(?:(?-i:al|el|abu|bin|ibn)-|(?-i:van|von|de|da|di|du|dos|del|della|der|den|la|le)\s+(?=(?-i:[A-Z])))?"
                            r"(?-i:[A-Z])[\w’'-]+(?:(?:\s+|/)(?:of\s+)?(?-i:[A-Z])"  # (pollsters joined: "the ABC News/Washington Post Poll")
                            r"[\w’'-]+)*"
                            # "according to the advocacy organization Reporters Without Borders": what it is, then its name
                            r"|(?:the|a|an)\s+(?:(?!(?:on|in|at|by|of|for|from|with|to|and|that|which|quoted|cited)\b)(?-i:[a-z])[\w-]+\s+){1,3}(?-i:[A-Z])[\w’'-]+(?:\s+(?:of\s+|the\s+)?(?-i:[A-Z])[\w’'-]+)*)", re.I)
_DESCRIBED_NAME = re.compile(rf"\s+(?:(?!(?:of|in|at|on|for|to|and|that|which|who|the|a|an)\b)[a-z][\w\-]*\s+){{1,3}}(?P<name>{NAME})")
# (perhaps how it was put out: "according to a memo posted online by Senator Juan Dalmau")
_DOC_BY = re.compile(r"(?:\s+(?:released|issued|published|sent|posted|written|signed|filed|compiled|collected|gathered|"
                     r"prepared|produced|kept)(?:\s+online)?)?"
                     r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:by|from)\s+")
_JOB_GAP = re.compile(r"(?:(?:[A-Z][\w.’'\-]*|of|the|and|for|[a-z]+)\s+){0,8}")
# (a full stop only after an initial or an abbreviation, "U.S.", "Inc.": "Department of Labor. Harbor …" ends a sentence)
_ORG_NAME = re.compile(r"(?:the\s+)?(?P<org>[A-Z][\w’'&\-]*(?:\.[A-Z][\w’'&\-]*)*(?:(?<=\b[A-Z])\.|(?<=\bInc)\.|(?<=\bCo)\.|(?<=\bCorp)\.|(?<=\bLtd)\.)?"
                       r"(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'&\-]*)*)")
_ACCORDING_POLICE = re.compile(r"\baccording\s+to\s+(?:the\s+|local\s+|state\s+|city\s+)?police\b(?!\s+(?:officers?|sources|and|reports?|records|documents|data|figures|statements?|spokes(?:man|woman|person)|chief|captain|sergeant|lieutenant|detective|commissioner|superintendent|(?-i:[A-Z]))\b)"
                               r"(?:\s+(?:in|of|at)\s+(?-i:[A-Z])[\w.’'-]*(?:,?\s+(?-i:[A-Z])[\w.’'-]*)*)?", re.I)

# "according to current president Emmerson Mnangagwa": a few words of job in lower case, then the person
_ACCORDING_JOB = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+|a\s+|its\s+|his\s+|her\s+)?(?:(?-i:[a-z])[\w-]*(?:[’']s)?\s+){0,2}(?-i:[a-z])[\w-]*,?\s+(?=(?-i:[A-Z]))")
# "According to the El Paso mayor, Dee Margo,", "According to a witness, Sergeant First Class Michael Marciello,": a job,
# then the person who holds it, set off by commas
_ACCORDING_ROLE_NAME = re.compile(rf"\b[Aa]ccording\s+to\s+(?:the|a|an|its|his|her|their)\s+(?:[\w.’'-]+\s+){{0,4}}?"
                                  rf"(?-i:{PERSON_ROLE}|[a-z]+(?:er|or|ist|ian))\s*,\s+(?=[A-Z])")
# "As reported in the New York Times earlier this month, “…”", "as first reported by Politico": the outlet that published it
_AS_REPORTED = re.compile(r"\b(?:[Aa]s|was)\s+(?:first\s+|previously\s+|originally\s+|recently\s+)?reported\s+(?:in|by)\s+"
                          r"(?P<speaker>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|the\s+|&\s+)?[A-Z][\w’'&.-]*)*)")
# ("according to him," — never "according to her memoirs": her as a possessive)
_ACCORDING_PRONOUN = re.compile(r"\b[Aa]ccording\s+to\s+(?P<p>him|her)(?=\s*[,.;:)]|\s+(?:that|it|the|a|an|he|she|they)\b)")


def according_sources(art: Article, k: int, whole: Parts, add: Callable[[int, int, str, str, str], None]) -> None:
    """Call ``add(start, end, source, kind, reason)`` for each "according to" attribution of sentence ``k`` of
    ``art`` (offsets in the article text; kind ``named`` or ``institution``). ``whole`` is the prefilter of the
    article's sentences (:class:`._prefilter.Parts`): a pattern runs only in sentences that may hold a match."""
    text, sent = art.text, art.sentences[k]
    chunk, base = sent.text, sent.start
    for m in (_ACCORDING_POLICE.finditer(chunk) if whole.may_match_at(_ACCORDING_POLICE, k) else ()):
        # "according to police": the force of the place reported on, as "police said" (an institution)
        add(base + m.start(), base + m.end(), "police", "institution", "'according to' the police: a force a reader can contact")
    for m in _ACCORDING_PRONOUN.finditer(chunk):
        # "Yahya Sarea said …. According to him, it was …": the person "him" or "her" means, if the article is clear
        word = {"him": "he", "her": "she"}[m.group("p").lower()]
        who, _ = _last_named(art, base + m.start("p"), quote_spans(art), pronoun=word)
        if who and pronoun_for(art, who, base + m.start()) in (None, word):
            add(base + m.start(), base + m.end(), who, "named", f"'according to' {m.group('p')}: {who}, named before")
    for m in _ACCORDING_ROLE_NAME.finditer(chunk) if "ccording" in chunk else ():
        who = [p for p in people_in_text(text) if base + m.end() <= p[0] <= base + m.end() + 40
               and re.fullmatch(r"(?:[A-Z][\w.]*\s+){0,4}", text[base + m.end():p[0]])]
        if who and not is_org(who[0][2]):
            add(base + m.start(), who[0][1], _resolve(art, who[0][2], who[0][0]), "named",
                f"'according to' {who[0][2]}, named after the job")
    for m in _ACCORDING_JOB.finditer(chunk) if "ccording" in chunk else ():
        who = [p for p in people_in_text(text) if p[0] == base + m.end()]
        if who and not is_org(who[0][2]) and not re.search(r"\b(?:report|study|statement|tweet|post|letter|data|figures)\b(?![’']s)", m.group()):
            add(base + m.start(), who[0][1], _resolve(art, who[0][2], who[0][0]), "named", f"'according to' {who[0][2]}, who is named")
    for m in _AS_REPORTED.finditer(chunk) if "reported" in chunk else ():
        name = m.group("speaker").rstrip(".")
        if not is_org(name) and any(name == n for _, _, n in people_in_text(text)):
            add(base + m.start(), base + m.start("speaker") + len(name), name, "named", f"'as reported by' {name}, who is named")
        else:
            add(base + m.start(), base + m.start("speaker") + len(name), name, "institution",
                f"'as reported in' {name}: the outlet or body that published it, which a reader can look up")
    for m in (_ACCORDING_DOC.finditer(chunk) if whole.may_match_at(_ACCORDING_DOC, k) else ()):
        at = base + m.start("speaker")
        by = _DOC_BY.match(chunk, m.end("speaker")) if m.group("speaker")[:1].islower() else None
        who = [p for p in people_in_text(text) if by and base + by.end() <= p[0] <= base + by.end() + 60 and p[1] <= base + len(chunk)
               and _JOB_GAP.fullmatch(text[base + by.end():p[0]])] if by else []  # (never in the next sentence)
        org = _ORG_NAME.match(chunk, by.end()) if by else None
        if who and org and is_org(org.group("org")) and base + org.end() >= who[0][1]:
            who = []  # ("a statement from the Treasury Department's Office of Foreign Assets Control": no person)
        if who:  # "according to a tweet on Monday by US Secretary of State Mike Pompeo": the author
            add(base + m.start(), who[0][1], _resolve(art, who[0][2], who[0][0]), "named",
                f"'according to' words by {who[0][2]}, who is named")
            continue
        if org:  # "according to a tweet by the Ashford Chamber of Commerce": the organisation's words
            add(base + m.start(), base + org.end(), org.group("org"), "institution",
                f"'according to' words by {org.group('org')} (an organisation)")
            continue
        what = re.match(r"(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])", m.group("speaker"))
        if what:  # "the advocacy organization Reporters Without Borders": the name after what it is
            at += what.end()
        person_here = [p for p in people_in_text(text) if p[0] == at or 0 < p[0] - at <= 26
                       and re.fullmatch(r"(?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]{0,3}\.\s*)*", text[at:p[0]])]
        if person_here:  # "According to Col. C. Tsai", "… Democrat Gov. J.B. Pritzker": a person, with a title the pattern stops at
            s, e, who = person_here[0]
            add(base + m.start(), e, _resolve(art, who, s), "named", f"'according to' {who}, who is named")
            continue
        name = m.group("speaker")[what.end():] if what else m.group("speaker")
        office = re.match(r"\s+(?:(?-i:[a-z])[\w-]*[’']s\s+)?(?:(?-i:[a-z])[\w-]*\s+)?(?:office|department|bureau|agency|team|staff)\b",
                          chunk[m.end():], re.I) if name[:1].isupper() or name.startswith("the ") else None
        if office and re.search(r"[’']s\s", office.group() + " ") or office and name[-2:] in ("’s", "'s"):
            # "according to the Muskingum County sheriff's office": the office, named by whose it is
            name = re.sub(r"^the\s+", "", name) + office.group()
            add(base + m.start(), base + m.end() + office.end(), name, "institution",
                f"'according to' {name}: an office a reader can look up")
            continue
        if name[-2:] in ("’s", "'s") or name[-1:] in "’'":
            # "according to Windsor Locks' first selectman, Chris Kervick": the person the owner's job leads to
            who = [p for p in people_in_text(text) if base + m.end() < p[0] <= base + m.end() + 60
                   and re.fullmatch(r"[\s,]*(?:[a-z][\w-]*[\s,]+){1,3}", text[base + m.end():p[0]])]
            if who:
                add(base + m.start(), who[0][1], _resolve(art, who[0][2], who[0][0]), "named",
                    f"'according to' {who[0][2]}, who is named")
                continue
            if re.match(r"\s+(?:lawyers?|attorneys?|spokes(?:man|woman|person)|aides?|advis[eo]rs?|publicist|agent|representative|"
                        r"wife|husband|son|daughter|friends?|relatives?)\b(?!,\s+[A-Z])", chunk[m.end():]):
                continue  # ("according to Smith's lawyer": someone unnamed, whom the vague cues read)
            name = re.sub(r"[’']s?$", "", name)  # "according to WHO's statistics": WHO
        later = _DESCRIBED_NAME.match(chunk, m.end())
        if later and m.group("speaker")[:1].isupper():
            # "according to Samoa Observer editor Keni Lesa", "according to American online blog Daily
            # Kos": the capitalised words describe the source named after a few lower-case words
            s = base + later.start("name")
            who = [p for p in people_in_text(text) if p[0] == s]
            if who:
                add(base + m.start(), who[0][1], _resolve(art, who[0][2], s), "named", f"'according to' {who[0][2]}, who is named")
                continue
            name = later.group("name")
            add(base + m.start(), base + later.end(), name, "institution",
                f"'according to' {name}: a document or organisation a reader can look up")
            continue
        if name.split()[-1].lower() in _CALENDAR:
            continue  # "according to a tweet on Monday": a day is nobody
        full = _resolve(art, name, base + m.start("speaker"))
        if not is_org(name) and any(full == n for _, _, n in people_in_text(text)):
            # "According to DeBatto": a person the article names in full
            add(base + m.start(), base + m.end(), full, "named", f"'according to' {name}, who is named")
            continue
        if re.fullmatch(r"the\s+[a-z]+", name) and (org := org_antecedent(art, name, base + m.start("speaker"))):
            name = org  # ("Acme Chemicals was fined. According to the company, …": the company named before)
        add(base + m.start(), base + m.end(), name, "institution",
            f"'according to' {name}: a document or organisation a reader can look up")
