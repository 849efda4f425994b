"""Lexicon: the framing vocabulary the kit looks for, kept in editable files.

The lists live in ``medialit/analysis/lexicons/`` (one YAML or CSV file per list, each with a
``source`` note). An instructor can add words to a list, or add a whole list, without
touching any code; ``find_framing(article, lexicons=folder)`` also reads lists from a
folder of your own.

Lists that ship with the kit: hedges and boosters (Hyland 2005), loaded and evaluative
words (after SemEval-2020 Task 11's "Loaded Language"), stock phrases of the seed
template, self-describing persuasion ("subtly underscore"), and two frame vocabularies
(security and defence; culture and solidarity; after the Media Frames Corpus).

>>> sorted(load_lexicons())
['boosters', 'culture_frame', 'hedges', 'loaded', 'security_frame', 'self_describing', 'stock_phrases']
>>> f = find_framing("mosul", lists=["self_describing"])
>>> f[["paragraph", "text"]].values.tolist()
[[4, 'promoting a narrative'], [8, 'subtly underscore']]
"""

from __future__ import annotations

import csv
import functools
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from ._prefilter import Parts, fold
from ._text import as_article, typed
from ..corpus.tables import Article
from ..problems import KitError

#: The folder of lists that ship with the kit.
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


@dataclass(frozen=True)
class Lexicon:
    """One list of words: ``name``, ``label``, ``description``, ``source``, ``terms``."""

    name: str
    label: str
    description: str
    source: str
    terms: tuple[str, ...]
    path: str = ""

    def pattern(self) -> re.Pattern:
        """One regular expression matching every term (longest first, whole words, any case)."""
        return _compile(self.terms)


def _term_regex(term: str) -> str:
    """The regular expression of one term, without the word boundaries ("defens*" matches "defensive")."""
    words = []
    for w in term.replace("’", "'").split():
        if w == "...":
            words.append(r"(?:\S+\s+){0,3}?")
            continue
        star = w.endswith("*")
        w = re.escape(w.rstrip("*")).replace("'", "['’]")
        words.append(w + (r"[\w-]*" if star else "") + r"\s+")
    regex = "".join(words)
    return regex[:-3] if regex.endswith(r"\s+") else regex


@functools.lru_cache(maxsize=256)
def _compile(terms: tuple[str, ...]) -> re.Pattern:
    """One regular expression for a tuple of lexicon terms (compiled once per tuple).

    Longest terms first, whole words, any case. For speed the terms are grouped by their first
    letter behind a look-ahead on that letter, so at each place in the text only the terms that
    can start there are tried; the order within each group is the longest-first order, so the
    match found at any place is the same as with one flat list of alternatives.
    """
    ordered = sorted(set(terms), key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    groups: dict[str, list[str]] = {}
    for term in ordered:
        first = term.replace("’", "'")[:1].lower()
        groups.setdefault(first if first.isalnum() and first.isascii() else "", []).append(_term_regex(term))
    alts = [(f"(?=[{re.escape(k)}{re.escape(k.upper())}])" if k else "") + "(?:" + "|".join(v) + ")"
            for k, v in groups.items()]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.I)


@functools.lru_cache(maxsize=65536)
def _term_of(terms: tuple[str, ...], found: str) -> str:
    """The lexicon entry (longest first) that the words ``found`` match in full."""
    for t in sorted(set(terms), key=len, reverse=True):
        if _compile((t,)).fullmatch(found):
            return t
    return found.lower()


class LexiconError(KitError, ValueError):
    """A lexicon file cannot be read, or a list name does not exist (the message lists the names)."""


_CACHE: dict = {}


def _read_yaml(path: Path) -> Lexicon:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot be read as YAML ({exc}). Each list needs name, label, "
                           "description, source and terms (one per line, '- term').") from None
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise LexiconError(f"{path}: a lexicon file needs the fields name, label, description, source "
                           "and terms (a list, one '- term' per line).")
    missing = [k for k in ("name", "source") if not data.get(k)]
    if missing:
        raise LexiconError(f"{path}: missing {', '.join(missing)}; every list needs a name and a source note "
                           "saying where its words come from.")
    terms = tuple(str(t).strip().lower() for t in data["terms"] if str(t).strip())
    return Lexicon(str(data["name"]), str(data.get("label") or data["name"]),
                   str(data.get("description") or ""), str(data["source"]), terms, str(path))


def _read_csv(path: Path) -> Lexicon:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    need = {"name", "source", "term"}
    if not rows or not need <= set(rows[0]):
        raise LexiconError(f"{path}: a CSV lexicon needs the header name,label,description,source,term "
                           "and one term per row.")
    first = rows[0]
    if not first["name"] or not first["source"]:
        raise LexiconError(f"{path}: the first row must give the list's name and its source note.")
    terms = tuple(r["term"].strip().lower() for r in rows if (r.get("term") or "").strip())
    return Lexicon(first["name"], first.get("label") or first["name"], first.get("description") or "",
                   first["source"], terms, str(path))


def load_lexicons(folder: "str | Path | None" = None) -> dict[str, Lexicon]:
    """Every list in ``folder`` (default: the kit's ``medialit/analysis/lexicons/``), by name.

    >>> hedges = load_lexicons()["hedges"]
    >>> "may" in hedges.terms, hedges.source.startswith("Selected from the hedges")
    (True, True)
    """
    folder = Path(folder) if folder is not None else LEXICON_DIR
    if not folder.is_dir():
        raise LexiconError(f"There is no lexicon folder {str(folder)!r}; give a folder of .yaml/.csv lists "
                           f"(the kit's own is {LEXICON_DIR}).")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml", ".csv"))
    stamp = (str(folder), tuple((p.name, p.stat().st_mtime_ns) for p in files))
    if stamp not in _CACHE:
        found: dict[str, Lexicon] = {}
        for p in files:
            lex = _read_csv(p) if p.suffix.lower() == ".csv" else _read_yaml(p)
            if lex.name in found:
                raise LexiconError(f"{p}: the list name {lex.name!r} is already used by {found[lex.name].path}; "
                                   "give each list its own name.")
            found[lex.name] = lex
        _CACHE[stamp] = found
    return dict(_CACHE[stamp])


def _pick(lexicons: dict[str, Lexicon], lists: Iterable[str] | None) -> list[Lexicon]:
    if lists is None:
        return list(lexicons.values())
    if isinstance(lists, str):
        lists = [lists]
    chosen = []
    for name in lists:
        if name not in lexicons:
            close = difflib.get_close_matches(name, lexicons, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise LexiconError(f"There is no lexicon list {name!r}.{hint} The lists are: {', '.join(lexicons)}.")
        chosen.append(lexicons[name])
    return chosen


#: Columns of :func:`find_framing` (name -> dtype).
COLUMNS = {
    "article_id": "string", "paragraph": "int64", "sentence_id": "string", "list": "string",
    "label": "string", "term": "string", "text": "string", "start": "int64", "end": "int64",
    "reason": "string",
}


def find_framing(article: "str | Path | Article", lists: "Iterable[str] | str | None" = None, *,
                 lexicons: "str | Path | dict | None" = None) -> pd.DataFrame:
    """Every framing word or phrase from the lexicon lists, where it occurs in the article.

    ``article`` is an id, an Article or a path; ``lists`` picks lists by name (default: all);
    ``lexicons`` is a folder of your own lists or a dict from :func:`load_lexicons`.
    One row per occurrence; columns:

    ``article_id`` (string); ``paragraph`` (int64); ``sentence_id`` (string);
    ``list`` (string): the list's name, e.g. ``hedges``; ``label`` (string): its label;
    ``term`` (string): the lexicon entry that matched (``underscor*``);
    ``text`` (string): the words as written; ``start``, ``end`` (int64): offsets into the article text;
    ``reason`` (string): what this kind of word does, from the list's description.

    >>> f = find_framing("qom", lists="security_frame")
    >>> f.groupby("paragraph").size().to_dict()
    {6: 1, 7: 2}
    """
    return typed(framing_rows(article, lists, lexicons=lexicons), COLUMNS)


#: Per article (id and text), the rows each lexicon list found there, for the last few articles:
#: the seam check (:mod:`.stance`) and :func:`find_framing` look for the same lists in the same article.
_ROWS: dict = {}


def framing_rows(article: "str | Path | Article", lists: "Iterable[str] | str | None" = None, *,
                 lexicons: "str | Path | dict | None" = None) -> list[dict]:
    """The rows of :func:`find_framing` as dicts, in its order (each list looked for once per article)."""
    if isinstance(lexicons, dict):
        table = lexicons
    else:
        table = load_lexicons(lexicons)
    chosen = _pick(table, lists)
    art = as_article(article)
    key = (art.id, art.text)
    found = _ROWS.get(key)
    if found is None:
        if len(_ROWS) >= 16:
            _ROWS.pop(next(iter(_ROWS)))
        # a list is looked for only in paragraphs holding a word it needs
        found = _ROWS[key] = {None: Parts([fold(para.text) for para in art.paragraphs])}
    rows = []
    for lex in chosen:
        if lex not in found:
            found[lex] = _rows_of(art, lex, found[None])
        rows += found[lex]
    rows.sort(key=lambda r: (r["start"], r["list"]))
    return rows


def _rows_of(art: Article, lex: Lexicon, parts: Parts) -> list[dict]:
    text = art.text
    rows = []
    rx = lex.pattern()
    where = parts.where(rx)  # the paragraphs holding a word the list needs
    for k, para in enumerate(art.paragraphs):
        if where is not None and k not in where:
            continue
        for m in rx.finditer(text, para.start, para.end):
            term = _term_of(lex.terms, m.group())
            at = m.start()
            sent = next((x for x in para.sentences if x.start <= at < x.end), None)
            rows.append(dict(article_id=art.id, paragraph=para.n, sentence_id=sent.id if sent else para.id,
                             list=lex.name, label=lex.label, term=term, text=m.group(), start=m.start(),
                             end=m.end(), reason=lex.description))
    return rows
