"""Vague sources given with "according to": someone's relatives or aides, a country's officials, a group nobody
could contact ("according to his lawyers", "according to U.S. and South Korean officials", "according to
experts"). :mod:`.vague` reads them in its cue list, in this order; the named ones ("according to police",
"according to Pere Ortega") are :mod:`.according`'s. Also the unnamed findings that no "according to" introduces:
"Study after study has shown", "recent reporting that shows" (:data:`DOCUMENT_CUES`).

Sources: Bell 1991, *The Language of News Media*, ch. 10 (sources identified only by category).

>>> import re
>>> [bool(re.search(p, "Troops crossed, according to U.S. and South Korean officials.", re.I)) for p, _ in ACCORDING_CUES]
[False, True, False, False, True]
"""

from __future__ import annotations

from ._vague_words import _AGENTS, _NATIONS, _PEOPLE, _PEOPLE_WORDS, _SHARE

# documents that can be kept from the public
_KEPT_DOCS = r"(?:memo|memorandum|document|e-?mail|letter|report|study|review|analysis|assessment|audit|survey|briefing|filing|draft)\b"

#: (pattern, reason) pairs, read with re.IGNORECASE.
ACCORDING_CUES: list[tuple[str, str]] = [
    # ("according to Johnson's critics", "according to Syrian state media": an owner or a nationality does not
    # name a source; "according to Reuters reports" does, and is left to the institutions)
    # (or a nationality: "according to Philippine officials")
    # "according to his wife", "according to her lawyers": someone's relatives or aides, never named
    (r"\baccording\s+to\s+(?-i:his|her|their)\s+(?:[a-z]+\s+)?(?:wife|husband|widow|widower|mother|father|son|daughter|"
     r"brother|sister|parents|family|relatives|friends?|lawyers?|attorneys?|aides?|spokes(?:man|woman|person)|colleagues?|"
     r"neighbou?rs?|supporters|critics|associates)\b(?!,\s+(?-i:[A-Z]))",  # (not "according to his wife, Amanda,")
     "'according to' someone's relative or aide, never named: who?"),
    (r"\baccording\s+to\s+(?:(?-i:[A-Z])[\w.-]*[’']s?|" + _NATIONS + r")\s+"
     r"(?:[a-z][\w-]*\s+)?(?:" + _PEOPLE + r"|(?<=\s)(?:estimates|reports|figures|assessments|sources)"
     # (one of them: "according to Smith's lawyer", unless named right after: "…'s lawyer, Ana Ruiz,")
     r"|(?-i:lawyer|attorney|spokes(?:man|woman|person)|aide|adviser|advisor|publicist|agent|representative)(?!,\s+(?-i:[A-Z])))\b",
     "'according to' people nobody names (someone's critics or aides, a country's officials)"),
    # "according to an internal memo obtained by the Courier", "according to a leaked draft": a document kept from the public,
    # that a reader cannot look up (a staff report or a new study is published: the institutions' and the report cues')
    (r"\baccording\s+to\s+an?\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:internal|leaked|confidential|secret|private|unpublished)\s+(?:(?-i:[a-z][\w-]*)\s+)?"
     + _KEPT_DOCS + r"|\baccording\s+to\s+an?\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?" + _KEPT_DOCS
     + r"\s+(?:[^,.;:“”\"]{0,30}?\s+)?(?:obtained|seen|reviewed|viewed)\s+by\b",
     "'according to' a document kept from the public ('an internal memo obtained by …'): who wrote it, can a reader see it?"),
    # "according to Texas Forest Service officials", "according to Pentagon officials": unnamed people at a named body
    (r"\baccording\s+to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.&-]*\s+){1,5}(?-i:officials|spokespeople|sources|staff|employees|staffers|"
     r"researchers|scientists|experts|engineers|personnel|investigators|insiders|aides|actuaries|analysts|economists|"
     r"auditors|inspectors|lawyers|attorneys)\b(?!,\s+(?-i:[A-Z]))",
     "'according to' unnamed people at a named organisation: which of them?"),
    (r"\baccording\s+to\s+(?:the\s+|some\s+|many\s+|several\s+)?(?:(?:senior|top|current|former|other)\s+(?=(?-i:[A-Z])))?"  # ("senior U.S. …")
     r"(?:" + _NATIONS + r"\s+)?(?:police\s+and\s+)?(?:(?-i:[a-z])[\w-]+\s+){0,3}?(?:(?-i:media|press|outlets|newspapers|"
     r"statements)(?!\s+(?-i:[A-Z]))|organi[sz]ers|officials|"
     r"sources|authorities|experts|reports|analysts|observers|residents|insiders|critics|estimates|witnesses|"
     r"eyewitnesses|scientists|researchers|engineers|economists|doctors|people|staff|employees|diplomats|investigators|groups|"
     r"figures|accounts|allegations|claims|rumou?rs|data|statistics|videos|posts|social\s+media|(?-i:news)(?!\s+(?:agency|agencies|service|wire|site)\b)(?!\s+(?-i:[A-Z]))|" + "|".join(_PEOPLE_WORDS) + "|" + _AGENTS + r")\b"
     # (not "in line with": "vote according to their constituents' values")
     r"(?![’']s?\s+(?:values|wishes|needs|beliefs|interests|preferences|instructions|plans?|rules|priorities|standards|expectations)\b)"
     # ("according to police": the force of the place reported on, an institution, as "police said"; "according to
     # authorities in Baytown": named by their place; "according to the reports by Johns Hopkins": whose reports)
     r"(?!(?<=authorities)\s+(?:in|of|at)\s+(?-i:[A-Z]))"
     r"(?!(?:\s+(?:compiled|collected|gathered|published|released|reported|issued|provided|prepared|produced|kept))?\s+(?:by|from)\s+(?:the\s+)?(?-i:[A-Z]))"
     # (not the first word of a name: "according to the advocacy organization Reporters Without Borders")
     r"(?!\s+(?-i:[A-Z][a-z]+\s+[A-Z]))"
     r"(?:\s+(?:at|from|with|of|in)\s+(?-i:[A-Z])[\w’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)*(?-i:[A-Z])[\w’'&-]*)*)?",
     "'according to' a group nobody could contact"),
]


#: (pattern, reason) pairs for findings nobody is named for, read with re.IGNORECASE.
DOCUMENT_CUES: list[tuple[str, str]] = [
    (r"\b(?:study|report|survey|poll|analysis)\s+after\s+(?:study|report|survey|poll|analysis)\s+(?:\w+ly\s+)?"
     r"(?:has\s+|have\s+)?(?:shown|found|show|shows|confirmed|suggested|concluded|demonstrated)\b",
     "'study after study': which studies, by whom?"),
    (r"(?<![’']s\s)\b(?:(?:recent|new|widespread|published|press|media|news)\s+)?reporting\s+(?:that\s+|which\s+)?"
     r"(?:shows|showed|suggests|suggested|indicates|indicated|found|finds|reveals|revealed)\b",
     "'reporting that shows': reporting by whom, where?"),
    # a share of the people a survey asked: "Two-thirds said", "A plurality of respondents said", "Just one-quarter believe"
    # (or "the 83 percent of Americans who want to see them upheld": the share, then what they want)
    (r"(?:^|(?<=[,;:—(]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bthat\s)|(?<=\bwhile\s)|(?<=\bwhich\s)|(?<=\bwhereas\s)|(?<=\bthe\s))" + _SHARE
     # (perhaps with others beside them: "a majority of Americans … and Fortune 500 companies support"; "already believe")
     + r"(?:(?:\s+|(?<=[—–]))and\s+[^,.;“”\"]{2,40}?)?(?:\s+who)?\s+(?:also\s+|already\s+|still\s+|now\s+)?(?:(?-i:[a-z]+ly)\s+)?(?:said|say|says|told|believe|believed|believes|think|thought|want|wants|wanted|found|felt|rated|"
     r"reported|agreed|agree|expect|expected|feared|fear|worried|favou?r|favou?red|support|supported|opposed|oppose"
     r"|(?:are|were)\s+(?:not\s+)?(?:confident|worried|concerned|unsure|satisfied|optimistic|pessimistic))\b",
     "a share of unnamed people ('two-thirds said', 'a plurality believe'): who was asked, by whom?"),
    # ("Employers say", "Ranchers have argued that": people named by what they do, capitalised to open the sentence; a
    # plural verb says it is no surname, never "Sanders say")
    (r"(?:^|(?<=[.!?]\s)|(?<=[“\"]))(?-i:[A-Z][a-z]{2,}(?:ers|ors|ords|ants|ents))\s+(?:also\s+|long\s+|still\s+)?"
     r"(?:say|tell|argue|believe|warn|fear|worry|complain|claim|contend|insist|describe|agree|expect|"
     r"have\s+(?:long\s+|also\s+)?(?:argued|said|warned|complained|claimed|reported|described|raised))\b",
     "people named only by what they do ('Employers say', 'Ranchers have argued'): which ones?"),
    # ("We have heard from countless residents … that": people nobody names, counted only as many)
    (r"\b(?:heard|hearing|hears|hear)\s+from\s+(?:countless|many|numerous|several|some|so\s+many|scores\s+of|dozens\s+of|hundreds\s+of|"
     r"thousands\s+of)\s+(?:(?-i:[a-z])[\w’'-]*\s+){0,2}?" + _PEOPLE,
     "'heard from countless residents': which ones?"),
    # ("after multiple reports of contaminated water", "according to actual records": whose reports, whose records?)
    (r"\b(?:following|follows|followed|after|amid|despite)\s+(?:multiple|several|numerous|repeated|recent|widespread|many)\s+"
     r"reports\s+(?:of|that)\b", "'multiple reports of': reports by whom?"),
    (r"\baccording\s+to\s+(?:actual|official|internal|available|public)?\s*records\b(?!\s+(?:of|from|kept\s+by)\s+(?:the\s+)?(?-i:[A-Z]))",
     "'according to records': whose records?"),
    (r"\b(?:(?:U\.S\.|American|Western|Ukrainian|South\s+Korean|new|recent|fresh)\s+)?intelligence\s+(?:that\s+)?"
     r"(?:indicating|indicates|indicated|showing|shows|showed|suggesting|suggests|suggested)\s+that\b",
     "'intelligence indicating': whose intelligence, from which agency?"),
]

#: Claims, reports and criticism with no owner ("allegations that", "recent reports of", "raising concerns among
#: some", "has drawn widespread criticism"): whose? Kept in :data:`.vague._VAGUE` in this order.
CLAIM_CUES = [
    # "allegations that …", "rumors have swirled that", "despite widespread concerns that": a claim
    # whose owner is not given (not "his claims that", "Bolton's allegations that")
    (r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bour\s)(?<![’']s\s)\b(?:"
     r"(?:allegations|rumou?rs)"
     # "reports", "claims", "concerns" are also verbs and common nouns: only with a word that makes them nobody's
     r"|(?:widespread|growing|unconfirmed|persistent|repeated|media|press)\s+(?:speculation|reports|claims|concerns|fears|"
     r"suspicions)|(?:speculation|reports|claims|concerns|fears|suspicions)(?=\s+(?:have|has|remain|are|were)\s)"
     r"|(?<=\bamid\s)(?:reports|claims)|(?<=\bafter\s)(?:reports|claims)|(?<=\bfollowing\s)(?:reports|claims)"
     r"|(?<=\bfollowed\s)(?:reports|claims)|(?<=\bfollows\s)(?:reports|claims)|^\s*reports|(?<=\s[—–-]\s)reports"  # ("Reports that …", after a dateline's dash)
     r"|(?:recent|new|latest|numerous|multiple)\s+(?:news\s+|press\s+)?reports"
     r"|(?<=\bdespite\s)(?:reports|claims)|(?<=\bover\s)(?:reports|claims)|(?<=\band\s)reports)"
     r"\s+(?:(?:have|has)\s+(?:swirled|circulated|spread|grown|surfaced|emerged)\s+(?:\w+\s+){0,3}?|"
     r"(?:remain|are|were)\s+(?:\w+\s+)?(?:high|widespread)\s+)?that\b",
     "a claim with no owner ('allegations that', 'rumors that'): whose?"),
    (r"\b(?:has|have|had)\s+(?:drawn|attracted|received|faced)\s+(?:global|widespread|international|public|heavy|"
     r"sharp|strong|much)\s+(?:criticism|condemnation|praise|backlash)\b(?!\s+from\s+(?-i:[A-Z]))",
     "criticism from nobody in particular: from whom?"),
    (r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<![’']s\s)(?<!\binvestigating\s)(?<!\binvestigate\s)(?<!\binvestigates\s)(?<!\binvestigated\s)\b(?:allegations|(?<=\bamid\s)reports|(?<=\bdespite\s)reports|"
     r"(?:recent|new|latest|numerous|multiple)\s+(?:news\s+|press\s+)?reports)\s+of\b"
     r"|\b(?:rais|spark|prompt|fuell?|stok)(?:ed|ing)\s+(?:\w+\s+)?(?:concerns|fears|questions|doubts|worries)\s+among\s+"
     r"(?:some|many|others)\b|\b(?:led\s+to|sparked|prompted|fuell?ed|raised|"
     r"drawn)\s+(?:\w+\s+)?(?:criticism|concerns|fears|speculation|accusations|allegations|complaints)\s+that\b",
     "a claim with no owner ('allegations of', 'criticism that'): whose?"),
]
