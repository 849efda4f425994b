"""Introduced quotes: an unattributed quote whose speaker the sentence just before it introduces.

Profiles and features set up a speaker in one sentence and quote them in the next with no credit of their own
("Kim says she is most proud of her daughters. “I am excited …”"; "… is something Hal Maring, NASA Earth Science
Division scientist, experienced. “…”") (Bell 1991, *The Language of News Media*, ch. 10: the quote follows the
sentence that sets up its speaker). :func:`introduced` reads that layout for
:func:`~medialit.analysis.quotes.find_quotes` and answers only when one person fits.
"""

from __future__ import annotations

import re

from ._prefilter import quick
from ._text import NAME, is_org, sentence_at, surname
from .context import _LEAD_IN, _NOT_JOB, _known_surname, _opening
from .issuers import subject_group
from .names import JOB_TITLES, _NICKNAME_IN_NAME, _people_in, people_in_text, person
from .speakers import resolve_pronoun
from ..corpus.tables import Article


# a few capitalised words in marks, ending in no full stop: a title ("Breaking Into Comics,"), never anyone's words
_TITLE_LIKE = re.compile(r"(?:[A-Z][\w’'\-]*|of|the|and|a|an|in|on|to|for|with)(?:\s+(?:[A-Z][\w’'\-]*|of|the|and|a|an|in|on|to|for|with)){0,5},?")


def introduced(art: Article, para, span: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The speaker of an unattributed quote that a sentence before introduces (:func:`_introduced`), or, for a release's
    first quote, in the first person, the one person its lede is about (:func:`lede_speaker`): ``(name, why)`` or None."""
    return _introduced(art, para, span, quotes) or lede_speaker(art, para, span, quotes) or paragraph_subject(art, para, span, quotes) \
        or joint_release(art, para, span, quotes)


def joint_release(art: Article, para, span: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The speakers of a paragraph's first quote when a sentence before it, in the paragraph, says joined people released a
    statement ("Today, Representatives A, B, and C released a statement urging …. This call follows a report …."As we
    continue …""), nobody is named after that sentence and the quote never speaks as "I": ``(names, why)``, else None
    (a release run together by a scrape prints the statement right after its lede; Bell 1991, ch. 10)."""
    text = art.text
    if any(para.start <= a < span[0] for a, _ in quotes) or _FIRST_PERSON.search(text, span[0], span[1]):
        return None
    sent = next((x for x in reversed(para.sentences) if x.end <= span[0] + 1 and _RELEASED_TOGETHER.search(x.text)), None)
    if sent is None or _people_in(text[sent.end:span[0]], sent.end, []):
        return None
    rel = _RELEASED_TOGETHER.search(sent.text)
    names = [n for n in _people_in(sent.text, sent.start, []) if n[1] <= sent.start + rel.start()]
    group = subject_group(art, names, sent.start, sent.start + rel.start(), lambda a, n, at: person(n))
    if not group or " and " not in group[0] or not _LEDE_LEAD.fullmatch(text, sent.start, group[1]):
        return None
    return group[0], "the paragraph says they released a statement together, and names nobody after"


# the paragraph's first sentence opens with a person's name, what they do set beside it, then their verb
_SUBJECT_OPENS = re.compile(r"(?:,\s+[^“”\"]{2,160}?,)?\s+(?:(?:also|now|still|then)\s+)?(?-i:[a-z]+(?:s|ed))\b")


def paragraph_subject(art: Article, para, span: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The speaker of an unattributed first-person quote inside a paragraph about one person: the paragraph opens with
    their name as the subject ("Alec Permison, Applications Manager at the U.S. Census Bureau, works on apps …. A major
    challenge is …. “We want an app that’s slick …”"), names nobody else and quotes nobody before: ``(name, why)``, or
    None (Bell 1991, ch. 10: a profile's paragraph sets up its subject, then quotes them)."""
    text = art.text
    if not para.sentences or para.sentences[0].end > span[0] or any(para.start <= a < span[0] for a, _ in quotes) \
            or not _FIRST_PERSON.search(text, span[0], span[1]) and not _WE.search(text, span[0], span[1]):
        return None
    named = _people_in(text[para.start:span[0]], para.start, [])
    first = para.sentences[0]
    if len({surname(n) for _, _, n in named}) != 1 or not _LEDE_LEAD.fullmatch(text, first.start, named[0][0]) \
            or not _SUBJECT_OPENS.match(text, named[0][1]) or named[0][1] > first.end:
        return None
    return person(named[0][2]), "the paragraph is about them: it opens with their name, names nobody else and quotes nobody before"


# a dateline, then an opener and a title before the subject's name: "JACKSON – U.S. Senator ", "WASHINGTON, D.C. – Today, Rep. "
_LEDE_LEAD = re.compile(r"\s*(?:[A-Z][\w.,’' ]{1,40}?\s?[–—-]+\s*)?(?:(?:Today|Yesterday|This\s+\w+|On\s+\w+),?\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}")
# after the name: a degree, a party tag or a description, then a verb ("(R-Tenn.) sent", ", R-Miss., hosted", " today announced",
# ", M.D. (R-Kansas), joined")
_LEDE_VERB = re.compile(r"(?:,\s+(?:M\.D\.|Ph\.D\.|Jr\.|Sr\.))?(?:\s*\([^()]{1,20}\),?|,\s+[RDI]-[A-Z][\w.]*,|,\s+(?:an?|the)\s+[^,“”\"]{3,80},)?(?:\s+(?:today|yesterday|also|again))?"
                        r"\s+(?-i:[a-z]+(?:ed|ent|ote|eld|ade|ook|ave))\b(?!\s+by\b)")
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']ll|me|my|myself)\b")
_WE = re.compile(r"\b(?:[Ww]e|[Ww]e[’'](?:re|ve|ll)|[Oo]ur|us)\b")
_JOINT_STATEMENT = re.compile(r"\s+(?:today\s+|also\s+)?(?:released|issued|put\s+out|made)\s+(?:a|the|their)\s+joint\s+statement\b")
_RELEASED_TOGETHER = re.compile(r"\s+(?:today\s+|also\s+)?(?:released|issued|put\s+out|made)\s+(?:a|the|their)\s+(?:joint\s+)?statement\b")
_SPOKE = re.compile(r"\b(?:said|says|stated|added|noted|remarked|commented|welcomed|praised|thanked|told|spoke)\b|[“”\"]|:\s*$")


def _heading_line(p) -> bool:
    """Whether paragraph ``p`` is a headline-like line (25 words at most, no closing full stop): no lede, no one's words."""
    return len(p.text.split()) <= 25 and not re.search(r"[.!?…][”\"’']?\s*$", p.text)


def lede_speaker(art: Article, para, span: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The one person a release's lede is about ("JACKSON – U.S. Senator Roger Wicker, R-Miss., hosted a roundtable …"),
    for its first quote when that quote is a paragraph of its own, speaks in the first person ("I thank every panelist
    who joined me") and nothing between names anyone else speaking: ``(name, why)``; None otherwise (a quote after
    someone else's words, a lede about two people, a quote in the third person). Two people joined as the lede's subject
    ("Speaker Johnson and Leader Thune released a joint statement …") speak together when the quote speaks as "we" and
    nobody else speaks in between: ``("Johnson and Thune", why)``. Releases print the member's own words so, with no
    credit (Bell 1991, *The Language of News Media*, ch. 10: the lede sets up who the story is about)."""
    text = art.text
    if text[para.start:span[0]].strip() or text[span[1]:para.end].strip():
        return None
    joint = _WE.search(text, span[0], span[1])  # (a joint statement speaks as "we": "Speaker X and Leader Y released a joint statement")
    if not joint and not _FIRST_PERSON.search(text, span[0], span[1]):
        return None
    before = art.paragraphs[:para.n - 1]
    if any(p.start <= a < p.end for p in before if not _heading_line(p) for a, _ in quotes):
        return None  # (someone was quoted before: the quote may go on from them; a headline-like line in marks is no one's)
    lede = next((p for p in before if not _heading_line(p) and p.sentences), None)
    if lede is None:
        return None
    first = lede.sentences[0]
    people = _people_in(first.text, first.start, [])
    between = [s for p in before[before.index(lede):] if not _heading_line(p) for s in p.sentences if s.start >= first.end]
    if not people or not _LEDE_LEAD.fullmatch(text, first.start, people[0][0]):
        return None
    if joint and (said := _JOINT_STATEMENT.search(first.text)):  # (the joined people who made it: "Johnson and Thune")
        group = subject_group(art, [p for p in people if p[1] <= first.start + said.start()], first.start, first.start + said.start(),
                              lambda a, n, at: person(n))
        if not group or " and " not in group[0] or any(_SPOKE.search(s.text) and _people_in(s.text, s.start, []) for s in between):
            return None
        return group[0], "the release's first quote, in the first person plural, after a lede about their joint statement"
    if not _FIRST_PERSON.search(text, span[0], span[1]) or not _LEDE_VERB.match(text, people[0][1]) \
            or len(people) > 1 and re.fullmatch(r"\s*(?:\([^()]{1,20}\))?,?\s*and\s+(?:[A-Z][\w.’'-]*\s+){0,3}", text[people[0][1]:people[1][0]]):
        return None  # (two people joined as the subject: whose words, the lede does not say)
    if any(_SPOKE.search(s.text) and any(surname(n) != surname(people[0][2]) for _, _, n in _people_in(s.text, s.start, [])) for s in between):
        return None  # ("Mayor Ana Ruiz welcomed the grant.": someone else may be the one who goes on)
    return person(people[0][2]), "the release's first quote, in the first person, after a lede about them alone"


def _introduced(art: Article, para, span: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The speaker of an unattributed quote that opens a sentence right after a sentence about one
    person: "Kim says she is most proud of her daughters. “I am excited …”" or, when the quote is a
    paragraph of its own, after a paragraph that ends with such a sentence ("Wendy Bereda started on
    the DC-8 in 1999. …" then a paragraph “Through the years, I’ve …”). Profiles and features introduce
    a quote this way (Bell 1991, ch. 10: the quote follows the sentence that sets up its speaker).
    Only when nobody is quoted earlier in the paragraph, that sentence holds no quote, opens with the person's name (after a few job words) or
    with he/she, and names nobody else: ``(name, why)``, else None."""
    text = art.text
    sent = sentence_at(art, span[0])
    if sent is None or text[sent.start:span[0]].strip():
        return None
    if re.match(r"[“\"‘']?(?:He|She|His|Her)\s", text[span[0]:span[1]]):
        return None  # "Marta Kos was found dead. “She was a kind neighbour …”": words about the person, by someone else
    # someone was quoted earlier in the paragraph: the quote may be theirs, or not, unless the sentence just before
    # reports what one person said (below) (a panel's or a work's title in marks is no one's words: 'At the panel
    # "Breaking Into Comics," speakers shared …')
    earlier = any(para.start <= a < span[0] and not _TITLE_LIKE.fullmatch(text[a:b].strip("“”\"‘’' ")) for a, b in quotes)
    sentences = own = [s for s in para.sentences if s.end <= span[0]]
    if not sentences:
        if text[span[1]:para.end].strip() or para.n < 2:
            return None  # the quote opens its paragraph: only a paragraph that is just the quote
        prev_para = art.paragraphs[para.n - 2]
        if any(prev_para.start <= a < prev_para.end for a, _ in quotes) or not prev_para.sentences:
            return None
        if len(prev_para.text.split()) <= 8 and not re.search(r"[.!?…]\W*$", prev_para.text):
            return None  # a subheading ("Homeland Security") is about a topic, and no one's introduction
        sentences = prev_para.sentences
    prev = sentences[-1]
    chunk = text[prev.start:prev.end]
    if re.search(r"[“”\"]", _NICKNAME_IN_NAME.sub(" ", chunk)):  # (a nickname in a name is no quote)
        return None
    # (names in brackets are works or characters set beside a person: "Jenn St-Onge (Nancy Drew, Jem) told of …")
    brackets = [(prev.start + b.start(), prev.start + b.end()) for b in re.finditer(r"\([^()“”\"]*\)", chunk)]
    names = _people_in(chunk, prev.start, brackets)
    if earlier:  # (after others' quotes, only "Ratcliffe, who …, said the testimony reinforced …. “…”": the one
        # person whose words the sentence reports goes on in their own)
        subject = _REPORTED_SUBJECT.match(chunk)
        if not subject or len({surname(n) for _, _, n in names} | {subject.group("s")}) > 1:
            return None
        full = [n for s, _, n in people_in_text(text) if s < prev.start + subject.end() and surname(n) == subject.group("s")]
        return (max(full, key=len), "the sentence before the quote reports what they said") if full else None
    said = _SAID_END.search(chunk) or _SAID_MID.search(chunk)
    who = said and (said.group("who") or said.group("who2") or said.groupdict().get("who3"))
    if who and not re.match(r"(?:He|She|They|It)\b", who):
        # "Sometimes heroics were needed to save the day, Hobbs said. “During …”": the person just quoted
        # in reported speech goes on in direct speech
        if len({surname(n) for _, _, n in names} | {surname(person(who))}) == 1 and not is_org(who):
            full = [n for s, _, n in people_in_text(art.text) if s < prev.start and surname(n) == surname(person(who))]
            return max(full + [person(who)], key=len), "the sentence before the quote reports what they said"
        return None
    view = False
    if len({surname(n) for _, _, n in names}) > 1:
        # ("Another expert, Bong Young-shik from the Asan Institute, doubts the commitment made by Kim Jong-Un.": the
        # subject holds a view, the others are in what the view is about)
        spoken_of = all(re.search(rf"\b{re.escape(surname(n))}\b", text[span[0]:span[1]]) for _, _, n in names[1:]
                        if surname(n) != surname(names[0][2]))
        if _LEAD_IN.fullmatch(text[prev.start:names[0][0]]) and spoken_of:
            names, view = names[:1], "spoken of"  # "Congressman Dent thanked Rep. Payne …. “… because of Representative
            # Payne …”": the quote speaks of the others in the third person, so it is the subject's
        elif not (_LEAD_IN.fullmatch(text[prev.start:names[0][0]]) and _VIEW_AFTER.match(text, names[0][1])):
            return None
        else:
            names, view = names[:1], True
    if (end := _FOR_END.search(chunk)) and re.match(r"[“\"‘']?(?:I|My)\b", text[span[0]:span[1]]) \
            and all(n[2].endswith(end.group("s")) for n in names) \
            and (full := [n for st, _, n in people_in_text(text) if st < prev.start + end.start("s") and surname(n) == end.group("s")]):
        # "The campaign name of Artemis also has special meaning for Whitehead. “I have a twin sister …”": the
        # one person the sentence ends on, for whom something matters, then speaks as "I"
        return max(full, key=len), "the sentence before the quote ends on them, and the quote speaks in the first person"
    if not names and (known := _known_surname(art, chunk, prev.start)):
        names = [known]  # "Brockett recalled his 2009 flight …": a surname the article gave in full before
    # (perhaps after an opening phrase: "Where the sunlight is less, he envisions a future …. “…”")
    # (only in the quote's own paragraph: a paragraph of its own after one may be someone new's)
    pronoun = re.match(r"\s*(?P<p>He|She)\b", chunk) or sentences is own and \
        re.match(r"\s*[A-Z][^,“”\"]{0,60},\s+(?P<p>he|she)\s+[a-z]", chunk)
    if pronoun and not names:
        name, why = resolve_pronoun(art, prev.start + pronoun.start("p"), quotes)
        return (name, "the sentence before the quote is about them") if name else None
    if not names:
        return None
    s, e, name = names[0]
    lead = text[prev.start:s]
    # (or an opening phrase set off by commas, when the name is the subject of a verb: "Despite recent
    # flare-ups, Meservey voiced optimism that …")
    opening = _opening(lead) and re.match(r"\s+[a-z]+", text[e:e + 20])
    if not opening and not view and len(names) == 1 and _JOB_BESIDE.match(text, e) and sentences is own:
        # "… is something Hal Maring, NASA Earth Science Division scientist, experienced. “…”": the one person the
        # sentence introduces, with what they do beside the name, speaks next
        return person(name), "the sentence before the quote introduces them and what they do, and names nobody else"
    if not opening and (not _LEAD_IN.fullmatch(lead) or _NOT_JOB & set(lead.lower().replace(",", " ").split())):
        return None
    if _ACTED_ON.search(lead.rsplit(",", 1)[-1]) or _SHOWN.search(chunk):
        return None  # "The court fined Ana Ruiz …", "Judge Cole read aloud from the defendant's letter.": acted on, or
        # someone else's words shown, and the quote that follows is not theirs
    if re.match(r"[’']s\b", text[e:e + 2]) or re.match(r",?\s+and\s+(?:\w+\s+)?(?:other|fellow|several|\d+)\s", text[e:e + 30]):
        return None  # "Kim's team found …": the team is the subject, not Kim; "Crawford and other House members demand": a group
    return person(name), ("the sentence before the quote is about them, and the quote speaks of the others it names"
                          if view == "spoken of" else "the sentence before the quote gives their view of the others it names" if view else
                          "the sentence before the quote is about them, and names nobody else")


# the subject's verb of speech, after what is set beside the name: ", who introduced the bill earlier this year, said"
_REPORTS = re.compile(r"(?:,\s+(?:who|a|an|the)\s[^,“”\"]{1,200},)?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|noted|"
                      r"notes|explained|explains|stressed|emphasized|argued|argues|stated)\s+(?!(?:in|by|on|at)\b)(?:that\s+)?[a-z]")
# a sentence that opens with a person's surname (after a title: "Rep. Ratcliffe") and reports what they said
_REPORTED_SUBJECT = re.compile(r"\s*(?:[A-Z][\w’'.\-]*\s+){0,4}?(?P<s>[A-Z][\w’'\-]+)(?=" + _REPORTS.pattern + ")")
# a verb before the name: the person is acted on ("Police arrested activist Marco Bellini"), not the subject
_ACTED_ON = re.compile(r"\b(?!(?:retired|elected|appointed|unnamed|beloved|celebrated|acclaimed|renowned|noted|"
                       r"decorated|embattled|jailed|detained|exiled|wanted)\b)[a-z]{3,}ed\b|\b(?:fired|sued|hired|named|beat|met|"
                       r"told|asked|thanked|fined|arrested|charged)\b")
# someone else's words the sentence shows: a letter read out, a text, a law's wording, a ruling posted
_SHOWN = re.compile(r"\b(?:read|reads|quoted|quotes|cited|cites|showed|shows|posted|pointed\s+to)\b[^.!?“”\"]{0,80}?\b(?:letter|"
                    r"message|text|note|law|ruling|order|statement|report|post|sign|memo|e-?mail|opinion|bill|statute)\b")
# what a person does, set beside their name: ", NASA Earth Science Division scientist," (a job word ends it)
_JOB_BESIDE = re.compile(r",\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'.&-]+\s+){0,6}?(?i:"
                         + "|".join(sorted({w.lower() for w in JOB_TITLES if len(w) > 3}, key=len, reverse=True))
                         + r")\b[^,“”\"]{0,40},")
# a verb of holding a view right after the subject's name and what is set beside it ("Bong Young-shik from the Asan
# Institute, doubts")
_VIEW_AFTER = re.compile(r"(?:,[^,“”\"]{1,80},|\s+(?:from|of|at|with)\s+[^,“”\"]{1,80},)?\s+(?:also\s+|still\s+)?"
                         r"(?:doubts|doubted|believes|believed|thinks|argues|argued|warns|warned|worries|questions|questioned|"
                         r"disagrees|disagreed|insists|insisted|contends|contended|cautions|cautioned|suspects|"
                         r"(?:is|was|remains)\s+(?:skeptical|sceptical|doubtful|optimistic|pessimistic|confident|convinced))\b")
# ("… also has special meaning for Whitehead.": the sentence ends on a surname the article gave in full before)
_FOR_END = re.compile(r"\b(?:for|to)\s+(?:[A-Z][\w’'\-]+\s+)?(?P<s>[A-Z][\w’'\-]+)\.\s*$")
# "The challenge, according to Morris, is a lack of transparency. “…”", "And as long as …, Sun said, U.S.
# grievances …. “…”": the sentence before reports what one person thinks, inside it
_SAID_MID = re.compile(rf"\baccording\s+to\s+(?P<who>{NAME}),|,\s+(?P<who2>{NAME})\s+(?:said|says|added|adds|argued|"
                       rf"argues|noted|notes|explained|explains|believes|thinks),"
                       # ("what Gopalswamy calls a library of knowledge": the words are theirs)
                       rf"|\bwhat\s+(?P<who3>{NAME})\s+(?:calls|called|describes|described|terms|termed|dubs|dubbed)\b")
_SAID_END = re.compile(rf",\s+(?:(?P<who>{NAME})\s+(?:said|says|added|adds|explained|explains|recalled|recalls|noted|notes)"
                       rf"|(?:said|says|added|explained|recalled|noted)\s+(?P<who2>{NAME}))\.\s*$"
                       # ("Fitness was a big factor in that according to Kidston.")
                       rf"|\baccording\s+to\s+(?P<who3>{NAME})\.\s*$")


# the pattern searched most, behind a look-ahead on the characters its matches start with (same matches,
# found faster: _prefilter.quick)
_SAID_MID = quick(_SAID_MID)
