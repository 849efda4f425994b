"""Attribution: who the article says a claim comes from, and whether a reader could check it.

News writing credits claims to sources. A careful reader asks *who* each time:

``named``
    a person the article names ("explains Dr. Hamid Rezaei", "Mendes told the council").
``institution``
    a named organisation or its document ("the state Department of Transportation rated",
    "according to a staff report", "Israel has consistently underscored").
``vague``
    nobody a reader could look up: "Many in Basra acknowledge", "Diplomatic circles view",
    "Experts say", "officials reportedly", "some analysts", "According to organizers",
    "often highlighted in the media", or a passive with no one doing it ("is portrayed").

>>> a = find_attributions("mosul")
>>> a[a.kind == "vague"].cue.tolist()
['Community leaders and local government officials', 'forums have also highlighted', 'Diplomatic circles view', 'Mosul’s leadership is optimistic']
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ._prefilter import Parts, fold, quick
from ._text import NAME, ORG_WORDS, as_article, is_caption, is_org, _one_word_states, memo, rows, sentence_at, speaking_place, typed
from ..corpus.tables import Article
from .quotes import _resolve, find_quotes
from .sources import STATES, full_org, reported_sources  # ("the White House", "Macy's": bodies; "Corvane" for Corvane Industries)
from .names import _people_in
from .speakers import GROUP_SUBJECT as _GROUP_SUBJECT, LEAD_AND_OTHERS, is_role, is_unnamed_person
from .job_reference import joint_subject, role_antecedent
from .speaker_match import labelled
from .speech import _VERB
from .statements import DOC_NOUNS, statement_author
from ._vague_words import UNSPOKEN, _PEOPLE_WORDS
from .vague_pronouns import they_cues
from .vague import has_agent, has_one_agent, ANONYMOUS, PASSIVE, _CLAUSE_START, _HEAD_WORDS, _HEADS, _LOWER_WORD, _NOT_A_SOURCE, _VAGUE, _subject_matches

#: The three kinds of source, with what each means.
KINDS = {
    "named": "a person the article names", "institution": "a named organisation, country or document",
    "vague": "a source nobody could look up (a crowd, a circle, 'experts', or nobody at all)",
}

# (or the sentence before is about a group nobody names: "Here, researchers evaluated CT scans. They found …")
_OBJECT_OF = re.compile(r"\b(?:help|helps|helped|helping|let|lets|letting|allow|allows|allowed|allowing|enable|enables|"
                        r"enabled|enabling|make|makes|made|want|wants|wanted)\s+(?:[\w’'-]+\s+){0,2}$")
_THING_SOURCES = re.compile(r"\b(?:X-ray|x-ray|radio|point|light|energy|heat|water|food|power|data|gamma-ray|infrared|"
                            r"ultraviolet|emission|pollution|noise|ignition|protein|income|revenue|funding|open)\s+sources?\b")




# (no other participle in between: in "is thought to have been fueled by a black hole" the "by" is the claim's)
_BY_LATER = re.compile(r"(?:(?![a-z]+(?:ed|en)\b)[^.;]){0,60}?\bby\s+(?:one|a|an|some|many|several|the|his|her|their|[A-Z])")

#: Columns of :func:`find_attributions` (name -> dtype).
COLUMNS = {
    "article_id": "string", "paragraph": "int64", "sentence_id": "string", "text": "string",
    "cue": "string", "start": "int64", "end": "int64", "source": "string", "kind": "string", "reason": "string",
}


_ONE_CUE = len(_HEADS) - 1  # the subject cue of one unnamed person ("a reporter", "one village administrator")
_DOC_REASONS = ("reports, studies or estimates", "'estimates suggest'")
# the vague sources a quoted speaker cites that count as sources (dev, in quotes: 17 required, 5 optional, 3 not in the gold)
_SAID_IN_QUOTES = _DOC_REASONS + tuple(why.strip() for why in """people, outlets or polls nobody names|a share of unnamed people|an unnamed number of people|'study after study'|
    'concerns have been raised'|reports nobody names|news or reports nobody names|a report, poll, study or data nobody names|press reports that name no outlet|
    people nobody names hold this view|'there have been reports'|a number of people or groups|people heard, named only|'I am told' or 'we have been told'|'I read that' or 'we have heard that'|'many of you'|'according to'|reports or complaints nobody names|complaints nobody is named as making|a whistleblower nobody names|'according to a report'|
    reporting, documentation or analysis nobody names|words of people nobody names""".replace("\n    ", " ").split("|"))
# (and people named by what they are who told or reported it, with no "will" or "may": “Scientists tell us that”, not “People will think”)
_TOLD_IN_QUOTES = re.compile(r"^(?!.*\b(?:will|would|may|might|should|must|could|can)\b).*\b(?:tells?|told|says?|said|report(?:s|ed)?|complain(?:s|ed)?|claim(?:s|ed)?|warn(?:s|ed)?|shared|flagged|admitted|attributed|urged)$", re.S)
_DOC_HEAD = re.compile(r"\b(?:reports?|reporting|stud(?:y|ies)|surveys?|polls?|estimates|projections|forecasts|figures|accounts|rumou?rs|tallies|"
                       r"research|data|statistics|analysis|assessment|review|paper|memo|article|story|editorial|column)\b", re.I)
# a document's publisher after it: "A study in the journal Science found", "a study published in The Lancet"
_PUBLISHED_IN = re.compile(r"\s+(?:published\s+)?(?:in|by)\s+(?:the\s+)?(?:(?:journal|magazine|newspaper)\s+)?(?-i:[A-Z])")
# a document nobody named as a quote's speaker, with what it is about ("One review of scientific literature on COVID-19")
_DOC_SPEAKER = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,4}?" + DOC_NOUNS + r"\b(?!.*\b(?:by|from)\s+(?:the\s+)?[A-Z])")
_RELEASED = re.compile(r"\b(?:released|published|issued|conducted|commissioned|unveiled)\s+(?:the\s+(?:results|findings)\s+of\s+)?$")
_INFORMANT = re.compile(r"\b(?:whistle-?blowers?|informants?|insiders?|sources?)\b", re.I)  # (a speaker's unnamed source)
_SHARE_CUE = re.compile(r"(?:about|nearly|roughly|almost|over|more\s+than|just|only)?\s*(?:\d|one|two|three|four|half|a\s+(?:majority|plurality)|"
                        r"the\s+(?:vast\s+)?majority)", re.I)
_NOT_OWNERS = frozenset("""Some Many Most Recent New Other Several Early Initial Unconfirmed Conflicting Official Preliminary
    Latest Previous Earlier Further Local Independent Unofficial Various Numerous Few Certain Both Two Three Such These
    Those The A An One Another Media Press News Anecdotal Separate Past Prior Additional Other Multiple Countless
    But And While Although Though Yet So As If When Because Since After Before Still However Meanwhile Now Then Also""".split())
_ADJECTIVE_END = re.compile(r"(?:ed|ous|al|ive|ent|ary|ial|ic|ing|able|ible|ful|less|est|er)$")
_WITH_NAMED = re.compile(rf"{NAME}(?:\s+\([^()]{{1,20}}\))?\s+and\s+(?:his\s+|her\s+|their\s+)?$")  # (a party and state: "(D-Ore.)")
_WITH_NAMED_DESC = re.compile(rf"{NAME},\s+[^,“”\"]{{3,80}},\s+and\s+(?:his\s+|her\s+|their\s+)?$")  # ("Brandt, a professor, and her")
_NAMED_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:Yesterday|Today|Tonight|Meanwhile|However|Now|Then|Still|Instead|Later|Earlier|Recently|"
                           r"Last\s+\w+|This\s+\w+|[A-Z][a-z]+day)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,\s+(?:\d{1,3},\s+)?$")


# "Both analysts agree", "All three experts said", "the two scientists found": people the article has just named
# a sentence that ends by crediting what it says: "The gunman is believed to have acted alone, police said."
_CREDIT_END = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.&’'-]*\s+){0,5}(?:[a-z]+\s+)?(?:said|says|reported|told\s+\w+)"
                         r"(?:\s+[^,.;]{1,40})?[.!?]?\s*$|,\s+according\s+to\s+[^,;]{2,80}[.!?]?\s*$")
_BOTH_START = re.compile(r"(?i:both|all\s+(?:two|three|four|five|six))\s+(?:[\w-]+\s+)?[\w-]+s\b(?!\s+and\b)")
_BOTH_BEFORE = re.compile(r"\b(?i:both|all\s+(?:two|three|four|five|six))\s+(?:[\w-]+\s+)?$")


# a document nobody is named as the author of: "a recent report", "one new study"
_UNNAMED_DOCUMENT = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:new|recent|latest|separate|leaked|internal|confidential|"
                               r"draft|secret|preliminary|published)\s+){0,2}(?:report|study|survey|analysis|poll|audit|review|"
                               r"assessment|paper|memo|document)")

def _owned_document(chunk: str, m: re.Match) -> bool:
    """Whether the unnamed-document cue ``m`` names whose documents they are, by a capitalised word right
    before the head ("City figures show", "Council data suggest", "A Greenpeace analysis suggests"), not a
    quantity ("Some reports say"), or by where they were published ("a study in the journal Science found")."""
    head = _DOC_HEAD.search(chunk, m.start(), m.end())
    if not head:
        return False
    if _RELEASED.search(chunk, 0, m.start()):
        return True  # ("The JEC released a new analysis that finds", "TTP published the results of an investigation which found")
    if _PUBLISHED_IN.match(chunk, head.end()) or re.match(r"\s+(?:released\s+|published\s+|compiled\s+)?(?:by|from)\s+"
                                                           r"(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
                                                           r"August|September|October|November|December)\b)[A-Z]", chunk[head.end():]):
        return True  # ("figures from the Home Office show", "polling by Gallup found": whose they are, named)
    before = chunk[m.start():head.start()].split()
    if any(re.fullmatch(r"[A-Z][\w&.-]*[’']s", w) for w in before[:-1]):
        return True  # ("Shell's annual report shows": an owner before the document's adjective)
    word = before[-1] if before else (chunk[:m.start()].split() or [""])[-1]
    if re.search(r"[,;:.!?)”\"]$", word):
        return False  # ("On Saturday, reports said": the word before ends a phrase of its own)
    word = re.sub(r"[’']s?$", "", word)
    # (an adjective opening the sentence is no owner: "Unverified reports", "Previous studies"; nor a nation's: "A Danish study")
    # (an adjective's ending in a name is no adjective: "A Carnegie Endowment survey showed", "a Government report")
    return word[:1].isupper() and word not in _NOT_OWNERS and not re.fullmatch(r"[A-Z][a-z]+(?:ish|ese|ian|ican)", word) and (
        not _ADJECTIVE_END.search(word) or word in ORG_WORDS or len(before) >= 2 and before[-2][:1].isupper() and before[-2] not in _NOT_OWNERS)


@memo
def find_attributions(article: "str | Path | Article") -> pd.DataFrame:
    """Every attribution of a claim in an article: the words that credit it, and to whom.

    ``article`` is an id (``"mosul"``), an :class:`~medialit.corpus.tables.Article` or a path.
    One row per attribution (a sentence may have several); columns:

    ``article_id`` (string); ``paragraph`` (int64); ``sentence_id`` (string, e.g. ``mosul:p6:s2``);
    ``text`` (string): the whole sentence; ``cue`` (string): the words that attribute
    ("Diplomatic circles view"); ``start``, ``end`` (int64): where the cue is in the article text;
    ``source`` (string): who is credited, as written ("Dr. Hamid Rezaei", "the media", "nobody named");
    ``kind`` (string): ``named``, ``institution`` or ``vague`` (see :data:`KINDS`);
    ``reason`` (string): why, in plain words.

    >>> a = find_attributions("basra-forum")
    >>> a[["paragraph", "cue", "kind"]].values.tolist()[:3]
    [[3, 'explains Dr. Haneen Al-Maliki', 'named'], [5, 'are often highlighted in the media', 'vague'], [5, 'is strongly encouraged', 'vague']]
    """
    art = as_article(article)
    text = art.text
    found: list[dict] = []

    def add(start: int, end: int, source: str, kind: str, reason: str) -> None:
        for f in found:  # one row per cue: overlapping cues keep the first (most specific) one (but a hedge in a quote's credit is one of its own: "when he reportedly referred to them as “…”": says whom?)
            if start < f["end"] and f["start"] < end and not (kind == "vague" and _HEDGE.fullmatch(text, start, end) and f["kind"] != "vague"):
                if kind == f["kind"] == "vague" and start <= f["start"] and f["end"] < end and not _LOOSE_END.search(text, start, end):  # (the whole cue:
                    f.update(cue=text[start:end], start=start, end=end, reason=reason)  # "according to people familiar with the matter")
                return
        if re.search(r"\b(?:say|says|said)$", text[start:end]) and re.match(UNSPOKEN, text[end:end + 30]):
            return  # "Students said goodbye to their teachers": no claim
        if re.search(r"\b(?:found|finds|find)$", text[start:end]) and (sent := sentence_at(art, start)) \
                and _THING_FOUND.match(text, end) and not _FINDING.search(text, end, sent.end) \
                and not _RESEARCH.search(text, start, end):
            return  # "Rescuers found three survivors in the rubble": a thing found, no finding claimed
        if re.search(r"\b(?:report|reports|reported|reporting)$", text[start:end]) and _REPORTED_TO.match(text, end):
            return  # "Three nurses reported for duty", "Neighbors reported the fire to 911": no claim of theirs
        back = _CAPS_BACK.search(text, max(0, start - 60), start)  # (the name may begin before the cue: "Union of Concerned")
        if kind == "vague" and (caps := _CAPS_RUN.match(text, start)) and len(((back.group() if back else "") + caps.group()).split()) >= 2 \
                and is_org((back.group() if back else "") + caps.group()) and re.fullmatch(r"\s+(?:(?:has|have|had|also|\w+ly)\s+)*\w+", text[caps.end():end]) \
                and not re.match(r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+s\s+of\s|[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)\s)", caps.group()):
            # (only the verb after the name; not "Associates of Navalny", nor a nationality's media: "Iranian TV said")
            return  # "Doctors Without Borders said", "the Union of Concerned Scientists said": an organisation's name
        sent = sentence_at(art, start)
        if sent is None:
            return
        para = art.paragraphs[int(sent.id.split(":p")[1].split(":")[0]) - 1]
        found.append(dict(article_id=art.id, paragraph=para.n, sentence_id=sent.id, text=sent.text,
                          cue=text[start:end], start=start, end=end, source=source, kind=kind, reason=reason))

    # 1. direct quotes with a speaker
    quotes = find_quotes(art)
    # (the words of a quoted passage are its speaker's: a vague source inside it is not the writer's)
    quote_rows = list(rows(quotes))  # (read once, used twice)
    # (a short one too when someone is named as its speaker: "“Experts agree,” Dr. Lena Fischer said")
    spoken = [(int(q.start), int(q.end)) for q in quote_rows
              if q.kind == "quote" and (len(str(q.text).split()) >= 6 or not pd.isna(q.speaker) and len(str(q.text).split()) >= 2)
              and not _WRITTEN.fullmatch(str(q.verb))]  # (but a letter's own claims are its writers' cues: "…,” they wrote)
    for q in quote_rows:
        if not pd.isna(q.speaker) and pd.isna(q.speaker_start) and q.kind == "quote" and q.speaker[:1].isupper() \
                and not is_org(q.speaker) and not is_role(q.speaker) and (sent := sentence_at(art, int(q.start))):
            # "Fashion designer Mary Quant described Day to the BBC in 2002: “…”": the sentence that leads up to
            # the quote names its speaker, in words no pattern of speech reads
            lead = text[sent.start:int(q.start)]
            named = [m for w in (q.speaker, q.speaker.split()[-1]) for m in re.finditer(rf"\b{re.escape(w)}\b", lead)]
            if named and not re.search(r"[“”\"]", lead):
                cs = sent.start + min(m.start() for m in named)
                add(cs, sent.start + len(lead.rstrip(" :,—–-")), q.speaker, "named",
                    f"a direct quote credited to {q.speaker}: the sentence that leads up to it names them")
                continue
        if pd.isna(q.speaker) and not pd.isna(q.speaker_start) and not pd.isna(q.speaker_as_written) \
                and is_unnamed_person(q.speaker_as_written):
            q = q._replace(speaker=q.speaker_as_written)  # ("the official said", which of two unclear: still unnamed)
        if pd.isna(q.speaker) or pd.isna(q.speaker_start):
            continue  # nobody, or a speaker carried over from the previous paragraph (credited there)
        s, e = int(q.speaker_start), int(q.speaker_end)
        # the cue is verb + speaker in the order written
        verb = "" if pd.isna(q.verb) else q.verb
        # (perhaps after where they are from: "Ross Spano of Florida calling")
        after = re.match(r"(?:\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?[\s,]*(?:\w+ly\s+)?" + re.escape(verb),
                         text[e:e + 60]) if verb else None
        # (never past the speaker's sentence: "…, his office said.\n\nVice President Grace Obi, who led the talks, said")
        sent = sentence_at(art, s)
        lo, hi = (sent.start, sent.end) if sent else (max(0, s - 60), e + 160)
        # (the verb as written, perhaps capitalised: "Stated Congresswoman Elise Stefanik.")
        before = max((v.start() for v in re.finditer(re.escape(verb), text[max(lo, s - 60):s], re.I)), default=-1) if verb else -1
        before = before + max(lo, s - 60) if before >= 0 else -1
        # ("Grace Obi, who led the talks, said": the verb after a description, still in the sentence)
        later = text.find(verb, e, min(hi, e + 160)) if verb and not after and before < 0 else -1
        if not verb:  # a quote signed on a line of its own: "— Dr. Ana Ruiz, engineer"
            cs, ce = s, e
            while cs > 0 and text[cs - 1] in "—–- " and s - cs < 3:
                cs -= 1
            cs += len(text[cs:s]) - len(text[cs:s].lstrip())
            if (label := re.match(r"\s*(?:(?:A|The)\s+)?(?:Joint\s+)?(?:Statement|Remarks|Message)\s+(?:from|by)\s", text[lo:s])):
                cs = lo + len(label.group()) - len(label.group().lstrip())  # "Statement from President Biden: “…”"
        elif after:
            cs, ce = s, e + after.end()
        elif later >= 0:
            cs, ce = s, later + len(verb)
        elif before >= 0:
            cs, ce = before, e
        else:
            cs, ce = s, e
        if is_unnamed_person(q.speaker) or _UNNAMED_DOCUMENT.fullmatch(q.speaker) or _DOC_SPEAKER.match(q.speaker) \
                or re.fullmatch(r"(?:[Tt]he|[Aa])\s+(?:[a-z][\w-]*\s+)?(?:team|crew)", q.speaker):  # (whose team? nobody named)
            kind = "vague"  # ("a senior official", "According to a recent report, “…”": nobody a reader can look up)
        elif is_role(q.speaker) or is_org(q.speaker) and not speaking_place(q.speaker) and not LEAD_AND_OTHERS.match(q.speaker) \
                or q.speaker in STATES or re.fullmatch(r"(?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*[’']s", q.speaker) \
                or re.fullmatch(r"[Tt]he\s+(?:group|organi[sz]ation|company|firm|coalition|association|network)", str(q.speaker_as_written)) \
                or re.fullmatch(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:campaign|office)", q.speaker) \
                or re.fullmatch(r"(?:[Tt]he\s+)?[A-Z]{2,6}s?", q.speaker) or re.fullmatch(r"(?:(?:[Ss]tate|[Ff]ederal|[Cc]ity|[Cc]ounty|"
                                                                    r"[Ll]ocal)\s+)?police", q.speaker):
            kind = "institution"  # ("police said": the force speaks)
        elif (sent := sentence_at(art, int(q.start))) and any(  # ("A 2019 study in SSM-Population Health found that “…”")
                r["source"] == q.speaker and r["reason"].startswith("a document of") for r in reported_sources(art)[art.sentences.index(sent)]):
            kind = "institution"
        else:
            kind = "institution" if full_org(art.text, q.speaker) else "named"  # ("Corvane", the company named in full before)
        written = q.speaker if pd.isna(q.speaker_as_written) else q.speaker_as_written
        who = f"“{written}”, that is {q.speaker}" if written.split()[0] in ("he", "she", "He", "She", "I") else written
        add(cs, ce, q.speaker, kind, f"a direct quote credited to {who}"
            + (f", described as “{q.description}”" if not pd.isna(q.description) else "")
            + (": someone given only by what they are, not by name" if kind == "vague" else ""))
    for para in art.paragraphs:  # "X released the following statement", "a statement from X:"
        intro = statement_author(art, para, _resolve)
        if not intro and (lab := labelled(para.text)) and art.text[para.end:para.end + 4].lstrip()[:1] in "“\"":
            # "Steve Downer, Vice President, Amazon:" above a quoted paragraph: a label that names who speaks
            intro = (_resolve(art, lab.group("speaker"), para.start), para.start, para.start + lab.end("verb"), para.start)
        if not intro and (led := [q for q in quote_rows if q.paragraph == para.n + 1 and not pd.isna(
                q.speaker) and "previous paragraph introduces" in str(q.reason) and q.speaker.split()[-1] in para.text]) \
                and not any(f["paragraph"] == para.n and f["source"] == led[0].speaker for f in found) and not any(
                    r["source"] == led[0].speaker for k, x in enumerate(art.sentences) if para.start <= x.start < para.end
                    for r in reported_sources(art)[k]):  # (named there already: "Secretary Ruiz underscored")
            # "Senator Rachel Amundsen (R-ND):" above her quote: the label the quote's speaker was read from; or the
            # paragraph on who spoke above excerpts ("Secretary Ana Ruiz appeared on Weekend Report"): the name there
            who = led[0].speaker if led[0].speaker in para.text else led[0].speaker.split()[-1]  # (or the surname alone)
            at = para.text.rfind(who)
            end = len(para.text.rstrip()) if para.text.rstrip().endswith(":") else at + len(who)
            intro = (led[0].speaker, para.start + at, para.start + end, para.start + at)  # (from the name on)
        if intro:
            name, _, e, cs = intro
            add(cs if cs < intro[1] else intro[1], max(e, cs), name, "institution" if is_org(name) else "named",
                f"the paragraph introduces a statement by {name}, who is named")
    # each pattern runs only in the sentences that hold a word it needs (_prefilter: same matches)
    whole = Parts([fold(sent.text) for sent in art.sentences])
    reported = reported_sources(art)
    vague_todo = whole.todo([rx for rx, _, _ in _VAGUE])  # per sentence, the vague cues that may match there, in order
    # (a photo caption's first sentence says what the picture shows: "Hundreds of villagers protest …, Phnom Penh,
    # April 23, 2018. (Sun Narin | VOA Khmer)"; the sentences after it may make claims)
    captions = [(p.sentences[0].start, p.sentences[0].end) for p in art.paragraphs if p.sentences and is_caption(p.text)]
    for k, sent in enumerate(art.sentences):  # cues never cross a sentence boundary
        chunk, base = sent.text, sent.start
        # 2. vague cues
        if any(a <= base < b for a, b in captions):
            vague_todo[k] = []
        heads = not _HEAD_WORDS.isdisjoint(_LOWER_WORD.findall(chunk.lower())) or has_agent(chunk)
        one = heads or has_one_agent(chunk)  # the single-person cue's head: "one village administrator"
        low = chunk  # "Mourners said …", "Rebels said …": a plural noun capitalised only because it opens the sentence
        if (lead := _PLURAL_LEAD.match(chunk)) and _plural_noun(lead.group(1), text):
            low = chunk[:lead.start(1)] + lead.group(1).lower() + chunk[lead.end(1):]
        for i in vague_todo[k]:
            rx, why, subject = _VAGUE[i]
            if subject and not (heads or one and i == _ONE_CUE):
                continue
            if why is ANONYMOUS and any(f["kind"] == "vague" and base <= f["start"] < sent.end for f in found):
                continue  # "the sources said, speaking on condition of anonymity": one source, counted once
            w = 4 if i == _ONE_CUE else 6  # (one person: "A New York Times article described" is the paper's)
            for m in ((list(_subject_matches(rx, _HEADS[i], low, w)) or low is not chunk
                       and list(_subject_matches(rx, _HEADS[i], chunk, w)) or []) if subject else rx.finditer(chunk)):
                if why is PASSIVE and (_BY_LATER.match(chunk, m.end(), m.end() + 80) or _CREDIT_END.search(chunk, m.end())):
                    continue  # "was described as “insulting” by one union member", "is believed to …, police said": whom
                if subject and not _CLAUSE_START.search(chunk, max(0, m.start() - 40), m.start()) and not _REDUCED_RELATIVE.match(m.group()) \
                        and not (re.match(r"\s+(?:is|was|are|were|will|would|could|can)\b", chunk[m.end():])
                                 and not re.search(r"\b(?:they|we|you)\b", m.group(), re.I)) \
                        and not ((why.startswith("'the media'") or re.match(r"(?:some|many|most|several|others)\b", m.group(), re.I))
                                 and m.group().endswith("ing") and re.search(r"\bwith\s+$", chunk[max(0, m.start() - 6):m.start()])):
                    continue  # (a clause of "with" and an -ing verb is one too: "with industry publications reporting")
                if m.group()[:1].isupper() and (m.group().split()[0].lower() in _HEAD_WORDS or m.group().split()[0].endswith("s")) \
                        and re.search(r"\b[A-Z][\w’'.&-]*\s+(?:(?:of|for|and|on|to)\s+(?:the\s+)?)?$", chunk[max(0, m.start() - 30):m.start()]):
                    continue  # "The United Auto Workers union said", "The National Union of Journalists said": the end of a name
                if _NOT_A_SOURCE.match(chunk, m.end() - len(m.group().split()[-1])) \
                        or re.search(r"\bthan\s+$", chunk[max(0, m.start() - 6):m.start()]):  # ("denser than scientists expected")
                    continue
                if re.search(r",\s+(?:(?:Dr|Mr|Ms|Mrs|Prof|Sens?|Reps?|Gov)\.\s+|(?:Senators?|Representatives?)\s+)?[A-Z][a-z][\w’'-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]*(?![\w’'])[^,]*,",
                             m.group()) and _people_in(m.group(), 0, []):
                    continue  # "Two officials at the ministry, Dr. Nadia Hamdan and Dr. Karim Said, said": both named
                if _BOTH_START.match(m.group()) or m.group().split()[0].endswith("s") \
                        and _BOTH_BEFORE.search(chunk, max(0, m.start() - 24), m.start()):
                    continue  # "Both analysts agree", "All three experts said": the people the article just named
                if _OBJECT_OF.search(chunk, max(0, m.start() - 50), m.start()) and not why.startswith("words of people nobody") \
                        and not re.search(r"\b(?:which|that|who)\s+$", chunk[max(0, m.start() - 10):m.start()]):
                    continue  # "will help astronomers see", "lets the team know": the group is told or helped
                    # (but "made proclamations which analysts say could …": a new clause, the analysts speak)
                if (why.startswith(_DOC_REASONS) or why.startswith("one unnamed person")) and _owned_document(chunk, m) \
                        or why.startswith("a report, poll, study") and _RELEASED.search(chunk, 0, m.start()):
                    continue  # "City figures show", "Council data suggest": whose figures they are is named
                if re.match(r"(?:(?:his|her|their)\s+)?(?:colleagues|co-authors|co-workers)\b", m.group()) and (_WITH_NAMED.search(chunk, 0, m.start()) or _WITH_NAMED_DESC.search(chunk, 0, m.start())):
                    continue  # "Researcher Jana Novak and colleagues found": the named lead speaks for them
                if why.startswith("one unnamed person") and _NAMED_BEFORE.search(chunk, 0, m.start()):
                    continue  # "Chet, 41, a Canadian engineer who …, agreed": the person is named right before
                if _NOT_SAID.search(m.group()) or (beside := _NAME_BESIDE.search(m.group())) \
                        and beside.group(1) not in _one_word_states():  # (", Florida,": where they are)
                    continue  # "Officials did not say", "A company spokesman, John Reed, said": no claim, or a name
                if any(a <= base + m.start() < b for a, b in spoken) and not (why.startswith(_SAID_IN_QUOTES) or why.startswith(
                        ("people named only by what they are", "'some' people")) and _TOLD_IN_QUOTES.search(m.group())
                        or why.startswith("one unnamed person") and _INFORMANT.search(m.group())):  # (“a whistleblower revealed”)
                    continue  # “… threats from national and local leaders …”: the speaker's words, not a cue (but a
                    # speaker who cites reports, studies or the people who call their office cites sources: “Studies show …”)
                if _THING_SOURCES.search(chunk, max(0, m.start() - 30), m.end()):
                    continue  # "X-ray point sources close to the ORC": sources of light, not of news
                if (plural := re.match(r"[Tt]he\s+(?:\d+\s+)?((?:(?:two|three|four|five|six)\s+)?[A-Za-z][a-z]+s)\b", m.group())
                        or re.search(r"\b[Tt]he\s+$", chunk[:m.start()]) and re.match(r"()(?:\d+\s+)?((?:(?:two|three|four|five|six)\s+)?[A-Za-z][a-z]+s)\b", m.group())) \
                        and (named := role_antecedent(art, "the " + plural.group(plural.lastindex).lower(), base + m.start())):
                    # "Governors A and B wrote …. The governors also pointed out": the people named together ("The two
                    # senators wrote" counts the names; "The 12 senators", the named and their colleagues)
                    add(base + m.start(), base + m.end(), named, "named", f"“{plural.group()}” are {named}, named together before")
                    continue
                add(base + m.start(), base + m.end(), "nobody named", "vague",
                    why.replace("{cue}", m.group()) if "{cue}" in why else why)
        for a, b, why in they_cues(art, k, chunk, base, found, spoken):  # "Activists claim that …. They say …": still unnamed
            add(a, b, "nobody named", "vague", why)
        for m in _THEY_JOINT.finditer(chunk):  # "Senators A and B sent a letter. They concluded that …": both of them
            if (pair := joint_subject(art, base + m.start())):
                add(base + m.start(), base + m.end(), pair, "named", f"“They” are {pair}, named together as the subject before")
        # 3. a named person says / told / explained (indirect speech); 4. a named organisation or country
        # says / found / rated (sources.reported_sources: the same cues find_quotes consults)
        for r in reported[k]:
            add(r["start"], r["end"], r["source"], r["kind"], r["reason"])
    # "Prosecutor Ana Cruz said the man allegedly stole": the hedge is the named source's, not a claim of nobody's
    found = [f for f in found if not (f["kind"] == "vague" and _HEDGE.fullmatch(f["cue"]) and any(
        g["kind"] != "vague" and g["sentence_id"] == f["sentence_id"] and g["end"] <= f["start"]  # (not "he reportedly told")
        and _SAID_END.search(g["cue"]) and not re.search(r"[,;:—]", text[g["end"]:f["start"]]) for g in found))]
    # ("A Quinnipiac University poll found that 78 percent of voters support": the share is the named poll's finding)
    found = [f for f in found if not (f["kind"] == "vague" and _SHARE_CUE.match(f["cue"]) and any(
        g is not f and g["sentence_id"] == f["sentence_id"] and g["end"] <= f["start"]
        and re.search(r"(?i)\b(?:poll|polls|polling|survey|surveys|study|studies)\b", g["cue"]) for g in found))]
    # ("What supporters are saying:": a release's heading over named statements, no claim of its own)
    found = [f for f in found if not (f["kind"] == "vague" and _SAYING_HEADING.match(sentence_at(art, f["start"]).text))]
    # ("A 2023 GAO audit concluded": a named body's document, not nobody's)
    for f in found:
        if f["kind"] == "vague" and (own := _OWNED_DOC_CUE.match(f["cue"])):
            f.update(kind="institution", source=own.group("org"), reason=f"a document of {own.group('org')} (“{own.group('doc')}”)")
    # ("Experts, including Dr. Mara Quist of Lund Polytechnic, warn": one of them is named, whom a reader can ask)
    for f in found:
        if f["kind"] == "vague" and (inc := _INCLUDING.search(f["cue"])) \
                and (who := _people_in(text[f["start"] + inc.end():f["end"]], f["start"] + inc.end(), [])):
            f.update(kind="named", source=_resolve(art, who[0][2], who[0][0]), reason=f"{who[0][2]} is named among them")
    # ("Senators A and B wrote …. In their letter, the Senators expressed concern": the senators named before)
    for f in found:
        if f["kind"] == "vague" and (pl := _LEGISLATORS_CUE.match(f["cue"])) and text[:f["start"]].endswith(("the ", "The ")) \
                and (who := role_antecedent(art, "the " + pl.group(1), f["start"])):
            f.update(kind="named", source=who, reason=f"“the {pl.group(1)}” are {who}, named together before")
    found.sort(key=lambda f: f["start"])
    return typed(found, COLUMNS)


# "a few things attendees said they do": a relative clause with no "that", the people open it
_REDUCED_RELATIVE = re.compile(r"(?:few|some|several|main|key)\s+(?:things|tips|ideas|lessons|steps|points|reasons|practices|strategies)\s+"
                               r"(?-i:[a-z])", re.I)
_OWNED_DOC_CUE = re.compile(r"(?:An?|The|an?|the)\s+(?:(?:new|recent|latest|annual|\d{4})\s+)?(?P<org>[A-Z]{2,6})\s+"
                            r"(?P<doc>report|study|survey|poll|audit|review|memo|assessment|analysis|investigation)\b")
_INCLUDING = re.compile(r",\s+(?:including|among\s+them|such\s+as)\s")
_LEGISLATORS_CUE = re.compile(r"([Ss]enators|[Rr]epresentatives|[Ll]awmakers|[Ll]egislators|[Cc]ongress(?:wo)?men)\b")


_THEY_JOINT = re.compile(rf"\b[Tt]hey\s+(?:also\s+)?(?:{_VERB})\b")
_SAYING_HEADING = re.compile(r"\s*(?:Here\s+(?:is|are)\s+)?[Ww]hat\s+[^.:;“”\"]{1,60}?\s+(?:are|is|were)\s+saying"
                             r"(?:\s+about\s+[^.:;“”\"]{1,60})?\s*:\s*$")
_PLURAL_LEAD = re.compile(r"\s*[“\"‘']?([A-Z][a-z-]{2,}s)\b(?!\s+[A-Z])")
_NOT_SAID = re.compile(r"\b(?:did|does|do|would|will|has|have|had)\s*(?:\s+not|\s+never|n[’']t)\s+(?:say|said|comment|confirm|disclose|"
                       r"specify|elaborate|reveal|explain)\b"
                       r"|\b(?:declined|refused)\s+to\s+(?:say|comment|confirm|disclose|specify|elaborate|reveal)\b", re.I)
# a finding is a clause ("found that …", "found the pilot had been drinking"), not a thing found
_FINDING = re.compile(r":|\b(?:that|was|were|is|are|had|has|have|would|could|did|does|do|will|may|might|can|should|no\s+evidence|"
                      r"evidence|signs?|links?)\b")
# a thing found somewhere: "found three survivors in the rubble", "found the missing files in a locked cabinet"
_THING_FOUND = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|\d+|two|three|four|five|six|several|many)\s+)?(?:[\w’'-]+\s+){0,5}?"
                          r"(?:in|at|on|near|inside|under|beside|behind|outside|among|along)\s")
# (but research finds things: "Researchers studying old maps have found a second channel")
_RESEARCH = re.compile(r"\b(?:research\w*|scientists?|astronomers?|stud(?:y|ies)|team|survey|analysis|scholars?|reports?|audits?|reviews?|polls?|"
                       r"archaeologists?|biologists?|geologists?|physicists?|chemists?|economists?)\b", re.I)
_REPORTED_TO = re.compile(r"\s+(?:for\s+(?:duty|work|their\s+shifts?)|to\s+(?:work|duty|the\s+[\w’'-]+(?:[’']s)?\s+office|school|base"
                          r"|the\s+(?:[\w-]+\s+){0,2}(?:center|centre|office|station|hall|site|utility|police))|back\b"
                          r"|the\s+(?:[\w-]+\s+){0,4}?to\s+(?:911|police|authorities|the\s+\w+))")  # ("reported the fire to 911")
_CAPS_BACK = re.compile(r"(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the)\s+)*)+$")
_CAPS_RUN = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|Without)\s+)*)+[A-Z][\w’'&.-]*")
_NAME_BESIDE = re.compile(rf",\s+({NAME}),")
_SAID_END = re.compile(r"\b(?:said|says|say|told|tells|alleged|alleges|claimed|claims|charged|charges|stated|argued)$")
_HEDGE = re.compile(r"(?i:reportedly|allegedly|purportedly|supposedly)")
_LOOSE_END = re.compile(r"\b(?:on|in|at|of|for|to|from|by|with|about|the|a|an|and|or|that|which|who)$")  # (a longer cue ending on a small word, "by reports on", is no whole cue)
_WRITTEN = re.compile(r"wr(?:ote|ites?)|stat(?:es?|ed)|conclud(?:es?|ed)|continu(?:es?|ed)|reads?")  # (a letter's words)
_PEOPLE_SET = frozenset(_PEOPLE_WORDS)


def _plural_noun(word: str, text: str) -> bool:
    """Whether a capitalised word that opens a sentence is a plural noun for people ("Mourners", "Rebels"), not a
    name: its lower-case form is a word for people by what they are, and the article never writes it after
    another capitalised word ("Bernie Sanders")."""
    low = word.lower()
    return low in _PEOPLE_SET and not re.search(rf"[A-Z][\w’'.-]*\s+{word}\b", text)


# the patterns searched most, behind a look-ahead on the characters their matches start with (same matches, found faster: _prefilter.quick)
_NAMED_BEFORE, _DOC_HEAD = map(quick, (_NAMED_BEFORE, _DOC_HEAD))
