"""Specificity: the concrete details a reader could check, against vague ones.

A report a reader can verify is full of *anchors*: dates ("March 14, 2024"), numbers
("$4.2 million", "14 of 22 beams"), named people ("Carla Mendes"), named organisations
("the Department of Transportation") and documents ("the staff report"). Vague time
words ("recently", "earlier this year", "over recent years") give nothing to check.

>>> s = score_specificity("mosul")
>>> int(s.n_checkable.sum()) < int(s.n_vague.sum()) + 20
True
>>> find_anchors("isfahan").query("kind == 'vague time'").text.tolist()
['last year']
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from ._prefilter import Parts, fold, quick
from ._text import ORG_WORDS, TITLED_NAME_RE, as_article, is_org, is_place, memo, typed, where_kind
from ..corpus.tables import Article

#: Kinds of anchor, with what each means. All but ``vague time`` are checkable.
KINDS = {
    "date": "a date or day a reader could look up (March 14, 2024; on Tuesday; 2023)",
    "number": "a count, amount or share (22 beams, $4.2 million, 40 percent)",
    "person": "a named person",
    "organisation": "a named organisation",
    "document": "a report, law, record or other document",
    "vague time": "a time word that points at no date (recently, earlier this year)",
}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_NUMWORD = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            r"hundred|hundreds|thousand|thousands|million|millions|dozen|dozens)")
#: (The look-aheads on the first character of a date or a number only let the engine skip places
#: where none can start; they change no match.)
_PATTERNS: list[tuple[str, re.Pattern, str]] = [
    ("date", re.compile(rf"(?=[JFMASONDTW\dolnt])\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|"
                        rf"{_MONTH}(?:\s+\d{{4}})?|(?:on|last|next|this)\s+{_DAY}|{_DAY}|"
                        rf"\d{{4}}-\d{{2}}-\d{{2}}|(?:19|20)\d{{2}})\b"), "a date a reader can look up"),
    ("vague time", re.compile(r"\b(?:recently|recent\s+(?:years|months|weeks|times)|lately|nowadays|these\s+days|"
                              r"recent\s+(?:[a-z]+\s+)?(?:past|history|events)|"
                              r"earlier\s+this\s+(?:year|month|week)|later\s+this\s+(?:year|month)|"
                              r"(?:last|this|next)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|"
                              r"over\s+(?:the\s+)?(?:recent|past|last\s+few)\s+(?:years|months|decades)|"
                              r"in\s+recent\s+(?:years|months|times)|for\s+some\s+time|in\s+the\s+past|"
                              r"soon|one\s+day|some\s+time\s+ago|a\s+while\s+ago)\b", re.I),
     "a time word that points at no date"),
    ("number", re.compile(rf"(?=[$€£\dtfsenhmd])(?:[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion|thousand))?|\b\d[\d,.]*(?:-\d+)?"
                          rf"(?:\s*(?:percent|per\s+cent|%|million|billion|thousand|miles?|km|pounds|tons?|"
                          rf"years?|months?|days?))?|\b{_NUMWORD}(?:[\s-]+{_NUMWORD})*\b)", re.I),
     "a number a reader can check"),
    ("document", re.compile(r"\b(?:(?:the|its|a|an|their|this|that)\s+(?:[\w’'-]+\s+){0,2}?|[\w’'-]+[’']s\s+"
                            r"(?:[\w’'-]+\s+)?)(?:report|study|survey|law|resolution|decree|records|minutes|"
                            r"budget|inspection|audit|census|filing|ruling|contract|letter|memo|transcript)s?\b",
                            re.I), "a document a reader could ask for"),
]
_ORG_RE = re.compile(r"\b(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,5}[A-Z][\w’'-]*\b")
_PLAIN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:[’'\-][A-Z]?[a-z]+)*\b")

#: Columns of :func:`find_anchors`.
ANCHOR_COLUMNS = {"article_id": "string", "paragraph": "int64", "kind": "string", "text": "string",
                  "start": "int64", "end": "int64", "checkable": "bool", "reason": "string"}
#: Columns of :func:`score_specificity`.
SCORE_COLUMNS = {"article_id": "string", "paragraph": "int64", "n_dates": "int64", "n_numbers": "int64",
                 "n_people": "int64", "n_organisations": "int64", "n_documents": "int64", "n_vague": "int64",
                 "n_checkable": "int64", "specificity": "float64"}


@memo
def find_anchors(article: "str | Path | Article") -> pd.DataFrame:
    """Every concrete anchor (date, number, person, organisation, document) and vague time word.

    ``article`` is an id, an Article or a path. One row per anchor; columns:
    ``article_id`` (string); ``paragraph`` (int64); ``kind`` (string, one of :data:`KINDS`);
    ``text`` (string, as written); ``start``, ``end`` (int64): offsets into the article text;
    ``checkable`` (bool): False only for vague time words; ``reason`` (string).

    >>> a = find_anchors("isfahan")
    >>> sorted(set(a.kind))
    ['organisation', 'person', 'vague time']
    """
    from .attribution import find_attributions

    art = as_article(article)
    text = art.text
    taken = bytearray(len(text) + 1)  # 1 where an anchor already is: an anchor overlapping one is left out
    rows = []

    def add(kind: str, s: int, e: int, reason: str, para) -> None:
        if e <= s or taken.find(1, s, e) >= 0:  # (no pattern finds an empty anchor)
            return
        taken[s:e] = b"\x01" * (e - s)
        rows.append(dict(article_id=art.id, paragraph=para.n, kind=kind, text=text[s:e], start=s, end=e,
                         checkable=kind != "vague time", reason=reason))

    att = find_attributions(art)
    people = set(where_kind(att, "named", "source"))
    parts = Parts([fold(para.text) for para in art.paragraphs])
    for k, para in enumerate(art.paragraphs):
        for m in TITLED_NAME_RE.finditer(text, para.start, para.end):
            if not is_org(m.group()):
                add("person", m.start(), m.end(), "a named person a reader can look up", para)
        for m in _PLAIN.finditer(text, para.start, para.end):
            name = m.group()
            if any(name in p or p.endswith(name) for p in people) and not is_org(name) and not is_place(name):
                add("person", m.start(), m.end(), "a named person a reader can look up", para)
        for m in _ORG_RE.finditer(text, para.start, para.end):
            name = m.group()
            words = name.split()
            while words and words[0] in ("The", "In", "At", "As", "By", "For", "On", "Several", "Many", "Some",
                                         "Local", "Other", "These", "Those", "Its", "Their"):
                words = words[1:]
            if words and words[-1] not in ("NGOs", "NGO") and len(words) >= 2 and any(
                    w.strip("’'s") in ORG_WORDS or w in ORG_WORDS for w in words):
                s = m.start() + name.find(words[0])
                add("organisation", s, m.end(), "a named organisation a reader can look up", para)
        for kind, rx, reason in _PATTERNS:
            if not parts.may_match_at(rx, k):
                continue  # the paragraph holds none of the words the pattern needs
            for m in rx.finditer(text, para.start, para.end):
                if kind == "number" and m.group().lower() in ("one",):
                    continue
                add(kind, m.start(), m.end(), reason, para)
    rows.sort(key=lambda r: r["start"])
    return typed(rows, ANCHOR_COLUMNS)


def score_specificity(article: "str | Path | Article") -> pd.DataFrame:
    """Per paragraph: how many checkable anchors, how many vague time words.

    One row per paragraph; columns: ``article_id`` (string); ``paragraph`` (int64);
    ``n_dates``, ``n_numbers``, ``n_people``, ``n_organisations``, ``n_documents`` (int64);
    ``n_vague`` (int64): vague time words; ``n_checkable`` (int64): all anchors but vague ones;
    ``specificity`` (float64): ``n_checkable / (n_checkable + n_vague)``, 0 when both are 0.

    >>> s = score_specificity("isfahan")
    >>> s.loc[s.paragraph == 3, ["n_organisations", "n_vague"]].values.tolist()
    [[1, 1]]
    """
    art = as_article(article)
    anchors = find_anchors(art)
    per: dict[int, Counter] = {}
    for n, kind in zip(anchors.paragraph.tolist(), anchors.kind.tolist()):
        per.setdefault(n, Counter())[kind] += 1
    rows = []
    for p in art.paragraphs:
        counts = per.get(p.n, Counter())
        vague = counts.get("vague time", 0)
        checkable = sum(counts.values()) - vague
        rows.append(dict(article_id=art.id, paragraph=p.n, n_dates=counts.get("date", 0),
                         n_numbers=counts.get("number", 0), n_people=counts.get("person", 0),
                         n_organisations=counts.get("organisation", 0), n_documents=counts.get("document", 0),
                         n_vague=vague, n_checkable=checkable,
                         specificity=round(checkable / (checkable + vague), 3) if checkable + vague else 0.0))
    return typed(rows, SCORE_COLUMNS)


# the patterns searched most, behind a look-ahead on the characters their matches start with (same matches,
# found faster: _prefilter.quick)
_PLAIN = quick(_PLAIN)
