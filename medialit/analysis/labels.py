"""Labels and credits around a quote in press-office pages and round-ups: the topic label before it ("On trade: “…”",
"THEN: “…”"), an unnamed person's description and colon ("A military spouse whose family is in crisis: “…”"), the
credit after it ("…,” says a man whose …", "“…” — Police Chief Marcus Hale"), and the label as a reason shows it
(issue 12). :mod:`.quotes` reads them; :mod:`.statements` reads :func:`topic_label`.

>>> topic_label("On negotiations to end the war: "), topic_label("On Monday, she said: ")
(True, False)
>>> _UNNAMED_LABEL.match("A TSA agent who works without pay: ").group("speaker")
'A TSA agent'
>>> dash_credit(" — Police Chief Marcus Hale").group("speaker"), dash_credit(" — Ohio Farm Bureau, Columbus")
('Police Chief Marcus Hale', None)
"""

from __future__ import annotations

import re

from ._text import NAME
from .names import _people_in


def topic_label(before: str) -> bool:
    """Whether the words before a quote are a topic label of a round-up ("On negotiations to end the war: ", "THEN: ",
    "NOW: "), with no verb of saying: the speaker is the one whose words the paragraphs above introduced."""
    return bool(re.fullmatch(r"\s*(?:On\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[^“”\"]{1,150}"
                             r"|[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}):\s*", before)) \
        and not re.search(r"\b(?:said|says|told|tells|added|wrote|stated|explained|asked)\b", before)


def _label_text(before: str, name: str, cut: str = "…") -> str:
    """The label a quote follows, as a student reads it in the text ("TSMC CEO C.C. Wei:"); the name and ``cut``
    ("Ana Ruiz…:") when the text before the quote is longer than a label."""
    label = " ".join(before.split())
    return label if label.endswith(":") and len(label) <= 100 else f"{name}{cut}:"


# a quote's own credit after it ("“…,” says a man whose …"): an intro above the quote never overrules it
_CREDITED = re.compile(r"[\s,]*(?:(?:[A-Z][\w’'.&-]*\s+){1,4}|(?:local\s+|the\s+)?news\s+)?(?:says|said|adds|added|tells|told|writes|wrote|"
                       r"laments|lamented|recalls|recalled|explains|explained|reports|reported)\b(?!\s+so\b)")

# a list of unnamed people's words, each a description and a colon: "A military spouse whose family is in crisis: “…”"
_NOT_A_PERSON = (r"(?:statement|letter|report|post|tweet|note|message|reminder|sign|banner|headline|caption|quote|video|clip|graphic|"
                 r"poll|survey|e-?mail|memo|text|excerpt|document|reply|response|comment|entry|passage|notice|update|release|transcript)\b")
_UNNAMED_LABEL = re.compile(rf"^\s*(?P<speaker>(?:A|An)\s+(?:(?!{_NOT_A_PERSON})(?:[a-z][\w\-]+|[A-Z]{{2,}})\s+){{0,3}}?(?!{_NOT_A_PERSON})[a-z][\w\-]+)"
                            r"(?:\s+(?:who|whose|with|from|after|at|in|on|that|for)\b(?:(?!\b(?:said|says|told|wrote|added|stated)\b)[^:“”\"]){0,200})?"
                            r"\s*(?P<verb>:)\s*$")

# a credit after the quote, set off by a dash: "“…” — Police Chief Marcus Hale" (a list's or a pull quote's signature)
_DASH_CREDIT = re.compile(rf"^\s*(?P<verb>[—–])\s*(?:[A-Z][\w.’'-]*\s+(?:of\s+(?:the\s+)?)?){{0,4}}?(?P<speaker>{NAME})(?:,\s+[^“”\"]{{2,80}})?\s*$")


def dash_credit(after: str) -> re.Match | None:
    """The match of a dash credit after a quote ("— Police Chief Marcus Hale, Cedar Falls"), whose speaker is the person;
    None when the words after the dash name an organisation ("— Ohio Farm Bureau, Columbus")."""
    m = _DASH_CREDIT.match(after)
    return m if m and (people := _people_in(m.group("speaker"), 0, [])) and people[-1][1] == len(m.group("speaker")) else None
