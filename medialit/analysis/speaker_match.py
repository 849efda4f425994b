r"""Speaker matches: which words of a pattern's match are the person who speaks.

:mod:`.speech`'s patterns find the words before or after a quote that name a speaker; this module reads those
words: it drops a sentence word before the name ("As Dr. X said" -> "Dr. X"), takes the name beside a relative or
a job ("said Carla Gomez's coach, Ivan Petrov" -> "Ivan Petrov"), and, when the "speaker" is a place, an
organisation or a bare title, finds the person it stands beside ("said former New Zealand coach John Bracewell",
"Edward Warner of Civil Aviation Authority added").

>>> import re
>>> _clean_speaker(re.match(r"(?P<speaker>As Dr\. Ana Ruiz)", "As Dr. Ana Ruiz"), 0)
('Dr. Ana Ruiz', 3, 15)
"""

from __future__ import annotations

import re

from ._text import LATIN, NAME, POSTNOMINAL, STOPWORDS, is_org, is_place, sentence_at, surname
from .given_names import given_name
from .names import _CALENDAR, _JOB_MODIFIERS, HONORIFICS, JOB_TITLES, _countries, _people_in, people_in_text, person
from .speakers import _PERSON_ROLE, is_role
from .speech_verbs import OTHERS_WORDS
from .speech import _ADVERB, _JOB_WORDS, _LEAD, _SPEAKER, _VERB, _VERB_RE, _Trimmed
from ..corpus.tables import Article

# Passive speech: "Amman, who was described as “knife-obsessed” by the police" (the speaker after "by"), "Gutierrez was described by the CBCP as “…”"
_PASSIVE_NAMING = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:described|called|labell?ed|branded|dubbed|"
                             r"termed|characteri[sz]ed)\s+(?:as\s+)?(?:an?\s+|the\s+)?$")
_AGENT = rf"(?P<speaker>{_SPEAKER}|(?:the\s+)?[A-Z]{{2,}}s?|(?:the|a|an|his|her|their)\s+(?:[a-z][\w\-]+\s+){{0,2}}[a-z][\w\-]+)(?![\w’'-])"
_AFTER_BY = re.compile(rf"^[\s,]*(?P<verb>by)\s+{_AGENT}")
_BY_AS = re.compile(rf"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?P<verb>described|called|labell?ed|branded|dubbed|termed|"
                    rf"characteri[sz]ed|praised|hailed|remembered|criticized|criticised)\s+by\s+{_AGENT}\s+as\s+(?:an?\s+|the\s+)?$")


def _clean_speaker(m: re.Match, base: int) -> tuple[str, int, int]:
    """The speaker group of ``m`` without a leading sentence word or document ("As Dr. X" -> "Dr. X", "the letter the lawmakers")."""
    s, e = m.span("speaker")
    name = m.group("speaker")
    if (doc := re.match(r"(?:the|a|an|their|his|her)\s+(?:letter|statement|report|release|memo|e-?mail|filing)\s+(?=(?:the|a|an)\s)", name)):
        s, name = s + doc.end(), name[doc.end():]
    while True:
        first = name.split(" ", 1)
        if len(first) == 2 and (first[0] in _LEAD or first[0].lower() in STOPWORDS and first[0][0].isupper()
                                and first[0] not in ("He", "She", "They")) and not first[1][:1].islower() \
                and not (first[0] in ("A", "An", "The", "One") and is_role(name)):  # "A Washington Post reporter"
            s, name = s + len(first[0]) + 1, first[1]
        else:
            break
    if name.islower() and name.endswith("s") and (lead := re.compile(  # ("Some political observers", "State Department officials")
            r"(?:^|(?<=[.;:,]\s)|(?<=\bBut\s)|(?<=\b[Aa]nd\s)|(?<=\bwhich\s)|(?<=\bthat\s)|(?<=\bwhom\s))(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Oo]ther)\s+(?:[a-z][\w-]+\s+){1,2}"
            r"|(?:(?!(?:On|In|At|By|For|From|With|After|Before|During|Last|This|Since|When|While|As|If|The|A|An)\b)[A-Z][\w.&’'-]*\s+){1,3}|(?:police|defense|health|security|military|intelligence|election|industry)\s+)$").search(m.string, max(0, s - 40), s)):
        name, s = m.string[lead.start():e], lead.start()
    return name, base + s, base + e


def _relative(m: "re.Match | None"):
    """A "said Carla Gomez's coach, Ivan Petrov" match whose speaker is the name beside the relative or job, if any."""
    return _Trimmed(m, m.end("name"), m.start("name")) if m and m.group("name") else m


def _person_of(m: "re.Match | None") -> "re.Match | None":
    """A "Person of Organisation said" match, unless the "person" is an organisation's own words."""
    # (a surname alone too, "Jones of the Stimson Center said", never a job, "Director of the FBI said", nor what follows
    # "president of the": "Cheryl Banerjee, president of the Greater Tulsa Chamber of Commerce, said")
    return m if m and not is_org(m.group("speaker")) and not re.search(r"\b(?:of|for|at)\s+(?:the\s+)?$", m.string[:m.start("speaker")]) \
        and (len(m.group("speaker").split()) >= 2 or re.fullmatch(
        r"[A-Z][a-z][\w’'\-]+", m.group("speaker")) and m.group("speaker") not in JOB_TITLES
        and m.group("speaker").lower() not in _CALENDAR) else None


# "Assistant Secretary of the Air Force": a job at an organisation, with the person's name still to come
# "said Red Cross spokesman Tom Berg": a job in lower case comes next, then the person
# a verb between a group and a name: the name is whom they act on, not a job's holder ("acting", "retired" are jobs)
_ACT_ON = re.compile(r"\b(?!(?:acting|managing|leading|retired|elected|founding|presiding|outgoing|incoming|visiting|serving|"
                     r"ranking|distinguished|renowned|noted|celebrated|acclaimed|decorated|embattled|disgraced|jailed|exiled|"
                     r"ousted|detained|appointed|designated|unnamed|longtime|seasoned|reporting|polling|consulting|"
                     r"engineering|marketing|training|teaching|nursing|accounting|publishing|planning|operating)\b)"
                     r"[a-z]+(?:ed|ing)\b|\b(?:spoke|paid|gave|met|told|took|sent|wrote)\b")
_ROLE_NEXT = re.compile(rf"\s+(?:[a-z][a-z\-]+\s+)?(?:{_PERSON_ROLE})\s+[A-Z]")
_TITLE_OF = re.compile(r"(?:[A-Z][a-z]+\.?\s+){1,3}(?:of|for)\s+(?:the\s+)?[A-Z]")
_JOB_RUN = re.compile(r"(?:,?\s+(?:[a-z][a-z\-]+|[A-Z]{2,}s?|[A-Z][\w\-]*(?:[’']s)?|(?!(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.)[A-Z][a-z]{1,4}\.|of|the|and|&))*?"
                      r"(?:\s+(?:Dr|Prof)\.)?,?\s+$")  # (a doctor's title right before the name: "Under Secretary Dr. Darío Gil")


_JOB_THEN_NAME = re.compile(r"\s+(?:(?!(?:upon|after|before|to|of|on|in|at|with|about|when|while|as|and|but|that|who|"
                            r"which|for|from|during|outside|inside)\b)[a-z][\w\-]*\s+){1,3}[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+")


# a capitalised job word next, then a name: "said … Acting National Security Advisor Marco Rubio"
_TITLE_NEXT = re.compile(rf"\s+(?:{'|'.join(sorted((w for w in JOB_TITLES if w[:1].isupper() and (len(w) > 3 or w.isupper())), key=len, reverse=True))})"
                         r"\s+[A-Z][a-z]+\s+[A-Z]")


def _person_after(art: Article, written: str, end: int) -> tuple[int, int, str] | None:
    """The person named right after a "speaker" that is a place, an organisation or a bare title, when only job words
    stand between: "said former New Zealand coach and former test player John Bracewell", "according to Microsoft CEO
    Steve Ballmer", "said American Exploration & Production Council CEO Anne Bradbury" (the person they lead to)."""
    words = written.split()
    if words and words[-1] in HONORIFICS and (tail := re.match(r"\.\s+(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+)\s*(?:[.,;:“”]|$)",
                                                               art.text[end:end + 60])):  # ("… Chief Scientist Dr. Scott
        return end + tail.start("n"), end + tail.end("n"), tail.group("n")  # Hutchins": the name after "Dr.")
    if not (is_org(written) or is_place(written) or written in _countries() or written.isupper()
            or len(words) == 1 or words[-1].rstrip(".") in JOB_TITLES
            or _TITLE_OF.match(written) and words[0].rstrip(".") in JOB_TITLES
            or _ROLE_NEXT.match(art.text, end) or _TITLE_NEXT.match(art.text, end)
            or re.match(r"\s+&\s+[A-Z]", art.text[end:end + 5])) or len(words) == 2 and given_name(words[0]) \
            and (end - len(written), end, written) in people_in_text(art.text):  # ("said Robert Hall, Airport …": "Hall" no place)
        return None
    if re.match(r"\s+(?:of|to|about|on|at|in|with|after|before)\s", art.text[end:end + 12]) and (
            not (is_org(written) or is_place(written) or words[-1].rstrip(".") in JOB_TITLES | _JOB_MODIFIERS or written.isupper())
            or any(s == end - len(written) and e == end and len(n.split()) >= 2
                   and not any(w.rstrip(".") in JOB_TITLES for w in n.split()[:-1])  # (not "Current Prime Minister")
                   for s, e, n in people_in_text(art.text))):
        return None  # "said Zelensky to Macron", "said Billie Jean King of Serena Williams": the name speaks
    if len(words) == 1 and words[0] in {surname(n) for _, _, n in people_in_text(art.text)} \
            and not _JOB_THEN_NAME.match(art.text, end):
        return None  # "said Ochoa upon hearing …": a surname the article gives in full elsewhere (but "said Tigers
        # coach Shane McAvoy" after "Kelby Tigers came from behind": a team's name, then a job, then the person)
    if len(words) > 2 and any(e == end and end - len(written) < s and len(n.split()) >= 2 and n.split()[-1] not in JOB_TITLES
                              for s, e, n in people_in_text(art.text)):
        return None  # "said LRO Deputy Project Scientist Maria Banks of …": the job ("Project") ends in a person
    # (an acronym in brackets is part of the job: "said U.S. Office of Personnel Management (OPM) Director Kiran Ahuja")
    text = art.text
    if "(" in text[end:end + 120]:
        text = text[:end] + _ACRONYM_IN_BRACKETS.sub(lambda m: " " * len(m.group()), text[end:end + 200]) + text[end + 200:]
    if _POSTNOMINAL_NEXT.match(text, end):
        return None  # "Martin Luther King Jr. said": letters after a name end it ("King" is no title there)
    # (the job may list places, "for Russia, Ukraine, and Eurasia", and the name hold an initial, "Jennifer M. Granholm")
    # (not at the full stop of a form of address: "said the director, Dr. Olufemi Adeyemi")
    stop = re.search(r",(?!\s+(?:and\s+)?[A-Z]|\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[A-Z][a-z]+\s+[A-Z][a-z])|(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?<!\bRev)(?<!\bSt)"
                     r"(?<!\bCapt)(?<!\bSgt)(?<!\bGen)(?<!\bCol)(?<!\bMaj)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bLt)(?<!\bDet)\."
                     r"|[;:“”\"()!?]|$", text[end:end + 120])
    # (the person comes before what happened when: "said England captain Harry Lane after the defeat in Rome")
    window = re.split(r"\s+(?:after|before|during|following|when|while|upon|as)\s", text[end:end + stop.start()], maxsplit=1)[0]
    # the names read in the whole text, so that the job words before ``end`` count ("Secretary of the
    # Air Force for Acquisition Marvin Sambur")
    people = [p for p in people_in_text(art.text) if end <= p[0] and p[1] <= end + len(window)]
    tail = _NAME_AT_END.search(window)
    if tail and len(text[end:end + tail.start()].split()) >= (1 if not people else 2) \
            and (not people or people[0][0] < end + tail.start() < people[0][1]):
        # "for Trade, Industry and Enterprise Simon Harris", "of Energy Jennifer M. Granholm": the name read
        # ran into the job's last capitalised words, or was not read ("CEO Jane Dorsey"); the person: the two words at the end
        people = [(end + tail.start(), end + tail.end(), tail.group().rstrip())]
    if not people:
        single = re.search(rf"(?<=\s)([A-Z][a-z{LATIN}]+(?:-[A-Z][a-z]+)?)\s*$", window)
        if not single or single.group(1) in JOB_TITLES or single.group(1) in HONORIFICS or single.group(1).lower() in _CALENDAR:
            return None
        people = [(end + single.start(1), end + single.end(1), single.group(1))]
    # (words read as a name that a job word follows are the job's: "Acting National Security Advisor Marco Rubio")
    people = [p for p in people if not _TITLE_NEXT.match(text, p[1])] or people
    s, e, name = people[0]
    # (at most 8 words, or 16 all capitalised but "of", "the", "and", "to", "for": "Assistant to the President and
    # Director of the National Economic Council Harold Vance", "Vice President, Chief Policy Officer, … Neil L. Bradley")
    if not _JOB_RUN.fullmatch(text[end:s] or " ") or len(text[end:s].split()) > 8 and not (
            len(text[end:s].split()) <= 16 and all(w[:1].isupper() or w in ("of", "the", "and", "to", "for") for w in text[end:s].split())):
        return None
    if _VERB_RE.search(text[end:s]) or re.search(r"\b(?:that|whether|if|most|many|some)\b", text[end:s]):
        return None  # "the Board concluded that most Arabs …": past the verb, the words are what was said
    if _ACT_ON.search(text[end:s]):
        return None  # "Reporters described Mahathir Mohamad as", "spoke highly of Kobe Bryant": the one acted on
    return s, e, person(name)


# (the organisation may follow a place's or a parent's possessive: "Sally Wasef of Australia's Griffith University")
_ACRONYM_IN_BRACKETS = re.compile(r"\((?:[A-Z][A-Za-z&.\-]{1,9})\)")
_OF_BEFORE = re.compile(r"\b(?:of|from|at|with)\s+(?:the\s+)?(?:(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*[’']s\s+)?$")
_NAME_AT_END = re.compile(rf"(?<=\s)[A-Z][a-z{LATIN}]+(?:-[A-Z][a-z{LATIN}]+)?(?:\s+[A-Z]\.)?"
                          r"(?:\s+(?:al|el|bin|ibn|van|von|de|del|der|den|da|di|du|la|le))*\s+"
                          rf"(?:(?:al|el|bin|ibn|abu)[\-’'])?[A-Z][a-z{LATIN}]+(?:[’'\-][A-Z]?[a-z{LATIN}]+)*\s*$")
_POSTNOMINAL_NEXT = re.compile(rf",?\s+{POSTNOMINAL}")


def _person_before(art: Article, start: int) -> tuple[int, int, str] | None:
    """The person named right before an organisation that "speaks": "Edward Warner of Civil Aviation
    Authority added" (the person speaks; the organisation says where they work)."""
    text = art.text
    if not (joint := _OF_BEFORE.search(text, max(0, start - 50), start)):
        return None
    people = _people_in(text[max(0, joint.start() - 80):joint.start()], max(0, joint.start() - 80), [])
    between = text[people[-1][1]:joint.start()] if people else "x"
    job = re.fullmatch(r",\s+(?:(?:[A-Z][\w.’'-]*|and|&)\s+)*[A-Z][\w.’'-]*\s*", between)  # ("Kyle Waide, President & CEO of …")
    return None if not people or between.strip() and not (job and set(between.replace(",", " ").split()) & JOB_TITLES) \
        else (*people[-1][:2], person(people[-1][2]))


# the start of an organisation's name whose last word alone was read as the speaker: "Department of International
# Relations and " before "Cooperation responded" (a list in it too: "The National Academies of Sciences, Engineering, and Medicine")
_NAME_HEAD = re.compile(r"(?:(?<![\w’'.-])[A-Z][\w’'&-]*(?:\.[A-Z][\w’'&-]*)*,?[^\S\n]+(?:(?:of|for|and|on|the|&)[^\S\n]+)*){1,8}$")


def whole_org(art: Article, start: int, written: str) -> tuple[int, str] | None:
    """The whole name of an organisation of which ``written`` (capitalised words at ``start``) is the end:
    "South Africa’s Department of International Relations and Cooperation responded" gives the department, not
    "Cooperation". Its start and name, or None (two people, "Smith and Jones said", are no organisation)."""
    if not re.fullmatch(r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w’'&.-]*)*", written) \
            or any(s == start and n == written for s, _, n in people_in_text(art.text)) \
            or not re.search(r"(?:\b(?:of|for|and|on|&)[^\S\n]+(?:the[^\S\n]+)?|[A-Z][\w’'&-]*[^\S\n]+)$", art.text[max(0, start - 30):start]):
        return None
    if not (head := _NAME_HEAD.search(art.text, max(0, start - 120), start)):
        return None
    name = re.sub(r"^(?:The|A|An)\s+", "", art.text[head.start():start] + written)
    name = re.sub(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+", "", name)  # (whose it is: "South Africa’s")
    # (an "of" or "for" before the last word: "the Senate and Jones said" is the Senate, then Jones)
    return (start - len(name) + len(written), name) if is_org(name) and re.search(r"\s(?:of|for)\s", name) else None


_IN_BEFORE = re.compile(r"(?<![\w’'-])(?P<n>[A-Z][\w’'\-]+)\s+in\s+$")


def person_in_place(art: Article, start: int, written: str) -> tuple[int, int, str] | None:
    """The person before "in <place>" when the place was read as the speaker: "Shen in Shanghai said" after
    "Shen Dingli" was named is Shen Dingli speaking from Shanghai. Only a surname the article gave in full
    before, and only when the "speaker" is nobody's surname."""
    m = _IN_BEFORE.search(art.text, max(0, start - 40), start)
    if not m or not re.fullmatch(r"[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+)?", written):
        return None
    people = [(s, n) for s, _, n in people_in_text(art.text) if s < m.start()]
    if any(surname(n) == written.split()[-1] for _, n in people):
        return None
    # (the family name may come first: "Shen Dingli", then "Shen")
    full = {person(n) for _, n in people if m.group("n") in (surname(n), person(n).split()[0]) and len(n.split()) >= 2}
    return (m.start("n"), m.end("n"), full.pop()) if len(full) == 1 else None


# "According to a 2022 CBO analysis, “…”": the body whose document it is speaks (never "a recent report": nobody's)
_ACCORDING_OWNED_DOC = re.compile(r"(?P<verb>[Aa]ccording\s+to)\s+(?:a|an|the)\s+(?:(?:new|recent|latest|\d{4})\s+)?"
                                  r"(?P<speaker>[A-Z]{2,8}|[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*){0,4})\s+(?:report|analysis|study|"
                                  r"survey|poll|estimate|assessment|review|audit|memo|data|figures)\s*,\s*$")
# "National Border Patrol Council: “…”", "The Castlebrook Courier Editorial Board: “…”": an organisation's label
_ORG_LABEL = re.compile(r"^\s*(?:[Tt]he\s+)?(?P<speaker>(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on|&)\s+(?:(?:the|a|an)\s+)?)*){0,7}[A-Z][\w’'&.-]*"
                        r"(?:\s+(?:editorial\s+board|editors|board|staff|press\s+office))?)\s*(?P<verb>:)\s*$")  # ("… Gazette editorial board:")


def org_label(before: str) -> re.Match | None:
    """An organisation's name alone before the colon that opens its quote (a list of supporters' statements)."""
    m = _ORG_LABEL.match(before)  # (or a group of people for a cause: "Americans for Prosperity:", "Moms for Liberty:")
    # (is_org reads "<Plural> for <Name>" as a group; a name the finder sees inside one is no person's label)
    return m if m and is_org(m.group("speaker")) \
        and not (_people_in(before, 0, []) and not re.search(r"\b[A-Z][a-z]+s\s+for\s+", before)) else None


_JOINT = re.compile(rf"(?<![\w’'])(?P<first>{NAME})(?:\s+\([^()“”]{{1,20}}\))?,?\s+and\s+$")  # (with a party tag: "(D-Minn.)")
_LISTED = re.compile(rf"(?<![\w’'])(?P<first>{NAME})(?:\s+\([^()“”]{{1,20}}\))?,\s+$")  # ("Sanders, Leahy, and Welch wrote": the rest of a list)


_PLURAL_TITLE = r"(?:U\.S\.\s+)?(?:Senators|Sens\.|Representatives|Reps\.|Congressmen|Congresswomen|Governors|Govs\.|Mayors|Drs\.)"
_ONE_TITLE = r"(?:(?:U\.S\.\s+)?(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Governor|Gov\.|Mayor|Dr\.)\s+)?"
_TAG = r"(?:\s*\([^()“”]{1,20}\))?"
_ALSO = re.compile(rf"{_TAG}(?P<more>(?:,\s+{_ONE_TITLE}{NAME}{_TAG})*,?\s+and\s+{_ONE_TITLE}{NAME}){_TAG}")
_AFTER_PLURAL_TITLE = re.compile(rf"\s*{_PLURAL_TITLE}\s+(?P<first>{NAME})")


def joint_after(art: Article, start: int, end: int) -> tuple[int, list[str]] | None:
    """The others of people who speak together, written after the one a credit names first ("said U.S. Senators
    Jessica Harlan (D-Mont.) and Mark Elwood (R-S.D.)", "wrote Vasquez, Lindqvist and Pike", "said Reps. Natarajan
    and Brewer"): where the last ends and the names in order (the first included), or None. Each must be a person the
    article names (in full here, or in full before, for a surname)."""
    text = art.text
    first = text[start:end]
    if re.fullmatch(_PLURAL_TITLE.replace("\\.", "\\.?"), first) and (m := _AFTER_PLURAL_TITLE.match(text, start)):
        first, end = m.group("first"), m.end("first")  # ("said Reps. Natarajan and Brewer": the title was read as the name)
    also = _ALSO.match(text, end)
    if not also:
        return None
    people = people_in_text(text)
    names = [first]
    for n in re.finditer(rf"(?:^|,|\band)\s+{_ONE_TITLE}(?P<n>{NAME})", also.group("more")):
        at = also.start("more") + n.start("n")
        name = n.group("n")
        if is_org(name) or is_place(name) or name in _countries() or not any(
                s <= at < e or name == surname(p) and s < at for s, e, p in people):
            return None  # ("said Senator Cole and the Department": no list of people)
        names.append(name)
    return also.end("more"), names


def _joint(art: Article, start: int) -> tuple[int, list[str]] | None:
    """The others of people who speak together, written just before the last ("President Biden and Prime Minister
    Kishida announced", "Sanders, Leahy, and Welch wrote"): where the first starts and their names, or None. Never a
    place or an organisation ("the Senate and Jones said" is Jones alone), nor a sentence word ("But Jones said")."""
    m = _JOINT.search(art.text, max(0, start - 60), start)
    found = []
    while m:
        first = re.sub(rf"^{_PLURAL_TITLE}\s+", "", m.group("first"))  # ("said Senators Cole and Ruiz")
        if is_org(first) or is_place(first) or first in _countries() or first.split()[0] in _LEAD \
                or first.split()[0].lower() in STOPWORDS or not any(s <= m.start() < e or m.start() <= s < m.end()
                                                                      or first == surname(n) and s < m.start()
                                                                      for s, e, n in people_in_text(art.text)):
            break  # (a surname alone counts when the article gave it in full before: "Sanders, Leahy, and Welch")
        found.insert(0, (m.start(), first))
        m = _LISTED.search(art.text, max(0, m.start() - 60), m.start())
    return (found[0][0], [f for _, f in found]) if found else None


def joint_speaker(art: Article, start: int, end: int, speaker: str, resolve) -> tuple[str, int, int] | None:
    """People who speak together around the one a quote's credit names at ``start``-``end`` (resolved to ``speaker``):
    ``(names, start, end)`` of them all ("Ann Cole and Ben Ruiz"), or None; ``resolve(art, name, at)`` gives a name's fullest
    form ("President Biden and Prime Minister Kishida announced", "said Senators Cole and Ruiz", "wrote Vasquez and Pike")."""
    if (more := joint_after(art, start, end)):
        return ", ".join(resolve(art, n, start) for n in more[1][:-1]) + f" and {resolve(art, more[1][-1], start)}", start, more[0]
    if (pair := _joint(art, start)):
        return ", ".join(re.sub(rf"^{_PLURAL_TITLE}\s+", "", resolve(art, n, pair[0])) for n in pair[1]) + f" and {speaker}", pair[0], end
    return None


# (perhaps after an opening clause: "Asked about the talks, Reyes, a former ambassador, said Moscow “…”")
_SUBJECT_APPOSED = re.compile(r"(?:^|[.!?]\s+)\s*(?:[A-Z][^,“”\".!?]{1,60},\s+)?[A-Z][^,“”\".!?]{1,80},\s+[^,“”\".!?]{1,100}$")


def _apposed(m: "re.Match | None", before: str) -> "re.Match | None":
    """A "…, said X “…”" match (:data:`.speech._BEFORE_VS`), unless the comma closes the subject's apposition: in
    "Shawn Fain, the UAW president, said Ford “can afford it”" Fain speaks, and Ford is what he speaks about."""
    return None if m and _SUBJECT_APPOSED.search(before, 0, m.start()) else m


def description_after(article: Article, after: int, stop: int) -> str | None:
    """Text after a speaker's name: ", a professor at ..." up to the end of the sentence (or ``stop``)."""
    text = article.text
    if after >= len(text) or text[after] != ",":
        return None
    sent = sentence_at(article, after)
    end = min(sent.end if sent else stop, stop)
    desc = re.split(r"[“\"]", text[after + 1:end], maxsplit=1)[0].strip()  # (never into the next quote)
    if not desc:
        return None
    if re.match(rf"(?:{_ADVERB})?(?:{_VERB})\b|(?:outside|inside|in|at|on|during|after|before|from|when|while)\s", desc):
        return None  # "…,” its author, Dr. Kofi Mensah, wrote." / "…, said John Reid, outside court": no description
    # never run into a following verb of speech: ", the director, said the ..." keeps "the director"
    m = re.search(rf",\s+{_ADVERB}?(?:{_VERB})\b", desc)
    if m:
        desc = desc[:m.start()]
    desc = desc.rstrip(" ,;:")
    if desc.endswith(".") and not re.search(r"\b(?:[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Jr|Sr)\.$", desc):
        desc = desc[:-1]
    return desc or None


def speaker_around(art: Article, start: int, end: int, written: str) -> tuple[int, int, str]:
    """The speaker a pattern read at ``start``-``end`` as ``written``, corrected by the words around it: the person
    after a place or a title ("said former New Zealand coach John Bracewell"), the person before an organisation
    ("Edward Warner of Civil Aviation Authority added") or a place ("Shen in Shanghai said"), an organisation's
    whole name ("the Department of International Relations and Cooperation responded"). Returns (start, end, name)."""
    if later := _person_after(art, written, end):
        return later
    if earlier := _person_before(art, start):
        return earlier
    if org := whole_org(art, start, written):
        return org[0], end, org[1]
    return person_in_place(art, start, written) or (start, end, written)


# Read by :mod:`.quotes`: whose statement; a second verb of the same subject; a part with a credit of its own; an age
_STATEMENT_OF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:\w+\s+)?(?:statement|letter|message|post|release)\s+(?:from|by)\s+"
                          r"(?:the\s+)?(?P<who>(?:[A-Z]|al-|de\s).*)$")  # ("a statement from the British Museum said")
_AGAIN = re.compile(rf"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?P<verb>{_VERB}|called|calls|described|describes|"
                    rf"labell?ed|branded|dubbed|termed)\b")
# “…,” Ryder told reporters, adding that drones have become “relatively common”: a second quote, the same speaker (not
# “…,” he said, adding: “…”, one quote split around its attribution)
_ADDING = re.compile(r"^[\s,]*(?:[A-Za-z]+,?\s+){0,2}?(?P<verb>adding|saying|noting|warning|explaining|arguing|insisting|stressing)\s+(?:that\s+)?[a-z]")
# ("adding that Foreign Minister Lin had called the proposal “…”", "saying that many told her they were “…”": theirs)
_OTHER_SAYS = re.compile(r"\b(?:adding|saying|noting)\s+that\s+.*\b(?:said|says|called|calls|promised|told|described|termed|"
                         r"warned|urged|insisted|claimed|vowed|pledged|wrote)\b", re.S)
def own_colon(m):
    """A "subject, verb, …:" match, unless the words before the colon are someone else's (speech_verbs.OTHERS_WORDS)."""
    return None if m and OTHERS_WORDS.search(m.string, m.end("verb")) else m


_OWN_CREDIT = re.compile(r",?\s+[a-z][^“”\".!?]{0,80}?\b(?:shouted|yelled|replied|answered|asked|said|says|added|told|called|cried)\b")
_AGE_ROLE = re.compile(r"(?:[Tt]he|[Aa])\s+\d{1,3}-year-old")
# "China's Foreign Ministry urged …, with spokesman Wang Jun telling a briefing that the sale “…”": the one "with"
# names speaks, not the sentence's subject
_WITH_SAYING = re.compile(rf"\bwith\s+{_JOB_WORDS}(?P<speaker>{_SPEAKER})\s+(?:also\s+)?(?P<verb>saying|telling|adding|noting|"
                          rf"writing|warning|arguing|insisting|stating)(?:\s+(?:that\s+)?[^“”\"]{{1,200}}?)?\s*[:,]?\s*$")


# “….”Stated Congresswoman Elise Stefanik.“…”  (a release's attribution turned round, its verb capitalised as a
# sentence of its own between two quotes)
_CAPITAL_VERB = re.compile(r"\s*(Said|Stated|Added|Wrote|Continued|Concluded|Remarked|Noted|Explained|Declared)\s")


def turned_round(after: str, pattern: re.Pattern) -> re.Match | None:
    """The match of ``pattern`` (a verb, then the speaker) on the words after a quote when they are a sentence of
    their own that opens with a capitalised verb of speech and ends at the speaker ("Stated Congresswoman Elise
    Stefanik."), read as if the verb were lower case; else None.

    >>> from medialit.analysis.speech import _AFTER_VS
    >>> turned_round("Stated Congresswoman Ana Ruiz.“We must act.”", _AFTER_VS).group("speaker")
    'Congresswoman Ana Ruiz'
    >>> turned_round("Stated plainly, the rules changed.", _AFTER_VS) is None
    True
    """
    so = re.match(r"\s*(?:So|Thus)\s+(?=(?:says|said)\s)", after)  # ("“…” So says Marta Lindgren.")
    cap = _CAPITAL_VERB.match(after)
    if not cap and not so:
        return None
    low = " " * so.end() + after[so.end():] if so else after[:cap.start(1)] + cap.group(1).lower() + after[cap.end(1):]
    m = pattern.match(low)
    return m if m and re.match(r"\s*(?:\([^()]{1,20}\)\s*)?\.", low[m.end():]) else None  # (perhaps "(MO-04)" before it ends)


# Justin Brookman, Director of Technology Policy, Consumer Reports: “…”  (a release's list of supporters' statements)
# (perhaps a list's bullet and a rank first, and a job in lower case: "• Lt. Gen. Harold Becker, commanding general:")
_LABEL_WITH_JOB = re.compile(rf"^\s*(?:[•·*]\s*)?(?:(?:Lt|Gen|Col|Maj|Capt|Sgt|Spc|Pvt|Adm|Cmdr)\.\s+)*(?P<speaker>{NAME})"
                             r"(?P<desc>(?:,\s+(?:[A-Z][\w’'.&-]*|of|and|the|for|on|&|(?-i:[a-z]+))"
                             r"(?:\s+(?:[A-Z][\w’'.&-]*|of|and|the|for|on|&|(?-i:[a-z]+))){0,8}){1,3})\s*(?P<verb>:)\s*$")


_NOT_PEOPLE_LABELS = frozenset("statement response findings background reaction note summary update support".split())


def labelled(before: str) -> re.Match | None:
    """A speaker's label with their job (and organisation) set off by commas, all before the colon that opens their
    quote, nothing else before it: "Jane Doe, President, Ohio Farmers Union: “…”". A match whose speaker is the person,
    whose verb is the colon; None when the first words are not a person's name.

    >>> labelled("Justin Brookman, Director of Technology Policy, Consumer Reports: ").group("speaker")
    'Justin Brookman'
    >>> labelled("The Senate, the House: ") is None
    True
    """
    m = _LABEL_WITH_JOB.match(before)
    if not m or not any(s == m.start("speaker") and e == m.end("speaker") for s, e, _ in _people_in(before, 0, [])) \
            or m.group("speaker").split()[-1].lower() in _NOT_PEOPLE_LABELS:  # ("Joint Statement, Harbor Alliance:")
        return None
    return m
