"""Evidence cards: lateral reading offline.

A fact-checker who meets an unfamiliar name leaves the article and asks *what do
other sources say?* (Stanford Civic Online Reasoning calls this **lateral reading**;
in Mike Caulfield's SIFT it is *Find better coverage* and *Trace claims*). A
classroom may have no internet, and the open web is a poor place to send a class
to look up the seed articles' names. So the kit ships **evidence cards**: what a
careful search turned up, each card a short factual summary with its sources
(publication, date, title).

The cards live in ``medialit/evidence_cards.yaml`` (inside the package, so they
travel with the student copy and with ``pip install``). Each card says what kind of
finding it is:

``record``
    other sources say something about the name or claim (with the sources).
``no-trace``
    a search of stored public material found **no independent trace** outside the
    site that published the seed articles. That is a finding, stated in calibrated
    words: it is not proof that something does not exist.
``kit``
    the name belongs to an article written for the kit; it is fictional by design.

When no card matches, the kit says so, and says what that means: the cards are a
small sample, so "no card" is not evidence either way.

An instructor may add cards (same fields; every card needs at least one source with
a publication, a date and a title) and point ``MEDIALIT_EVIDENCE`` at another file.

>>> find_evidence("Hashimi")["card"].tolist()
['hashimi-who', 'hashimi-killed']
>>> find_evidence("Basra Peace Forum").loc[0, "finding"]
'no-trace'
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .._html import esc
from ..problems import KitError

#: The kit's evidence cards.
CARDS_FILE = Path(__file__).with_name("evidence_cards.yaml")

#: What each kind of finding means, in the words the widget shows.
FINDINGS = {
    "record": "Other sources say",
    "no-trace": "No independent trace found outside the site in the material searched",
    "kit": "Written for the kit (fictional by design)",
}

#: What the search says when no card matches.
NOTHING_FOUND = ("No card matches. The kit's cards are a small offline sample, so this is not evidence "
                 "either way: it means “not searched here”, not “does not exist”. Try another spelling or a "
                 "shorter part of the name; in real life, search the open web and the institution’s own site.")

_FIELDS = {"id", "about", "finding", "names", "claim", "articles", "summary", "caution", "sources"}
_SOURCE_FIELDS = ("publication", "date", "title")
_COLUMNS = ["card", "about", "finding", "summary", "sources", "claim", "caution", "articles"]


@dataclass(frozen=True)
class Source:
    """Where a card's facts come from."""

    publication: str
    date: str
    title: str
    url: str = ""

    def __str__(self) -> str:
        return f"{self.publication}, {self.date}, “{self.title}”"


@dataclass(frozen=True)
class Card:
    """One evidence card (see the module docstring for the fields)."""

    id: str
    about: str
    finding: str
    summary: str
    sources: tuple[Source, ...]
    names: tuple[str, ...] = ()
    claim: str = ""
    articles: tuple[str, ...] = ()
    caution: str = ""


class EvidenceError(KitError, ValueError):
    """The evidence-card file cannot be read; the message names the file, line and fix."""


def _clean(text: str) -> str:
    """Lower case, accents and punctuation removed, ``al-`` prefixes dropped, spaces collapsed.

    >>> _clean("Dr. Hisham Al-Hashimi’s")
    'dr hisham hashimi s'
    """
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"\b(?:al|el)[-\s]+(?=\w)", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def cards_path() -> Path:
    """The card file in use: ``$MEDIALIT_EVIDENCE`` if set, else the kit's own."""
    return Path(os.environ.get("MEDIALIT_EVIDENCE") or CARDS_FILE)


def load_cards(path: str | Path | None = None) -> list[Card]:
    """Every evidence card in the file (default: :func:`cards_path`).

    Raises :class:`EvidenceError` naming the file and line when a card lacks a field
    or a source lacks its publication, date or title.

    >>> cards = load_cards()
    >>> all(card.sources for card in cards)
    True
    """
    from .._yaml import YamlSyntaxError, line_of, load_with_lines

    path = Path(path) if path is not None else cards_path()
    try:
        data, lines = load_with_lines(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise EvidenceError(f"{path}: cannot read the evidence cards ({exc.strerror}); check the path "
                            "or unset MEDIALIT_EVIDENCE to use the kit's own cards") from None
    except YamlSyntaxError as exc:
        raise EvidenceError(f"{path}:{exc.line}: not valid YAML ({exc}); check the indentation and quotes "
                            "around text holding a colon") from None
    if not isinstance(data, list):
        raise EvidenceError(f"{path}:1: the file must be a list of cards, each starting with '- id: ...'")
    cards, seen = [], set()
    for i, raw in enumerate(data):
        where = f"{path}:{line_of(lines, (i,))}"
        if not isinstance(raw, dict):
            raise EvidenceError(f"{where}: each card must be a mapping of fields (id, about, finding, ...)")
        unknown = set(raw) - _FIELDS
        if unknown:
            raise EvidenceError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}; "
                                f"known fields: {', '.join(sorted(_FIELDS))}")
        for key in ("id", "about", "finding", "summary", "sources"):
            if not raw.get(key):
                raise EvidenceError(f"{where}: card {raw.get('id', i + 1)!s} has no '{key}'; every card needs "
                                    "id, about, finding, summary and at least one source")
        if raw["finding"] not in FINDINGS:
            raise EvidenceError(f"{path}:{line_of(lines, (i, 'finding'))}: finding must be one of "
                                f"{', '.join(FINDINGS)}, not {raw['finding']!r}")
        if raw["id"] in seen:
            raise EvidenceError(f"{where}: card id {raw['id']!r} is used twice; give each card its own id")
        seen.add(raw["id"])
        sources = []
        for j, src in enumerate(raw["sources"] if isinstance(raw["sources"], list) else [raw["sources"]]):
            missing = [k for k in _SOURCE_FIELDS if not isinstance(src, dict) or not str(src.get(k) or "").strip()]
            if missing:
                raise EvidenceError(f"{path}:{line_of(lines, (i, 'sources', j))}: a source of card {raw['id']} "
                                    f"has no {', '.join(missing)}; every source needs a publication, a date "
                                    "and a title")
            sources.append(Source(*(str(src[k]).strip() for k in _SOURCE_FIELDS), str(src.get("url") or "")))
        cards.append(Card(id=str(raw["id"]), about=str(raw["about"]).strip(), finding=raw["finding"],
                          summary=" ".join(str(raw["summary"]).split()), sources=tuple(sources),
                          names=tuple(str(n) for n in raw.get("names") or ()),
                          claim=str(raw.get("claim") or "").strip(),
                          articles=tuple(str(a) for a in raw.get("articles") or ()),
                          caution=" ".join(str(raw.get("caution") or "").split())))
    return cards


def _score(card: Card, query: str) -> int:
    """How well ``query`` (already cleaned) matches ``card``: 0 for no match."""
    names = [_clean(n) for n in card.names] + [_clean(card.about)]
    if query in names:
        return 3
    if any(re.search(rf"\b{re.escape(query)}\b", n) for n in names):
        return 2
    words = [w for w in query.split() if len(w) > 2 and w not in {"the", "and", "dr", "of"}]
    text = _clean(" ".join([card.about, card.summary, card.claim, *card.names]))
    if words and all(re.search(rf"\b{re.escape(w)}", text) for w in words):
        return 1
    return 0


def find_evidence(query: str, cards: list[Card] | None = None):
    """The evidence cards that match a name or claim, best first, as a DataFrame.

    Matching ignores case, accents, punctuation and ``al-`` prefixes, so "Hashimi",
    "al-Hashemi" and "Hisham Al-Hashimi" all work. An empty table means no card
    matches (see :data:`NOTHING_FOUND` for what that does and does not mean).

    Columns (all strings): ``card`` (id), ``about``, ``finding`` (``record``,
    ``no-trace`` or ``kit``), ``summary``, ``sources`` (each as "publication, date,
    “title”", separated by "; "), ``claim`` (the article's words the card bears on),
    ``caution``, ``articles`` (article ids, comma-separated).

    >>> find_evidence("Dr. Hamid Rezaei")[["card", "finding"]].values.tolist()
    [['hamid-rezaei', 'no-trace']]
    >>> len(find_evidence("Atlantis Institute"))
    0
    """
    import pandas as pd

    cards = load_cards() if cards is None else cards
    q = _clean(query or "")
    scored = [(s, i, c) for i, c in enumerate(cards) if q and (s := _score(c, q))]
    scored.sort(key=lambda t: (-t[0], t[1]))
    rows = [{"card": c.id, "about": c.about, "finding": c.finding, "summary": c.summary,
             "sources": "; ".join(str(s) for s in c.sources), "claim": c.claim, "caution": c.caution,
             "articles": ", ".join(c.articles)} for _, _, c in scored]
    return pd.DataFrame(rows, columns=_COLUMNS).astype("string")


def _card_html(card: Card) -> str:
    colour = {"record": "#0072B2", "no-trace": "#E69F00", "kit": "#009E73"}[card.finding]
    srcs = "".join(
        f"<li>{esc(s.publication)}, {esc(s.date)}, “{esc(s.title)}”"
        + (f' <a class="ml-url" href="{esc(s.url)}" target="_blank" rel="noopener noreferrer">{esc(s.url)}</a>'
           if s.url.startswith(("https://", "http://")) else f' <span class="ml-url">{esc(s.url)}</span>'
           if s.url else "") + "</li>" for s in card.sources)
    claim = f'<p class="ml-claim"><strong>Bears on:</strong> {esc(card.claim)}</p>' if card.claim else ""
    caution = f'<p class="ml-caution"><strong>Care:</strong> {esc(card.caution)}</p>' if card.caution else ""
    return (f'<article class="ml-card" style="border-left:5px solid {colour}" data-card="{esc(card.id)}">'
            f'<h4 class="ml-card-title">{esc(card.about)}</h4><p class="ml-finding"><strong>{esc(FINDINGS[card.finding])}.</strong></p>'
            f"{claim}<p>{esc(card.summary)}</p>{caution}<p><strong>Sources</strong></p><ul>{srcs}</ul></article>")


_CSS = """<style>
.ml-evidence{max-width:48em;font-family:var(--jp-content-font-family,system-ui,sans-serif);line-height:1.45}
.ml-evidence .ml-card{padding:.2em .9em;margin:.6em 0;background:var(--jp-layout-color2,#f6f7f9)}
.ml-evidence .ml-card h5{margin:.4em 0 .2em 0;font-size:1.05em}
.ml-evidence .ml-url{font-size:.9em;word-break:break-all;text-decoration:underline}
</style>"""


def results_html(query: str, cards: list[Card] | None = None) -> str:
    """The search results for ``query`` as escaped HTML (what the widget shows).

    >>> "No card matches" in results_html("<img src=x onerror=alert(1)>")
    True
    >>> "<img" in results_html("<img src=x onerror=alert(1)>")
    False
    """
    cards = load_cards() if cards is None else cards
    if not (query or "").strip():
        body = "<p>Type a name or a few words of a claim, then press <strong>Search</strong>.</p>"
    else:
        found = find_evidence(query, cards)["card"].tolist()
        by_id = {c.id: c for c in cards}
        head = (f"<p>{len(found)} card{'s' if len(found) != 1 else ''} for “{esc(query.strip())}”:</p>"
                if found else f"<p>Search for “{esc(query.strip())}”.</p><p>{esc(NOTHING_FOUND)}</p>")
        body = head + "".join(_card_html(by_id[i]) for i in found)
    return f'{_CSS}<div class="ml-evidence" role="status" aria-live="polite">{body}</div>'


def evidence_search_widget(query: str = "", cards: list[Card] | None = None):
    """The evidence search widget (what :func:`search_evidence` displays).

    Its parts are attributes: ``query`` (a Text box), ``button``, ``results`` (HTML).

    >>> w = evidence_search_widget()
    >>> w.query.value = "Bridges of Heritage"
    >>> w.button.click()
    >>> "No independent trace found" in w.results.value
    True
    """
    import ipywidgets as W

    cards = load_cards() if cards is None else cards
    box = W.Text(value=query, description="Search the evidence cards:", placeholder="a name or a claim, e.g. Hashimi",
                 style={"description_width": "initial"}, layout=W.Layout(width="34em"),
                 continuous_update=False)
    button = W.Button(description="Search", icon="search", button_style="primary",
                      tooltip="Search the kit's evidence cards for this name or claim")
    results = W.HTML(results_html(query, cards))

    def run(_=None):
        results.value = results_html(box.value, cards)

    button.on_click(run)
    box.observe(lambda change: run(), names="value")  # Enter (or leaving the box) also searches
    widget = W.VBox([W.HBox([box, button]), results])
    widget.add_class("ml-evidence-search")
    widget.query, widget.button, widget.results = box, button, results
    return widget


def search_evidence(query: str = "") -> None:
    """Display the evidence search: type a name or claim, press Search, read the cards.

    ``query`` fills the box and searches at once, e.g. ``search_evidence("Hashimi")``.
    In a terminal it prints what the search turns up:

    >>> search_evidence("Basra Peace Forum")  # doctest: +ELLIPSIS
    [basra-peace-forum] no-trace: No independent trace found outside the site...
    ...
    """
    from ..corpus.reader import _in_notebook

    if not _in_notebook():
        found = find_evidence(query)
        if found.empty:
            print(f"No card matches {query!r}. The cards are a small sample: no card is not evidence either way.")
        for row in found.itertuples():
            print(f"[{row.card}] {row.finding}: {row.summary}\n    sources: {row.sources}")
        return
    from IPython.display import display

    display(evidence_search_widget(query))
