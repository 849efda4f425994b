"""Signatures and name cards: who a quote paragraph belongs to when a line of its own names them.

Press releases set their supporters' words in two layouts. A signature follows the quote ("“…”" then "— Dr. Danielle
May, Contract Specialist", or "Senator Josh Hawley" alone under the member's words); a name card comes first
("Dr. Alicia Romero, Director of the Keys Marine Institute" then "“…”", again for each supporter; or "said Denise
Kowalski, Mayor of Clairton" above the quote, as scrapes leave it). :func:`signed` reads which layout an article uses:
a name line after a paragraph whose quote is already credited, with a quote paragraph after it, opens the card layout,
and every name line of that article then names the quote that follows it. A dash on a line of its own, then the name
line ("“…”", "—", "Sheriff Scott Lewis, St. Charles County"), signs the quote above the dash, an organisation too
("—", "Missouri Police Chiefs Association"). Never a line ending with a colon (a label, read by :mod:`.statements`),
never an organisation otherwise. A constituent's words signed with a first name and a town after a dash ("“…” — Nicholas,
Louisville") are theirs too (:func:`_signature`), never a place ("— Denver, Colorado").
"""

from __future__ import annotations

import re

import pandas as pd

from ._text import NAME, _one_word_states, is_org, surname
from .gazetteer import place_names
from .context import _only_quotes
from .marks import quote_spans
from .given_names import given_name
from .labels import LINK_LABEL as _LINK_LABEL
from .names import HONORIFICS, JOB_TITLES, _people_in, people_in_text
from .speech import _VERB_RE
from .speakers import resolve_name as _resolve
from ..corpus.tables import Article

_SIGNED_WITH_JOB = re.compile(rf"[^\S\n]*[—–-]?[^\S\n]*(?P<name>{NAME}?)(?:,?[^\S\n]+(?:{'|'.join(sorted(JOB_TITLES, key=len, reverse=True))})"
                             # (the job, then where, perhaps after a comma: "Executive Director, Central Valley Workers Alliance")
                             r"(?:,?[^\S\n]+[\w’'&.\-]+){0,10})[^\S\n]*$")
_SIGNED_DASH = re.compile(rf"[^\S\n]*(?:—|–|--?)[^\S\n]*(?P<name>{NAME})(?:,[^\S\n]+[^,“”\"\n]{{2,80}}){{1,3}}[^\S\n]*$")
_NEXT_SAYS = re.compile(rf"\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?P<name>{NAME})\s+(?:also\s+)?(?:said|says|told|added|explained)\b")
_SIGNATURE = re.compile(r"\s*[—–-]?\s*(?P<name>(?:the\s+)?[A-Z][\w’'&.\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'&.\-]*){0,4})\s*$")


_FIRST_NAME_SIGNED = re.compile(r"[”\"][^\S\n]*(?:—|–|--?)[^\S\n]*(?P<name>[A-Z][a-z]+),[^\S\n]+[^,“”\"\n]{2,60}$")


def _testimonials(art: Article) -> bool:
    """Whether the article signs two or more quote paragraphs with a first name and a place, one of them a first name the
    table knows ("— Nicholas, Louisville", "— Carol, Broomfield"): a release's list of constituents' words, whose other
    names ("Carol", shared with a noun) sign as well."""
    signed = [m.group("name") for p in art.paragraphs if (m := _FIRST_NAME_SIGNED.search(p.text))]
    return len(signed) >= 2 and any(given_name(n) for n in signed)


def _signature(art: Article, para, first: tuple[int, int], last: tuple[int, int]) -> tuple | None:
    """A paragraph that is a quote followed only by who said it: “All told, Firefox is fast …” PC Magazine
    (reviews quoted one after another; a name or title after the closing mark, no verb): ``(start,
    end, name)`` or ``(start, end, name, reason)``, else None."""
    text = art.text
    if text[para.start:first[0]].strip():
        return None
    if re.search(r"[.!?][”\"’']*$", text[last[0]:last[1]]) and (nxt := _NEXT_SAYS.match(text, last[1], para.end)) \
            and surname(nxt.group("name")) in {surname(n) for _, _, n in people_in_text(text)} and not is_org(nxt.group("name")):
        # "“We processed more claims than ever.” Mr. Wilson said the agency …": the quote opens the paragraph, whole,
        # and the next sentence says who is speaking, as its subject
        return nxt.start("name"), nxt.end("name"), nxt.group("name"), "the next sentence is about who said it"
    m = None if _LINK_LABEL.match(text, last[1], para.end) else _SIGNATURE.match(text, last[1], para.end)  # ("“…” Watch": a link)
    if not m or m.end() != para.end or _VERB_RE.search(m.group("name")):
        # a pull quote signed with a name and a job: “…” Dr. Darayas Patel Professor at Oakwood University
        # (or after a dash, the name, then what they are and where: "— Mayor Denise Holloway, Cedar Falls")
        m = _SIGNED_WITH_JOB.match(text, last[1], para.end) or _SIGNED_DASH.match(text, last[1], para.end)
        if not m or m.end() != para.end or _VERB_RE.search(m.group()) or is_org(m.group("name")):
            return None
        place = text[m.end("name"):m.end()].strip(" ,.")
        if m.re is _SIGNED_DASH and re.fullmatch(r"[A-Z][a-z]+", m.group("name")) and place not in _one_word_states() \
                and place not in place_names() and (given_name(m.group("name")) or _testimonials(art)):  # (never "— Denver, Colorado")
            # a testimonial signed with a first name and a town: “My wife and I are student veterans. …” - Nicholas,
            # Louisville (a constituent's words, as a release collects them)
            return m.start("name"), m.end("name"), m.group("name"), "the quote is signed with a first name and a place"
        if not (who := [n for n in _people_in(text[m.start("name"):m.end("name")], m.start("name"), [])
                        if n[0] == m.start("name") or m.re is _SIGNED_DASH]):
            return None
        if m.re is _SIGNED_DASH:  # ("— Mayor Denise Holloway, Cedar Falls": the person, after the title)
            return who[0]
    name = m.group("name").rstrip()
    if name.endswith(".") and not re.search(r"\b(?:[A-Z]|Jr|Sr|Inc|Ltd|Co)\.$", name):
        name = name[:-1]  # "— Mayor Linda Torres.": the full stop ends the line, it is no part of the name
    return m.start("name"), m.start("name") + len(name), name


_DASH_LINE = re.compile(rf"^\s*(?:[—–]|--?)\s*(?:[A-Z][\w.]*\s+(?:of\s+(?:the\s+)?)?){{0,4}}?(?P<name>{NAME})(?:,|\s*$)")  # ("— Secretary of Commerce X")
_NAME_LINE = re.compile(rf"(?:(?:{'|'.join(sorted(JOB_TITLES, key=len, reverse=True))})\.?\s+)?(?P<name>{NAME})(?:,\s+[^,.;:“”\"]{{2,60}}){{0,2}}")
_SAID_LINE = re.compile(rf"^\s*said\s+(?:[A-Z][\w.]*\s+(?:of\s+(?:the\s+)?)?){{0,4}}?(?P<name>{NAME})(?:,\s+[^“”\"]{{2,80}})?\s*$")


_TAIL = re.compile(r"[^“”\"]+[”\"]\s*")  # a paragraph that only closes a quote opened above it
_DASH_ONLY = re.compile(r"\s*[—–-]{1,2}\s*")  # a dash on a line of its own, the name on the next (a scrape broke the line)


def _dash_above(art: Article, para) -> bool:
    """Whether the paragraph before ``para`` is only a dash: ``para`` then signs the quote above the dash."""
    return para.n > 2 and bool(_DASH_ONLY.fullmatch(art.paragraphs[para.n - 2].text))


def _quotes_of(art: Article, para) -> list:
    return [sp for sp in quote_spans(art) if para.start <= sp[0] < para.end]


def _card(para) -> re.Match | None:
    """A paragraph that is a person's name card: their name, perhaps with a title before it and what they are after it
    (never a subheading such as "Homeland Security": a description after a comma, a form of address or a given name)."""
    m = _NAME_LINE.fullmatch(para.text.strip())
    who = _people_in(para.text, 0, [])
    if who and (not m or is_org(m.group("name"))):
        m = _titled_card(para.text.strip(), who[-1][2])  # "Secretary of Homeland Security Kristi Noem"
    if not m or not who or is_org(m.group("name")):
        return None
    first = who[0][2].split()[0].rstrip(".")
    return m if "," in para.text or first in HONORIFICS or given_name(first) else None


def _titled_card(line: str, person: str) -> re.Match | None:
    """A name line whose title runs several words before the person ("Secretary of Homeland Security Kristi Noem",
    "National Economic Council Director Kevin Hassett"): the person ends the line and a job title comes before."""
    m = re.fullmatch(rf"(?P<title>(?:[A-Z][\w.’'-]*\s+(?:(?:of|for|the|and|on)\s+)*){{1,8}})(?P<name>{re.escape(person)})", line)
    return m if m and set(m.group("title").replace(".", " ").split()) & JOB_TITLES else None


def _cards(art: Article, rows: list[dict]) -> bool:
    """Whether the article's name lines come before the quotes they name (the card layout)."""
    for para in art.paragraphs[1:-1]:
        prev, nxt = art.paragraphs[para.n - 2], art.paragraphs[para.n]
        if not _card(para) or _dash_above(art, para):
            continue
        credited = any(r["kind"] == "quote" and r["paragraph"] == prev.n and r["speaker_as_written"] is not None for r in rows)
        if (credited or not _quotes_of(art, prev)) and _only_quotes(art, nxt, _quotes_of(art, nxt)):
            return True
    return False


# a line broken inside its sentence, as a scrape breaks it at a link: "Sen. Lee" above "said,", "… CEO of" above a name
_BROKEN = re.compile(r"\b(?:of|at|for|and|the|from|with)\s*$")
_GOES_ON = re.compile(r"\s*(?:[,;]|(?:said|says|added|adds|stated|told|wrote|writes|explained|noted)\b)")


def signed(art: Article, rows: list[dict]) -> None:
    """A paragraph "— Dr. Danielle May, Contract Specialist" signs the quote paragraphs just before it; so does a
    paragraph that is only a name with its title ("Senator Josh Hawley") right after a paragraph of quoted words, unless
    the article sets its name lines before the quotes (:func:`_cards`): then each names the quote paragraph after it,
    as "said Denise Kowalski, Mayor of Clairton" alone above a quote always does. ``rows`` are
    :func:`.quotes.find_quotes`'s rows, changed in place."""
    cards = _cards(art, rows)
    for para in art.paragraphs:
        m = _DASH_LINE.match(para.text)
        dashed = _dash_above(art, para)
        if dashed and not m:  # ("“…”", then "—", then "Sheriff Scott Lewis, St. Charles County"; or an organisation)
            line, who = para.text.strip(), _people_in(para.text.strip(), 0, [])
            m = re.match(rf"(?:[A-Z][\w.’'-]*\s+){{0,4}}(?P<name>{re.escape(line[who[0][0]:who[0][1]])})(?=,|$)", line) \
                if who and len(line) <= 150 and not re.search(r"[“”\"]", line) else None
            m = m or re.fullmatch(r"(?P<name>(?:[A-Z][\w.’'&-]*\s+(?:(?:of|for|and|the|&)\s+)*)*[A-Z][\w.’'&-]*)", line)
            if m and not (is_org(m.group("name")) or who):
                m = None
        if not m and para.n < len(art.paragraphs) and ((said := _SAID_LINE.match(para.text)) or cards):
            card = said or _card(para)
            nxt = art.paragraphs[para.n]
            if card and _people_in(para.text, 0, []) and not is_org(card.group("name")) \
                    and _only_quotes(art, nxt, _quotes_of(art, nxt)):
                _credit(art, [r for r in rows if r["paragraph"] == nxt.n and r["kind"] == "quote"
                              and (pd.isna(r["speaker_as_written"]) or r["speaker_as_written"] is None)], para, card, "introduced by")
            continue
        if not m and para.n > 1 and _only_quotes(art, (prev := art.paragraphs[para.n - 2]), _quotes_of(art, prev)):
            line, who = para.text.strip(), _people_in(para.text, 0, [])  # (a release's signature under the member's quote; not a label "…:")
            # (the person's name starts the line's name: not "Leads Bipartisan Efforts, Meets Advocates …"; or a long title before
            # it: "Small Business Committee Vice Chair Henry Oduya", "Education and Workforce Chairman Tim Walberg")
            fits = [c for c in (_NAME_LINE.fullmatch(line), who and _titled_card(line, who[-1][2])) if c and " " in c.group().strip()
                    and any(a <= c.start("name") and b == c.end("name") for a, b, _ in who)]
            m = fits[0] if fits \
                and not _BROKEN.search(para.text) \
                and not (para.n < len(art.paragraphs) and _GOES_ON.match(art.paragraphs[para.n].text)) else None
        if not m or is_org(m.group("name")) and not dashed and not (para.n > 1 and _only_quotes(
                art, (above := art.paragraphs[para.n - 2]), _quotes_of(art, above))):  # ("— Whitcombe Foundation" under its quote)
            continue
        signs, below = [], para.n - dashed
        if below > 2 and _TAIL.fullmatch(art.paragraphs[below - 2].text):
            below -= 1  # (the end of a quote the scrape broke over two lines: "… burdening" / "childcare workers …”")
        for row in reversed([r for r in rows if r["paragraph"] < para.n]):
            guessed = row["paragraph"] == para.n - 1 - dashed and pd.isna(row["speaker_as_written"])  # (from the sentence before)
            if row["kind"] != "quote" or not pd.isna(row["speaker"]) and row["speaker"] is not None and not guessed \
                    or row["paragraph"] < below - 1:  # (only the quote paragraphs right above: never past a list between)
                break
            signs.append(row)
            below = row["paragraph"]
        _credit(art, signs, para, m, "signed")


def _credit(art: Article, rows: list[dict], para, m: re.Match, how: str) -> None:
    """Give ``rows`` the person the line ``para`` names (``m``'s name group; the person after a title: "— Secretary of
    Commerce Priya Natarajan")."""
    s0, e0, written = next(((a, b, n) for a, b, n in _people_in(para.text, 0, []) if b == m.end("name")),
                           (m.start("name"), m.end("name"), m.group("name")))
    name = _resolve(art, written, para.start + s0)
    for row in rows:
        row["speaker"] = name
        row["speaker_as_written"] = written
        row["speaker_start"], row["speaker_end"] = para.start + s0, para.start + e0
        row["reason"] = f"quoted words {how} “{para.text.strip()[:80]}” in paragraph {para.n}"
