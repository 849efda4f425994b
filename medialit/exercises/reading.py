"""Reading answers as the student meant them: one layer used by every answer type.

Students type on phones, in word processors and on keyboards set up for other
languages. Before anything is compared with a key, the typed text goes through
these steps (each is a function here, and ``tests/exercises/test_reading.py``
holds a golden table of ``(type, typed answer, reading)``):

``fold``        Unicode NFKC normalisation (full-width letters, ligatures, non-breaking
                spaces), curly quotes and apostrophes folded to ``'`` and ``"``, dashes
                to ``-``, runs of white space to one space, ends stripped.
``choice``      a choice key (``b``, ``(b)``, ``B.``) or the exact text of a choice,
                with or without its final full stop, in any case.
``number``      ``3``, ``2.5``, ``0,31`` (a decimal comma), ``1,200`` refused as unclear
                (write ``1200`` or ``1.2``), ``31 %`` read as 31.
``label``       a label in any case, with hyphens, underscores or spaces alike
                (``nut graf`` is ``nut-graf``), or one of the label's synonyms.
``has_word``    whole-word matching of a keyword (or phrase) in a written answer:
                ``author`` is not found in ``authorities``; a keyword ending in ``*``
                matches any ending (``quot*`` finds ``quoted``).

Each reader returns the reading, or raises :class:`Unreadable` with a message
saying how to write the answer (never a silent guess).

>>> fold("can’t  “quote”")
'can\\'t "quote"'
>>> number("0,31")
0.31
>>> has_word("The authorities said so", "author")
False
"""

from __future__ import annotations

import functools
import math
import numbers
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .key import item_id, paragraph_id
from .schema import Exercise

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "\u0060": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})


class Unreadable(ValueError):
    """The typed answer cannot be read as this type; the message says how to write it."""


@functools.lru_cache(maxsize=8192)  # pure; a class's answers repeat the same labels and choices
def fold(text: str) -> str:
    """The text with Unicode normalised (NFKC), quotes, apostrophes and dashes folded, spaces collapsed.

    >>> fold("\\uff11\\u00a0dr. al\\u2011maliki\\u2019s")
    "1 dr. al-maliki's"
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


@functools.lru_cache(maxsize=8192)
def _bare(text: str) -> str:
    """Folded, lower case, without wrapping brackets/quotes and without a final full stop."""
    s = fold(text).lower()
    s = s.strip("()[]{}\"' ")
    return s[:-1].rstrip() if s.endswith(".") else s


def choice(text: str, choices: dict) -> str:
    """The choice key meant by ``text``: a key or a choice's full text (final full stop optional).

    >>> choice("B.", {"a": "Basra", "b": "Qom"}), choice("qom", {"a": "Basra", "b": "Qom."})
    ('b', 'b')
    """
    s = _bare(text)
    for key, value in choices.items():
        if s == _bare(str(key)) or s == _bare(str(value)):
            return key
    raise Unreadable(f"one of the choice keys {', '.join(map(repr, choices))}; "
                     f"{fold(text)[:40]!r} is not one of them")


_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(,\d{3})+$")
_DECIMAL_COMMA = re.compile(r"^-?\d+,\d+$")


def number(text: str) -> float:
    """The number meant by ``text``; a decimal comma reads as a decimal point.

    >>> number(" 12 "), number("2,5"), number("0.31"), number("31 %")
    (12.0, 2.5, 0.31, 31.0)
    >>> number("1,200")
    Traceback (most recent call last):
    ...
    medialit.exercises.reading.Unreadable: a number written without a comma: 1200 or 1.2 (write decimals with a point)
    """
    s = fold(text).replace(" ", "")
    if s.endswith("%"):
        s = s[:-1]
    if _THOUSANDS.match(s):
        whole = s.replace(",", "")
        point = s.replace(",", ".", 1) if s.count(",") == 1 else None
        other = f" or {float(point):g} (write decimals with a point)" if point else ""
        raise Unreadable(f"a number written without a comma: {whole}{other}")
    if _DECIMAL_COMMA.match(s):
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        raise Unreadable("") from None


@functools.lru_cache(maxsize=4096)
def _label_form(text: str) -> str:
    return re.sub(r"[\s_-]+", "-", _bare(text))


def label(text: str, labels, synonyms: dict | None = None) -> str | None:
    """The label meant by ``text`` (case, spaces, hyphens and underscores alike), or ``None`` if off the list.

    ``synonyms`` maps a label to other words that mean it (from the exercise file).

    >>> label("Nut graf", ["lede", "nut-graf"]), label("lead", ["lede"], {"lede": ["lead"]}), label("x", ["lede"])
    ('nut-graf', 'lede', None)
    """
    return _label_table(labels, synonyms).get(_label_form(text))


_LABEL_TABLES: dict[tuple[int, int], tuple] = {}  # (id(labels), id(synonyms)) -> (labels, synonyms, table)


def _label_table(labels, synonyms) -> dict[str, str]:
    """Written form -> label (labels first, then synonyms; the first found wins), once per exercise.

    The cache holds ``labels`` and ``synonyms`` themselves, so their ids are not reused meanwhile."""
    hit = _LABEL_TABLES.get((id(labels), id(synonyms)))
    if hit is not None and hit[0] is labels and hit[1] is synonyms:
        return hit[2]
    table: dict[str, str] = {}
    for lab in labels:
        table.setdefault(_label_form(lab), lab)
    for lab, words in (synonyms or {}).items():
        for w in words:
            table.setdefault(_label_form(w), lab)
    if len(_LABEL_TABLES) > 256:
        _LABEL_TABLES.clear()
    _LABEL_TABLES[(id(labels), id(synonyms))] = (labels, synonyms, table)
    return table


@functools.lru_cache(maxsize=2048)  # an exercise's keywords, compiled once (not once per answer checked)
def _word_regex(word: str) -> re.Pattern:
    w = fold(word).lower()
    body = r"\s+".join(re.escape(part) for part in w.rstrip("*").split())
    return re.compile(rf"(?<!\w){body}" + ("" if w.endswith("*") else r"(?!\w)"))


#: One answer is searched for every keyword of its exercise in turn: fold it once.
_folded_lower = functools.lru_cache(maxsize=256)(lambda text: fold(text).lower())


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` (or phrase) is in ``text`` as a whole word, after folding; ``word*`` matches any ending.

    >>> has_word("He can’t say", "can't"), has_word("quoted twice", "quot*"), has_word("authors", "author")
    (True, True, False)
    """
    return _word_regex(word).search(_folded_lower(text)) is not None


def text(value: str) -> str:
    """A written answer as saved and read: Unicode composed (NFC), ends stripped; otherwise as typed.

    >>> text("  cafe\\u0301 ")
    'café'
    """
    return unicodedata.normalize("NFC", value).strip()


# ------------------------------------------------------------------ answers of each type

#: Longest answer text kept (a longer text is cut, and the feedback says so).
MAX_TEXT = 20_000
_QUOTE_LEN = 240


@dataclass
class ArticleIndex:
    """The article text the grader needs: every paragraph and sentence by id.

    >>> idx = ArticleIndex.from_corpus()
    >>> idx.text["mosul:p4:s2"][:30]
    'Notably, these forums have als'
    """

    text: dict = field(default_factory=dict)        # id -> text (paragraphs and sentences)
    paragraphs: dict = field(default_factory=dict)  # article id -> [paragraph ids]
    sentences: dict = field(default_factory=dict)   # article id -> [sentence ids]
    articles: dict = field(default_factory=dict)    # article id -> full text

    @classmethod
    def from_corpus(cls, corpus=None) -> "ArticleIndex":
        if corpus is None:
            from ..corpus.loader import load_corpus

            corpus = load_corpus(warn=False)
        idx = cls()
        for art in corpus:
            idx.articles[art.id] = art.text
            idx.paragraphs[art.id] = [p.id for p in art.paragraphs]
            idx.sentences[art.id] = [s.id for p in art.paragraphs for s in p.sentences]
            for p in art.paragraphs:
                idx.text[p.id] = p.text
                for s in p.sentences:
                    idx.text[s.id] = s.text
        return idx

    def quote(self, item: str) -> str:
        text = self.text.get(item, "")
        return text if len(text) <= _QUOTE_LEN else text[:_QUOTE_LEN - 1].rstrip() + "…"


def example(ex: Exercise, index: ArticleIndex) -> str:
    """A runnable example answer of the right shape (not the key).

    >>> from medialit.exercises.exercise import parse_exercise
    >>> ex, _ = parse_exercise("type: single_choice\\nprompt: Which?\\nchoices: {a: x, b: y}\\n", "00-9-demo")
    >>> example(ex, ArticleIndex())
    "check('00-9-demo', 'a')"
    """
    eid = repr(ex.id)
    keys = list(ex.choices)
    art = ex.article or "mosul"
    if ex.type == "single_choice":
        return f"check({eid}, {keys[0]!r})" if keys else f"check({eid}, 'a')"
    if ex.type == "multi_choice":
        return f"check({eid}, {keys[:2]!r})"
    if ex.type == "number":
        return f"check({eid}, 12)"  # the form of an answer, never a key (keys are not read here)
    if ex.type == "pick":
        if ex.pick == "paragraphs":
            ids = (index.paragraphs.get(art) or [f"{art}:p1", f"{art}:p2"])[:2]
        else:
            ids = (index.sentences.get(art) or [f"{art}:p1:s1", f"{art}:p2:s1"])[:2]
        return f"check({eid}, {ids!r})"
    if ex.type == "label":
        labels = list(ex.labels) or ["scene"]
        paras = list(ex.paragraphs) or (index.paragraphs.get(art) or [f"{art}:p1", f"{art}:p2"])
        pairs = {p: labels[i % len(labels)] for i, p in enumerate(paras[:2])}
        return f"check({eid}, {pairs!r})"
    return f"check({eid}, \"In my own words: ...\")"


def _expected(ex: Exercise, index: ArticleIndex) -> str:
    if ex.type == "single_choice":
        return f"one choice key, as text: one of {', '.join(map(repr, ex.choices))}"
    if ex.type == "multi_choice":
        return f"a list of choice keys (every one that applies), from {', '.join(map(repr, ex.choices))}"
    if ex.type == "number":
        return "a number, like 3 or 2.5 (not in quotes)"
    if ex.type == "pick":
        what = "paragraph ids like 'mosul:p4'" if ex.pick == "paragraphs" else "sentence ids like 'mosul:p4:s2'"
        return f"a list of {what.replace('mosul', ex.article or 'mosul')} from the article {ex.article}"
    if ex.type == "label":
        return (f"a dict from paragraph id to label, one of {', '.join(map(repr, ex.labels))} "
                f"(or a list of labels, one per paragraph in order)")
    return "your answer as text (a few sentences, in quotes)"


def normalize(ex: Exercise, answer: Any, index: ArticleIndex) -> tuple[Any, str | None]:
    """Read ``answer`` into the exercise's shape: ``(value, None)``, or ``(None, what is expected)``.

    Never raises, whatever ``answer`` is.

    >>> from medialit.exercises.exercise import parse_exercise
    >>> ex, _ = parse_exercise("type: multi_choice\\nprompt: Which?\\nchoices: {a: x, b: y}\\n", "00-9-demo")
    >>> normalize(ex, "a, B", ArticleIndex())
    (['a', 'b'], None)
    """
    try:
        value = _NORMALIZERS[ex.type](ex, answer, index)
    except _Shape as exc:
        return None, exc.args[0] if exc.args and exc.args[0] else _expected(ex, index)
    except Exception:  # an object whose methods misbehave: still just "not the expected shape"
        return None, _expected(ex, index)
    return value, None


class _Shape(Exception):
    """The answer does not have the expected shape (message: what is expected)."""


def _read(reader, *args):
    try:
        return reader(*args)
    except Unreadable as exc:
        raise _Shape(str(exc)) from None


def _choice(ex: Exercise, x: Any) -> str:
    if not isinstance(x, str):
        raise _Shape("")
    return _read(choice, x, ex.choices)


def _norm_single(ex: Exercise, answer: Any, index) -> str:
    if isinstance(answer, (list, tuple, set, frozenset)) and len(answer) == 1:
        answer = next(iter(answer))
    return _choice(ex, answer)


def _norm_multi(ex: Exercise, answer: Any, index) -> list[str]:
    if isinstance(answer, str):
        whole = fold(answer)
        try:
            return [choice(whole, ex.choices)]  # one choice, written out in full
        except Unreadable:
            pass
        parts = [p for p in re.split(r"\s*[,;]\s*", whole) if p]
        if any(" " in p for p in parts) and not all(_is_choice(ex, p) for p in parts):
            parts = [q for p in parts for q in p.split()]  # "a c"
        if len(parts) == 1 and parts[0] not in ex.choices and all(c in ex.choices for c in parts[0]):
            parts = list(parts[0])  # "ac" -> ["a", "c"]
    elif isinstance(answer, (list, tuple, set, frozenset)):
        parts = list(answer)
    else:
        raise _Shape("")
    keys = [_choice(ex, p) for p in parts]
    return [k for k in ex.choices if k in keys]  # choice order, no duplicates


def _is_choice(ex: Exercise, text: str) -> bool:
    try:
        choice(text, ex.choices)
    except Unreadable:
        return False
    return True


def _norm_number(ex: Exercise, answer: Any, index) -> float:
    if isinstance(answer, bool):
        raise _Shape("a number, like 3 or 2.5 (True and False are not numbers)")
    if isinstance(answer, str):
        answer = _read(number, answer)
    if not isinstance(answer, numbers.Real):
        raise _Shape("")
    value = float(answer)
    if not math.isfinite(value):
        raise _Shape("a finite number, like 3 or 2.5")
    return value


def _as_list(answer: Any) -> list:
    if isinstance(answer, (str, int)) and not isinstance(answer, bool):
        return [answer]
    if isinstance(answer, (list, tuple, set, frozenset)):
        return list(answer)
    raise _Shape("")


def _norm_pick(ex: Exercise, answer: Any, index: ArticleIndex) -> list[str]:
    # ("mosul:p4:s1, mosul:p4:s2" typed as one string, as a multiple choice takes "a, c": ids hold no comma or space)
    items = [x for x in re.split(r"[\s,;]+", answer) if x] if isinstance(answer, str) else _as_list(answer)
    valid = index.paragraphs.get(ex.article, []) if ex.pick == "paragraphs" else index.sentences.get(ex.article, [])
    valid_set = set(valid)
    out = []
    for x in items:
        x = fold(x).lower() if isinstance(x, str) else x
        iid = item_id(x, ex.article or "", ex.pick)
        if iid is None:
            if ex.pick == "sentences" and paragraph_id(x, ex.article or "") is not None:
                raise _Shape(f"sentence ids like '{ex.article}:p4:s2'; {x!r} is a whole paragraph, so pick "
                             "its sentences one by one")
            raise _Shape("")
        if iid not in valid_set:
            where = iid.split(":", 1)[0]
            if where != ex.article:
                raise _Shape(f"ids from the article {ex.article!r}; {iid!r} is from another article")
            last = valid[-1] if valid else "?"
            raise _Shape(f"ids that exist in {ex.article}: {valid[0] if valid else '?'} to {last}; "
                         f"there is no {iid!r}")
        if iid not in out:
            out.append(iid)
    return sorted(out, key=lambda i: valid.index(i))


def _label_paragraphs(ex: Exercise, index: ArticleIndex) -> list[str]:
    return list(ex.paragraphs) or list(index.paragraphs.get(ex.article, []))


def _norm_label(ex: Exercise, answer: Any, index: ArticleIndex) -> dict[str, str]:
    paras = _label_paragraphs(ex, index)
    if hasattr(answer, "to_dict") and not isinstance(answer, dict):
        answer = answer.to_dict()
    if isinstance(answer, (list, tuple)):
        if len(answer) != len(paras):
            raise _Shape(f"a list of exactly {len(paras)} labels (one per paragraph, in order), "
                         f"or a dict from paragraph id to label; this list has {len(answer)}")
        answer = dict(zip(paras, answer))
    if not isinstance(answer, dict):
        raise _Shape("")
    out = {}
    for k, v in answer.items():
        pid = paragraph_id(k, ex.article or "")
        if pid is None or pid not in paras:
            raise _Shape(f"paragraphs to label: {', '.join(paras)}; {k!r} is not one of them")
        if v is None or (isinstance(v, str) and not v.strip()):
            continue  # left blank: counted as not labelled
        if not isinstance(v, str):
            raise _Shape(f"labels as text, from the list {', '.join(map(repr, ex.labels))}; "
                         f"paragraph {pid.rsplit(':p', 1)[-1]} has {type(v).__name__}")
        # a word off the list is kept as typed (folded) and named in the feedback, not a reason to refuse
        out[pid] = label(v, ex.labels, ex.synonyms) or fold(v)[:40]
    return {p: out[p] for p in paras if p in out}


def _norm_text(ex: Exercise, answer: Any, index) -> str:
    if not isinstance(answer, str):
        raise _Shape("")
    written = text(answer)
    if not written:
        raise _Shape("your answer, written out; this one is empty")
    return written[:MAX_TEXT]


_NORMALIZERS = {
    "single_choice": _norm_single,
    "multi_choice": _norm_multi,
    "number": _norm_number,
    "pick": _norm_pick,
    "label": _norm_label,
    "short_text": _norm_text,
}


