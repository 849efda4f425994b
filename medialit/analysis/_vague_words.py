"""The words the vague-source cues of :mod:`.vague` are built from: people named by what they are, documents
nobody names, the media, reporting verbs and stances, modifiers, ties to an organisation, helping verbs.

Sources: Bell 1991, *The Language of News Media*, ch. 10 (sources identified only by category); Levin 1993,
*English Verb Classes and Alternations*, 37.1-37.8 (verbs of communication).

>>> has_agent("environmentalists worry"), has_agent("the papers say")
(True, False)
"""

from __future__ import annotations

import re

from .speakers import GROUP_SPEAKERS

# people the writer met, with no relative pronoun: "Oklahomans I talk to", "residents we spoke with"
CONTACTED = (r"\s+(?-i:I|we)(?:\s+have|[’']ve)?\s+(?:talk|talked|spoke|speak|spoken|met|meet|hear|heard|visited|represent|serve|interviewed|"
             r"surveyed)(?:\s+(?:to|with|from))?(?:\s+(?:for|in|during|over)\s+(?:[\w’'.-]+\s+){0,2}?(?-i:[a-z][\w’'-]+))?")  # ("… we’ve interviewed for agency case studies")
_ORG_AFTER = (r"(?:\s+(?:at|from|with|of|in)\s+(?:the\s+)?(?-i:[A-Z])[\w’'&-]*"
              r"(?:\s+(?:(?:of|for|and|the|in)\s+)*(?-i:[A-Z])[\w’'&-]*)*)")
# after "said": words that are no claim ("Students said goodbye to their teachers", "said grace")
UNSPOKEN = r"\s+(?:goodbye|farewell|grace|hello|a\s+prayer|prayers|(?:his|her|their|our|my)\s+goodbyes?)\b"
# after "claimed": a prize taken, not a claim made ("a team from Irvine claimed victory", "claimed the title")
NOT_A_PRIZE = (r"(?!\s+(?:(?:a|an|the|their|its|his|her|first|second|third|top|overall)\s+)?(?:victory|victories|win|wins|"
               r"title|titles|prize|prizes|gold|silver|bronze|medals?|place|championships?|crown|trophy|seats?|lives)\b)")
_STANCE = (r"(?:say|said|says|assert|asserts|asserted|state|stated|contend|contended|allege|alleged|believe|believes|believed|argue|argued|note|noted|warn|warned|suggest|suggested|"
           r"(?:claim|claimed)" + NOT_A_PRIZE + r"|agree(?:d)?(?!\s+(?:to|on|with|in|at|for)\b)|estimate|expect|predict|acknowledge|acknowledged|view|see|fear|hope|"
           r"insist|insisted|are\s+keen|is\s+keen|reportedly|contend|maintain|think|"
           # "astronomers were optimistic that": a stance, not a fact
           r"(?:are|were)\s+(?:\w+ly\s+)?(?:optimistic|hopeful|confident|sceptical|skeptical|pessimistic|doubtful|divided|concerned|worried)"
           r"(?=\s+(?:that|about)\b)|(?:are|were)\s+(?:\w+ly\s+)?divided(?=\s+(?:over|on|about|as\s+to)\b)"
           r"|(?:are|were)\s+(?:not\s+)?(?:\w+ly\s+)?(?:un)?convinced\b"  # ("Not all experts are convinced")
           # ("some in Taiwan remain critical of the plan")
           r"|(?:remain|remained)\s+(?:\w+ly\s+)?(?:critical|skeptical|sceptical|wary|doubtful|unconvinced)\b"
           # ("advocates remain concerned about the camps", "analysts remain worried that")
           r"|(?:remain|remains|remained)\s+(?:\w+ly\s+)?(?:concerned|worried)(?=\s+(?:that|about|over|by)\b))")
_PASSIVE = (r"(?:highlighted|portrayed|framed|seen|viewed|regarded|considered|described|recogni[sz]ed|"
            r"acknowledged|believed|thought|said|reported|rumou?red|claimed|understood|perceived|"
            r"criticized|criticised|praised|touted|hailed|accused|tipped|rumou?red|applauded|condemned|"
            r"welcomed|blamed|alleged|reputed|projected|feared)")
# a judgement passed on something: reported with nobody passing it, it is a claim of its own
_EVALUATIVE = r"(?:criticized|criticised|praised|hailed|condemned|blamed|accused|applauded|welcomed|touted|encouraged)"

# An unnamed source doing the attributing, built from three parts (Bell 1991, *The Language of News
# Media*, ch. 10, on sources identified only by category; the Reuters and AP stylebooks on anonymous
# sourcing): who (people by category, or documents nobody names), what they are tied to ("at the
# ministry", "that visited the site") and a reporting verb ("said", "have warned", "are reporting").
_PEOPLE_WORDS = GROUP_SPEAKERS + """leaders clerics academics educators executives managers owners users
    developers producers senators congressmen mps ministers skeptics laureates winners folks
    sceptics viewers readers governments advocates associates delegates returnees evacuees trainees attendees
    retirees deportees fishermen businessmen businesswomen policemen servicemen firemen tradesmen craftsmen
    colleagues friends relatives acquaintances classmates coworkers co-workers rebels militants insurgents fighters
    gunmen mourners guards settlers priests paramedics tenants firefighters commuters bankers reporters journalists
    pilgrims worshippers shoppers pupils parishioners monks nuns veterans miners crew crews officers peacekeepers
    bystanders onlookers eyewitnesses monitors regulators negotiators staff pollsters investors detectives
    backbenchers insurers brokers lenders creditors donors shareholders representatives roommates housemates
    flatmates teammates pundits netizens commenters bloggers influencers bureaucrats scouts watchdogs old-timers
    operatives loyalists hardliners hard-liners ceos constituents whistleblowers whistle-blowers informants individuals
    agents""".split()  # not party names ("The Liberal Democrats have accused")
_GROUP_WORDS = ("groups organisations organizations agencies bureaus workers companies firms businesses hospitals associations "
                "federations coalitions charities").split()
# People named by what they do, read from the ending of the word (-ist, -ian, -er, -or, -ant, -ent: "environmentalists",
# "followers", "technicians", "investors", "participants"), less the common nouns and verbs with those endings
_NOT_AGENTS = """numbers papers letters matters orders waters centers centres computers sensors meters metres chapters
    endeavors endeavours
    quarters headquarters borders layers factors vectors motors filters markers answers offers powers towers corridors
    errors doors floors colors colours sectors containers clusters parameters barriers transfers shelters fibers fibres
    rivers flowers trailers tractors reactors processors indicators generators detectors elevators mirrors horrors
    terrors favors favours flavors flavours behaviors behaviours honors honours labors labours harbors harbours rumors
    rumours others lists wrists twists mists fists exists insists persists resists consists assists events documents
    comments statements payments elements moments agreements developments investments measurements instruments
    components segments fragments sediments nutrients incidents accidents contents arguments settlements requirements
    treatments experiments improvements departments apartments shipments assessments amendments announcements
    assignments commitments environments establishments judgments judgements movements accents continents currents
    talents ornaments garments cents percents plants grants restaurants elephants ants pants quadrants variants implants
    pollutants chants contaminants constants reactants stimulants lubricants coolants propellants covers delivers
    considers remembers enters suffers differs refers gathers triggers bothers lowers counters registers monitors
    hovers wonders answers wanders numbers members players orders
    authors defendants plaintiffs appellants petitioners claimants respondents""".split()
_AGENT_END = r"(?:ists|ians|ers|ors|ants|ents|(?<!abdo)(?<!regi)(?<!speci)(?<!acu)(?<!bitu)(?<!albu)(?<!sta)men)"  # ("lobstermen")
# (capitalised only with -ists and -ians: "Environmentalists worry"; "Sanders said" and "Peters wrote" are names)
_AGENTS = (r"(?:(?!(?:" + "|".join(sorted(set(_NOT_AGENTS) - {"members", "players", "monitors"})) + r")\b)"
           r"(?-i:[a-z][a-z-]{2,}" + _AGENT_END + r"|[A-Z][a-z-]{2,}(?:ists|ians)))")
_AGENT_WORD = re.compile(r"(?<![\w’'-])(?:[a-z][a-z-]{2,}" + _AGENT_END + r"|[A-Z][a-z-]{2,}(?:ists|ians))\b")
_NOT_AGENT_SET = frozenset(_NOT_AGENTS) - {"members", "players", "monitors"}
_ONE_AGENT_WORD = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[\w.-]+[’']s)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"([a-z][a-z-]{2,}(?:ist|ian|er|or))\b")


def has_agent(text: str) -> bool:
    """Whether ``text`` holds a word for people by what they do ("environmentalists", "followers"), read
    from its ending, that is not one of the common nouns or verbs with that ending."""
    return any(w.lower() not in _NOT_AGENT_SET for w in _AGENT_WORD.findall(text))


def has_one_agent(text: str) -> bool:
    """Whether ``text`` holds one person named by what they do after a determiner ("one village
    administrator", "a former organizer"), read from the word's ending (the single-person cue's head)."""
    return any(w + "s" not in _NOT_AGENT_SET for w in _ONE_AGENT_WORD.findall(text))
def _by_letter(words: list[str]) -> str:
    """``"|".join(words)`` for speed: the words grouped by first letter behind a look-ahead on it (either
    case), so a place tries only the words that can start there; the order within each group is the
    list's, so the match found at any place is the same as with the flat list.

    >>> _by_letter(["critics", "sources", "co-workers"])
    '(?=[cC])(?:critics|co-workers)|(?=[sS])(?:sources)'
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower(), []).append(w)
    return "|".join(f"(?=[{k}{k.upper()}])(?:{'|'.join(v)})" for k, v in groups.items())


_PEOPLE = (r"(?:" + _by_letter(_PEOPLE_WORDS) + "|" + _AGENTS + r"|(?:rights|aid|advocacy|environmental|opposition|human\s+rights|"
           r"civil\s+society|community|industry|business|campaign|conservation|pressure|health|relief|humanitarian|"
           # ("press freedom groups", "student groups": what the groups stand for, in any words)
           r"(?:(?!(?:the|these|those|both|two|three|such|its|their|his|her|our|rival|that|which|who|and|or|but|following)\b)[a-z][\w-]+\s+){1,2})"
           r"\s*(?:" + "|".join(_GROUP_WORDS) + r")|security\s+forces)")
# A country or a bloc named by an adjective or an acronym ("Philippine", "South Korean", "U.S.", "EU"), perhaps
# several ("U.S. and South Korean officials"): it says where unnamed people work, not who they are
_NATION = (r"(?-i:(?:[A-Z]\.){2,}|U[SK]|EU|UN|Western|Eastern|(?:(?:North|South|East|West|Central|Saudi|New)\s+)?"
           r"[A-Z][a-z]+(?:an|ian|ese|ish|ine|i|ic|ch))")
_NATIONS = rf"{_NATION}(?:(?:,\s+{_NATION})*,?\s+and\s+{_NATION})?"
_DOC_WORDS = """reports studies surveys polls polling estimates projections forecasts figures accounts rumours rumors tallies stories
    research reporting documents emails e-mails memos investigations inquiries analyses assessments audits""".split()
_DOCS = r"(?:" + "|".join(w for w in _DOC_WORDS if w != "research") + r"|(?-i:research))"  # not "Pew Research"
_MEDIA = (r"(?:(?:local|state|state-run|state-owned|official|foreign|international|national|pro-government|"
          r"opposition|(?-i:U\.S\.|U\.K\.))\s+(?:media|television|TV|radio|press|newspapers|news\s+agencies|outlets|broadcasters)(?:\s+outlets)?"
          # ("with industry publications reporting": a trade press nobody names)
          r"|(?:industry|trade|specialist|shipping|financial|business|tech|technology|scientific|medical)\s+(?:publications|press|outlets|media)"
          # "Iraqi media", "Syrian state television"; not "The Associated Press": a capital head is a name
          # (a nationality before the head: "Iranian TV" is vague, "Press TV" is a channel's name)
          r"|(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ic|ch))\s+(?:state\s+)?(?-i:media|television|TV|radio|press|newspapers|news\s+agencies|"
          r"outlets|broadcasters)(?:\s+outlets)?"
          # ("But media have said", "the media reported": the media as a whole, which outlet never said)
          r"|(?:(?<!\bas\s)(?-i:[Tt]he)\s+|^|(?<=[.!?;:,]\s)|" + "|".join(rf"(?<=\b{w}\s)" for w in ("But", "And", "Yet", "but", "and", "yet", "that", "as"))
          + r")(?-i:[Mm]edia)(?=\s+(?:have\s+|has\s+|had\s+)?(?:said|reported|say|says|report|reports|claimed)\b))")  # heads: _MEDIA_WORDS
_QUANT = (r"(?:(?:some|many|several|most|few|other|various|numerous|certain|both|two|three|four|five|a\s+lot\s+of|lots\s+of|plenty\s+of|(?!(?:1[6-9]|20)\d\d\b)\d+(?:,\d{3})*|dozens\s+of|"
          r"hundreds\s+of|thousands\s+of|millions\s+of|scores\s+of|tens\s+of\s+thousands\s+of|a\s+(?:growing\s+|large\s+|small\s+)?number\s+of|a\s+group\s+of|groups\s+of|teams\s+of|an?\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}team\s+of|separate\s+(?:groups|teams)\s+of|"
          r"unnamed|anonymous|senior|junior|top|local|western|foreign|international|independent|government|"
          r"military|hospital|rescue|emergency|security|party|opposition|mission|project|early|recent|new|"
          r"previous|earlier|initial|unconfirmed|conflicting|press|news|(?-i:[a-z]+-[a-z]+)|"
          # (a noun in -ing before the people word: "polling observers", "ruling party officials", "striking workers")
          r"polling|ruling|governing|striking|mining|farming|fishing|nursing|banking|shipping|fighting|visiting|"
          r"neighbou?ring|surviving|remaining|participating|protesting|voting|teaching|lending|leading|"
          r"(?!(?-i:But|And|While|Although|Though|Yet|So|As|If|When|Because|Since|After|Before|Still|However|Meanwhile|Now|Then|Also|Even|Indeed|Instead|Today)\b)"
          r"(?-i:[A-Z])(?:[\w’'-]|\.(?![’']))*(?:[’']s)?|(?![a-z]+(?:ed|ing)\b)(?!(?:and|but|nor|the|that|this|these|those|which|who|whom|what|with|from|for|into|than|then|said|says|told|have|has|had|are|were|was|not|also|after|before|when|while|where|because|since|about|over|under|its|their|his|her|our|though|although|until|now|today|meanwhile|however|still|yet)\b)(?-i:[a-z]{3,}))\s+){0,4}")  # any modifier: "defense officials", "internet users"
_TIED = (r"(?:\s+(?:at|of|from|with|in|for|on|inside|outside|near|around|among|within|across|close\s+to|familiar\s+with|involved\s+in|"
         r"briefed\s+on)"
         r"\s+(?!(?:said|says|say|told|and|but|that|have|has|had|are|were|is|was|been|will|would)\b)(?:[\w’'-]|\.(?![’']))+"
         # (a word never runs over a sentence's closing mark: "people in the Gaza Strip.' Media reports" is two sentences)
         # (two of them: "researchers at Vanderbilt University and the University of Chicago estimated")
         # (never "to" before the verb: "joined local firefighters on Monday to announce" is what they all did)
         r"(?:\s+(?!(?:said|says|say|told|but|that|have|has|had|are|were|is|was|been|will|would|to)\b)(?:[\w’'-]|\.(?![’']))+){0,6}?"
         # (and what they know: "Two people at Google with knowledge of the plan said")
         r"(?:\s+(?:with\s+(?:direct\s+)?knowledge\s+of|familiar\s+with|close\s+to|briefed\s+on)\s+(?:the\s+)?[\w’'.-]+)?"
         # (and where that is: "officials at the Sidus Space facility in Cape Canaveral, Florida, reported")
         r"(?:\s+(?:in|at|near)\s+(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+)?(?:,\s+(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?,)?)?"
         # (by whom, when they are not named either: "polling by Democratic organizations indicated", not "a poll by
         # Gallup", "estimates by the government")
         # ("estimates by event organizers": a plural with one word of what they are)
         r"|\s+by\s+(?:some\s+|several\s+|various\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?(?:(?-i:[a-z]+)\s+)?(?-i:[a-z]+s)\b(?!\s+(?-i:[A-Z]))"
         # (a long one too: "Veteran bureaucrats who have worked with these regions at the State Department and the
         # Pentagon told VOA")
         r"|,?\s+(?:who|that|which)(?:\s+(?!(?:said|says|say|told)\b)[\w’'.-]+){1,14}?,?"
         # (whom the writer met: "A lot of Oklahomans I talk to are worried", "farmers we spoke with said")
         r"|" + CONTACTED +
         # ("A witness to the incident has described")
         r"|\s+to\s+the\s+(?-i:[a-z]+)"
         # "Witnesses, including a shopkeeper, said", "Residents, many of them elderly, said"
         r"|,\s+(?:including|among\s+them|many\s+of\s+them|some\s+of\s+them|most\s+of\s+them|speaking|asked|fearing|"
         r"like|such\s+as)\s[^,“”\"]{2,60},"
         # "State legislators supporting the law argued", "Reports as of Wednesday said"
         r"|\s+(?!(?:during|including|according|regarding|concerning|following|considering|excluding|pending)\b)"
         r"(?-i:[a-z]+ing)(?:\s+(?!(?:said|says|say|told|and|but)\b)[\w’'.-]+){1,4}?|\s+as\s+of\s+[\w’'.-]+"
         # ("Analysts polled by the agency expect", "Most economists surveyed say")
         # ("A relative reached by phone said", "a neighbour contacted on Monday said")
         r"|\s+(?:polled|surveyed|interviewed|questioned|contacted|consulted|reached)(?:\s+(?:by|on|at|via)\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+)?)?"
         # ("A study published last month found", "a survey released Tuesday"): when it came out, still nobody's
         r"|\s+(?:published|released|conducted)\s+(?:(?:last|this)\s+(?:week|month|year)|(?-i:[A-Z][a-z]+day)|in\s+(?-i:[A-Z][a-z]+|\d{4})))?"
         # (then its short form, and a dash aside on what it is: "Officials from the Thrift Savings Plan (TSP)—the nation’s
         # largest defined contribution plan …—reported")
         r"(?:\s*\((?-i:[A-Z][\w.&-]{1,12})\))?(?:\s*[—–]\s*(?:[^—–.;:“”\"]|\.(?=\d)){1,160}?\s*[—–])?")
# have/has/had or a modal before any form; is/are/was/were only before an -ing form ("are reporting"):
# "residents have been told" and "officials were accused" make them the ones told, not the source
_ASIDE = r",\s+(?:however|though|meanwhile|too|instead|in\s+turn|in\s+contrast|for\s+their\s+part|until\s+now|so\s+far|for\s+years),"
_AUX = (r"(?:\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"  # ("White House officials Friday seemed")
        r"(?:" + _ASIDE + r"(?=\s+(?:have|has|had|will|would|could|may|might|do|does|did)\b))?"  # ("Israeli officials, however, have said")
        r"(?:\s+(?:have|has|had|will|would|could|may|might)(?:\s+been(?=(?:\s+\w+ly)*\s+\w+ing\b))?"
        # ("officials have over the years emphasized")
        r"(?:\s+(?:over|in|for)\s+the\s+(?:past\s+|last\s+)?(?:years|months|weeks|decades))?"
        # ("the team doesn't think", "scientists do not believe": a stance all the same; "did not say" is no
        # claim, attribution._NOT_SAID drops it)
        r"|\s+(?:do|does|did)(?:n[’']t|\s+not)"
        r"|\s+(?:are|were|is|was)(?=(?:\s+\w+ly|\s+also|\s+still|\s+now)*\s+\w+ing\b))?"
        r"(?:,\s+(?:following|after|in|during|citing|according)\s[^,“”\"]{3,60},"
        r"|" + _ASIDE + r")?"
        r"(?:\s+(?:\w+ly|also|long|now|still|often|always|sometimes|even|already|repeatedly|privately|publicly|later|earlier|then|everywhere|worldwide|alike|online|"
        r"first|again|initially|previously))*"
        r"(?:\s+(?:appear|appears|appeared|seem|seems|seemed)\s+to|(?:\s+(?:been|are|were|was|is))?\s+quick\s+to)?")
_SAYING_VERB = (r"(?:say|says|said|saying|tell|tells|told|telling|report|reports|reported|reporting|argue|argues|"
                # (the -ing forms after "with": "with many left-leaning commentators lamenting")
                r"lamenting|complaining|questioning|criticizing|criticising|noting|insisting|suggesting|predicting|speculating|"
                r"wondering|accusing|blaming|denouncing|observing|documenting|(?:ascribe|ascribes|ascribed|attribute|attributes|attributed)(?=\s+[^.;:“”\"]{1,40}?\s+to\b)|"
                r"consider|considers|considered|"
                r"argued|arguing|warn|warns|warned|warning|"
                r"(?:claim|claims|claimed|claiming)" + NOT_A_PRIZE + r"|allege|alleges|alleged|"
                r"alleging|accuse|accuses|accused|criticised|criticized|criticise|criticize|question|"
                r"questioned(?!\s+(?:him|her|them|me|us|(?:the\s+|a\s+)?(?:(?-i:[a-z]+)\s+)?(?-i:[A-Z][a-z]+\s+[A-Z])))|"
                r"(?:joke|jokes|joked|quip|quips|quipped)(?=\s+that\b)|(?:ask|asks|asked)(?=\s+(?:how|why|what|whether|when|where|who)\b)|believe|believes|believed|suspect|suspects|suspected|fear|fears|feared|estimate|estimates|"
                r"estimated|predict|predicts|predicted|conclude|concludes|concluded|suggest|suggests|suggested|"
                r"concede|concedes|conceded|acknowledge|acknowledges|acknowledged|insist|insists|insisted|maintain|"
                r"maintains|maintained|contend|contends|contended|note|notes|noted|condemn|condemns|condemned|"
                r"urge|urges|urged|urging|(?:demand|demands|demanded|demanding)(?=\s+(?:that|an?|the)\b)|(?:add|adds|added)(?=\s+that\b)|expect|expects|expected|confirm|confirms|confirmed|deny|denies|denied|assert|"
                r"asserts|asserted|think|thinks|thought|speculate|speculated|cautioned|caution|described|describe|"
                r"called(?!\s+[“\"‘])|calculated|realized|realised|found|finds|complained|complain|worry|worried|lament|laments|lamented|"
                # ("some analysts pointing to", "Others have challenged", "most Uzbeks expressed enthusiasm", "many
                # commentators praised", "U.S. officials mostly dismissed", "some health experts are calling")
                r"(?:point|points|pointed|pointing)\s+to|challenged|praised|praise|praises|written(?=\s+(?:in|to)\b)|"  # ("many anglers have written in")
                r"reached\s+out(?=\s+(?:to\s+(?:my|our|his|her|their|the)\s+office\s+)?(?:with\s+(?:concerns|complaints|questions|reports)|"
                r"to\s+(?:complain|express|share|report|voice)))|"  # ("DoDEA parents reached out to my office with concerns")
                r"(?:notified|alerted|informed|warned)(?=\s+(?:the|an?|his|her|their|our|my)\s+(?:[\w-]+\s+)?(?:agency|office|department|authorities|"
                r"police|bureau|committee|company|board|inspector|regulators?)\b)|"  # ("An EPA employee notified the agency")
                # ("Some experts trace the surge to", "Watchdogs have sounded the alarm", "U.S. officials express
                # confidence", "Some political observers have echoed", "are already opposing"): a stance, unnamed
                r"blame|blames|blamed|(?:assess|assesses|assessed)(?=\s+that\b)|echo|echoes|echoed|sounded\s+(?:the\s+)?alarm|sound\s+(?:the\s+)?alarm|"
                r"(?:express|expresses|expressed|voice|voices|voiced)\s+(?:\w+\s+)?(?:confidence|concerns?|disappointment|doubts?|"
                r"hope|skepticism|scepticism|frustration|alarm|optimism|fears?|outrage|dismay)|raised\s+concerns|"
                r"(?:are|were)\s+(?:\w+ly\s+)?(?:opposing|hopeful|optimistic|pessimistic|confident|wary)|"
                r"dismissed|dismiss|dismisses|calling|pushed\s+back|push\s+back|"
                # ("Community leaders flagged a rise", "Critics counter that", "a spokesperson hailed", "others view it as",
                # "many commenters find it funny", "authorities have not ruled out", "a new study shows that", "polls project")
                r"flagged|(?:flag|flags)(?=\s+(?:a|an|the|concerns?|risks?)\b)|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?:lauded|applauded)|(?:testified|testify)(?=\s+(?:that|about|to)\b)|made\s+it\s+clear|(?:counter|counters|countered)(?=\s+that\b)|hail|hails|hailed|"
                r"(?:view|views|viewed)(?=\s+(?:it|them|this|that|the|him|her)\b[^.;:]{0,60}?\bas\b)|find(?=\s+(?:it|them|this|that|the)\b)|"
                r"(?:have|has)\s+not\s+ruled\s+out|(?:link|links|linked)(?=\s+[^.;]{0,50}?\bto\b)|(?:show|shows)(?=\s+(?:that|how)\b)|(?:project|projects)(?=\s+(?:that|a|an|the|he|she|they|it)\b)|"
                # ("netizens wonder", "social media users noticed", "Taliban officials have refuted claims", "experts in
                # Tashkent support the deal", "community leaders highlighted how": a stance or a doubt, unnamed)
                r"wonder|wonders|wondered|noticed|(?<!may\s)(?<!might\s)(?<!will\s)(?<!could\s)(?<!can\s)notice|notices|refute|refutes|refuted|highlighted|highlight|highlights|"
                r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwere\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bis\s)referred\s+to|refer\s+to|refers\s+to|denounce|denounced|denounces|decried|decry|decries|"
                r"(?-i:support|supports)(?=\s+(?:the|a|an|his|her|their|its|this|that|these|those|(?-i:[A-Z])))|oppose|opposes|opposed|"
                # ("Lobstermen shared with you firsthand their concerns", "owners shared the benefits they are seeing")
                r"(?:shared|sharing)\s+(?:with\s+(?:you|us|me|him|her|them)\s+)?(?:first-?hand\s+|directly\s+)?(?:their|his|her|the)\s+(?:own\s+)?(?:first-?hand\s+)?"
                r"(?:experiences?|concerns?|views?|stories|story|thoughts|fears|frustrations?|worries|challenges|perspectives?|benefits)|"
                r"(?:affirm|affirms|affirmed)(?=\s+that\b)|"
                # (a readout's unnamed participants: "Counselors shared that", "mayors shared what they are seeing", "The
                # counselors also spoke about", "legislators discussed steps they are taking")
                r"shared(?=\s+(?:that|what|how|why)\b|\s+in\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:post|blog|interview|survey|session|panel)\b)|"
                r"(?:chimed|chimes|chime)\s+in\b|"  # ("a third community member chimed in", "members shared in a blog post")
                r"(?:spoke|speak|speaks|speaking|talked|talk|talks|talking)\s+(?:about|of)\b|"
                r"(?:discussed|discuss|discusses)(?=\s+(?:the\s+)?(?:steps|actions|efforts|ways|measures|how|what|why|their|its|his|her)\b)|"
                # ("Some in Taiwan remain critical": a stance held, by people nobody names)
                r"(?:remain|remains|remained|are|were|grew|have\s+grown|have\s+been|has\s+been)\s+(?:(?:deeply|highly|increasingly|very|still)\s+)?"
                r"(?:critical|skeptical|sceptical|wary|doubtful|unconvinced)(?!\s+(?:care|condition|mass|point|infrastructure|minerals?)\b)|"
                r"(?:remain|remains|remained|are|were|grew|have\s+grown|have\s+been)\s+(?:deeply\s+|very\s+|still\s+|increasingly\s+)?"
                r"(?:concerned|worried)(?=(?:\s+as\s+well|\s+too)?(?:\s+(?:that|about|over|by)\b|\s*[.;]))|"  # ("Our citizens are concerned about the gaps")
                # ("researchers at Imperial College London posted findings": what they put out, unnamed)
                r"(?:posted|released|published|presented)\s+(?:their\s+|new\s+|the\s+)?(?:findings|results)|"
                r"hope|hoped|agree(?:d)?(?!\s+(?:to|on|with|in|at|for)\b)|stated|explained|revealed|blame|blames|blamed|concur|concurs|concurred|"
                r"determined|verify|verifies|verified|hypothesi[sz]ed|theori[sz]ed|showed|shown|point\s+out|points\s+out|pointed\s+out|"
                r"(?<!will\s)(?<!would\s)(?<!could\s)(?<!may\s)(?<!might\s)compare|compared|(?:protest|protested|protests)(?=\s+that\b)|identified|identify|assume|assumes|assumed|hopes|welcomed|"
                r"welcome|welcomes|announced|announce|announces|disagree|disagreed|(?:dispute|disputed)(?=\s+(?:that|the|this|these|those|its|his|her|their|claims?|reports?|figures?)\b)|"
                # ("Witnesses shared stories of children who were injured": what nobody named told)
                r"(?:shared|sharing|told|recounted)\s+(?:(?:heartbreaking|personal|powerful|moving|painful|tragic|harrowing)\s+)?stories\s+(?:of|about)\b|"
                r"fault|faulted|(?:testify|testifies|testified)(?=\s+(?:that|before|about|to)\b|,)|"  # ("Experts from the industry testified that")
                r"(?:assure|assures|assured)(?=\s+(?:[^.,;:“”\"]{1,60}?\s)?that\b)|"  # ("postal officials assured Congressman X that")
                r"admit|admits|admitted|worries|complains|comment|comments|commented|"
                r"write|writes|wrote|raved|recall|recalls|recalled|recount|recounts|recounted|observed|stressed|stresses|emphasi[sz]ed|characteri[sz]es?|characteri[sz]ed|"
                r"emphasi[sz]es|reiterated|reiterates|disclosed|discloses|signall?ed|hinted|reckon|reckons|"
                r"point\s+to|points\s+to|pointed\s+to|"
                # "researchers established that": a finding is a claim of theirs
                r"(?:established|demonstrated|discovered|proved|proven)(?=\s+that\b)|"
                # "rescuers were optimistic that": a stance, not a fact
                r"(?:are|were)\s+(?:\w+ly\s+)?(?:optimistic|hopeful|confident|sceptical|skeptical|pessimistic|doubtful)"
                r"(?=\s+(?:that|about)\b)|"
                r"(?:expressed|voiced|raised|expressing|voicing|raising)\s+(?:\w+\s+)?(?:concerns?|"
                r"doubts?|fears?|hopes?|support|frustration|outrage|anger|skepticism|scepticism|alarm|optimism|"
                r"reservations|questions|worries|criticism|shame|disgust|astonishment|dismay|regret|surprise))")
_DOC_VERB = (r"(?:say|says|said|suggest|suggests|suggested|show|shows|showed|shown|indicate|indicates|indicated|"
             r"stating|saying|suggesting|claiming|showing|indicating|stated|(?:state|states)(?=\s+(?:that|the|a|an|it|its|this|these|there|in)\b|\s*[,:])|reported|report(?=\s+that\b)|"
             # ("Some estimates are as high as $50 billion", "estimates run as high as"): a figure, theirs
             r"(?:are|were|run|ran|go|went)\s+as\s+(?:high|low|much|many|large)\s+as|"
             r"put|puts|range|ranged|vary|varied|differ|differed|claim|claims|claimed|found|find|concluded|"
             r"estimate|estimated|point|pointed|agree|agreed|conclude|hypothesi[sz]ed|named|identified|(?:(?<=has\s)|(?<=have\s))(?:linked|tied)|"
             r"documented|detailed|(?:make|makes|made)\s+it\s+clear|"  # ("news reports documented")
             r"(?:project|projects)(?=\s+(?:that|a|an|the|he|she|they|it)\b))")  # ("Current polls project a narrow win")
_SINGLE_WORDS = """spokesman spokeswoman spokesperson official source insider reporter journalist correspondent
    diplomat witness resident doctor lawyer expert analyst scholar aide adviser advisor employee executive investigator
    researcher scientist engineer team panel group study report article survey poll paper assessment review audit memo
    analysis eyewitness bystander survivor neighbour neighbor relative friend colleague villager passenger daughter
    son wife husband mother father brother sister acquaintance clerk classmate coworker co-worker guard woman man
    person nurse student fan refugee pilot monk teacher farmer trader shopkeeper driver soldier volunteer
    parent interviewee respondent participant attendee delegate mp lawmaker legislator attorney union association ngo charity user commenter
    blogger netizen viewer reader whistleblower whistle-blower informant spouse widow widower caregiver constituent
    veteran patient tenant customer homeowner member""".split()
# a share of the people asked, as a survey reports it: "Two-thirds said", "A plurality of respondents said", "About 41
# percent of Republicans believe", "Just one-quarter believe"
_SHARE = (r"(?:(?:about|nearly|roughly|almost|over|under|more\s+than|less\s+than|fewer\s+than|just|only|some|a\s+full)\s+)?"
          r"(?:(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?)|half|\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)"
          r"|(?-i:[A-Za-z][a-z]+(?:-[a-z]+)?)\s+percent|an?\s+(?:clear\s+|large\s+|slim\s+|narrow\s+|solid\s+|wide\s+)?(?:plurality|majority|minority)"
          r"|the\s+(?:vast\s+|overwhelming\s+|large\s+|slim\s+|narrow\s+)?(?:majority|minority)"
          r"|(?:all|most|many|some|few|several)\s+(?:(?:survey|poll|study)\s+)?respondents"  # ("All respondents also said")
          # ("Nearly three in ten adults say", "one in four voters believe")
          r"|(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:ten|10|five|four|three)\s+(?:(?-i:[A-Z][a-z]+)\s+)?"
          r"(?:adults|Americans|voters|people|parents|workers|residents|respondents|students|teachers|patients|seniors)\b"
          r"(?:\s+(?:who|with)\s+[^,.;“”\"]{3,60}?(?=\s+(?:say|said|believe|believed|think|report|reported)\b))?)"
          r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:respondents|those\s+(?:surveyed|polled|asked)|them|voters|people|"
          r"Americans|adults|employees|workers|members|residents|managers|Republicans|Democrats|independents|parents|"
          r"businesses|companies|firms|employers|households|consumers|farmers|"
          r"students|teachers|users|customers|gun\s+owners|(?-i:[a-z]+\s+)?(?:managers|employees|workers)|(?-i:[A-Z][a-z]+)\s+and\s+[\w\s]{2,20}?"
          r"owners)(?:\s+(?:surveyed|polled|asked))?)?(?:\s*[—–-]+\s*[^—–-]{1,50}?\s*[—–-]+)?")
# a post with one holder after a country's or an organisation's name ("North Korea's ambassador", "Google's chief
# executive"): someone a reader can look up, not an unnamed source
_UNIQUE_POST = (r"(?!\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}(?:ambassador|envoy|governor|mayor|premier|chancellor|president|"
                r"(?:prime|foreign|defen[cs]e|finance|interior)\s+minister|secretary-general|chairman|chairwoman|chief\s+executive|"
                r"ceo|founder|administrator)\b)")
# (or by the ending of what they do, as the people cue reads plurals: "one village administrator")
_ONE_AGENT = r"(?-i:[a-z][a-z-]{2,}(?:ist|ian|er|or))"
# (comparatives and other words with those endings that name nobody: "a higher speaking score is required")
_NOT_ONE_AGENT = """higher greater bigger larger smaller longer shorter stronger weaker older younger wider narrower faster slower
    deeper broader fewer later earlier further farther former latter cheaper safer harder easier clearer closer better
    tighter looser richer poorer newer fresher lesser upper inner outer whether rather together either neither another
    however whatever whenever wherever""".split()
_SINGLE = (r"(?:" + "|".join(_SINGLE_WORDS) + r"|(?!(?:" + "|".join(sorted({w[:-1] for w in _NOT_AGENTS if w.endswith("s")} | set(_NOT_ONE_AGENT)))
           + r")\b)" + _ONE_AGENT + ")")
_SINGLE_HEAD = r"(?:" + "|".join(_SINGLE_WORDS) + "|" + _ONE_AGENT + ")"  # (the exceptions checked by the cue itself)
_MEDIA_WORDS = "media television tv radio press newspapers agencies outlets broadcasters publications".split()


# where a subject cue may start: a clause's opening
_CLAUSE_START = re.compile(r"(?:^|[,;:(“\"‘'—–]|\b(?:and|but|while|as|because|though|although|that|which|what|since|when|with(?=\s+(?:some|many|most|several|others)\s)|"
                           r"where|if|so|yet|after|before|until|now|then|today|meanwhile|however|also|still|said|says|reported|reports|added|noted|"
                           r"claimed|claims|warned|insisted|argued|believes|believed|thinks|thought)\b)\s*(?:even\s+)?(?:(?:the|some)\s+)?$", re.I)
# "is recognized for her work" (an award), "is seen in this photograph" (a caption): not a claim's source
_NOT_A_SOURCE = re.compile(r"(?:recogni[sz]ed|honou?red|awarded)\s+(?:for|with)\b|recogni[sz]ed\s+as\s+an?\s+(?:[\w’'-]+\s+){0,8}?"
                           r"(?:recipient|winner|laureate|fellow|honoree|member)\b|(?:seen|shown|pictured)\s+(?:here\s+)?"
                           r"(?:in|on)\s+(?:this|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:photo|photograph|image|picture|"
                           r"video|illustration|still)s?\b"
                           # a participle, not a verb: "the asylum seekers found in the water may have left", "officials
                           # questioned at the border were released": the verb comes right after the place (not
                           # "Researchers found in 2019 that", "The researchers also found in 36 states most of the people … were")
                           r"|reported\s+(?:missing|dead|killed|injured|wounded|hurt|kidnapped|abducted|detained|arrested)\b"
                           r"|(?:found|questioned|accused|described|considered|interviewed)\s+(?:in|on|at|near|inside|aboard|"
                           r"along|off|under|during|after|among|outside|within)\s+(?![^.;:]*\bthat\b)(?:[\w’'-]+\s+){1,4}"
                           r"(?:may|might|will|would|could|can|were|was|are|is|had|have|has)\b", re.I)
