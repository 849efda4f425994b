"""Bodies named by whose they are: "South Korea's military said", "Venezuela's opposition said", "Iran's
semi-official Tasnim news agency reported" (issue 12).

A country's (or a city's, a party's) army, government, ministry, opposition or news agency is a body a reader can
look up: the claim is credited to an institution, though no person is named. :func:`body_sources` adds them,
sentence by sentence, for :func:`.sources.reported_sources`; people of such a body ("officials of South Korea's
military said") stay :mod:`.vague`'s.

>>> _BODY_SAYS.search("The drills will last a week, South Korea's military said.").group("body")
"South Korea's military"
"""

from __future__ import annotations

import re
from typing import Callable

from ._prefilter import Parts, quick
from ._text import is_org, is_place, surname
from .names import _CALENDAR, OPENERS, people_in_text
from .speakers import PRONOUNS
from ._vague_words import NOT_A_PRIZE
from ..corpus.tables import Article

# A named organisation or country that says, found or rated (read by :func:`.sources.reported_sources`)
# (perhaps with its initials in brackets: "The United Nations Office for the Coordination of Humanitarian Affairs
# (OCHA) said")
_ORG_SAYS = re.compile(r"(?P<speaker>\b(?:(?:St|Mt|Ft)\.\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|"
                       r"Wednesday|Thursday|Friday|Saturday|Sunday)\b))?){0,7}[A-Z][\w’'-]*"
                       r"(?:\s+(?:Inc|Corp|Ltd|Co|LLC|plc)\.)?)(?<![A-Z]{2}[’']s)(?:\s+\([A-Z][A-Za-z&]{1,9}\))?"  # (not "the FTC’s announced …")
                       # (perhaps with what it is between commas: "Xinhua, China's official news agency, said")
                       r"(?:,\s+(?:a|an|the|[A-Z][\w’'-]*[’']s)\s+[^,“”\"]{2,60},)?"
                       # (and when: "The Department of Energy today announced", "The EPA is announcing")
                       r"(?:(?<=\w),(?=\s+said\b))?\s+(?:(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?"
                       r"(?:has\s+|have\s+|had\s+|is\s+(?=announcing))?(?:\w+ly\s+)?(?P<verb>said|says|stated|announced|announcing|reported|"
                       r"rated|found|finds|underscored|highlighted|acknowledged|confirmed|warned|noted|estimated|"
                       r"argued|claimed" + NOT_A_PRIZE + r"|insists|insisted|denied|denies|ruled|rules|concluded|concludes|"
                       r"predicted|predicts|expects|alleged|alleges|documented|accused|accuses|urged|urges|projected|projects|"
                       r"estimates|believes|believed|identified|determined|(?:held|holds)(?=\s+that\b|,)|"
                       # ("the Department of Homeland Security reports that": a verb only with "that" after it)
                       r"reports(?=\s+that\b)|defines?(?=\s+[^,.;:“”\"]{1,40}?\s+as\s))\b"  # ("OPM defines mentoring as “…”")
                       r"(?!\s+by\b)")  # (not a passive: "a State ruled by law")
# whose (one to three capitalised words and 's), a few describing words, perhaps the body's own name, then what it is
_BODY_SAYS = quick(re.compile(
    r"(?<![\w’'.-])(?P<body>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s+(?:(?:state-run|state-owned|semi-official|official|"
    r"main|ruling|largest|top|powerful|military|conservative|liberal|hardline|independent)\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:military|army|navy|air\s+force|armed\s+forces|government|opposition|cabinet|parliament|presidency|foreign\s+ministry|"
    r"defen[cs]e\s+ministry|ministry|embassy|central\s+bank|election\s+commission|electoral\s+commission|"
    r"news\s+agency|state\s+media|state\s+television|coast\s+guard|police|judiciary))"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?:has\s+|had\s+)?(?:also\s+)?(?P<verb>said|says|reported|reports|announced|claimed|warned|confirmed|denied|stated|"
    r"accused|insisted|added)\b"))


def body_sources(art: Article, k: int, whole: Parts, add: Callable[[int, int, str, str, str], None]) -> None:
    """Call ``add(start, end, source, kind, reason)`` for each claim of sentence ``k`` of ``art`` credited to a body
    named by whose it is (offsets in the article text; kind ``institution``). ``whole`` is the prefilter of the
    article's sentences (:class:`._prefilter.Parts`)."""
    sent = art.sentences[k]
    for m in (_BODY_SAYS.finditer(sent.text) if whole.may_match_at(_BODY_SAYS, k) else ()):
        body = m.group("body")
        add(sent.start + m.start(), sent.start + m.end("verb"), body, "institution",
            f"{body} (a body named by whose it is, a reader can look it up) is given as the source (“{m.group('verb')}”)")


_NOT_A_NAME = frozenset("""nobody everyone everybody someone somebody anyone many some others most few one two
several all none critics officials experts analysts police reports studies it this that there""".split())


def _lone_name(art: Article, name: str) -> bool:
    """Whether one capitalised word that speaks ("Reuters reported", "Apple said") is an organisation: the
    article never gives it a first name, it is no person's surname, no place, no opener and no month."""
    if " " in name or len(name) < 3 or name.lower() in OPENERS or name.lower() in _CALENDAR or is_place(name) \
            or name in PRONOUNS or name.lower() in _NOT_A_NAME:
        return False
    if any(surname(n) == name or name in n.split() for _, _, n in people_in_text(art.text)):
        return False
    return re.search(rf"\b[A-Z][\w’'-]*\s+{re.escape(name)}\b", art.text) is None


def _in_place_of_body(lead: str) -> bool:
    """Whether ``lead`` ends with "in" after an organisation or lower-case words ("the European Commission in "), so
    that the word next is where the body is, not a speaker; not after a person ("Shen in ": "Shen in Shanghai said")."""
    prev = re.search(r"(\S+(?:\s+\S+){0,5})\s+in\s+$", lead)
    return bool(prev) and (is_org(prev.group(1)) or not re.search(r"[A-Z][\w’'-]+$", prev.group(1)))
