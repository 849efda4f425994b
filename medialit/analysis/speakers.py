"""Speakers: who a quote or a claim is credited to, as the kit reads names, roles and pronouns.

Private helpers shared by :mod:`.quotes` and :mod:`.attribution` so that the two always
agree about who speaks in a sentence (the names themselves are read by :mod:`.names`).

- :data:`ROLE`: a speaker that is an organisation or a role ("the airline",
  "a spokesperson for the ministry").
- :func:`resolve_pronoun`: the person a "he" or "she" refers to, never a name inside a
  quote, and nobody (with the reason) when two people were just named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._prefilter import quick
from ._text import _SURNAME_PLACES, NAME, NICKNAME_AFTER, fold, is_caption, is_org, speaking_place, surname, unglued
from .marks import quote_spans
from .names import _DEMONYM, HONORIFICS, JOB_TITLES, groups_in_text, OPENERS, _people_in, names_by_surname, people_in_text, person, places_in_text
from .one_word_names import single_names
from .antecedents import kin_beside, PERSON_ROLE as _PERSON_ROLE, PLAYED_BEFORE as _PLAYED_BEFORE, not_meant
from .job_reference import role_antecedent
from .pronouns import first_name_pronoun, pronoun_for
from .headlines import in_headline
from .sentence_subject import _PREP_BEFORE, ROLE_SUBJECT as _ROLE_SUBJECT, UNNAMED_SUBJECT as _UNNAMED_SUBJECT, as_person, sentence_subject
from ..corpus.tables import Article

#: People named only by what they are, in the plural ("critics", "officials"): vague subjects, group speakers of quotes.
GROUP_SPEAKERS = """critics sources insiders diplomats officials experts analysts observers commentators scholars
    economists historians scientists researchers astronomers engineers investigators inspectors doctors physicians
    medics nurses lawyers attorneys prosecutors lawmakers legislators politicians opponents supporters campaigners
    activists protesters protestors demonstrators witnesses residents locals villagers rescuers aides advisers
    advisors allies employees workers staffers neighbours neighbors parents teachers farmers traders merchants
    authorities organisers organizers citizens people voters fans passengers families customers members panelists
    prisoners inmates detainees patients students soldiers troops survivors refugees victims officers children kids
    siblings relatives colleagues friends players participants attendees delegates visitors guests spectators counselors counsellors""".split()
_GROUP_SET = frozenset(GROUP_SPEAKERS)

_ORG_NOUN = (r"airline|ministry|company|firm|government|agency|department|council|committee|commission|"
             r"police|army|military|embassy|hospital|school|university|court|board|union|club|team|crew|group|"
             r"organi[sz]ation|organi[sz]ers|office|authority|authorities|regulator|manufacturer|operator|"
             r"institute|foundation|charity|party|campaign|network|newspaper|broadcaster|publisher|bank|"
             r"city|county|state|district|court|prosecutor's office|White House|Kremlin|Pentagon|"
             r"article|editorial|study|report|paper|survey|letter|journal|administration|cabinet|parliament|"
             r"senate|congress|regime|coalition|alliance|station|channel|crowd|audience|center|centre|museum|library|"
             r"laboratory|observatory|theat(?:er|re)|orchestra|society|association|federation|league|opinion|"
             # (a document: "The proclamation specifically said “…”")
             r"proclamation|declaration|decree|ruling|verdict|judgm?ent|indictment|lawsuit|petition|manifesto|"
             r"resolution|constitution|treaty|guidelines|warning|advisory|order|bill|law")
#: A sentence whose subject is an unnamed group ("The researchers suggested …"), whom a next "they" means.
GROUP_SUBJECT = re.compile(r"\s*(?:[A-Z]\w*,\s+)?(?:[Tt]he\s+|[Aa]n?\s+|(?:[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?"
                            r"(?:[a-z][\w-]*\s+)?(?:[Tt]eam|[Rr]esearchers|[Ss]cientists|[Oo]fficials|[Ee]xperts|[Aa]nalysts|"
                            r"[Ii]nvestigators|[Aa]stronomers|[Aa]uthorities|[Dd]octors|[Ee]ngineers|[Aa]uthors|[Bb]iologists|"
                            r"[Pp]hysicists|[Ee]conomists|[Cc]ritics|[Aa]ctivists|[Rr]esidents|[Ww]itnesses)\b(?!\s+(?-i:[A-Z]))")
#: Head nouns of organisations, written capitalised as part of a name and alone for it later ("The Foreign Ministry
#: of Iraq", then "The Ministry"): :data:`ROLE` reads them capitalised, :func:`.context.org_antecedent` looks back.
ORG_HEADS = ("ministry", "department", "council", "committee", "commission", "agency", "embassy", "court", "office",
          "authority", "institute", "foundation", "party", "administration", "cabinet", "parliament", "senate",
          "congress", "coalition", "alliance", "government")  # (not titles: "The President of France Nicolas Sarkozy")
_KIN = (r"wife|husband|daughter|son|mother|father|brother|sister|widow|widower|fianc[ée]e?|partner|girlfriend|boyfriend|friend|lawyer|attorney|"
        r"spokesman|spokeswoman|spokesperson|aide|uncle|aunt|cousin|niece|nephew|grandmother|grandfather|grandson|granddaughter|parents|children|family|relatives|neighbou?r|colleague|agent|publicist")
#: A speaker that is a role or an organisation: "the airline", "a spokesperson for the ministry".
ROLE = (rf"(?<![\w’'\-])(?:(?:(?:[Oo]ne|[Ss]ome|[Mm]any|[Ff]ew|[Tt]wo|[Tt]hree)\s+of\s+(?:the|his|her|their|its|our)\s+(?:[a-z][\w\-]+\s+){{0,2}}"
        # ("One of the victims", "one of his former employees": someone from a group the article does not name)
        rf"(?:{'|'.join(GROUP_SPEAKERS)}))(?![\w’'-])|"
        # ("Her family said in a statement": someone's relatives, unnamed, who speak together)
        rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w\-]+\s+)?(?:family|parents|relatives|campaign|office|{_KIN})(?![\w’'-])(?!\s+(?-i:[A-Z]))|"
        # ("Day's animal foundation said": a body known by whose it is)
        rf"[A-Z][\w\-]+[’']s\s+(?:[a-z][\w\-]+\s+){{0,2}}(?:foundation|family|campaign|office|estate|charity|trust|"
        rf"company|party|government|{_KIN})(?![\w’'-])(?!\s+(?-i:[A-Z]))|"
        # (a few words before what it is, never a conjunction or a verb of saying: not "The man fled but police")
        # (nor a place or whose: in "wrote the senators in their letter" the senators write)
        rf"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal)\s+(?:(?:(?!(?:but|and|or|nor|while|when|because|said|says|told|in|on|at|to|"
        rf"from|by|with|into|their|his|her|its|our)\b)[\w’'\-]+"
        rf"|(?:[A-Z]\.){{2,}})\s+){{0,3}}?(?:{_ORG_NOUN}|{_PERSON_ROLE}|"
        # ("The family of Amadou Diallo released a statement": his relatives, not the man)
        rf"family|families|parents|relatives|"
        # (capitalised as part of a name: "The Foreign Ministry of Iraq", "The Commissioner")
        rf"(?:{'|'.join(w.capitalize() for w in ORG_HEADS)}))"
        rf"(?:\s+(?:{_PERSON_ROLE})(?![\w’'-]))?"
        rf"(?:\s+(?:for|of|at|from|with|in|within|inside|close\s+to)\s+(?:the\s+)?(?:[a-z]+\s+(?=[A-Z]))?(?:[A-Z][\w’'\-&]*|(?:of|for|and|the)(?=\s+[A-Z]))"
        rf"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?[A-Z][\w’'\-&]*)*"
        # "a spokeswoman for the Smith family": a family or a firm named by its name, then what it is
        rf"(?:\s+(?:family|campaign|team|estate|government|company|group|foundation|trust))?)?)(?![\w’'-]))")
ROLE_RE = re.compile(ROLE)
_ONE_OF_SUBJECT = re.compile(r"\s*(?P<who>(?:One|Another)\s+of\s+(?:the|his|her|their|its|our)\s+(?:[a-z][\w\-]+\s+){0,2}"
                             rf"(?:{'|'.join(GROUP_SPEAKERS)}))\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+)?[a-z]+(?:ed|s)?\b")
_ONE_OF = re.compile(r"(?:one|some|many|few|two|three)\s+of\s+(?:the|his|her|their|its|our)\s", re.I)
_PERSON_ROLE_RE = re.compile(rf"\b(?:{_PERSON_ROLE})\b")
_ORG_NOUN_RE = re.compile(rf"(?:{_ORG_NOUN}|announcement|release|website|site|post|blog|memo|filing|document|record|"
                          rf"data|figures|bulletin|notice|tweet|e-?mail|message|letter|statement|citation|poll|"
                          rf"analysis|assessment|review|book|film|video|transcript)s?$", re.I)

PRONOUNS = ("he", "she", "they", "He", "She", "They")
_HE_NAME = re.compile(r"(?<=[,;:]\s)(?:He|She)\s+[A-Z][a-z]+(?=,|\s+[a-z])")
# a sentence opening with a subject the names reader counts as nobody, then a verb ("Seyedmadani explored", "The mayor met")
_UNREAD_SUBJECT = re.compile(rf"\s*(?:[A-Z][\w’'\-]+|(?:The|A|An)\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{_PERSON_ROLE}))\s+"
                             r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|met|has|had|is|was|will|spoke|took|gave|sat|ran)\b")
UNCLEAR = "speaker unclear: two people named before the quote"  #: said instead of guessing who a pronoun means
# (or after a quote: "“…,” he told Lieberman, who conducted the interview": "he" is still the one meant)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;!?][”’\"]?\s+|\b(?:and|but|when|while|as|after|before)\s+)(?:he|she|He|She)\s+[a-z]")


def is_role(speaker: str) -> bool:
    """Whether a speaker is a role or an organisation written in lower case ("the airline").

    >>> is_role("the airline"), is_role("Lina Voss"), is_role("A Washington Post reporter"), is_role("The Washington Post")
    (True, False, True, False)
    >>> is_role("Gregoire's spokesman")
    True
    """
    if re.match(r"[A-Z][\w\-]+[’']s\s+(?:[a-z][\w\-]+\s+){0,2}[a-z][\w\-]+$", speaker):
        return True  # "Gregoire's spokesman": a job given as someone's
    if re.fullmatch(r"(?:(?:still|yet)\s+)?another(?:\s+[a-z][\w\-]+)?", speaker, re.I):
        return True  # "another enthusiast", "still another": one more of the people just quoted
    if _ONE_OF.match(speaker):
        return True  # "One of the victims": someone from a group
    if not re.match(r"(?:an?|the|one|two|several)\s", speaker, re.I):
        return False
    # "the airline", "The ministry", "A Washington Post reporter", "The Iraqi government": the head noun (before "for", "of", …) is no name
    head = re.split(r"\s+(?:for|of|at|from|with|in)\s+", speaker, maxsplit=1)[0].split()
    return speaker[:1].islower() or head[1][:1].islower() or head[-1][:1].islower()


#: Named members and others with them, as a release gives a letter's signers: "Bernie Sanders and 31 of his colleagues".
LEAD_AND_OTHERS = re.compile(r"(?:[A-Z][\w’'.-]+,?\s+)+and\s+(?:[\w-]+\s+){0,6}(?:colleagues|[Mm]embers)\b")


def is_unnamed_person(speaker: str) -> bool:
    """Whether a role speaker is a person nobody names ("a senior executive at the X Centre").

    A group named only by what its people are ("doctors", "NASA researchers") is unnamed too.

    >>> is_unnamed_person("a spokesperson for the ministry"), is_unnamed_person("the airline")
    (True, False)
    >>> is_unnamed_person("NASA researchers"), is_unnamed_person("Lina Voss")
    (True, False)
    """
    if _ONE_OF.match(speaker):
        return True  # "One of the victims", "one of his former employees"
    head = re.split(r"\s+(?:for|of|at|from|with|in)\s+", speaker, maxsplit=1)[0]
    if head.split() and head.split()[-1].lower() in _GROUP_SET and not LEAD_AND_OTHERS.match(head):
        return True
    if re.fullmatch(r"(?:(?:still|yet)\s+)?another(?:\s+[a-z][\w\-]+)?", speaker, re.I):
        return True  # "another enthusiast", "still another": nobody named
    if re.fullmatch(rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w\-]+\s+)?(?:{_KIN}|(?!campaign$|office$)[a-z][\w\-]+)", speaker):
        return True  # "his wife", "her lawyer": someone's relative or aide, never named ("his campaign" is a body)
    last = head.split()[-1]  # "the goalkeeper": a role whose head is no organisation or document ("the state attorney general's office" is)
    return is_role(speaker) and not (re.search(r"[’']s$", head.split()[-2] if len(head.split()) > 1 else "") and _ORG_NOUN_RE.search(last)) \
        and (bool(_PERSON_ROLE_RE.search(head)) or last.islower() and not _ORG_NOUN_RE.search(last))


_KIN_AFTER = re.compile(rf"[’']s?\s+(?:[a-z]+\s+)?(?:{_KIN})\b")
_KIN_BEFORE = re.compile(rf"\b(?:{_KIN})\s+of\s+(?:the\s+late\s+)?$", re.I)
_TOKEN = re.compile(r"[\w’'\-]+")
_OWN_CLAUSE = re.compile(rf"(?P<n>{NAME})[’']s\s+(?:[a-z]+\s+){{0,2}}(?:statement|remarks|comments|testimony|speech|interview|letter|post|message)\s+(?:in\s+which|where)\s+")


_SAYS = re.compile(r"\b(?:said|says|told|tells|added|stated|wrote|asked|argued|warned|explained|insisted|noted|called|"
                   r"calls|described|describes|according)\b")


@lru_cache(maxsize=512)
def _people_at(chunk: str, offset: int, quotes: tuple) -> tuple:
    """:func:`_people_in` remembered (the same): :func:`resolve_pronoun` reads a sentence again for each pronoun after it."""
    return tuple(_people_in(chunk, offset, list(quotes)))


def resolve_pronoun(article: Article, before: int, quotes: list[tuple[int, int]]) -> tuple[str | None, str]:
    """Who a pronoun at offset ``before`` refers to: ``(name or None, why)`` (see :func:`_last_named`); never a
    person the article has called by the other pronoun (:func:`.pronouns.pronoun_for`)."""
    word = (article.text[before:before + 4].split() or [""])[0].lower()
    if (own := _OWN_CLAUSE.search(article.text, max(0, before - 120), before)) and own.end() == before and len(re.findall(r"(?<!\S)[“\"]", article.text[before:(article.text.find(".", before) + 1) or None])) <= 1:
        return resolve_name(article, own.group("n"), own.start()), "the one whose statement the sentence names (“X’s statement in which he …”; one quote only)"
    name, why = _last_named(article, before, quotes, aged=bool(re.match(r"[Tt]he\s+\d{1,3}-year-old", article.text[before:before + 20])),
                            pronoun=word if word in ("he", "she") else None)
    if name and word in ("he", "she") and (used := pronoun_for(article, name, before)) and used != word:
        return None, f"speaker unclear: the article calls {name} “{used}”, not “{word}”"
    return name, why


def _last_named(article: Article, before: int, quotes: list[tuple[int, int]], aged: bool = False,
                pronoun: str | None = None) -> tuple[str | None, str]:
    """Who a pronoun at offset ``before`` refers to: ``(name or None, why)``.

    The person is the last one named before the pronoun, outside any quote (``quotes`` are
    ``(start, end)`` spans of quoted text), in this paragraph or the ones before it. When the
    last sentence that names anyone names two different people, the answer is None with
    :data:`UNCLEAR`: a wrong name is worse than none. ``aged`` ("the 26-year-old said"): only a person has an
    age, so a subject the article never marks as one (a club, a firm) beside a person given a job is unclear.
    """
    text = article.text
    spans = tuple(map(tuple, quotes))  # (hashable, for _people_at)
    known: dict[str, str] = {}
    forms: dict[str, set[str]] = {}  # every full form per surname: two Smiths are two people
    # (the article's names, read once and cached, that end before the pronoun and lie outside quotes)
    singles = single_names(text)
    places = places_in_text(text)
    for s, e, n in (p for p in people_in_text(text) + singles
                    if p[1] <= before and not any(a <= p[0] < b for a, b in quotes)):
        key = surname(n)
        known.setdefault(key, n)
        forms.setdefault(key, set()).add(n)
        if len(n) > len(known[key]):
            known[key] = n

    def fullest(name: str) -> str:
        """The longest earlier form holding every word of ``name``; a bare surname two people share stays bare."""
        words = [w for w in name.split() if w.rstrip(".") not in HONORIFICS]
        cands = [c for c in forms.get(surname(name), ()) if _has_words(c, words)]
        if len(words) == 1 and not [c for c in cands if c != name]:
            # "Markus said …" after "Markus Kessler": a first name the article gave in full, to one person only
            firsts = {c for fs in forms.values() for c in fs if len(c.split()) > 1 and c.split()[0] == words[0]}
            if len(firsts) == 1:
                return firsts.pop()
        if len(words) == 1 and len({c.split()[0] for c in cands if len(c.split()) > 1}) > 1:
            return name
        return max(cands + [name], key=len)
    ruled_out = None  # a person named last whom the pronoun cannot mean (by first name)
    for para in reversed(article.paragraphs):
        if para.start > before:
            continue
        if para.end <= before and is_caption(para.text) and len({surname(n) for _, _, n in _people_in(para.text, para.start, quotes)}) != 1:
            continue  # a photo caption that names several people (or none) is not what the writer means
        for sent in reversed(para.sentences):
            if sent.start >= before:
                continue
            chunk_end = min(sent.end, before)
            names = [n for n in _people_at(text[sent.start:chunk_end], sent.start, spans) if n[2] not in places]
            if names and (groups := groups_in_text(text, frozenset(n[2] for n in names))):
                names = [n for n in names if n[2] not in groups]  # "Khmer Rouge guerillas", once "the Khmer Rouge"
            if sent.end > before and (first := min((a for a, b in quotes if sent.start <= a and b <= before), default=None)) \
                    and not _SAYS.search(text, sent.start, first):
                # "Targeting exiles to legitimise Hun Sen’s rule would “backfire,” he said": an owner in the words is not "he"
                names = [n for n in names if not (n[1] < first and text.startswith(("’s", "'s"), n[1]))]
                if not names:
                    continue
            names += [p for p in singles if sent.start <= p[0] and p[1] <= chunk_end  # ("… says Heng, who gave no surname")
                      and not any(a <= p[0] < b for a, b in quotes) and not any(a <= p[0] < b for a, b, _ in names)]
            # "In an opinion piece, He Wenping, a research fellow, …": "He" capitalised inside a sentence is a family name
            names += [(sent.start + m.start(), sent.start + m.end(), m.group())
                      for m in _HE_NAME.finditer(text[sent.start:chunk_end])]
            if known:
                # (whole words only, so "K-Cement" is no mention of a "Cement"; "Honcharuk's" is of "Honcharuk")
                for m in _TOKEN.finditer(text, sent.start, chunk_end):
                    word = m.group()
                    if word not in known:
                        word = word[:-2] if word[-2:] in ("’s", "'s") else ""
                        if word not in known:
                            continue
                    s = m.start()
                    if not any(a <= s < b for a, b in quotes) and not any(a <= s < b for a, b, _ in names):
                        names.append((s, s + len(word), fullest(word)))
            names = not_meant(text, names, sent.start, sent.end, before)  # (objects, parts played, topics, labels)
            # "Lee Moss’s wife said …", "The mother of Sok Dara waited …": the relative is who a later "she" means
            kin = [n for n in names if _KIN_AFTER.match(text, n[1]) or _KIN_BEFORE.search(text, max(0, n[0] - 40), n[0])]
            if kin:
                names = [n for n in names if n not in kin]
                if not names:
                    return None, ("speaker unclear: the sentence before is about someone the article does not name "
                                  f"({kin[-1][2]}’s relative)")
            if not names:
                role = _ROLE_SUBJECT.match(text, sent.start, chunk_end)
                if role:  # "The Shadow Health Secretary has criticised …. He …": the person given by their job
                    return role.group().strip(), "the sentence before is about them, given by their job"
                one = _ONE_OF_SUBJECT.match(text, sent.start, chunk_end)
                if one:  # "One of the victims decided to …. She said …": one of a group, unnamed
                    return one.group("who"), "the sentence before is about them: one of a group, not named"
                if _UNNAMED_SUBJECT.search(text[sent.start:chunk_end]):
                    # "In the skit, the young woman makes clear why …. “…,” she tells her mother": someone
                    # the article does not name; a person named further back may not be the one meant
                    return None, "speaker unclear: the sentence before is about someone the article does not name"
                continue
            names.sort()
            lead = text[sent.start:names[0][0]]
            if _PRONOUN_SUBJECT.search(lead):
                # "In school, she read a biography of Sally Ride": the sentence's subject is a pronoun,
                # the person it names is not whom a later "she" means; look further back
                continue
            if pronoun:
                # "Keir Starmer campaigned alongside Angela Rayner. “…,” she said": a first name that clearly says
                # the other pronoun rules that person out (pronouns.first_name_pronoun), never anyone in
                # (the article's own pronoun for the person, when it shows one, comes first: "Ayan Mohamed Ali … her")
                # (read only when it can change the answer: one person whose first name fits is checked later)
                fitting = [n for n in names if (len(names) == 1 and first_name_pronoun(fullest(n[2])) in (None, pronoun))
                           or (pronoun_for(article, fullest(n[2]), before) or first_name_pronoun(fullest(n[2])))
                           in (None, pronoun)]
                if not fitting and not ruled_out and para.start <= before < para.end:
                    # ("Prosecutor Ingrid Solberg told …. Defence lawyer Henrik Dahl argued …. “…,” she added": one sentence back)
                    ruled_out = fullest(names[-1][2])
                    continue
                if not fitting:
                    return None, (f"speaker unclear: “{pronoun}” after {ruled_out or fullest(names[-1][2])}, whose "
                                  f"first name is usually given with the other pronoun")
                said = [n for n in fitting if first_name_pronoun(fullest(n[2])) == pronoun]
                if len({surname(n[2]) for n in fitting}) == 1 and (said or as_person(text, before, fitting[-1][2])):
                    # (only when that leaves one person the article marks as one: never a body's name that looks
                    # like a person's, "International Free-Trade Zone")
                    names = fitting
                # (but never the one whose first name says the pronoun, among several whom it may mean: "Hun Sen spoke to
                # Robert Lieberman. “…,” he said" would name Lieberman, for a first name the table lacks)
            if kin_beside(text, names, pronoun):  # "Marco Bellini and his brother Luca ran …. He said": either
                return None, UNCLEAR
            people = {surname(n) for _, _, n in names} | ({"(two of them)"} if len({fullest(n) for _, _, n in names}) > 1 and all(
                len(fullest(n).split()) > 1 for _, _, n in names) else set())  # ("Grace Kim … her daughter, Hannah Kim")
            if len(people) == 1 and _UNREAD_SUBJECT.match(lead) and _PREP_BEFORE.search(lead) \
                    and lead.split()[0].lower() not in OPENERS - {"the", "a", "an"} \
                    and not re.search(r"\baccording\s+to\s+$", lead):  # ("… a big factor, according to Kidston.")
                # "Seyedmadani explored … before connecting with Keith Tucker. “…,” she said": the one name
                # read is an object; the subject, a capitalised word never seen as a name, may be the speaker
                job = re.match(r"\s*(?:The|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?=\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b)", lead)
                if job and (held := role_antecedent(article, job.group().strip(), sent.start)):
                    # ("Actress Denise Crosby …. The actress recalled her season with Star Trek …. “…,” she said")
                    return held, f"the sentence before is about {job.group().strip().lower()}, {held}"
                return None, "speaker unclear: the sentence before names one person, but someone else is its subject"
            if len(people) > 1:
                # "One villager grateful for Hun Sen’s benevolence is Met Hat, 34.": a name owning something is
                # not who a later "she" is, when one other person is named
                owners = [n for n in names if text.startswith(("’s", "'s"), n[1])]
                others = {surname(n[2]) for n in names if n not in owners}
                if owners and len(others) == 1:
                    subject = next(n for _, _, n in names if surname(n) in others)
                else:
                    subject = sentence_subject(text, sent.start, names)
                if subject is None:
                    return None, UNCLEAR
                if aged and not as_person(text, before, subject):
                    # "Tottenham Hotspur confirmed the signing of midfielder James Maddison. “…,” the 26-year-old
                    # said": a subject nothing marks as a person (a club, a firm) beside someone else
                    return None, f"speaker unclear: the sentence before names {subject}, which may be no person, and others"
                return fullest(subject), "the subject of the sentence that names them"
            best = max(names, key=lambda t: (t[1], len(t[2])))[2]
            return fullest(best), "the last person named before the pronoun"
    if ruled_out:
        return None, f"speaker unclear: “{pronoun}” after {ruled_out}, whose first name is usually given with the other pronoun"
    return None, "a pronoun with nobody named before it"


_FIRST_NAME_ONLY = re.compile(r"\bwho\s+(?:would\s+)?(?:gave|give|provided|offered|shared)\s+only\s+(?:his|her|their)\s+"
                              r"(?:first\s+)?name,?\s+(?P<name>[A-Z][\w’'\-]+)\b")


def appositive(text: str, after: int, desc: str | None) -> str | None:
    """The name set beside a role: "the museum's head curator, Ana Ruiz of Madrid" -> "Ana Ruiz"."""
    if desc and re.fullmatch(NAME, desc) and not is_org(desc) and desc.rstrip(".") not in HONORIFICS:  # (not "Dr" alone)
        return desc
    if desc and (first := _FIRST_NAME_ONLY.search(desc)):
        return first.group("name")  # "said another trader, who gave only his first name, Otieno"
    # (perhaps with where they work after: "glaciologist Martine Dufresne of the Grenoble Alpine Institute")
    job = re.fullmatch(rf"(?!(?:which|who|whose|that|where|when|and|or|but)\b)(?:[a-z][\w\-]*\s+){{1,3}}(?P<name>{NAME})"
                       rf"(?:\s+(?:of|at|from)\s+[^,“”\"]{{2,80}})?", desc or "")
    if job and not is_org(job.group("name")) and len(job.group("name").split()) >= 2:
        return job.group("name")  # "the study's lead author, doctoral candidate Maninder Thind," -> the name
    if (handle := re.match(r"\s+[‘“\"'](?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})[’”\"'](?![\w’'])", text[after:after + 80])) and not is_org(handle.group("name")):
        return handle.group("name")  # "comments one user ‘Sleepy Orange’ under a video": the name they post under
    m = re.match(rf"(?:\s+[a-z][\w\-]*){{0,3}},\s+(?P<name>{NAME})(?![\w’'])", text[after:after + 160])
    if m and not is_org(m.group("name")) and len(m.group("name").split()) >= 2 and not m.group("name").endswith(("’s", "'s")):
        return m.group("name")  # (not "The Chosun Ilbo, South Korea’s largest newspaper,": whose newspaper, no name)
    return None


#: A person given by their nationality after "the" ("“…,” the Spaniard said"): news style for the person
#: just named, resolved as "he" or "she" would be, never a name of its own.
DEMONYM_ROLE = re.compile(r"(?:Spaniard|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Briton|Swiss|Greek|Thai|Pole|Swede|Dane|"
                          r"Finn|Turk|Scot|Scotsman|Welshman|Welshwoman|Irishman|Irishwoman|Englishman|Englishwoman|Kiwi|"
                          r"Argentine|Filipino|Filipina|Pakistani|Israeli|Iraqi|Afghan|[A-Z][a-z]+(?:ian|an|ese))")
#: Words of a title before the job word ("Prime Minister", "Foreign Secretary", "Chief Justice").
_TITLE_WORDS = frozenset("Prime Foreign Home Finance Defence Defense Interior Health Supreme First Lord".split())
#: Titles whose last word is no job ("First Lady Jill Biden … The First Lady said").
_TITLE_PAIRS = frozenset({"First Lady", "First Gentleman"})


def resolve_name(article: Article, name: str, before: int) -> str:
    """The fullest earlier form of ``name`` ("Dr. Al-Maliki" -> "Dr. Haneen Al-Maliki"). A pronoun is resolved with
    :func:`resolve_pronoun` (never to a name inside a quote), else returned. Job titles are dropped ("Mayor Lena Ortiz"
    -> "Lena Ortiz"), and an office's field ("Minister for Industry Clara Ventimiglia"); roles ("the airline") stay."""
    if name.split()[0] in PRONOUNS:
        return resolve_pronoun(article, before, quote_spans(article))[0] or name
    name = unglued(name, article.text)  # ("said Rep. Ocasio-Cortezin a statement": a scrape's lost space)
    if article.text.startswith(name, before) and (nick := NICKNAME_AFTER.match(article.text, before + len(name))):
        name = f"{name} {nick.group(1)}"  # ("stated Maj. Gen. William “Bill” Crane": the surname after the nickname)
    if len(name.split()) >= 3 and article.text.startswith(name, before) and (ps := people_in_text(article.text)) and (inner := [
            n for s, e, n in ps if before < s and e == before + len(name) and not any(before <= x < s for x, _, _ in ps)
            and re.fullmatch(r"(?:[A-Z][\w&’'-]*,?\s+(?:(?:of|for|and)\s+)?)+", article.text[before:s])]):
        name = inner[0]  # (the person the office's field runs into, as the names reader reads them)
    if re.fullmatch(rf"(?:[Tt]he\s+)?[A-Z]{{2,}}\s+(?:{_ORG_NOUN})", name):
        return "the " + re.sub(r"^[Tt]he\s+", "", name)  # "The GMB union said": the union, named by its initials
    title = re.sub(r"^[Tt]he\s+", "", name)
    # ("The President said": the article left outside the name as written)
    after_the = bool(re.search(r"(?<![\w-])[Tt]he\s+$", article.text[max(0, before - 5):before]))
    if (title != name or len(title.split()) > 1 or after_the) \
            and (title.split()[-1] in JOB_TITLES and (title != name or after_the or not any(  # ("Rep. Bishop": Rob Bishop)
                n.split()[-1] == title.split()[-1] != n for _, _, n in people_in_text(article.text))) or title in _TITLE_PAIRS) \
            and (title in _TITLE_PAIRS or all(w.rstrip(".") in JOB_TITLES or w in _TITLE_WORDS or _DEMONYM.fullmatch(w) and i == 0
                                              for i, w in enumerate(title.split()))):  # (not "King said"; "the French President")
        # "the Prime Minister said": a title alone is the person named with it before ("Prime Minister Igor
        # Matovič"), else the role as written, never its last word
        # (or set beside it: "The Prime Minister, Rishi Sunak, arrived")
        held = [m.group(1) for m in re.finditer(rf"(?<![Ff]ormer\s)(?<!\bex-)\b{re.escape(title)}(?:\s+|,\s+(?=[^,]+,))({NAME})",
                                                article.text[:before])
                if person(m.group(1)) == m.group(1) and not is_org(m.group(1)) and not in_headline(article.text, m.start(1), m.end(
                    1))]  # (not "Former Prime Minister Tony Blair", nor "Governor Signs Flood Relief Bill")
        return resolve_name(article, held[-1], before) if len(set(held)) == 1 else f"the {title}"
    if not name[:1].isupper() and not re.match(r"(?:al|el|abu|bin|ibn|van|von|de|da|di|du)[\-’'\s][A-Z]", name) \
            or re.match(r"(?:An?|The|One|Two|Several)\s+(?:(?:[A-Z]\.){2,}\s+)?[a-z]", name):  # ("The U.S. lawmaker")
        return name  # a role or an organisation: "the airline", "a spokesperson for the ministry"
    if name in _SURNAME_PLACES and len(set(full := [f for f in re.findall(rf"\b[A-Z][a-z]+\s+{name}\b", article.text[:before])
                                                    if speaking_place(f)])) == 1:
        return full[-1]  # "Day said" after "Doris Day": a surname that is also a word of places or bodies
    if is_org(name) and (is_org(person(name)) or not person(name)[:1].isupper()  # (not "of Iraq", nor "Relations and
                         or re.search(r"\s(?:and|of|for|&)\s", person(name))):    # Cooperation": no person's name)
        return re.sub(r"^The\s+", "", name)  # "PC Magazine", "ACME Corporation": an organisation keeps its name
    if len(name.split()) > 1 and all(w.rstrip(".") in JOB_TITLES for w in person(name).split()) and not any(  # ("one DARPA Program
            n.split()[-1] == name.split()[-1] for _, _, n in people_in_text(article.text)):  # Manager says": a job, no name; not "Chair King")
        return (d.group() if (d := re.search(r"(?<![\w’'-])(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he)\s+$", article.text[max(0, before - 9):before])) else "") + name
    name = person(name)
    best = name
    # a fuller form has every word of the name ("Al-Maliki" -> "Haneen Al-Maliki"); never "Anna" for "Tom Smith"; "Smith" after two Smiths stays
    words = [w for w in name.split() if w.rstrip(".") not in HONORIFICS]
    fuller = {cand for key, cands in names_by_surname(article.text).items() if fold(key) == fold(surname(name))  # (accents
              for end, cand in cands if end <= before and _has_words(cand, words)}  # either way: "Diaz-Balart", "Díaz-Balart")
    people = {n for s, e, n in people_in_text(article.text) if e <= before}  # (names read as people, not headings)
    firsts = {c.split()[0] for c in fuller & people if len(c.split()) > 1 and c.split()[0].rstrip(".") not in HONORIFICS}
    if len(firsts) <= 1 or len(words) > 1:
        for cand in fuller:
            if len(cand) > len(best) or len(cand) == len(best) and cand > best:
                best = cand
    if best == name and len(words) == 1:  # "Xi said" after "Xi Jinping", "Ms. Kim" after "Kim Eun-hye": a family name
        # written first (Chinese, Korean, Hungarian order) when exactly one earlier full name starts with it, none ends with it
        fuller = {cand for cands in names_by_surname(article.text).values() for end, cand in cands
                  if end <= before and len(cand.split()) > 1 and cand.split()[0] == words[0]}
        fuller = {c for c in fuller if not any(o.startswith(c + " ") for o in fuller)}  # ("Kim Jong" in "Kim Jong Un")
        near = {c for c in fuller if article.text.rfind("\n", 0, before) < article.text.rfind(c, 0, before)}  # (this paragraph's)
        if len(fuller) == 1 or len(near) == 1:  # (of two Parks, "Park Jin, who served …. Park stated": the one just named)
            best = (fuller if len(fuller) == 1 else near).pop()
    if best.startswith(("Lady ", "Gentleman ")) and re.search(rf"\bFirst\s+{re.escape(best)}", article.text):
        best = best.split(" ", 1)[1]  # ("First Lady Jill Biden": the title's last word is no form of address)
    return best


def _has_words(cand: str, words: list[str]) -> bool:
    """Whether every word of a name occurs in a longer form of it, in order ("Al-Maliki" in "Dr. Haneen
    Al-Maliki"; "Tom Smith" not in "Anna Smith")."""
    it = iter(cand.split())
    return all(any(fold(w) == fold(c) for c in it) for w in words)


# the patterns searched most, behind a look-ahead on their matches' first characters (same matches, faster: _prefilter.quick)
_ORG_NOUN_RE, _KIN_BEFORE, ROLE_RE = map(quick, (_ORG_NOUN_RE, _KIN_BEFORE, ROLE_RE))
