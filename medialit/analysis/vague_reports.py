"""Vague sources that are reports nobody owns: "reports that …", "Following news reports that", "Reports of rising cases
…", "press reports of a merger", "after reports from Missourians that", "The vast reporting states that" (issue 12).

:mod:`.vague` reads :data:`REPORT_CUES` in its cue list, in this order. Sources: Bell 1991, *The Language of News
Media*, ch. 10 (attribution to unnamed reports); Tuchman 1978, *Making News*, ch. 5 (the web of facticity).

>>> import re
>>> any(re.search(p, "The letter follows troubling reports that mail is late.", re.I) for p, _ in REPORT_CUES)
True
>>> any(re.search(p, "Reports of the Army Corps say the levee held.", re.I) for p, _ in REPORT_CUES)
False
"""

from __future__ import annotations

from ._vague_words import _PEOPLE_WORDS

# where a sentence opens: the paragraph's start, after a full stop (and a closing mark, with or without a space), or
# after an opening mark
_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s)|(?<=[.!?][”\"’'])|(?<=[“\"]))"

#: (pattern, reason) pairs, read with re.IGNORECASE.
REPORT_CUES: list[tuple[str, str]] = [
    # "There have been reports of", "there are countless reports of violence": reports nobody owns (they count in a
    # speaker's quote too); speculation is only talk, never in a quote
    (r"\bthere\s+(?:have|has|had)\s+(?:also\s+)?been\s+(?:\w+\s+)?(?:reports|rumou?rs|complaints|allegations)\b|\bthere\s+(?:were|are)\s+(?:also\s+)?"
     r"(?:\w+\s+)?(?:reports|rumou?rs|complaints|allegations)\b", "'there have been reports' (or rumours, complaints): from whom?"),
    (r"\bthere\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:\w+\s+)?speculation\b", "'there is speculation': whose?"),
    (r"\b(?:media|press|news)\s+reports\s+(?:of|about|on)\b", "press reports that name no outlet: which ones?"),  # ("press reports of a merger")
    # "Recent news reports have noted that …": reports nobody owns, with what they did
    # ("… the Gaza Strip.' Media reports suggest that": a sentence after a closing mark, the verb in the present)
    (_SENTENCE_START + r"(?-i:News|Media|Press|Recent)\s+(?:(?:news|media|press)\s+)?reports\s+"
     r"(?:have\s+|had\s+)?(?:also\s+)?(?:noted|shown|found|indicated|revealed|suggested|stated|claimed|alleged|highlighted|"
     r"note|show|find|indicate|reveal|suggest|state|claim|allege|highlight|say|said)\b", "press reports that name no outlet: which ones?"),
    # "Reports throughout the negotiating process raise serious questions", "Recent consumer complaints … have raised
    # questions": reports or complaints nobody owns open the sentence, what they did a few words on (never "Reports of
    # the Army Corps say": whose reports follow)
    (_SENTENCE_START + r"(?:(?-i:Reports|Complaints)|(?-i:Recent|Numerous|Multiple|Repeated|"
     r"Widespread|Persistent)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:reports|complaints|allegations|accounts))\b"
     r"(?!\s+(?:by|from|of|in|at)\s+(?:the\s+)?(?-i:[A-Z]))(?:\s+(?-i:[a-z][\w’'-]*)){0,8}?\s+(?:have\s+|has\s+)?(?:also\s+)?"
     r"(?:raise|raised|suggest|suggested|indicate|indicated|show|showed|shown|say|said|claim|claimed|allege|alleged|reveal|revealed|"
     r"describe|described|detail|detailed|point|pointed|prompted|sparked|fueled|fuelled)\b",
     "reports or complaints nobody names ('Reports throughout … raise questions'): whose?"),
    # "This follows the recent news that …", "after news broke today that …": news nobody is named as giving
    (r"\b(?:follows|followed|following|after|amid|given|despite|upon|in\s+light\s+of)\s+(?:the\s+)?(?:(?:recent|latest|troubling|disturbing|"
     r"welcome|good|bad)\s+)?news\s+that\b|\bnews\s+(?:broke|emerged|came\s+out)\s+(?:\w+\s+){0,2}?that\b|(?:^|(?<=[.!?]\s))(?-i:News)\s+that\b",
     "news that nobody is named as reporting: who reported it?"),
    # "Reports of rising cases … prompted", "reports of abuses remain common": reports nobody owns, of what happened
    (r"(?:^\s*|(?<=[;:—]\s)|\b(?:unconfirmed|unverified|persistent)\s+)"
     r"(?-i:[Rr])eports\s+of\b(?!\s+(?:the|a|an|its|his|her|their)\s+(?-i:[A-Z]))", "reports nobody names ('reports of …'): whose reports?"),
    # "concerned about reports that", "Following news reports that", "we have heard troubling reports that": reports
    # of nobody's, the noun after a preposition, a describing word or a verb ("denied reports that"); and the
    # reporting of nobody's: "The vast reporting states that", "more recent reporting reveals"
    (r"(?!to\s+reports\s+of\s+(?:a|an)\s)(?:(?<!\brespond\s)(?<!\bresponded\s)(?<!\bresponding\s)(?<!\bresponds\s)\b(?:about|on|to|amid|following|follows|followed|after|despite|over|regarding|"
     r"concerning|by|because\s+of|given|in\s+(?:the\s+)?wake\s+of)\s+(?:the\s+)?|"  # (never a call answered: "were called … to reports of a collision")
     # (the verb is the speaker's own: in "He also denied reports that", he is named)
     + "|".join(rf"(?<=\b{w}\s)" for w in ("denied", "dismissed", "rejected", "heard", "hearing", "hear", "confirmed", "received", "raise", "raises", "raised", "raising")) + r"|(?<![\w’'-])(?-i:news|media|press|recent|troubling|"
     r"disturbing|alarming|worrying|multiple|unconfirmed|unverified|initial|early|earlier|new|credible|widespread|"
     r"conflicting|worker|employee|public|anecdotal|persistent|several|ongoing|numerous|repeated|growing|continued|continuing)\s+)(?:(?:recent|troubling|disturbing|news|media|"
     r"press|unconfirmed|unverified|initial|credible|multiple|new|(?<=\bthe\s)(?-i:[a-z]{3,}ing))\s+)?reports\s+(?:that|(?:of|regarding|concerning|about|on)(?!\s+(?:the|its|his|her|their)\s+(?-i:[A-Z]))|indicating|suggesting|claiming|"
     r"alleging|saying|stating|showing|revealing|outlining|detailing|documenting|describing|highlighting)\b"
     # (at a sentence's start, capitalised: "News reports alleging …"; never "Fox News reports", an outlet's)
     r"|(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?-i:News|Media|Press|Recent)\s+reports\s+(?:that|indicating|suggesting|claiming|alleging|"
     r"saying|stating|showing|revealing)\b"
     # ("after reports surfaced showing weapons are resold")
     r"|\b(?:after|amid|following)\s+(?:recent\s+|news\s+|media\s+|press\s+)?reports\s+(?:surfaced|emerged|circulated)\s+"
     r"(?:that|showing|indicating|suggesting)\b"
     r"|(?:(?<![\w’'-])(?-i:the|some|more|much|recent|other|news|media|press|vast|initial|earlier|later|subsequent|additional)"
     r"|(?:^|(?<=[.!?]\s))(?-i:Recent|Additional|Further|Subsequent|Later|Earlier|Initial|News|Media|Press))\s+"
     r"(?:(?:recent|vast|news|media|press|initial|subsequent|further|additional)\s+)?reporting\s+(?:has\s+|have\s+)?(?:since\s+)?"
     r"(?:states|stated|reveals|revealed|shows|showed|suggests|suggested|indicates|indicated|says|said|found|finds|"
     r"uncovered|demonstrated|established)\b"
     # ("following recent reporting on …", "In light of recent reporting about …": reporting of nobody's, about what)
     r"|\b(?:following|after|amid|about|regarding|concerning|given|despite|of)\s+(?:the\s+)?(?:(?:recent|news|media|press|public|new|extensive|widespread)\s+)+"
     r"reporting\s+(?:on|about|regarding|concerning|of|that)\b"
     # ("According to recent reporting, …": reporting of nobody's)
     # ("after reports from Missourians that …": reports of people nobody names)
     r"|\breports\s+from\s+(?:(?-i:[A-Z][a-z]+(?:ans|ians|ers|ites))|" + "|".join(_PEOPLE_WORDS) + r")\s+(?:that|of)\b"
     r"|\baccording\s+to\s+(?:(?:recent|news|media|press|public|some|several|multiple|local|initial)\s+)+report(?:s|ing)\b"
     r"(?!\s+(?:by|from|in)\s+(?:the\s+)?(?-i:[A-Z]))",
     "reports nobody names ('reports that …'): whose reports?"),
    # "amid a growing number of reports of dangerous conduct", "a flurry of reports that", "Given the significant number
    # of reports of abuse", "dozens of reports of": reports counted, none owned (not "a series of reports by the GAO")
    (r"\b(?:(?:a|the)\s+(?:(?:growing|increasing|rising|large|significant|substantial|troubling|alarming|disturbing|high|"
     r"huge|steady|worrying)\s+)?(?:number|flurry|spate|rash|string|series|wave|slew|barrage|stream|host|litany|deluge|"
     r"avalanche|torrent)|dozens|hundreds|thousands|scores)\s+of\s+(?:(?:new|recent|credible|media|news|press)\s+)?reports\s+"
     r"(?:that|of|about|regarding|concerning|indicating|suggesting|showing|alleging)\b(?!\s+(?:the|its|his|her|their)\s+(?-i:[A-Z]))",
     "reports counted but not named ('a growing number of reports of …'): whose reports?"),
    # "we have heard complaints that Google …", "The office has received numerous complaints from residents": complaints nobody
    # is named as making (never "complaints from the EPA")
    (r"\b(?:heard|received|fielded|gotten|got)\s+(?:(?:many|numerous|several|multiple|repeated|countless|growing|recent|troubling|"
     r"credible|serious|frequent|constant|persistent)\s+)?(?:complaints|concerns|stories|accounts|allegations)\s+"
     r"(?:that|about|of|from(?!\s+(?:the\s+)?(?-i:[A-Z])))\b", "complaints nobody is named as making ('we have heard complaints that'): from whom?"),
    # "In response to a new report that …", "if reports are true", "other outlets reported": one report, or outlets, of nobody's
    # (any describing words in lower case, or none: "responded to a report that", "after a damning new report of")
    (r"\b(?:to|after|following|about|on|amid|over|regarding|despite)\s+(?:a|an)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?report\s+"
     r"(?:that|of|showing|indicating|revealing)\b"
     # ("If the shocking reports about the FBI arresting a man … are true": what they are about may come between)
     r"|\b(?:if\s+(?:the\s+|these\s+|those\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:reports|reporting)(?:\s+(?:about|of|on|that|regarding)\b[^.;!?“”\"]{1,120}?)?\s+(?:is|are)"
     r"|should\s+(?:the\s+)?(?:reports|reporting)\s+be)\s+(?:\w+ly\s+)?(?:true|accurate|correct)\b"
     r"|(?<![\w’'-])(?:other|some|several|many|multiple|various)\s+(?:news\s+|media\s+)?outlets\s+(?:have\s+|also\s+)?(?:reported|report|said|say)\b",
     "reports nobody names ('a new report that …', 'other outlets reported'): whose reports?"),
    # a finding of nobody's, the document right before its verb: "A new report shows the murder rate …", "A new poll
    # reveals …", "brand new data proves it", "According to some studies, …" (never "A new report from the CBO shows",
    # "the report shows": one named before)
    # (any describing words in lower case, never an owner's name: "A comprehensive federal and state review found", "a
    # recent news report detailed"; not "A GAO report found")
    (r"\b(?:(?:a|an|one)\s+(?:(?-i:[a-z][\w-]*)\s+(?:and\s+)?){0,4}?(?:report|poll|study|survey|analysis|review|audit|assessment|"
     r"investigation|inquiry)"
     # (with its date only: "a report from October 16, 2025, found"; a date names no owner)
     r"(?:,?\s+(?:from|of|dated)\s+(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|"
     r"December)\s+)?(?:\d{1,2},?\s+)?\d{4},?)?(?:,?\s+(?:that|which))?"  # ("a study which found that", "a report that found")
     r"|(?<![\w’'-])(?:(?:brand\s+)?new|recent|latest)\s+(?:data|polling|numbers|figures|research))\s+"
     r"(?:shows|showed|reveals|revealed|finds|found|proves|proved|confirms|confirmed|suggests|suggested|indicates|indicated|"
     r"detailed|details|documented|documents|concluded|concludes|determined)\b"
     r"|\baccording\s+to\s+(?:some|many|several|numerous|multiple|recent|new|other)\s+(?:recent\s+|new\s+)?(?:studies|surveys|polls|"
     r"estimates|research|data|analyses)\b(?!(?:\s+(?:released|reported|published|compiled|issued|provided))?\s+(?:by|from|of|in)\s+(?:the\s+)?(?-i:[A-Z]))"
     # ("Statistics show we lose a tower every seven days", "Recent analysis shows", "with new estimates showing": no owner)
     r"|(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwith\s)|(?<=\bafter\s)|(?<=,\s)|(?<=[“\"])|(?<=\bof\s)|(?<=\bas\s))(?:(?:recent|new|latest|mounting|growing|further|additional)\s+)?(?:(?:economic|federal|public|"
     r"available|official|government|congressional|readiness|scientific)\s+)?(?:statistics|analysis|analyses|estimates|data|research|figures|evidence|information|"
     r"testimony)\s+(?:also\s+)?(?:show|shows|showing|showed|suggest|suggests|indicate|indicates|reveal|reveals|prove|proves)\b",
     "a report, poll, study or data nobody names ('a new poll reveals'): whose, and where can a reader find it?"),
    # "Following recent news of two near-collisions, …", "Subsequent reports have provided additional information": news
    # and reports of nobody's, what they tell the writer's reason to act
    (r"\b(?:following|after|amid|given|in\s+light\s+of)\s+(?:the\s+)?(?:recent|new|latest|troubling|alarming|disturbing)\s+news\s+"
     r"(?:of|that|about)\b|(?:^|(?<=[.!?]\s))(?-i:Subsequent|Additional|Further|Later|Media|Press|News)\s+reports\s+"
     r"(?:have\s+|has\s+)?(?:provided|raised|detailed|described|documented)\b"
     # ("I was shocked by the news that …"; "a concerning article describing …": news or an article of no outlet's)
     r"|\b(?:by|at|over|with)\s+the\s+(?:recent\s+)?news\s+that\b|\b(?:a|an)\s+(?:(?:recent|new|concerning|troubling|disturbing|alarming|"
     r"startling|published)\s+)+(?:news\s+)?(?:article|story|piece)\s+(?:describing|reporting|that|showing|revealing|detailing|which)\b",
     "news or reports nobody names ('following recent news of'): whose, and where can a reader find them?"),
    # "whistleblower documents", "the DHS whistleblower allegation that", "a whistleblower who came to him with these
    # allegations": what someone nobody names disclosed (never "whistleblower Ana Ruiz's documents": named)
    # (not "the whistleblower documents" alone: the ones just cited, once more)
    (r"(?<!\bthe\s)(?<!\bthese\s)\bwhistle-?blowers?\s+(?:documents|allegations?|complaints?|disclosures?|claims?|testimony|accounts?|reports?|records|e-?mails)\b"
     r"|\bwhistle-?blowers?\s+(?:allegations?|complaints?|disclosures?|claims?|reports?)\s+(?:that|of|showing)\b"
     r"|\bwhistle-?blowers?\s+who\s+(?:\w+ly\s+)?(?:came|revealed|raised|alleged|reported|told|provided|brought|exposed|disclosed|warned|"
     r"contacted|approached|shared|stepped)\b",
     "a whistleblower nobody names ('whistleblower documents'): who, and can a reader check it?"),
    # "Recent reporting", "Public reporting this week is cause for serious concern": reporting nobody owns opens the
    # sentence (never "Recent reporting by the Times"); "it has been well documented that": documented by whom?;
    # "Thoughtful analysis from experts across the political spectrum shows": analysis of experts nobody names
    (r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s)|(?<=[“\"]))(?-i:Recent|Public|Published|Media|News|Press)\s+(?:(?:news|media|press|public)\s+)?"
     r"reporting\b(?!\s+(?:by|from|in|at|of)\s+(?:the\s+)?(?-i:[A-Z]))"
     # ("But public reporting has now revealed", "Contrary to media reports")
     r"|\b(?-i:public|recent|media|news|press)\s+reporting\s+(?:has|have|had)\s+(?:now\s+|also\s+|since\s+)?(?:revealed|shown|found|"
     r"indicated|suggested|raised|uncovered|documented|confirmed)\b"
     r"|\bcontrary\s+to\s+(?:(?:recent|some|many|earlier|initial|media|news|press|published)\s+)+reports\b"
     r"|\bit\s+(?:has|had|is|was)\s+(?:been\s+)?(?:well[\s-]+|widely\s+|extensively\s+|amply\s+|repeatedly\s+)?(?:documented|established)\s+that\b"
     r"|\b(?:analysis|analyses|research|studies|estimates|data)\s+(?:from|by)\s+(?:(?:many|some|several|independent|outside|leading|top|"
     r"other|numerous)\s+)?(?:experts|economists|analysts|researchers|scientists|scholars|observers)\b",
     "reporting, documentation or analysis nobody names ('Recent reporting', 'analysis from experts'): whose?"),
    # "went ahead despite repeated warnings about the threat", "ignored numerous warnings that": warnings nobody is named as giving
    (r"\b(?:despite|after|amid|following|ignor(?:ed|ing|es)|heed(?:ed|ing)?)\s+(?:the\s+)?(?:repeated|numerous|multiple|many|several|"
     r"growing|earlier|prior|previous|stark|dire|clear)\s+warnings\b(?!\s+(?:from|by)\s+(?:the\s+)?(?-i:[A-Z]))",
     "warnings nobody is named as giving ('despite repeated warnings'): whose warnings?"),
]
