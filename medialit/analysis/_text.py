"""Small private helpers shared by the analysis modules (not part of the public API).

- :func:`as_article`: accept an article id, an :class:`~medialit.corpus.tables.Article` or a path.
- :func:`as_articles`: the same for a whole corpus (``None`` means the kit's articles).
- word tokens with offsets, a stop-word list, person-name patterns.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd
import regex
import snowballstemmer

from ._frames import rows, typed, where_kind  # (the tables every analysis builds; imported from here too)
from ..corpus.tables import Article, Corpus
from ..corpus.loader import default_articles_dir, load_article, load_corpus
from ..problems import KitError

# The analyses call a few hundred patterns by their text (re.search(r"…", …)) and build some for each article (from
# the names it holds); CPython's re keeps only 512 compiled patterns (re._MAXCACHE), fewer than one article's analysis
# uses, so the same patterns were compiled again for every article (bench/analysis_speed.py). Keep more of them.
if getattr(re, "_MAXCACHE", 0) < 4096:
    re._MAXCACHE = 4096

_CACHE: dict = {}


def _default_corpus() -> Corpus:
    """The kit's corpus, loaded once per change of the articles folder."""
    folder = default_articles_dir()
    try:
        stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir()))
    except OSError:
        stamp = ()
    key = (str(folder), stamp)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = load_corpus(folder, warn=False)
    return _CACHE[key]


def as_article(article: "str | Path | Article") -> Article:
    """An :class:`Article` from an id (``"mosul"``), a path to a file, or an Article.

    >>> as_article("mosul").id
    'mosul'
    """
    if isinstance(article, Article):
        return article
    if isinstance(article, Path) or (isinstance(article, str) and ("/" in article or "\\" in article
                                                                   or article.endswith((".txt", ".md")))):
        path = Path(article)
        if not path.is_file():
            raise KitError(f"There is no article file {str(article)!r}. Give an article id such as "
                           f"{', '.join(map(repr, _default_corpus().ids))}, an Article, or the path of a "
                           ".txt or .md file.")
        return load_article(path)
    if isinstance(article, str):
        return _default_corpus().article(article)
    raise KitError(f"Expected an article id (such as 'mosul'), an Article or a path, not "
                   f"{type(article).__name__}.")


def as_articles(corpus: "Corpus | Iterable | str | Path | None" = None) -> list[Article]:
    """A list of Articles from a Corpus, a folder, a list of ids/paths/Articles, or ``None`` (the kit's).

    >>> [a.id for a in as_articles()][:2]
    ['basra-forum', 'basra-gaza']
    """
    if corpus is None:
        return list(_default_corpus())
    if isinstance(corpus, Corpus):
        return list(corpus)
    if isinstance(corpus, (str, Path)):
        path = Path(corpus)
        if path.is_dir():
            return list(load_corpus(path, warn=False))
        return [as_article(corpus)]
    if isinstance(corpus, Article):
        return [corpus]
    return [as_article(a) for a in corpus]


# --- words -----------------------------------------------------------------------------------

#: A word in any script: letters (``\\p{L}``), combining marks and digits, joined by ' ’ or -.
WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[’'\-][\p{L}\p{M}\p{N}]+)*")

STOPWORDS = frozenset("""
a about above across after again against all almost along already also although always am among an and
another any anyone anything are around as at be became because become becomes been before being below
between both but by can could did do does doing done down during each either else even ever every few
for from further had has have having he her here hers herself him himself his how however i if in into
is it its itself just least less like made make makes many may me might more moreover most much must my
myself neither never no nor not now of off often on once one only onto or other others otherwise our ours
ourselves out over own per perhaps rather same several shall she should since so some still such than
that the their theirs them themselves then there these they this those though through thus to too toward
towards under until up upon us very via was we well were what whatever when where whether which while who
whom whose why will with within without would yet you your yours yourself s t it’s it's its’ also
notably additionally furthermore importantly interestingly indeed
""".split())


def words(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Word tokens ``(word, start, end)``; offsets are shifted by ``offset``.

    >>> words("Israel’s role", 10)
    [('Israel’s', 10, 18), ('role', 19, 23)]
    """
    return [(m.group(), m.start() + offset, m.end() + offset) for m in WORD_RE.finditer(text)]


@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    """Lower case, possessive removed, curly apostrophe straightened.

    >>> norm("Israel’s")
    'israel'
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'"):
        w = w[:-1]
    return w


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def _snowball(word: str) -> str:
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter 2) English stem of a word, after :func:`norm`: defence/defensive/defending match.

    >>> stem("defensive"), stem("defense"), stem("initiatives")
    ('defens', 'defens', 'initi')
    """
    return _snowball(norm(word))


# --- names -----------------------------------------------------------------------------------

#: Capital and small letters of the Latin script beyond ASCII (À-ɏ: Latin-1, Extended-A and -B; Ḁ-ỿ: Extended
#: Additional, Vietnamese), for names such as "José Antonio Alonso", "Łukasz Ćwik", "Øyvind Åberg", "Trần Văn Khải"
#: (``re`` has no \\p{Lu}). LATIN: those letters as a range for a character class.
LATIN = "\u00C0-\u024F\u1E00-\u1EFF"
UPPER = "A-Z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper() and c.isalpha())
LOWER = "a-z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.islower() and c.isalpha())

TITLES = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Professor", "Sen", "Senator", "Rep", "Gov", "Governor",
          "Gen", "General", "Col", "Capt", "Lt", "Sgt", "Rev", "Sheikh", "Ayatollah", "Imam", "Mayor",
          "President", "Minister", "Principal", "Judge", "Chief", "Officer", "Councilmember", "Councilman",
          "Councilwoman", "Commissioner", "Director", "Superintendent", "Detective", "Sister", "Father",
          "Maj", "Adm", "Brig", "Cmdr", "Cpl", "Pvt",
          # (British police and army ranks, abbreviated: "Det. Sgt. Laila Okafor", "Ch. Insp.", "Pte.")
          "Det", "Insp", "Supt", "Ch", "Const", "Pte", "Cdr",
          # (US style: "Secretary Vilsack", "Speaker Pelosi", "Leader Thune", "Justice Kagan", "Ambassador Thomas-Greenfield")
          "Secretary", "Ambassador", "Chancellor", "Chairman", "Chairwoman", "Speaker", "Leader", "Whip", "Justice", "Premier", "Captain",
          "Colonel", "Lieutenant", "Sergeant", "Admiral",
          # (members of legislatures, as their own releases write them: "Congresswoman Greene", "Representative Pocan")
          "Congresswoman", "Congressman", "Congressmember", "Representative", "Assemblyman", "Assemblywoman",
          "Assemblymember", "Councillor", "Councilor", "Alderman", "Alderwoman", "Cllr",
          # (British titles before a surname alone: "Lord Sumption", "Dame Sarah", "Baroness Hale")
          "Lord", "Lady", "Sir", "Dame", "Baroness", "Baron", "Co-author", "Co-founder", "Co-chair", "Co-director", "Co-host")
# one title or two ("Lt. Gen. Masanneh Nyuku Kinteh", "Maj. Gen. Ibrahima Dembele"); a name never runs over a line
# break ("Training for Weightlessness" above a paragraph "Twine was …"); initials written together ("J.B. Pritzker"); a
# place's "St." inside a title before the name ("South St. Paul Police Chief Brian Wicke")
_TITLE = r"(?:(?:(?:%s)\.?[^\S\n]+){1,2})" % "|".join(TITLES)
_JOINED_INITIALS = (r"(?=[A-Z]\.[A-Z]\.)(?!(?:U\.S|U\.K|D\.C|U\.N|E\.U|N\.Y|L\.A|N\.J|A\.M|P\.M|U\.S\.A|S\.F|N\.C|S\.C|N\.H|N\.D|S\.D|W\.V|R\.I|"
                    r"B\.C|A\.D|B\.A|M\.A|M\.D|J\.D|R\.N|P\.O|I\.E|E\.G)\.)(?:[A-Z]\.){2,3}(?=[^\S\n]+[A-Z][a-z])")  # (never "U.S. Senator")
#: An age written as a word before a name ("Twelve-year-old Lucia Ferrante"): no part of the name.
AGE_WORD = r"[A-Z][a-z]+-(?:year|month|week|day)s?-old\b"
_NAMEWORD = (rf"(?!{AGE_WORD})"
             rf"(?:{_JOINED_INITIALS}|[A-Z]\.|(?:St|Ste|Mt|Ft)\.(?=[^\S\n]+[{UPPER}])|(?:(?:al|el|ad|as|ash|at|az|abu|bin|ibn|bint|ben|d|l)[\-’'])?"
             rf"[{UPPER}][a-z{LATIN}]*(?:[{UPPER}][a-z{LATIN}]+)?(?:[’'\-][A-Za-z{LATIN}]+)*"
             rf"(?![A-Za-z0-9{LATIN}]))")
_PARTICLE = r"(?:al|el|bin|ibn|bint|abu|ben|van|von|de|del|dela|delos|della|der|den|da|di|du|dos|das|la|le|ter|ten|y)"
#: A person's name, with an optional title: "Dr. Haneen Al-Maliki", "Prof. Ellen K. Park", "Ortega",
#: "Tarek al-Nouri", "Pieter van der Berg".
# (never from inside a word: "F" of "UNICEF", "K's" of "U.K.'s")
# (or glued to the verb before it, as scraped releases lose the space at a link: "saidCongresswoman Jacobs")
NAME = rf"(?:(?<![\w’'.\-])|(?<=\bsaid)(?=[A-Z])|(?<=\bsays)(?=[A-Z]))(?!(?:I|We|You)[’'](?:m|ve|d|ll|re)\b)(?:{_TITLE}(?:[A-Z]{{2}}(?=[^\S\n]+[A-Z][a-z])|{_NAMEWORD})|{_NAMEWORD})(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+){{0,2}}{_NAMEWORD})*"
NAME_RE = re.compile(NAME)  # (never a pronoun's contraction: "I’m told by two members" names nobody)
#: Letters written after a person's name (honours, degrees, offices, generation): "Kama Melly QC",
#: "Jane Roe, MP,", "Ann Lee PhD", "King Charles III". They are not the name, and never a speaker on their own.
POSTNOMINAL = (r"(?:QC|KC|SC|MP|MSP|MLA|MEP|TD|OBE|MBE|CBE|KBE|DBE|PhD|Ph\.D\.|MD|M\.D\.|Esq\.?|Jr\.?|Sr\.?|II|III|IV)"
               r"(?![\w’'])")
TITLED_NAME_RE = re.compile(rf"(?=[A-Z])\b{_TITLE}(?:[A-Z]{{2}}(?=[^\S\n]+[A-Z][a-z])|{_NAMEWORD})(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+){{0,2}}{_NAMEWORD})*")
#: Person names without a title: two or three capitalised words ("Carla Mendes", "Luis Ortega").
PLAIN_NAME_RE = re.compile(rf"(?<![\w’'\-])[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:[^\S\n]+[A-Z]\.)?(?:[^\S\n]+{_PARTICLE}){{0,2}}[^\S\n]+"
                           rf"(?:(?:al|el|abu|bin|ibn)[\-’'])?[{UPPER}][{LOWER}]+(?:[’'\-][{UPPER}]?[{LOWER}]+)*"
                           rf"(?:[^\S\n]+(?:al|el|abu|bin|ibn)[\-’'][A-Z][a-z]+)?\b")

#: Words that make a capitalised phrase an organisation, not a person.
ORG_WORDS = frozenset("""
University College School Schools Institute Institutes Institution Academy Academies Ministry Department Council Forum
Committee Commission Agency Office Bureau Foundation Association Society Organization Organisation
Center Centre Bank Fund Endowment Court Parliament Congress Senate Police Army Navy Corps Chiefs Act Authority Authorities Board Union Unions
League Party Group Company Corporation Inc Ltd Co Times Post News Press Agency Network Program Programme Reuters AFP CNN CNBC MSNBC NBC CBS NPR PBS BBC Voice
Project Initiative Bridge Exchange Hospital Church Mosque Seminary NGO UN UNESCO UNICEF WHO UNRWA
Energy Bank Library Museum Festival Alliance Coalition Federation Services Service Administration
Mining Oil Gas Motors Airlines Airways Pharmaceuticals Logistics Operations Holdings Capital Partners Systems
Technologies Industries Lab Labs Laboratories Media Foods Steel Chemicals Insurance Telecom Electric Power
Day Week Month Summit Conference Symposium Award Awards Prize Medal Games Cup Expo Fair Olympics Championship
Railways Shipping Construction Consulting Solutions Enterprises Ventures Trust Studios Records Publishing
Center Centers Centres Division Branch Laboratory Station Facility Observatory Mission Command
Railway Railroad Highway Pipeline Airport Port Canal Corridor Dam Daily Herald Journal Gazette Tribune Telegraph
Guardian Chronicle Courier Observer Monitor Review Magazine Weekly Radio Television TV Broadcasting
Movement Front Forces Brigade Brigades Militia Watch Rights Caucus Assembly Cabinet Secretariat Affairs
Probe Clipper Orbiter Spacecraft Satellite Telescope Explorer Lander Rover
Survey Statistics Panel Reserve Tribunal Research Consultancy Consultants Analytics Insights Strategies
Club Clubs Works Glassworks Ironworks Brewery Distillery Bakery Dairy Textiles Shipyard Shipyards Foundry
International Borders Gardens Advisors Advisers Associates
Ferries Cruises Transit Transportation Housing Homes Properties Realty Farms Growers Markets Stores Waste Recycling
Utilities Wireless Communications Clinic Clinics Healthcare Pharmacy Bancorp Cooperative Brands Outfitters Aerospace Robotics Software
Workers Chamber Chambers Embassy Embassies Consulate Kremlin Pentagon Vatican Xinhua Yonhap TASS Interfax KCNA IRNA Anadolu Bernama
""".split())


_POSSESSIVE = re.compile(r"[’']s?$")
_ORG_IN = re.compile(r"(?<![\w’'.\-])(?:The\s+)?(?P<org>(?:[A-Z][\w’'&.\-]*\s+)+(?:(?:(?:of|for|and|&|the)\s+)+(?:[A-Z][\w’'&.\-]*\s+)+)*)"
                     r"(?:in|of|for|on|&)\s+(?:the\s+)?$")
_ABBR_BEFORE = re.compile(r"(?<![\w’'.\-])(?:U\.S\.|U\.N\.|U\.K\.|E\.U\.|US|UN|UK|EU)\s+$")
_AMP_BEFORE = re.compile(r"(?<![\w’'.\-])(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*(?:\s+&\s+|&)$")


def org_start(text: str, start: int, end: int) -> int | None:
    """Where an organisation's whole name starts when ``text[start:end]`` is only its end: the place after "in" or "of" ("U.S.
    Air Forces in Europe said": not Europe), the name after a country's initials ("U.S. Forces Korea") or before "&"
    ("Johnson & Johnson", "AT&T"). None when the words before add nothing to a name."""
    words = len(text[start:end].split())  # (more than one word only after "on" or "for": "the Project on Government
    if words <= 3 and (wide := _ORG_IN.search(text, max(0, start - 90), start)) and is_org(text[wide.start("org"):end]) \
            and (words == 1 or re.search(r"(?:\b(?:on|for)|&)\s+(?:the\s+)?$", text[:start])):  # Oversight"; not "Ana Ruiz of …")
        # (not where someone works: "Observers from the Organization for Security … in Europe said": the observers)
        return None if re.search(r"\b(?:from|at|with|by|of|for)\s+(?:the\s+)?$", text[max(0, wide.start("org") - 12):wide.start("org")]) \
            else wide.start("org")
    if (abbr := _ABBR_BEFORE.search(text, max(0, start - 12), start)) and is_org(text[start:end]) and not re.search(
            r"[’']s\s", text[start:end]) or (abbr := _AMP_BEFORE.search(text, max(0, start - 60), start)):  # (not "… Command’s X")
        return abbr.start()
    return None


@lru_cache(maxsize=65536)
def is_org(name: str) -> bool:
    """Whether a capitalised phrase names an organisation (it holds a word such as University, Forum).

    >>> is_org("the University of Basra"), is_org("Dr. Hamid Rezaei")
    (True, False)
    """
    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]
    if len(words) == 2 and words[1] in _SURNAME_PLACES and words[0] not in _one_word_states():
        from .given_names import given_name  # ("Vern Steel", "Ann Power": a given name, then a surname that is also a trade)
        if given_name(words[0]):
            return False
    return any(_POSSESSIVE.sub("", w.strip(".,")) in ORG_WORDS for w in name.split()) or bool(re.search(r"\b[A-Z][a-z]+s\s+for\s+(?:the\s+)?[A-Z]", name))


PLACE_WORDS = frozenset("""
Street St Avenue Ave Road Rd Boulevard Lane Drive Square Bridge River Lake Valley Park Hill Hills County City
Town Village State Province District Strip Bank Coast Island Mountains Gulf Sea East West North South Middle
Pole Ocean Peninsula Desert Harbor Harbour Bay Islands Mountain Canyon Falls Heights Commune Municipality
Prefecture Governorate Township Oblast Canton Parish Checkpoint Crossing Border Frontier Port Airport
Beach Springs Creek Rapids Bluffs Shores Hall""".split())
#: Places listed where people come from ("Officials from Texas and Utah said"): the end of such a list.
PLACE_LIST = re.compile(r"\b(?:from|in|of|across)\s+(?:(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*(?:,\s+|,?\s+(?:and|or)\s+))*$")


def is_place(name: str) -> bool:
    """Whether a capitalised phrase looks like a place ("Mill Street", "Gaza Strip", "Middle East").

    >>> is_place("Mill Street"), is_place("Carla Mendes")
    (True, False)
    """
    words = name.split()
    return any(w.strip(".,") in PLACE_WORDS for w in words[1:]) or words[0] in ("Middle",) or (
        len(words) > 1 and words[0] in ("North", "South", "East", "West", "Northern", "Southern", "Eastern",
                                        "Western", "Central", "Upper", "Lower", "New", "Greater", "Northeast",
                                        "Northwest", "Southeast", "Southwest", "Upstate", "Downstate"))


#: Place and organisation words that are also common surnames (Park is among the commonest in Korea).
#: Words of places' and organisations' names that are common surnames too ("Lena Park", "Vern Steel", "Doris Day").
_SURNAME_PLACES = frozenset("Park Hill Lake Bridge Church Bank Port Valley Banks Hills Brooks Beach Day Power Hall Steel Post Fair "
                            "Chambers Trust Summit".split())
_NOT_GIVEN = frozenset("""World Central National Federal Reserve Development Investment Catholic Anglican Orthodox
    Methodist Baptist Presbyterian Lutheran Episcopal Reformed Unification Scientology Commonwealth Royal State City
    Town County Village Hyde Gorky Regent Victoria Capitol Downing Wall Silicon Earth Labor Labour Memorial Independence
    Christmas Boxing Election Veterans Remembrance Victory Thanksgiving Easter Inauguration Opening Nuclear Solar Wind
    Hydro Groundhog Bastille Columbus Presidents Workers Women Arbor Flag Tax Field Sports Family Judgment Launch
    Landing Moon Sun Flower Soft Hard Black White Girl Air Sea Star Horse Brain Fire Water Green Clean""".split())


@lru_cache(maxsize=1)
def _one_word_states() -> frozenset[str]:
    """Countries and US states of one word, from ISO 3166 (``pycountry``): "Idaho Power" is a company, not a person."""
    import pycountry

    return frozenset({c.name for c in pycountry.countries if " " not in c.name}
                     | {s.name for s in pycountry.subdivisions.get(country_code="US") if " " not in s.name})


def speaking_place(name: str) -> bool:
    """Whether a two-word name that reads as a place is a person's when it speaks: a first word and a surname that
    is also a place word ("Lena Park said", "Amy Church said"), not a place or a body that speaks for one ("World Bank",
    "Capitol Hill", "Downing Street"). Only for the subject of a verb of speech: a park never says anything.

    >>> speaking_place("Lena Park"), speaking_place("World Bank"), speaking_place("Mill Street")
    (True, False, False)
    >>> speaking_place("Desmond Power"), speaking_place("Idaho Power"), speaking_place("Earth Day")
    (True, False, False)
    """
    words = [w for w in name.split() if not w.endswith(".")]  # (a title kept in the name: "Dr. Lena Park")
    return (len(words) == 2 and words[1] in _SURNAME_PLACES and words[0] not in _NOT_GIVEN
            and not is_place(words[0]) and words[0][:1].isupper() and words[0][1:].islower()
            and words[0] not in _one_word_states())


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` without accents, for comparing names a text spells both ways ("Díaz-Balart", "Diaz-Balart").

    >>> fold("Díaz-Balart") == fold("Diaz-Balart")
    True
    """
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def surname(name: str) -> str:
    """The last word of a name (titles dropped).

    >>> surname("Dr. Haneen Al-Maliki")
    'Al-Maliki'
    """
    parts = [p for p in name.split() if p.rstrip(".,") not in TITLES and p.rstrip(".,") not in ("Jr", "Sr", "II", "III", "IV")]
    return parts[-1] if parts else name


def paragraph_at(article: Article, offset: int):
    """The paragraph holding character ``offset`` of the article text."""
    for p in article.paragraphs:
        if p.start <= offset < p.end or offset == p.end:
            return p
    return article.paragraphs[-1]


def sentence_at(article: Article, offset: int):
    """The sentence holding character ``offset`` (None between sentences)."""
    p = paragraph_at(article, offset)
    for s in p.sentences:
        if s.start <= offset < s.end:
            return s
    return None


#: pandas 3 always copies on write: a shallow copy of a remembered table is as safe as a deep one.
_SHALLOW_IS_SAFE = int(pd.__version__.split(".")[0]) >= 3


def memo(func):
    """Remember the last results of ``func(article)`` per article text, headline and byline (the functions are pure).

    Callers get a copy, so changing a result never changes what the next caller sees (with
    pandas 3 a shallow one: copy-on-write keeps the remembered table as it was).
    """
    store: dict = {}

    def wrapper(article, *args, **kwargs):
        art = as_article(article)
        key = (art.id, art.text, str(art.meta.get("headline")), str(art.meta.get("byline")), args, tuple(sorted(kwargs.items())))
        if key not in store:
            if len(store) >= 64:
                store.pop(next(iter(store)))
            store[key] = func(art, *args, **kwargs)
        return store[key].copy(deep=not _SHALLOW_IS_SAFE)

    wrapper.__wrapped__ = func
    wrapper.__doc__ = func.__doc__
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__module__ = func.__module__
    return wrapper


_CAPTION = re.compile(r"^\s*(?:FILE\s*(?:PHOTO)?\s*[-–—:]|In\s+this\s+(?:file\s+)?(?:photo|image|picture)|Photo:|Image:)"
                      r"|(?:\((?:AP|AFP|Reuters|Getty\s+Images|EPA|Xinhua|[^()]{2,60}\s+(?:/|\|)\s*[^()]{2,40}|"
                      r"(?:Photo|Image|Credit)s?:\s*[^()]{2,60})\)|\b(?:Credit|Photo\s+credit|Image\s+credit)s?:\s*\S[^.]{0,80})\s*$",
                      re.I)


def is_caption(paragraph: str) -> bool:
    """Whether a paragraph is a photo caption kept in the text: it opens with "FILE -" or "In this photo",
    or ends with a credit ("(AP)", "(Thida Win | VOA Khmer)", "Credit: NASA/Chris Gunn").

    >>> is_caption("FILE - Ana Ruiz speaks in Lima, May 2, 2018. (AP)"), is_caption("Ana Ruiz spoke in Lima.")
    (True, False)
    """
    return bool(_CAPTION.search(paragraph))


#: What joins the people of a joint statement or of a plural title: "Nora Lindqvist (MN-03), Curtis Bell (AL-05) and
#: Omar Haddad"
_JOIN = r"(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?\s*,?\s*(?:\([^()]{1,20}\))?\s*(?:,\s*(?:and\s+)?|and\s+)"  # (a party tag, then a comma or "and"; a
# generation before the tag: "Bill Pascrell, Jr, (D-NJ), Raúl M. Grijalva")
JOINED = re.compile(_JOIN + r"(?:(?:Senators?|Sen\.|Representatives?|Rep\.|Congress(?:wo)?man|Governors?|Gov\.|Mayors?)\s+)?$")
# a nickname in marks after a first name, then the surname: ' “Bill” Crane' (the surname is group 1)
NICKNAME_AFTER = re.compile(r"\s+[“\"‘'][A-Z][a-z]+[”\"’']\s+([A-Z][\w’'-]+)")
# (and across the titles of a joint statement's list: "Congressman A and B, U.S. Senators C and D, and Governor E")
JOINED_TITLED = re.compile(_JOIN + r"(?:(?:U\.S\.\s+)?(?:Senators?|Sens?\.|Representatives?|Reps?\.|Congress(?:wo)?m[ae]n|Governors?|"
                                   r"Gov\.|Mayors?|(?:(?:Senate|House|Majority|Minority|Republican|Democratic)\s+){0,2}(?:Leader|Whip|Speaker|Chair(?:man|woman)?))\s+)?$")

#: Before a capitalised field or unit, not a name: "Professor of Public Management at Harvard", "Dean of Students".
FIELD_OF_END = re.compile(r"\b(?:Professors?|Lecturers?|Deans?|Chairs?|Fellows?|Doctor|Master|Bachelor|Faculty|School|Department|College)"
                          r"\s+(?:of|in)\s+$")


def unglued(name: str, text: str) -> str:
    """``name`` without a small word a scrape glued to its end ("Rep. Ocasio-Cortezin a statement" -> "Rep. Ocasio-Cortez"),
    when the word without it is a name the ``text`` gives elsewhere and the glued form is nowhere else; else ``name``.

    >>> unglued("Rep. Tlaibin", "Rashida Tlaib spoke. … said Rep. Tlaibin a statement.")
    'Rep. Tlaib'
    >>> unglued("Tom Martin", "Tom Martin spoke.")
    'Tom Martin'
    """
    m = re.fullmatch(r"(.*?\b([A-Z][\w’'-]{2,}?))(in|on|at|to|and|of|for|the|with)", name)
    if not m or len(re.findall(rf"\b{re.escape(m.group(2) + m.group(3))}\b", text)) > 1 \
            or not re.search(rf"\b{re.escape(m.group(2))}\b", text):
        return name
    return m.group(1)
