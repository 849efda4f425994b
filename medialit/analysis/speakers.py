"""Speakers: who a quote or a claim is credited to, as the kit reads names, roles and pronouns.

Private helpers shared by :mod:`.quotes` and :mod:`.attribution` so that the two always
agree about who speaks in a sentence.

- :func:`person`: a name without the job title or acronym written before it
  ("ACME Director Lina Voss" -> "Lina Voss"); forms of address stay ("Dr. Hamid Rezaei").
- :data:`ROLE`: a speaker that is an organisation or a role ("the airline",
  "a spokesperson for the ministry").
- :func:`resolve_pronoun`: the person a "he" or "she" refers to, never a name inside a
  quote, and nobody (with the reason) when two people were just named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._text import NAME, PLAIN_NAME_RE, STOPWORDS, TITLED_NAME_RE, is_org, is_place, sentence_at, surname
from ..corpus.tables import Article

#: Forms of address kept as part of a name ("Dr. Haneen Al-Maliki", "Mr. James O'Neill").
HONORIFICS = frozenset("Dr Mr Mrs Ms Mx Prof Rev Sheikh Imam Ayatollah Sir Dame Lady Lord".split())
#: Job titles and ranks written before a name; the speaker is the person, not the job.
JOB_TITLES = frozenset("""
Panelist Panellist Moderator Biologist Chemist Geologist Meteorologist Ranger Intern Volunteer Trainee
General Gen Colonel Col Captain Capt Lieutenant Lt Sergeant Sgt Major Maj Admiral Adm Commander Cmdr Corporal
Director Mayor Senator Sen Governor Gov Minister Secretary President Vice Deputy Acting Chief Judge Justice
Principal Superintendent Detective Officer Inspector Councilmember Councilman Councilwoman Councillor Councilor
Commissioner Chairman Chairwoman Chair Chairperson Editor Coach Ambassador Prime Foreign Interior Defense Defence
Health Finance Education Economy Justice Trade Labor Labour State Spokesperson Spokesman Spokeswoman
Representative Rep Assemblymember Congressman Congresswoman Premier Chancellor King Queen Prince Princess Pope
Bishop Archbishop Cardinal Father Sister Brother Pastor Rabbi Professor CEO CFO COO Executive Manager Head
Leader Speaker Attorney Prosecutor Sheriff Trooper Constable Dean Provost Rector Founder Co-founder Author
Analyst Economist Researcher Scientist Historian Engineer Nurse Doctor Lawyer Reporter Correspondent Anchor
Host Producer Commentator Activist Organizer Organiser Vicar Emir Crown Sultan Grand Supreme High Opposition
Administrator Astronaut Technician Pilot Artist Painter Photographer Writer Poet Astrophysicist Physicist
Lead Senior Associate Assistant Program Project Mission Flight Operations Branch Division Center Deputy
General-Secretary Secretary-General Director-General Attorney-General Surgeon Auditor Comptroller Treasurer
chief director minister spokesperson editor
""".split())

#: People named only by what they are, in the plural: "critics", "officials", "doctors" (a vague source
#: as the subject of a reporting verb; a group speaker of a quote).
GROUP_SPEAKERS = """critics sources insiders diplomats officials experts analysts observers commentators scholars
    economists historians scientists researchers astronomers engineers investigators inspectors doctors physicians
    medics nurses lawyers attorneys prosecutors lawmakers legislators politicians opponents supporters campaigners
    activists protesters protestors demonstrators witnesses residents locals villagers rescuers aides advisers
    advisors allies employees workers staffers neighbours neighbors parents teachers farmers traders merchants
    authorities organisers organizers citizens people voters fans passengers families customers members
    prisoners inmates detainees patients students soldiers troops survivors refugees""".split()
_GROUP_SET = frozenset(GROUP_SPEAKERS)

_ORG_NOUN = (r"airline|ministry|company|firm|government|agency|department|council|committee|commission|"
             r"police|army|military|embassy|hospital|school|university|court|board|union|club|team|group|"
             r"organi[sz]ation|organi[sz]ers|office|authority|authorities|regulator|manufacturer|operator|"
             r"institute|foundation|charity|party|campaign|network|newspaper|broadcaster|publisher|bank|"
             r"city|county|state|district|court|prosecutor's office|White House|Kremlin|Pentagon|"
             r"article|editorial|study|report|paper|survey|letter|journal|administration|cabinet|parliament|"
             r"senate|congress|regime|coalition|alliance|station|channel")
_PERSON_ROLE = (r"spokesperson|spokesman|spokeswoman|official|officials|representative|representatives|"
                r"executive|source|sources|aide|adviser|advisor|diplomat|insider|witness|resident|"
                r"statement|employee|worker|staff member|member|analyst|expert|researcher|officer|minister|"
                r"secretary|director|chief|mayor|governor|president|chairman|chairwoman|chair|head|commander|"
                r"leader|manager|editor|professor|teacher|doctor|lawyer|scientist|engineer|prosecutor|judge|"
                r"reporter|journalist|correspondent|columnist|critic|commentator")
#: A speaker that is a role or an organisation: "the airline", "a spokesperson for the ministry".
ROLE = (rf"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal)\s+(?:[\w’'\-]+\s+){{0,3}}?(?:{_ORG_NOUN}|{_PERSON_ROLE})"
        rf"(?:\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?(?:[A-Z][\w’'\-&]*|of|for|and|the)"
        rf"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?[A-Z][\w’'\-&]*)*)?)(?![\w’'-])")
ROLE_RE = re.compile(ROLE)
_PERSON_ROLE_RE = re.compile(rf"\b(?:{_PERSON_ROLE})\b")

_CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
PRONOUNS = ("he", "she", "they", "He", "She", "They")
#: Said instead of guessing when the person a pronoun refers to is not clear.
UNCLEAR = "speaker unclear: two people named before the quote"
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s+|\b(?:and|but|when|while|as|after|before)\s+)(?:he|she|He|She)\s+[a-z]")
# a sentence whose subject is a person given only by their job: "The Tory Shadow Health Secretary has …"
_ROLE_SUBJECT = re.compile(r"\s*(?:The|A|An)\s+(?:[A-Z][\w’'\-]*\s+){0,5}(?:Secretary|Minister|Spokesman|Spokeswoman|"
                           r"Spokesperson|Director|Chief|President|Chairman|Chairwoman|Governor|Mayor|Senator|"
                           r"Ambassador|Commissioner)\b")


def is_role(speaker: str) -> bool:
    """Whether a speaker is a role or an organisation written in lower case ("the airline").

    >>> is_role("the airline"), is_role("Lina Voss"), is_role("A Washington Post reporter"), is_role("The Washington Post")
    (True, False, True, False)
    """
    if not re.match(r"(?:an?|the|one|two|several)\s", speaker, re.I):
        return False
    # "the airline", "The ministry", and "A Washington Post reporter", "The Iraqi government": the
    # head noun (before "for", "of", "at" ...) is a common noun, not a name
    head = re.split(r"\s+(?:for|of|at|from|with|in)\s+", speaker, maxsplit=1)[0].split()
    return speaker[:1].islower() or head[1][:1].islower() or head[-1][:1].islower()


def is_unnamed_person(speaker: str) -> bool:
    """Whether a role speaker is a person nobody names ("a senior executive at the X Centre").

    A group named only by what its people are ("doctors", "NASA researchers") is unnamed too.

    >>> is_unnamed_person("a spokesperson for the ministry"), is_unnamed_person("the airline")
    (True, False)
    >>> is_unnamed_person("NASA researchers"), is_unnamed_person("Lina Voss")
    (True, False)
    """
    head = re.split(r"\s+(?:for|of|at|from|with|in)\s+", speaker, maxsplit=1)[0]
    if head.split() and head.split()[-1].lower() in _GROUP_SET:
        return True
    return is_role(speaker) and bool(_PERSON_ROLE_RE.search(head))


def person(name: str) -> str:
    """A person's name without job titles or acronyms before it; forms of address stay.

    >>> person("ACME Director Lina Voss"), person("General Tarek al-Nouri"), person("Dr. Hamid Rezaei")
    ('Lina Voss', 'Tarek al-Nouri', 'Dr. Hamid Rezaei')
    """
    words = name.split()
    # "Forest Service Chief Randy Moore": the name is what follows the last job title
    inner = [i for i, w in enumerate(words[:-1]) if w.rstrip(".,") in JOB_TITLES and w[:1].isupper()]
    if inner and len(words) - inner[-1] - 1 >= 2:
        words = words[inner[-1] + 1:]
    keep_from = 0
    for i, w in enumerate(words[:-1]):
        bare = w.rstrip(".,")
        if bare in JOB_TITLES or "-" in bare and all(x in JOB_TITLES for x in bare.split("-")) or (len(bare) >= 2 and bare.isupper() and bare.isalpha()) or bare in ("the", "The"):
            keep_from = i + 1
        elif bare in HONORIFICS:
            continue
        else:
            break
    rest = words[keep_from:]
    # a lone surname after a job title is still a name ("Mayor Ortiz" -> "Ortiz")
    return " ".join(rest) if rest else name


_HONOR = "|".join(sorted(HONORIFICS | {t for t in JOB_TITLES if t[:1].isupper()}, key=len, reverse=True))
_PARTICLES = r"(?:al|el|bin|ibn|bint|abu|ben|van|von|de|del|della|der|den|da|di|du|dos|das|la|le|ter|ten|y)"
#: A person's name as written in running text, titles first: "Engineer Scott Hesh", "Dr. Lina Haddad".
_PERSON_RE = re.compile(
    rf"\b(?:(?:{_HONOR})\.?\s+)*(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)*(?:\s+{_PARTICLES}){{0,2}}\s+"
    rf"(?:(?:al|el|abu|bin|ibn)[\-’'])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[’'\-](?!s\b)[A-Z]?[a-z]+)*(?:\s+(?:al|el|abu|bin|ibn)[\-’'][A-Z][a-z]+)?)"
    rf"(?=[’']s\b|(?![\w’']))")
_CREDIT_END = re.compile(r"(?:/\s*|\b(?:Credit|Credits|Photo|Photograph|Image|Courtesy|Photo\s+by|Image\s+by)"
                         r"\s*:?\s*)$", re.I)
_MORE_CAPS = re.compile(r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'\-]*)*")
_HONOR_AT = re.compile(rf"(?:{_HONOR})\b")
_HONOR_END = re.compile(rf"\b(?:{_HONOR})\.?\s+$")
_ARTICLE_END = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
# "the University of California Santa Cruz", "the journal Physical Review D": part of a named thing
_THING_END = re.compile(r"\b(?:University|College|Institute|Academy|School|Museum|Bank|Ministry|Department|Council|"
                        r"Republic|Kingdom|Federation|Commonwealth|Church|Bureau|Office|Society)\s+of\s+(?:the\s+)?$"
                        r"|\b(?:journal|magazine|newspaper|book|paper|report|programme|program|show|series|ship|"
                        r"spacecraft|satellite|mission|telescope|rover|probe|vessel|film)\s+$")
_CAP_END = re.compile(r"\b[A-Z][\w\-]*\s+$")
_PLACE_FIRST = frozenset("Fort Mount Mt Port Lake Camp Cape Saint St San Santa Los Las".split())
_CAPS_ON = re.compile(r"(?:\s+[A-Z][\w’'\-]*)*")
# "NASA’s Airborne Science deputy director": capitalised words right before a job noun name a unit
_UNIT_BEFORE_JOB = re.compile(r"\s+(?:(?:deputy|associate|assistant|acting|senior|chief|lead|principal|program|"
                              r"project|mission|division|branch|staff|former|interim|vice|executive|science|"
                              r"research|flight|operations)\s+){0,2}(?:director|manager|scientist|chief|engineer|"
                              r"administrator|officer|specialist|coordinator|researcher|leader)\b")


_RUN_BACK = re.compile(r"(?:(?:[A-Z][\w’'.\-]*|of|the|for|and|&)\s+)+$")


def _after_job_at(text: str, start: int) -> bool:
    """Whether the capitalised words before ``start`` are a job at an organisation, so that the name at
    ``start`` is a person's: "Secretary of the Air Force James Roche", "Director of Air Force
    Communications Bill Bodie" (the run opens with a job title and says "of" or "for")."""
    run = _RUN_BACK.search(text, max(0, start - 120), start)
    if not run:
        return False
    words = run.group().split()
    return bool({"of", "for"} & set(words)) and any(w.rstrip(".") in JOB_TITLES for w in words[:2])


_ONE_CAP = re.compile(r"\s+[A-Z][a-z]+(?:[’'\-][A-Z]?[a-z]+)*(?![\w’'\-])(?!\s+[A-Z])")


def _name_after_job(text: str, m: re.Match) -> re.Match | None:
    """The last two words of a run of three capitalised words after a job at an organisation, when a
    name match took the first two: "for Acquisition Marvin Sambur" (matched "Acquisition Marvin")."""
    if m.group() != m.group("name") or not _ONE_CAP.match(text, m.end()):
        return None
    second = m.start() + re.search(r"\s+", m.group()).end()
    if not _after_job_at(text, second):
        return None
    later = _PERSON_RE.match(text, second)
    return later if later and later.group() == later.group("name") and later.end() > m.end() else None


def _people_in(text: str, offset: int, skip: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Person names in ``text`` (outside the ``skip`` spans): ``(start, end, name)`` in article offsets.

    A name is left out when it is part of an organisation or a place ("Wallops Flight Facility",
    "Mill Street"): the capitalised words after it are read with it.
    """
    out = []
    for rx in (TITLED_NAME_RE, _PERSON_RE):
        for m in rx.finditer(text):
            if rx is _PERSON_RE and (later := _name_after_job(text, m)):
                m = later  # "… for Acquisition Marvin Sambur": the name is the last two words
            whole = m.group() + _MORE_CAPS.match(text, m.end()).group()
            if rx is _PERSON_RE and (inner := _name_after_country(text, m.start(), whole)):
                out.append((inner[0] + offset, inner[1] + offset, inner[2]))
                continue
            if is_org(whole) or is_place(whole):
                continue
            grp = "name" if rx is _PERSON_RE else 0
            s, e = m.start(grp) + offset, m.end(grp) + offset
            if any(a <= s < b for a, b in skip):
                continue
            lead = text[max(0, m.start() - 30):m.start()]
            if _CREDIT_END.search(lead):
                continue  # "Credit: NASA/Devin Boldt", "(AP Photo/Jo Roe)": who took the picture speaks nowhere
            titled = bool(_HONOR_AT.match(m.group()))
            if (_ARTICLE_END.search(lead) or _THING_END.search(lead)) and not titled:
                continue  # "at the Bayou Classic", "a Grand Prix": a named thing, not a person
            if rx is _PERSON_RE and not titled and (
                    len((m.group() + _CAPS_ON.match(text, m.end()).group()).split()) >= 4
                    or _CAP_END.search(lead) and not _HONOR_END.search(lead) and not _after_job_at(text, m.start())):
                continue  # "Lunar Navigation Satellite System": part of a longer capitalised name
            if m.group(grp).split()[0] in _PLACE_FIRST:
                continue  # "Fort Benning", "Mount Hood": a place
            if not titled and _UNIT_BEFORE_JOB.match(text, m.end()):
                continue  # "Airborne Science deputy director": a unit's name before a job, not a person
            name = person(m.group(grp))
            if rx is _PERSON_RE and len(name.split()) < 2:
                continue
            if any(w.lower() in STOPWORDS or w.lower() in _CALENDAR for w in name.split()):
                continue  # "In March", "On Monday": a capitalised word that opens a sentence
            out.append((e - len(name), e, name))
    out.sort()
    # drop names inside longer ones ("Lena Ortiz" inside "Mayor Lena Ortiz")
    kept: list[tuple[int, int, str]] = []
    for s, e, n in out:
        if kept and s < kept[-1][1]:
            if e - s > kept[-1][1] - kept[-1][0]:
                kept[-1] = (s, e, n)
            continue
        kept.append((s, e, n))
    return kept


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names, one word each ("France", "Iran"), from ISO 3166 (the ``pycountry`` package)."""
    import pycountry

    names = set()
    for c in pycountry.countries:
        for field in ("name", "common_name"):
            value = getattr(c, field, None)
            if value and " " not in value and "," not in value:
                names.add(value)
    return frozenset(names | {"Russia", "Syria", "Iran", "Britain", "America", "Palestine", "Korea"})


_CALENDAR_WORDS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split())


def _name_after_country(text: str, start: int, run: str) -> tuple[int, int, str] | None:
    """The person in a capitalised run that starts with a country and may end with a day:
    "President of France Nicolas Sarkozy Monday" → "Nicolas Sarkozy" (the run as a whole reads as a
    place, or as a longer name, and would be left out).

    >>> _name_after_country("by France Nicolas Sarkozy Monday", 3, "France Nicolas Sarkozy Monday")
    (10, 25, 'Nicolas Sarkozy')
    """
    words = run.split()
    if len(words) < 3 or words[0] not in _countries():
        return None
    while words and words[-1] in _CALENDAR_WORDS:
        words.pop()
    rest = words[1:]
    if not 2 <= len(rest) <= 3 or any(w in _countries() or w.lower() in STOPWORDS for w in rest):
        return None
    name = " ".join(rest)
    if not _PERSON_RE.fullmatch(name) or is_org(name) or is_place(name):
        return None
    at = text.find(name, start)
    return (at, at + len(name), name) if at >= 0 else None


@lru_cache(maxsize=4)
def people_in_text(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every person named in a whole article text (cached: several analyses ask for them)."""
    return tuple(_people_in(text, 0, []))


@lru_cache(maxsize=4)
def names_by_surname(text: str) -> dict[str, list[tuple[int, str]]]:
    """Every form of a person's name in an article, by surname: ``{surname: [(end, name), ...]}``."""
    out: dict[str, list[tuple[int, str]]] = {}
    found = [(m.end(), m.group()) for rx in (TITLED_NAME_RE, PLAIN_NAME_RE) for m in rx.finditer(text)]
    for end, cand in found + [(e, n) for _, e, n in people_in_text(text)]:
        cand = re.sub(r"[’']s$", "", person(cand))  # "Scott McCulloch's report"
        if not is_org(cand) and not is_place(cand):
            out.setdefault(surname(cand), []).append((end, cand))
    return out


def _subject(text: str, sent_start: int, names: list[tuple[int, int, str]]) -> str | None:
    """The person who is the subject of a sentence naming two or more people, when the sentence
    says so plainly: the first name opens the sentence (within its first six words) and the
    others come after a verb or preposition ("James Webb addressed a memo to Hiden T. Cox"), not
    after "and" or a comma (then they share the subject, and the pronoun stays unclear)."""
    first, second = names[0], names[1]
    if len(text[sent_start:first[0]].split()) > 6:
        return None
    between = text[first[1]:second[0]]
    # "Kim King, a park ranger from the refuge, echoed Kline's message": a description set off by
    # commas belongs to the first person; what follows it is the verb
    between = re.sub(r"^,\s+(?:a|an|the|who|whose)\s[^,]{2,100},(?=\s+[a-z])", "", between)
    if re.search(r"(?:^|\s)(?:and|or|&|with)\s", between) or between.strip() in ("", ",") or "," in between[:3]:
        return None
    if not re.search(r"\b[a-z]{3,}\b", between):
        return None
    return first[2]


def resolve_pronoun(article: Article, before: int, quotes: list[tuple[int, int]]) -> tuple[str | None, str]:
    """Who a pronoun at offset ``before`` refers to: ``(name or None, why)``.

    The person is the last one named before the pronoun, outside any quote (``quotes`` are
    ``(start, end)`` spans of quoted text), in this paragraph or the ones before it. When the
    last sentence that names anyone names two different people, the answer is None with
    :data:`UNCLEAR`: a wrong name is worse than none.
    """
    text = article.text
    known: dict[str, str] = {}
    for s, e, n in _people_in(text[:before], 0, quotes):
        known.setdefault(surname(n), n)
        if len(n) > len(known[surname(n)]):
            known[surname(n)] = n
    for para in reversed(article.paragraphs):
        if para.start > before:
            continue
        for sent in reversed(para.sentences):
            if sent.start >= before:
                continue
            chunk_end = min(sent.end, before)
            names = _people_in(text[sent.start:chunk_end], sent.start, quotes)
            if known:
                for m in re.finditer(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(known))),
                                     text[sent.start:chunk_end]):
                    s = sent.start + m.start()
                    if not any(a <= s < b for a, b in quotes) and not any(a <= s < b for a, b, _ in names):
                        names.append((s, s + len(m.group()), known[m.group()]))
            if not names:
                role = _ROLE_SUBJECT.match(text, sent.start, chunk_end)
                if role:  # "The Shadow Health Secretary has criticised …. He …": the person given by their job
                    return role.group().strip(), "the sentence before is about them, given by their job"
                continue
            names.sort()
            lead = text[sent.start:names[0][0]]
            if _PRONOUN_SUBJECT.search(lead):
                # "In school, she read a biography of Sally Ride": the sentence's subject is a pronoun,
                # the person it names is not whom a later "she" means; look further back
                continue
            people = {surname(n) for _, _, n in names}
            if len(people) > 1:
                subject = _subject(text, sent.start, names)
                if subject is None:
                    return None, UNCLEAR
                return known.get(surname(subject), subject), "the subject of the sentence that names them"
            best = max(names, key=lambda t: (t[1], len(t[2])))[2]
            return known.get(surname(best), best) if len(known.get(surname(best), best)) > len(best) else best, \
                "the last person named before the pronoun"
    return None, "a pronoun with nobody named before it"


_STATEMENT = re.compile(r"\b(?P<cue>(?:(?:a|the)\s+)?(?:following\s+)?statement\s+(?:from|by)\s+)"
                        r"|\b(?:released|issued|gave|made|delivered|shared)\s+(?:the\s+following|this)\s+"
                        r"(?:statement|remarks)", re.I)


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
    if not m or not (re.search(r"\bfollowing\b", para.text, re.I) or para.text.rstrip().endswith(":")):
        return None
    at = para.start + m.end()
    if m.group("cue"):
        people = [p for p in _people_in(text[at:para.end], at, []) if p[0] - at < 60]
        if people:
            s, e, name = people[0]
        else:
            one = re.match(rf"(?:[A-Z][\w’'\-]*\s+)*?(?P<n>{NAME})", text[at:para.end])
            if not one or is_org(one.group("n")):
                return None
            s, e, name = at + one.start("n"), at + one.end("n"), one.group("n")
    else:
        sent = sentence_at(art, para.start + m.start())
        people = _people_in(text[sent.start:para.start + m.start()], sent.start, []) if sent else []
        if not people:
            return None
        s, e, name = people[0]
    return resolve(art, name, s), s, e, para.start + m.start()


def headline_author(art: Article) -> str | None:
    """The author a headline gives a statement: "Statement from NASA's Janet Petro on ..." -> Janet Petro.

    >>> from types import SimpleNamespace
    >>> headline_author(SimpleNamespace(meta={"headline": "Statement from ACME's Lina Voss on Jobs"}))
    'Lina Voss'
    """
    head = str(art.meta.get("headline") or "")
    m = re.match(r"(?:Statement|Remarks)\s+(?:from|by)\s+", head)
    people = _people_in(head[m.end():], 0, []) if m else []
    return people[0][2] if people and people[0][0] < 40 else None


def appositive(text: str, after: int, desc: str | None) -> str | None:
    """The name set beside a role: "the museum's head curator, Ana Ruiz of Madrid" -> "Ana Ruiz"."""
    if desc and re.fullmatch(NAME, desc) and not is_org(desc):
        return desc
    m = re.match(rf"(?:\s+[a-z][\w\-]*){{0,3}},\s+(?P<name>{NAME})(?![\w’'])", text[after:after + 160])
    if m and not is_org(m.group("name")) and len(m.group("name").split()) >= 2:
        return m.group("name")
    return None
