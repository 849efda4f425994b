"""Grading: turn a student's answer into :class:`~medialit.exercises.feedback.Feedback`, one rule per type.

Two steps. :func:`normalize` reads whatever the student passed (any Python
object) into the exercise's shape, or explains what is expected with an example;
it never raises. :func:`grade` scores a normalized answer against the key:

``single_choice``  1 when the right key is chosen, else 0.
``multi_choice``   each right choice ticked earns one share, each wrong choice ticked
                   takes one share away (never below 0): hits minus false alarms.
``number``         1 when within the key's tolerance, else 0.
``pick``           F1 of precision (share of picks in the key) and recall (share of
                   the key picked); feedback names each missed and wrong pick.
``label``          share of paragraphs labelled as the key says.
``short_text``     not scored: saved, then the model answer and rubric are shown.

>>> from medialit.exercises.exercise import parse_exercise
>>> from medialit.exercises.key import parse_key
>>> ex, _ = parse_exercise("type: number\\nprompt: How many?\\n", "00-9-demo")
>>> key, _ = parse_key("answer: 3\\nwhy: []\\n", ex, "00-9-demo")
>>> grade(ex, key, 3.0, ArticleIndex()).status
'correct'
>>> normalize(ex, "three", ArticleIndex())[1]
'a number, like 3 or 2.5 (not in quotes)'
"""

from __future__ import annotations

import math
import numbers
import re
from dataclasses import dataclass, field
from typing import Any

from .schema import Exercise, Key
from .key import item_id, paragraph_id
from .feedback import Feedback, Item

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


def _status(score: float) -> str:
    return "correct" if score >= 1.0 else ("incorrect" if score <= 0.0 else "partial")


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


def _choice(ex: Exercise, x: Any) -> str:
    if not isinstance(x, str):
        raise _Shape("")
    s = x.strip().strip("()[]. ").strip()
    for key, text in ex.choices.items():
        if s.lower() == key.lower() or s.lower() == text.strip().lower():
            return key
    raise _Shape(f"one of the choice keys {', '.join(map(repr, ex.choices))}; {x[:40]!r} is not one of them")


def _norm_single(ex: Exercise, answer: Any, index) -> str:
    if isinstance(answer, (list, tuple, set, frozenset)) and len(answer) == 1:
        answer = next(iter(answer))
    return _choice(ex, answer)


def _norm_multi(ex: Exercise, answer: Any, index) -> list[str]:
    if isinstance(answer, str):
        parts = [p for p in re.split(r"[,;\s]+", answer.strip()) if p]
        if len(parts) == 1 and parts[0] not in ex.choices and all(c in ex.choices for c in parts[0]):
            parts = list(parts[0])  # "ac" -> ["a", "c"]
    elif isinstance(answer, (list, tuple, set, frozenset)):
        parts = list(answer)
    else:
        raise _Shape("")
    keys = [_choice(ex, p) for p in parts]
    return [k for k in ex.choices if k in keys]  # choice order, no duplicates


def _norm_number(ex: Exercise, answer: Any, index) -> float:
    if isinstance(answer, bool):
        raise _Shape("a number, like 3 or 2.5 (True and False are not numbers)")
    if isinstance(answer, str):
        try:
            answer = float(answer.strip().replace(",", ""))
        except ValueError:
            raise _Shape("") from None
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
    items = _as_list(answer)
    valid = index.paragraphs.get(ex.article, []) if ex.pick == "paragraphs" else index.sentences.get(ex.article, [])
    valid_set = set(valid)
    out = []
    for x in items:
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
    vocab = {k.lower(): k for k in ex.labels}
    out = {}
    for k, v in answer.items():
        pid = paragraph_id(k, ex.article or "")
        if pid is None or pid not in paras:
            raise _Shape(f"paragraphs to label: {', '.join(paras)}; {k!r} is not one of them")
        if v is None or (isinstance(v, str) and not v.strip()):
            continue  # left blank: counted as not labelled
        if not isinstance(v, str) or v.strip().lower() not in vocab:
            shown = v[:40] if isinstance(v, str) else type(v).__name__
            raise _Shape(f"labels from the list {', '.join(map(repr, ex.labels))}; {shown!r} is not one of them")
        out[pid] = vocab[v.strip().lower()]
    return {p: out[p] for p in paras if p in out}


def _norm_text(ex: Exercise, answer: Any, index) -> str:
    if not isinstance(answer, str):
        raise _Shape("")
    text = answer.strip()
    if not text:
        raise _Shape("your answer as text; this one is empty")
    return text[:MAX_TEXT]


_NORMALIZERS = {
    "single_choice": _norm_single,
    "multi_choice": _norm_multi,
    "number": _norm_number,
    "pick": _norm_pick,
    "label": _norm_label,
    "short_text": _norm_text,
}


def invalid(ex: Exercise, expected: str, index: ArticleIndex) -> Feedback:
    """Feedback for an answer of the wrong shape: what is expected, with an example."""
    return Feedback(ex.id, ex.type, "invalid", 0.0, ex.points,
                    "This is not an answer of the shape this exercise expects, so it was not scored "
                    "(it was saved anyway). Try again:", expected=expected, example=example(ex, index),
                    scored=False)


def key_labels(ex: Exercise, key: Key) -> dict[str, list[str]]:
    """The key of a label exercise: paragraph id -> accepted labels."""
    out = {}
    answer = key.answer if isinstance(key.answer, dict) else {}
    vocab = {k.lower(): k for k in ex.labels}
    for k, v in answer.items():
        pid = paragraph_id(k, ex.article or "")
        values = v if isinstance(v, list) else [v]
        out[pid] = [vocab.get(str(x).strip().lower(), str(x)) for x in values]
    return out


def grade(ex: Exercise, key: Key | None, value: Any, index: ArticleIndex) -> Feedback:
    """Score a normalized ``value``; with no ``key`` (a student copy), only say it was saved."""
    if ex.type == "short_text":
        return _grade_text(ex, key, value)
    if key is None:
        return Feedback(ex.id, ex.type, "saved", 0.0, ex.points,
                        "Saved. This is the student copy of the kit: your instructor scores the answers. "
                        + (f"Stuck? hint({ex.id!r}) gives a hint." if ex.hints else ""), scored=False)
    return _GRADERS[ex.type](ex, key, value, index)


def _why_text(key: Key, item: str | None = None) -> str:
    why = key.why
    if isinstance(why, dict):
        why = why.get(item) if item is not None else None
    if isinstance(why, list):
        why = " … ".join(str(w) for w in why if isinstance(w, (str, int, float)))
    return str(why) if isinstance(why, (str, int, float)) and str(why).strip() else ""


def _try_again(ex: Exercise) -> str:
    return f"Try again; hint({ex.id!r}) gives a hint." if ex.hints else "Try again."


def _grade_single(ex: Exercise, key: Key, value: str, index) -> Feedback:
    right = str(key.answer)
    if value == right:
        why = _why_text(key)
        msg = f"Right: {ex.choices.get(right, right)}." + (f" The article says: “{why}”" if why else "")
        return Feedback(ex.id, ex.type, "correct", 1.0, ex.points, msg)
    msg = ex.feedback.get(value) or f"Not {ex.choices.get(value, value)}."
    return Feedback(ex.id, ex.type, "incorrect", 0.0, ex.points, f"{msg} {_try_again(ex)}")


def _grade_multi(ex: Exercise, key: Key, value: list[str], index) -> Feedback:
    right = [str(k) for k in (key.answer if isinstance(key.answer, list) else [key.answer])]
    hits = [k for k in value if k in right]
    false_alarms = [k for k in value if k not in right]
    missed = [k for k in right if k not in value]
    if right:
        score = max(0.0, (len(hits) - len(false_alarms)) / len(right))
    else:
        score = 0.0 if false_alarms else 1.0
    items = []
    for k in ex.choices:
        if k in missed:
            items.append(Item(k, "missed", ex.choices[k], ex.feedback.get(k, "")))
        elif k in false_alarms:
            items.append(Item(k, "wrong", ex.choices[k], ex.feedback.get(k, "")))
    msg = (f"You ticked {len(hits)} of the {len(right)} right choices"
           f" and {len(false_alarms)} that do not apply (each one takes a share away).")
    if score >= 1.0:
        msg = "Right: you ticked every choice that applies and none that does not."
    return Feedback(ex.id, ex.type, _status(score), score, ex.points, msg, tuple(items))


def _grade_number(ex: Exercise, key: Key, value: float, index) -> Feedback:
    right = float(key.answer)
    unit = f" {ex.unit}" if ex.unit else ""
    if abs(value - right) <= key.tolerance + 1e-9:
        why = _why_text(key)
        return Feedback(ex.id, ex.type, "correct", 1.0, ex.points,
                        f"Right: {value:g}{unit}." + (f" The article says: “{why}”" if why else ""))
    msg = ""
    for wrong, text in ex.feedback.items():
        if abs(value - wrong) <= key.tolerance + 1e-9:
            msg = text
            break
    if not msg:
        msg = f"Not {value:g}{unit}."
    return Feedback(ex.id, ex.type, "incorrect", 0.0, ex.points, f"{msg} {_try_again(ex)}")


def _grade_pick(ex: Exercise, key: Key, value: list[str], index: ArticleIndex) -> Feedback:
    right = [item_id(k, ex.article or "", ex.pick) for k in (key.answer if isinstance(key.answer, list)
                                                            else [key.answer])]
    right = [r for r in right if r]
    hits = [i for i in value if i in right]
    wrong = [i for i in value if i not in right]
    missed = [i for i in right if i not in value]
    precision = len(hits) / len(value) if value else 0.0
    recall = len(hits) / len(right) if right else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if not right and not value:
        score = 1.0
    noun = "paragraphs" if ex.pick == "paragraphs" else "sentences"
    items = tuple([Item(i, "missed", index.quote(i), ex.feedback.get(i, "")) for i in missed]
                  + [Item(i, "wrong", index.quote(i), ex.feedback.get(i, "")) for i in wrong])
    if score >= 1.0:
        msg = f"Right: you picked all {len(right)} {noun} of the key and nothing else."
    else:
        msg = (f"You found {len(hits)} of the {len(right)} {noun} in the key (recall {recall:.0%}); "
               f"{len(hits)} of your {len(value)} picks are in the key (precision {precision:.0%}). "
               "Score: the balance of the two (F1).")
    return Feedback(ex.id, ex.type, _status(score), round(score, 6), ex.points, msg, items)


def _grade_label(ex: Exercise, key: Key, value: dict, index: ArticleIndex) -> Feedback:
    accepted = key_labels(ex, key)
    paras = _label_paragraphs(ex, index)
    items, right = [], 0
    for p in paras:
        ok = accepted.get(p, [])
        given = value.get(p)
        if given is not None and given in ok:
            right += 1
        elif given is None:
            items.append(Item(p, "unlabelled", index.quote(p), ex.feedback.get(p, "")))
        else:
            text = ex.feedback.get(p) or f"you said {given}; the key says {' or '.join(ok)}"
            items.append(Item(p, "mislabelled", index.quote(p), text))
    score = right / len(paras) if paras else 1.0
    msg = (f"Right: all {len(paras)} paragraphs labelled as the key does." if score >= 1.0 else
           f"{right} of {len(paras)} paragraphs labelled as the key does. The others:")
    return Feedback(ex.id, ex.type, _status(score), round(score, 6), ex.points, msg, tuple(items))


def _grade_text(ex: Exercise, key: Key | None, value: str) -> Feedback:
    lowered = value.lower()
    items = []
    for words, tip in ex.keywords:
        if not any(w in lowered for w in words):
            items.append(Item("hint", "note", "", tip))
    n_words = len(value.split())
    if ex.min_words and n_words < ex.min_words:
        items.insert(0, Item("length", "note", "", f"{n_words} words; a good answer takes at least "
                                                    f"{ex.min_words}. Add detail and check again."))
    if len(value) >= MAX_TEXT:
        items.insert(0, Item("length", "note", "", f"only the first {MAX_TEXT} characters were kept"))
    if key is None:
        msg = ("Saved. Short answers are scored by your instructor (this is the student copy of the kit, "
               "without model answers).")
        return Feedback(ex.id, ex.type, "saved", 0.0, ex.points, msg, tuple(items), scored=False)
    msg = ("Saved. Short answers are not scored automatically: compare yours with the model answer and the "
           "rubric below, improve it if you like (check again: every version is kept), and your instructor "
           "scores it.")
    return Feedback(ex.id, ex.type, "saved", 0.0, ex.points, msg, tuple(items),
                    model_answer=str(key.answer).strip(), rubric=key.rubric, scored=False)


_GRADERS = {
    "single_choice": _grade_single,
    "multi_choice": _grade_multi,
    "number": _grade_number,
    "pick": _grade_pick,
    "label": _grade_label,
}
