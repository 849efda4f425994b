"""Speakers from context: quotes whose speaker only the sentences around them make clear.

News and features often give a quote no attribution of its own: a second quote of the same speaker in
a paragraph, a quote right after a sentence about one person ("Kim says she is most proud of her
daughters. “I am excited …”"), a paragraph that is only a quote after one that quotes only that person,
a review quoted with the reviewer's name after it. Each function here reads one such layout (Bell 1991,
*The Language of News Media*, ch. 10) and answers only when one person fits; otherwise None.
"""

from __future__ import annotations

import re

import pandas as pd

from ._text import NAME, WORD_RE, is_org, sentence_at, surname
from .marks import quote_spans
from .labels import LINK_LABEL as _LINK_LABEL
from .names import OPENERS, _people_in, names_by_surname, people_in_text, person
from .antecedents import UNNAMED_CALLED as _UNNAMED_CALLED
from .speakers import _PLAYED_BEFORE, ORG_HEADS, resolve_name as _resolve, resolve_pronoun
from .speech import _OTHER_SPEAKS, _TEXT_NOUN, _VERB_RE
from .speech_verbs import OTHERS_WORDS, VIEW_OF
from .pronouns import first_name_pronoun, pronoun_for
from ..corpus.tables import Article


# a body that judges or speaks between two quotes: "It has also been criticized by the British Medical Association"
_JUDGED_BY = re.compile(r"\b(?:criticized|criticised|condemned|praised|described|called|accused|attacked|questioned|"
                        r"challenged|backed|endorsed|welcomed|opposed|rejected|denounced)\s+by\s+(?:the\s+)?"
                        r"(?P<org>[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'&-]*)+)")


def _same_speaker(art: Article, earlier: list[list[dict]], first: dict) -> str | None:
    """The speaker of an unattributed quote that follows, in the same paragraph, quotes of one person only, with nobody else named in
    between: “…,” said Ana Ruiz, the lead author. A paper is out. “If we find them …” (a second quote, no new attribution)."""
    said = [g[0].get("speaker") for g in earlier if not g[0]["title"]]
    if not said or None in said or len(set(said)) != 1:
        return None
    sent = sentence_at(art, first["span"][0])
    if sent and sent.start < first["span"][0] and re.search(r"\w", art.text[sent.start:first["span"][0]]) \
            and len(re.findall(r"\w+", art.text[slice(*first["inner"])])) < 5:
        return None  # a few words inside the writer's own sentence ("theorists have “wound back the clock”")
    last = earlier[-1][-1]
    prev_end = last["span"][1] + (last["m_after"].end() if last.get("m_after") else 0)
    between = art.text[prev_end:first["span"][0]]
    named = [n for s, e, n in people_in_text(art.text) if prev_end <= s and e <= first["span"][0]
             and not _PLAYED_BEFORE.search(art.text, max(0, s - 30), s)]  # (not a part someone plays: "the character Tasha Yar")
    if _UNNAMED_CALLED.search(art.text, max(0, first["span"][0] - 80), first["span"][0]) or any(surname(n) != surname(said[0]) for n in named) or any(
            is_org(o.group("org")) and o.group("org") != said[0] for o in _JUDGED_BY.finditer(between)):
        return None  # someone else is named in between, a person or a body ("criticized by the BMA …, saying “…”")
    if any(re.search(rf"(?:^|[.!?]\s+){re.escape(o)}\s+[a-z]", between.strip()) for o in {surname(n) for _, e, n in people_in_text(art.text) if e <= prev_end} - {surname(said[0])}):
        return None  # (or a sentence's subject, by the surname of someone named in full before: "Vale introduced the act. “…”")
    credit = named and re.fullmatch(r"[^.!?“”\"]*[.!?]?\s*", between)  # ("“…,” co-author Hana Ishikawa of Kyoto
    # University said. “…”": only the first quote's own credit in between, naming the one speaker)
    # (but "he" or "she" may go on speaking: "“…,” Peter Little told VOA. But he added that he hopes it will succeed. “…”")
    rest = [x for x in re.split(r"(?<=[.!?])\s+", between.strip()) if x]
    rest = rest[1:] if rest and (named or not _VERB_RE.search(rest[0])) else rest  # (less the first quote's credit)
    pronoun = rest and all(re.match(r"(?:(?:But|And|Yet|Still|Later|However|Now),?\s+)?(?:he|she)\s+[a-z]", x, re.I) for x in rest)
    if _VERB_RE.search(between) and not credit and not pronoun:
        return None  # someone speaks in between ("The administration accuses the Post of …")
    if any(w.group(1) != surname(said[0]) for w in VIEW_OF.finditer(between)):
        return None  # someone new holds a view in between ("But Omar strongly disagrees.", "Kessler praised the decision.")
    sent_after = sentence_at(art, first["span"][1] - 1)
    if sent_after and re.search(r"[^“”\"]*?\b(?:shouted|yelled|replied|answered|asked|said|says|added|called|told|wrote|posted|warned)\b",
                                art.text[first["span"][1]:sent_after.end]) and not re.match(r"\s*[“\"]", art.text[first["span"][1]:]):
        return None  # ("“Left!” his client, an American banker, shouted back": a credit of its own, someone else's)
    return said[0]


# words that may stand before the subject's name: "NASA engineer Wendy Bereda ...", "Today, Kim ..."
_LEAD_IN = re.compile(r"(?:(?:[A-Z][\w’'\-.]*|[a-z][a-z\-]+),?\s+){0,5}?$")
_OPENING_PHRASES = re.compile(r"(?:[^,“”\"]{1,80},\s+){1,3}")


def _opening(lead: str) -> bool:
    """Whether ``lead`` is opening phrases set off by commas, perhaps then a few job words before the name: "Asked what
    she misses most, astronaut " (Tamsin Achebe)."""
    m = _OPENING_PHRASES.match(lead)
    return bool(m) and (m.end() == len(lead) or bool(_LEAD_IN.fullmatch(lead[m.end():]))
                        and not _NOT_JOB & set(lead[m.end():].lower().split()))


_NOT_JOB = frozenset("""that which who when while after before because if as and or but so then than
    said says told with without by for from of in on at to into about against between despite will would can could should must may might shall
    asked met thanked interviewed praised criticized criticised questioned visited""".split())  # (verbs: the name is an object, "… will prevent President Obama from")


def _known_surname(art: Article, chunk: str, start: int) -> tuple[int, int, str] | None:
    """A sentence that opens with a surname the article gave in full earlier, perhaps after opening phrases set off
    by commas: ``(start, end, full name)``."""
    # (after opening phrases set off by commas: "Despite recent flare-ups, Meservey voiced …")
    # (or before an aside: "Trump, also on Twitter, defended his decision, “…”")
    for m in re.finditer(r"(?:^\s*|,\s+)(?P<s>[A-Z][\w’'\-]+)(?:\s+|,\s+[a-z][^,“”\"]{0,60},\s+)[a-z]", chunk[:240]):
        if m.start() and chunk[:m.start()].count(",") > 3:
            break
        full = [n for s, _, n in people_in_text(art.text) if s < start and surname(n) == m.group("s")]
        # (or given in full only later, one person: a photo caption that opens a profile, "Fisher stands in front of …")
        later = {n for s, _, n in people_in_text(art.text) if s >= start and surname(n) == m.group("s") and len(n.split()) > 1}
        full = full or (list(later) if len(later) == 1 and not m.start() else [])
        if full:
            return start + m.start("s"), start + m.end("s"), max(full, key=len)
    return None


def _only_quotes(art: Article, para, spans: list[tuple[int, int]]) -> bool:
    """Whether a paragraph holds nothing but quoted words (an interview answer given as its own paragraph)."""
    text = art.text
    rest, at = [], para.start
    for s, e in spans:
        rest.append(text[at:s])
        at = e
    rest.append(_LINK_LABEL.sub("", text[at:para.end]))  # (a link after the excerpt: "“…” (Watch)")
    return bool(spans) and not re.search(r"\w", "".join(rest))


# someone else's words that a person keeps, quotes or shows: "a line from", "a sign on", "a motto by"
_WORDS_FROM = re.compile(r"\b(?:line|lines|verse|passage|quotation|motto|proverb|slogan|sign|poster|banner|inscription)\s+"
                         r"(?:from|by|of|on|in)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_QUOTING = re.compile(r"\b(?:quot\w*|cit\w+|recall\w*|reads?|repeat\w*|echo\w*|paraphras\w*|remember\w*|words?|message|letter|"
                      r"post|posts|posted|tweet\w*|wrote|writes|told|tells|asked|asks|said|says|statement|remarks)\b")
_ACCORDING_LEADS = re.compile(rf"\s*According\s+to\s+(?:(?:[A-Z][\w.]*|[a-z]+)\s+){{0,3}}?(?P<who>{NAME}),")
_ORG_LEADS = re.compile(r"\s*(?:[^,“”\"]{1,80},\s+){0,2}?(?:[Tt]he\s+)?(?P<org>(?:[A-Z][\w’'\-&.]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)"
                        r"{0,6}[A-Z][\w’'\-&.]*)\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\b")
_PRONOUN_LEADS = re.compile(r"(?:(?:In|On|At|During|After|Later|Then)\b[^,“”\"]{0,40},\s+|(?P<clause>(?:When|While|As|Since|Before|Once)"
                            r"\s+[^,“”\"]{0,60},\s+))?(?P<p>[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?"
                            r"(?:also\s+)?[a-z]+(?:ed|s)\b")


def first_person_subject(art: Article, span: tuple[int, int], inner: str, quotes: list[tuple[int, int]]) -> str | None:
    """The speaker of a partial quote in the first person inside a sentence about one person: "Keyow doesn’t
    worry “about attacks against me because I do not say anything,” but he laments the repression" (the
    "me" and "I" are the subject's own words). Only when the sentence opens with that person (a name, or a
    surname the article gave in full) after a few job words, names nobody else before the quote, and the
    quoted words say I, me or my, or the sentence leads up to them with a colon ("Omar imagines that
    reputation restored: “If this place was stable …”"): the name, else None."""
    text = art.text
    if not _FIRST_PERSON.search(inner) and not text[max(0, span[0] - 3):span[0]].rstrip().endswith(":"):
        return None
    sent = sentence_at(art, span[0])
    if sent is None or not text[sent.start:span[0]].strip():
        return None
    chunk = text[sent.start:span[0]]
    if _WORDS_FROM.search(chunk) or chunk.rstrip().endswith(":") and OTHERS_WORDS.search(chunk):
        return None  # "Gwen Mathers keeps a line from “Charlotte's Web” above her desk: “…”": the book's words
    names = _people_in(chunk, sent.start, [])
    if chunk.rstrip().endswith(":") and (acc := _ACCORDING_LEADS.match(chunk)) and len(names) <= 1 \
            and not _VERB_RE.search(chunk, acc.end()) and not _TEXT_NOUN.search(chunk, acc.end()):
        # (not when someone else speaks or a text is quoted after it: "According to police, the suspect told
        # officers: “…”", "According to prosecutor Ana Costa, the diary contained a chilling line: “…”")
        # "According to U.S. Attorney Bash, the manifesto could strengthen the case: “…”": the one it cites
        return _resolve(art, acc.group("who"), sent.start + acc.start("who"))
    if chunk.rstrip().endswith(":") and (org := _ORG_LEADS.match(chunk)) and is_org(org.group("org")) \
            and (" " in org.group("org") or org.group("org").isupper()) \
            and all(sent.start + org.end("org") <= n[0] for n in names):
        # "In a statement released after the attack, the United States Department of Defense justified the
        # strike … as “defensive”: “…”": the body that is the subject speaks
        return org.group("org")
    if any(sent.start <= a < span[0] and len(text[a:b].split()) > 2 for a, b in quotes):
        return None  # (a word or two in marks before is a term: "her “passion” for the hobby “stemmed through my …”")
    if names and (known := _known_surname(art, chunk, sent.start)) and known[0] < names[0][0] \
            and known[0] - sent.start <= 2:
        # "Hurley, for his part, paraphrased … Alan Shepard, commenting …: “…”": the subject opens the sentence
        names = [known]
    if (he := _PRONOUN_LEADS.match(chunk)) and (chunk.rstrip().endswith(":") or _FIRST_PERSON.search(inner)) \
            and not [n for n in names if not (he.group("clause") and n[1] <= sent.start + he.end("clause"))]:
        # "In his message, he appreciated Soleimani's lifepath: “…”", "She typically chooses “to portray … I also
        # enjoy …”": whom "he" or "she" means, as for "he said"
        return resolve_pronoun(art, sent.start + he.start("p"), quotes)[0]
    if not names:
        known = _known_surname(art, chunk, sent.start)
        names = [known] if known else []
    if len({surname(n) for _, _, n in names}) > 1 and chunk.rstrip().endswith(":") \
            and _LEAD_IN.fullmatch(text[sent.start:names[0][0]]) and not _QUOTING.search(chunk) \
            and re.match(r"\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\s", text[names[0][1]:names[0][1] + 30]):
        # "President Trump singled out Senator Graham's defense of Brett Kavanaugh as a standout moment: “I think …”":
        # the others are what the subject talks about, the subject speaks (not when someone else's words are quoted)
        names = names[:1]
    if not names or len({surname(n) for _, _, n in names}) != 1:
        return None
    s, e, name = names[0]
    lead = text[sent.start:s]
    # (or opening phrases set off by commas: "Asked how he might vote in July, Yem Ravy declined to say, …: “…”")
    opening = _opening(lead) and re.match(r"\s+[a-z]+", text[e:e + 20])
    title_words = re.sub(r"([A-Z][\w.’'-]*)\s+(?:of|for|and)(?:\s+the)?\s+(?=[A-Z])", r"\1 ", lead)  # ("Secretary of Education")
    if not opening and (not _LEAD_IN.fullmatch(lead) or _NOT_JOB & set(title_words.lower().replace(",", " ").split())) \
            or is_org(name):
        return None
    if re.match(r"[’']s\b", text[e:e + 2]):
        return None  # "Kim's team said it was “my best year”": the team is the subject
    if _OTHER_SPEAKS.search(text, e, span[0]):
        return None  # "Officer Paul Grady testified that the suspect yelled “I will …”": the suspect's words
    return person(name)


def pulled(art: Article, rows: list[dict]) -> None:
    """A pull quote: a paragraph that is only a quote whose words the article quotes again elsewhere with
    an attribution (magazine and web layouts repeat a line in large type, often next to someone else's
    paragraph). It takes the speaker of that attributed quote, not the neighbour's. So does a subheading in
    quotation marks whose few words a quote further down its section holds."""
    def key(text: str) -> str:
        return " ".join(WORD_RE.findall(text.lower()))[:80]

    attributed = [r for r in rows if r["kind"] == "quote" and r["speaker_as_written"] is not None and r["speaker"]]
    for row in rows:
        para = art.paragraphs[row["paragraph"] - 1]
        if row["kind"] != "quote" or row["speaker_as_written"] is not None \
                or art.text[para.start:row["start"]].strip() or art.text[row["end"]:para.end].strip():
            continue
        k = key(row["text"])
        same = {r["speaker"] for r in attributed if r is not row and len(k) >= 30
                and (key(r["text"]).startswith(k[:60]) or k.startswith(key(r["text"])[:60]))}
        why = "a pull quote: the article quotes the same words elsewhere, attributed to {}"
        if not same and 0 < len(k.split()) <= 8:
            # ‘Punching bag’: a subheading in quotation marks, a few words that a quote further down the section
            # holds (VOA features head their sections so); whoever is credited with that quote said them
            same = {r["speaker"] for r in attributed if row["paragraph"] < r["paragraph"] <= row["paragraph"] + 12
                    and f" {k} " in " {} ".format(" ".join(WORD_RE.findall(r["text"].lower())))}
            why = "a subheading that repeats words of a quote further down, attributed to {}"
        if len(same) == 1:
            row["speaker"] = same.pop()
            row["speaker_start"] = row["speaker_end"] = None
            row["reason"] = why.format(row["speaker"])


def gendered(art: Article, rows: list[dict]) -> None:
    """“You have failed,” she said. “I disagree,” he replied: a person whom the article's quotes have called
    "she" is not whom a later "he" means, nor the other way round. The other person named before, in this
    paragraph or the one above, speaks when there is exactly one; else the speaker is unclear."""
    called: dict[str, str] = {}
    spans = [(r["start"], r["end"]) for r in rows]
    for row in rows:
        word = str(row["speaker_as_written"] or "").lower()
        who = row["speaker"]
        if row["kind"] != "quote" or word not in ("he", "she") or not who:
            continue
        if called.setdefault(who, word) == word:
            continue
        look = art.paragraphs[max(0, row["paragraph"] - 2)].start
        others = {}
        for s, e, n in people_in_text(art.text):
            if look <= s < row["start"] and not any(a <= s < b for a, b in spans) and surname(n) != surname(who):
                others.setdefault(surname(n), set()).add(n)
        other = max(others.popitem()[1], key=len) if len(others) == 1 else None
        if other and called.get(other, word) == word:
            row["speaker"], row["reason"] = other, (f"quoted words, attributed to “{word}”: the article's quotes call {who} "
                                                    f"“{called[who]}”, so “{word}” is {other}, the other person named before")
            called[other] = word
        else:
            row["speaker"], row["reason"] = None, f"speaker unclear: the article's quotes call {who} “{called[who]}”, not “{word}”"
        row["speaker_start"] = row["speaker_end"] = None


_PLACE_HEADS = ("center", "centre", "museum", "university", "college", "library", "hospital", "observatory",
                "laboratory", "theater", "theatre", "orchestra", "society", "association", "federation", "league",
                "corporation", "bank")


# what an organisation is, when news style names it by that after its name ("the agency", "the company")
_KIND_HEADS = frozenset("agency company firm airline carrier club team group network charity union party ministry "
                        "department government organization organisation administration institute university".split())
# an organisation that opens a sentence: "NASA confirmed …", "The World Bank said …"
_ORG_SUBJECT = re.compile(r"\s*(?:The\s+)?(?P<org>(?P<acr>[A-Z]{2,8}\b)|[A-Z][\w’'&\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'&\-]*){0,5})"
                          r"(?=\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\b)")


def _sentence_before(art: Article, at: int) -> int:
    """Where the sentence before the one holding ``at`` starts (in the same paragraph), else ``at``."""
    sent = sentence_at(art, at)
    k = art.sentences.index(sent) if sent is not None else 0
    prev = art.sentences[k - 1] if k else None
    return prev.start if prev is not None and sent is not None and not art.text[prev.end:sent.start].count("\n") else at


def org_antecedent(art: Article, written: str, before: int) -> str | None:
    """The organisation an article named in full before a later "the Department", "the Ministry": "The California
    Department of Corrections and Rehabilitation (CDCR) did not name him. … The Department issued a statement"
    (news style names an organisation once, then by its head noun, capitalised). The one full name before
    ``before`` that holds that word, else None.

    >>> from types import SimpleNamespace
    >>> art = SimpleNamespace(text="The California Department of Corrections (CDCR) spoke. The Department said so.")
    >>> org_antecedent(art, "The Department", 56)
    'California Department of Corrections'
    >>> org_antecedent(SimpleNamespace(text="The Kennedy Center named its honorees. Then the center said so."), "the center", 45)
    'Kennedy Center'

    So does "the agency" or "the company" (lower case) when the sentence before opens with an organisation's
    name ("NASA confirmed the launch had been scrubbed. “…,” the agency said": NASA).
    """
    # (in lower case too, after "the": "The Kennedy Center announced …. “…,” the center said")
    m = re.fullmatch(r"(?:[Tt]he\s+(?P<low>[a-z]+)|(?:[Tt]he\s+)?(?P<head>[A-Z][a-z]+))", written.strip())
    if m and m.group("low") in _KIND_HEADS and (subject := _ORG_SUBJECT.match(art.text, _sentence_before(art, before))) \
            and (subject.group("acr") or is_org(subject.group("org"))):
        # "NASA confirmed the launch had been scrubbed. “…,” the agency said": what the sentence before is about
        return subject.group("org")
    if m and m.group("low") and len(found := {x.group("org") for x in re.finditer(
            rf"(?P<org>(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?)*[A-Z][\w’'&.-]*),\s+an?\s+(?:[\w-]+\s+){{0,3}}?"
            rf"{m.group('low')}\s+(?:formed|founded|created|set\s+up|made\s+up|of|that|which|based|led|representing)\b",
            art.text[:before])}) == 1:  # ("the Monitoring Team, a group formed by …. The group said": the one so described)
        return found.pop()
    if not m or (m.group("head") or m.group("low")).lower() not in ORG_HEADS + _PLACE_HEADS:
        return None
    head = (m.group("head") or m.group("low")).capitalize()
    cap = r"[A-Z][\w’'\-&]*"
    found = {x.group().strip() for x in re.finditer(
        rf"(?:{cap}\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*{head}(?:\s+(?:of|for)\s+(?:the\s+)?{cap}(?:\s+(?:and\s+|of\s+)?{cap})*)?",
        art.text[:before])}
    found = {re.sub(r"[’']s$", "", re.sub(r"^(?:The|A|An|In|On|At|For|By)\s+", "", f)) for f in found}  # (not "Labor’s")
    found = {f for f in found if f != head and f.split()[0] not in OPENERS}
    return found.pop() if len(found) == 1 else None


# (a named owner's report stays the report, as the gold has it: "according to the WHO report")
_OWNED = re.compile(r"(?P<own>[Tt]he\s+(?!(?:joint|written|new|latest|official|final|full|brief|short|earlier|original|same|"
                    r"second|first|previous|initial|separate|signed|draft|press|open|annual|recent|latest)\b)[a-z]+)\s+"
                    r"(?:statement|release|announcement|letter|report)"
                    r"|(?P<named>(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.&’'-]*\s+){0,2}[A-Z][\w.&’'-]*)\s+(?:statement|release|letter)")


def document_owner(art: Article, written: str, before: int) -> str | None:
    """Whose document speaks, when the words name it: "The government statement … announced" (the government), "a
    Pentagon statement" (the Pentagon), "the NASS letter" (the National Association of Secretaries of State, when the
    article spelled its initials out before ``before``), else None.

    >>> from types import SimpleNamespace
    >>> art = SimpleNamespace(text="The National Association of Secretaries of State (NASS) wrote. The NASS letter says")
    >>> document_owner(art, "The NASS letter", 63), document_owner(art, "a Pentagon statement", 63)
    ('National Association of Secretaries of State', 'the Pentagon')
    """
    m = _OWNED.fullmatch(written.strip())
    if not m:
        return None
    owner = m.group("own") or m.group("named")
    acronym = re.fullmatch(r"(?:[Tt]he|[Aa]n?)\s+([A-Z]{2,8})", owner)
    if acronym:  # initials: what they stand for, where the article spelled them out ("… of State (NASS)")
        # (or a name whose capitals they are: "The National Association of Secretaries of State sent …. The NASS letter")
        names = re.findall(r"[A-Z][\w’'&-]*(?:[^\S\n]+(?:(?:of|for|and|on|the)[^\S\n]+)*[A-Z][\w’'&-]*)+", art.text[:before])
        names = [re.sub(r"^(?:The|A|An)\s+", "", n) for n in names]
        full = [n for n in names if "".join(w[0] for w in n.split() if w[0].isupper()) == acronym.group(1)]
        return full[-1] if full else acronym.group(1)
    return re.sub(r"^[Aa]n?\s+", "the ", owner)


def of_age(art: Article, written: str, before: int) -> str | None:
    """The one person the article gave the age in "the 26-year-old" before ``before``: "Omar Haddad, 26,
    fled in 2012" (or "Omar Haddad (26)"); None when nobody, or more than one person, was given that age.

    >>> from types import SimpleNamespace
    >>> art = SimpleNamespace(text="Omar Haddad, 26, fled. His sister Rana Haddad, 30, stayed. The 26-year-old left.")
    >>> of_age(art, "The 26-year-old", 60)
    'Omar Haddad'
    """
    age = re.search(r"\d{1,3}", written).group()
    text = art.text[:before]
    found = {person(m.group("n")) for m in re.finditer(rf"(?P<n>{NAME})(?:,\s+{age},|\s+\({age}\))", text)}
    found = {f for f in found if not is_org(f)}
    return found.pop() if len(found) == 1 else None


def _pronoun(art: Article, name: str, at: int) -> str | None:
    """The pronoun the article gives ``name`` before ``at``, else the one its first name is usually given, else None."""
    return pronoun_for(art, name, at) or first_name_pronoun(name)


def _only_others_since(art: Article, speaker: str, start: int, at: int, word: str) -> bool:
    """Whether everyone named between ``start`` and ``at`` (by a surname the article gives in full, other than the
    ``speaker``'s) is given the other pronoun than ``word``: "… after Trump left office, she said" names only a man."""
    people = {n for _, _, n in people_in_text(art.text)}
    named = {n for w in re.findall(r"\b[A-Z][a-z]+\b", art.text[start:at]) if w != surname(speaker)
             for _, n in names_by_surname(art.text).get(w, ()) if len(n.split()) > 1 and n in people}
    return all(_pronoun(art, n, at) not in (None, word) for n in named)


def previous_speaker(art: Article, rows: list[dict], para, at: int, resolved: str | None, word: str) -> str | None:
    """The speaker of the quote before, in the same paragraph, when "he" or "she" (``word``) at ``at`` follows it with
    nobody else named in between: "Kessler called the endorsement “a big deal.” “Marie and I disagree,” she said" is
    Kessler, though the article never gave her full name (the quote patterns credited "a big deal" to her). Returns
    that speaker, or None when there is none, it is ``resolved`` already, or the article gives them the other pronoun.
    """
    before = [r for r in rows if r["paragraph"] == para.n and r["kind"] == "quote" and r["end"] <= at]
    if not before and resolved and re.search(r"\b(?:he|she)\s+told\s+VOA\b", para.text) and para.n > 1:
        # "… said Aaron Miller. During his first term, Trump terminated …" / "“…,” he told VOA": the one interviewed,
        # the last speaker of the paragraph before, not a person only written about who has said nothing
        prev = [r for r in rows if r["paragraph"] == para.n - 1 and r["kind"] == "quote" and r["speaker"]]
        if prev and prev[-1]["speaker"][:1].isupper() and not any(r["speaker"] == resolved for r in rows) \
                and pronoun_for(art, prev[-1]["speaker"], at) in (None, word.lower()):
            return prev[-1]["speaker"]
    if not before and resolved and para.n > 2 and not any(r["speaker"] == resolved for r in rows):
        # "“…,” he said of Harris. / Another point in her favor, he said, is … Harris has campaigned … / “…,” he said":
        # the running "he" of the interview, when the paragraph between goes on with "he said" and quotes nobody
        mid, prev = art.paragraphs[para.n - 2], [r for r in rows if r["paragraph"] == para.n - 2 and r["kind"] == "quote"]
        if prev and prev[-1]["speaker"] and str(prev[-1]["speaker_as_written"] or "").lower() == word.lower() \
                and not any(r["paragraph"] == mid.n for r in rows) and re.search(rf"\b{word.lower()}\s+(?:said|says|added)\b", mid.text) \
                and pronoun_for(art, prev[-1]["speaker"], at) in (None, word.lower()):
            return prev[-1]["speaker"]
    prev = [r for r in rows if r["paragraph"] == para.n - 1 and r["kind"] == "quote" and r["speaker"]]
    if not before and resolved is None and prev and str(prev[-1]["speaker_as_written"] or "").lower() == word.lower() \
            and _pronoun(art, prev[-1]["speaker"], at) == word.lower() \
            and _only_others_since(art, prev[-1]["speaker"], prev[-1]["end"], at, word.lower()):
        # "Some will be “dusting off” plans they shelved after Trump left office, she said. / “…,” she added": the running
        # "she" of the paragraph before, when everyone named since is given the other pronoun
        return prev[-1]["speaker"]
    if not before or not before[-1]["speaker"] or before[-1]["speaker"] == resolved or before[-1]["speaker_start"] is None:
        return None
    last = before[-1]
    if (last["speaker_as_written"] or "").split()[:1] in (["I"], ["we"], ["We"]):
        return None  # ("I said, “…” and he responded": he is not the narrator)
    gap = art.text[last["end"]:at]
    if _people_in(gap, last["end"], []) or re.search(r"[“”\"]", gap.strip(" ,")) or not last["speaker"][:1].isupper():
        return None
    if _pronoun(art, last["speaker"], at) not in (None, word.lower()):
        return None  # (by the article's pronoun, else the first name's: "“…,” Mraz said. “…,” she said" is not Teodor Mraz)
    return last["speaker"]
