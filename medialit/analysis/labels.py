"""Labels and credits around a quote in press-office pages and round-ups: the topic label before it ("On trade: “…”",
"THEN: “…”"), an unnamed person's description and colon ("A military spouse whose family is in crisis: “…”"), the
credit after it ("…,” says a man whose …", "“…” — Police Chief Marcus Hale"), and the label as a reason shows it
(issue 12), and a transcript's label ("Secretary Rubio (March 3): “…”"). :mod:`.quotes` reads them; :mod:`.statements` reads
:func:`topic_label` and :func:`_label`.

>>> topic_label("On negotiations to end the war: "), topic_label("On Monday, she said: ")
(True, False)
>>> _UNNAMED_LABEL.match("A TSA agent who works without pay: ").group("speaker")
'A TSA agent'
>>> dash_credit(" — Police Chief Marcus Hale").group("speaker"), dash_credit(" — Ohio Farm Bureau, Columbus").group("speaker")
('Police Chief Marcus Hale', 'Ohio Farm Bureau')
>>> person_topic_label("Tom Krause on restoring fiscal responsibility: ").group("speaker")
'Tom Krause'
"""

from __future__ import annotations

import re

from ._text import NAME, is_org
from .names import _people_in


#: the words of a link a web page puts after a quoted excerpt ("“…” Watch", "“…” (Watch)", "“…” Read more"): no name
LINK_WORDS = r"(?:(?:Watch|Listen|Read|Learn|See|View)(?:\s+(?:more|here|the\s+(?:video|interview|clip|full\s+\w+)))?|Video|Link|More|WATCH|LISTEN)"
#: a date a list of statements gives each one: "January 19, 2025: “…”", "“…” (2/13/26)", "(March 3)"
DATE = r"(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)|(?:[A-Z][a-z]{2,8}\s+)?\d{4})"
LINK_LABEL = re.compile(r"\s*(?:[(\[]\s*(?:[A-Za-z]+(?:\s+[A-Za-z]+){0,2}|" + DATE + r")\s*[)\]]|(?:^|(?<=[”\"’']))\s*" + LINK_WORDS + r")\s*$")


def topic_label(before: str) -> bool:
    """Whether the words before a quote are a topic label of a round-up ("On negotiations to end the war: ", "THEN: ",
    "NOW: ") or the date of a list of statements ("January 19, 2025: "), with no verb of saying: the speaker is the one whose words the paragraphs above introduced."""
    return bool(re.fullmatch(r"\s*(?:On\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[^“”\"]{1,150}"
                             r"|[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}|" + DATE + r"):\s*(?:\[[^\]“”\"]{1,60}\]\s*)?", before)) \
        and not re.search(r"\b(?:said|says|told|tells|added|wrote|stated|explained|asked)\b", before) \
        and not (before.strip(" :").isupper() and is_org(before.strip(" :")))  # (a capitals label may be an outlet: "CNBC:")


def label_goes_on(art, para) -> bool:
    """Whether the paragraph before ``para`` is only a label and quoted words, a round-up's excerpt ("On trade: “…”",
    "January 19, 2025: “…”", "“…” (2/13/26)"), so that the same speaker goes on under ``para``'s label; never after a
    paragraph that credits its quote in words ("“…,” said Mayor X." above "On Fox News Sunday: “…”")."""
    if para.n < 2:
        return False
    rest = art.paragraphs[para.n - 2].text
    if (lab := re.match(r"\s*[^“”\"]{1,160}?:\s*(?=[“\"])", rest)) and topic_label(lab.group()):
        rest = rest[lab.end():]
    return not re.search(r"\w", LINK_LABEL.sub("", re.sub(r"[“\"][^”\"]*[”\"]", "", rest)))


def _label_text(before: str, name: str, cut: str = "…") -> str:
    """The label a quote follows, as a student reads it in the text ("TSMC CEO C.C. Wei:"); the name and ``cut``
    ("Ana Ruiz…:") when the text before the quote is longer than a label."""
    label = " ".join(before.split())
    return label if label.endswith(":") and len(label) <= 100 else f"{name}{cut}:"


# a quote's own credit after it ("“…,” says a man whose …"): an intro above the quote never overrules it
_CREDITED = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:[A-Z][\w’'.&-]*[^\S\n]+){1,4}|(?:the|a|an)[^\S\n]+(?:[\w’'.&-]+[^\S\n]+){1,4}|(?:local\s+|the\s+)?news\s+)?(?:says|said|adds|added|tells|told|writes|wrote|"
                       r"laments|lamented|recalls|recalled|explains|explained|reports|reported)\b(?!\s+so\b)")

# a list of unnamed people's words, each a description and a colon: "A military spouse whose family is in crisis: “…”"
_NOT_A_PERSON = (r"(?:statement|letter|report|post|tweet|note|message|reminder|sign|banner|headline|caption|quote|video|clip|graphic|"
                 r"poll|survey|e-?mail|memo|text|excerpt|document|reply|response|comment|entry|passage|notice|update|release|transcript)\b")
_UNNAMED_LABEL = re.compile(rf"^\s*(?P<speaker>(?:A|An)\s+(?:(?!{_NOT_A_PERSON})(?:[a-z][\w\-]+|[A-Z]{{2,}})\s+){{0,3}}?(?!{_NOT_A_PERSON})[a-z][\w\-]+)"
                            r"(?:\s+(?:who|whose|with|from|after|at|in|on|that|for)\b(?:(?!\b(?:said|says|told|wrote|added|stated)\b)[^:“”\"]){0,200})?"
                            r"\s*(?P<verb>:)\s*$")

# a credit after the quote, set off by a dash: "“…” — Police Chief Marcus Hale" (a list's or a pull quote's signature),
# up to the paragraph's end or the next quote ("“…”—Jane Roe, constituent “…”—Al Poe, …"); a party in brackets: "(OH-6, R)"
_DASH_CREDIT = re.compile(rf"^\s*(?P<verb>[—–])\s*(?:[A-Z][\w.’'-]*\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?){{0,6}}?(?P<speaker>{NAME})"
                          rf"(?:\s*\([^()“”\"]{{1,30}}\))?(?:,\s+[^“”\"]{{2,80}})?\s*(?:$|(?=[“\"]))")


#: "“…” – CQ Roll Call 2015 Vote Study", "“…” — Ohio Farm Bureau, Columbus": an organisation or a document signs (its
#: whole name the speaker, never a person read inside it)
DASH_BODY = re.compile(r"^\s*(?P<verb>[—–])\s*(?P<speaker>(?:[Tt]he\s+)?[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z0-9][\w&.’'-]*){0,7})"
                        r"(?:,\s+[^“”\"]{2,80})?\s*(?:$|(?=[“\"]))")
_DOCUMENT_NAME = re.compile(r"\b(?:Study|Report|Survey|Poll|Review|Analysis|Editorial|Index|Audit)$")


def dash_credit(after: str) -> re.Match | None:
    """The match of a dash credit after a quote ("— Police Chief Marcus Hale, Cedar Falls"), whose speaker is the person,
    or the organisation or document that signs ("— Ohio Farm Bureau, Columbus", "– CQ Roll Call 2015 Vote Study");
    None when the words after the dash are neither."""
    after = re.sub(r"^(\s*)--?(?=\s?[A-Z])", r"\1–", after)  # (a hyphen or two for the dash: "” -Daniel Fabricant", "” --Rep. X")
    m = _DASH_CREDIT.match(after)
    if m and (people := _people_in(m.group("speaker"), 0, [])) and people[-1][1] == len(m.group("speaker")):
        return m
    body = DASH_BODY.match(after)
    return body if body and (is_org(body.group("speaker")) or _DOCUMENT_NAME.search(body.group("speaker"))) else None


# “…,” said the National Association of Land Trusts in a statement.  (an organisation after the verb, its name ending the
# sentence or followed by where or how it spoke)
_ORG_CREDIT = re.compile(r"^[\s,]*(?P<verb>said|says|stated|states|added|adds|wrote|writes|noted|notes|explained|continued)\s+"
                         r"(?P<speaker>the\s+[A-Z][\w’'&-]*(?:\.[A-Z]\.?)*(?:\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?[A-Z][\w’'&-]*(?:\.[A-Z]\.?)*){0,7})"
                         r"(?=\s*(?:[.,;]|$)|\s+(?:in|on)\s+(?:a|an|its|their|the)\s+[a-z])")


def org_credit(after: str) -> re.Match | None:
    """The match of a credit after a quote that names an organisation after the verb ("…,” said the Harlow Farm Bureau
    in a statement"), whose speaker is the organisation; None when the words are not an organisation's name.

    >>> org_credit(" said the Harlow Farm Bureau in a statement.").group("speaker"), org_credit(" said the Vermont Senators.")
    ('the Harlow Farm Bureau', None)
    """
    m = _ORG_CREDIT.match(after)
    return m if m and is_org(m.group("speaker")) else None


def label_after_intro(before: str) -> int:
    """Where a label starts in ``before`` when an intro ending with a colon runs into it, their line break lost ("King and
    Harkin released the following statements: Statement of Congressman Ana Ruiz: "): its offset, else 0.

    >>> label_after_intro("They released the following statements: Statement of Congressman Ana Ruiz: ")
    40
    >>> label_after_intro("The letter reads: ")
    0
    """
    intro = re.search(r":\s+(?=[A-Z][^:“”\"]{2,100}:\s*$)", before)
    return intro.end() if intro and _label(before[intro.end():]) else 0


def person_topic_label(before: str) -> re.Match | None:
    """A round-up's label that is a person and a topic ("Aram Moghaddassi on improving Social Security benefits: “…”",
    "Secretary Rubio on the ceasefire: “…”"): the match, whose speaker is the person and whose verb is the colon; None
    when anything but title words stands before the person or a verb of saying follows."""
    if " on " not in before or not before.rstrip().endswith(":") or len(before) > 200:
        return None
    people = _people_in(before, 0, [])
    if not people \
            or not re.fullmatch(r"\s*(?:(?:[A-Z][\w.’'-]*|of|for|the|and)\s+)*", before[:people[0][0]]):
        return None
    return re.compile(rf"(?P<speaker>{re.escape(people[0][2])})\s+on\s+(?!(?:[^:“”\"]*\s)?(?:said|says|told|wrote|added|stated)\b)"
                      r"[^:“”\"]{3,120}?\s*(?P<verb>:)\s*$").match(before, people[0][0])


_LABEL_ASIDE = re.compile(r"(?<=[\w.])\s*\([^()“”\"\n:]{1,40}\)(?=\s*:\s*$)")


def blank_aside(before: str) -> str:
    """``before`` with an aside in brackets just before a label's colon blanked out, same length (same offsets).

    >>> blank_aside("Secretary Rubio (March 3): ").split()
    ['Secretary', 'Rubio', ':']
    """
    return _LABEL_ASIDE.sub(lambda m: " " * len(m.group()), before)


_LABEL_HEAD = re.compile(r"(?:[A-Z][\w’'.&\-]*|of|the|for|and|to|at|in|on|&|,)(?:\s+(?:[A-Z][\w’'.&\-]*|of|the|for|and|"
                         r"to|at|in|on|&|,)|,)*\s*:\s*$")
_LABEL_TAIL = re.compile(r"(?P<speaker>.+?)\s*(?P<verb>:)\s*$", re.S)
_STATEMENT_LABEL = re.compile(r"\s*(?:(?:A|The)\s+)?(?:Joint\s+)?(?:Statement|Remarks|Message)\s+(?:from|by)\s+"
                              r"(?P<who>(?:the\s+)?[A-Z][^:;.,“”\"]{1,80}?)\s*:\s*$")


def _label(before: str) -> re.Match | None:
    """A speaker's label before a quote, as in an exchange of e-mails or a transcript: "Secretary of the
    Air Force James Roche: “No, Sir …”". Only job words and a person's name stand before the colon (no
    verb: "He also observed a link: “…”" is read by the colon-intro pattern): a match whose speaker
    is the person, whose verb is the colon."""
    # (a date, an occasion or a party between the name and the colon: "Secretary Rubio (March 3):", "Sen. Cruz (R-Texas):";
    # blanked, so that the positions still point into ``before``)
    before = blank_aside(before)
    if topic_label(before):
        return None  # ("On Ukrainian President Zelensky: “…”": what the speaker above talks about, not who speaks)
    if (stm := _STATEMENT_LABEL.match(before)):
        # "Statement from President Biden: “…”", "Statement from the First Lady: “…”" (a role, named before)
        people = [p for p in _people_in(before, 0, []) if p[0] >= stm.start("who")]
        office = re.match(r"(?:the\s+)?Office\s+of\b", stm.group("who"))  # ("Statement from the Office of Senator X:")
        return _LABEL_TAIL.match(before, people[-1][0] if people and not office else stm.start("who"))
    head = _LABEL_HEAD.search(before)
    if not head or before[:head.start()].strip():
        return None
    people = _people_in(before, 0, [])
    if len(people) > 1 and re.match(r"\s*,", before[people[0][1]:]) and not before[:people[0][0]].strip(" .").count(","):
        # "Margaret Osei, Executive Director, Families for Affordable Medicine:": the first name, then what they are
        return re.compile(rf"(?P<speaker>{re.escape(before[people[0][0]:people[0][1]])}).*?(?P<verb>:)\s*$", re.S).match(before, people[0][0])
    # (a suffix may follow the name: "Secretary of Health and Human Services Robert F. Kennedy, Jr.:"; never a group for
    # a cause read as a name: "Americans for Safer Roads:")
    if not people or re.search(r"\b[A-Z][a-z]+s\s+for\s+$", before[:people[-1][0]]) or re.sub(r"^,?\s*(?:Jr|Sr)\.?|^\s+(?:II|III|IV)\b", "", before[people[-1][1]:]).strip() != ":":
        return None
    return _LABEL_TAIL.match(before, people[-1][0])
