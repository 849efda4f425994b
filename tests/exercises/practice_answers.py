"""Answers to try on every auto-scored exercise: the key, near misses, wrong ones and random ones.

Used to compare a practice copy's ``check()`` with the instructor kit's, answer by answer.
Every answer is plain JSON (it travels to a subprocess in a released copy).
"""

from __future__ import annotations

import random

from medialit.exercises.grading import key_labels
from medialit.exercises.key import item_id
from medialit.exercises.practice import AUTO_TYPES


def _as_list(x):
    return x if isinstance(x, list) else [x]


def answers_for(ex, key, index, n_random: int = 12, seed: int = 13) -> list:
    """JSON answers for exercise ``ex`` with ``key``: always the key itself first."""
    rng = random.Random(f"{seed}-{ex.id}")
    out: list = []
    if ex.type == "single_choice":
        out = [str(key.answer)] + list(ex.choices)
    elif ex.type == "multi_choice":
        right = [str(k) for k in _as_list(key.answer)]
        choices = list(ex.choices)
        out = [right, right[:-1], right + [c for c in choices if c not in right][:1], choices, [], choices[:1]]
        out += [rng.sample(choices, rng.randint(0, len(choices))) for _ in range(n_random)]
    elif ex.type == "number":
        right, tol = float(key.answer), float(key.tolerance)
        out = [key.answer, right + tol, right - tol, right + tol + 0.001, right - 2 * tol - 1, right + 1, 0,
               right * 10] + [float(w) for w in ex.feedback]
    elif ex.type == "pick":
        right = [item_id(k, ex.article or "", ex.pick) for k in _as_list(key.answer)]
        pool = index.paragraphs[ex.article] if ex.pick == "paragraphs" else index.sentences[ex.article]
        wrong = [i for i in pool if i not in right]
        out = [right, right[:-1], right + wrong[:2], wrong[:3], pool[:1], pool]
        out += [rng.sample(pool, rng.randint(1, min(len(pool), 6))) for _ in range(n_random)]
    elif ex.type == "label":
        accepted = key_labels(ex, key)
        labels = list(ex.labels)
        paras = list(ex.paragraphs) or list(index.paragraphs[ex.article])
        right = {p: accepted[p][0] for p in paras if p in accepted}
        out = [right, dict(list(right.items())[:-1])]
        for p in paras[:3]:
            other = next((lab for lab in labels if lab not in accepted.get(p, [])), None)
            if other:
                out.append({**right, p: other})
        out += [{p: rng.choice(labels) for p in paras} for _ in range(n_random)]
    return out


def all_answers(wb) -> list[tuple[str, object]]:
    """``(exercise id, answer)`` for every auto-scored exercise of the workbook ``wb`` (an instructor kit)."""
    out = []
    for eid in wb.ids():
        ex = wb.exercise(eid)
        if ex.type not in AUTO_TYPES:
            continue
        key = wb.key(eid, ex)
        index = wb.index()
        out += [(eid, a) for a in answers_for(ex, key, index)]
    return out


def summary(fb) -> list:
    """What must agree between the two kits: status, score, points, and the items not in the key."""
    wrong = sorted(i.id for i in fb.items if i.status in ("wrong", "mislabelled", "unlabelled"))
    return [fb.status, round(fb.score, 6), fb.points, wrong]
