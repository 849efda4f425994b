"""Speech: the verbs that introduce what someone said, and the patterns that tie a quote to its speaker.

:func:`~medialit.analysis.quotes.find_quotes` reads the words around each pair of quotation marks
with these patterns: after the quote ("“…,” said Ana Ruiz", "“…,” Ruiz said, the director"), before it
("Ruiz said: “…”", "according to the ministry, “…”"), or in the same sentence ("Ruiz called it “a
disgrace”"), plus the rules that attach an unattributed quote to the person quoted just before it.
News style guides describe the forms (AP Stylebook, "quotations in the news" and "said"; Bell 1991,
*The Language of News Media*, ch. 10).

>>> bool(_BEFORE.search("The director, Ana Ruiz, said: ")), _AFTER_VS.match(", said Ana Ruiz.").group("speaker")
(True, 'Ana Ruiz')
"""

from __future__ import annotations

import re

from ._prefilter import quick
from ._text import NAME, PLACE_LIST as _PLACE_LIST, PLAIN_NAME_RE, POSTNOMINAL, _one_word_states, is_org, org_start
from .names import _CALENDAR, JOB_TITLES, NOT_NAME_ENDS, _people_in
from .speakers import _KIN, _PERSON_ROLE, GROUP_SPEAKERS, ROLE
from .speech_verbs import NESTED_SPEECH, OTHERS_WORDS, OWNER_COLON as _OWNER_COLON, SHARES, SPEECH_VERBS
from ..corpus.tables import Article

# ("It continued: “…”" reports speech; "North Korea continues to face" does not)
_VERB = r"(?:%s|%s)" % ("|".join(v + r"(?!\s+to\s)" if v.startswith("continue") else v
                                 for v in sorted({re.escape(v) for v in SPEECH_VERBS}, key=lambda v: (-len(v), v))), SHARES)
# the plural present, only right after a plural subject: "the members state", "the lawmakers continue" (releases)
_PLURAL_VERB = r"(?<=s\s)(?:state|write|continue|conclude|add|argue|explain|warn|insist|note)(?![\w’'-])"
_PRONOUN = r"\b(?:he|she|they|He|She|They)\b"
# people named only by what they are ("doctors fear", "prisoners are saying"): never "people" or "members"
_GROUP_WORDS = sorted(set(GROUP_SPEAKERS) - {"people", "members", "families", "customers", "fans", "children", "kids",
                                              "siblings", "relatives", "colleagues", "friends"}, key=len, reverse=True)
# (and the police, firefighters and paramedics, unnamed: "“He resisted arrest,” police said")
_GROUP = r"(?:(?:[Ll]ocal|[Ss]enior|[Ss]ome|[Mm]any|[Oo]ther|[Ss]tate|[Ff]ederal|[Cc]ity|[Cc]ounty)\s+)?(?:%s)" % "|".join(
    f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _GROUP_WORDS + ["police", "firefighters", "paramedics"])
_SPEAKER = rf"(?:{ROLE}|(?:[Tt]he\s+)?(?:[A-Z]\.){{2,}}(?=\s+[a-z])|(?:[A-Z]{{2,}}\s+)*{NAME}|{_PRONOUN}|(?:[Tt]he\s+)?{_GROUP}(?![\w’'-])|(?<![\w@])@[A-Za-z0-9_]{{2,30}}(?![\w@]))"  # (a handle: "wrote @riverrat_88")
_ADVERB = r"(?:(?:[a-z]+ly|further|also|too|then|later|again|even|still|first|finally)\s+)"  # ("She further stated")

# “…,” explains Dr. X, description.      “…,” Ortega said.
# said NASA analyst Jericho Locke: a few words of job before the name (capitalised too before a title: "Project Manager Dr. X")
_JOB_WORDS = r"(?:(?:\d{1,3}-year-old|[A-Z]{2,}[a-z]?|(?:[A-Z]\.){2,}|[A-Z]\.[A-Z](?=\s)|[A-Z][a-z]+(?=(?:\s+[A-Z][a-z]+){0,3}\s+(?:Dr|Prof|Mr|Mrs|Ms|Gen|Col|Sen|Rep|Gov|Capt|Lt)\.\s)|[A-Z][a-z]+(?=(?:\s+[A-Z][a-z]+){0,3}(?:\s+(?!(?:of|to|about|for|at|in|on|with)\s)[a-z][a-z\-]+){1,2}\s+[A-Z])|[A-Z][a-z]+-[A-Z][a-z]+(?=\s+[A-Z])|[A-Z][\w\-]*[’']s|(?!(?:on|in|at|that|the|to|of|for|by|with|from|and|but|it|this|a|an|as|after|before|during|while|when|last|next|early|late|earlier|later|about|over|into|through|against|without|under|upon|toward|towards|across|around|regarding|among|between|de|van|von|der|den|da|di|du|dos|das|del|della|la|le|al|el|bin|ibn|abu|ter|ten)\b)[a-z][a-z\-]+),?\s+){0,6}?"
# (titles cut short before a job and a name are job words: "said Lt. Gov. candidate Ron Beale")
_AFTER_VS = re.compile(rf"^[\s,]*(?P<verb>(?!told\b|tells\b|encourage[sd]\b){_VERB})(?:\s+|(?=[A-Z][a-z]))(?:the\s+(?=(?:Rev|Hon|Very|Most|Right)\b|[A-Z][\w\-]*[’']s\s))?"
                       # (a job of several words before the ranks: "Chief of Naval Operations Adm. Lisa Franchetti", "Army Lt. Gen.")
                       r"(?:(?:City|Town|Village|County|Borough|Township|Parish|Port)\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)??\s+(?=[A-Z]))?"  # ("said City of Rome Mayor X")
                       rf"(?:(?:[A-Z][\w\-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){{0,4}}(?=(?:Lt|Gov|Sen|Rep|Gen|Col|Maj|Capt|Sgt|Adm|Cmdr|Brig|Dr)\.\s)"  # (longer before Dr.:
                       rf"|(?:(?:[A-Z][\w\-]*|of|for|the|at|&|and(?:\s+(?-i:[a-z]+)){{0,2}})\s+){{2,12}}(?=(?:Dr|Prof)\.\s))?"  # "VP for X and Y at Z U. Dr.")
                       rf"(?:(?:Lt|Gov|Sen|Rep|Gen|Col|Maj|Capt|Sgt|Adm|Cmdr|Atty|Supt|Insp|Det|Brig|Amb|Sec)\.\s+)*{_JOB_WORDS}"
                       # (never ending at a rank or "Dr.": "said NOAA Administrator Dr. Reuben Castell", "Army Lt. Gen. Mark Rios")
                       rf"(?P<speaker>{_SPEAKER})(?<![’']s)(?![’'\w]|\.[A-Z](?:\.|\s)|\.\s+[a-z])"
                       + "".join(rf"(?<!\b{a})" for a in "Dr Lt Gen Col Maj Sgt Adm Capt Cmdr Rev Prof Sen Rep Gov Brig Amb".split()))
# A speaker, with an optional description set off by commas ("Omar Fadel, editor at the Gazette,"; not "(WHO)")
# (an age, then where they are from, perhaps with a state: "Karen Mills, 38, of Dover, Del., said")
_WHO = (rf"(?P<speaker>{_SPEAKER})(?:,?\s+{POSTNOMINAL}(?=[\s,]))?(?:\s+\((?:[A-Z][A-Za-z&.]{{1,9}}|[RDI]-[A-Z][A-Za-z.]{{1,6}}|[A-Z]{{2}}-\d{{1,2}})\))?(?P<desc>,\s+(?:\d{{1,3}}|[^,“”\"]{{3,160}})"
        rf"(?:,\s+(?:of|from|in)\s[^,“”\"]{{2,60}}|,\s+[A-Z][a-z]{{1,4}}\.|,\s+(?:the|a|an)\s[^,“”\"]{{2,100}}(?=,))*,"  # (", the body that …,")
        # (or an aside in dashes: "Deni Taveras — now a member of the Maryland House of Delegates — said")
        rf"|\s+[—–]\s+[^—–“”\"]{{3,120}}?\s+[—–](?=\s+[a-z])|\s+(?:involved|based|stationed)\s+(?:in|at|with|on)\s+(?:the\s+)?[\w’'-]+"
        rf"(?:\s+[\w’'-]+)?(?=\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells)\b)|\s+who(?:\s+(?!(?:said|says|told|tells)\b)[\w’'-]+){{1,6}}?(?=\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells)\b))?")  # ("A Turkish diplomat involved in the talks said", "A witness who asked not to be named said")
# “I didn’t see it coming,” said the goalkeeper.  “Nobody was hurt,” the goalkeeper admitted.  (any role, not
# only the ones speakers.ROLE lists; the quote's sentence ends right after)
_ROLE_WORDS = (r"(?:(?:the|a|an|another)\s+(?:(?!(?:in|on|at|of|to|for|from|with|by|via|during)\s)[a-z][\w\-]+\s+){0,2}"
               r"(?:(?!(?:in|on|at|of|to|for|from|with|by|via|during)\b)[a-z][\w\-]+|\d{1,3}-year-old)|(?:still|yet)\s+another|another(?=\s+[a-z]+[.,;!?])"
               # "one trader", "one elderly farmer", "one of the farmers", "one of his colleagues"
               r"|one\s+(?:of\s+(?:the|his|her|their|its)\s+)?(?:[a-z][\w\-]+\s+){0,2}[a-z][\w\-]+"
               # "relatives of the victims", "neighbours": people named only by a plural, with whose they are
               r"|(?:relatives|neighbou?rs|witnesses|residents|colleagues|friends|villagers|survivors|family\s+members|members(?=\s+of\s))"
               r"(?:\s+of\s+(?:(?:the|his|her|their)\s+(?:[A-Z][\w\-]*\s+){0,5}[A-Za-z][\w\-]*|(?:[A-Z][\w\-]*\s+){0,5}[A-Z][\w\-]*))?"  # ("members of the Delegation")
               # “We are sorry,” the Prime Minister said: a title, capitalised, for the one who holds it
               r"|the\s+(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)\s+)?(?:(?:Prime|Vice|Deputy|Foreign|Home|Finance|Defence|Defense|"
               r"Interior|Health|Supreme|First)\s+)?"
               r"(?:President|Minister|Premier|Chancellor|Secretary|Governor|Mayor|Senator|Pope|King|Queen|Ambassador|Speaker|Senators|Governors|Mayors|Representatives|Members|"
               r"Chairman|Chairwoman|Commissioner|Administrator|(?<=First\s)(?:Lady|Gentleman))(?![\w’'-])"
               # ("the Virginia Congressman said", "said the Oregon Democrat": a member by state, named before)
               r"|the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[Cc]ongress(?:man|woman)|[Ll]awmaker|[Ss]enator|Democrat|Republican)(?![\w’'-])"
               # “This ain’t golf,” Gregoire’s spokesman said: a job given as someone's
               rf"|[A-Z][\w\-]+[’']s\s+(?:[a-z][\w\-]+\s+){{0,2}}(?:{_PERSON_ROLE})"
               # “It is bad,” says his wife: a relative, whom the article does not name
               rf"|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w\-]+\s+)?(?:{_PERSON_ROLE}|{_KIN})(?![\w’'-])"
               # “My son deserved better,” Moss's mother said: someone's relative, unnamed
               rf"|[A-Z][\w\-]+[’']s\s+(?:[a-z][\w\-]+\s+)?(?:{_KIN})(?![\w’'-]))")
# (perhaps with where or how: "wrote the senators in their letter to Facebook")
_AFTER_ROLE_VS = re.compile(rf"^[\s,]*(?P<verb>{_VERB}|reads?(?=\s+(?:the|their|this)\s+(?:joint\s+)?(?:letter|statement|message)\b))\s+(?P<speaker>{_ROLE_WORDS})\s*(?=[.,;!?]|$|(?:in|on|at|during|via|who|whose|from|to|with|of)\s)")
# (the verb may end the sentence or go on with where: "a follower commented on a YouTube video")
_AFTER_ROLE_SV = re.compile(rf"^[\s,]*(?P<speaker>(?:{_ROLE_WORDS}|(?:a|an|one|another)\s+[A-Z][\w\-]*\s+(?:[a-z][\w\-]+\s+)?[a-z][\w\-]+)(?:\s+(?:at|in|on|from)\s+(?:the\s+)?(?:[A-Za-z][\w\-]*\s+){{0,2}}[A-Za-z][\w\-]*(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?=,))?)?),?\s+(?:[a-z]+ly\s+)?(?P<verb>{_VERB}|{_PLURAL_VERB}|(?:(?<=letter\s)|(?<=statement\s)|(?<=message\s))reads?)\s*"
                            rf"(?=[.,;!?]|$|(?:on|in|at|to|during|after|via|from|under|of)\s|(?<=told\s)|(?<=tells\s))")
# “A genuine success,” is how Manager Ana Ruiz described it.   “…,” according to the WHO report.
_AFTER_HOW = re.compile(rf"^[\s,]*is\s+how\s+{_JOB_WORDS}(?P<speaker>{_SPEAKER})\s+{_ADVERB}?"
                        rf"(?P<verb>described|describes|{_VERB})\b")
_ORG_NOTE = r"(?:the\s+|its\s+)?[A-Z]{2,}(?:\s+(?:announcement|statement|report|website|release|citation))?"
_AFTER_ACC = re.compile(rf"^[\s,]*(?P<verb>according\s+to)\s+(?P<speaker>{_SPEAKER}|{_ORG_NOTE})\b")
# (after "the" and what it is, too: "“…,” the mining company Rio Tinto said")
_AFTER_SV = re.compile(rf"^[\s,]*(?:{NAME}(?:,\s+{NAME})*,?\s+and\s+(?=[A-Z]))?(?:the\s+(?=[a-z][\w\-]*\s+(?:[a-z][\w\-]*\s+)?[A-Z]))?{_JOB_WORDS}{_WHO},?\s+{_ADVERB}?"
                       rf"(?P<verb>{_VERB})\b")
# “…,” Jack Garner, film critic for the News Service said. / “…,” Diane Archer, President of Just Care USA said.
_CAP_TITLES = "|".join(sorted((t for t in JOB_TITLES if t[:1].isupper()), key=len, reverse=True))  # ("Executive Director", "CEO")
_CAP_JOB = rf"(?:[A-Z][a-z]+\s+){{0,2}}(?:{_CAP_TITLES})\s+(?:of|for|at)\s"
_LIST_THEN_JOB = re.compile(rf",\s+(?:(?:and\s+)?[A-Z][\w’'-]*,?\s+){{0,8}}?(?:Sub)?(?:[Cc]ommittee|Caucus|Council|Board|Commission)\s+(?:Chair(?:man|woman)?|Ranking\s+Member|Director|President|Vice\s+Chair(?:man|woman)?)\s+(?P<name>{NAME})")
_JOB_COMMA_NAME = re.compile(rf"\s+(?:(?:[A-Z]{{2,5}}|[IVX]{{1,4}})(?:\s+[A-Z][\w’'-]*)*?\s+(?:{_CAP_TITLES}),?|(?:{_CAP_TITLES}),)\s+(?P<name>{NAME})(?=\s*[.,;]|\s*$)")  # ("said Food Lifeline CEO, Linda Nageotte.", "said Van Dyke II Houses TA President X")
_AFTER_SV_DESC = re.compile(rf"^[\s,]*(?P<speaker>{NAME})(?P<desc>,\s+(?:[a-z]|{_CAP_JOB})[^,“”\"]{{2,80}}?)\s+{_ADVERB}?(?P<verb>{_VERB})"
                            # (the verb ends the sentence, or whom they told follows: "told the Tass news agency")
                            rf"(?:\s*[.!?]|(?<=told)\s+(?:(?:the|a|an)\s+)?[A-Z]|(?<=told)\s+(?:reporters|journalists|lawmakers|an?\s+audience|the\s+audience)\b)")
# “…,” China’s state-run broadcaster CCTV cited Xi as saying.   (the outlet reports, the one it cites speaks)
_AFTER_CITED_AS = re.compile(rf"^[\s,]*[^.“”\"]{{0,80}}?\s(?P<verb>cited|quoted|cites|quotes)\s+(?P<speaker>{_SPEAKER})"
                             rf"\s+as\s+(?:saying|having\s+said)\b")
# As Dr. X aptly puts it, “…”      Mendes said: “…”      According to X, “…”
# when they spoke, between the speaker and the verb: "the Journal on Tuesday said", "Ruiz last week told"
_WHEN = (r"(?:\s+(?:on\s+|last\s+|this\s+|earlier\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
         r"Saturday|Sunday|yesterday|today|week|month|year|night|morning|evening))?")
# a helping verb before the verb of speech: "he has called", "prisoners are saying", "she had told"
_AUX = r"(?:(?:has|have|had|will|would)\s+(?:also\s+|already\s+)?)?"
_VERB_ING = r"(?:is|are|was|were)\s+(?:saying|telling|warning|claiming|insisting|arguing|chanting|shouting)"
# the speaker, when they spoke, and where: "Nicolas Sarkozy Monday, in a speech to Parliament, stated"
# (or what they were doing, with no commas: "Richard Ferrand in relaying the news to parliament said")
_WHO_WHEN = (rf"{_WHO}{_WHEN}(?:,\s+(?:in|at|during|on|before)\s+[^,“”\"]{{3,120}},"
             rf"|\s+(?:in|while|when|after|upon)\s+[a-z]+ing\s+[^,;:.“”\"]{{3,60}}?(?=\s+(?:{_VERB})\b))?")
# what the speaker did first, a verb in the past ("opposed", "approached", "stood"), before "and said"
_DID_FIRST = (r"(?:(?!(?:" + "|".join(sorted({re.escape(v) for v in SPEECH_VERBS}, key=len, reverse=True)) + r")\b)[a-z]+ed|stood|went|came|"
              r"took|gave|made|met|held|left|ran|sat|rose|shook|turned|got|sent|wrote|spoke|won|lost|broke|threw|drew)\b")
_BEFORE = re.compile(rf"{_WHO_WHEN}\s+{_AUX}{_ADVERB}?"
                     # (what they did first: "He then approached a director and said, “…”", "stood up and told the crowd:")
                     rf"(?:{_DID_FIRST}(?:\s+[^,.;:“”\"]{{1,40}}?)?\s+and\s+(?:then\s+)?)?"
                     # (and where: "wrote on Twitter:", "Lindsey Graham spoke on Fox News, “…”")
                     rf"(?P<verb>{_VERB}|{_VERB_ING}|{_PLURAL_VERB}|spoke(?=\s+(?:on|to)\s))(?:\s+(?:on|in|via|to)\s+"
                     rf"(?:[A-Z][\w.\-]*|a|an|the|his|her|their|reporters|journalists)"
                     rf"(?:\s+[\w.\-]+){{0,2}}?(?=\s*[:,]))?"
                     # (whom they told: "the inspector had told him: “…”")
                     rf"(?:(?<=told)\s+(?:him|her|them|me|us|reporters|journalists|(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+(?=\s*:)))?"
                     # (where or when, set off by commas: "He said, in remarks published by CNN in February, “…”")
                     rf"(?:,\s+(?:in|at|during|on|after|before|speaking)\s+[^,“”\"]{{3,80}},)?(?:\s+that)?\s*[,:]?\s*$")
# Were it not for the early grants, said Vanderlei Martins, “…”  (or "Remarked … scientist Tierra Curry, “…”")
_PLURAL_VS = r"(?:write|say|add|note|state|conclude)(?=\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+[A-Z])"  # ("write Lee and Bishop")
_BEFORE_VS = re.compile(rf"(?:,\s+|(?:^|(?<=[.!?]\s))\s*(?=[A-Z]))(?P<verb>(?!(?i:told|tells)\b)(?i:{_VERB})|{_PLURAL_VS})\s+(?:(?:[A-Z][\w&\-]*\s+){{1,3}}(?:of|for|and)\s+(?:the\s+)?)?{_JOB_WORDS}(?P<speaker>{_SPEAKER})(?<![’']s)(?P<desc>,\s+[^,“”\"]{{3,80}})?,?\s*:?\s*$")
# Sheldon Yett of UNICEF observed, “…”   Nikki Holland of the UK's National Crime Agency (NCA) said: “…”
# (a person, then where they work in capitals, perhaps joined by "of", "for", "and": "of the University of Essex")
_AFF = (r"\s+(?:of|at|from|for(?=\s+the\s+[A-Z]))\s+(?:(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}"
        r"(?:[A-Z][\w&.\-]*(?:’s|'s)?\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?){0,5}[A-Z][\w&.\-]*"
        # (then what it is, in lower case: "of the Northern Arapaho tribal historic preservation office")
        r"(?:(?:\s+[a-z][\w\-]*){0,3}\s+(?:office|department|agency|program|programme|council|committee|team|"
        r"project|division|unit|center|centre|board|service|commission|laboratory|lab|institute))?"
        # (or a group's name in quotation marks, and what it is: "of “Have no fear”, an abuse victim support charity,")
        r"|[“\"][^“”\"]{1,40}[”\"](?:,\s+(?:a|an|the)\s+[^,“”\"]{2,60},)?)"
        r"(?:\s+\([A-Z]{2,8}\)|,\s+[A-Z]{2}(?=\s+[a-z]))?"  # (an acronym; a state after a town: "from Johnson, VT said")
        # (and how they spoke, set off by commas: "Steve Peers of the University of Essex, speaking to BBC, said")
        r"(?:,\s+(?:speaking|writing|talking)\s+(?:to|with|on|in)\s+[^,“”\"]{2,60},)?"
        # (and a second role: "Jennifer Daskal of American University and contributor to Slate wrote")
        r"(?:\s+and\s+(?:a\s+)?[a-z]+\s+(?:to|at|for|of)\s+(?:the\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})?")
_PERSON_OF = re.compile(rf"(?P<speaker>{NAME}){_AFF},?\s+{_ADVERB}?(?P<verb>{_VERB})"
                        # (whom they told, and when: "John Geiger of USGS told the press last week,")
                        rf"(?:\s+[A-Z][\w&.\-]*|\s+(?:the\s+press|reporters|journalists))?"
                        rf"(?:\s+(?:last|this|on)\s+[A-Za-z]+)?\s*[,:]?\s*$")
_AFTER_PERSON_OF = re.compile(rf"^[\s,]*(?P<speaker>{NAME}){_AFF},?\s+{_ADVERB}?(?P<verb>{_VERB})\b")
# Senator Ida Moss called the decision “deeply unfair.”  (a short quote inside a sentence)
# (an acronym after "the" too: "which the BBC describes as “…”")
# (never a day: "Last Thursday, U.S. District Judge John C. Coughenour of Seattle temporarily blocked it, describing")
_CALLED = re.compile(rf"(?!(?:Last|This|Next|Early|Late)\s+[A-Z]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                     rf"January|February|March|April|May|June|July|August|September|October|November|December)\b)(?P<speaker>{_SPEAKER}|[Tt]he\s+[A-Z]{{2,6}}(?![\w’'.\-]))(?:\s+\((?:[RDI]-[A-Z][A-Za-z.]{{1,6}}|[A-Z]{{2}}-\d{{1,2}})\),?)?(?:\s+of\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{0,2}}(?=\s+[a-z]+(?:ing|ly|ed)\s))?"
                     # (two descriptions: "Davis Florick, the Pentagon's director for Eurasia, also attending the reception, thanked")
                     rf"(?:,\s+(?:in|on|at|during)\s+[^,“”\"]{{3,60}},|(?P<desc>(?:,\s+[^,“”\"]{{3,80}}){{1,2}},|,\s+who\s[^,“”\"]{{3,160}},)"
                     rf"|(?<=[A-Za-z]),(?:\s+who)?(?=\s+(?:has\s+|have\s+|had\s+)?(?:called|described|dismissed|labell?ed|termed|branded|denounced)\s))?"  # ("Her counterpart, Sergei Volkov, called"; "…Montoya, who called")
                     rf"\s+{_AUX}"
                     # ("Rex Tillerson on Tuesday went as far as to accuse China of “…”")
                     rf"(?:(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\s+)?(?:{_ADVERB}|(?:also|later|then|again|even|once)\s+)?(?:(?:went\s+further|[a-z]+\s+(?:it|this|that|them)),\s+"
                     rf"|went\s+(?:as|so)\s+far\s+as\s+to\s+)?"
                     # "… spoke out against the attack, calling it “…”": what they did, then the participle
                     # (not a place or a medium after the name: "Trump lashed out at mayor Muriel Bowser on Twitter, accusing her")
                     # (a verb first: in "… said that a Chinese aircraft carrier had been spotted, accusing Beijing" no carrier accuses)
                     rf"(?:(?:[a-z]+(?:ed|s)|met|spoke|took|gave|made|went|came|sent|led|held|left|saw|began|won|lost|ran|hit|"
                     rf"put|set|cut|struck|stood|sat|told|wrote|said|urged|drew|broke|sought|fought|threw|paid|laid|brought|thought|found|"
                     rf"heard|kept|felt|spent|built|sold|shot|stuck|swept|hung|read|let|fled|wore|rose|fell|flew|grew|knew|"
                     rf"drove|chose|spoke)(?:\s+[^\s,“”\"]+){{0,15}},\s+(?=(?:calling|describing|labell?ing|terming|branding|dismissing|"
                     rf"denouncing|praising|hailing|accusing)\s)"
                     # ("The Taliban's Defense Ministry issued a statement denouncing the transfer as “…”": the issuer)
                     rf"|(?:issued|released|put\s+out|posted|published)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:statement|letter|post|message|video)\s+"
                     rf"(?=(?:calling|describing|labell?ing|terming|branding|dismissing|denouncing|praising|hailing|accusing)\s))?"
                     rf"(?P<verb>called|calls|described|describes|labell?ed|characteri[sz]ed|characteri[sz]es|critici[sz]ed|"
                     rf"deemed|deems|dubbed|dubs|referred\s+to|refers\s+to|"
                     rf"termed|branded|dismissed|denounced|praised|hailed|accuses|accused|thanked|thanks|calling|describing|labell?ing|"
                     rf"attacked|slammed|blasted|condemned|mocked|ridiculed|accuse|likened|likens|compared|compares|smeared|smears|vilified|vilifies|"
                     rf"terming|branding|dismissing|denouncing|praising|hailing|accusing)\s+(?:(?:[\w’'\-]+\s+){{0,8}}?(?:as\s+)?"
                     # (a longer object only before "as": "describes his job at the station in Canberra as “…”")
                     rf"|(?:[\w’'\-]+\s+){{9,14}}?as\s+|(?:[\w’'\-]+\s+){{9,16}}?(?:who|that|which)\s+)(?:an?\s+|the\s+)?$")
# (a few words of job before the name: "According to eyewitness Vinnie DeVita, “…”")
_ACCORDING = re.compile(rf"(?P<verb>[Aa]ccording to)\s+{_JOB_WORDS}(?P<speaker>{_SPEAKER}|{_ORG_NOTE}|him|her)(?:\s*,\s*"
                        rf"(?:(?!(?:{_VERB}|shouted|screamed|yelled|chanted)\b)[a-z]+\s+){{0,3}}|(?:,\s+[^,;:“”\"\s]+(?:\s+[^,;:“”\"\s]+){{0,5}}){{1,3}}\s*;\s*)$")  # (or what they are: "Dr. X, Engineer, Johns Hopkins; “…”")
# According to a statement released by Erdogan's office, “…”   (the statement's issuer speaks)
_ACCORDING_ISSUER = re.compile(rf"(?P<verb>[Aa]ccording to)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:statement|letter|message|post|"
                               rf"release|communiqu[ée])\s+(?:(?:released|issued|published|sent|posted)\s+)?(?:by|from)\s+"
                               rf"(?P<speaker>{_SPEAKER}|[A-Z][\w\-]+[’']s\s+(?:office|government|ministry|campaign|"
                               rf"team|party|family|spokesman|spokeswoman|spokesperson|lawyers?))\s*,\s*(?:[a-z]+\s+){{0,3}}$")
# According to its press release, the NBA was “…”   (whose release: the subject named right after it)
_ACCORDING_OWN = re.compile(rf"(?P<verb>[Aa]ccording to)\s+(?:its|their|his|her)\s+(?:[a-z]+\s+)?(?:statement|release|letter|website|"
                            rf"announcement|post|report),\s+(?P<speaker>{_SPEAKER}|(?:the\s+)?[A-Z]{{2,}}s?)\s+(?:[a-z]+\s+){{1,3}}$")
# … is to “emerge in force” in Canada, doctors fear.   (the speaker at the end of the quote's sentence)
_TRAILING = re.compile(rf"(?:^[\s,]*|,\s+){_WHO}\s+{_AUX}{_ADVERB}?(?P<verb>{_VERB}|fears?|feared|hopes?|hoped|worry|worries|"
                       rf"worried|think|thinks|thought|believe)\s*[.!?]?\s*$")
# Her approach reflects a strategy of “multi-alignment” in a fragmented world, said Bruna Santos, a director.
_TRAILING_SAID = re.compile(rf",\s+(?P<verb>said|says|wrote|writes|according\s+to)\s+{_JOB_WORDS}(?P<speaker>{NAME})(?![\w’'-])"
                            rf"(?:,\s+[^“”\"]{{2,160}}?)?\s*[.!?]?\s*$")
# He also observed a link between art and work: “…”   (subject, speech verb, colon)
_COLON_INTRO = re.compile(rf"^\s*(?:(?:In|At|On|During|After|Before)\s+[^,“”\"]{{2,40}},\s+)?"
                          # (a title with "of" first: "Secretary of State Rubio exposed …:")
                          rf"(?:[A-Z][\w’'-]*\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z]))?{_WHO}\s+"  # ("In the letter, X wrote:")
                          rf"(?:(?:also|then|later|once|again|[a-z]+ly)\s+)*(?P<verb>{_VERB}|described|"
                          # (what the words did, in a release's voice: "Secretary of State Rubio exposed the … blindness:")
                          rf"exposed|outlined|laid\s+out|blasted|slammed|called\s+out|weighed\s+in|celebrated|praised|"
                          rf"delivered|made\s+the\s+case|took\s+aim)\b"
                          # (no second speaker on the way: "Jones said his manager told him:" is the manager's)
                          rf"(?:\s+(?!(?:told|tells|said|says|wrote|asked|promised|warned|shouted|replied)\b)[^“”\"\s]+){{0,20}}:\s*$")
# Another fan said: “We’re gutted.”, "one scientist at an EPA office wrote:" (what they are, then a colon); "Jane Smith, CEO, Acme Solar:"
_NAME_CARD = re.compile(rf"\s*(?P<p>{NAME})(?:,\s+[^,:“”\"]{{2,80}}){{2,4}}:\s*")  # (one to three jobs, then the employer)
_UNNAMED_COLON = re.compile(rf"^\s*(?:(?:In|At|On|During|After|Before)\s+[^,“”\"]{{2,40}},\s+)?(?P<speaker>(?:[Aa]nother|[Oo]ne|[Aa]n?|[Tt]he)\s+(?:[a-z][\w\-]+\s+){{0,2}}[a-z][\w\-]+"
                           rf"(?:\s+(?:at|from|in|with)\s+(?:a|an|the)\s+(?:[A-Za-z][\w\-]*\s+){{0,3}}[a-z][\w\-]+)?)\s+(?P<verb>{_VERB}):\s*$")
# Ana Ruiz said that the plan was “far too slow” (a partial quote inside reported speech: the last speaker named)
_PARTIAL = re.compile(rf"{_WHO_WHEN},?\s+{_AUX}(?:also\s+)?{_ADVERB}?"
                      # ("opposed the withdrawal and said", "confirmed the arrest but said")
                      rf"(?:(?:{_DID_FIRST}|[a-z]+ed\b)(?:\s+[^,.;:“”\"]{{1,40}}?)?\s+(?:and|but)\s+)?(?P<verb>{_VERB}|{_VERB_ING})\b")
_VERB_RE = re.compile(rf"\b(?:{_VERB})\b|[“”\"]")
# Lee Chan was quoted by the agency as saying: “…”
_QUOTED_AS = re.compile(rf"{_WHO}\s+(?P<verb>was\s+quoted)\s+"
                        rf"(?:(?:by|in)\s+[^“”\",]{{1,80}}?\s+)?as\s+saying\s*[:,]?\s*$")
# The Post quotes Ana Ruiz, a student, as saying “…”   The BBC quoted Kostov, who took office in May, as saying / to have said that “…”
_QUOTES_AS = re.compile(rf"\b(?P<verb>quotes|quoted)\s+(?P<speaker>{_SPEAKER})(?:,\s+(?:who|a|an|the|formerly|now|then|once)\s[^,“”\"]{{2,100}},)?"
                        rf"\s+(?:as\s+saying|to\s+have\s+said|saying)(?:\s+that)?\s*[:,]?\s*$")
# Tom Berg was criticised by Ana Ruiz, who said: “…”   (the person the relative clause is about)
# (or with no comma before "who", and where they said it: "drafted by Alex Greenwich who said on the parliament floor, “…”")
# (or with what they are between: "led by Mark Hay, a marine ecologist at GT, who said “…”"; "X of Virginia, who publicly stated")
_WHO_SAID = re.compile(rf"(?P<speaker>{NAME})(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:,\s+(?:a|an|the)\s+[^,“”\"]{{3,80}},)?,?\s+who\s+(?:also\s+|then\s+|later\s+|"
                       rf"(?-i:[a-z]+ly)\s+)?(?P<verb>{_VERB})(?:\s+(?:on|in|at|during|to)\s+[^,“”\"]{{2,60}}?|\s+(?:last|this|earlier\s+this)\s+\w+)?\s*[:,]?\s*$")
# “…,” said Carla Gomez's coach, Ivan Petrov.  “…,” said the father of victim Jake Moss.  (someone's relative or
# job: the name set beside it speaks, else the relative, unnamed; never the person whose relative they are)
_AFTER_RELATIVE = re.compile(
    rf"^[\s,]*(?P<verb>(?!told\b|tells\b){_VERB})\s+(?P<speaker>(?:(?:(?:the\s+)?(?:[A-Z][\w\-]*\s+){{0,3}}[A-Z][\w\-]*"
    rf"|the\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)[’']s\s+"  # (or "the victim's sister")
    rf"(?:[a-z][\w\-]+\s+)?(?:{_KIN}|{_PERSON_ROLE}|coach|trainer|agent|manager|teammate|rival|friend|partner)"
    rf"|(?:the|a|an)\s+(?:[a-z][\w\-]+\s+)?(?:{_KIN}|{_PERSON_ROLE}|coach|agent|teammate)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}{NAME}))"
    # (then the name beside it, or the end of the sentence: "said RAD’s principal investigator, Don Hassler" is not "RAD’s principal")
    rf"(?![\w’'-])(?:,\s+(?P<name>{NAME})(?![\w’'-])|(?=\s*[.;!?]|\s*,\s*[“\"]|\s*,\s+who\s|\s*$))")
# “…,” said a protester using the pseudonym Katya.   (an unnamed person, then the only name the article gives them)
_AFTER_ALIAS = re.compile(rf"^[\s,]*(?P<verb>(?!told\b|tells\b){_VERB})\s+(?:a|an|one|another)\s+(?:[a-z][\w\-]+\s+){{1,3}}?"
                          rf"(?:using\s+the\s+(?:pseudonym|name|alias)|(?:who\s+)?(?:identified|known)\s+only\s+as|"
                          rf"who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+as)\s+(?P<speaker>[A-Z][\w’'\-]+)(?![\w’'\-]|\s+[A-Z])")
# “…,” Hong Kong director of Amnesty International Man-kei Tam said.  (a job at an organisation, then the name)
_AFTER_JOB_OF = re.compile(rf"^[\s,]*(?:[A-Z][\w\-]*\s+){{0,3}}(?:[a-z][\w\-]+\s+){{0,2}}[a-z][\w\-]+\s+(?:of|at|for)\s+(?:the\s+)?"
                           # (the name is the last two capitalised words before the verb)
                           rf"(?:[A-Z][\w&.\-]*\s+){{1,5}}?(?P<speaker>[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+)\s+{_ADVERB}?(?P<verb>{_VERB})\b")
# “…,” said the University's chancellor, Ann Lee.  “…,” said the chief of the agency, Ann Lee.  (a job, then the name)
_AFTER_JOB_NAME = re.compile(rf"^[\s,]*(?P<verb>(?!told\b|tells\b){_VERB})\s+(?:(?:the\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*"
                             rf"|(?:the\s+)?(?:[A-Z][\w\-]*,?\s+){{0,4}}[A-Z][\w\-]*)[’']s\s+(?:[a-z][\w\-]+\s+){{0,2}}[a-z][\w\-]+"
                             rf"|the\s+(?:[A-Z][\w.\-]*\s+){{1,3}}(?:[a-z][\w\-]+\s+){{0,2}}[a-z][\w\-]+"  # ("said the Chelsea owner, Todd Boehly")
                             rf"|(?:the\s+)?(?:[a-z][\w\-]+\s+){{0,2}}[a-z][\w\-]+\s+(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){{0,4}}"
                             rf"[A-Z][\w\-]*),\s+(?P<speaker>{NAME})(?<!\bDr)(?<!\bProf)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?![\w’'-])\s*(?=[.;!?]|,\s*[“\"]|$)")
# "…," said study co-author and Royal Society University Research Fellow Martin How: two jobs joined by "and"
_AFTER_TWO_JOBS = re.compile(rf"^[\s,]*(?P<verb>(?!told\b|tells\b){_VERB})\s+(?:the\s+)?{_JOB_WORDS}and\s+{_JOB_WORDS}"
                             rf"(?P<speaker>{NAME})(?![\w’'-])\s*(?=[.;!?,]|$)")
# "… released a statement", "… also issued a letter": words that say an issuer put out a text of theirs
_ISSUES_A_STATEMENT = r"(?:also\s+)?(?:released|issued|posted|published|put\s+out)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:statement|message|letter|post|note)"
# The Georgian Tennis Federation released a statement on the arrest. It read, “…”   (the statement's issuer)
_IT_READ = re.compile(rf"(?P<speaker>{_SPEAKER})(?:\s+\([A-Z][A-Za-z&.]{{1,9}}\))?\s+{_ISSUES_A_STATEMENT}\b[^.!?“”\"]{{0,160}}[.!?]\s+"
                      rf"It\s+(?P<verb>read|reads|said|says|stated)(?:,?\s+in\s+part)?\s*[,:]?\s*$")
# In the words of Martin Luther King Jr., “…”   (whose words they are)
_WORDS_OF = re.compile(rf"\b(?P<verb>[Ii]n\s+the\s+words\s+of)\s+{_JOB_WORDS}{_WHO}\s*,?\s*$")
# a text or a shout someone else's words come from, after "According to X," (the manifesto's, the suspect's)
_TEXT_NOUN = re.compile(r"\b(?:manifesto|diary|letter|note|notes|message|post|book|document|documents|statement|email|"
                        r"e-mail|text|line|lines|sign|banner|poster|label|caption|report|memo|will|journal|verdict|ruling|"
                        r"shouted|screamed|yelled|chanted|wrote|read|reads)\b")
# a name that owns what follows, perhaps after one word: "Mnangagwa’s claim", "Sunak’s election pledge"
_OWNER = rf"(?<![\w’'])(?P<speaker>{NAME})[’']s\s+(?:[a-z]+\s+)?"
# Chamisa has mocked Mnangagwa’s claim that Zimbabwe is “open for business”   (whose claim: their words)
_CLAIM_OF = re.compile(rf"{_OWNER}(?P<verb>claims?|assertions?|promises?|pledges?|boasts?|"
                       rf"insistence|remarks?|assurances?|warnings?)\s+that\s+[^“”\".;:]{{0,120}}$")
# ("criticised Sunak’s pledge to “stop the boats”", "Putin's offer of a “Christmas truce”", "Bloomberg's description of
# the women as “…”": whose pledge, offer or description)
_PLEDGE_OF = re.compile(rf"{_OWNER}(?P<verb>pledges?|promises?|offers?|vows?|calls?|plans?|"
                        rf"description)\s+(?:(?:to|of|for)\s+(?:an?\s+|the\s+)?|of\s+[^“”\".;:]{{1,60}}\s+as\s+)$")
# A statement from the ministry read: “…”   (whose statement it is)
_STATEMENT_READ = re.compile(rf"(?:\b[Aa]n?|\b[Tt]he)\s+(?:\w+\s+)?(?:statement|message|letter|notice|post|text|note|email|e-mail|response|reply|answer|reaction)\s+(?:from|by|issued\s+by|"
                             rf"released\s+by|posted\s+by)\s+{_JOB_WORDS}(?P<speaker>(?:the\s+)?(?:[A-Z][\w\-]*\s+){{1,3}}family|[A-Z]{{2,}}(?!\w)|{_SPEAKER})"
                             rf"\s+(?:(?:that|which)\s+)?(?P<verb>read|said|stated|says|reads|was\s+(?:blunt|swift|clear|short|simple|direct|terse|firm|brief|sharp|unequivocal))"
                             rf"(?:,?\s+in\s+(?:full|part))?\s*[:,]?\s*$")
# Trump's statement read: “…”   Facebook released a statement which read, in part, “…”  (a text whose author is named)
_OWN_STATEMENT = re.compile(rf"(?:(?P<speaker>{_SPEAKER}|[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*|(?:[Tt]he\s+)?[A-Z]{{2,}})[’']s\s+(?:[a-z]+\s+)?"
    rf"(?:statement|message|letter|post|tweet|note|announcement|ruling|order|opinion|decision|website|release)"
    rf"(?:\s+(?:on|about|after|regarding|following)\s+[^“”\",:]{{1,40}}?)?"  # ("The family's statement on the death read:")
    rf"(?:\s+(?:yesterday|today|earlier|later|also|on\s+[A-Z][a-z]+day))?"  # ("Stardom's official statement yesterday read")
    rf"|(?P<issuer>{_SPEAKER})\s+{_ISSUES_A_STATEMENT}\s+(?:which|that))"
    rf"\s+(?P<verb>read|reads|said|says|stated|states)(?:,?\s+in\s+part)?\s*[:,]?\s*$")  # ("The Senators’ letter today states")


_DOCUMENTS = frozenset("reports studies surveys polls estimates figures documents records data statistics video videos footage "
                       "photos images audio recording recordings".split())
_DISCOURSE = {"However", "Moreover", "Furthermore", "Nevertheless", "Instead", "Also", "Indeed", "Earlier", "Today",
              "Finally", "Afterwards", "Otherwise", "Likewise", "Similarly", "Overall", "Ultimately",
              "It", "This", "That", "These", "Those", "There", "Here"}
_LEAD = {"As", "Then", "But", "And", "So", "When", "While", "Later", "Still", "However", "Yet", "Now",
         "Here", "There", "The", "In", "On", "At", "For", "Meanwhile", "Asked", "Speaking"}


class _Trimmed:
    """A match whose speaker group ends before the day after a name ("Nicolas Sarkozy Monday, … stated"), or
    starts after someone's ("Africa Command’s Waldhauser": Waldhauser)."""

    def __init__(self, m: re.Match, end: int, start: int | None = None):
        self._m, self._end = m, end
        self._start = m.start("speaker") if start is None else start

    def group(self, name=0):
        return self._m.string[self._start:self._end] if name == "speaker" else self._m.group(name)

    def span(self, name=0):
        return (self._start, self._end) if name == "speaker" else self._m.span(name)

    def start(self, name=0):
        return self._start if name == "speaker" else self._m.start(name)

    def end(self, name=0):
        return self._end if name == "speaker" else self._m.end(name)

    def __getattr__(self, attr):
        return getattr(self._m, attr)


def own_statement(before: str) -> "re.Match | _Trimmed | None":
    """A text whose author is named, at the end of ``before`` ("Trump's statement read:", "Facebook released a
    statement which read, in part,"): a match whose ``speaker`` is the author."""
    m = _OWN_STATEMENT.search(before)
    if m is None:  # "The government issued a statement agreeing …:"; "Their statement also read"
        return _ISSUED_COLON.search(before) or _PRON_STATEMENT.search(before) or _OWNER_COLON.search(before)
    if m.group("issuer"):
        return _Trimmed(m, m.end("issuer"), m.start("issuer"))
    return m


_ISSUED_COLON = re.compile(rf"(?P<speaker>{_SPEAKER})\s+(?:also\s+)?(?P<verb>issued|released|posted|published)\s+(?:a|an)\s+"
                           rf"(?:[a-z]+\s+)?(?:statement|message|letter|post|note)\b[^“”\"]{{0,160}}:\s*$")
_PRON_STATEMENT = re.compile(r"(?P<speaker>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?(?:statement|letter|message|post|tweet|note))"
                             r"\s+(?:also\s+|further\s+)?(?P<verb>read|reads|said|says|stated)(?:,?\s+in\s+part)?\s*[:,]?\s*$")
# "Warren commended Biden … and said she was “proud …”": the subject of the first verb says it
_AND_SAID = re.compile(rf"(?:^|,\s+)(?P<speaker>[Tt]he\s+(?:[a-z]+\s+)?(?:president|prime\s+minister|governor|mayor|minister|"
                       rf"senator|chancellor)|{NAME})\s+(?:(?:has\s+|had\s+)?[a-z]+(?:ed|s)|did\s+not\s+[a-z]+|(?:has|had)\s+not\s+[a-z]+(?:ed|en))\b"
                       rf"(?:(?!\b(?:that|which|who|whom)\b)[^“”\".;:]){{0,120}}?\s+and\s+"
                       rf"(?:also\s+|then\s+|later\s+)?(?P<verb>said|says|told|added|stated|wrote|argued|warned|insisted|declared|"
                       rf"vowed|pledged|promised)\b")
_PREP_END = re.compile(r"\b(?:(?:based|located|stationed|living|born|headquartered)\s+in|to|from|with|by|at|about|against|toward|towards|into|onto|upon|among|between|outside|inside|"
                       r"near|behind|beside|around)\s+(?:the\s+)?$|(?<![\w’'-])(?-i:[a-z])[\w’'-]*\s+(?:on|via)\s+$", re.I)  # ("circulating on Telegram")


# "The wife of Tom Berg said", "Supporters of Tom Berg chanted": the person after "of" is not who speaks
_RELATION_OF = re.compile(r"(?:\b(?:[a-z][\w’'\-]*|(?i:wife|husband|son|daughter|mother|father|parents|brother|sister|"
                          r"friend|friends|family|relatives|supporters|lawyer|lawyers|attorney|attorneys|aide|aides|"
                          r"spokesman|spokeswoman|spokesperson|colleague|colleagues|neighbou?rs?|fans|critics|opponents|"
                          r"allies|backers|followers|members|staff|office|campaign|team)))\s+(?:of|for)\s+(?:the\s+)?$"
                          # ("The parents of missing student Sarah Chen issued a statement": not Sarah Chen)
                          r"|\b(?i:parents|family|wife|husband|widow|widower|fianc[ée]e?|partner|mother|father|son|daughter|brother|"
                          r"sister|relatives|lawyer|lawyers|attorney|attorneys|friend|friends)\s+of\s+"
                          r"(?:the\s+)?(?:[a-z][\w\-]*\s+){1,3}$"
                          # ("Aides to Mayor Linda Cho said": the aides, never the mayor)
                          r"|\b(?i:aides?|advisers?|advisors?|staffers?|allies|critics|supporters|opponents)\s+(?:to|of|for)\s+"
                          r"(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}$")


_CAPS_OF = re.compile(r"\b[A-Z][\w’'-]*\s+(?:of|for)\s+(?:the\s+)?$")
_NAME_COMMA = re.compile(rf"(?:^|[.!?]\s+)\s*(?P<n>{NAME}),\s+$")
_NAME_JOB_OF = re.compile(rf"(?:^|[.!?]\s+)\s*(?P<n>{NAME}),\s+(?:the\s+|an?\s+)?(?:[a-z][\w\-]*\s+){{1,4}}?(?:of|at|for)\s+(?:the\s+)?(?P<o>(?:[A-Z][\w’'&.\-]*\s+(?:(?:of|for|and|&)\s+)?)*)$")
_WITH_END = re.compile(r"\bwith\s+$")
_JOB_TO = re.compile(r"\b(?:Ambassador|Envoy|Representative|Delegate|Adviser|Advisor|Liaison|Observer|Attaché)\s+"
                     r"(?:to|at)\s+(?:the\s+)?$")


def _subject(m: "re.Match | _Trimmed | None") -> "re.Match | _Trimmed | None":
    """A "speaker ... verb" match, unless the speaker follows a preposition: in "An email from Burkhardt &
    Associates to James Roche advises ..." James Roche is who the email was sent to, not who speaks, and
    in "A friend of Tom Berg said" the friend speaks."""
    if m and _JOB_TO.search(m.string, 0, m.start("speaker")):
        # "Former US Ambassador to the United Nations Nikki Haley wrote": a job "to" an organisation, then the name
        names = [n for n in PLAIN_NAME_RE.finditer(m.group("speaker")) if n.start() > 0]
        if names and names[-1].end() == len(m.group("speaker")):
            return _Trimmed(m, m.end("speaker"), m.start("speaker") + names[-1].start())
    if m and (_PREP_END.search(m.string, 0, m.start("speaker")) or _RELATION_OF.search(m.string, 0, m.start("speaker"))) \
            and not (m.group("verb").endswith("ing") and _WITH_END.search(m.string, 0, m.start("speaker"))):
        # ("with Steve Scalise calling the inquiry “Soviet-style”": after "with", the one doing the "-ing" speaks)
        return None
    if m and m.string.startswith(",", m.end("speaker")) and not m.group("speaker")[:1].isupper() and not m.group("desc"):
        return None  # ("has, in a statement, called on": only a name set off by commas calls, "Her counterpart, Ana Lee, called")
    if m and m.group("speaker") in JOB_TITLES and (who := _NAME_COMMA.search(m.string, 0, m.start("speaker"))) and _people_in(who.group("n"), 0, []):
        return _Trimmed(m, who.end("n"), who.start("n"))  # "Mark Lutz, Director, …, said" (never "the U.S. House, Bishop said")
    if m and (who := _NAME_JOB_OF.search(m.string, 0, m.start("speaker"))) and is_org(who.group("o") + m.group("speaker")) and _people_in(who.group("n"), 0, []):
        return _Trimmed(m, who.end("n"), who.start("n"))  # "Dan Stein, president of the X (FAIR) added": his description's closing comma left out
    if m and len(m.group("speaker").split()) < 2 and _CAPS_OF.search(m.string, 0, m.start("speaker")):
        return None  # "the National Bank of Cambodia warned that …": the end of an organisation's name
    if m and m.group("speaker")[:1].islower():
        head = _HEAD_OF.search(m.string, 0, m.start("speaker"))
        if head:  # "The head of the police's internal investigators told": the head speaks, not the investigators
            return _Trimmed(m, m.end("speaker"), head.start())
    return m


_HEAD_OF = re.compile(r"(?:^|(?<=\s))(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w\-]*\s+)?(?:head|leader|chief|director|spokesman|spokeswoman|"
                      r"spokesperson|chair|chairman|chairwoman|president|commander|representative|member|one|some|most|"
                      r"many|several|two|three)\s+of\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}$")


def _ok(m: re.Match | None) -> "re.Match | _Trimmed | None":
    """A speaker match, unless its "name" is a day or month ("on Tuesday said"): a date never speaks.
    A name followed by a day ("Nicolas Sarkozy Monday") keeps the name."""
    if not m:
        return m
    if "verb" in m.re.groupindex and ((m.group("verb") or "").endswith("ing") and (re.search(r",\s*$", m.string[:m.start("verb")])
            and re.search(r"\b(?:that|whether|because)\s+$", m.string[:m.start("speaker")]) or NESTED_SPEECH.match(m.string, m.end("verb")))
            or m.string.rstrip().endswith(":") and OTHERS_WORDS.search(m.string, m.end("verb"))):  # ("repeated the minister's order:")
        return None  # "stating that A was to blame, labeling …" (the clause's subject), "adding that B had called it “…”" (B's)
    words = m.group("speaker").split()
    if re.search(r"\b(?:letter|memo|message|note)\s+(?:sent\s+)?(?:to|addressed\s+to)\s+[^.,;:“”\"]{0,80}$", m.string[:m.start("speaker")]):
        return None  # ("The letter to Attorney General Garland continued:": whom it is written to, never who writes)
    if "verb" in m.re.groupindex and "," not in m.string[m.end("speaker"):m.start("verb")] \
            and (wide := org_start(m.string, m.start("speaker"), m.end("speaker"))) is not None:
        return _ok(_Trimmed(m, m.end("speaker"), wide))  # "U.S. Air Forces in Europe said": the whole name
    if re.search(r"[’']s$", words[-1]) or re.search(r"\w-(?:[a-z]+(?:ed|ing)|run|led|born|style|like|wide|friendly)$", words[-1]) or re.search(r"s[’']\s+(?:letter|statement|message|memo|note|report|release)$", m.group("speaker")):
        return None  # "denounced Trump's remarks, saying": a possessive is whose remarks, not who speaks ("Trump-related", "The Senators’ letter")
    owner = re.search(r"^.*[’']s\s+(?=[A-Z])", m.group("speaker"))
    # (but an organisation's whole name keeps its possessive: "the Marlow County Sheriff's Office", "St. Jude's Hospital")
    if owner and isinstance(m, re.Match) and not is_org(m.group("speaker")[owner.end():]):  # "said U.S. Africa Command’s Waldhauser"
        return _ok(_Trimmed(m, m.end("speaker"), m.start("speaker") + owner.end()))
    if len(words) == 1 and (words[0] in ("His", "Her", "Their", "Its", "Our", "My") or words[0].lower() in (
            "a", "an", "the", "this", "that", "these", "those", "one", "former", "some", "many", "most", "several", "other",
            "fellow", "both", "all")) or re.fullmatch(r"(?:Attorneys|Inspectors|Surgeons|Solicitors|Secretaries)\s+General", m.group("speaker")):
        return None  # "His lawyer said", "An eyewitness described": whose, a determiner; "17 state Attorneys General wrote": a group
    if len(words) == 1 and words[0] in _LEAD | _DISCOURSE or "verb" in m.re.groupindex and m.start("speaker") < m.start("verb") and re.match(r"(?!The\s)[A-Z]", m.group("speaker")) and re.search(r"\b(?-i:[a-z]+)\s+(?:in|at|near|outside)\s+$", m.string[:m.start("speaker")]):
        return None  # "However, he defended it, saying: …": a sentence adverb never speaks; "A woman in Kano said:": a place, never the speaker
    if len(words) == 1 and (words[0].lower() in _DOCUMENTS or words[0] in NOT_NAME_ENDS and re.search(r"\b(?:one|a|an|another)\s+$", m.string[:m.start("speaker")], re.I)
                            or words[0] in _one_word_states() and _PLACE_LIST.search(m.string[:m.start("speaker")])):
        return None  # "Reports said …": nobody; "said one Republican strategist"; "Officials from Texas and Utah said": a place
    if "verb" in m.re.groupindex and m.start("verb") < m.start("speaker") and (
            job := _LIST_THEN_JOB.match(m.string, m.end("speaker")) or _JOB_COMMA_NAME.match(m.string, m.end("speaker"))):
        return _Trimmed(m, job.end("name"), job.start("name"))  # "said National Parks, …, and Public Land Subcommittee Chairman X"
    if words[-1].strip(".,").lower() not in _CALENDAR:
        return m
    if len(words) >= 2 and words[-2][:1].isupper() and words[-2].lower() not in _CALENDAR:  # (and "In March, …, Biden
        return _ok(_Trimmed(m, m.start("speaker") + m.group("speaker").rstrip().rfind(" ")))  # announced …, saying": not "In")
    return None


# someone else speaks between the cue and the quote: "Officer Paul Grady testified that the suspect yelled “…”"
_OTHER_SPEAKS = re.compile(rf"\b(?:that|said|says|testified|recalled|added|explained)\s+(?:the|a|an|one|another|his|her|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:kept\s+|began\s+|started\s+)?"
                           rf"(?:{_VERB}|shouting|yelling|screaming|saying|crying|chanting)\b")

_SPEAKING = re.compile(r"\b(?:shouting|yelling|screaming|crying|chanting|whispering|muttering)\b")

# the patterns searched most, behind a look-ahead on the characters their matches start with (same matches, found faster: _prefilter.quick)
_OWN_STATEMENT, _BEFORE, _CALLED, _PARTIAL, _QUOTED_AS, _VERB_RE, _RELATION_OF = map(quick, (_OWN_STATEMENT, _BEFORE, _CALLED, _PARTIAL, _QUOTED_AS, _VERB_RE, _RELATION_OF))
