"""Names: the people an article names in running text, as the kit reads them.

Private helpers shared by :mod:`.speakers`, :mod:`.speech`, :mod:`.quotes` and :mod:`.attribution`:

- :func:`person`: a name without the job title or acronym written before it
  ("ACME Director Lina Voss" -> "Lina Voss"); forms of address stay ("Dr. Hamid Rezaei").
- :func:`_people_in`: every person named in a stretch of text, leaving out named things
  (organisations, places, programmes, "Lunar Navigation Satellite System"), sentence openers
  ("Later John Smith said" -> John Smith), and units before a job ("Airborne Science deputy
  director"); names in any Latin script ("Cédric David", "Łukasz Ćwik").
- :func:`people_in_text`, :func:`names_by_surname`: the same over a whole article, cached.

>>> [n for _, _, n in _people_in("Later José Antonio Alonso met Dr. Lina Haddad.", 0, [])]
['José Antonio Alonso', 'Dr. Lina Haddad']
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._prefilter import quick
from .gazetteer import countries as _countries, place_names as _place_names
from .headlines import in_headline
from .given_names import given_name
from ._text import (_JOINED_INITIALS, AGE_WORD, FIELD_OF_END as _FIELD_OF_END, LOWER, ORG_WORDS, PLACE_WORDS, PLAIN_NAME_RE, STOPWORDS, TITLED_NAME_RE, UPPER, is_org, is_place,
                    speaking_place, surname)

#: Forms of address kept as part of a name ("Dr. Haneen Al-Maliki", "Mr. James O'Neill").
HONORIFICS = frozenset("Dr Mr Mrs Ms Mx Prof Rev Sheikh Imam Ayatollah Sir Dame Lady Lord".split())
#: Job titles and ranks written before a name; the speaker is the person, not the job.
JOB_TITLES = frozenset("""
Czar Tsar Panelist Panellist Whip Fellow Republican Democrat Moderator Biologist Chemist Geologist Meteorologist Ranger Intern Volunteer Trainee
Class General Gen Colonel Col Captain Capt Lieutenant Lt Sergeant Sgt Major Maj Admiral Adm Commander Cmdr Corporal Director Mayor Senator Sen
Governor Gov Minister Secretary President Vice Deputy Acting Chief Judge Justice Principal Superintendent Detective Officer Inspector Councilmember
Member Councilman Councilwoman Councillor Councilor Commissioner Chairman Chairwoman Chair Chairperson Editor Coach Ambassador Prime Foreign
Interior Defense Defence Health Finance Education Economy Justice Trade Labor Labour State Spokesperson Spokesman Spokeswoman Representative Rep
Assemblymember Congressman Congresswoman Premier Chancellor King Queen Prince Princess Pope Bishop Archbishop Cardinal Father Sister Brother Pastor
Rabbi Professor CEO CFO COO Executive Manager Head Leader Speaker Attorney Prosecutor Sheriff Trooper Constable Dean Provost Rector Founder
Co-founder Author Co-author Co-chair Co-director Co-host Analyst Economist Researcher Scientist Historian Engineer Nurse Doctor Lawyer Reporter
Correspondent Anchor Host Producer Commentator Activist Organizer Organiser Vicar Emir Crown Sultan Grand Supreme High Opposition Administrator
Astronaut Technician Pilot Artist Painter Photographer Writer Poet Astrophysicist Physicist Adviser Advisor Counselor Counsellor Envoy Consul
Attaché Diplomat Aide Delegate Commissar Marshal Magistrate Lead Senior Associate Assistant Program Project Mission Flight Operations Branch
Division Center Deputy General-Secretary Secretary-General Director-General Attorney-General Surgeon Auditor Comptroller Treasurer chief director
minister spokesperson editor Resident Beekeeper Farmer Teacher Student Singer Musician Actor Actress Chef Driver Owner Shopkeeper Firefighter
Veteran Witness Survivor Neighbor Neighbour Villager Fisherman Fisherwoman Miner Worker Player Athlete Runner Widow Victim Patient Passenger Tourist
Designer Architect Entrepreneur Businessman Businesswoman Journalist Blogger Filmmaker Composer Dancer Sculptor Novelist Playwright Lecturer Tutor
Midwife Paramedic Farmworker Footballer Cricketer Boxer Golfer Swimmer Cyclist Goalkeeper Striker Defender Midfielder Skipper Cllr Solicitor
Barrister Campaigner Protester Pensioner Homeowner Landlord Landlady Tenant Shopper Commuter Cabbie Cartoonist Legislator Lawmaker Assemblyman
Assemblywoman Alderman Alderwoman Selectman Selectwoman Supervisor Clerk Assessor Coroner Trustee Registrar MP MEP MSP Det Insp Supt Cpl Pte Const
Cdr Brig Lt-Col Cmdt Ch Asst Atty Strategist Specialist Technologist Evangelist Developer Coordinator Consultant Librarian Archivist
""".split())
_TITLES_LOWER = frozenset(t.lower() for t in JOB_TITLES)
_ADDRESS = r"(?:Rep|Reps|Sen|Sens|Dr|Gov|Mr|Mrs|Ms|Prof|Gen|Adm|Col|Capt|Lt)\."  # (a form of address)

_MONTH_NAMES, _DATE_BEFORE = {"April", "May", "June"}, re.compile(r"(?i:\b(?:in|on|by|since|until|till|through|from|during|of|last|next|"
                                                                     r"early|late|mid|this|that|every|each|\d+))\s+$")
_CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())

_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)")


def person(name: str) -> str:
    """A person's name without job titles or acronyms before it; forms of address stay.

    >>> person("ACME Director Lina Voss"), person("General Tarek al-Nouri"), person("Dr. Hamid Rezaei")
    ('Lina Voss', 'Tarek al-Nouri', 'Dr. Hamid Rezaei')
    >>> person("Chinese President Xi"), person("Secretary Robert F. Kennedy, Jr.")
    ('Xi', 'Robert F. Kennedy')
    """
    name = re.sub(r"(?<=\w),?\s+(?:Jr|Sr)\.?$|(?<=\w)\s+(?:II|III|IV)$", "", name.strip())  # ("Martin Hale Jr.": no generation)
    words = re.sub(r"\bPro\s+Tem(?:pore)?\.?\s+", "", name).split()  # ("Senate President Pro Tempore Becca Balint")
    if len(words) >= 3 and words[0] in _countries() and words[1][:1].isupper():
        words = words[1:]  # "France Nicolas Sarkozy" (after "The President of"): the country is not the name
    words = words[2:] if len(words) >= 4 and words[0] == "First" and words[1] in ("Lady", "Gentleman") else words
    words = words[1:] if len(words) >= 3 and words[0] in ("Today", "Yesterday", "Tonight", "Meanwhile", "Earlier", "Later",
                                                          "Recently", "Separately", "Additionally") \
        and words[1][:1].isupper() else words  # ("Today Senators Josh Hawley and …": a dateline's opener, no name)
    # "Forest Service Chief Randy Moore": the name follows the last job title (or organisation's word: "… Affairs Linda Ray")
    inner = [i for i, w in enumerate(words[:-1]) if w.rstrip(".,") in JOB_TITLES and w[:1].isupper()
             or w in ORG_WORDS and w[:1].isupper() and i < len(words) - 2]
    if inner and (len(words) - inner[-1] - 1 >= 2 or len(words) - inner[-1] == 2 and len(words) >= 3 and words[inner[-1]].rstrip(
            ".,") in JOB_TITLES and words[-1] not in ORG_WORDS | JOB_TITLES - {"King", "Bishop"} and not is_place(words[-1])):  # ("… Chair King")
        words = words[inner[-1] + 1:]
    keep_from = 0
    for i, w in enumerate(words[:-1]):
        bare = w.rstrip(".,")
        if bare in JOB_TITLES or bare.endswith("s") and bare[:-1] in JOB_TITLES and (i < len(words) - 2 or bare in (  # (not "Tenants United")
                "Senators", "Sens", "Representatives", "Reps", "Governors", "Congressmen", "Congresswomen", "Mayors")) or "-" in bare and all(x in JOB_TITLES or x in ("elect", "designate") for x in bare.split("-")) or (len(bare) >= 2 and bare.isupper() and bare.isalpha()) and not (  # (but "JD Vance": initials as a given name)
                len(bare) == 2 and i == len(words) - 2 and bare not in ("US", "UN", "UK", "EU", "AU", "NY", "DC")) or bare in ("the", "The"):
            keep_from = i + 1
        elif (_DEMONYM.fullmatch(bare) or re.fullmatch(r"(?:[A-Z]\.){2,}", w)) and words[i + 1].rstrip(".,s") in JOB_TITLES:
            keep_from = i + 1  # "Chinese President Xi", "U.S. Attorney Bash": a nationality or country before a job
        elif bare in HONORIFICS:
            continue
        else:
            break
    rest = words[keep_from:]
    return " ".join(rest) if rest else name  # (a lone surname after a job title is still a name: "Mayor Ortiz" -> "Ortiz")


_HONOR = "|".join(sorted(HONORIFICS | {t for t in JOB_TITLES if t[:1].isupper()}, key=len, reverse=True))
_PARTICLES = r"(?:al|el|bin|ibn|bint|abu|ben|van|von|de|del|della|der|den|da|di|du|dos|das|la|le|ter|ten|y)"
_CAP_PARTICLES = r"(?:De|Del|Della|Van|Von|Der|Den|Da|Di|Du|Dos|Das|La|Le|Ter|Ten)"
_DAYS_MONTHS = ("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                "July|August|September|October|November|December)")
#: A person's name in running text, titles first ("Dr. Lina Haddad"), never over a line break (a heading is no first name).
_PERSON_RE = re.compile(
    rf"(?=[{UPPER}])(?<![\w’'\-])(?:(?:{_HONOR})\.?[^\S\n]+)*(?P<name>(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+|[A-Z][a-z]+)?|{_JOINED_INITIALS})(?:[^\S\n]+[A-Z]\.)*(?:[^\S\n]+(?:{_PARTICLES}|{_CAP_PARTICLES}(?=[^\S\n]+[{UPPER}]))){{0,2}}[^\S\n]+"
    # (an Irish or French prefix: "Pat O’Brien", "Tristan L’Ecuyer", "Ann D’Souza")
    rf"(?:(?:al|el|abu|bin|ibn)[\-’']|[ODL][’'](?=[{UPPER}]))?(?!{_CAP_PARTICLES}[^\S\n]+[{UPPER}])[{UPPER}][{LOWER}]+(?:[A-Z][a-z]+)?(?:[’'\-](?!s\b)[{UPPER}]?[{LOWER}]+)*"
    # (a third word, perhaps after capitalised particles: "Rebecca Nyandeng De Mabior", "Ana de la Cruz Reyes")
    rf"(?:[^\S\n]+(?:(?:{_CAP_PARTICLES})[^\S\n]+){{0,2}}(?!{_DAYS_MONTHS}\b)[{UPPER}][{LOWER}]+(?:[’'\-](?!s\b)[{UPPER}]?[{LOWER}]+)*(?![\w’'\-]|[^\S\n]+[{UPPER}]))?"
    rf"(?:[^\S\n]+(?:al|el|abu|bin|ibn)[\-’'][A-Z][a-z]+)?)"
    rf"(?=[’']s\b|(?![\w’']))")
# endings of common nouns that no surname has ("Participation", "Opportunities", "Management", "Partnership")
_NOUN_END = re.compile(r"(?:tions?|ments|ities|ships?|ologies|ology|isms?)$")
_CREDIT_END = re.compile(r"(?:/\s*|\b(?:Credit|Credits|Photo|Photograph|Image|Courtesy|Photo[^\S\n]+by|Image[^\S\n]+by)"
                         r"\s*:?\s*)$", re.I)
_MORE_CAPS = re.compile(r"(?:[^\S\n]+(?:of[^\S\n]+|for[^\S\n]+|and[^\S\n]+)?[A-Z][\w’'\-]*)*")
_HONOR_AT = re.compile(rf"(?:{_HONOR})\b")
_HONOR_END = re.compile(rf"\b(?:{_HONOR})s?\.?\s+$")  # (a plural too: "Missouri Senators Josh Hawley and Roy Blunt")
_ARTICLE_END = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
# "the University of California Santa Cruz", "the journal Physical Review D": part of a named thing
_THING_END = re.compile(r"\b(?:University|College|Institute|Academy|School|Museum|Bank|Ministry|Department|Council|"
                        r"Republic|Kingdom|Federation|Commonwealth|Church|Bureau|Office|Society)\s+of\s+(?:the\s+)?$"
                        r"|\b(?:journal|magazine|newspaper|book|paper|report|programme|program|show|series|ship|think\s+tank|outlet|website|"
                        r"charity|nonprofit|non-profit|startup|start-up|broadcaster|network|platform|app|brand|band|spacecraft|satellite|mission|telescope|rover|probe|vessel|film)\s+$")
_CAP_END = re.compile(rf"\b(?!{AGE_WORD})[A-Z][\w\-]*\s+$")  # (not an age: "Twelve-year-old Ana Ruiz")
_STORMS = frozenset("Hurricane Typhoon Cyclone Storm Tropical Superstorm Tornado Blizzard".split())
_PLACE_FIRST = frozenset("Fort Mount Mt Port Lake Camp Cape Saint St San Santa Los Las".split())
_CAPS_ON = re.compile(r"(?:\s+[A-Z][\w’'\-]*)*")
# "NASA’s Airborne Science deputy director": capitalised words right before a job noun name a unit
_UNIT_BEFORE_JOB = re.compile(r"\s+(?:(?:deputy|associate|assistant|acting|senior|chief|lead|principal|program|"
                              r"project|mission|division|branch|staff|former|interim|vice|executive|science|"
                              r"research|flight|operations)\s+){0,2}(?:director|manager|scientist|chief|engineer|"
                              r"administrator|officer|specialist|coordinator|researcher|leader|president|chairman|"
                              r"chairwoman|spokesman|spokeswoman|spokesperson|founder|secretary-general|officials?|aides?|"
                              r"staffers?|employees?|sources?)\b")


_RUN_ON = re.compile(r"(?:[^\S\n]+(?:[A-Z]\.(?=[^\S\n]+[A-Z])|[A-Z][\w’'\-]*))*")  # (initials too: "Jennifer M. Granholm")
_GIVEN_LAST = re.compile(r"(?<=[A-Za-z&][^\S\n])(?P<first>[A-Z][a-z]+)(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][a-z][\w’'-]*"
                         r"(?=(?:,?[^\S\n]+(?:Jr|Sr)\.?|[^\S\n]+(?:II|III|IV))?(?![\w’'-]|[^\S\n]+[A-Z]))")
_RUN_BACK = re.compile(r"(?:(?:[A-Z][\w’'.\-]*|of|the|for|and|&)[^\S\n]+)+$")  # (never across a paragraph)


def _after_job_at(text: str, start: int) -> bool:
    """Whether the capitalised words before ``start`` are a job at an organisation, so that the name at ``start`` is a
    person's: "Secretary of the Air Force James Roche" (a job title, then "of" or "for"), "Caucus Chair Rep. Ana Ruiz" (a title, then an address)."""
    if not (run := _RUN_BACK.search(text, max(0, start - 120), start)):
        return False
    words = run.group().split()
    trail = len(words) > 1 and re.fullmatch(_ADDRESS, words[-1]) is not None  # ("… Chair Rep." right before the name)
    title = words[-2 if trail else -1].rstrip(".").lower()  # (a plural too: "Co-Chairs")
    own = re.match(r"([A-Z][\w-]*)\s+" + _ADDRESS + r"\s", text[start:start + 30])  # (the name's own title: "Chairman Rep. X")
    if own and own.group(1).lower() in _TITLES_LOWER or (trail or re.match(_ADDRESS + r"\s", text[start:start + 6])) \
            and (title in _TITLES_LOWER or title[:-1] in _TITLES_LOWER):
        return True
    return bool({"of", "for"} & set(words)) and any(w.rstrip(".") in JOB_TITLES for w in words[:2])


_ONE_CAP = re.compile(r"\s+[A-Z][a-z]+(?:[’'\-][A-Z]?[a-z]+)*(?![\w’'\-])(?!\s+[A-Z])")


def _name_after_job(text: str, m: re.Match) -> re.Match | None:
    """The last two words of a run of three capitalised words after a job at an organisation, when a
    name match took the first two or all three: "for Acquisition Marvin Sambur" (matched "Acquisition Marvin"
    or "Acquisition Marvin Sambur")."""
    if m.group() != m.group("name") or not (_ONE_CAP.match(text, m.end()) or len(m.group().split()) >= 3):
        return None
    second = m.start() + re.search(r"\s+", m.group()).end()
    if not _after_job_at(text, second):
        return None
    later = _PERSON_RE.match(text, second)
    return later if later and later.group() == later.group("name") and later.end() >= m.end() else None


#: Words that open a sentence or clause and are not first names ("Later John Smith said", "When Ana Ruiz …").
OPENERS = frozenset("""later yesterday today tonight tomorrow meanwhile earlier recently currently previously initially
    eventually finally afterwards additionally however moreover furthermore nevertheless nonetheless indeed thus
    hence therefore separately similarly likewise overall ultimately unfortunately fortunately notably specifically
    interestingly sadly last next following asked speaking according photo credit caption image watch read listen
    dear thanks congratulations unlike despite although though whereas like besides beyond amid amidst among including""".split()) | STOPWORDS


def _name_after_opener(text: str, m: re.Match) -> re.Match | None:
    """The name after a sentence-opening word that a name match took as a first name: "Later John Smith" (never after
    "the": "the One Big Beautiful Bill" names a thing)."""
    if m.group() != m.group("name"):
        return None
    first = re.match(r"\S+", m.group()).group()
    if first.lower() not in OPENERS and first.lower() not in _CALENDAR or re.search(r"\b(?:the|a|an)\s+$", text[max(0, m.start() - 5):m.start()]):
        return None
    later = _PERSON_RE.match(text, m.start() + re.search(r"\s+", m.group()).end())
    return later if later and later.group() == later.group("name") else None


_NICKNAME_IN_NAME = re.compile(r"(?<=[A-Za-z.]\s)[“\"][A-Z][\w’'.-]*[”\"]\s(?=[A-Z][a-z])")


_AFTER_TITLE = re.compile(rf"(?=[{UPPER}])\b(?:" + "|".join(sorted((t for t in JOB_TITLES if t[:1].isupper() and len(t) > 3),
                                                        key=len, reverse=True)) + r")\s+"
                          r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})(?![\w’'-]|\s+[A-Z])")
_PLACE_AFTER = re.compile(r"(?:[’']s)?\s+(?:province|district|commune|county|state|region|city|village|town|"
                          r"municipality|prefecture|governorate|township|oblast|canton|parish)\b")
_LANGUAGES = frozenset("""English French Spanish Arabic Chinese Russian Swahili Hindi Urdu Portuguese German Italian
    Japanese Korean Persian Farsi Turkish Hebrew Mandarin Cantonese Latin Greek Polish Dutch Bengali Punjabi Tamil
    Khmer Thai Vietnamese Indonesian Malay Amharic Somali Hausa Yoruba Zulu Ukrainian Kurdish Pashto Dari""".split())
NOT_NAME_ENDS = frozenset("""Republican Republicans Democrat Democrats Democratic Conservatives Tories Socialists Communists
    Liberals Progressives Independents Statement Response Findings Reaction""".split())  # (end no person's name: "Top Republican members say", "Leading Democrats", "Joint Statement")
#: Job words that end a job's name and no person's name ("White House Chief of Staff Ron Klain").
OFFICE_END = frozenset("""Chief Director Secretary Minister President Chairman Chairwoman Chairperson Commissioner
Administrator Superintendent Spokesperson Spokesman Spokeswoman Governor Mayor Senator Ambassador Officer Leader
Whip""".split())
_JOB_MODIFIERS = frozenset("Special Senior Deputy Vice Acting Chief Assistant Associate Executive Managing General Principal Regional National Foreign Prime Interim Former Lead Permanent First".split())
_job_name = lambda words: words.split()[-1] in JOB_TITLES and (words.split()[0] in _JOB_MODIFIERS or words.endswith(("ist", "ant", "ian")) and not any(map(given_name, words.split()[:-1])))  # "Digital Content Strategist", never "Billie Jean King"
_CREDIT_AFTER = re.compile(r"[^\S\n]*\|[^\S\n]*[A-Z]")
_DESCRIBED_PERSON = re.compile(r",\s+(?:\d{1,3},|who\b|another\s|(?:a|an|the)\s+former\s|(?:the|a|an)\s+(?:[A-Za-z\-]+\s+){0,2}"
                               r"(?:[Ll]eader|[Pp]resident|[Mm]inister|[Ss]ecretary|[Dd]irector|[Cc]hief|[Ff]ounder|[Cc]hairman|"
                               r"[Cc]hairwoman|[Gg]overnor|[Mm]ayor|[Pp]rofessor|[Ss]pokes(?:man|woman|person))\b)")
# a job word right before: "captain Harry Lane", "coach Tom Hill" are people, whatever their surname
_JOB_WORD_END = re.compile(r"\b(?:captain|coach|manager|striker|midfielder|defender|goalkeeper|player|director|chairman|"
                           r"chairwoman|president|minister|secretary|spokesman|spokeswoman|spokesperson|chief|officer|"
                           r"editor|reporter|professor|teacher|lawyer|senator|mayor|governor|author|actor|actress|singer)\s+$")
_OFFICE_OF_END, _PLACE_PREP_END = re.compile(r"\b(?:Chiefs?|Director|Secretary|Minister|Head|Commissioner|Administrator|Counselor)\s+(?:of|for)\s+"
                                              r"(?:[A-Z][\w&]*\s+(?:for|and|&)\s+)*$"), \
    re.compile(r"\b(?:at|in|of|from|near|to|on|outside|around)\s+$")
_LONG_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){3}")
_OWNED = re.compile(r"[’']s\s+((?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+)")


def _capitalised_before(text: str, at: int) -> bool:
    """Whether the word that ends right before ``at`` (and its space) starts with a capital letter."""
    word = text[:at].rstrip().rsplit(None, 1)[-1:] or [""]
    return word[0][:1].isupper()


def _people_in(text: str, offset: int, skip: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Person names in ``text`` (outside the ``skip`` spans): ``(start, end, name)`` in article offsets.

    A name is left out when it is part of an organisation or a place ("Wallops Flight Facility",
    "Mill Street"): the capitalised words after it are read with it.
    """
    out = []
    # Charles “Chuck” McClain: the nickname in quotation marks is read as spaces, so the name reads whole
    text = _NICKNAME_IN_NAME.sub(lambda m: " " * len(m.group()) if _capitalised_before(text, m.start())
                                 else m.group(), text)
    for rx in (TITLED_NAME_RE, _PERSON_RE):
        for m in rx.finditer(text):
            if rx is _PERSON_RE and (later := _name_after_job(text, m) or _name_after_opener(text, m)):
                m = later  # "… for Acquisition Marvin Sambur", "Later John Smith said": the name comes after
            whole = m.group() + _MORE_CAPS.match(text, m.end()).group()
            if rx is _PERSON_RE and (inner := _name_after_country(text, m.start(), whole)):
                if not any(a <= inner[0] + offset < b for a, b in skip):  # (never inside a skipped span: a quote)
                    out.append((inner[0] + offset, inner[1] + offset, inner[2]))
                continue
            # ("Sheldon Yett of UNICEF observed": a person, then where they work, is no organisation's name)
            affiliated = rx is _PERSON_RE and whole[len(m.group()):].startswith(" of ") and len(m.group().split()) >= 2 \
                and not (is_org(m.group()) or is_place(m.group()) and not speaking_place(m.group()) or m.group() in _place_names()) \
                and not _PLACE_AFTER.match(text, m.end())
            # (a place word after "and" ends another name: "Ann Ruiz and Tom Hill said", not a place)
            if rx is _PERSON_RE and _OFFICE_OF_END.search(text, max(0, m.start() - 40), m.start()) and len(whole.split()) >= 3:
                whole = whole.split(" ", 1)[1]  # ("Secretary of Energy Martin Hale": the office's field is no organisation)
            if (is_org(whole) or is_place(whole.split(" and ")[0]) or whole.strip() in _place_names() or _PLACE_AFTER.match(text, m.end())) \
                    and not affiliated \
                    and not (_JOB_WORD_END.search(text, max(0, m.start() - 20), m.start()) and whole == m.group()) \
                    and not ((_HONOR_AT.match(m.group()) or whole == m.group() and not _PLACE_PREP_END.search(
                        text, max(0, m.start() - 8), m.start())) and speaking_place(person(m.group()))):
                continue  # ("Siem Reap province’s …", "Kork Thlork Krom commune": places; "Senator Tom Hill" is a person)
            owner = _OWNED.match(text, m.end())
            if owner and is_org(owner.group(1)) or re.match(r"\s+Wars?\b", text[m.end():m.end() + 6]):
                continue  # "Chinese People’s Liberation Army": the start of an organisation's name (or of a war's: "World War III")

            if text[max(0, m.start() - 1):m.start()] == "(" and len(whole.split()) >= 3:
                continue  # "MAVEN (Mars Atmosphere and Volatile EvolutioN)": what an acronym stands for
            run = _RUN_BACK.search(text, max(0, m.start() - 120), m.start())
            if run and is_org(run.group() + whole) and not _after_job_at(text, m.start()):
                continue  # "Laboratory for Atmospheric and Space Physics": the end of an organisation's name
            grp = "name" if rx is _PERSON_RE else 0
            s, e = m.start(grp) + offset, m.end(grp) + offset
            if any(a <= s < b for a, b in skip):
                continue
            lead = text[max(0, m.start() - 30):m.start()]
            if _CREDIT_END.search(lead) or _CREDIT_AFTER.match(text, m.end(grp)):
                continue  # "Credit: NASA/Devin Boldt", "(AP Photo/Jo Roe)", "(Sun Narin | VOA Khmer)": a photographer
            titled = bool(_HONOR_AT.match(m.group()))
            if (_ARTICLE_END.search(lead) or _THING_END.search(lead) or _FIELD_OF_END.search(lead)) and not titled:
                continue  # "at the Bayou Classic", "a Grand Prix", "Professor of Public Management": a named thing or field
            run = _CAPS_ON.match(text, m.end())
            if rx is _PERSON_RE and not titled and not _CAP_END.search(lead) and _LONG_NAME.fullmatch(m.group() + run.group()) \
                    and _DESCRIBED_PERSON.match(text, run.end()) and not is_org(m.group() + run.group()) and not _job_name(m.group() + run.group()):
                # "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered": four names, then what fits a person
                out.append((m.start() + offset, run.end() + offset, person(m.group() + run.group())))
                continue
            if rx is _PERSON_RE and not titled and (
                    len([w for w in (m.group() + run.group()).split()
                         if not re.fullmatch(_CAP_PARTICLES + r"|(?:Jr|Sr)\.?|II|III|IV", w)]) >= 4
                    or _CAP_END.search(lead) and not _HONOR_END.search(lead) and not _after_job_at(text, m.start()) and not lead.rstrip().endswith(("-elect", "-designate"))
                    and lead.split()[-1].lower() not in OPENERS):
                continue  # "Lunar Navigation Satellite System": part of a longer capitalised name
            if m.group(grp).split()[0] in _STORMS or text[max(0, m.start() - 8):m.start()].endswith(("Storm ", "Tropical ")) \
                    or m.group(grp).split()[-1] in ("War", "Wars"):
                continue  # "By the time Hurricane Ian reached Florida", "during World War II": a storm's or a war's name
            if m.group(grp).split()[0] in _PLACE_FIRST and not _DESCRIBED_PERSON.match(text, m.end()):
                continue  # "Fort Benning", "Mount Hood": a place (not "San Sak, 41,", "San Sel, another former
                # reporter,": an age or a description that fits only a person follows)
            if not titled and _UNIT_BEFORE_JOB.match(text, m.end()):
                continue  # "Airborne Science deputy director": a unit's name before a job, not a person
            name = person(m.group(grp))
            if rx is _PERSON_RE and not titled and _OFFICE_OF_END.search(lead):  # "Chief of Staff Susie Wiles": no "Staff …"
                whole_run = re.sub(r"\s+(?:Jr|Sr|II|III|IV)$", "", m.group(grp) + _RUN_ON.match(text, m.end(grp)).group())
                name, e = person(whole_run), m.start(grp) + offset + len(whole_run)
                name = (name.split(" ", 1)[1] if len(name.split()) >= 3 else "") if name.split()[0] == m.group(grp).split()[0] else name
            if not name:
                continue
            if len(name.split()) >= 3 and name.split()[0].endswith("ing") and name.split()[0][1:].islower() \
                    and not text[:m.start(grp)].strip()[-1:].isalnum() and re.match(r"\s+(?:to|for|of|on|in|at|with|as|the|a|an|and)\s", text[m.end(grp):m.end(grp) + 6]):
                name = name.split(" ", 1)[1]  # "Sentencing Daniel Morgan to 12 years, …": a verb opens the sentence
            if rx is _PERSON_RE and len(name.split()) < 2:
                continue
            if name.split()[-1] in _LANGUAGES or name.split()[-1] in NOT_NAME_ENDS and not titled or not titled and any(_NOUN_END.search(w) for w in name.split()[1:]):
                continue  # "Mandarin Chinese": a language; "Support Participation Opportunities": common nouns
            if name.split()[-1] in JOB_TITLES and (m.group().split()[0] in _JOB_MODIFIERS or not titled and not given_name(name.split()[0]) and len(name.split()[-1]) > 3 and len(name.split()) == 2 or _job_name(name)) \
                    or name.split()[-1] in OFFICE_END or not titled and re.fullmatch(r"[A-Z][a-z]{3,}ing", name.split()[0]) and not given_name(name.split()[0]):
                continue  # "Special Representative", "Policy Fellow", "Digital Content Strategist", "White House Chief" (of Staff): a job; "Emerging Asia Economies"
            given = m.group() != name and len(name.split()) > 1 and given_name(name.split()[0])  # ("Governor Will Pell": a first name)
            if any(w.lower() in STOPWORDS and not (k == 0 and given) or w.lower() in _CALENDAR and not (w == name.split()[0] in _MONTH_NAMES
                   and len(name.split()) > 1 and not _DATE_BEFORE.search(text, 0, s - offset)) for k, w in enumerate(name.split())) \
                    or name.split()[0].lower() in OPENERS and not given:  # "Unlike Western outlets, …": an opener (but "journalist April Xu")
                continue  # "In March", "On Monday": a capitalised word that opens a sentence
            # (a nickname read as spaces makes the name shorter than its span: it starts where the span does)
            if name[-2:] in ("’s", "'s"):  # "Prime Minister Oleksiy Honcharuk's offer": the name without the possessive
                name, e = name[:-2], e - 2
            if not text.endswith(name.split()[-1], 0, e - offset):  # ("Martin Hale Jr.": the name ends before its generation)
                e = offset + text.rfind(name.split()[-1], 0, e - offset) + len(name.split()[-1])
            out.append((s if "   " in m.group(grp) else e - len(name), e, name))
    # "Director of the Office of Management and Budget Caleb Marsh:": a given name and a surname end an office's long name
    for g in _GIVEN_LAST.finditer(text):
        run = _RUN_BACK.search(text, max(0, g.start() - 120), g.start())
        s, e = g.start() + offset, g.end() + offset
        # (a run split wrongly before loses its part: "Budget Caleb" of "… and Budget Caleb Marsh III")
        split = [x for x in out if x[0] < s < x[1] <= e and x[2].split()[-1] == g.group("first")]
        if run and is_org(run.group() + (split[0][2].split()[0] + " " if split else "")) and given_name(g.group("first")) \
                and g.group("first") not in ORG_WORDS | JOB_TITLES and not any(a <= s < b for a, b in skip) \
                and not any(a < e and s < b for a, b, _ in out if (a, b, _) not in split):
            out = [x for x in out if x not in split] + [(s, e, g.group())]
    # "Uganda Journalists Union President Lucy Anyango Ekadu": a name right after a job title ending a run of capitals
    for m in _AFTER_TITLE.finditer(text):
        s, e = m.start("name") + offset, m.end("name") + offset
        name = person(m.group("name"))
        if not any(a <= s < b for a, b in skip) and not any(a <= s < b for a, b, _ in out) \
                and not is_org(name) and not is_place(name) and name not in _place_names() and name not in HONORIFICS \
                and not _PLACE_AFTER.match(text, m.end("name")) and name.split()[-1] not in OFFICE_END and not _job_name(name) \
                and not any(w.lower() in STOPWORDS or w.lower() in _CALENDAR or w.lower() in OPENERS for w in name.split()):
            out.append((s, e, name))
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


_PLACE_RUN = re.compile(r"(?<![\w’'-])(?P<run>[A-Z][\w’'\-]+(?:[^\S\n]+[A-Z][\w’'\-]+){1,3})" + _PLACE_AFTER.pattern)


@lru_cache(maxsize=4)
def places_in_text(text: str) -> frozenset[str]:
    """Names the article calls a place somewhere ("Prek Chrey commune", "Kandal province’s"): read as a
    place wherever else they stand ("in Prek Chrey, …"), never as a person.

    >>> sorted(places_in_text("Prek Chrey commune voted. In Prek Chrey, people fish."))
    ['Prek Chrey']
    """
    return frozenset(m.group("run") for m in _PLACE_RUN.finditer(text))


@lru_cache(maxsize=4)
def people_in_text(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every person named in a whole article text (cached: several analyses ask for them), less the names
    the article calls a place somewhere (:func:`places_in_text`) or writes as a group with "the".

    >>> [n for _, _, n in people_in_text("Yem Ravy fought Khmer Rouge units. He hated the Khmer Rouge.")]
    ['Yem Ravy']
    """
    places = places_in_text(text)  # (never in a headline's Title Case: "President Signs Executive Order Lowering Drug Costs")
    found = [p for p in _people_in(text, 0, []) if p[2] not in places and not in_headline(text, p[0], p[1])]
    groups = groups_in_text(text, frozenset(p[2] for p in found))
    return tuple(p for p in found if p[2] not in groups)


@lru_cache(maxsize=4)
def groups_in_text(text: str, names: frozenset) -> frozenset:
    """Of ``names``, those the article writes with "the" as a noun ("the Khmer Rouge seized power", "the Khmer
    Rouge’s cruelty"; not "the Hun Sen government"): a movement or a group, not a person."""
    # (only names found after "the" at all are read with the whole pattern: one pattern per name is slow)
    return frozenset(n for n in names if ("the " + n in text or "the\n" + n in text or "the  " + n in text)
                     and re.search(rf"\bthe\s+{re.escape(n)}(?=[’']s\b|\s*[,.;:)!?]|\s+(?:and|or|was|"
                                   rf"were|is|are|had|has|[a-z]+ed)\b)", text))


@lru_cache(maxsize=4)
def names_by_surname(text: str) -> dict[str, list[tuple[int, str]]]:
    """Every form of a person's name in an article, by surname: ``{surname: [(end, name), ...]}``."""
    out: dict[str, list[tuple[int, str]]] = {}
    found = [(m.end(), m.group()) for rx in (TITLED_NAME_RE, PLAIN_NAME_RE) for m in rx.finditer(text)]
    for end, cand in found + [(e, n) for _, e, n in people_in_text(text)]:
        cand = re.sub(r"[’']s$", "", person(cand))  # "Scott McCulloch's report"
        if cand.split()[0].lower() in OPENERS and len(cand.split()) > 1:
            continue  # "At Kennedy", "Later Smith": a sentence opener before a name is not part of it
        if not is_org(cand) and not is_place(cand):
            out.setdefault(surname(cand), []).append((end, cand))
    return out


# the patterns searched most, behind a look-ahead on their first characters (same matches, faster: _prefilter.quick)
_HONOR_END, _RUN_BACK, _CREDIT_END = map(quick, (_HONOR_END, _RUN_BACK, _CREDIT_END))
