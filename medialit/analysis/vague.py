"""Vague sources: the words that credit a claim to nobody a reader could look up.

The cue list :data:`VAGUE_CUES` that :func:`~medialit.analysis.attribution.find_attributions` reads:
people named only by what they are ("critics say", "officials at the ministry said"), unnamed
documents ("reports suggest", "according to a study"), the media as a whole, "people familiar with
the matter", and passives with nobody doing them ("is thought to"). Each cue comes with the plain
reason a student sees. Sources for the categories: Bell 1991, *The Language of News Media*, ch. 10
(sources identified only by category); the Reuters and AP stylebooks on anonymous sourcing.

>>> rx, why, _ = _VAGUE[0]
>>> bool(rx.search("Critics say the plan is late")), why.split(" (")[0]
(True, 'people named only by what they are')
"""

from __future__ import annotations

import re

from ._prefilter import quick
from .speech import _VERB
from .vague_according import ACCORDING_CUES, CLAIM_CUES, DOCUMENT_CUES
from .vague_passives import PASSIVE, PASSIVE_CUES  # noqa: F401 (PASSIVE: read by attribution)
from .vague_groups import GROUP_CUES
from .vague_hearsay import HEARSAY_CUES
from .vague_reports import REPORT_CUES
from ._vague_words import (  # noqa: F401 (has_agent, has_one_agent: used by attribution)
    CONTACTED, _AGENTS, _AGENT_END, _AGENT_WORD, _AUX, _DOCS, _DOC_VERB,
    _DOC_WORDS, _EVALUATIVE, _GROUP_WORDS, _MEDIA, _MEDIA_WORDS, _NATIONS, _NOT_AGENTS,
    _NOT_AGENT_SET, _ONE_AGENT, _ONE_AGENT_WORD, _ORG_AFTER, _PASSIVE, _PEOPLE,
    _PEOPLE_WORDS, _QUANT, _SAYING_VERB, _SINGLE, _SINGLE_HEAD, _SINGLE_WORDS, _CLAUSE_START, _NOT_A_SOURCE,
    _STANCE, _TIED, _UNIQUE_POST, has_agent, has_one_agent)


#: The reason given for "speaking on condition of anonymity": it counts only in a sentence with no other vague source.
ANONYMOUS = "the source asked not to be named: a reader cannot check who it was"

# Cues whose source is the subject of a clause: they count only at the start of a sentence or clause
# ("Critics say", "..., but critics say"), not as an object ("it provided researchers with data").
_SUBJECT_CUES: list[tuple[str, str]] = [
    # ("… said his roommates said": whose people, in a clause of its own after a verb of saying)
    (r"(?<![\w’'-])(?:(?<=\b(?:said|says|told|that)\s)(?:his|her|their)\s+"
     # ("though his lawyers have claimed", "his associates had alleged": people of someone's, none named)
     r"|(?<![\w’']\sand\s)(?:his|her|their)\s+(?=(?:lawyers|attorneys|associates|allies|aides|advisers|advisors|critics|supporters|opponents|"
     r"colleagues|relatives|friends|neighbou?rs)\b))?" + _QUANT + _PEOPLE + r"(?-i:(?![\w’'-]|\s+[A-Z][a-z]))"
     # "hard-line leaders and militant groups claim": two unnamed groups joined
     + r"(?:\s+and\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:" + _PEOPLE + r"|groups)\b)?" + _TIED + _AUX + r"(?:\s+|(?<=[—–]))(?<!\bthe\s)(?<!\bThe\s)"
     + r"(?:" + _SAYING_VERB + r"|indicate|indicates|indicated)\b",
     "people named only by what they are ('critics', 'officials at the ministry', 'diplomats'): which ones?"),
    # (not documents an organisation owns: "CPP figures show", "NASA's data suggest" name whose they are)
    (r"(?<![\w’'-])(?<!(?-i:[A-Z]{2})\s)(?<![’']s\s)(?!(?-i:[A-Z]{2,}|[A-Z][\w.-]*[’']s)\s)" + _QUANT + _DOCS + r"\b"
     + _TIED + _AUX + r"\s+" + _DOC_VERB + r"\b",
     "reports, studies or estimates that are not named: whose, and where can a reader find them?"),
    (r"(?<![\w’'-])" + _MEDIA + r"\b" + _AUX + r"(?:\s+(?:are|were|is|was))?\s+(?:say|says|said|saying|report|reports|reported|reporting|claimed|claiming|quoted|"
     r"amplified|accused|portrayed|urging|urged|urge|warned|warning|praised|criticized|criticised|applauded)\b",
     "'the media' or 'state television' is not one source a reader can check: which outlet?"),
    # "One interviewee said …, and several said they wanted …": a number of the people just written about
    (r"(?<![\w’'-])(?:several|many|some|most)(?:\s+(?:also|too|others))?\s+(?:said|say|says|told|saying|warned|argued|"
     r"claimed|feared|fear|believe|believed|complained|noted)\b",
     "an unnamed number of people ('several said', 'many say'): who?"),
    # ("Pollock and others who spoke with VOA said": the others are nobody named)
    (r"\b(?:others(?:\s+who\s+(?:spoke|talked|were\s+interviewed|gathered)(?:\s+[\w’'-]+){1,3}?)?|"
     r"those\s+(?:close\s+to|familiar\s+with|around|who\s+know)(?:\s+[\w’'-]+){1,2}?)"
     # ("Others, like his sons, believe")
     r"(?:,\s+(?:like|such\s+as|including)\s+[^,“”\"]{2,50},)?" + _AUX + r"\s+"
     + _SAYING_VERB + r"\b",
     "'others' or 'those close to' someone, never named"),
    (r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother|(?-i:[Tt]he)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+[’']s|(?-i:(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+)[’']s" + _UNIQUE_POST + r"|"
     r"(?-i:[Hh]is|[Hh]er|[Tt]heir)|(?-i:[Ii]ts)(?=\s+(?:\w+\s+)?sources?\s+(?:said|says|told)\b))\s+(?:[\w’'.-]+\s+){0,4}?"
     + _SINGLE + r"(?-i:(?![\w’'-]|\s+[A-Z][a-z]))"
     + _TIED + _AUX + r"\s+" + _SAYING_VERB + r"\b",
     "one unnamed person, group or document ('a reporter', 'a study', 'a team that visited'): who, which?"),
]

# members of the public nobody names, who contact an office ("constituents", "veterans", "Oklahomans")
_PUBLIC = (r"(?:constituents|residents|families|parents|workers|employees|veterans|farmers|seniors|people|patients|teachers|"
           r"students|customers|travell?ers|businesses|community\s+members|pharmacists|doctors|nurses|voters|taxpayers|consumers|(?-i:(?:(?:North|South|West|New|Rhode)\s+)?[A-Z][a-z]+(?:ans|ians|ers)))\b")  # ("South Dakotans")
#: Vague cues: (pattern, plain-words reason). Case-insensitive unless the pattern says otherwise.
VAGUE_CUES: list[tuple[str, str]] = _SUBJECT_CUES + [
    # ("written at the urging of doctors across Louisiana’s Fifth District": people whose request moved it, none named)
    (r"\bat\s+the\s+(?:urging|request|behest|insistence)\s+of\s+(?:(?:local|concerned|many|several|some|numerous)\s+)?"
     + _PEOPLE + r"(?-i:(?![\w’'-]|\s+[A-Z][a-z]))(?:\s+(?:across|in|from|at|throughout)\s+[^,.;:“”\"]{2,60}?(?=[,.;:]|\s+(?:and|to)\s))?",
     "people who urged it, none of them named: who?"),
    (r"\b(?:many|some|several|most|few|various|numerous|certain|(?<!\band\s)others)\s+(?:in|of|among|across|within)\s+"
     # (a place or body by its name, or by what it is: "many in the capital", "some in the party")
     r"(?:(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+\w+)?|the\s+(?:capital|party|government|administration|city|region|"
     r"country|industry|community|room|military|army|movement|opposition|village|town|camp|field|sector)|town|here)(?:\s+(?:now|also|still|\w+ly))*\s+(?:worry|worried|" + _STANCE + r"|questioning|doubting|criticizing|criticising|"
     r"warning|saying|arguing|complaining"
     # ("Many in the industry have blamed federal catch limits")
     r"|(?:have\s+|has\s+|had\s+)?(?:blamed|criticized|criticised|accused|complained|warned|questioned|argued|claimed|said))\b",
     "an unnamed crowd ('many in …') is given as the source"),
    (r"\b(?:many|some|several|most|various|numerous|certain|other)\s+people\s+(?:\w+ly\s+)?(?:(?:have|are|were)\s+)?"
     r"(?:" + _STANCE + r"|call|calling|saying|asking|claiming|describe|describing)\b",
     "'many people' are said to think or say something, but none of them is named"),
    (r"\b(?:criticized|criticised|questioned|opposed|praised)\s+by\s+some\b|\bsome\s+(?:[a-z]+\s+)?(?:will\s+|would\s+|might\s+|may\s+)?say\b"
     r"|(?:^|(?<=[,;:]\s)|(?<=\bbut\s)|(?<=\band\s)|(?<=\bwhich\s)|(?<=\bwho\s)|(?<=\bthat\s)|(?<=\bwhat\s))(?:[Mm]any|[Ss]ome|[Mm]ost|[Ff]ew)"
     r"(?:\s+(?:have|had|will|would|may|might|could|are|were))?(?:\s+(?:\w+ly|now|also|still|even|already))*\s+(?:believe|say|reported(?=\s+\w+ing\b)|"
     r"saying|expressing|warning|arguing|questioning|asking|deemed|described|dubbed|labell?ed|considered|"
     r"said|think|argue|argued|fear|feared|feel|felt|contend|suspect|claim|claimed|worry|worried|insist|agree(?:d)?(?!\s+(?:to|on|with|in|at|for)\b)|"
     r"assume|welcomed|criticized|criticised|questioned|praised|warned|suggested|called|expressed|voiced|saw|see|"
     r"view|viewed|(?:not\s+)?convinced|unconvinced|sceptical|skeptical|doubtful|hopeful|optimistic|pessimistic|wary|"
     r"(?<=\bwhat\smany\s)consider)\b",  # ("undermines what many consider a basic right")
     "'some' people, never named"),
    (r"\b[Oo]ne\s+of\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w’'.-]*[’']s\s+)?(?:[a-z][\w’'-]*\s+){0,2}?" + _PEOPLE
     + r"\b" + _AUX + r"\s+" + _SAYING_VERB + r"\b",
     "'one of the founders' (or of the officials, the witnesses): which one?"),
    (r"\b(?:diplomatic|political|official|academic|government)\s+circles(?:\s+" + _STANCE + r")?\b",
     "'circles' cannot be asked or checked"),
    (r"\b(?:business\s+owners|shop\s+owners|owners|merchants|neighbou?rs|shopkeepers|farmers|workers|teachers|"
     r"doctors|nurses|students|families|parents|residents|locals|villagers|prisoners|inmates|protesters|protestors|"
     r"demonstrators|witnesses|voters|fans|passengers)\b(?:\s+[\w’'-]+){0,4}?\s+(?<!were\s)(?<!was\s)(?<!been\s)(?<!are\s)(?<!\band\s)(?<!\bbut\s)"
     r"(?:said|say|says|saying|told|complained|complain|believe|fear|worry|worried|reported)\b",  # (not "residents were told")
     "ordinary people are quoted as a group, but none of them is named"),
    # (the bodies or observers with what they say, or as whom a claim is credited to; not "observers arrived")
    (r"\binternational\s+(?:bodies|observers)(?:,\s+who)?\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?(?:" + _STANCE
     + r"|criticized|criticised|condemned|questioned)\b|\b(?:according\s+to|by|from|cited\s+by)\s+"
     r"(?:\w+\s+)?international\s+(?:bodies|observers)\b|\binternational\s+community\s+(?:\w+ly\s+)?"
     + _STANCE + r"\b",
     "unnamed international bodies: which ones?"),
    (r"(?-i:\b(?:Experts?|Analysts|Observers|Officials|Critics|Sources|Insiders|Diplomats|Journalists|"
     r"Commentators|Scholars|Residents|Activists|Organi[sz]ers|Authorities))\b(?:\s+(?:and\s+)?[\w’'-]+){0,3}?\s+"
     + _STANCE + r"\b",
     "a whole profession or group speaks, but no one in it is named"),
    # (two such groups joined: "Community leaders and local government officials in Mosul have been involved")
    (r"\b(?:community|local|religious|government|local\s+government|city)\s+"
     r"(?:leaders|officials)\s+and\s+(?:[\w’'-]+\s+){0,2}?(?:officials|academicians|scholars|leaders)\b"
     # (one group, only as a source: saying or urging something; not "training newly elected local officials")
     r"|\b(?:community|local|religious|government|local\s+government|city)\s+(?:leaders|officials|sources)\b"
     r"(?=(?:\s+[\w’'-]+){0,3}?\s+(?:" + _SAYING_VERB + r"|advocate|advocated|urge|urged|promote|promoted|"
     r"called\s+for|call\s+for|pushed\s+for|push\s+for)\b)"
     r"|(?<=according\sto\s)(?:community|local|religious|government|city)\s+(?:leaders|officials|sources)\b"
     r"|\b(?:unnamed|anonymous)\s+(?:(?-i:[A-Z])[\w.&-]*\s+){0,3}(?:[a-z]+\s+)?(?:leaders|officials|sources|diplomats|"
     r"insiders|aides|staffers|employees|witnesses|people|members)\b"  # ("cited unnamed U.S. officials as saying")
     # ("a broader effort by local leaders to promote peace": what they push for, unnamed)
     r"|\b(?:efforts?|initiatives?|push|campaigns?|statements?|claims|estimates|calls?|plans?|pledges?|promises?)\s+by\s+"
     r"(?:community|local|religious|government|city)\s+(?:leaders|officials)\b",
     "leaders or officials are mentioned, but none is named"),
    (r"\b[\w’'-]+\s+leadership\s+(?:is|are|was|remains)\s+(?:\w+\s+)?(?:optimistic|confident|hopeful|"
     r"determined|committed|convinced|keen)\b",
     "'the leadership' feels something, but no leader is named"),
    (r"\b(?:reportedly|allegedly|purportedly|reputedly)\b",  # (not "supposedly": the writer's own doubt, "supposedly neutral")
     "“{cue}”: says who? (reportedly, allegedly: nobody is named)"),
] + ACCORDING_CUES + DOCUMENT_CUES + [
    (r"\b(?:forums|discussions|seminars|conferences|dialogues|debates|the\s+narrative|narratives)\b"
     r"(?:\s+[\w’'-]+){0,6}?\s+(?:often\s+|also\s+|subtly\s+)*(?:highlight|highlighted|highlights|reflect\s+on|"
     r"reflects\s+on|underscore|underscores|underscored|emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|acknowledge|"
     r"acknowledges|acknowledged|stress|stresses|argue|argues|suggest|suggests)\b",
     "unnamed events or 'the narrative' are said to make a point: who said it there?"),
] + PASSIVE_CUES + [
    (r"\b(?:by|from|in|per|based\s+on)\s+(?:media\s+|news\s+|local\s+|press\s+|early\s+|initial\s+|unconfirmed\s+|"
     r"unverified\s+|some\s+|several\s+|multiple\s+|varying\s+|conflicting\s+|differing\s+|other\s+|many\s+)?reports\b"
     # (not when whose reports follows: "by reports in the Gazette"; "in the Portuguese press" names no outlet)
     r"(?!\s+(?:by|from|of|in)\s+(?:the\s+)?(?-i:[A-Z])(?![a-z]+(?:an|ese|ish|i|ch)\s+(?:press|media|newspapers)\b))",
     "'by reports': whose reports?"),
    (r"(?<!\btrust\s)(?<!\bconfidence\s)(?<!\bfaith\s)(?<!\bjobs\s)(?<!\bwork\s)\b(?:in|by)\s+the\s+media\b(?!\s+(?:of|in))",
     "'the media' is not one source"),  # (not "trust in the media", "jobs in the media": the media as a topic)
    # "By some estimates", "according to some U.S. estimates": whose estimates?
    (r"\b(?:by|from|based\s+on)\s+(?:some|several|many|most|other|unofficial|independent|conservative|rough|various|"
     r"private|early)\s+(?:" + _NATIONS + r"\s+)?estimates\b(?!\s+(?:by|from|of)\s+(?:the\s+)?(?-i:[A-Z]))",
     "'by some estimates': whose estimates?"),
    # "has heard from constituents", "as the media reported", "Even the media admits", "according to new polling —",
    # "has received over 100 calls and emails from people", "the issue Oklahomans are contacting me about": nobody named
    (r"\b(?:(?:heard|(?<=\bcontinue\sto\s)hear|(?<=\bwe\s)hear|(?<=\bI\s)hear|(?<=[’']m\s)hearing|(?<=\bare\s)hearing)(?:\s+(?:so\s+many\s+|many\s+|countless\s+)?(?:stories|concerns|complaints)|\s+with\s+[^,.;“”\"]{1,40}?)?|(?:received|receiving|gotten|got)\s+(?:over\s+|more\s+than\s+|nearly\s+|about\s+|many\s+|numerous\s+|countless\s+|"
     r"(?:hundreds|dozens|thousands)\s+of\s+|\d[\d,]*\s+)*(?:phone\s+)?(?:calls|e-?mails|letters|messages|complaints|inquiries)"
     r"(?:\s+and\s+(?:phone\s+)?(?:calls|e-?mails|letters|messages|complaints|inquiries))?)\s+from\s+(?:so\s+)?(?:many\s+|several\s+|numerous\s+|some\s+|concerned\s+|local\s+|our\s+|my\s+|countless\s+|(?:hundreds|dozens|thousands)\s+of\s+|(?:more\s+than\s+|over\s+|nearly\s+)?\d[\d,]*\s+)?"
     r"(?:(?!(?:the|these|those|both|his|her|their|its)\b)(?-i:[a-z]+)\s+)?" + _PUBLIC +
     r"|" + _PUBLIC + r"(?:\s+(?:and|in|of|across|from)\s+[^,.;“”\"]{1,40}?)?\s+(?:are|have\s+been|keep|continue\s+to)\s+(?:contacting|calling|writing\s+to|reaching\s+out\s+to|e-?mailing|tell|telling)\s+"
     r"(?:me|us|my\s+office|our\s+office)\b"
     r"|\breceived\s+(?:(?:substantial|significant|overwhelming|considerable|extensive|broad|strong)\s+)?public\s+(?:comments?|input|feedback)\b"
     r"|(?:\bas\s+|^\s*(?:Even\s+)?)(?-i:the)\s+media\s+(?:has\s+|have\s+)?(?:reported|reports|admits|admitted|noted|notes)\b"
     r"|\baccording\s+to\s+(?:new|recent|the\s+latest|latest)\s+(?:polling|polls|surveys)\b(?!\s+(?:by|from|of)\b)",
     "people, outlets or polls nobody names: which ones?"),
    # "there are those who think that …", "came under sharp criticism from school officials and communities": people nobody names
    (r"\bthere\s+(?:are|were)\s+(?:those|some|many|people|others)\s+who\s+(?:think|believe|say|argue|claim|feel|suggest|contend|insist)\b|\b(?:criticism|"
     r"complaints|objections|opposition|pushback|outcry|allegations|accusations|feedback)\s+(?:from|by)\s+(?:(?-i:[a-z]+)\s+)?(?:officials|communities|residents|critics|experts|"
     r"groups|advocates|parents|prosecutors|investigators|leaders)\b|\b(?:a\s+number\s+of|several|many|numerous)\s+(?:(?-i:[A-Z])\w+\s+)?(?:municipalities|cities|"
     r"counties|communities|agencies)\s+(?:have\s+|had\s+)?(?:estimated|projected|reported|warned|said|expressed)\b|\b(?:school\s+districts|(?:public\s+|private\s+)?schools|hospitals|clinics|employers)\s+(?:across\s+the\s+(?:country|nation|state)\s+|nationwide\s+)?(?:report|reported|say|said)\b(?!\s+cards?\b)",  # ("school districts across the country report", "public schools report")
     "people nobody names hold this view: who?"),
    # "smashing many economists’ expectations", "beat analysts’ estimates": what a group nobody names expected
    (r"\b(?:(?:many|some|most)\s+)?(?:economists|analysts|experts|forecasters|observers|pollsters|scientists)[’']\s+"
     r"(?:expectations|estimates|forecasts|predictions|projections|consensus)\b", "what unnamed experts expected: which ones?"),
    # "Members of Cambodia’s opposition who have fled to Thailand say": some members, none named
    (r"(?<![\w’'-])(?:(?:some|many|other|several|two|three)\s+)?members\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?"
     r"(?:[\w’'.-]+\s+){1,5}?(?:who\s+(?:[\w’'-]+\s+){1,6}?)?(?:say|said|says|told|protested|complained|argue|argued|"
     r"claimed|claim|warned|believe|believed|expressed)\b",
     "some members of a group, none named: which ones?"),

    (r"(?:\b(?:a\s+group\s+of|groups\s+of|some|many|most|other|several|mission|team|the)\s+|\b(?-i:[A-Z])[\w’'-]*\s+"
     r"(?:(?:and|or)\s+(?:[\w’'-]+\s+)?)?)?\b(?:scientists|researchers|astronomers|engineers|physicists|biologists|"
     r"economists|doctors|experts|analysts|officials|astronauts|planners|investigators|forecasters|meteorologists|"
     r"team|authors)" + _ORG_AFTER + r"?"
     # "Researchers analyzing images from the telescope have found": what the group was doing, in between
     r"(?:\s+[a-z]+ing\b[^,.;:“”\"]{0,120}?)?\s+(?:\w+ly\s+|also\s+|still\s+)?"
     r"(?:have\s+|has\s+|had\s+|(?:do|does|did)(?:n[’']t|\s+not)\s+)?(?:" + _STANCE + r"|suspect|suspected|realized|realised|predicted|found|concluded|"
     # (not "the team plans" or "hopes": what a team means to do, which careful readers do not count)
     r"calculated|reported|hope|think|thinks|wonder|wondered|know|discovered|envision|envisions|debate|debated|"
     # (the third person of the stances, and a finding shown: "The team argues that", "The JPL team showed that")
     r"argues|expects|expected|asserts|notes|warns|suggests|estimates|predicts|believes|attribute|attributes|"
     r"(?:propose|proposed|proposes)(?!\s+to\b)|hypothesi[sz]e|hypothesi[sz]ed|hypothesi[sz]es|infer|inferred|infers|"
     r"(?:show|shows|showed|demonstrated|established)(?=\s+that\b)|"
     r"can[’']t\s+say|cannot\s+say)\b",
     "scientists or officials as a group, none of them named: which ones?"),
    # (a growing body of them, and what they are: "A growing body of scientific research has demonstrated that",
    # "Recent press reports allege that")
    (r"(?<!(?-i:[A-Z]{2})\s)(?<![’']s\s)\b(?:(?:an?\s+)?(?:growing|large|mounting)\s+body\s+of\s+)?(?:(?:recent|new|previous|earlier|"
     r"other|several|many|some|growing|mounting|scientific|medical|press|media|news|additional|further|numerous|multiple)\s+){0,2}(?:estimates|projections|forecasts|"
     r"studies|surveys|polls|figures|reports|rumou?rs|(?<!the\s)(?<!this\s)(?-i:(?:(?<![A-Za-z]\s)R|r)esearch|[Ee]vidence))(?:\s+by\s+(?:[a-z]+\s+){0,3}?"
     r"(?:monitors|advocates|experts|groups|observers|watchdogs|organi[sz]ations|researchers|journalists|scientists))?\s+(?:\w+ly\s+)?(?:have\s+|has\s+)?"
     r"(?:suggest|suggested|suggests|show|showed|shows|shown|indicate|indicated|indicates|say|said|claim|claimed|put|estimate|"
     r"allege|alleged|alleges|found|find|finds|reveal|revealed|reveals|highlight|highlighted|highlights|documented|"
     r"(?:raised|raise|raises)\s+(?:\w+\s+)?(?:concerns?|questions|alarms?)|"
     r"(?:demonstrate|demonstrated|demonstrates)(?=\s+that\b))\b",
     "'estimates suggest' or 'reports say': whose estimates, which reports?"),
    # "reported by industry sources", "confirmed by local officials": a passive whose doers nobody names
    (r"\b(?:reported|confirmed|cited|quoted|claimed)\s+by\s+(?:[a-z]+\s+){0,2}(?:sources|officials|insiders|outlets|"
     r"publications|media|observers|analysts|witnesses)\b",
     "done by people nobody names ('reported by industry sources'): which ones?"),
    (r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:family|parents|relatives)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:said|says|denied|denies|"
     r"told|insisted|maintained|claimed|accused)\b", "someone's family, nobody in it named: who said it?"),  # ("His family has denied")
    (r"\bthere\s+(?:are|were|is|was|have\s+been|has\s+been)\s+(?:also\s+)?(?:growing\s+|widespread\s+|mounting\s+|"
     r"increasing\s+|deep\s+|some\s+)?(?:fears?|concerns?|worries|hopes?|doubts?|suspicions?)(?:\s+(?:in|among|across|within)\s+"
     r"[^,.;:“”\"]{1,40}?)?(?:,\s+(?:though|however|too),)?(?:\s+that\b|(?=\s+(?:it|they|this|he|she|the\s+[a-z]+|(?-i:[A-Z])[\w-]+)\s+(?:could|would|might|may|will)\b))|\b(?:fears|concerns|worries)\s+(?:are|were|have\s+been)\s+(?:growing|mounting|rising)\s+that\b",
     "'there are fears that': whose fears?"),  # ("There are fears in Kyiv that …": a stance nobody is said to hold)
    (r"\baccording\s+to\s+(?:an?|one)\s+(?!(?:staff|internal|council|city|agency|company|government|annual|"
     # (nor a named owner's: "according to a Reuters report", "according to a new Gallup poll")
     r"draft|police|court)\s)(?!(?:[\w’'-]+\s+)?(?-i:[A-Z])(?![a-z]+(?:an|ese|ish)\s)[\w’'.&-]*\s+(?:report|study|survey|document|poll|memo|estimate|"
     r"analysis|account)\b)(?:[\w’'-]+\s+){0,2}?(?:report|study|survey|document|poll|memo|estimate|analysis|account)\b"
     r"(?!(?:\s+(?:published|released|conducted|commissioned|carried\s+out|posted|sent|written|signed|filed)(?:\s+online)?(?:\s+(?:in|on|last)\s+[\w,]+){0,2})?"  # (whose it is may follow: "a survey published in 2017 by the …")
     r"\s+(?:by|from|of|in|published\s+in)\s+(?:(?-i:[A-Z])[a-z]+[’']s\s+)?(?:the\s+)?(?-i:[A-Z])|\s+by\s+(?:the|its|his|her|their)\s+"
     # (or one office's; or further on in the clause: "According to a new report requested by Sen. X and released Tuesday by the CBO")
     r"(?:[a-z-]+\s+){0,3}(?!(?:researchers|experts|scientists|officials|analysts|authors)\b)[a-z-]+(?<!s)\b)"
     r"(?!(?:[^.;:“”\"]|\b(?-i:[A-Z][a-z]{0,3})\.){0,100}?\b(?:released|published|issued|prepared|produced)(?:\s+(?-i:[A-Z][a-z]+day))?\s+by\s+(?:the\s+)?(?-i:[A-Z]))",
     "'according to a report' that is not named: which report, by whom?"),
    (r"\b(?:an?|one)\s+(?:[\w’'-]+\s+){0,3}?(?:news\s+agency|newspaper|broadcaster|media\s+outlet|outlet|"
     r"tabloid|website|news\s+site)\s+(?:\w+ly\s+)?(?:reports|reported|said|says|claims|claimed)\b",
     "an unnamed news outlet is given as the source: which one?"),
    # ("individuals involved in" speak only with a verb or "according to": not "arrested 30,000 individuals involved in …")
    (r"\b(?P<acc>according\s+to\s+)?(?:people|persons?|sources?|officials?|someone|individuals?)\s+(?:with\s+(?:direct\s+)?knowledge\s+of|"
     r"familiar\s+with|close\s+to|briefed\s+on|involved\s+in(?(acc)|(?=(?:\s+[\w’'-]+){1,3},?\s+(?:said|says|say|told|tells)\b)))\s+"
     r"(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?",
     "people 'familiar with the matter' are not named: nobody could ask them"),
    (r"(?-i:\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal)\s+(?:[\w’'.-]+\s+){0,6}?(?:executive|official|spokesperson|"
     r"spokesman|spokeswoman|representative|source|aide|adviser|advisor|diplomat|employee|staff\s+member|"
     r"member|officer|insider|person)s?)(?:\s+(?:at|of|for|from|with|in|close\s+to)\s+(?:the\s+)?"
     r"(?-i:[A-Z])[\w’'&.-]*(?:\s+(?:(?:of|for|and|the|in)\s+)*(?-i:[A-Z])[\w’'&-]*)*)?"  # ("the U.S. Embassy in Peru")
     # (the verb in lower case: "a member of the United States House": "States" is no "states")
     r"(?:,\s+[^,“”\"]{3,80},)?\s+(?:\w+ly\s+)?(?-i:(?:" + _VERB + r")|who\s+(?:asked|spoke|requested|declined))\b",
     "a person at an organisation, but not named: the organisation cannot be asked who said it"),
    # "One major commercial health insurance company told": a company nobody names, a few words of what it is
    (r"(?-i:\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:the|a|an|in|of|at|for|on|to|with|that|which)\b)[\w’'-]+\s+){0,5}?"
     r"(?:company|firm|insurer|manufacturer|contractor|lender))\s+(?:\w+ly\s+)?(?-i:(?:" + _VERB + r"))\b",
     "a company nobody names: which one?"),
    # "The spokesperson for the German government condemned", "identified by a Coast Guard spokesperson": never named
    (r"(?-i:\b[Tt]he)\s+(?:[a-z]+\s+)?(?:spokesperson|spokesman|spokeswoman)\s+(?:for|of|at)\s+(?:[\w’'&.-]+\s+){1,5}?"
     r"(?:\w+ly\s+)?(?:" + _SAYING_VERB + r")\b"
     r"|\bby\s+(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}?(?:spokesperson|spokesman|spokeswoman|official|source|insider|aide|"
     r"diplomat|representative)\b(?!,?\s+(?-i:[A-Z][\w.’'-]*\s+[A-Z]))",
     "a person at an organisation, but not named: the organisation cannot be asked who said it"),
    # "has provoked some to call the measure incomplete", "led many to question": unnamed people made to speak
    (r"\b(?:provoked|prompted|prompting|prompts|led|leading|leads|caused|causing|moved|spurred|pushed)\s+"
     r"(?:some|many|others|several|critics|observers|analysts|commentators|residents)(?:\s+(?:critics|observers|analysts))?\s+to\s+"
     r"(?:call|say|question|argue|claim|suggest|warn|describe|complain|ask|wonder|accuse|label|dismiss|fault|blame|"
     r"criticize|criticise|condemn)\b",
     "'led some to call': who, exactly?"),
    # a whole people, with a plural verb of a view held ("Americans are worried about", "Kansans say"; never "Evans says")
    (r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bthat\s)|(?<=\bwhile\s))(?-i:[A-Z][a-z]+(?:ans|ians|ese))\s+(?:(?:are|were)\s+(?:\w+ly\s+)?"
     r"(?:worried|concerned|divided|skeptical|sceptical|frustrated|tired|angry)(?=\s+(?:about|that|over|with|of)\b)|say|believe|think|fear|worry|agree|feel|want)\b"
     r"(?![^.;]*\baccording\s+to\b)",  # (not what a poll found: "Americans say …, according to new polling")
     "people named only by their country or group ('some Brazilians'): which ones?"),
    # "some Brazilians have protested", "many Americans say", "Uzbeks interviewed by VOA … expressed": people by their country
    (r"(?<![\w’'-])(?:(?:some|many|most|several|other|few|a\s+lot\s+of|lots\s+of)\s+(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ish|ch|s))"
     r"|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is|ish|ch|ks))(?=\s+(?:interviewed|surveyed|polled|questioned)\s+by\s)|(?:(?:some|many|several|other)\s+)?"
     r"(?-i:Western|European|Arab|Gulf|African|Asian|Muslim|Nordic|Baltic)\s+(?:nations|countries|governments|capitals))"  # ("Western nations")
     r"(?:\s+(?:interviewed|surveyed|polled|questioned)\s+by\s+[\w.]+(?:\s+(?:this|last|in)\s+\w+)?|" + CONTACTED + r")?(?:\s+(?:have|had|are|were))?(?:\s+(?:\w+ly|already|also|still))?"
     r"\s+(?:say|said|believe|believed|think|thought|protested|protest|complained|complain|argue|argued|fear|feared|worry|worried|claim|claimed|"
     r"(?:see|saw|view|viewed|regard|regarded)(?=\s+[^.;:“”\"]{1,60}?\s+as\b)|"  # ("Many Cambodians see the influx as a threat")
     r"expressed|voiced|told|shared|questioned|opposing|opposed|oppose|criticized|criticised|condemned|rejected|urged|warned)\b",
     "people named only by their country or group ('some Brazilians'): which ones?"),
    (r"\baccording\s+to\s+(?:an?|one|another)\s+(?:[\w’'.-]+\s+){0,3}?(?:critic|official|source|insider|expert|"
     r"analyst|observer|witness|resident|diplomat|employee|executive|aide|spokesperson|spokesman|spokeswoman|"
     r"person|member|reviewer|commentator|doctor|nurse|lawyer|teacher|officer|police\s+officer|relative|neighbou?r|participant|"
     r"attendee|panelist|staffer|volunteer|user|respondent|interviewee|researcher)"
     # (perhaps at an organisation, named: "according to a senior member of the United States military")
     r"\b(?:\s+(?:at|of|for|from|with)\s+(?:the\s+)?(?-i:[A-Z])[\w’'&.-]*(?:\s+(?:(?:of|for|and|the)\s+)*(?-i:[A-Z])[\w’'&.-]*)*)?"
     # "According to a witness, Sergeant First Class Ana Ruiz, …": the witness is named right after
     r"(?!,\s+(?-i:(?:[A-Z][\w.’'-]*[\s,]+){2,}))",
     "“{cue}”: which one? nobody a reader could ask"),
    (r"\b(?:speaking\s+)?on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they)\s+not\s+be\s+(?:named|identified))"
     r"|\bwho\s+(?:asked|requested|declined)\s+(?:not\s+to\s+be\s+(?:named|identified)|anonymity|to\s+be\s+named)\b"
     # ("who was not authorized to speak publicly", "who asked that his name not be used")
     r"|\bwho\s+(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)\b"
     r"|\bwho\s+asked\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|given|disclosed)\b",
     ANONYMOUS),
    (r"\b(?:concerns?|questions?|doubts?|fears?|objections?|criticism|complaints?|allegations?)\s+"
     r"(?:have|has|had)\s+(?:also\s+|now\s+|since\s+)?been\s+(?:raised|expressed|voiced|aired|made|levell?ed)\b",
     "'concerns have been raised': raised by whom?"),
    # "with local press reporting that …", "with officials saying": who reported, exactly?
    (r"\bwith\s+(?:some\s+|many\s+|other\s+|local\s+|foreign\s+|state\s+|national\s+)?(?:" + "|".join(_PEOPLE_WORDS)
     + r"|press|media|reports|outlets|observers)\s+(?:\w+ly\s+)?(?:in\s+and\s+out\s+of\s+\w+\s+|in\s+\w+\s+)?"
     r"(?:reporting|saying|claiming|suggesting|estimating|warning|arguing|expressing|noting|describing)\b",
     "'with officials saying': which officials?"),
    (r"\b(?:multiple|several|many|some|local|national|international|foreign|state)\s+(?:news\s+)?(?:media\s+)?"
     r"(?:outlets|networks|newspapers|media)\s+(?:have\s+|had\s+)?(?:projected|reported|said|say|claimed|predicted|called)\b"
     r"|\bmedia\s+speculation\b|\b(?:based\s+on|citing)\s+(?:\w+\s+)?reports\s+(?:from|in|by)\s+(?:the\s+)?"
     r"(?:local|foreign|state|national|international)\s+(?:media|press|news)\b",
     "news outlets that are not named: which ones?"),
] + CLAIM_CUES + [
    (r"\b(?:provided|spoke|speaking|told|said|commented)\s+(?:\w+\s+){0,3}?anonymously\b|\banonymous\s+(?:sources?|officials?|"
     r"tipsters?|callers?|posts?)\b",
     "given anonymously: a reader cannot check who it was"),
    # "has convinced some that", "led many to believe"
    (r"\b(?:convinced|persuaded|led)\s+(?:some|many|others)\s+(?:to\s+believe\s+)?that\b|\b(?:led|leading|leads)\s+(?:many\s+|some\s+)?"
     r"(?:scientists|experts|researchers|analysts|observers|officials|critics|people)\s+to\s+(?:believe|conclude|suspect|think|speculate)\b",
     "'convinced some that': who?"),
    # "The move is considered a boon", "is considered promising": a judgement with nobody passing it
    # (not in a relative clause, which defines a term: "VO2max, which is considered a standard measure")
    (r"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwho\s)\b(?:is|are|was|were)\s+(?:(?:\w+ly|also|still|now|long|already)\s+)?(?:considered|deemed|regarded)"
     r"(?=\s+(?!(?:by|in|at|for|on|during|under|with|before|after|and|or|but|when|while|if)\b)[a-z])",
     "'is considered' (a boon, promising): considered so by whom?"),
    # "citing sources within the ministry", "citing local paramilitary groups": whom the report relies on, unnamed
    (r"\b(?:citing|cited|quoted|quoting)\s+(?:an?\s+(?:(?:unnamed|anonymous|senior|security|government|military|police|"
     r"diplomatic|intelligence|local|western|(?-i:[A-Z][a-z]+(?:an|ese|ish|i)))\s+){1,2}(?:source|official|insider|diplomat)\b"
     r"|(?:unnamed\s+|anonymous\s+|local\s+|senior\s+|several\s+|multiple\s+|other\s+|"
     r"(?-i:[a-z]+)\s+){0,2}(?:sources|officials|people|witnesses|residents|groups|reports|diplomats|insiders|"
     r"" + "|".join(_PEOPLE_WORDS) + r")\b)",
     "'citing sources' or groups nobody names: which ones?"),
    # "reported by local press as …", "was told by party officials": the doers are a group nobody names
    (r"\b(?:reported|described|identified)\s+by\s+(?:the\s+)?(?:local|state|foreign|national|international|"
     r"(?-i:[A-Z][a-z]+(?:an|ese|ish|i)))\s+(?:press|media|news\s+outlets|outlets|newspapers)\b"
     r"|\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:told|asked|warned|advised|urged|instructed)\s+by\s+"
     r"(?:(?!(?:the|a|an)\b)[\w’'-]+\s+){0,3}?(?:officials|sources|authorities|leaders|members|representatives)\b",
     "the doers are a group nobody names ('told by party officials'): which ones?"),
    # "was seen as the death of democracy by some"
    (r"\b(?:seen|viewed|regarded|considered|described|labell?ed|branded|perceived)\s+as\s+[^.;“”\"]{0,60}?"
     r"(?:“[^”]{1,60}”[^.;“”\"]{0,40}?)?\s+by\s+(?:many|some|most|others|several)\b",
     "a passive whose doers are 'many' or 'some': who?"),
    # "many of his colleagues believe": some of a group nobody names
    (r"\b(?:many|some|several|most|few|two|three|others)\s+of\s+(?:the|his|her|their|its|these|those)\s+"
     r"(?:[a-z][\w-]*\s+)?(?:" + "|".join(_PEOPLE_WORDS) + r")\b"
     r"(?:\s+(?:in|at|from|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?" + _AUX + r"\s+" + _SAYING_VERB + r"\b",
     "'many of his colleagues': which ones?"),
    # "arrested on allegations they plotted", "despite allegations to the contrary": a claim with no owner
    # ("rumors circulated he was preparing his wife": rumours with nobody who spread them)
    (r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<![’']s\s)\brumou?rs\s+(?:have\s+|had\s+)?(?:circulated|swirled|spread|surfaced|"
     r"emerged|abounded|persisted)\b",
     "a claim with no owner ('rumors circulated'): whose?"),
    (r"\b(?:on|over|amid|despite|following|from)\s+(?:unproven\s+|unfounded\s+|false\s+|fresh\s+|new\s+)?allegations\b"
     r"(?!\s+(?:by|from|made\s+by|of)\s+(?:the\s+)?(?-i:[A-Z]))",
     "a claim with no owner ('on allegations'): whose?"),
    # "There has been skepticism among academics", "widespread anger among farmers": a stance of a group nobody names
    (r"\b(?:skepticism|scepticism|concerns?|doubts?|fears|criticism|anger|outrage|optimism|speculation|consensus|"
     r"frustration|resentment|unease|suspicion|suspicions|hopes?)\s+among\s+(?:the\s+)?(?:\w+\s+){0,2}?"
     r"(?:" + _PEOPLE + r")\b",
     "a feeling is given to a group nobody names ('skepticism among academics'): which of them?"),
    # "The initial reports were of drone attacks", "early reports suggested": which reports, by whom?
    (r"\b(?:initial|early|first|preliminary|unconfirmed|conflicting)\s+reports\b"
     r"(?!\s+(?:by|from|of|in)\s+(?:the\s+)?(?-i:[A-Z]))",
     "'early reports': whose reports?"),
    # "left some experts in disaster management disappointed", "gave some reviewers pause": an unnamed group's reaction
    (r"\b(?:left|leaving|leaves)\s+(?:some|many|several|most)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _PEOPLE + r")"
     r"(?:\s+[a-z][\w-]*){0,4}?\s+(?:disappointed|unconvinced|skeptical|sceptical|worried|concerned|frustrated|angry|"
     r"puzzled|divided|unimpressed|doubtful|confused|alarmed|upset|dismayed|wondering|questioning)\b"
     r"|\b(?:gave|giving|gives)\s+(?:some|many|several)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _PEOPLE + r")\s+pause\b"
     r"|\bleaving\s+(?:some|many|several|others)\s+(?:[a-z][\w-]*\s+)?to\s+(?:wonder|question|ask|doubt)\b",
     "a reaction of 'some experts' is reported, but none of them is named"),
    # "after a reported fall", "a reported 5.5 million members": reported by whom?
    (r"\ba\s+(?-i:reported)\s+(?!by\b)[\w$][\w$.,-]*\b", "“{cue}”: reported by whom?"),
    # "The club is finished, said one fan.": the verb before an unnamed speaker, after the claim
    # (or "as some have touted": the unnamed said so before)
    (r"(?<=[,;]\s)(?:said|says|added|adds|warned|warn|warns|claimed|claim|claims|argue|argued|argues|insist|insisted|insists|"
     r"predicted|predict|predicts|noted|note|notes)\s+(?:(?:one|an?|another|some|several|two|three|"
     r"many|other)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:" + _PEOPLE + r"|" + _SINGLE + r")\b(?=\s*[.!?]|\s+who\b|\s+[—–]\s)"
     r"|\bas\s+(?:some|many|others|several|critics|supporters|proponents|opponents|advocates)\s+(?:have\s+|had\s+)?"
     r"(?:claimed|touted|argued|suggested|said|noted|warned|insisted|predicted|feared|alleged)\b",
     "the claim is given to someone named only by what they are ('said one fan', 'said officials'): who?"),
    # "It is feared the toll will rise", "There are fears that", "It emerged on Tuesday that", "By some accounts"
    (r"\bit\s+is\s+(?:now\s+|widely\s+)?(?:feared|hoped|expected|assumed|suspected|thought|believed)\b(?!\s+(?:to|by|of|about|that)\b)"
     # ("It has been estimated that Americans lost …": estimated by whom?)
     r"|\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?estimated\s+that\b"
     r"|\bthere\s+(?:are|were|is|was|have\s+been|has\s+been)\s+(?:growing\s+|widespread\s+|mounting\s+|also\s+)?"
     r"(?:fears|concerns|suggestions|claims|allegations|rumou?rs|speculation|reports)\s+that\b"
     # ("there was a widespread belief that", "the common perception that": held by whom?)
     r"|\b(?:(?:there\s+(?:is|was)\s+)?a|the)\s+(?:widespread|common|general|popular|prevailing|growing)\s+"
     r"(?:belief|perception|view|assumption|feeling|sense)\s+that\b"
     r"|\bit\s+(?:has\s+|had\s+)?(?:since\s+)?emerged\b(?:\s+[\w,]+){0,3}?\s+that\b"
     r"|\bspeculation\s+(?:is|was|has\s+been)\s+(?:mounting|growing|rife)\b"
     r"|\bby\s+(?:some|many|most|several|other)\s+accounts\b"
     # ("Data suggest that infections are falling": bare data, nobody's; not "The data showed", data just named)
     # (or "as" it shows, with one word of what data: "Women are injured more, as readiness data shows")
     r"|(?:^|(?<=[,;]\s)|(?<=[,;]\sas\s)|(?<=^as\s))(?:(?:new|recent|early|preliminary|available|(?<=as\s)(?!(?:the|this|that|our|"
     r"their|his|her|its|my|your|these|those)\b)[a-z]{3,})\s+)?data\s+(?:suggest|suggests|show|shows|indicate|indicates)\b"
     # ("Word is that the club will sell its striker": a rumour, nobody's; "Legend has it", "The story goes", "Word
     # around town is": hearsay)
     r"|(?:^|(?<=[,;]\s))(?:the\s+)?word\s+(?:around\s+(?:\w+\s+){1,2})?(?:is|was)\s+that\b"
     r"|\b(?:legend|rumou?r|word)\s+has\s+it\b|(?:^|(?<=[,;]\s))the\s+story\s+goes(?=\s+(?:that|like|something)\b|,)",
     "“{cue}”: feared, said or known by whom? nobody is named"),
    # "According to the research team", "according to a court clerk": one unnamed person or team
    # ("according to his publicist", "according to her lawyer": whose, but not who)
    (r"\baccording\s+to\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:team|clerk|acquaintance|insider|source)"
     r"|(?:his|her|their)\s+(?:[a-z][\w-]*\s+)?(?:publicist|spokes(?:man|woman|person)|lawyers?|attorneys?|agent|"
     r"representatives?|manager|family|aides?|friends?|relatives))\b(?![’']s\s)"  # (nor "the team's coach, Ali Ruiz": whose)
     # (not when the person is named right after: "according to a witness, Sergeant Ana Ruiz,")
     r"(?!\s+(?:at|of|for|from|with|led\s+by)\s+(?:the\s+)?(?-i:[A-Z]))(?!,\s+(?-i:(?:[A-Z][\w.’'-]*[\s,]+){2,}))",
     "“{cue}”: which one? nobody a reader could ask"),
    # "Several dog owners spoke. One of them, who did not give her name, said": one of a group, unnamed
    (r"\b(?:one|some|many|most|several|two|three|a\s+few)\s+of\s+(?:them|whom)(?:,\s+[^,“”\"]{3,80},)?\s+(?:also\s+)?"
     r"(?:said|says|told|tell|tells|added|claimed|claims|complained|argued|warned|insisted|explained)\b",
     "“{cue}”: one of a group nobody names"),
] + REPORT_CUES + GROUP_CUES + HEARSAY_CUES + [
    # "One Vermonter expressed concerns", "another Vermonter from Williamstown, VT spoke": one person, where they live
    (r"(?<![\w’'-])(?:one|another)\s+(?-i:[A-Z][a-z]+(?:an|ian|er|ese|ish|ite))\b(?:\s+from\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?"
     r"(?:,\s+(?-i:[A-Z]{2}))?)?\s+(?:also\s+)?(?:said|says|told|expressed|spoke|shared|warned|complained|added|asked|wrote)\b", "one person given only by where they live ('One Vermonter said'): who?"),
    # "there were mentors along the way who said, “…”": people the writer never names, who spoke
    (r"\bthere\s+(?:were|are|was|is|have\s+been|had\s+been)\s+(?:some\s+|many\s+|several\s+|a\s+few\s+|other\s+|always\s+)?"
     r"(?:[a-z][\w-]*\s+)?" + _PEOPLE + r"\b[^.;:“”\"]{0,40}?\bwho\s+(?:\w+ly\s+)?(?:said|say|says|told|tell|tells|warned|insisted)\b",
     "people the writer does not name ('there were mentors who said'): who were they?"),
]
# (the other cues are searched behind a look-ahead on the characters their matches start with: same matches,
# found faster, _prefilter.quick; a subject cue is only tried at a place, where that gains nothing)
_VAGUE = [(re.compile(p, re.I) if i < len(_SUBJECT_CUES) else quick(re.compile(p, re.I)), why, i < len(_SUBJECT_CUES))
          for i, (p, why) in enumerate(VAGUE_CUES)]
# a subject cue's head word: a sentence with none of them skips every subject cue, and the others
# are tried only where their head word is
# (the head of the people cue is found with the agent ending alone, without the list of exceptions: the cue
# itself checks those where a head is, which is much faster than checking them at every word)
_PEOPLE_HEAD = _PEOPLE.replace(_AGENTS, r"(?-i:[a-z][a-z-]{2,}" + _AGENT_END + r"|[A-Z][a-z-]{2,}(?:ists|ians))")
_HEADS = [quick(re.compile(rf"\b{head}\b", re.I)) for head in
          (_PEOPLE_HEAD, _DOCS, "(?:" + "|".join(_MEDIA_WORDS) + ")", r"(?:several|many|some|most)", r"(?:others|those)",
           _SINGLE_HEAD)]
assert len(_HEADS) == len(_SUBJECT_CUES)
_HEAD_WORDS = frozenset(_PEOPLE_WORDS + _GROUP_WORDS + ["forces"] + _DOC_WORDS + _MEDIA_WORDS + ["several", "many", "some", "most", "others", "those"]
                        + _SINGLE_WORDS)
_LOWER_WORD = re.compile(r"[a-z]+")
_WORD_START = re.compile(r"(?<![\w’'.-])[\w’'.-]")


def _subject_matches(rx: re.Pattern, head: re.Pattern, chunk: str, words: int = 6):
    """``rx``'s matches that start at most five words before one of its head words (same as
    ``rx.finditer``, since a subject cue is at most five words of modifiers and its head, "an international
    team of scientists", but only tried where a head word is)."""
    end = 0
    for h in head.finditer(chunk):
        if h.start() < end:
            continue
        starts = [w.start() for w in _WORD_START.finditer(chunk, max(end, h.start() - 60), h.start() + 1)][-words:]
        for at in starts:  # the earliest start first: finditer would find that one
            m = rx.match(chunk, at)
            if m and m.end() > h.start():
                yield m
                end = m.end()
                break
