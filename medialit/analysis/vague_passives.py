"""Vague sources hidden in passives and impersonal phrases: "is thought to", "was criticized by Western
governments", "it has been reported that", "mistakes were made", "is widely seen as", "the hope is" (issue 12).

:mod:`.vague` reads :data:`PASSIVE_CUES` in its cue list, in this order. Sources: Bell 1991, *The Language of News
Media*, ch. 10; Fowler 1991, *Language in the News*, ch. 5 (agentless passives hide who acts or speaks).

>>> import re
>>> any(re.search(p, "It has been reported that the bridge failed.", re.I) for p, _ in PASSIVE_CUES)
True
"""

from __future__ import annotations

from ._vague_words import _EVALUATIVE, _PASSIVE, _PEOPLE_WORDS

#: The reason of an agentless passive: it does not count when the sentence says "by" whom after all.
PASSIVE = "a passive with nobody doing it: by whom?"

#: (pattern, reason) pairs, read with re.IGNORECASE.
PASSIVE_CUES: list[tuple[str, str]] = [
    # (what the doers are, in up to three words before them: "slammed by rights groups", "labeled traitors by a pliant
    # pro-government media", "pointed to by rights groups and foreign governments")
    (r"\b(?:(?:is|are|was|were|been|being)\s+(?:\w+\s+){0,2})?(?:" + _PASSIVE + r"|slammed|derided|dismissed|denounced|"
     r"decried|pointed\s+to|cited|(?:labell?ed|branded)(?:\s+(?-i:[a-z]+))?)\s+by\s+(?:a\s+|an\s+|the\s+)?(?:some\s+|many\s+|most\s+|other\s+|several\s+|multiple\s+|local\s+|foreign\s+|"
     r"international\s+|(?-i:[A-Z])[\w’'.-]*\s+|(?!(?:the|a|an|his|her|their|its|and|or)\b)(?-i:[a-z][\w-]+)\s+){0,3}(?-i:" + "|".join(_PEOPLE_WORDS) +  # (lower case: "hailed by the United Auto Workers" is a name)
     r"|governments|environmentalists|conservationists|groups|agencies|media(?:\s+outlets)?|outlets|news\s+outlets|commentators)\b",
     "a passive whose doers are a group nobody names ('criticized by Western governments'): which ones?"),
    (r"\b(?:(?:is|are|was|were|been|being)\s+(?:\w+\s+){0,2})?(?:" + _PASSIVE + r"|received\s+[\w\s]{0,30}?)\s+by\s+"
     r"(?:many|some|most|others|several)\b(?:\s+(?!of\b|as\b)[a-z]+)?",
     "a passive whose doers are 'many' or 'some': who?"),
    # a claim follows ("is thought to", "it has been reported that", "is seen as", "is portrayed in a manner
    # that", "is highlighted in the media"), or a judgement is the whole claim ("the plan was criticised.")
    (r"\b(?:is|are|was|were|been|being)\s+(?:(?:\w+ly|often|also|still|now|long|so|much|already|yesterday|today|"
     r"first|earlier|later|(?:on|last)\s+(?-i:[A-Z])[a-z]+day)\s+){0,2}"
     r"(?:" + _PASSIVE + r"(?=\s+(?:to|that|as)\b|\s+in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:manner|way|light)\b|\s+in\s+the\s+media\b)"
     r"|" + _EVALUATIVE + r"\b(?=\s*[.;,]|\s+(?:in|for|of)\s))(?:\s+in\s+the\s+media)?"
     r"(?!\s+by\s+(?-i:[A-Z])|\s+(?:missing|dead|killed|injured|wounded|safe|stolen)\b)",
     PASSIVE),
    (r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:told|informed|notified|assured|advised)\s+that\b"
     # "has been called a gesture" (not "is called the IOA": a name; nor "I had been called a …": an
     # insult the speaker reports)
     r"|(?<!\bI\s)\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:called|dubbed|labell?ed|branded)"
     r"(?=\s+(?:an?\s|“|\"))(?!\s+an?\s+(?:meeting|press|news|vote|election|session|halt|strike))"
     r"(?!\s+[“\"](?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2}[.,]?[”\"])",  # (nor "is called “WATSON.”": a name)
     PASSIVE),
    (r"\b(?:mistakes|errors|promises)\s+(?:were|have\s+been|had\s+been)\s+(?:made|broken)\b",
     "“mistakes were made”: by whom? (a passive that hides who did it)"),
    # (or what happened, reported by nobody named: "Wait times of four hours have been reported", never "… reported by X"
    # nor "no casualties have been reported")
    # ("it has been observed that", "It is often heard that": observed or heard by nobody named)
    (r"\bit\s+(?:(?:has|had)\s+(?:also\s+)?been|(?:is|was)(?:\s+also)?)\s+(?:(?:often|commonly|frequently|sometimes|long|widely)\s+)?(?:revealed|"
     r"reported|claimed|alleged|suggested|learned|said|learnt|rumou?red|understood|uncovered|disclosed|(?:observed|noted|heard|argued|"
     r"asserted|noticed|speculated)(?=\s+that\b))\b|(?<![Nn]o\s)(?<!\bany\s)\b[\w-]+\s+(?:have|has|had)\s+(?:also\s+)?been\s+(?:\w+ly\s+)?reported\b(?!\s+(?:by|missing|dead|safe)\b)",
     "“{cue}”: by whom? (nobody is named)"),
    (r"\b(?:drew|draws|drawn|faced|faces|attracted|received)\s+(?:\w+\s+)?(?:criticism|condemnation|praise|"
     r"complaints)\s+from\s+(?:some\s+|many\s+)?(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(_PEOPLE_WORDS) + r"|others)\b"
     # ("raising warnings from press advocacy groups", "over the objections of scientists who warned")
     r"|\b(?:warnings|objections|criticism|condemnation|complaints|protests|pleas|appeals)\s+(?:from|of)\s+(?:some\s+|many\s+|several\s+)?"
     r"(?:(?!(?:the|a|an|his|her|their|its|and|or)\b)(?-i:[a-z][\w-]+)\s+){0,2}(?:" + "|".join(_PEOPLE_WORDS) + r"|groups|governments)\b(?!\s+(?-i:[A-Z]))",
     "criticism or praise from a group nobody names: who?"),
    (r"\b(?:often|widely|commonly|generally|frequently)\s+"
     r"(?:framed|portrayed|seen|viewed|regarded|described|considered|cited|highlighted|believed|thought|held|"
     r"reported|accepted|expected|assumed|acknowledged|suspected|rumou?red)\b",
     "'often framed' or 'widely seen': by whom?"),
    # "is praised widely for", "was criticised widely": praise or blame with the adverb after it, nobody's
    (r"\b(?:is|are|was|were|been|being)\s+(?:praised|criticized|criticised|condemned|lauded|acclaimed|hailed|panned|"
     r"regarded|seen|viewed|considered|believed|reported|celebrated|recogni[sz]ed|credited|blamed|touted)\s+"
     r"(?:widely|universally|broadly)\b", "'praised widely': by whom?"),
    (r"\bthe\s+hope\s+is\b", "'the hope is': whose hope?"),
    # "there is the belief that", "A concern expressed repeatedly", "Twitter was aflutter with reports of": a view or talk
    # that nobody is said to hold
    (r"\bthere\s+(?:is|was|has\s+been)\s+(?:a|an|the)\s+(?:(?:widespread|common|growing|general)\s+)?(?:belief|perception|"
     r"feeling|notion|assumption|sense)\s+that\b|\b(?:a|the)\s+(?:concern|complaint|criticism|worry|question)\s+(?:expressed|"
     r"raised|voiced|heard)\s+(?:repeatedly|often|frequently|again\s+and\s+again)\b|\b(?:was|were|is|are)\s+(?:abuzz|aflutter|"
     r"awash|rife|flooded)\s+with\s+(?:reports|rumou?rs|claims|speculation)\b",
     "“{cue}”: whose view, whose talk? (nobody is named)"),
    # "Conventional wisdom holds that": what everyone is said to think, from no one (never "It is no secret that": the
    # writer's own emphasis, as the gold of congress-deutch-iraq-iranian-weapons reads it)
    (r"\bconventional\s+wisdom\s+(?:holds|held|has\s+it|says|said|suggests)\b", "“{cue}”: whose wisdom? (nobody is named)"),
    # "It has been brought to my attention that", "what is being called the largest …": by whom?
    (r"\bit\s+(?:has|had)\s+been\s+brought\s+to\s+(?:my|our|the)\s+attention\b"
     r"|\bwhat\s+(?:is|was|are|were|has\s+been)\s+(?:being\s+)?(?:called|dubbed|described\s+as|hailed\s+as|touted\s+as|billed\s+as)\b",
     "“{cue}”: by whom? (nobody is named)"),
]
