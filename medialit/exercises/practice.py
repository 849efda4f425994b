"""Practice keys: feedback in a student copy without readable keys (``release --mode practice``).

A practice copy of the kit has no ``solutions/``. Instead the release writes
:data:`PRACTICE_FILE`, which holds for every auto-scored exercise only salted
hashes of the normalised key items: one per right choice, per sentence or
paragraph id of the key, per accepted ``paragraph=label`` pair, and per number
on a fine grid inside the key's tolerance. The salt is new for every release and
every hash also covers the exercise id, so the same answer never gives the same
hash twice. ``check()`` in the copy hashes the student's normalised answer the
same way and scores it with the rules of :mod:`medialit.exercises.grading`
(hits minus false alarms, F1 of the picks, share of labels), so partial credit and
the list of wrong items work as in the instructor's kit. Short answers are only
saved: model answers and rubrics never go into the file.

What differs from the instructor's kit, on purpose: feedback never names what the
key holds. A wrong pick or choice is named ("does not belong"), a missed one is
only counted; a mislabelled paragraph is named without the key's label. The
``why`` quote shown with a right answer is stored encrypted with a key that is
derived from the right answer itself, so it can be read only after answering right
(a number with a tolerance shows no quote: many answers are right there).

**Obfuscated, not secret.** The salt is in the file and the code is in the copy:
a determined student can try every choice (or every number) until one matches.
This is fine for practice and self-study; graded work uses an *assessment* copy
(``release --mode assessment``), which holds no keys at all.

Numbers are hashed as points of a grid whose step is the key's last decimal
(``0.31 ± 0.01``: steps of 0.01, so the points 0.30, 0.31 and 0.32). The ends of
the accepted range are grid points, so an answer between two grid points is right
exactly when both neighbours are: the same verdict as the exact comparison.

>>> from medialit.exercises.workbook import Workbook
>>> wb = Workbook()
>>> keys = build_practice_keys(wb, salt="00" * 16)
>>> ex = wb.exercise("00-1-dateline")
>>> grade_practice(ex, keys["exercises"]["00-1-dateline"], keys["salt"], "d", wb.index()).status
'correct'
>>> grade_practice(ex, keys["exercises"]["00-1-dateline"], keys["salt"], "a", wb.index()).status
'incorrect'
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import secrets
from decimal import Decimal
from pathlib import Path
from typing import Any

from .feedback import Feedback, Item, plural, sentence
from .grading import ArticleIndex, _label_paragraphs, _says, _status, _try_again, _why_text, key_labels
from .key import item_id
from .schema import Exercise, Key

#: Where a practice copy keeps its hashed keys (relative to the kit folder).
PRACTICE_FILE = "exercises/practice-keys.json"
#: Format name written into the file.
PRACTICE_FORMAT = "medialit-practice-keys"
#: The types a practice copy scores (``short_text`` is scored by the instructor).
AUTO_TYPES = ("single_choice", "multi_choice", "number", "pick", "label")
_HASH_CHARS = 24  # 96 bits of SHA-256: no accidental matches, a small file


def _digest(salt: str, exercise_id: str, token: str, purpose: str = "item") -> str:
    data = "\x1f".join((purpose, salt, exercise_id, token)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:_HASH_CHARS]


def _stream(salt: str, exercise_id: str, token: str, n: int) -> bytes:
    out, counter = b"", 0
    while len(out) < n:
        out += hashlib.sha256(f"why\x1f{salt}\x1f{exercise_id}\x1f{token}\x1f{counter}".encode()).digest()
        counter += 1
    return out[:n]


def _seal(text: str, salt: str, exercise_id: str, token: str) -> str:
    raw = text.encode("utf-8")
    return base64.b64encode(bytes(a ^ b for a, b in zip(raw, _stream(salt, exercise_id, token, len(raw))))).decode()


def _open(sealed: str, salt: str, exercise_id: str, token: str) -> str:
    try:
        raw = base64.b64decode(sealed.encode("ascii"))
        return bytes(a ^ b for a, b in zip(raw, _stream(salt, exercise_id, token, len(raw)))).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""


def _decimals(x: float) -> int:
    exponent = Decimal(repr(float(x))).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _grid_token(value: float, decimals: int) -> str:
    return str(round(value * 10 ** decimals))


def practice_entry(ex: Exercise, key: Key, salt: str) -> dict | None:
    """The hashed key of one exercise (``None`` for a type the copy does not score).

    >>> from medialit.exercises.workbook import Workbook
    >>> wb = Workbook()
    >>> entry = practice_entry(wb.exercise("00-1-dateline"), wb.key("00-1-dateline"), "00" * 16)
    >>> sorted(entry), entry["type"]
    (['right', 'type', 'why'], 'single_choice')
    """
    h = lambda token: _digest(salt, ex.id, token)  # noqa: E731
    why = _why_text(key)
    if ex.type == "single_choice":
        right = str(key.answer)
        return {"type": ex.type, "right": [h(right)], "why": _seal(why, salt, ex.id, right) if why else ""}
    if ex.type == "multi_choice":
        right = [str(k) for k in (key.answer if isinstance(key.answer, list) else [key.answer])]
        return {"type": ex.type, "n_right": len(right), "right": sorted({h(k) for k in right})}
    if ex.type == "number":
        answer, tol = float(key.answer), float(key.tolerance)
        decimals = min(max(_decimals(answer), _decimals(tol)), 8)
        step = 10.0 ** -decimals
        lo, hi = math.ceil((answer - tol - 1e-9) / step), math.floor((answer + tol + 1e-9) / step)
        if hi - lo > 20_000:
            raise ValueError(f"{ex.id}: the tolerance {tol:g} is too wide for a practice key "
                             f"({hi - lo + 1} grid points); use assessment mode or a smaller tolerance")
        tokens = [str(k) for k in range(lo, hi + 1)]
        # the quote opens with the key's own grid token: only for an exact key (no tolerance)
        sealed = _seal(why, salt, ex.id, _grid_token(answer, decimals)) if why and not tol else ""
        return {"type": ex.type, "decimals": decimals, "tolerance": tol, "right": sorted({h(t) for t in tokens}),
                "why": sealed}
    if ex.type == "pick":
        right = [item_id(k, ex.article or "", ex.pick)
                 for k in (key.answer if isinstance(key.answer, list) else [key.answer])]
        right = [r for r in right if r]
        return {"type": ex.type, "n_right": len(right), "right": sorted({h(r) for r in right})}
    if ex.type == "label":
        accepted = key_labels(ex, key)
        return {"type": ex.type, "right": sorted({h(f"{p}={label}") for p, labels in accepted.items()
                                                  for label in labels})}
    return None


def build_practice_keys(wb, salt: str | None = None) -> dict:
    """The whole practice-key document for the workbook ``wb`` (an instructor's kit).

    Exercises without a key, or of type ``short_text``, are left out. ``salt``
    defaults to 16 random bytes (hex).

    >>> from medialit.exercises.workbook import Workbook
    >>> doc = build_practice_keys(Workbook())
    >>> doc["format"], len(doc["salt"]), "00-6-what-is-missing" in doc["exercises"]
    ('medialit-practice-keys', 32, False)
    """
    salt = salt or secrets.token_hex(16)
    out: dict[str, Any] = {"format": PRACTICE_FORMAT, "version": 1, "salt": salt,
                           "note": "Salted hashes of the key items, for feedback in a practice copy. "
                                   "Obfuscated, not secret: graded work uses an assessment copy.",
                           "exercises": {}}
    for eid in wb.ids():
        ex = wb.exercise(eid)
        if ex.type not in AUTO_TYPES:
            continue
        key = wb.key(eid, ex)
        if key is None:
            continue
        entry = practice_entry(ex, key, salt)
        if entry is not None:
            out["exercises"][eid] = entry
    return out


def write_practice_keys(wb, folder: str | Path, salt: str | None = None) -> Path:
    """Write :data:`PRACTICE_FILE` into ``folder`` (a student copy); return its path."""
    path = Path(folder) / PRACTICE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(build_practice_keys(wb, salt), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def read_practice_keys(root: str | Path) -> dict | None:
    """The practice keys of the kit folder ``root``, or ``None`` when it has none (or they cannot be read)."""
    path = Path(root) / PRACTICE_FILE
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != PRACTICE_FORMAT or not isinstance(doc.get("exercises"), dict):
        return None
    return doc


def grade_practice(ex: Exercise, entry: dict, salt: str, value: Any, index: ArticleIndex) -> Feedback:
    """Score a normalized ``value`` against a practice ``entry`` (same rules as the instructor's kit)."""
    right = set(entry.get("right", []))
    h = lambda token: _digest(salt, ex.id, token)  # noqa: E731
    if ex.type == "single_choice":
        if h(value) in right:
            why = _open(entry.get("why", ""), salt, ex.id, value)
            msg = f"Right: {sentence(ex.choices.get(value, value))}" + _says(why, ex)
            return Feedback(ex.id, ex.type, "correct", 1.0, ex.points, msg)
        msg = sentence(ex.feedback.get(value) or f"Not “{sentence(ex.choices.get(value, value))}”")
        return Feedback(ex.id, ex.type, "incorrect", 0.0, ex.points, f"{msg} {_try_again(ex)}")
    if ex.type == "multi_choice":
        n_right = int(entry.get("n_right", 0))
        hits = [k for k in value if h(k) in right]
        false_alarms = [k for k in value if h(k) not in right]
        if n_right:
            score = max(0.0, (len(hits) - len(false_alarms)) / n_right)
        else:
            score = 0.0 if false_alarms else 1.0
        items = tuple(Item(k, "wrong", ex.choices[k], ex.feedback.get(k, "")) for k in ex.choices
                      if k in false_alarms)
        missed = n_right - len(hits)
        msg = (f"You ticked {len(hits)} of the {plural(n_right, 'right choices')} and {len(false_alarms)} that "
               f"{'does' if len(false_alarms) == 1 else 'do'} not apply (each one takes a share away)."
               + (f" {plural(missed, 'right choices')} not ticked yet." if missed else ""))
        if score >= 1.0:
            msg = "Right: you ticked every choice that applies and none that does not."
        return Feedback(ex.id, ex.type, _status(score), score, ex.points, msg, items)
    if ex.type == "number":
        decimals, tol = int(entry.get("decimals", 0)), float(entry.get("tolerance", 0.0))
        unit = f" {ex.unit}" if ex.unit else ""
        x = value * 10 ** decimals
        if abs(x - round(x)) <= 1e-6:  # on the grid
            token = str(round(x))
            ok = h(token) in right
        else:  # between two grid points: inside the range when both are
            token = ""
            ok = h(str(math.floor(x))) in right and h(str(math.ceil(x))) in right
        if ok:
            why = _open(entry.get("why", ""), salt, ex.id, token) if entry.get("why") and token else ""
            return Feedback(ex.id, ex.type, "correct", 1.0, ex.points,
                            f"Right: {plural(value, ex.unit)}." + _says(why, ex))
        msg = next((text for wrong, text in ex.feedback.items() if abs(value - wrong) <= tol + 1e-9),
                   f"Not {value:g}{unit}.")
        return Feedback(ex.id, ex.type, "incorrect", 0.0, ex.points, f"{msg} {_try_again(ex)}")
    if ex.type == "pick":
        n_right = int(entry.get("n_right", 0))
        hits = [i for i in value if h(i) in right]
        wrong = [i for i in value if h(i) not in right]
        precision = len(hits) / len(value) if value else 0.0
        recall = len(hits) / n_right if n_right else 1.0
        score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if not n_right and not value:
            score = 1.0
        noun = "paragraphs" if ex.pick == "paragraphs" else "sentences"
        items = tuple(Item(i, "wrong", index.quote(i), ex.feedback.get(i, "")) for i in wrong)
        if score >= 1.0:
            msg = f"Right: you picked all {n_right} {noun} of the key and nothing else."
        else:
            msg = (f"You found {len(hits)} of the {plural(n_right, noun)}; {n_right - len(hits)} still to find"
                   + (f"; {len(wrong)} of your {plural(len(value), 'picks')} "
                      f"{'does' if len(wrong) == 1 else 'do'} not belong (listed below)" if wrong else "")
                   + f". Each {noun[:-1]} missed and each pick that does not belong lowers the score.")
        return Feedback(ex.id, ex.type, _status(score), round(score, 6), ex.points, msg, items)
    if ex.type == "label":
        paras = _label_paragraphs(ex, index)
        items, n_ok = [], 0
        for p in paras:
            given = value.get(p)
            if given is not None and h(f"{p}={given}") in right:
                n_ok += 1
            elif given is None:
                items.append(Item(p, "unlabelled", index.quote(p), ex.feedback.get(p, "")))
            else:
                text = ex.feedback.get(p) or f"you said {given}; the key labels it differently"
                items.append(Item(p, "mislabelled", index.quote(p), text))
        score = n_ok / len(paras) if paras else 1.0
        msg = (f"Right: all {len(paras)} paragraphs labelled as the key does." if score >= 1.0 else
               f"{n_ok} of {len(paras)} paragraphs labelled as the key does. The others:")
        return Feedback(ex.id, ex.type, _status(score), round(score, 6), ex.points, msg, tuple(items))
    raise ValueError(f"{ex.id}: practice keys do not score {ex.type!r} exercises")
