"""Job references: “the manager” for the person an article named before with that job.

News style names a person once in full, with their job ("Rovers manager Joey Barton"), then refers
to them by the job alone ("the manager said"). :func:`role_antecedent` finds that person, and only
when exactly one person was named with the job (Bell 1991, *The Language of News Media*, ch. 9, on
how news refers back to its actors).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ._text import JOINED as _JOINED, NAME, is_org
from .headlines import in_headline
from .marks import quote_spans
from .pronouns import first_name_pronoun
from .names import _CALENDAR, JOB_TITLES, OPENERS, names_by_surname, people_in_text, person
from ..corpus.tables import Article

# ("the U.S. lawmaker"; a nationality or a team's name first: "the Nigerian author", "the Gunners' manager")
_THE_JOB = re.compile(r"[Tt]he\s+(?:(?:[A-Z]\.){2,}\s+|(?P<first>[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)\s+|[A-Z][\w\-]*[’'](?:s\s+|\s+)))?"
                      r"(?P<role>(?:[a-z][\w\-]*\s+){0,2}(?P<job>[a-z][\w\-]+))")


@lru_cache(maxsize=256)
def _job_patterns(job: str) -> tuple[re.Pattern, ...]:
    """The four ways :func:`role_antecedent` reads a person named with ``job`` (a pattern), compiled once per job."""
    # ("President of Argentina Alberto Fernández": the job, where, then the name)
    # (not a deputy's or a former holder's: "Vice President Joe Biden" is not "the president")
    # (a title of several words also capitalised, as releases write it: "Annelise Halloran, the First Lady,")
    titled = "|" + re.sub(r"(?<![\\\w])([a-z])", lambda c: c.group(1).upper(), job) if r"\s+" in job else ""
    other = r"(?<!Vice\s)(?<!vice\s)(?<!Vice-)(?<!vice-)(?<!Deputy\s)(?<!deputy\s)(?<!former\s)(?<!Former\s)"
    # (and a long "of": "Secretary of Health and Human Services Xavier Becerra", read up to the person)
    return (re.compile(rf"{other}\b(?i:{job})(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:(?:and|of|for|&)\s+)?(?:the\s+)?[A-Z][\w\-]*){{0,5}}?)?"
                       rf"\s+(?P<n>{NAME})"),
            # ("President Trump tested positive … The president called": the job, then a surname alone)
            re.compile(rf"{other}\b(?i:{job})\s+(?P<n>[A-Z][^\W\d_]{{2,}})(?![\w’'.-]|\s+[A-Z])"),
            # (never across "and": "The captain, Erik Solberg, and its chief scientist, Dr. Naledi Khumalo")
            re.compile(rf"(?P<n>{NAME}),\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!and\b)[\w’'\-]+\s+){{0,3}}?(?:{job}{titled})\b"),
            # ("Ruritania’s president, Alberto Fernández, arrived", "The commander of the next crew, Col. Ayesha
            # Brandt, has …": the job, perhaps of what, then the name set beside it)
            re.compile(rf"\b(?i:{job})(?:\s+(?:of|for|at)\s+[^,“”\"]{{1,60}}?)?,\s+(?P<n>{NAME})(?=,)"))


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
HOME_ROLE = re.compile(r"[Tt]he\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<role>[Cc]ongress(?:man|woman)|[Ss]enator|[Ll]awmaker|Democrat|Republican)")


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    """The names of the US states and territories, from ISO 3166-2 (``pycountry``): "New York", "Virginia"."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions.get(country_code="US"))


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """Each way a member's tag writes a state ("Va.", "VA", "Virginia"; AP and postal abbreviations from the ``us``
    package) -> its name."""
    import us

    return {k: s.name for s in us.states.STATES_AND_TERRITORIES for k in (s.name, s.abbr, s.ap_abbr) if k}


_MEMBER_TAG = re.compile(r"\s*\((?P<party>[RDI])-(?P<state>[A-Z][A-Za-z. ]{1,14}?)\.?(?:[-,][^()]{0,12})?\)|,\s+(?P<party2>[RDI])-(?P<state2>[A-Z][A-Za-z. ]{1,14}?)\.?,")


def _tagged_member(art: Article, state: str, role: str, before: int) -> str | None:
    """The one member named before ``before`` whose party-and-state tag fits "the Iowa Republican" (``state``, ``role``):
    "Representative Julian Briggs (R-Iowa)", "Sen. Ann Lee, D-Ore.,"; None when none or several fit."""
    party = {"democrat": "D", "republican": "R"}.get(role.lower())
    names = _state_names()
    fit = {person(n) for s, e, n in people_in_text(art.text) if e <= before and (m := _MEMBER_TAG.match(art.text, e))
           and names.get((m.group("state") or m.group("state2")).strip() + ".", names.get((m.group("state") or m.group("state2")).strip())) == state
           and party in (None, m.group("party") or m.group("party2"))}
    return fit.pop() if len(fit) == 1 else None


def title_only(words: list[str]) -> bool:
    """Whether capitalised ``words`` are a title alone, no name: "Secretary", "Majority Leader", "First Lady", or several
    who hold one ("Attorneys General", "Inspectors General")."""
    return all(w in JOB_TITLES or w in ("Majority", "Minority") for w in words) or " ".join(words) in ("First Lady", "First Gentleman") \
        or len(words) == 2 and words[1] == "General" and words[0].endswith("s") and (words[0][:-1] in JOB_TITLES or f"{words[0][:-1]}-General" in JOB_TITLES)


def role_antecedent(art: Article, written: str, before: int) -> str | None:
    """The person an article named earlier with the job a later "the <job>" uses: "Rovers manager Joey
    Barton was full of praise. “…,” the manager said." (news style names a person once, then refers
    to them by their job). Only "the" + a job word, only when exactly one person was named with that
    job before (as "manager Joey Barton" or "Joey Barton, the team's manager"): the name, else None."""
    count = re.match(r"[Tt]he\s+(two|three|four|five|six)\s+(?=[a-z]+s$)", written.strip())
    if count:  # ("the two senators wrote", "said the three lawmakers": as many people as the number says)
        found = role_antecedent(art, "the " + written.strip()[count.end():], before)
        return found if found and len(re.split(r",\s+|\s+and\s+", found)) == _COUNTS[count.group(1)] else None
    if re.fullmatch(r"(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+", written.strip()) and re.search(r"\b[Tt]he\s+$", art.text[max(0, before - 4):before]):
        written = "the " + written.strip()  # ("the Majority Leader said": a title the quote patterns read without "the")
    if (home := HOME_ROLE.fullmatch(written.strip())) and home.group("state") in _us_states():
        # ("the Virginia Congressman said", "said the Oregon Democrat": the member whose tag says so, "(D-Ore.)", or the
        # one member named before, less the state)
        if (tagged := _tagged_member(art, home.group("state"), home.group("role"), before)):
            return tagged
        written = "the " + ("lawmaker" if home.group("role").lower() in ("democrat", "republican") else home.group("role").lower())
    if re.fullmatch(r"[Tt]he\s+[Mm]embers\s+of\s+Congress", written.strip()):
        written = "the members"  # ("the Members of Congress wrote": the members named before)
    elif re.fullmatch(r"[A-Z][a-z]+s", written.strip()) and (written.strip()[:-1] in JOB_TITLES or written.strip() == "Members") \
            and re.search(r"\b[Tt]he\s+$", art.text[max(0, before - 4):before]):
        written = "the " + written.strip().lower()  # ("The Senators wrote": a plural title, capitalised as in releases)
    elif (plural := re.fullmatch(r"[Tt]he\s+([A-Z][a-z]+s)", written.strip())) and plural.group(1)[:-1] in JOB_TITLES:
        written = "the " + plural.group(1).lower()  # ("write the Senators")
    if re.fullmatch(r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+){0,2}Delegation", written.strip()) \
            and re.search(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+){0,2}$", art.text[max(0, before - 30):before] + " ") or \
            re.fullmatch(r"[Tt]he\s+(?:[A-Z][a-z]+\s+){0,2}Delegation", written.strip()):
        written = "the delegation"  # ("wrote the Vermont Delegation": the state's members of Congress named before)
    if (cap := re.fullmatch(r"[Tt]he\s+(?:(?:U\.S\.|[A-Z][a-z]+(?:an|ese|ish))\s+(?=(?:[A-Z][a-z]+\s+){0,2}[A-Z]))?((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)", written.strip())) \
            and title_only(cap.group(1).split()):  # ("the Majority Leader", "the First Lady")
        written = "the " + cap.group(1).lower()  # ("Statement from the President:", "the First Lady": titles capitalised)
    m = _THE_JOB.fullmatch(written.strip())
    if not m or m.group("job") in ("company", "government", "ministry", "agency", "police", "group", "family", "team",
                                   "campaign", "office", "foundation", "party", "letter", "petition", "statement", "report",
                                   "document", "memo", "filing", "complaint", "lawsuit", "ruling", "order", "bill") \
            or m.group("job").endswith("s") and not m.group("job").endswith("ss") and not (m.group("role") == m.group("job")):
        return None  # (bodies, not jobs: "since Christmas Eve, his family")
    if m.group("job") in _LEGISLATORS | _CHAMBERS and _others_wrote(art, before):
        return None  # ("The Consumer Action League … sent its own letter. “…,” the members wrote": not the senators)
    if m.group("job") in _LEGISLATORS and m.group("role") == m.group("job"):
        # "Representatives A and B sent a letter. “…,” the lawmakers wrote": the members of a legislature named together
        found = {g for title in _LEGISLATOR_TITLES if (g := _several(art, title, before)) and not _letter_of_others(art, g, before)}
        signers = _signers(art, before)  # (the release's first signers, if they hold the group and more: "…, andRon Kind")
        group = [set(re.split(r",\s+|\s+and\s+", g)) for g in (*found, signers or "")]
        if len(found) == 1 and not (signers and group[0] < group[1]):
            return found.pop()
        return signers or joint_subject(art, before)
    if m.group("job").endswith("s") and not m.group("job").endswith("ss"):
        # "Senators A and B …. “…,” the senators wrote": both
        return _several(art, m.group("job"), before) or (_signers(art, before) if m.group("job") in _CHAMBERS else None) \
            or (joint_subject(art, before) if m.group("job") in _PLURAL_ROLES else None)
    if m.group("role") in ("lawmaker", "legislator", "congressman", "congresswoman"):
        # "Representative Raja Krishnamoorthi … wrote …. “…,” the lawmaker said": the one member of a legislature named
        members = _members(art, 0, before)
        if m.group("role") in ("congressman", "congresswoman"):  # (of a man and a woman: the one the word fits, by first name)
            members = [n for n in members if first_name_pronoun(n) == ("she" if m.group("role") == "congresswoman" else "he")] or members
        if len({n.split()[-1] for n in members}) == 1:
            return max(members, key=len)
    # the whole role ("local health minister"), less a nationality or a team's name before it
    job = re.escape(m.group("role") if m.group("first") else written.strip()[4:]).replace(r"\ ", r"\s+")
    text = art.text[:before]
    short = _ABBREVIATED.get(m.group("job").lower())
    if short and job.lower() == m.group("job").lower():  # "Gov. Ellen Harwick won …. “…,” the governor said"
        job = rf"(?:{job}|{short}\.)"
    if m.group("job").lower() not in text.lower() and not (short and f"{short}." in text):
        # ("Marta Eskel, a senior fellow at the Halden Institute, said …. “…,” the analyst said": the one expert named)
        experts = {n for _, e, n in people_in_text(art.text) if e <= before and _EXPERT_DESC.match(art.text, e)}
        return experts.pop() if m.group("role") in _EXPERTS and len(experts) == 1 else None  # (else nobody named with it)
    job_then_name, job_then_single, name_then_job, job_comma_name = _job_patterns(job)
    demonym = (m.group("first") or "").strip()
    demonym = demonym if re.fullmatch(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)", demonym) else ""

    def fits(x: re.Match) -> bool:
        # ("the Finnish minister": never "Foreign Minister Anna Berg of Sweden"; the nationality beside the name)
        return not demonym or demonym in x.group() \
            or bool(re.search(rf"\b{demonym}\s+(?:[A-Z][\w’'-]*\s+){{0,3}}$", text[max(0, x.start() - 60):x.start()]))

    matches = [(x, k) for k, rx in enumerate((job_then_name, job_then_single, name_then_job, job_comma_name))
               for x in rx.finditer(text)]
    if demonym and any(fits(x) for x, _ in matches):
        matches = [(x, k) for x, k in matches if fits(x)]
    elif demonym and demonym in text:
        return None  # ("her Finnish counterpart Mikko Laine": the nationality is someone's, but none named with the job)
    found = {person(x.group("n")) for x, k in matches if k != 1 and not in_headline(text, x.start("n"), x.end("n"))}
    single = {x.group("n") for x, k in matches if k == 1 and not in_headline(text, x.start("n"), x.end("n"))}
    found |= {s for s in single if not is_org(s) and not re.search(rf"\b{s.lower()}\b", text)}
    found = {re.sub(r"[’']s$", "", f) for f in found}  # ("Judge Miller's statement": Miller)
    # (never a date or a sentence opener: "On Friday, the judge ruled")
    found = {f for f in found if f.split() and f.split()[0].lower() not in OPENERS
             and not any(w.lower() in _CALENDAR for w in f.split())}
    found = {f for f in found if (len(f.split()) >= 2 or f in single or any(g.split()[-1] == f for g in found if g != f))
             and not is_org(f)}
    found -= {f for f in found if len(f.split()) == 1 and any(g.split()[-1] == f for g in found if g != f)}
    return found.pop() if len(found) == 1 else None


# titles written short before a name ("Gov. Ellen Harwick"), which "the governor" refers back to
_ABBREVIATED = {"governor": "Gov", "senator": "Sen", "representative": "Rep", "general": "Gen", "colonel": "Col",
                "captain": "Capt", "sergeant": "Sgt", "lieutenant": "Lt", "admiral": "Adm", "professor": "Prof",
                "commander": "Cmdr", "superintendent": "Supt", "detective": "Det", "major": "Maj"}
# the words for several members of a legislature, and the plural titles that name them
_LEGISLATORS = frozenset("lawmakers legislators members congressmen congresswomen delegation".split())
_LEGISLATOR_TITLES = ("Senators", "Sens.", "Representatives", "Reps.", "Congressmen", "Congresswomen", "Congressmembers")


_CHAMBERS = frozenset("senators representatives".split())
_EXPERTS = frozenset("analyst expert scholar researcher economist academic".split())
_EXPERT_DESC = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:analyst|expert|fellow|scholar|researcher|professor|economist|"
                          r"specialist)\b")
# a member of a legislature: a title before the name, or the party and state (or district) after it: "(R-Ky.)", "(NY-14)"
_TITLE_BEFORE = re.compile(r"\b(?:Sen\.|Sens\.|Senators?|Rep\.|Reps\.|Representatives?|Congress(?:wo)?man|Congressmembers?|"
                           r"(?:Majority|Minority)\s+(?:Leader|Whip)|Speaker|(?:Committee|Subcommittee)\s+(?:Chairman|Chairwoman|"
                           r"Chair|Ranking\s+Member))\s+$")  # (leaders: "Majority Leader Steve Scalise", "… Committee Chairman …")
_TITLE_IN = re.compile(r"(?:Sens?\.|Senators?|Reps?\.|Representatives?|Congress(?:wo)?m[ae]n)\s")
# (or set off by commas, AP style: "Rep. Alma Voss, D-Ill., and …")
_PARTY_AFTER = re.compile(r"\s*\((?:[RDI]-[A-Z][\w.]*(?:[-,]\s*\w+\.?)?|[A-Z]{2}-\d{1,2})\)|,\s+[RDI]-[A-Z][a-z]*\.(?:[A-Z]\.)?,?")


_ADDRESSEE = re.compile(r"(?<!\baccording\s)(?<!\baddition\s)\b(?:to|urging|urged|calling\s+on|called\s+on|asking|asked|imploring|implored|pressing|pressed)"
                        r"\s+(?:(?:U\.S\.|[A-Z][\w-]*)\s+(?:(?:and|of|the)\s+)?){0,6}$")  # (or "to Speaker Pelosi and Ways and Means Chair X")
_AND_TITLE = re.compile(r",?\s+(?:and\s+)?(?:(?:U\.S\.|[A-Z][\w-]*)\s+){0,4}")


_PLURAL_TITLE = r"(?:Senators|Sens\.|Representatives|Reps\.)"  # (several members of a legislature: "Senators A and B")
_PLURAL_TITLE_AT = re.compile(rf"\b{_PLURAL_TITLE}\s")
_AFTER_PLURAL = re.compile(rf"\b{_PLURAL_TITLE}\s+(?P<n>{NAME})")


def _members(art: Article, start: int, end: int) -> list[str]:
    """The members of a legislature named between offsets ``start`` and ``end``, in order, each once, without title."""
    text, found, last_to, plural_at = art.text, [], None, None
    people = people_in_text(text)
    # (the first name after a plural title, which the names reader may leave out: "- Senators Edward J. Markey (D-Mass.), …")
    people = sorted([*people] + [(m.start("n"), m.end("n"), m.group("n")) for m in _AFTER_PLURAL.finditer(text, start, end)
                              if not any(s <= m.start("n") < e for s, e, _ in people) and not is_org(m.group("n"))])
    for s, e, n in people:
        if not (start <= s and e <= end):
            continue
        # (not those a letter goes to: "writing to Speaker Nancy Pelosi and Senate Majority Leader Chuck Schumer")
        if _ADDRESSEE.search(text, max(0, s - 60), s) or last_to is not None and _AND_TITLE.fullmatch(text, last_to, s):
            last_to = m.end() if (m := _PARTY_AFTER.match(text, e)) else e
            continue
        last_to = None
        # (or the second of two a plural title names: "Idaho Senators Mike Crapo and Jim Risch and Congressman …")
        joined = found and plural_at == found[-1][0] and re.fullmatch(r",?\s+(?:and\s+)?", text[found[-1][2]:s])
        if (_TITLE_BEFORE.search(text, max(0, s - 30), s) or _PARTY_AFTER.match(text, e) or _TITLE_IN.match(n) or joined):
            if re.search(rf"\b(?:{_PLURAL_TITLE}|Congressmen|Congresswomen)\s+$", text[max(0, s - 20):s]) \
                    or _PLURAL_TITLE_AT.match(n):
                plural_at = s
            found.append((s, re.sub(r"^(?:Senators?|Sens?\.|Representatives?|Reps?\.|Congress(?:wo)?m[ae]n)\s+", "", person(n)), e))
    # (and one a scrape glued to "and": "Mark Pocan (WI-02), andRon Kind (WI-03)")
    found += [(g.start("n"), g.group("n"), g.end()) for g in re.finditer(r"\band(?P<n>[A-Z][a-z][\w’'-]*\s+[A-Z][\w’'-]+)", text[:end])
              if start <= g.start() and _PARTY_AFTER.match(text, g.end())]
    names = list(dict.fromkeys(n for _, n, _ in sorted(found)))
    return [n for n in names if " " in n or not any(m != n and m.split()[-1] == n for m in names)]  # ("Reps. Ruiz and …" again)


_COLLEAGUES = re.compile(r"(?:with|\b(?:and|joined(?:\s+by)?))\s+(?P<c>(?:[\w-]+\s+){0,6}?colleagues(?:\s+(?:in|from)\s+the\s+"
                         r"(?:Senate|House)(?:\s+of\s+Representatives)?)?|(?:other\s+)?members\s+of\s+the\s+(?:[A-Z][\w.-]*\s+)(?:[A-Za-z][\w.-]*\s+){0,4}"
                         r"(?:[Dd]elegation|Caucus|Committee|Conference))\b|\bled\s+(?P<n>(?:an?\s+(?:bipartisan\s+|bicameral\s+)?group\s+of\s+)?\d+\s+(?:other\s+)?"
                         r"(?:Members|members|lawmakers|colleagues)(?:\s+of\s+Congress)?)\b|(?P<j>\b[\w-]+\s+(?:additional|other)\s+(?:Members|members|lawmakers)"
                         r"(?:\s+of\s+Congress)?)\s+(?:also\s+)?joined\b")  # ("led a bipartisan group of 55 Members of Congress", "Sixteen additional Members … joined")


_OTHER_LETTER = re.compile(r"\b(?:sent|issued|released|wrote|published|signed)\s+(?:its|their|a|an)\s+(?:own\s+|separate\s+)?"
                           r"(?:[\w-]+\s+)?(?:letter|statement)\b")


def _others_wrote(art: Article, before: int) -> bool:
    """Whether the last letter or statement sent before ``before`` is sent in a sentence that names no member of a
    legislature ("The Consumer Action League … sent its own letter")."""
    last = None
    for last in _OTHER_LETTER.finditer(art.text, 0, before):
        pass
    sent = last and next((x for x in art.sentences if x.start <= last.start() < x.end), None)
    # (a sentence whose subject is the members themselves, "The Senators sent their letter", is theirs)
    return bool(sent) and not _members(art, sent.start, sent.end) and not re.match(
        r"\s*(?:[A-Z][\w,]*\s+)?(?:[Tt]he|[Tt]hese|[Bb]oth)\s+(?:[A-Za-z]+\s+)?(?:[Ss]enators|[Rr]epresentatives|[Ll]awmakers|"
        r"[Ll]egislators|[Mm]embers|[Cc]ongress(?:wo)?men)\b", sent.text)


def _letter_of_others(art: Article, group: str, before: int) -> bool:
    """Whether the last sentence before ``before`` that speaks of a letter and names someone names none of ``group``:
    "Companion legislation … by Senators A and B. … C helped lead a letter …. “…,” write the lawmakers": the letter's,
    not A and B (and so in the paragraphs after: "“…,” the lawmakers continue")."""
    named = {n.split()[-1] for _, _, n in people_in_text(art.text)}  # (by surname: "Buchanan recently helped lead a … letter")
    sent = next((s for s in reversed(art.sentences) if s.end <= before and "letter" in s.text and re.search(r"\bletter\b", s.text)
                 and not named.isdisjoint(re.findall(r"[\w’'-]+", s.text))), None)
    return bool(sent) and not any(
        re.search(rf"\b{re.escape(n.split()[-1])}\b", art.text[sent.start:before]) for n in re.split(r",\s+|\s+and\s+", group))


def _signers(art: Article, before: int) -> str | None:
    """The members of a legislature a release names first, for a later "the lawmakers wrote" (a joint letter's
    signers): "Chairman James Comer (R-Ky.) and Representative Marjorie Taylor Greene (R-Ga.) …" gives "James Comer and
    Marjorie Taylor Greene"; a member "with 31 of his colleagues" gives "<name> and 31 of his colleagues" (the others as the release says); else
    None."""
    text = art.text
    for para in art.paragraphs:
        if para.start >= before:
            return None
        names = _members(art, para.start, min(para.end, before))
        titles = list(_PLURAL_TITLE_AT.finditer(text, para.start, min(para.end, before)))
        if len(titles) > 1 and re.search(r"\b(?!and\b)[a-z]{3,}\b", re.sub(r"\([^()]*\)", "", text[titles[0].end():titles[-1].start()])):
            return None  # ("Senators A and B met Senators C and D": two groups, which one wrote is unclear; not one list of both)
        said = list(_COLLEAGUES.finditer(text, para.start, para.end))
        if names and any(re.match(r",\s+(?:(?:U\.S\.\s+)?(?:Senators|Sens\.|Representatives|Reps\.)\s+)?[A-Z]", text[c.end():c.end() + 40])
                         for c in said):  # (the colleagues named in the paragraph, perhaps later: "his colleagues, Sens. A, B")
            names = _members(art, para.start, para.end)
        elif names and said and (c := said[0]).start() < before:
            # (and the others, as the release says it: "31 of his colleagues", "members of the … Delegation")
            return ", ".join(names) + " and " + " ".join((c.group("c") or c.group("n") or c.group("j")[:1].lower() + c.group("j")[1:]).split())
        if len(names) > 1:
            return ", ".join(names[:-1]) + " and " + names[-1]
        if names:
            return None
    return None


def _several(art: Article, jobs: str, before: int) -> str | None:
    """The people a plural title names together before ``before`` ("U.S. Senators Karen Whitlock (D-Mich.) and Dale
    Pruitt", then "the senators"): "Karen Whitlock and Dale Pruitt", when exactly one such group is named, else None."""
    text, people = art.text[:before], [p for p in people_in_text(art.text) if p[1] <= before]
    groups = set()
    # (or the title once per person: "Governor Ann Whitfield and Governor Tom Barlow", then "the governors")
    one = re.escape(jobs[:-1]) if jobs.endswith("s") and not jobs.endswith("ss") else re.escape(jobs)
    for t in re.finditer(rf"\b(?i:{re.escape(jobs)}|{one})\s+", text):
        first = next((p for p in people if p[0] in (t.start(), t.end())), None)
        if first is None:
            continue
        group = [first]
        for q in people:
            if q[0] > group[-1][1] and _JOINED.fullmatch(text[group[-1][1]:q[0]]):
                group.append(q)
            elif q[0] > group[-1][1]:
                break
        if len(group) > 1:
            names = [re.sub(rf"^(?i:{re.escape(jobs)}|{one})\s+", "", person(n)) for _, _, n in group]
            groups.add(", ".join(names[:-1]) + " and " + names[-1])
    return groups.pop() if len(groups) == 1 else None


def unnamed_antecedent(art: Article, written: str, before: int) -> str | None:
    """The unnamed person a later "the official" means: "…, a U.S. intelligence official said. … “…,” the official
    added" is "a U.S. intelligence official" (still nobody a reader can look up, but the same one). Only "the" + a
    job word (perhaps after a few words of what kind: "the U.S. intelligence official"), when the article introduced
    "a/an … <job>" before with those words: that phrase when there is one (or when several were, but only one in this
    paragraph or the one before: the one just introduced), "" when which one is unclear, None when there is none."""
    m = re.fullmatch(r"[Tt]he\s+(?P<mods>(?:[\w.’'-]+\s+){0,3}?)(?P<job>official|spokesman|spokeswoman|spokesperson|source|"
                     r"diplomat|officer|aide|witness|resident|analyst|expert|lawmaker|researcher|scientist|engineer|employee|"
                     r"worker|prosecutor|lawyer|attorney|investigator|doctor|physician|nurse|teacher|student|soldier|veteran|farmer|activist|"
                     r"executive|manager|contractor|agent|staffer|adviser|advisor|economist|scholar|academic|professor|pilot)", written.strip())
    if not m:
        return None
    job, mods = m.group("job"), m.group("mods").split()
    found = [(x.start(), re.sub(r"\s+", " ", x.group())) for x in re.finditer(
        rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?!(?:of|for|the|and|or|who|that)\b)[\w.’'-]+\s+){{0,4}}{job}\b(?!\s+(?:of|for|at|from)\s+[A-Z]|,?\s+[A-Z][a-z]+\s+[A-Z])",
        art.text[:before])]
    found = [(at, i[0].lower() + i[1:]) for at, i in found if all(w in i.split() for w in mods)]
    intros = {i for _, i in found}
    if len(intros) > 1:
        # several were introduced: the one introduced last, in this paragraph or the one before, with no other there
        k = next((p.n for p in art.paragraphs if p.start <= before < p.end + 1), 1)
        near = {i for at, i in found if at >= art.paragraphs[max(0, k - 2)].start}
        return near.pop() if len(near) == 1 else ""
    return intros.pop() if intros else None


# a person's name set right before a role in apposition: "Shawn VanDiver, " (then "the president of AfghanEvac")
_NAME_BESIDE = re.compile(rf"(?P<n>{NAME}),\s+$")


def name_beside(art: Article, written: str, before: int) -> str | None:
    """The person a role is set beside: "Shawn VanDiver, the president of AfghanEvac, …, told VOA" is Shawn VanDiver
    (``written`` "the president of AfghanEvac" starts at ``before``), when the words right before are a person's name
    and a comma: the fullest form of that name, else None."""
    if not re.match(r"[Tt]he\s+[a-z]", written):
        return None
    beside = _NAME_BESIDE.search(art.text, max(0, before - 80), before)
    if not beside or not any(p[0] == beside.start("n") for p in people_in_text(art.text)):
        return None
    return max((n for s, _, n in people_in_text(art.text) if s == beside.start("n")), key=len)


_PLURAL_ROLES = frozenset("lawmakers senators representatives members legislators governors mayors congressmen".split())


def joint_subject(art: Article, before: int, noun: str | None = None) -> str | None:
    """The people a later "they" means when the last sentence before ``before`` that names anyone opens with them
    joined ("Senators Maria Castellanos and Derek Lunde sent a letter …. “…,” they wrote"): "Maria Castellanos and
    Derek Lunde"; None when that sentence names one person, or others beside the joined ones, or not as its subject
    (or does not hold ``noun``, when given: "letter" for "“…,” the letter reads").

    >>> from types import SimpleNamespace
    >>> from medialit.corpus.loader import load_article
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "case.txt"
    >>> _ = path.write_text("Sen. Ana Ruiz and Sen. Tom Berg sent a letter. It cites delays. They wrote more.", encoding="utf-8")
    >>> art = load_article(path)
    >>> joint_subject(art, art.text.index("They"))
    'Ana Ruiz and Tom Berg'
    """
    quoted = quote_spans(art)  # (names inside quotes are no subject: "“… Senator Lee’s office was told …” They added")
    people = [p for p in people_in_text(art.text) if p[1] <= before and not any(a <= p[0] < b for a, b in quoted)]
    for sent in reversed([x for x in art.sentences if x.start < before]):
        named = [p for p in people if sent.start <= p[0] < sent.end]
        plural = re.match(r"\s*(?:But\s+|And\s+)?(?:The|These|Those|Both|All|Many|Some)\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*(?:ers|ors|ists|ians|"
                          r"ants|ents|ees|men|women|people|members|senators|lawmakers|officials|leaders|families|parents))\b", sent.text)
        pair = re.match(r"\s*([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+(?:have\s+|had\s+|also\s+)?[a-z]+(?:ed|ote)\b", sent.text)
        full = [[n for at, n in names_by_surname(art.text).get(w, ()) if len(n.split()) > 1 and at < sent.start and n in {x[2] for x in people}]
                for w in pair.groups()] if pair and not named else []
        if full and all(len(set(f)) == 1 for f in full):  # ("Lee and Bishop have asked FAA …. They added": the two named in full before)
            return f"{full[0][0]} and {full[1][0]}"
        if not named and plural:  # ("The farmers told the senators …. “…,” they said": the farmers; "The lawmakers were …")
            return role_antecedent(art, "the " + plural.group(1), sent.start) if plural.group(1) in _PLURAL_ROLES else None
        if not named:
            continue
        if noun:  # (whom the letter went to does not count: "A (NY-14) and B (MD-04) sent a letter to Secretary C")
            named = named[:next((i for i in range(1, len(named)) if not _JOINED.fullmatch(art.text[named[i - 1][1]:named[i][0]])), len(named))]
        # (perhaps after a dateline and an opener: "WASHINGTON – Today, U.S. Senators A and B introduced"; or the credit
        # of a quote: "In April, write Cole and Ruiz, “…”")
        lead = art.text[sent.start:named[0][0]]
        credit = re.search(r"\b(?:said|says|say|wrote|writes|write|added|adds|add|stated|state)\s+(?:(?:U\.S\.\s+)?"
                           r"(?:Senators|Sens\.|Representatives|Reps\.)\s+)?$", lead)
        if len(named) < 2 or not (credit or re.fullmatch(r"\s*(?:[A-Z][A-Z.,’' ]{1,40}\s?[–—-]+\s*)?(?:(?:Today|Yesterday|On\s+\w+),\s+)?"
                                                        r"(?:[A-Z][\w.’'-]*\s+){0,4}", lead)) \
                or not all(_JOINED.fullmatch(art.text[a[1]:b[0]]) for a, b in zip(named, named[1:])) \
                or not (credit or re.match(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*[a-z]", art.text[named[-1][1]:sent.end])):
            return None
        if noun and not re.search(rf"\b{noun}s?\b", sent.text):
            return None
        names = [re.sub(r"^(?:Senators?|Sens?\.|Representatives?|Reps?\.)\s+", "", person(n)) for _, _, n in named]
        return ", ".join(names[:-1]) + " and " + names[-1]
    return None
