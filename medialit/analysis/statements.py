"""Statements: who the statement an article quotes is from.

A paragraph may introduce a statement that the next paragraphs quote ("The following is a statement from
NASA Administrator Bill Nelson on …", "… read a statement from al-Sadr:"), and a headline may say whose
statement the page is ("Statement from NASA's Janet Petro on …"). :func:`statement_author` and
:func:`headline_author` read who; :func:`medialit.analysis.quotes.find_quotes` gives them the quotes.
"""

from __future__ import annotations

import re
import string

from ._prefilter import quick
from ._text import JOINED_TITLED as _JOINED, LATIN, NAME, is_org, sentence_at, surname
from .job_reference import role_antecedent
from .given_names import given_name
from .labels import _label, blank_aside, topic_label
from .names import JOB_TITLES, _people_in, people_in_text, person
from .speech import _NAME_CARD, _RELATION_OF, _SPEAKER, _STATEMENT_READ
from .speaker_match import labelled, org_label
from .issuers import _SENDS, letter_sender, sender_before, statement_issuer, subject_group
from .marks import quote_spans
from .speakers import resolve_pronoun
from ..corpus.tables import Article

# The head of the clinic, who saw it, spoke to the radio, saying “…”  (the subject says it)
# (or a date first, its year too ("On November 28, 2023,"), and "stating that …" up to a partial quote: "On 17 November, Minister Wu Daiwei met …,
# stating that the intrusion was due to a “technical error”")
_SAYING = re.compile(rf"^\s*(?:(?:However|Meanwhile|Still|Later|Then|Instead|Nevertheless|Moreover|Also|Yet|But|And|"
                     rf"Earlier|Today|Afterwards|Finally),?\s+|(?:(?:On|In|At|During|After|Before|Last|This|Since)\s+[^,“”\"]{{1,40}}(?:,\s+\d{{4}})?,\s+)"
                     # (or how long after: "A month later, during the debate, O'Rourke defended …, saying")
                     rf"|(?:A|An|One|Two|Three|Four|Five|Several|Some|Days|Weeks|Months|Years)\s+(?:[a-z]+\s+){{0,2}}"
                     rf"(?:later|earlier|ago|afterwards?),\s+"
                     rf"(?:(?:on|in|at|during|after|before)\s+[^,“”\"]{{1,60}},\s+){{0,2}})?"
                     rf"(?:(?:{_SPEAKER})\s+and\s+(?=(?:[A-Z][\w’'.-]*\s+){{1,3}}[a-z]))?(?:(?:future|former|then|late)[\s-](?=[A-Z]))?(?P<speaker>(?:{_SPEAKER})(?:\s+of\s+[^,“”\"]{{1,80}}?)?)(?:\s+(?:for|at|from|in|with)\s+[^,“”\"]{{1,80}}?)?"
                     # (a short title in marks on the way: "represented the “Port Chicago 50” in their appeal, writing that")
                     rf"(?:,\s+(?:[^“”\"]|“[^“”\",]{{1,40}}”){{3,160}}?|\s+[a-z](?:[^“”\",]|“[^“”\",]{{1,40}}”){{2,160}}?)?,\s*"
                     rf"(?P<verb>saying|adding|noting|explaining|writing|stating|arguing|insisting|claiming|warning|telling|"
                     rf"highlighting|emphasi[sz]ing|stressing|declaring|asserting|recalling)"
                     rf"(?:\s+(?:that\s+)?[^“”\"]{{1,200}}?)?\s*[:,]?\s*$")


_STATEMENT = re.compile(r"\b(?P<cue>(?:(?:a|the)\s+)?(?:following\s+)?statement\s+(?:from|by)\s+)"
                        r"|\b(?:released|issued|gave|made|delivered|shared)\s+(?:the\s+following|the\s+below|this)\s+(?:joint\s+|written\s+|opening\s+|closing\s+|prepared\s+)?"
                        r"(?:statements?|remarks)"
                        # ("today released a statement on the Pentagon's decision …." at the end of the paragraph)
                        r"|\b(?P<plain>(?:released|issued)\s+a\s+(?:joint\s+|written\s+)?statement)(?=(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday|today|yesterday))?\s+(?:on|about|regarding|after|"
                        r"following|in\s+response\s+to)\s[^.“”\"]{3,200}[.:]\s*$)", re.I)


# “…,” the statement read.  (whose statement: the one who gave it, as the sentences before say)
_AFTER_STATEMENT_READ = re.compile(r"^[\s,]*(?P<speaker>[Tt]he\s+statement)\s+(?P<verb>read|reads)\b")
# The decree signed by the Pope read “…”, The opinion of the Court read in part: “…”  (a document whose owner is named)
_DOC_READ = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<speaker>[Tt]he\s+(?:[\w\-]+\s+){0,3}?(?:decree|summary|description|ruling|judgment|"
                       r"judgement|order|report|note|sign|notice|message|post|law|bill|text|resolution|opinion|verdict|citation|"
                       r"banner|placard|plaque|inscription)\s+(?:of|by|from|signed\s+by|issued\s+by)\s+(?:the\s+)?[A-Z][^,.:;“”\"]{1,60}?)"
                       r"(?:,\s+[^,“”\"]{2,60},)?\s+(?P<verb>read|reads)(?:,?\s+in\s+(?:part|full))?\s*[,:]?\s*$")
# One review of the literature showed “…”   A different analysis of 32 studies indicated that “…”   (a document nobody
# named, the sentence's subject: the speaker is the document as written; never "a study by Dr. X", whose author speaks)
#: The documents a quote may be credited to when nobody is named (also :mod:`.attribution`'s vague document speaker).
DOC_NOUNS = r"(?:study|report|review|analysis|survey|poll|audit|assessment|paper)"
_UNNAMED_DOC_SAYS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\n))\s*(?P<speaker>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:(?!by\s)[\w’'\-]+\s+){0,4}?"
    + DOC_NOUNS + r"(?:\s+(?:of|on|in|that|which|from)\s+[^,.;:“”\"]{2,80}?)?)"
    r"\s+(?:also\s+)?(?P<verb>found|finds|showed|shows|concluded|concludes|indicated|indicates|noted|notes|stated|states|reported|"
    r"estimated|revealed|reveals)(?:\s+that)?\s*[,:]?\s*$")


def doc_read(before: str) -> "re.Match | None":
    """A document's words at the end of ``before``: a named one that reads (:data:`_DOC_READ`), or one nobody named,
    the sentence's subject ("One review of scientific literature showed"): a match whose ``speaker`` is the document."""
    return _DOC_READ.search(before) or _UNNAMED_DOC_SAYS.search(before)


# The letter reads in part, “…”   The letter highlights, “…”   (a letter or statement the paragraphs before introduced)
_LETTER_READS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:[Ii]n\s+part,\s+)?(?P<speaker>[Tt]he\s+(?:joint\s+|bipartisan\s+)?(?:letter|statement))"
                           r"\s+(?:also\s+)?(?P<verb>reads|read|says|said|states|stated|highlights|notes|adds|continues|argues|warns)"
                           r"(?:,?\s+in\s+(?:part|full))?\s*[,:]?\s*$")
# "The following is the text of the letter sent to Secretary X:", "Full text of the letter is below:" (whose letter: said before)
_LETTER_TEXT = re.compile(r"[^“”\"]{0,60}?\b(?:text|copy)\s+of\s+(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}letter\b[^“”\"]{0,100}?(?::|\b(?:below|follows)\.)\s*")
_EXCERPTS = re.compile(r"(?i)\s*(?:(?:below|here)\s+(?:are|is)\s+)?(?:(?:key|some|selected)\s+)?(?:(?:letter|statement)\s+(?:excerpts|highlights)|(?:excerpts|highlights)\s+"
                       r"(?:from|of)\s+the\s+(?:joint\s+|bipartisan\s+)?(?:letter|statement))(?:\s+(?:are|is)\s+(?:below|as\s+follows)|\s+follow)?\s*:\s*")  # ("Excerpts from the letter are below:")
# “…”, reads an AEW press release, “…”   (the body whose release it is)
_AFTER_READS = re.compile(r"^[\s,]*(?P<verb>reads|read|says|said|states|stated)\s+(?:a|an|the)\s+"
                          r"(?P<speaker>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})\s+(?:press\s+)?(?:release|statement|announcement)\b")

# “…,” reads Judge Miller's statement, “…”   (the person or body whose document it is)
_AFTER_READS_OWNER = re.compile(r"^[\s,]*(?P<verb>reads|read|says|said|states|stated)\s+(?P<speaker>(?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&\-]*)[’']s?"
                                r"\s+(?:(?:press\s+|written\s+|joint\s+)?(?:release|statement|announcement)|ruling|opinion|order|decision|"
                                r"judgment|letter|post|tweet|message)\b")


def letter_intro(art: Article, para, resolve) -> str | None:
    """Who sent the letter that paragraph ``para``, quoting nobody, announces ("Chairman Chuck Grassley (R-IA) and Sen.
    Mike Lee (R-UT) sent a letter to …"): the person or joined people before the verb, whose letter a quote-only
    paragraph right after quotes. None when the paragraph quotes someone or names no sender."""
    if re.search(r"[“”\"]", para.text) or not re.search(r"\b(?:sent|wrote|penned|signed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?letter\b", para.text):
        return None
    people = _people_in(para.text, para.start, [])
    k = next((i for i, p in enumerate(people) if _SENDS.match(art.text, p[1])), None)
    group = subject_group(art, people[:k + 1], para.start, people[k][1], resolve) if k is not None else None
    return group[0] if group else None


def statement_author(art: Article, para, resolve) -> tuple[str, int, int, int] | None:
    """Who a paragraph says the following statement is from: ``(name, start, end, cue start)``.

    "The following is a statement from NASA Administrator Bill Nelson on ..." or "... read a
    statement from al-Sadr:" name the author after the cue; "Jennifer Kunz, associate director,
    released the following statement" names the subject of the sentence. Only a paragraph that
    introduces what comes next counts: it says "following" or ends with a colon. ``resolve(article,
    name, offset)`` gives the fullest form of the name.
    """
    text = art.text
    m = _STATEMENT.search(para.text)
    # (or a label line of its own: "Statement from Secretary of Labor Dana Kessler on the May Jobs Report")
    label = re.match(r"\s*Statement\s+(?:from|by)\s", para.text) and len(para.text) < 200 and not para.text.rstrip().endswith(".")
    if not m or not (re.search(r"\b(?:following|the\s+below)\b", para.text, re.I) or para.text.rstrip().endswith(":") or m.group("plain") or label):
        return None
    at = para.start + m.end()
    if (by := re.match(r"\s+(?:from|by)\s+", para.text[m.end():])):  # ("issued the following statement from the king:")
        at += by.end()
    if m.group("cue") or by:
        people = [p for p in _people_in(text[at:para.end], at, []) if p[0] - at < 60]
        if people:
            s, e, name = people[0]
        else:
            one = re.match(rf"(?:[A-Z][\w’'\-]*\s+)*?(?P<n>{NAME})", text[at:para.end])
            role = re.match(r"the\s+[a-z]+(?:\s+[a-z]+)?(?=\s*[:,.]|\s+(?:on|about|regarding)\b)", text[at:para.end])
            if role and (held := role_antecedent(art, role.group(), at)):  # "a statement from the king:" named before
                return held, at, at + role.end(), para.start + m.start()
            org = re.match(r"(?:the\s+)?((?:[A-Z][\w’'&.\-]*\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?)*[A-Z][\w’'&\-]*)\s*[:.]?\s*$",
                           text[at:para.end])
            if org and is_org(org.group(1)):  # ("The following is a statement from the Pellham Farm Bureau:": the body)
                return org.group(1), at + org.start(1), at + org.end(1), para.start + m.start()
            if not one or is_org(one.group("n")):
                return None
            s, e, name = at + one.start("n"), at + one.end("n"), one.group("n")
    else:
        sent = sentence_at(art, para.start + m.start())
        people = _people_in(text[sent.start:para.start + m.start()], sent.start, []) if sent else []
        if sent and (listed := _titled_list(text[sent.start:para.start + m.start()])) and len(listed) > len(people):
            listed = [resolve(art, n, sent.start) for n in listed]  # (the full names, where the article gives them)
            return ", ".join(listed[:-1]) + " and " + listed[-1], sent.start, para.start + m.start(), para.start + m.start()
        if not sent or not (group := subject_group(art, people, sent.start, para.start + m.start(), resolve)):
            return None
        return (*group, para.start + m.start())
    return resolve(art, name, s), s, e, para.start + m.start()


def _titled_list(subject: str) -> list[str] | None:
    """The surnames of a list of titled officials that ends ``subject`` ("Conference Chairwoman Stefanik, Speaker
    Johnson, Majority Leader Scalise, and Majority Whip Emmer "), each a title then a surname; None otherwise."""
    m = re.search(r"(?:(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))+(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+\s*$", subject)
    items = [i.split() for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group().strip())] if m else []
    return [i[-1] for i in items] if len(items) >= 2 and all(set(i[:-1]) & JOB_TITLES for i in items) else None


def headline_author(art: Article) -> str | None:
    """The author a headline gives a statement: "Statement from NASA's Janet Petro on ..." -> Janet Petro.

    >>> from types import SimpleNamespace
    >>> headline_author(SimpleNamespace(meta={"headline": "Statement from ACME's Lina Voss on Jobs"}))
    'Lina Voss'
    >>> headline_author(SimpleNamespace(meta={"headline": "STATEMENT OF CONGRESSMAN TOM VALE ON THE PASSING OF ANA RUIZ"}))
    'Tom Vale'
    """
    head = str(art.meta.get("headline") or "")
    if not re.search(r"[a-z]", head):  # ("STATEMENT OF CONGRESSMAN PETER KING ON THE PASSING OF …": capitals only)
        head = re.sub(r"\b(?:Of|On|The|For|And|To|In|At|A|An|Regarding|About)\b", lambda w: w.group().lower(),
                      string.capwords(head))
    m = re.match(r"(?:Statement|Remarks)\s+(?:from|by|of)\s+", head)
    people = _people_in(head[m.end():], 0, []) if m else []
    return people[0][2] if people and people[0][0] < 40 else None


_STATEMENT = quick(_STATEMENT)


# a sentence whose subject is a capitalised title: "During the meeting the Pope has expressed …"
_PLURAL_COLON = re.compile(r"\b[Tt]he\s+(?P<r>[a-z]+s)\s+(?:also\s+)?(?:wrote|write|said|say|stated|state|added|continued|concluded|"
                           r"called\s+on|urged|argued|warned|noted|explained|stressed|emphasi[sz]ed)"
                           r"\b[^:“”\"]*:\s*$")
_ROLE_COLON = re.compile(r"(?:[\w’',-]+\s+){0,6}?[Tt]he\s+(?P<role>[A-Z][a-z]+)\s+(?:has\s+|had\s+|also\s+)?(?:[a-z]+(?:ed|s)|said|wrote|told)\b")


# a label that names nobody and introduces excerpts of the one person the article has just named
_WHAT_YOU_MISSED = re.compile(r"\s*(?:(?:Here(?:’|')s|Here\s+(?:is|are))\s+(?:what\s+(?:you\s+(?:missed|need\s+to\s+know|should\s+know)"
                              r"|(?:he|she)\s+(?:said|had\s+to\s+say))|(?:some\s+|the\s+)?(?:highlights|key\s+(?:moments|quotes|"
                              r"excerpts|takeaways)|excerpts|(?:top|best|biggest)\s+(?:moments|quotes|lines)))|(?:Key|Top)\s+(?:quotes|moments|excerpts|takeaways)|(?:Some\s+)?Highlights"
                              r"|Excerpts|In\s+case\s+you\s+missed\s+it|What\s+(?:he|she)\s+said|Watch|Read\s+(?:the\s+)?(?:key\s+quotes"
                              r"|excerpts|highlights))\b[^:“”\"]{0,60}:\s*$")

_ACTS = re.compile(r"(?:,[^,“”\"]{2,80},)?\s+(?:(?-i:[a-z]+ly|just|also|then)\s+)?(?-i:(?:[a-z]+ed|held|spoke|gave|took|met|made|told|said|"
                   r"says|joined|went|led|laid|sat|stood|addressed|delivered|visited|announced|highlighted))\b")


_ACCORDING_LABEL = re.compile(r"\s*(?:According\s+to|From)\s+(?:(?P<role>the\s+(?-i:[a-z]+))|(?P<n>[A-Z][\w’'-]+)|(?:the\s+)?(?P<org>[A-Z]{2,6}|[A-Z][\w’'&.-]*"
                              r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w’'&.-]*){1,5}))\s*:\s*")  # (or "From the VA:")
_WORDS_BELOW = re.compile(rf"(?:(?:Below|Here)\s+(?:are|is)|(?:Click\s+here\s+(?:[\w\s]{{0,40}}?\s)?)?to\s+(?:watch|view|hear|listen\s+to))\s+"  # (or "Click here … to watch Whip Scalise's remarks.")
                          rf"(?:[Tt]he\s+(?P<role>[A-Z][a-z]+)|(?P<n>{NAME}))[’']s\s+(?:own\s+|full\s+)?"
                          r"(?:words|remarks|statements?|quotes|comments|promises)\b[^“”\"]{0,120}[.:]")
_NAME_WROTE = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}\s+(?:wrote|writes|said|says|added|stated|continued|explained),")
_RECIPIENT = re.compile(r"\b(?:to|addressed\s+to)\s+(?:(?:[A-Z][\w.’'-]*,?|of|the|for|and)\s+){0,6}$")  # (whom a letter goes to: "to Secretary X",
# "to Secretary of Defense, Chuck Hagel")


def colon_speaker_of(art: Article, para, resolve) -> str | None:
    """Whose words the paragraph after ``para`` quotes, when ``para`` ends with a colon that introduces them.

    "From the council chair, Mira Patel:", "Michael Dolan, Senior Director, Best Buy:", "The statement from
    the Smith family read in full:" and "During the meeting the Pope has expressed wishes …:" (after "Pope
    John Paul II") name one speaker; "Here's what reviewers said about Firefox:" names nobody, whoever the
    paragraph named before. ``resolve(article, name, offset)`` gives the fullest form of the name; the
    answer is that name, or None.
    """
    if (below := _WORDS_BELOW.fullmatch(para.text.strip())):  # "Below are the President's own words on …."
        return resolve(art, below.group("n"), para.start + below.start("n")) if below.group("n") else "the " + below.group("role")
    follow = re.search(r"\b(?:[Hh]is|[Hh]er)\s+(?:full\s+)?(?:remarks|statement|testimony|speech)\s+(?:follows?|are\s+below)\.\s*$", para.text)
    letter = _LETTER_TEXT.fullmatch((para.sentences[-1] if para.sentences else para).text)
    if not para.text.rstrip().endswith(":") and not _NAME_WROTE.fullmatch(para.text.strip()) and not follow and not letter:  # (or "Senator
        return None  # Hawley wrote,", "Excerpts of his remarks follow.")
    text = art.text
    last = para.sentences[-1] if para.sentences else para
    people = [p for p in _people_in(last.text, last.start, []) if not _RECIPIENT.search(text, max(0, p[0] - 60), p[0])]
    if (cue := re.search(r"\bstatement\s+(?:from|by)\s+", para.text)):
        # "a statement from NASA Administrator Bill Nelson on … passing of X:": the person after the cue
        people = [p for p in people if p[0] >= para.start + cue.end()][:1] or people
    if (issuer := _STATEMENT_READ.search(last.text)):  # "The statement from the Smith family read in full:"
        return resolve(art, issuer.group("speaker"), last.start + issuer.start("speaker"))
    if not people and (_LETTER_READS.fullmatch(last.text.strip()) or _EXCERPTS.fullmatch(last.text) or letter):  # "The letter reads in
        # part:", "Letter excerpts:", "The following is the text of the letter sent to …:": whose letter, said before
        return statement_issuer(art, last.start, resolve) or letter_sender(art, para, resolve) or sender_before(art, para, resolve)
    if (card := _NAME_CARD.fullmatch(last.text)) and not is_org(card.group("p")):  # "Jane Smith, CEO, Acme:"
        return resolve(art, card.group("p"), last.start)
    if not people and (sub := re.search(r"\b([A-Z][\w’'-]+)\s+(?:wrote|writes|said|says|stated|states|added)\s*:\s*$", last.text)) \
            and any(surname(n) == sub.group(1) for _, _, n in people_in_text(text[:last.start])):  # ("Baxter wrote:", named before)
        return resolve(art, sub.group(1), last.start + sub.start(1))
    if len({surname(n) for _, _, n in people}) == 1:
        if _RELATION_OF.search(text, max(0, people[-1][0] - 60), people[-1][0]):
            return None  # "the family of Leon Abbott said:": his family speaks, not the man
        return resolve(art, people[-1][2], people[-1][0])
    named = _people_in(para.text, para.start, [])
    if not people and re.search(r"\b(?:[Hh]is|[Hh]er)\s+(?:full\s+)?(?:remarks|statement|testimony|speech|letter|words|op-ed)\b", last.text) \
            and len({surname(n) for _, _, n in named}) == 1:
        return resolve(art, named[-1][2], named[-1][0])  # "… Senator Maria Delgado spoke. Below are her remarks as delivered:"
    if not people and (owned := re.match(r"\s*[Tt]he\s+(?P<r>[a-z]+)[’']s\s+(?:full\s+|prepared\s+)?(?:remarks|statement|testimony|speech|"
                                         r"letter)\b", last.text)):  # "The governor's remarks included the following:"
        return role_antecedent(art, "the " + owned.group("r"), last.start)
    if not people and (plural := _PLURAL_COLON.search(last.text)):  # "In the letter, the members wrote:" (named before)
        return role_antecedent(art, "the " + plural.group("r"), last.start)
    if not people and (role := _ROLE_COLON.match(last.text)):
        # the title the article gave with the name, now the subject of the sentence
        named = list(re.finditer(rf"\b{re.escape(role.group('role'))}\s+(?P<n>{NAME})", text[:last.start]))
        if named and len({person(m.group("n")) for m in named}) == 1:
            return resolve(art, person(named[-1].group("n")), named[-1].start("n"))
        # ("In signing the order, the President said:": the office as written, as after "the President said, “…”")
        return None if named else "the " + role.group("role")
    if not people and (pro := re.match(r"\s*(?:[A-Z][^,:“”\"]{0,40},\s+)?(?P<p>[Hh]e|[Ss]he)\b(?![’']s\s+(?:own|first)\b)", last.text)):
        return resolve_pronoun(art, last.start + pro.start("p"), quote_spans(art))[0]  # ("In fact, he’s looking to next steps:")
    if people:
        return None
    if (acc := _ACCORDING_LABEL.fullmatch(last.text)):
        # "According to Pritzker:" (named in full before), "According to the governor:": the excerpts below are theirs
        if acc.group("role"):
            return role_antecedent(art, acc.group("role"), last.start + acc.start("role"))
        if acc.group("org") and (is_org(acc.group("org")) or acc.group("org").isupper()):  # "According to the Harlow Courier:"
            return acc.group("org")
        if any(surname(n) == acc.group("n") for _, _, n in people_in_text(text[:para.start])):
            return resolve(art, acc.group("n"), last.start + acc.start("n"))
    if _WHAT_YOU_MISSED.match(last.text) and para.n > 1:
        # "Here's what you missed:" after "Mr. Homan highlighted …": the excerpts are the one person's the
        # paragraph before names (never when it names two, nor when it quotes someone)
        before = art.paragraphs[para.n - 2]
        named = _people_in(before.text, before.start, [])
        first = before.sentences[0] if before.sentences else before
        # (and the subject of its first sentence: "Mr. Homan highlighted …", never "… welcomed the Condors")
        if len({surname(n) for _, _, n in named}) == 1 and not re.search(r"[“\"]", before.text) \
                and named[0][1] <= first.end and _ACTS.match(art.text, named[0][1]):
            return resolve(art, named[-1][2], named[-1][0])
        return None
    if len(para.text.split()) <= 8 and (body := re.fullmatch(r"\s*(?:The\s+)?(?P<o>(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|&)\s+)*)*"
                                                             r"[A-Z][\w’'&.-]*)\s*:\s*", para.text)) and is_org(body.group("o")):
        return body.group("o")  # "American Heart Association:" above its quote: the organisation's words
    colon = re.search(rf"(?:^|[,:;]\s+|\bfrom\s+)(?P<name>{NAME})\s*:\s*$", para.text)
    return resolve(art, colon.group("name"), para.start + colon.start("name")) if colon and not is_org(colon.group("name")) and (
        _people_in(colon.group("name"), 0, []) or colon.group("name") in {surname(n) for _, _, n in people_in_text(art.text)}) else None  # (never "From Washington:")


_SURNAME_LABEL = re.compile(r"^\s*(?P<speaker>[A-Z][\w’'\-]+)\s*(?P<verb>:)\s*$")  # (or in capitals, a transcript's "HOLLOWAY:")


def _surname_label(art: Article, before: str) -> re.Match | None:
    """A transcript's label that is a surname the article gives in full elsewhere ("Taufa: “…”" after "fisherman Sione
    Taufa"): the match, whose speaker the quote reader resolves to the full name; else None."""
    before = blank_aside(before)  # ("Leavitt (March 6): “…”")
    m = _SURNAME_LABEL.match(before.title() if before.strip(" :").isupper() else before)  # (same length: same offsets)
    return m if m and any(surname(n) == m.group("speaker") for _, _, n in people_in_text(art.text)) else None


# (a party tag or the years in office end the label: "U.S. Senator Kevin Cramer (R-ND)", "…, CEQ Chair, 2019-2021")
_LABEL_END = re.compile(r"\s*(?:\((?:[RDI]-[A-Z][\w.]*|[A-Z]{2}-\d{1,2})\)|,\s*\d{4}(?:\s*[-–]\s*\d{4})?)\s*$")
_LABEL_SMALL = frozenset("of the and for on in at to & ,".split())


def glued_label(before: str, after: str) -> re.Match | None:
    """A label glued to the quote it heads, with no colon, as a scrape of a list of supporters' statements loses the
    line break: "U.S. Senator Kevin Cramer (R-ND) “…”", "America First Policy Institute “…”". Only when the label
    opens the paragraph, holds no sentence (capitalised words and "of", "the", "and" …, at most 14) and the quote
    fills the rest of the paragraph; read as the label with its colon (:func:`.speaker_match.labelled`), else None.

    >>> glued_label("U.S. Senator Ana Ruiz (R-ND) ", "").group("speaker")
    'Ana Ruiz'
    >>> glued_label("The senator said ", "") is None
    True
    >>> glued_label("U.S. Sen. Ana Ruiz ", " U.S. Rep. Tom Vale “More …”").group("speaker")  # (the next quote's label after)
    'Ana Ruiz'
    """
    if after.strip() and not ((nxt := re.search(r"[“\"]", after)) and glued_label(after[:nxt.start()].lstrip(), "")):
        return None  # (or the next quote's own label follows: "“…” U.S. Sen. Ana Ruiz “…” U.S. Rep. Tom Vale “…”")
    words = before.split()
    if not 0 < len(words) <= 14 or not before[:1].isupper() or not before[-1:].isspace() \
            or any(w[:1].islower() and w not in _LABEL_SMALL for w in words) or re.search(r"[!?;:“”\"]|\b(?!(?:Sen|Rep|Gov|Gen|Col|Sgt|Capt|Cmdr|Adm|Hon|Rev|Mrs)\.)\w*[a-z]{2}\.\s", before):
        return None  # (a sentence's full stop ends no label; a title's does: "U.S. Sen. Ana Ruiz “…”")
    colon = _LABEL_END.sub("", before.rstrip()) + ":"
    return _label(colon) or labelled(colon) or org_label(colon)


# a paragraph that is only the credit of the quote above it: "said Sen. Lee.", "Rep. Ana Ruiz said.", "the Senators wrote."
_CREDIT_PARAGRAPH = re.compile(r"(?:said|says|added|adds|wrote|writes|stated|explained|continued)\s+[A-Z][^“”\"\n]{1,80}\.?|(?:[A-Z][\w.’'-]*"
                               r"(?:\s+[A-Z][\w.’'-]*){0,4}(?:\s+\([^()\n]{1,12}\))?|the\s+(?:[a-z]+\s+)?[A-Za-z]+)\s+(?:said|says|added|wrote|stated)\.?")

_CREDIT_OPENS = re.compile(r"\s*(?:(?:said|says|added|wrote|stated)\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+"
                           r"(?:,\s+[^“”\"\n]{2,100}?)?|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}"  # (", Deputy Director of VFW’s …")
                           r"(?:\s+\([^()\n]{1,12}\))?\s+(?:said|says|added|wrote|stated))\.(?=\s+[“\"])")


def credit_below(art: Article, para, end: int) -> str:
    """The text after a quote that closes at ``end`` in ``para``, up to the paragraph's end; or, when the quote closes
    its paragraph on a comma (“…,”) and the next paragraph is only its credit ("said Sen. Lee."), up to that
    paragraph's end (a scrape that broke the line before the credit)."""
    text = art.text
    if text[end:end + 1] in '"”' and text[end - 2] in ".,!?" and not any(c in text[end + 1:para.end] for c in '"”'):
        return " " + text[end + 1:para.end]  # (a doubled closing mark, a typo: “…medicine.""said Antonio Dos Santos)
    if para.n < len(art.paragraphs) and re.fullmatch(r"\s*(?:said|says|added|wrote|stated|continued)\s*", text[end:para.end]) \
            and (name := re.match(r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+\.", (below := art.paragraphs[para.n]).text)):
        return text[end:below.start + name.end()]  # (“…,” said\n\nHawley. “…”: a scrape broke the line inside the credit)
    if text[end:para.end].strip() or "," not in text[max(0, end - 3):end - 1] or para.n >= len(art.paragraphs):
        return text[end:para.end]
    below = art.paragraphs[para.n]  # (paragraphs are numbered from 1: the next one)
    if _CREDIT_PARAGRAPH.fullmatch(below.text.strip()):
        return text[end:below.end]
    # (or the credit opens the next paragraph, whose quote goes on: "Senator Hawley wrote. “Putting services …”")
    opens = _CREDIT_OPENS.match(text, below.start, below.end)
    return text[end:opens.end()] if opens else text[end:para.end]


# "Vice President JD Vance:", "European Commission President Ursula von der Leyen:", "… Pilots President Capt. Pedro
# Leroux:", "… Commander Europe Gen. Philip Breedlove (Ret.):": an organisation and a title, then the name the names
# reader may miss (two capitals, "von der", a rank after a title)
_TITLES = "|".join(sorted((re.escape(t) for t in JOB_TITLES if t[:1].isupper()), key=len, reverse=True))
_TITLED_LABEL = re.compile(rf"\s*(?:[A-Z][\w’'&.-]*,?\s+|(?:of|for|and|the|on|&)\s+)*?(?:{_TITLES})\.?\s+(?P<speaker>(?!(?:{_TITLES})\b)(?:[A-Z][a-z{LATIN}’'-]+"
                           r"|[A-Z]{2}|(?:[A-Z]\.){1,3})(?:\s+(?:[A-Z]\.|von|van|der|den|de|la|le|del|da|di|du|bin|al))*(?:\s+(?![A-Z]{2,}\b)[A-Z][\w’'-]+){1,2})"
                           r"(?:,?\s+(?:Jr|Sr)\.?)?(?:\s*\((?:Ret|ret|retired)\.?\))?(?:\s+[A-Z]{2,})?\s*(?P<verb>:)\s*")  # (a tag: "… Brandt THEN:")


def titled_label(before: str) -> re.Match | None:
    """A label of a release's list of statements, an organisation and a title before the name, then the colon that
    opens the quote: the match (its speaker the name), else None.

    >>> titled_label("Vice President JD Vance: ").group("speaker"), titled_label("Acme Union President Capt. Ana Ruiz: ").group("speaker")
    ('JD Vance', 'Ana Ruiz')
    >>> titled_label("The President said: ") is None
    True
    """
    return _TITLED_LABEL.fullmatch(before) if before.rstrip().endswith(":") and len(before) <= 160 else None


_HEADING = re.compile(r"\s*[A-Z][^.!?:;“”\"]{0,60}")  # ("Oversight and Accountability": a heading between the parts)


def next_speaker(art: Article, para, resolve, previous: str | None) -> tuple[str | None, tuple | None]:
    """Whose words the paragraphs after ``para`` (a paragraph that quotes nobody) quote, and the intro that says so:
    ``(speaker or None, statement_author's tuple or None)``. An intro ("The following is a statement from X:",
    "X issued the following statements after …") or a label ("From the council chair, Mira Patel:", "Jane Smith,
    CEO, Acme:") names them; a short heading between ("Oversight and Accountability") keeps the ``previous`` one.
    """
    if (intro := statement_author(art, para, resolve)):
        return intro[0], intro
    if re.match(r"\s*On\s+(?!behalf\b)", para.text) and topic_label(para.text):
        # "On the stakeholder concerns of FEMA's Risk Rating 2.0:" between one person's excerpts names a topic, never a speaker
        return previous, None
    # (a heading keeps the previous speaker only when it names nobody: "On the tariffs:", never "EPA Administrator Lee Zeldin on …")
    return colon_speaker_of(art, para, resolve) or _heading_person(art, para, resolve) or (
        previous if previous and _HEADING.fullmatch(para.text.rstrip().rstrip(":")) and len(para.text.split()) <= 8
        and not re.search(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+", para.text) else None) or _reported_speaker(art, para, resolve), None


def _heading_person(art: Article, para, resolve) -> str | None:
    """The one person a heading line names ("Secretary of the Treasury Scott Bessent on Sunday Morning Futures": a
    round-up of television interviews), when the paragraph below opens with a quote or a topic label ("On trade: “…”"):
    whose words follow; None otherwise."""
    words = para.text.split()  # (never a signature under the quote above: "-- Carrie Lukas, President, …")
    if not 2 <= len(words) <= 16 or re.search(r"[!?:;“”\"]|\.\s*$|^\s*[—–-]", para.text) or para.n >= len(art.paragraphs) \
            or not (re.match(r"\s*[“\"]", (below := art.paragraphs[para.n].text)) or topic_label(below.split("“")[0])
                    or _WHAT_YOU_MISSED.match(below)):  # (or "Here are the top moments:" between)
        return None
    people = [p for p in _people_in(para.text, para.start, [])  # (never the programme: "… on Weekend Report")
              if not re.search(r"\bon\s+(?:the\s+)?(?:[A-Z][\w’'.]*\s+(?:&\s+)?)*$", art.text[max(para.start, p[0] - 40):p[0]])] or [
        (para.start + m.start(1), para.start + m.end(1), full) for full in dict.fromkeys(n for _, e, n in people_in_text(art.text) if e <= para.start)
        if (m := re.match(rf"\s*(?:[A-Z][\w.’'-]*\s+){{1,4}}?({re.escape(surname(full))})\b(?!\s+[A-Z])", para.text))][:1]  # ("Special Envoy Witkoff on …")
    # (and more than the name: a title or a programme, never "Homeland Security")
    if len({surname(n) for _, _, n in people}) != 1 or len(people[0][2].split()) >= len(words):
        return None  # (and a title before the name or a known first name: never "Historic Milestone in Making D.C. Safe")
    titled = set(art.text[para.start:people[0][0]].replace(".", " ").split()) & JOB_TITLES
    return resolve(art, people[0][2], people[0][0]) if titled or given_name(people[0][2].split()[0]) else None


# "Secretary Rubio underscored …", "… Marco Rubio joined multiple news programs to discuss …": one person who speaks
_SPEAKS_NEXT = re.compile(r"(?:[’']s)?(?:\s*\([^()]{1,12}\))?(?:,\s+(?:an?|the)\s+[^,“”\"]{3,80},)?(?:\s+today|\s+yesterday)?"  # ("X (WI-02), a member of …, today")
                          r"\s+(?:also\s+|again\s+)?(?:said|says|underscored|stressed|emphasi[sz]ed|explained|noted|highlighted|commented|expressed|"
                          r"warned|argued|told|added|spoke|discussed|appeared\s+on|sat\s+down\s+with|"
                          # (a stance stated over and over: "has been unequivocal and consistent for decades", "has made clear")
                          r"(?:has\s+|had\s+)?(?:been\s+(?:\w+\s+and\s+)?(?:unequivocal|emphatic|adamant)|(?:repeatedly\s+)?made\s+(?:it\s+)?clear)|"
                          r"joined\s+[^.;“”\"]{0,40}?(?:programs?|shows?|interviews?)|sent\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}letter)\b")  # (and the
# letter printed next: "Rep. McClintock today sent a letter to Secretary X demanding answers …." above “…”)


def _reported_speaker(art: Article, para, resolve) -> str | None:
    """The one person a paragraph without quotes reports speaking ("This morning, Secretary of State Marco Rubio joined
    multiple news programs …. Secretary Rubio underscored …"): whose words a next paragraph that is only a quote
    gives, as a release's excerpts of an interview do; None when nobody or several speak."""
    if re.search(r"[“”\"]", para.text) or para.text.rstrip()[-1:] not in ".!" or not _SPEAKS_NEXT.search(para.text):
        return None
    speaking = {resolve(art, n, s) for s, e, n in _people_in(para.text, para.start, []) if _SPEAKS_NEXT.match(art.text, e)}
    return speaking.pop() if len(speaking) == 1 else None
