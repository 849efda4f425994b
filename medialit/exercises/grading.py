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

Each rule is one ``_tally_*`` function returning the score and what the wording needs;
:func:`grade` words the result, :func:`score` returns the score alone (the live class view
scores a whole class with it), so the two always agree.

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

from typing import Any

from .._quoting import quoted
from .schema import Exercise, Key
from .key import item_id, paragraph_id
from .feedback import Feedback, Item, plural, sentence
from . import reading
from .reading import MAX_TEXT, ArticleIndex, _label_paragraphs, example, normalize  # noqa: F401 (re-exported)

def _status(score: float) -> str:
    return "correct" if score >= 1.0 else ("incorrect" if score <= 0.0 else "partial")

def invalid(ex: Exercise, expected: str, index: ArticleIndex, specific: bool = False) -> Feedback:
    """Feedback for an answer of the wrong shape: what is expected, with an example.

    ``specific``: ``expected`` says what was wrong with this answer (shown in the widget
    too); otherwise the widget shows :func:`expected_in_widget` instead of code-shaped advice.
    """
    return Feedback(ex.id, ex.type, "invalid", 0.0, ex.points,
                    "This answer could not be read, so it was not scored (it was saved anyway). Try again:",
                    expected=expected, example=example(ex, index), scored=False, has_hints=bool(ex.hints),
                    widget_expected=expected if specific else expected_in_widget(ex))


def expected_in_widget(ex: Exercise) -> str:
    """What an answer looks like, said for someone using the exercise's widget (no code)."""
    return {"single_choice": "choose one of the options",
            "multi_choice": "tick every option that applies",
            "number": "a number, like 3 or 2.5, written with digits",
            "pick": "tick the sentences or paragraphs you pick",
            "label": "choose a label from the menu for each paragraph",
            }.get(ex.type, "your answer in your own words")


_KEY_LABELS: dict[tuple[int, int], tuple] = {}  # (id(ex), id(key)) -> (ex, key, labels): a class re-checks one key


def key_labels(ex: Exercise, key: Key) -> dict[str, list[str]]:
    """The key of a label exercise: paragraph id -> accepted labels (the key's synonyms included)."""
    hit = _KEY_LABELS.get((id(ex), id(key)))
    if hit is not None and hit[0] is ex and hit[1] is key:
        return hit[2]
    if len(_KEY_LABELS) > 256:
        _KEY_LABELS.clear()
    out = _key_labels(ex, key)
    _KEY_LABELS[(id(ex), id(key))] = (ex, key, out)
    return out


def _key_labels(ex: Exercise, key: Key) -> dict[str, list[str]]:
    out = {}
    answer = key.answer if isinstance(key.answer, dict) else {}
    for k, v in answer.items():
        pid = paragraph_id(k, ex.article or "")
        values = v if isinstance(v, list) else [v]
        out[pid] = [reading.label(str(x), ex.labels, ex.synonyms) or str(x) for x in values]
    return out


def grade(ex: Exercise, key: Key | None, value: Any, index: ArticleIndex, *, reveal: bool = True) -> Feedback:
    """Score a normalized ``value``; with no ``key`` (a student copy), only say it was saved.

    ``reveal`` (short answers only): show the model answer (after a real attempt).
    """
    if ex.type == "short_text":
        return _grade_text(ex, key, value, reveal)
    if key is None:
        return Feedback(ex.id, ex.type, "saved", 0.0, ex.points,
                        "Saved. This is the student copy of the kit: your instructor scores the answers.",
                        scored=False, has_hints=bool(ex.hints))
    return _GRADERS[ex.type](ex, key, value, index)


def score(ex: Exercise, key: Key | None, value: Any, index: ArticleIndex) -> float | None:
    """The score :func:`grade` gives a normalized ``value`` (0.0 to 1.0), without building its wording.

    ``None`` where ``grade`` scores nothing (a short answer, or no key). Each type's rule is one
    ``_tally_*`` function that ``grade`` calls too, so the two cannot disagree; this is what the
    live class view uses to score a whole class in well under a second.

    >>> from medialit.exercises.exercise import parse_exercise
    >>> from medialit.exercises.key import parse_key
    >>> ex, _ = parse_exercise("type: multi_choice\\nprompt: Which?\\nchoices: {a: x, b: y, c: z}\\n", "00-9-demo")
    >>> key, _ = parse_key("answer: [a, b]\\nwhy: []\\n", ex, "00-9-demo")
    >>> score(ex, key, ["a", "c"], ArticleIndex()), grade(ex, key, ["a", "c"], ArticleIndex()).score
    (0.0, 0.0)
    >>> score(ex, key, ["a"], ArticleIndex()), grade(ex, key, ["a"], ArticleIndex()).score
    (0.5, 0.5)
    """
    if ex.type == "short_text" or key is None:
        return None
    return _TALLIES[ex.type](ex, key, value, index)[0]


def _why_text(key: Key, item: str | None = None) -> str:
    why = key.why
    if isinstance(why, dict):
        why = why.get(item) if item is not None else None
    if isinstance(why, list):
        why = " … ".join(str(w) for w in why if isinstance(w, (str, int, float)))
    return str(why) if isinstance(why, (str, int, float)) and str(why).strip() else ""


def _all(n: int, noun: str) -> str:
    """ "all 3 sentences", "both paragraphs", "the one sentence"."""
    return f"both {noun}" if n == 2 else f"the one {noun[:-1]}" if n == 1 else f"all {n} {noun}"


def _says(why: str, ex: Exercise | None = None) -> str:
    """The quote that justifies a right answer ("The articles say" when it comes from several)."""
    several = ex is not None and not ex.article and " … " in why
    return f" The {'articles say' if several else 'article says'}: {quoted(why)}" if why else ""

def _try_again(ex: Exercise) -> str:
    """What follows a wrong answer (kept for callers that build their own message; the hint
    line comes from :class:`Feedback` itself, worded for the widget or for code)."""
    return "Try again."


def _wrong(ex: Exercise, message: str, score: float = 0.0, items: tuple = ()) -> Feedback:
    return Feedback(ex.id, ex.type, _status(score), score, ex.points, f"{sentence(message)} Try again.",
                    items, has_hints=bool(ex.hints))


def _tally_single(ex: Exercise, key: Key, value: str, index) -> tuple:
    right = str(key.answer)
    return (1.0 if value == right else 0.0), right


def _grade_single(ex: Exercise, key: Key, value: str, index) -> Feedback:
    score, right = _tally_single(ex, key, value, index)
    if score >= 1.0:
        msg = f"Right: {sentence(ex.choices.get(right, right))}{_says(_why_text(key), ex)}"
        return Feedback(ex.id, ex.type, "correct", 1.0, ex.points, msg)
    return _wrong(ex, ex.feedback.get(value) or f"Not “{sentence(ex.choices.get(value, value))}”")


def _tally_multi(ex: Exercise, key: Key, value: list[str], index) -> tuple:
    right = [str(k) for k in (key.answer if isinstance(key.answer, list) else [key.answer])]
    hits = [k for k in value if k in right]
    false_alarms = [k for k in value if k not in right]
    if right:
        score = max(0.0, (len(hits) - len(false_alarms)) / len(right))
    else:
        score = 0.0 if false_alarms else 1.0
    return (1.0 if score >= 1.0 else score), right, hits, false_alarms


def _grade_multi(ex: Exercise, key: Key, value: list[str], index) -> Feedback:
    score, right, hits, false_alarms = _tally_multi(ex, key, value, index)
    missed = [k for k in right if k not in value]
    items = []
    for k in ex.choices:
        if k in missed:
            items.append(Item(k, "missed", ex.choices[k], ex.feedback.get(k, "")))
        elif k in false_alarms:
            items.append(Item(k, "wrong", ex.choices[k], ex.feedback.get(k, "")))
    if score >= 1.0:
        return Feedback(ex.id, ex.type, "correct", 1.0, ex.points,
                        "Right: you ticked every choice that applies and none that does not.")
    n_right = plural(len(right), "right choices")
    msg = (f"You ticked {len(hits)} of the {n_right} and {len(false_alarms)} that "
           f"{'does' if len(false_alarms) == 1 else 'do'} not apply (each one takes a share away)")
    return _wrong(ex, msg, score, tuple(items))


def _tally_number(ex: Exercise, key: Key, value: float, index) -> tuple:
    return (1.0 if abs(value - float(key.answer)) <= key.tolerance + 1e-9 else 0.0),


def _grade_number(ex: Exercise, key: Key, value: float, index) -> Feedback:
    if _tally_number(ex, key, value, index)[0] >= 1.0:
        return Feedback(ex.id, ex.type, "correct", 1.0, ex.points,
                        f"Right: {plural(value, ex.unit)}.{_says(_why_text(key), ex)}")
    msg = ""
    for wrong, text in ex.feedback.items():
        if abs(value - wrong) <= key.tolerance + 1e-9:
            msg = text
            break
    return _wrong(ex, msg or f"Not {plural(value, ex.unit)}")


def key_items(ex: Exercise, key: Key) -> list[str]:
    """The key of a pick exercise as full sentence (or paragraph) ids, in the key's order."""
    hit = _KEY_ITEMS.get((id(ex), id(key)))
    if hit is not None and hit[0] is ex and hit[1] is key:
        return hit[2]
    if len(_KEY_ITEMS) > 256:
        _KEY_ITEMS.clear()
    right = [item_id(k, ex.article or "", ex.pick) for k in (key.answer if isinstance(key.answer, list)
                                                            else [key.answer])]
    right = [r for r in right if r]
    _KEY_ITEMS[(id(ex), id(key))] = (ex, key, right)
    return right


_KEY_ITEMS: dict[tuple[int, int], tuple] = {}  # (id(ex), id(key)) -> (ex, key, ids), as _KEY_LABELS


def _tally_pick(ex: Exercise, key: Key, value: list[str], index: ArticleIndex) -> tuple:
    right = key_items(ex, key)
    hits = [i for i in value if i in right]
    wrong = [i for i in value if i not in right]
    precision = len(hits) / len(value) if value else 0.0
    recall = len(hits) / len(right) if right else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if not right and not value:
        score = 1.0
    return (1.0 if score >= 1.0 else round(score, 6)), right, hits, wrong


def _grade_pick(ex: Exercise, key: Key, value: list[str], index: ArticleIndex) -> Feedback:
    score, right, hits, wrong = _tally_pick(ex, key, value, index)
    missed = [i for i in right if i not in value]
    noun = "paragraphs" if ex.pick == "paragraphs" else "sentences"
    items = tuple([Item(i, "missed", index.text.get(i, ""), ex.feedback.get(i, "")) for i in missed]
                  + [Item(i, "wrong", index.text.get(i, ""), ex.feedback.get(i, "")) for i in wrong])
    if score >= 1.0:
        return Feedback(ex.id, ex.type, "correct", 1.0, ex.points,
                        f"Right: you found {_all(len(right), noun)} and picked nothing else.")
    one = noun[:-1]
    if len(right) == 1:  # one sentence to find: no counts, no scoring rule
        msg = (f"Your pick is not the {one} this asks for" if len(value) == 1 and wrong else
               f"The {one} is among your picks, but so {'is' if len(wrong) == 1 else 'are'} "
               f"{plural(len(wrong), 'other picks')} that {'does' if len(wrong) == 1 else 'do'} not belong"
               if hits else
               f"None of your picks is the {one} this asks for")
    else:
        msg = (f"You found {len(hits)} of the {plural(len(right), noun)}"
               + (f"; {len(wrong)} of your {plural(len(value), 'picks')} {'does' if len(wrong) == 1 else 'do'} "
                  "not belong" if wrong else "")
               + f". Each {one} missed and each pick that does not belong lowers the score")
    return _wrong(ex, msg, score, items)


def _tally_label(ex: Exercise, key: Key, value: dict, index: ArticleIndex) -> tuple:
    accepted = key_labels(ex, key)
    paras = _label_paragraphs(ex, index)
    off = [p for p in paras if value.get(p) not in accepted.get(p, ())]  # not labelled as the key does
    score = (len(paras) - len(off)) / len(paras) if paras else 1.0
    return (1.0 if score >= 1.0 else round(score, 6)), paras, off, accepted


def _grade_label(ex: Exercise, key: Key, value: dict, index: ArticleIndex) -> Feedback:
    score, paras, off, accepted = _tally_label(ex, key, value, index)
    items, right = [], len(paras) - len(off)
    for p in off:
        ok = accepted.get(p, [])
        given = value.get(p)
        if given is None:
            items.append(Item(p, "unlabelled", index.text.get(p, ""), ex.feedback.get(p, "")))
        elif given not in ex.labels:
            items.append(Item(p, "offlist", index.text.get(p, ""),
                              f"“{given}” is not one of the labels ({', '.join(ex.labels)}); "
                              "choose the one closest to what you mean"))
        else:
            text = ex.feedback.get(p) or f"you said {given}; the key says {' or '.join(ok)}"
            items.append(Item(p, "mislabelled", index.text.get(p, ""), text))
    if score >= 1.0:
        return Feedback(ex.id, ex.type, "correct", 1.0, ex.points,
                        f"Right: all {plural(len(paras), 'paragraphs')} labelled as the key does.")
    blank = sum(1 for i in items if i.status == "unlabelled")
    todo = (f" {plural(blank, 'paragraphs')} still {'has' if blank == 1 else 'have'} no label: choose one for "
            f"each and check again." if blank else "")
    return _wrong(ex, f"{right} of {plural(len(paras), 'paragraphs')} labelled as the key does.{todo} "
                      "The others are listed below", score, tuple(items))


#: Fewest words of a short answer that shows the model answer on its first check.
REAL_ATTEMPT_WORDS = 8


def real_attempt(ex: Exercise, text: str) -> bool:
    """Whether a short answer is a real attempt (enough words) that earns the model answer on its first check."""
    return len(text.split()) >= min(ex.min_words or REAL_ATTEMPT_WORDS, REAL_ATTEMPT_WORDS)


def _grade_text(ex: Exercise, key: Key | None, value: str, reveal: bool = True) -> Feedback:
    items = []
    for words, tip, *when in ex.keywords:
        used = any(reading.has_word(value, w) for w in words)
        if used == (when[:1] == ["used"]):
            items.append(Item("", "note", "", tip))
    n_words = len(value.split())
    if ex.min_words and n_words < ex.min_words:
        items.insert(0, Item("", "note", "", f"Your answer has {plural(n_words, 'words')}; a good answer has "
                                             f"at least {ex.min_words}. Add detail and check again."))
    if len(value) >= MAX_TEXT:
        items.insert(0, Item("", "note", "", f"Only the first {MAX_TEXT} characters were kept."))
    if key is None:
        msg = ("Saved. Short answers are scored by your teacher (this is the student copy of the kit, "
               "without model answers).")
        return Feedback(ex.id, ex.type, "saved", 0.0, ex.points, msg, tuple(items), scored=False)
    if not reveal:
        msg = (f"Saved. Short answers are scored by your teacher. The model answer is shown once you have "
               f"really tried: when your answer has at least "
               f"{min(ex.min_words or REAL_ATTEMPT_WORDS, REAL_ATTEMPT_WORDS)} words, or when you check again.")
        return Feedback(ex.id, ex.type, "saved", 0.0, ex.points, msg, tuple(items), scored=False)
    msg = ("Saved. Short answers are scored by your teacher: compare yours with the model answer and the "
           "rubric below, improve it if you like (check again: every version is kept).")
    return Feedback(ex.id, ex.type, "saved", 0.0, ex.points, msg, tuple(items),
                    model_answer=str(key.answer).strip(), rubric=key.rubric, scored=False)


_GRADERS = {
    "single_choice": _grade_single,
    "multi_choice": _grade_multi,
    "number": _grade_number,
    "pick": _grade_pick,
    "label": _grade_label,
}

#: One rule per type: ``(score, what the wording needs...)``; both :func:`grade` and :func:`score` use it.
_TALLIES = {
    "single_choice": _tally_single,
    "multi_choice": _tally_multi,
    "number": _tally_number,
    "pick": _tally_pick,
    "label": _tally_label,
}
