"""Reported sources: the people and organisations an article says spoke, outside direct quotes.

Indirect speech credits a claim to someone without quotation marks: "Lina Voss, the director, has
criticised the plan", "said city engineer Ana Ruiz", "the ministry said the road would reopen",
"according to the WHO". :func:`reported_sources` finds each such cue, sentence by sentence, with
the source resolved to the fullest name the article uses. :func:`.attribution.find_attributions`
lists them as ``named`` and ``institution`` attributions, and :func:`.quotes.find_quotes` asks them
who speaks when a quote's own sentence credits it in words no quote pattern reads ("Erdoğan cited
Article 5 and said, “…”"), so that the two functions agree.

>>> [(r["source"], r["kind"]) for rows in reported_sources("control-school-roof") for r in rows][:2]
[('Maria Okafor', 'named'), ('Tom Brandt', 'named')]
"""

from __future__ import annotations

import re

from ._prefilter import Parts, fold, quick
from ._text import FIELD_OF_END, NAME, PLACE_LIST as _PLACE_LIST, POSTNOMINAL, STOPWORDS, _one_word_states, as_article, is_org, is_place, org_start, speaking_place, surname
from ._vague_words import NOT_A_PRIZE, _PEOPLE_WORDS
from ..corpus.tables import Article
from .marks import quote_spans
from .according import according_sources
from .bodies import _NOT_A_NAME, _ORG_SAYS, _in_place_of_body, _lone_name, body_sources
from .documents import document_sources
from .job_reference import HOME_ROLE, role_antecedent, title_only, unnamed_antecedent
from .source_names import _PLACE_PREP, country_before, full_org, named_reason as _named_reason, titled as _titled, word_matches
from .gazetteer import capitals
from .names import _CALENDAR, _DEMONYM, JOB_TITLES, NOT_NAME_ENDS, OFFICE_END, OPENERS, _countries, _people_in, people_in_text, person
from .one_word_names import single_names
from .speakers import DEMONYM_ROLE, PRONOUNS, ROLE, is_role, resolve_pronoun, is_unnamed_person, resolve_name as _resolve
from .speaker_match import person_in_place
from .speech import _PREP_END, _RELATION_OF, _VERB
from .vague import _CLAUSE_START

# indirect speech: "Lina Voss, the director, has criticised", "He described it as", "She called this a"
_PERSON_SAYS = re.compile(rf"(?P<speaker>{NAME}|\b[Hh]e|\b[Ss]he)(?:,?\s+{POSTNOMINAL}(?=[\s,]))?(?:\s+\([^()“”\"]{{1,30}}\))?(?P<others>\s+and\s+others)?(?:\s+and\s+(?:his\s+|her\s+|their\s+|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:other\s+)?)?(?:colleagues|co-authors|co-workers|team|staff))?"
                          # a description set off by commas, perhaps with commas of its own ("at Wits University in Johannesburg, South Africa,")
                          rf"(?P<desc>,\s+(?![A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}},)(?:\d{{1,3}}|[^,“”\"]{{3,160}})(?:,\s+[^,“”\"]{{3,120}}){{0,2}},)?(?:\s+and\s+(?:his|her|their)\s+(?:colleagues|co-authors|team|staff))?,?(?:\s+|(?<=,)(?=[a-z]))"
                          # (and when: "Toronto mayor John Tory on Tuesday suggested")
                          rf"(?:(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
                          rf"month|year|night|morning|evening)\s+|(?:today|yesterday)\s+)?"
                          rf"(?:for\s+(?:years|decades|months|weeks|days)\s+)?(?:(?:has|have|had)\s+)?(?:for\s+(?:years|decades|months|weeks)\s+)?"
                          rf"(?:(?:also|then|later|again|further|once|still|long|often|previously|now)\s+)?"
                          rf"(?:\w+ly\s+)?(?P<verb>{_VERB}|criticised|criticized|blamed|blames|attributed|attributes|recommended|envisions|outlined|outlines|mocked|"
                          rf"worries|worried|characteri[sz]ed|characteri[sz]es|likened|likens|denounced|denounces|vowed|"
                          rf"vows|challenged|challenges|appealed|estimates|estimate|credits|credited|suspects|suspected|"
                          rf"dismissed|dismisses|rejected|rejects|defended|defends|"
                          rf"(?<!had\s)(?<!has\s)(?<!have\s)doubts|doubted|disagreed|disagrees|praised|praises|accused|accuses|hypothesi[sz]ed|"
                          rf"(?:holds|held|found|finds|state)(?=\s+that\b)|"
                          # (the plural present, for two people named together: "Stefanik and Higgins explain that")
                          rf"(?<!Please\s)(?:explain|argue|insist|contend|warn|write|believe|suspect|say)(?=\s+that\b)|"
                          rf"(?:is|are|was|were)\s+(?:predicting|warning|saying|arguing|claiming|insisting)|"
                          rf"was\s+(?:firm|adamant|clear|emphatic|confident)\s+that|spoke\s+(?:\w+ly\s+)?(?:of|about)|called\s+out|"
                          # (a panel's readout: "Vicki Morwitz, Professor at …, described the psychology of", "reaffirmed her commitment")
                          rf"describe[sd](?=\s+(?:the|how|what|why)\b)|defines?(?=\s+[^,.;:“”\"]{{1,40}}?\s+as\s)|reaffirm(?:ed|s)(?=\s+(?:her|his|their|that)\b)|"
                          # a stance held ("Sok Eysan is optimistic that", "Cheam Sokly hopes that", "Um Dina continues to believe", "Rhona Smith has also raised concerns")
                          rf"(?:is|was|remains|remained)\s+(?:still\s+)?(?:optimistic|hopeful|confident|convinced|skeptical|sceptical|"
                          rf"critical|adamant|doubtful)(?=\s+(?:that|of|about)\b|\s*[,.])|(?:hopes|hoped|believes|believed)\s+that|"
                          rf"continues\s+to\s+believe|(?:continues\s+to\s+)?(?:calls|called)\s+on(?=\s+(?!(?:her|his|him|them|me|us|it)\b)\w)|raised\s+(?:\w+\s+)?concerns|played\s+down|plays\s+down|pushed\s+back|doubled\s+down|(?:fired|shot)\s+back|"
                          rf"went\s+on\s+to\s+(?:say|clarify|explain|add|note|argue)|dr[ae]w\s+attention\s+to|recommend|"
                          rf"recogni[sz]es\s+that|recogni[sz]ed\s+that|"
                          rf"voiced\s+(?:\w+\s+)?(?:optimism|concerns?|hope|doubts?|support|frustration|opposition)|"
                          rf"issued\s+(?:\w+\s+)?criticism|"
                          rf"envisioned|described\s+(?:it|this|that|them|him|her|the\s+\w+|[A-Z][\w\-]+)(?:\s+(?:to|in|on)\s+[^,.;:“”\"]{{1,40}}?)?\s+as|"
                          rf"called\s+(?:it|this|that)|"
                          rf"(?:issued|released)\s+a\s+statement|"
                          # ("Legislator Tanya Chan spoke to the press", "spoke on MSNBC's morning show")
                          rf"spoke\s+(?:to|on|with)(?=\s+(?:the\s+press\b|reporters\b|journalists\b|"
                          # (not when: "spoke on Monday")
                          rf"(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day|(?i:january|february|march|april|may|june|"
                          rf"july|august|september|october|november|december)\b)(?-i:[A-Z]))))(?![\w-])")  # (a whole word: not "say" in "saying")
# "..., Lina Voss, who said she believed ...", "mediator Kofi Annan, who has stated that ...": a name, then a relative clause
_PERSON_WHO = re.compile(rf"(?P<speaker>{NAME}),\s+who\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
                         rf"(?P<verb>{_VERB})\b")


_NOT_REPORTING = frozenset({"continues", "continued", "goes on", "went on", "continue"})
_APPOSED = re.compile(rf"(?P<p>{NAME}),\s+[^,“”\"]{{3,100}}?\s+of\s+(?:the\s+)?$")
_AND_BEFORE = re.compile(rf"(?:^|[,;–—]\s+|\b(?:But|And|Both)\s+)(?P<other>{NAME})(?:\s+\([^()“”]{{1,20}}\))?,?\s+and\s+$")
# "Lina Voss was quoted by Reuters as saying": the person quoted is the source
_QUOTED_AS_SAYING = re.compile(rf"(?P<speaker>{NAME})\s+(?:is|was|has\s+been|had\s+been)\s+quoted\s+(?:(?:by|in)\s+[^,“”\"]{{1,60}}?\s+)?"
                               rf"as\s+(?P<verb>saying)\b")
# "The Post quotes Lina Voss, a student, as saying": the person quoted is the source
_QUOTES_AS = re.compile(rf"\bquotes\s+(?P<speaker>{NAME})(?:,\s+[^,“”\"]{{3,80}},)?\s+as\s+(?P<verb>saying)\b")
# "Lina Voss's speech argued": a person's own words, in a named text
_PERSON_TEXT = re.compile(rf"(?P<speaker>{NAME})[’']s\s+(?:speech|statement|letter|remarks|testimony|post|article|"
                          rf"book|op-ed|column|address|memo)\s+(?:\w+ly\s+)?(?P<verb>{_VERB}|criticised|criticized)\b")
# indirect speech, verb first: "..., said city engineer Ana Ruiz."
_SURNAME_NEXT = re.compile(r"[A-Z][\w’'\-]+(?=[,.;]|\s+(?:who|in|on|at|of)\b)")
_CLAUSE_VERB = re.compile(r"\s+(?:would|will|had|has|have|was|were|is|are|could|should|might|may|must|can|did|does)\b")
_SAID_PERSON = re.compile(r"\b(?P<verb>said|says|added|adds|explained|noted|wrote|stated|states|argued|insisted|warned)\s+")
# "A NASA statement said", "Shell's annual report shows", "A UN report released on Tuesday accused": an owner's document (or its maker after it: "The survey, carried out by the Orrin Institute among 2,300 riders, found")
_MADE_BY = r",\s+(?:carried\s+out|conducted|commissioned|published|released|run)\s+by\s+"
_OWNED_DOC = re.compile(r"\b(?:(?:A|An|The|a|an|the)\s+(?P<a>(?:[A-Z]{2,8}|[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)|(?P<b>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)[’']s"
                        r"|(?=(?:A|An|The|a|an|the)\s+(?:(?:new|annual|latest|recent|final)\s+)?(?:report|study|survey|review|audit|analysis|poll)" + _MADE_BY + r"(?:the\s+)?(?P<c>[A-Z][\w.&-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w.&-]*)*)(?:[^,;“”\"]|,(?=\d)){0,80},)(?:A|An|The|a|an|the))"
                        r"\s+(?:(?:new|annual|latest|recent|final|internal|official)\s+)?(?P<doc>statement|report|investigation|analysis|study|survey|review|audit|assessment|poll(?=" + _MADE_BY + r"))"
                        r"(?:\s+(?:released|published|issued)\s+(?:on\s+|last\s+)?\w+|" + _MADE_BY + r"(?:[^,;“”\"]|,(?=\d)){2,160},)?"
                        r"\s+(?:has\s+)?(?P<verb>said|says|found|finds|shows|showed|accused|concluded|concludes|suggests|suggested|"
                        r"estimated|estimates|warned|warns)\b")
# (and a country's body: "Japan's foreign ministry said")
_ROLE_SAYS = re.compile(rf"(?P<speaker>[A-Z][\w.-]*[’']s\s+(?:[a-z]+\s+)?(?:ministry|government|embassy|military|army|"
                        rf"parliament|cabinet|presidency)|{ROLE})\s+(?:has\s+|have\s+|had\s+)?"
                        rf"(?:\w+ly\s+)?(?P<verb>said|says|stated|announced|reported|warned|confirmed|denied|added|noted|estimates|estimated|"
                        rf"found|finds|projects|projected|recommended|recommends|attributes|attributed|alleges|alleged|"
                        rf"claimed{NOT_A_PRIZE}|insisted|told|ruled|rules|concluded|(?:called|calls)(?=\s+(?:the|it|this|for)\b)"
                        rf"|(?:continues\s+to\s+)?(?:call|calls|called)\s+on(?=\s+(?!(?:her|his|him|them|me|us|it)\b)\w))\b"
                        rf"(?!\s+by\b)")
# "…, police said." (lower case: the wire style for the force of the place reported on)
_POLICE_SAY = re.compile(r"(?<![\w’'-])(?<![Tt]he\s)(?:(?:state|local|city|county|federal|provincial|military|traffic|border|"
                         r"riot|transit|railway|campus|tribal|park)\s+)?(?:police|(?<![\w’'-])Police)\s+(?:have\s+|had\s+|has\s+)?(?:also\s+|later\s+)?"
                         r"(?P<verb>said|say|says|told|reported|confirmed|added|stated|believe|believed|suspect|suspected|"
                         r"allege|alleged)\b")
_STATEMENT_FROM = re.compile(r"\b(?:a|the)\s+(?:\w+\s+)?statement\s+(?:from|by)\s+", re.I)
#: Countries and governments that speak as institutions in the corpus' articles.
STATES = frozenset({"Israel", "Iran", "Iraq", "Palestine", "Egypt", "Jordan", "Syria", "Lebanon", "Turkey",
                    "Saudi Arabia", "Qatar", "Russia", "China", "Japan", "Washington", "Tehran", "Baghdad",
                    "the United States", "The United States", "the U.S.", "The U.S.", "Germany", "France",
                    # (and the seats of governments, by metonymy: "The Kremlin denied", "the Pentagon said")
                    "Kremlin", "Pentagon", "White House", "Vatican", "Holy See", "Elysée", "Downing Street"})
_AMPERSAND = re.compile(r"(?:[A-Z][\w’'.-]*\s+)+&\s+$")
_SKIP_LEAD = set("The In On At As But And Then However While When Moreover Additionally Notably Furthermore Meanwhile For This These Its His Her "
                 "After Before Since Until Once Because Following".split())


_CACHE: dict = {}
_AGE_HOME = re.compile(rf"(?P<p>{NAME}),\s+\d{{1,3}},\s+(?:of|from)\s+$")
_NAME_BETWEEN = re.compile(rf",\s+(?P<n>{NAME}),\s+(?:\w+ly\s+)?")
_IN_APPOSITION = re.compile(rf"(?P<p>{NAME}),\s+(?:[a-z][\w\-]*\s+)+(?:of|for|at|on|in)\s+[^“”\"]*?,\s+$")
_GROUP_OF = re.compile(r"\b(?:representatives|officials|diplomats|delegates|envoys|spokespeople|sources|members)\s*$", re.I)
_FROM_END = re.compile(r"\b(?:of|from|at|with)\s+(?:the\s+)?(?:[a-z]+[’']s\s+)?$")
_FROM_LIST_END = re.compile(r"\b(?:of|from)\s+(?:(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*(?:,\s+|,?\s+(?:and|or)\s+))+$")  # ("from A, B, and C")
_KIND_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<kind>company|firm|chipmaker|carmaker|automaker|drugmaker|planemaker|"
                          r"insurer|retailer|lender|bank|airline|carrier|manufacturer|maker|startup|start-up|publisher|"
                          r"broadcaster|network|conglomerate|group|union|club|charity|watchdog|regulator|operator),?\s+$")
_CAPS_OF = re.compile(r"\b[A-Z][\w’'-]*\s+(?:of|for|on)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+)?$")  # ("… Control and Prevention")
_BY_PERSON = re.compile(rf"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?P<verb>confirmed|announced|determined|reported|revealed|"
                        rf"disclosed|denied|estimated|calculated|predicted|proposed|suggested|described|critici[sz]ed|praised|"
                        rf"contested|disputed|rejected|questioned|challenged|condemned|dismissed|welcomed|hailed|told)"
                        # (perhaps with when, and a job before the name: "were announced Wednesday, April 16, by Juno’s principal investigator Scott Bolton")
                        rf"(?:,?\s+(?:on\s+)?[A-Z][a-z]+day(?:,\s+[A-Z][a-z]+\s+\d{{1,2}})?,?)?"
                        # (or a job of words set off by commas: "by the country's Minister of Agriculture, Mr. Mundia Sikatana")
                        rf"(?:\s+(?:yesterday|today|earlier|later))?\s+by\s+(?:(?:his|her|their)\s+[a-z]+(?:-[a-z]+)?,\s+"
                        rf"|(?:the|a|an)\s+[^,.;“”\"]{{1,80}}?,\s+(?=(?:[A-Z][a-z]{{0,3}}\.\s+)?[A-Z]))?"
                        rf"(?:(?:[a-z][\w\-]*|[A-Z][\w\-]*[’']s)\s+){{0,4}}?(?P<speaker>{NAME})(?<![’']s)(?![\w’'-])")
# "Mira Holt of the University of Leeds": a person, then where they work in capitals (joined by "of", "for", "and")
_PERSON_OF_ORG = re.compile(rf"(?P<p>{NAME})(?:,\s+(?:the\s+|an?\s+)?(?:[a-z][\w\-]*\s+){{0,3}}[a-z][\w\-]*)?\s+(?:of|at|from)\s+(?:the\s+(?:[a-z][\w\-]*\s+){{0,2}})?(?:[A-Z][\w’'&.\-]*:?\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?)*"
                            r"(?:in\s+)?$")  # (and where it is: "Ryan Norris of the University of Guelph in Ontario said"; "at the left-leaning …")


def reported_sources(article) -> tuple[tuple[dict, ...], ...]:
    """The reported-speech sources of each sentence of ``article``, in sentence order.

    ``article`` is an id, a path or an :class:`~medialit.corpus.tables.Article`. Returns one tuple
    per sentence of ``article.sentences``, each holding dicts with ``start``, ``end`` (int: the cue's
    offsets in the article text, e.g. "Lina Voss has criticised"), ``source`` (str: the fullest
    name, or the organisation as written), ``kind`` (``named`` or ``institution``) and ``reason``
    (str), in the order the patterns find them (cues may overlap: callers keep the first).
    Never raises on text; results are remembered per article text (treat them as read-only).
    """
    art = as_article(article)
    key = (art.id, art.text)
    if key in _CACHE:
        return _CACHE[key]
    text = art.text
    whole = Parts([fold(sent.text) for sent in art.sentences])
    out = []
    found: list[dict] = []
    quoted = quote_spans(art)

    def add(start: int, end: int, source: str, kind: str, reason: str) -> None:
        if any(a < start < b for a, b in quoted):
            return  # "“He told me the bees were gone,” she says": words inside a quote are the speaker's, not a cue
        if (amp := _AMPERSAND.search(text, max(0, start - 40), start)):  # "Procter & Gamble said": a firm's name, not Gamble
            start, source, kind, reason = amp.start(), amp.group() + source, "institution", f"{amp.group() + source} (an organisation) is given as the source"
        org = full_org(text, source) if kind == "named" else None  # ("Graystone said", "Corvane blamed": an organisation speaks)
        found.append(dict(start=start, end=end, source=org or source, kind="institution" if org else kind, reason=reason))

    for k, sent in enumerate(art.sentences):
        chunk, base = sent.text, sent.start
        found = []

        # 3. a named person says / told / explained (indirect speech)
        for m in (word_matches(_PERSON_SAYS, chunk) if whole.may_match_at(_PERSON_SAYS, k) else ()):
            if m.group("speaker").split()[-1] in NOT_NAME_ENDS:  # ("the Oregon Democrat said": a party member by state, no name)
                continue
            at = m.start("speaker") + country_before(m.group("speaker"))
            if (app := _NAME_BETWEEN.fullmatch(chunk, m.end("speaker"), m.start("verb"))) \
                    and any(p[0] == base + app.start("n") or p[1] == base + app.end("n") for p in people_in_text(text)):
                # "A spokesman for the Texas Department of Public Safety, Lt. Carlos Vega, said": the one set beside
                s = base + app.start("n")
                add(s, base + m.end("verb"), _resolve(art, app.group("n"), s), "named",
                    _named_reason(app.group("n"), _resolve(art, app.group("n"), s), m.group("verb")))
                continue
            app = _IN_APPOSITION.search(chunk, 0, at) if chunk[:at].rstrip().endswith(",") else None
            if app and not re.search(rf"\b(?:{_VERB})\b", chunk[app.end("p"):at]) and len(app.group("p").split()) >= 2 \
                    and not is_org(app.group("p")):
                # "Chris Smith, chairman of the Subcommittee on Africa, Global Health, …, released a statement": a long description ends there
                s = base + app.start("p")
                add(s, base + m.end("verb"), _resolve(art, app.group("p"), s), "named",
                    _named_reason(app.group("p"), _resolve(art, app.group("p"), s), m.group("verb")))
                continue
            # (or a place after the organisation: "of the University of California, Los Angeles disagreed")
            upto = chunk[:at - 2] + " " if chunk[:at].endswith(", ") else chunk[:at]
            if (aff := _PERSON_OF_ORG.search(upto)) and not is_org(aff.group("p")) and aff.group("p").split()[-1] not in OFFICE_END \
                    and len((aff.group("p") if " " in aff.group("p") else _resolve(art, aff.group("p"), base + aff.start("p"))).split()) >= 2 \
                    and not re.search(r"[’']s\s|^The\s", aff.group("p")) and not FIELD_OF_END.search(upto, 0, aff.start("p")):  # (not "The President's Chief of Staff, Jeff Zients,", "The Friends of", "Professor of Public Management at")
                # "Mira Holt of the University of Leeds, speaking to reporters, said": the person, not the place
                s = base + aff.start("p")
                full = _resolve(art, aff.group("p"), s)
                add(s, base + m.end("verb"), full, "named", _named_reason(aff.group("p"), full, m.group("verb")))
                continue
            if (home := _AGE_HOME.search(chunk, 0, at)) and not is_org(m.group("speaker")):
                # "Karen Mills, 38, of Dover said": the person, whose home town comes after their age
                s = base + home.start("p")
                add(s, base + m.end("verb"), _resolve(art, home.group("p"), s), "named",
                    _named_reason(home.group("p"), _resolve(art, home.group("p"), s), m.group("verb")))
                continue
            if _PREP_END.search(chunk, 0, at) or _RELATION_OF.search(chunk, 0, at):
                continue  # "an email to James Roche advises", "a friend of Tom Berg said": not Roche, not Berg
            if (cap := _CAPS_OF.search(chunk, 0, at)) and (len(person(m.group("speaker")).split()) < 2
                                                         or re.search(r"\s(?:on|and|&)\s", cap.group())  # ("Panel on Climate Change")
                                                         or is_org(chunk[cap.start():at] + m.group("speaker"))) \
                    and not (any(w.rstrip(".,") in JOB_TITLES for w in cap.group().split())  # ("Director of Research Paul Amberg")
                             and any(s >= base + at and e == base + m.end("speaker") for s, e, _ in people_in_text(text))):
                continue  # "The Ministry of Health said": the end of an organisation's name, not a person
            if m.group("speaker").strip().lower() in _CALENDAR:
                continue  # "… on Friday, said a person briefed on it": a day never speaks
            if _PLACE_PREP.search(chunk, 0, m.start("speaker")):
                continue  # "who spoke to reporters in Paris, said": a place after "in" never speaks
            if m.group("speaker").strip() in ("They", "they", "It", "it", "We", "we", "You", "you") \
                    or m.group("speaker").split()[-1] == "I":
                continue  # only "he" and "she" are resolved to a person; "they" may be anyone ("Later I told": the
                # narrator, whom the quote's credit names where the article shows who)
            if m.group("verb") in _NOT_REPORTING and not re.match(r"\s+to\s+(?:say|add|explain|note|warn|argue)\b", chunk[m.end("verb"):]) \
                    or m.group("verb") in ("asked", "asks") and re.match(r"\s+(?:for|to|about)\b", chunk[m.end("verb"):]):
                continue  # "Kennedy also continues launching": "continues" reports speech only after a quote
            name = m.group("speaker")[at - m.start("speaker"):].strip()
            if re.search(r"[’']s?$", name):
                continue  # "A statement from Ward's family said": whose family, not who speaks
            if DEMONYM_ROLE.fullmatch(name) and not is_org(name) and chunk[:at].endswith(("the ", "The ")):
                # "“…,” the Spaniard said": the person just named, as "he" would be; nobody when that is unclear
                if (full := resolve_pronoun(art, base + at, quote_spans(art))[0]):
                    add(base + at - 4, base + m.end("verb"), full, "named", _named_reason("the " + name, full, m.group("verb")))
                continue
            words = name.split()
            while words and words[0] in _SKIP_LEAD:
                words = words[1:]
            if not words:
                continue
            the = words != name.split() and name.split()[0] in ("The",) or chunk[:at].endswith(("the ", "The "))
            name = " ".join(words)
            if (is_org(name) or is_place(name)) and len((who := person(name)).split()) >= 2 and who != name and not is_org(who) \
                    and name.endswith(who) and not is_place(who):
                # "Court Commissioner Loren Keating said", "Marsh County Sheriff Dan Pruitt said": the person after the job
                words, name = who.split(), who
            if name in _one_word_states() and _PLACE_LIST.search(chunk[:at]):  # "Officials from Texas and Utah said": a
                continue  # place in a list, whose officials (the vague cues) speak
            if (name in _countries() or name in capitals()) and not chunk[m.end("speaker"):m.start("verb")].strip():  # "Kenya said", "Beijing said"
                add(base + m.start("speaker"), base + m.end("verb"), name, "institution", f"{name} (a {'country' if name in _countries() else 'capital, for its government'}) is given as the source")
            if (is_org(name) or is_place(name)) and not speaking_place(person(name)) or name in STATES or len(words) > 1 and (
                    not the or words[0].endswith("s")) and title_only(words):  # ("Senator Lisa Park"; "Attorneys General")
                continue
            if (kind_of := _KIND_BEFORE.search(chunk, max(0, at - 40), at)) and len(words) <= 3 and not (chunk[:at].rstrip().endswith(",") and len(words) >= 2 and not is_org(name)):
                # "The chipmaker Orbis said": its kind, then its name (never a person set off by commas: "…company, Raj Patel,")
                add(base + at, base + m.end("verb"), name, "institution",
                    f"{name} (an organisation: “{kind_of.group('kind')}”) is given as the source")
                continue
            if the and len(words) >= 2 and person(name) == name and not any(p[2] == name for p in people_in_text(text)) \
                    and not title_only(words) and not HOME_ROLE.fullmatch("the " + name):  # (not "the Majority Leader", "the Ohio Republican")
                # "The Red Cross said": a name after "the" is an organisation's, not a person's
                add(base + at + m.group("speaker")[at - m.start("speaker"):].find(words[0]), base + m.end("verb"), name,
                    "institution", f"{name} (an organisation) is given as the source")
                continue
            # ("the Secretary said": the one the article named with that title before, as "the Prime Minister")
            full = _resolve(art, name, base + m.start("speaker"))
            if the and len(words) == 1 and (held := _resolve(art, "the " + name, base + m.start("speaker"))) != "the " + name:
                full, name = held, "the " + name
            elif the and len(words) <= 3 and (full == name or len(words) > 1 and full == "the " + name) and (title_only(words) or HOME_ROLE.fullmatch("the " + name)):
                if (held := role_antecedent(art, "the " + (name if HOME_ROLE.fullmatch("the " + name) else name.lower()), base + m.start("speaker"))):
                    full, name = held, "the " + name
                else:
                    continue  # (nobody or several named with it: the role cues read it, never a "named" Secretary)
            if full.lower() in ("he", "she") or re.match(r"(?:One|Another)\s+[A-Z][a-z]+$", full):
                continue  # ("One Vermonter expressed": a person by where they live, no name; the vague cues read it)
            if len(name.split()) == 1 and full == name and name not in ("He", "She", "he", "she") and (
                    name.lower() in STOPWORDS or name.lower() in _NOT_A_NAME or name.isupper() or name.lower() in _PEOPLE_WORDS
                    or m.group("verb").split()[0] not in ("said", "says", "told", "wrote", "added", "asked", "tweeted")
                    and not _titled(text, name)):
                continue  # a lone capitalised word that never appeared as a full name: not a person,
                # unless it is a surname before a plain speech verb ("Trump said the agency ...")
            cue_end = base + m.end("verb")
            if m.group("others"):  # "President Bush and others have claimed": Bush named, the others vague
                cue_end = base + m.end("speaker")
            add(base + at + m.group("speaker")[at - m.start("speaker"):].find(words[0]), cue_end, full,
                "named", _named_reason(name, full, m.group('verb')))
            pair = _AND_BEFORE.search(chunk, 0, m.start("speaker"))
            if pair and not is_org(pair.group("other")) and (len(pair.group("other").split()) >= 2 or _resolve(
                    art, pair.group("other"), base + pair.start("other")) != pair.group("other") or _titled(text, pair.group("other"))):  # ("Lee and Bishop asked")
                # "Ana Ruiz and Tom Berg said": both of them
                add(base + pair.start("other"), base + pair.end("other"), _resolve(art, pair.group("other"), base + pair.start()),
                    "named", f"{pair.group('other')} and {name} together, the subject of “{m.group('verb')}”")
        for m in (_PERSON_WHO.finditer(chunk) if whole.may_match_at(_PERSON_WHO, k) else ()):
            name = m.group("speaker")
            if re.search(r"\bof\s+(?:the\s+)?$", chunk[:m.start("speaker")]):
                # "Kofi Annan, former head of the United Nations, who has stated": the person before the apposition
                before = _APPOSED.search(chunk, 0, m.start("speaker"))
                if not before or is_org(before.group("p")):
                    continue
                name = before.group("p")
            if is_org(name) or is_place(name) or name in STATES or len(name.split()) < 2:
                continue
            add(base + m.start(), base + m.end(), _resolve(art, name, base + m.start()), "named",
                _named_reason(name, name, m.group('verb')))
        for m in (_BY_PERSON.finditer(chunk) if whole.may_match_at(_BY_PERSON, k) else ()):
            # "His death was confirmed by his son, Wolfgang Van Halen": a passive whose doer is named
            name = m.group("speaker")
            if is_org(name) or is_place(name) or name in STATES or len(person(name).split()) < 2:
                continue
            full = _resolve(art, name, base + m.start("speaker"))
            add(base + m.start(), base + m.end(), full, "named", _named_reason(name, full, m.group("verb") + " by"))
        for m in (_QUOTED_AS_SAYING.finditer(chunk) if whole.may_match_at(_QUOTED_AS_SAYING, k) else ()):
            if not is_org(m.group("speaker")):
                full = _resolve(art, m.group("speaker"), base + m.start("speaker"))
                add(base + m.start(), base + m.end(), full, "named", f"{m.group('speaker')} is quoted as saying this")
        for m in (_QUOTES_AS.finditer(chunk) if whole.may_match_at(_QUOTES_AS, k) else ()):
            full = _resolve(art, m.group("speaker"), base + m.start("speaker"))
            add(base + m.start(), base + m.end(), full, "named", f"{m.group('speaker')} is quoted as saying this")
        for m in (_PERSON_TEXT.finditer(chunk) if whole.may_match_at(_PERSON_TEXT, k) else ()):
            full = _resolve(art, m.group("speaker"), base + m.start())
            add(base + m.start(), base + m.end(), full, "named",
                f"{m.group('speaker')}'s own words are given as the source")
        for m in (_SAID_PERSON.finditer(chunk) if whole.may_match_at(_SAID_PERSON, k) else ()):
            at = base + m.end()
            who = [p for p in people_in_text(text) if at <= p[0] < at + 80 and p[1] <= sent.end]
            if not who and (one := _SURNAME_NEXT.match(text, at, sent.end)) and (
                    one.group() in {surname(n) for s, _, n in people_in_text(text) if s < at}
                    or any(p[0] == at for p in single_names(text))):
                # "says Omar, who left Somalia": a surname the article gave in full before, or a one-word name
                who = [(at, one.end(), one.group())]
            if who and re.fullmatch(r"(?:(?!(?:that|when|if|whether|how|why|because)\s)[\w’'\-]+,?\s+){0,4}", text[at:who[0][0]]) \
                    and not is_org(who[0][2]) \
                    and not _RELATION_OF.search(text, at, who[0][0]) \
                    and not _CLAUSE_VERB.match(text, who[0][1]) \
                    and not re.search(r"[\w)]\s*$", text[sent.start:base + m.start()]):  # (not "The coroner said Ellen Park
                # died", "said the father of Amira Hassan", "said Sheriff Tom Grady would review", "states that when Rep. X came")
                add(base + m.start(), who[0][1], _resolve(art, who[0][2], who[0][0]), "named",
                    _named_reason(who[0][2], who[0][2], m.group('verb')))
        # 4. a named organisation or country says / found / rated
        for m in (_ORG_SAYS.finditer(chunk) if whole.may_match_at(_ORG_SAYS, k) else ()):
            if chunk[m.end("speaker"):m.start("verb")].strip() == "," and not chunk[:m.start("speaker")].endswith(", "):
                continue  # (", said" only ends an apposition, "The drug maker, Northwind Pharmaceuticals, said"; not "for Texas, said X")
            name = m.group("speaker")
            words = name.split()
            while words and words[0] in _SKIP_LEAD:
                words = words[1:]
            name = re.sub(r"\s+(?:Inc|Corp|Ltd|Co|LLC|plc)\.?$", "", " ".join(words))
            if (wide := org_start(chunk, m.end("speaker") - len(name), m.end("speaker"))) is not None:  # ("the Embassy of
                name, words = chunk[wide:m.end("speaker")], chunk[wide:m.end("speaker")].split()  # Japan in Washington said")
            acronym = re.fullmatch(r"[A-Z]{2,6}", name) is not None and name not in ("AM", "PM", "TV", "OK") \
                and not (len(name) == 2 and re.search(r"[a-z],\s+$", chunk[:m.start("speaker")]))  # ("Johnson, VT said": a state)
            company = re.search(r"\s(?:Inc|Corp|Ltd|Co|LLC|plc)\.?$", m.group("speaker")) is not None
            head = name.split(" of ")[0]
            if head != name and ((who := _people_in(head, 0, [])) and who[0][2] == head
                                 or re.fullmatch(r"[A-Z][\w’'-]+", head) and len(_resolve(art, head, base + m.start()).split()) > 1):
                # "Edward Warner of Civil Aviation Authority said", "Soeung Saroeun of the CCC said": the person speaks
                at = base + m.start("speaker") + m.group("speaker").find(head)
                add(at, base + m.end("verb"), _resolve(art, head, at), "named", _named_reason(head, head, m.group('verb')))
                continue
            if (p := [p for p in people_in_text(text) if base + m.start("speaker") < p[0] and p[1] == base + m.end("speaker")
                      and (any(w.rstrip(".,") in JOB_TITLES for w in text[base + m.start("speaker"):p[0]].split())
                           or text[:p[0]].rstrip().endswith(("’s", "'s")))
                      and not _RELATION_OF.search(chunk, 0, m.start("speaker"))]):  # (not "Aides to Mayor Linda Cho said")
                add(p[0][0], base + m.end("verb"), _resolve(art, p[0][2], p[0][0]), "named", _named_reason(p[0][2], p[0][2], m.group(
                    "verb")))  # ("Director of Research Paul Amberg said": the person after the office's field)
                continue
            if DEMONYM_ROLE.fullmatch(name or "") and name not in STATES and not is_org(name):
                continue  # "the Spaniard said": a person by their nationality (read with the people above), no body
            if not name or not (is_org(name) or name in STATES or acronym or company
                                or _lone_name(art, name) and not _in_place_of_body(chunk[:m.start("speaker")])):  # (not "in Brussels")
                continue  # ("NASA said", "WHO warned": an organisation known by its initials)
            joint = _FROM_END.search(chunk, 0, m.start("speaker") + m.group("speaker").find(words[0])) \
                or _FROM_LIST_END.search(chunk, 0, m.start("speaker") + m.group("speaker").find(words[0]))
            if joint and _GROUP_OF.search(chunk, max(0, joint.start() - 40), joint.start()):
                continue  # "representatives from Iran acknowledged": the unnamed group speaks (a vague cue), not Iran
            who = _people_in(chunk[max(0, joint.start() - 80):joint.start()], base + max(0, joint.start() - 80), []) if joint else []
            if who and not chunk[who[-1][1] - base:joint.start()].strip() and not is_org(who[-1][2]):
                # "Maj. Gen. Ibrahima Dahirou Dembele from Mali highlighted": the person from there speaks
                add(who[-1][0], base + m.end("verb"), _resolve(art, who[-1][2], who[-1][0]), "named",
                    _named_reason(who[-1][2], who[-1][2], m.group("verb")))
                continue
            if (own := re.search(r"[’']s\s+(?P<p>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})$", name)) and not is_org(own.group("p")) \
                    and (len(own.group("p").split()) > 1 or len(_resolve(art, own.group("p"), base + m.start()).split()) > 1):
                at = base + m.start("speaker") + m.group("speaker").rfind(own.group("p"))  # "the World Bank's Kelly says"
                add(at, base + m.end("verb"), _resolve(art, own.group("p"), at), "named", _named_reason(own.group("p"), own.group("p"), m.group("verb")))
                continue
            if (there := person_in_place(art, base + m.start("speaker") + m.group("speaker").find(words[0]), name)):
                add(there[0], base + m.end("verb"), there[2], "named",  # "Shen in Shanghai said": Shen, where he is
                    _named_reason(text[there[0]:there[1]], there[2], m.group("verb")))
                continue
            add(base + (wide if wide is not None else m.start("speaker") + m.group("speaker").find(words[0])), base + m.end("verb"),
                name, "institution", f"{name} (an organisation or country) is given as the source")
        # "The ministry said the road would reopen", "the airline said in a statement": an organisation named by what it is
        for m in (_OWNED_DOC.finditer(chunk) if whole.may_match_at(_OWNED_DOC, k) else ()):
            owner = m.group("a") or m.group("b") or m.group("c")
            if owner.split()[0] in _SKIP_LEAD or owner.lower() in _CALENDAR or _DEMONYM.fullmatch(owner):
                continue  # ("an American report": a nationality names no owner)
            add(base + m.start(), base + m.end("verb"), f"{owner} {m.group('doc')}", "institution",
                f"{owner}’s {m.group('doc')} (the document of an organisation a reader can look up) is given as the "
                f"source (“{m.group('verb')}”)")
        for m in (_POLICE_SAY.finditer(chunk) if whole.may_match_at(_POLICE_SAY, k) else ()):
            # "…, police said." "but state police said": the force of the place reported on, as "according to police"
            add(base + m.start(), base + m.end("verb"), "police", "institution",
                "the police: a force a reader can contact")
        for m in (_ROLE_SAYS.finditer(chunk) if whole.may_match_at(_ROLE_SAYS, k) else ()):
            role = m.group("speaker")
            if not is_role(role) or not _CLAUSE_START.search(chunk, max(0, m.start() - 40), m.start()) \
                    or re.search(r"\b(?:study|report|paper|survey|article|analysis|letter|journal|editorial|poll|audit|review)\b", role, re.I) \
                    and not re.match(r"said|says|stated|announced|reported|concluded", m.group("verb")):
                continue  # ("The study found": which study? the document cues read it, not a body's)
            if is_unnamed_person(role):
                if (earlier := role_antecedent(art, role, base + m.start())):
                    # "Prime Minister Hun Sen … The prime minister says": the one person named with that job
                    add(base + m.start(), base + m.end("verb"), earlier, "named",
                        f"{role} is {earlier}, named before with that job (“{m.group('verb')}”)")
                elif (intro := unnamed_antecedent(art, role, base + m.start())) is not None:  # ("a senior official … the official said")
                    add(base + m.start(), base + m.end("verb"), intro or role, "vague", f"{role}: {intro or 'someone'} introduced before, never named")
                continue
            add(base + m.start(), base + m.end("verb"), role, "institution",
                f"{role} (an organisation) is given as the source (“{m.group('verb')}”)")
        for m in (_STATEMENT_FROM.finditer(chunk) if whole.may_match_at(_STATEMENT_FROM, k) else ()):
            who = _people_in(chunk[m.end():], base + m.end(), [])
            # (not the end of an organisation's name: "from the Treasury Department's Office of Foreign Assets Control")
            if who and who[0][0] - (base + m.end()) < 60 and not is_org(text[base + m.end():who[0][1]].strip()) \
                    and not _RELATION_OF.search(text, base + m.end(), who[0][0]):  # ("from the family of Gregory Lamb")
                add(base + m.start(), who[0][1], who[0][2], "named",
                    f"a statement credited to {who[0][2]}, who is named")
        according_sources(art, k, whole, add)
        document_sources(art, k, whole, add)
        body_sources(art, k, whole, add)
        out.append(tuple(found))
    _CACHE.pop(next(iter(_CACHE))) if len(_CACHE) >= 64 else None  # (the oldest article's out, past 64)
    _CACHE[key] = tuple(out)
    return _CACHE[key]


_PERSON_TEXT, _PERSON_SAYS = map(quick, (_PERSON_TEXT, _PERSON_SAYS))  # searched most: behind a look-ahead (_prefilter.quick)
