"""Feedback: what ``check()`` says about an answer, as plain text and as escaped HTML.

>>> fb = Feedback("00-9-demo", "number", "incorrect", 0.0, 1.0, "Not quite: count each person once.")
>>> fb.correct, fb.points
(False, 0.0)
>>> print(fb)
00-9-demo: not quite (0 of 1 point)
Not quite: count each person once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .._html import esc

#: What each status means.
STATUSES = {
    "correct": "the answer matches the key",
    "partial": "part of the answer matches the key (partial credit)",
    "incorrect": "the answer does not match the key",
    "invalid": "the answer does not have the shape this exercise expects (nothing was scored)",
    "saved": "the answer was saved; the instructor scores it (short_text, or a student copy of the kit)",
}

_HEADLINE = {
    "correct": "correct",
    "partial": "partly right",
    "incorrect": "not quite",
    "invalid": "not an answer of the expected shape",
    "saved": "saved",
}
# status -> (symbol, colour); the word is always shown too, colour is never the only signal
_STYLE = {
    "correct": ("✔", "#007a4d"),
    "partial": ("◐", "#8a5a00"),
    "incorrect": ("✘", "#b00020"),
    "invalid": ("?", "#5a5a5a"),
    "saved": ("✎", "#0b5cad"),
}
#: Item statuses, with the word shown to the student.
ITEM_WORDS = {
    "right": "right",
    "missed": "missed",
    "wrong": "not in the key",
    "unlabelled": "not labelled",
    "mislabelled": "labelled differently",
    "note": "note",
}


@dataclass(frozen=True)
class Item:
    """One detail of the feedback: a choice, a picked id or a labelled paragraph.

    ``status`` is one of :data:`ITEM_WORDS`; ``text`` quotes the article (or the
    choice); ``message`` explains.
    """

    id: str
    status: str
    text: str = ""
    message: str = ""

    def __str__(self) -> str:
        line = f"- {ITEM_WORDS.get(self.status, self.status)}: {self.id}"
        if self.text:
            line += f" “{self.text}”"
        if self.message:
            line += f" ({self.message})"
        return line


def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Feedback:
    """The result of ``check()``.

    ``score`` is between 0.0 and 1.0; ``points`` is ``score`` times the exercise's
    points; ``correct`` is true only for a fully right answer; ``items`` are the
    per-item details. ``status`` is one of :data:`STATUSES`. ``saved`` says whether
    the answer reached the progress file. ``scored`` is false when nothing was scored
    (a wrong shape, a short text, or a student copy of the kit).

    >>> from medialit import check
    >>> fb = check("00-1-dateline", "d")
    >>> fb.score, fb.correct, fb.points
    (1.0, True, 1.0)
    """

    exercise_id: str
    type: str
    status: str
    score: float
    max_points: float
    message: str
    items: tuple[Item, ...] = ()
    expected: str = ""
    example: str = ""
    model_answer: str = ""
    rubric: tuple[str, ...] = ()
    scored: bool = True
    saved: bool = False
    save_error: str = ""
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    @property
    def points(self) -> float:
        return round(self.score * self.max_points, 4) if self.scored else 0.0

    def _headline(self) -> str:
        head = f"{self.exercise_id}: {_HEADLINE.get(self.status, self.status)}"
        if self.scored:
            unit = "point" if self.max_points == 1 else "points"
            head += f" ({_fmt(self.points)} of {_fmt(self.max_points)} {unit})"
        return head

    def _save_line(self) -> str:
        if self.save_error:
            return f"WARNING: your answer was NOT saved ({self.save_error}). Copy it somewhere safe."
        return ""

    def __str__(self) -> str:
        parts = [self._headline(), self.message]
        if self.expected:
            parts.append(f"Expected: {self.expected}")
        if self.example:
            parts.append(f"Example: {self.example}")
        parts += [str(i) for i in self.items]
        if self.model_answer:
            parts.append(f"Model answer: {self.model_answer}")
        if self.rubric:
            parts.append("A good answer:")
            parts += [f"- {r}" for r in self.rubric]
        parts.append(self._save_line())
        return "\n".join(p for p in parts if p)

    def __repr__(self) -> str:
        return f"<Feedback {self.exercise_id} {self.status} score={self.score:.2f}>"

    def _repr_html_(self) -> str:
        symbol, colour = _STYLE.get(self.status, ("", "#333"))
        out = [f'<div class="medialit-feedback" role="status" aria-live="polite" '
               f'style="border-left:4px solid {colour};padding:4px 10px;margin:4px 0">',
               f'<p style="margin:2px 0"><strong style="color:{colour}"><span aria-hidden="true">{symbol}</span> '
               f'{esc(self._headline())}</strong></p>']
        if self.message:
            out.append(f'<p style="margin:2px 0">{esc(self.message)}</p>')
        if self.expected:
            out.append(f'<p style="margin:2px 0"><strong>Expected:</strong> {esc(self.expected)}</p>')
        if self.example:
            out.append(f'<p style="margin:2px 0"><strong>Example:</strong> <code>{esc(self.example)}</code></p>')
        if self.items:
            out.append('<ul style="margin:2px 0">')
            for i in self.items:
                word = ITEM_WORDS.get(i.status, i.status)
                li = f"<li><strong>{esc(word)}</strong>: <code>{esc(i.id)}</code>"
                if i.text:
                    li += f" <q>{esc(i.text)}</q>"
                if i.message:
                    li += f" <em>{esc(i.message)}</em>"
                out.append(li + "</li>")
            out.append("</ul>")
        if self.model_answer:
            out.append(f'<p style="margin:2px 0"><strong>Model answer:</strong> {esc(self.model_answer)}</p>')
        if self.rubric:
            out.append('<p style="margin:2px 0"><strong>A good answer:</strong></p><ul style="margin:2px 0">'
                       + "".join(f"<li>{esc(r)}</li>" for r in self.rubric) + "</ul>")
        if self.save_error:
            out.append(f'<p style="margin:2px 0;color:#b00020"><strong>{esc(self._save_line())}</strong></p>')
        out.append("</div>")
        return "".join(out)


@dataclass(frozen=True)
class Hint:
    """One hint of an exercise: ``hint(id)`` reveals the next one each time.

    >>> print(Hint("00-9-demo", 1, 2, "Count each person once."))
    Hint 1 of 2 for 00-9-demo: Count each person once.
    """

    exercise_id: str
    n: int
    total: int
    text: str

    def __str__(self) -> str:
        if self.total == 0:
            return f"{self.exercise_id} has no hints. Re-read the prompt, then try an answer: check() explains."
        return f"Hint {self.n} of {self.total} for {self.exercise_id}: {self.text}"

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        return (f'<div class="medialit-hint" role="note" style="border-left:4px solid #0b5cad;padding:4px 10px">'
                f"{esc(str(self))}</div>")
