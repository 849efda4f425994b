"""Text copied out of a browser: headline, byline and date lines, and page furniture.

When a teacher selects an article in a browser and pastes it into a file, the
page's title, byline and date line come along, and so do lines such as
"Advertisement" or "Share this article". :func:`clean_lines` sorts such lines
out: the title, byline and date go to the metadata, page furniture is dropped
with the reason, and every doubtful line is kept and named so a person checks it.
Nothing is guessed beyond what a line says: a field that no line gives stays
unknown.

>>> found = clean_lines(["Harbour ferry returns", "By Ana Rivera", "2 May 2024",
...                      "The ferry is back.", "Advertisement", "It runs hourly."])
>>> found.meta
{'headline': 'Harbour ferry returns', 'byline': 'Ana Rivera', 'date': '2 May 2024'}
>>> found.paragraphs
['The ferry is back.', 'It runs hourly.']
>>> found.dropped
[('Advertisement', 'page furniture (an advertising label), not article text')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAYS = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
#: A date as news sites write it: "2 May 2024", "May 2, 2024", "2024-05-02", "02/05/2024".
DATE_RE = re.compile(
    rf"(?:{_DAYS}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})", re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")
# (a press release's "FOR IMMEDIATE RELEASE — 2 December 2026" too)
_DATE_WORDS = re.compile(r"^(?:published|posted|updated|last updated|first published|date|on|for immediate release|released)\b"
                         r":?\s*(?:[—–-]+\s*)?", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|[A-Z]{2,4})?\b|\b(?:GMT|BST|UTC|CET|EST|EDT|PST)\b", re.I)
_BYLINE = re.compile(r"^(?:by|words by|written by|story by|reporting by)\s+(\S.*)$", re.IGNORECASE)

# page furniture: the whole line (lower case, trailing punctuation and arrows removed) -> the reason
_ADS = ("advertisement", "advertising", "advert", "ad", "sponsored", "sponsored content", "promoted",
        "paid content", "supported by", "story continues below advertisement", "continue reading below",
        "article continues below", "scroll to continue with content", "ad feedback")
_SHARE = ("share", "share this", "share this article", "share this story", "share this page", "share on facebook",
          "share on twitter", "share on x", "share on whatsapp", "share on linkedin", "share via email", "tweet",
          "email", "print", "copy link", "link copied", "save", "save article", "comments", "facebook",
          "twitter", "whatsapp", "linkedin", "reddit", "pinterest", "gift this article", "listen",
          "listen to this article")
_NAV = ("skip to content", "skip to main content", "menu", "home", "search", "sign in", "log in", "subscribe",
        "subscribe now", "sign up", "newsletter", "sign up for our newsletter", "read more", "more", "related",
        "related articles", "related stories", "recommended", "most read", "most popular", "you may also like",
        "more on this story", "top stories", "back to top", "close", "open menu", "next article", "previous article",
        "accept cookies", "accept all cookies", "cookie settings", "manage cookies", "image", "video", "play video",
        "watch", "photo", "enlarge this image", "toggle caption", "hide caption", "show caption")
FURNITURE = {**{w: "page furniture (an advertising label), not article text" for w in _ADS},
             **{w: "page furniture (a share or print button), not article text" for w in _SHARE},
             **{w: "page furniture (navigation or a site link), not article text" for w in _NAV},
             **{w: "a press release's label, not article text" for w in ("for immediate release", "immediate release",
                                                                        "press release", "news release", "###")}}
_FURNITURE_PATTERNS = (
    (re.compile(r"^(?:©|\(c\)|copyright\b)", re.I), "a copyright notice, not article text"),
    (re.compile(r"^\d+\s*(?:min(?:ute)?s?|m)\s+read$", re.I), "a reading-time label, not article text"),
    (re.compile(r"^(?:photo(?:graph)?|image|picture|credit|illustration)\s*(?:credit)?\s*:\s*\S.{0,80}$", re.I),
     "a photo credit, not article text"),
    (re.compile(r"^\d+\s+comments?$", re.I), "a comment counter, not article text"),
    (re.compile(r"^(?:this article|this story) (?:was|is) (?:originally )?(?:published|updated)\b.{0,120}$", re.I),
     "a site note about the article, not article text (check: it may hold the date)"),
)
_END = re.compile(r"[.!?…:;]['\"”’)\]]*$")


def furniture_reason(line: str) -> str | None:
    """Why ``line`` is page furniture, or None when it may be article text.

    >>> furniture_reason("Share this article")
    'page furniture (a share or print button), not article text'
    >>> furniture_reason("Share prices rose.") is None
    True
    """
    key = re.sub(r"[\s>›»→|•·:]+$", "", re.sub(r"^[\s<‹«←|•·]+", "", line.strip())).lower()
    if key in FURNITURE:
        return FURNITURE[key]
    for pattern, reason in _FURNITURE_PATTERNS:
        if pattern.search(line.strip()):
            return reason
    return None


def date_line(line: str) -> str | None:
    """The date a line gives when the whole line is a date line ("Published 2 May 2024, 10:31 BST").

    >>> date_line("Updated: Tuesday 2 May 2024 10.31 BST")
    'Tuesday 2 May 2024 10.31 BST'
    >>> date_line("On 2 May 2024 the ferry sank.") is None
    True
    """
    rest = _DATE_WORDS.sub("", line.strip())
    if not _FOUR_DIGITS.search(rest):
        return None  # every form of DATE_RE has a four-digit year (a quick look before the long pattern)
    match = DATE_RE.search(rest)
    if not match:
        return None
    leftover = _TIME.sub("", DATE_RE.sub("", rest))
    if re.sub(r"[\s,.|–—\-·•()]+", "", leftover):
        return None
    return rest.strip(" ,|–—-·•")


def byline_line(line: str) -> tuple[str, str | None] | None:
    """``(byline, date or None)`` when the line is a byline ("By Ana Rivera, 2 May 2024").

    >>> byline_line("By Ana Rivera and Tom Lee | May 2, 2024")
    ('Ana Rivera and Tom Lee', 'May 2, 2024')
    >>> byline_line("By the end of the week, the ferry was back.") is None
    True
    """
    match = _BYLINE.match(line.strip())
    if not match or len(line) > 160:
        return None
    who = match.group(1).strip()
    when = None
    found = DATE_RE.search(who)
    if found:
        when = date_line(who[found.start():]) or found.group()
        who = who[:found.start()].rstrip(" ,|–—-·•")
    words = who.split()
    if not words or len(words) > 14 or _END.search(who) and (not who.endswith(".") or len(words) > 4):
        return None
    names = who.split(",")[0].split()  # the name part: capitalised words (a role may follow a comma)
    if not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in names):
        return None
    return who.rstrip(",. "), when


_CONNECTORS = {"and", "&", "de", "da", "van", "von", "der", "al", "el", "bin", "ibn", "la", "le", "du", "y"}


def _title_like(line: str) -> bool:
    return 0 < len(line) <= 160 and len(line.split()) <= 25 and not _END.search(line)


@dataclass
class Cleaned:
    """What :func:`clean_lines` made of the lines of a pasted article."""

    meta: dict = field(default_factory=dict)       # headline, byline, date: only what a line gave
    paragraphs: list = field(default_factory=list)  # the article text, one paragraph per item
    dropped: list = field(default_factory=list)     # (line, reason)
    moved: list = field(default_factory=list)       # (line, field): lines that became metadata
    uncertain: list = field(default_factory=list)   # sentences for the teacher to check


def clean_lines(lines: list[str], known: dict | None = None, head: int = 6) -> Cleaned:
    """Sort the paragraphs of a pasted article into metadata, furniture and text.

    ``lines`` are the article's paragraphs in order (blank ones are skipped);
    ``known`` is metadata already found elsewhere (a web page's markup): a line
    repeating it is dropped, not kept twice. Only the first ``head`` lines can
    be headline, byline or date lines.
    """
    known = {k: v for k, v in (known or {}).items() if v}
    out = Cleaned()
    lines = [re.sub(r"\s+", " ", line).strip() for line in lines]
    lines = [line for line in lines if line]
    body_started = False
    for i, line in enumerate(lines):
        reason = furniture_reason(line)
        if reason:
            out.dropped.append((line, reason))
            continue
        in_head = not body_started and i < head
        if in_head and any(line == v or line.lstrip("# ").strip() == v for v in known.values()):
            field_ = next(k for k, v in known.items() if line == v or line.lstrip("# ").strip() == v)
            out.dropped.append((line, f"repeats the {field_}, which the page's markup already gives"))
            continue
        if in_head:
            by = byline_line(line)
            if by and "byline" not in out.meta and "byline" not in known:
                out.meta["byline"] = by[0]
                out.moved.append((line, "byline"))
                if by[1] and "date" not in out.meta and "date" not in known:
                    out.meta["date"] = by[1]
                continue
            when = date_line(line)
            if when and "date" not in out.meta:
                if "date" not in known:
                    out.meta["date"] = when
                    out.moved.append((line, "date"))
                else:
                    out.dropped.append((line, f"a date line; the page's markup gives the date {known['date']}"))
                continue
            if (i == 0 and "headline" not in known and _title_like(line.lstrip("# ").strip())
                    and len(lines) > 1):
                out.meta["headline"] = line.lstrip("# ").strip()
                out.moved.append((line, "headline"))
                continue
        if _title_like(line) and len(line.split()) <= 12 and i + 1 < len(lines):
            out.uncertain.append(f"kept the short line {line!r} as a paragraph: it has no full stop and may "
                                 "be a subheading, a caption or a section label; delete it if it is not "
                                 "article text")
        body_started = True
        out.paragraphs.append(line)
    return out


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of pasted text: blocks between blank lines, or lines when there are no blank lines.

    Inside a block, lines are joined (a hard-wrapped paragraph) unless each line
    ends a sentence or one of them is a byline, date or page-furniture line;
    then each line is a paragraph of its own.

    >>> split_paragraphs("Ferry back\\n\\nOne.\\nTwo.\\n\\nA wrapped\\nparagraph.")
    ['Ferry back', 'One.', 'Two.', 'A wrapped paragraph.']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not re.search(r"\n[ \t]*\n", text.strip()):
        return [line.strip() for line in text.split("\n") if line.strip()]
    out = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        recognised = any(furniture_reason(line) or date_line(line) or byline_line(line) for line in lines)
        if len(lines) > 1 and not recognised and not all(_END.search(line) for line in lines[:-1]):
            out.append(" ".join(lines))
        else:
            out += lines
    return out
