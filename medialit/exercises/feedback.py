"""Feedback: what ``check()`` says about an answer, as plain text and as escaped HTML.

>>> fb = Feedback("00-9-demo", "number", "incorrect", 0.0, 1.0, "Not quite: count each person once.")
>>> fb.correct, fb.points
(False, 0.0)
>>> print(fb)
00-9-demo: not quite (0 of 1 point)
Not quite: count each person once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .._html import esc
from .._quoting import quoted

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
    "invalid": "not scored: the answer is not in the form this exercise needs",
    "saved": "saved",
}
# status -> symbol; the word is always shown too, colour is never the only signal
_SYMBOL = {"correct": "✔", "partial": "◐", "incorrect": "✘", "invalid": "?", "saved": "✎", "warning": "!"}
#: Headline colours, light theme then dark theme: each at least 4.5:1 (WCAG AA) on its theme's
#: background (white; JupyterLab Dark's #111 and #212121). tests/browser measure them in both themes.
COLOURS = {
    "correct": ("#00704a", "#5ad69a"),
    "partial": ("#7a4f00", "#f0b445"),
    "incorrect": ("#b00020", "#ff8a96"),
    "invalid": ("#4a4a4a", "#cfcfcf"),
    "saved": ("#0b5cad", "#8cc4ff"),
    "warning": ("#b00020", "#ff8a96"),
}
#: One stylesheet for feedback and hints: light colours by default, dark ones under a dark JupyterLab theme.
STYLE = "<style>" + "".join(
    f".medialit-feedback .ml-{k}{{color:{light}}}.medialit-feedback.ml-b-{k}{{border-left-color:{light}}}"
    f"body[data-jp-theme-light=false] .medialit-feedback .ml-{k}{{color:{dark}}}"
    f"body[data-jp-theme-light=false] .medialit-feedback.ml-b-{k}{{border-left-color:{dark}}}"
    for k, (light, dark) in COLOURS.items()) + "</style>"

#: Item statuses, with the word shown to the student.
ITEM_WORDS = {
    "right": "right",
    "missed": "missed",
    "wrong": "does not belong",
    "unlabelled": "not labelled",
    "mislabelled": "labelled differently",
    "offlist": "not a label from the list",
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
        if not self.id and not self.text:
            return f"- {ITEM_WORDS.get(self.status, self.status)}: {self.message}"
        line = f"- {ITEM_WORDS.get(self.status, self.status)}: {self.id}" if self.id else "- note:"
        if self.text:
            line += f" {quoted(self.text)}"
        if self.message:
            line += f" ({self.message})"
        return line


def sentence(text: str) -> str:
    """``text`` ending in exactly one full stop (or its own ? or !): no "best.." slips.

    >>> sentence("wrong at best."), sentence("Not 4")
    ('wrong at best.', 'Not 4.')
    """
    text = text.rstrip()
    return text if text.endswith((".", "?", "!", "…", "”", '"', ":")) else text + "."


def plural(n: float, unit: str) -> str:
    """``n`` and ``unit`` as said aloud: "1 person", "3 people", "1 student", "2.5 points".

    >>> plural(1, "people"), plural(2, "people"), plural(1, "students"), plural(0.31, "")
    ('1 person', '2 people', '1 student', '0.31')
    """
    if not unit:
        return f"{n:g}"
    if n == 1:
        irregular = {"people": "person", "children": "child", "men": "man", "women": "woman"}
        words = unit.split()
        last = words[-1]
        if last in irregular:
            last = irregular[last]
        elif last.endswith("ies") and len(last) > 3:
            last = last[:-3] + "y"
        elif last.endswith("s") and not last.endswith("ss"):
            last = last[:-1]
        unit = " ".join(words[:-1] + [last])
    return f"{n:g} {unit}"


def _fmt(x: float) -> str:
    return number(x)


def number(x: float) -> str:
    """A number as reports, pages and CSV files show it: whole numbers without ``.0``, others with one decimal.

    >>> number(1.0), number(2), number(1.3333), number(0.6667), number(26.55), number(-0.04)
    ('1', '2', '1.3', '0.7', '26.6', '0')
    """
    r = round(float(x) + 0.0, 1)
    if r == int(r):
        return str(int(r))
    return f"{r:.1f}"


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
    has_hints: bool = False
    widget_expected: str = ""
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    @property
    def points(self) -> float:
        return round(self.score * self.max_points, 4) if self.scored else 0.0

    def _headline(self, widget: bool = False) -> str:
        word = _HEADLINE.get(self.status, self.status)
        head = word[:1].upper() + word[1:] if widget else f"{self.exercise_id}: {word}"
        if self.scored:
            unit = "point" if self.max_points == 1 else "points"
            head += f" ({_fmt(self.points)} of {_fmt(self.max_points)} {unit})"
        return head

    def _save_line(self) -> str:
        if self.save_error:
            return f"WARNING: your answer was NOT saved ({self.save_error}). Copy it somewhere safe."
        return ""

    def _hint_line(self, widget: bool, hints_left: int | None = None) -> str:
        if not self.has_hints or self.status in ("correct",) or hints_left == 0:
            return ""
        return "Stuck? The Hint button gives a hint." if widget else \
            f"Stuck? hint({self.exercise_id!r}) gives a hint."

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
        parts += [self._hint_line(False), self._save_line()]
        return "\n".join(p for p in parts if p)

    def __repr__(self) -> str:
        return f"<Feedback {self.exercise_id} {self.status} score={self.score:.2f}>"

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_html(self, widget: bool = False, hints_left: int | None = None) -> str:
        """The feedback as escaped HTML. ``widget``: worded for the exercise widget (no code, no ids).

        ``hints_left``: how many hints the student has not seen yet (``0``: no "Stuck?" line
        pointing at a Hint button that has nothing left to give).
        """
        symbol = _SYMBOL.get(self.status, "")
        out = [STYLE, f'<div class="medialit-feedback ml-b-{self.status}" role="status" aria-live="polite" '
                      f'style="border-left:4px solid;padding:4px 10px;margin:4px 0">',
               f'<p style="margin:2px 0"><strong class="ml-{esc(self.status)}"><span aria-hidden="true">'
               f'{symbol}</span> {esc(self._headline(widget))}</strong></p>']
        if self.message:
            out.append(f'<p style="margin:2px 0">{inline_code(self.message)}</p>')
        expected = self.widget_expected if widget else self.expected
        if expected:
            out.append(f'<p style="margin:2px 0"><strong>Expected:</strong> {esc(expected)}</p>')
        if self.example and not widget:
            out.append(f'<p style="margin:2px 0"><strong>Example:</strong> <code>{esc(self.example)}</code></p>')
        if self.items:
            out.append('<ul style="margin:2px 0">')
            for i in self.items:
                word = ITEM_WORDS.get(i.status, i.status)
                if widget and i.status == "missed":  # where to look again, not the answer itself
                    out.append(f"<li><strong>{esc(word)}</strong>: {esc(missed_name(i.id))}</li>")
                    continue
                name = item_name(i.id) if widget else i.id
                li = f"<li><strong>{esc(word)}</strong>" + (f": {esc(name)}" if widget and name else
                                                           f": <code>{esc(name)}</code>" if name else ":")
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
        if self._hint_line(widget, hints_left):
            out.append(f'<p style="margin:2px 0">{esc(self._hint_line(widget, hints_left))}</p>')
        if self.save_error:
            out.append(f'<p style="margin:2px 0"><strong class="ml-warning">{esc(self._save_line())}</strong></p>')
        out.append("</div>")
        return "".join(out)


def item_name(item_id: str) -> str:
    """An item id as a student reads it: "Paragraph 4, sentence 2", "Paragraph 4", "b)".

    >>> item_name("mosul:p4:s2"), item_name("qom:p6"), item_name("b"), item_name("")
    ('Paragraph 4, sentence 2', 'Paragraph 6', 'b)', '')
    """
    m = re.match(r"^(?:[a-z0-9-]+:)?p(\d+)(?::s(\d+))?$", item_id or "")
    if m:
        return f"Paragraph {m.group(1)}" + (f", sentence {m.group(2)}" if m.group(2) else "")
    return f"{item_id})" if item_id else ""


def inline_code(text: str) -> str:
    """Escaped text with `backticks` shown as code, as an exercise's author wrote it (no other markup).

    >>> inline_code("Use `a < b` here <b>")
    'Use <code>a &lt; b</code> here &lt;b&gt;'
    """
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", esc(text))


def missed_name(item_id: str) -> str:
    """A missed item as the exercise widget names it: where to look again, without giving the answer.

    A missed sentence names its paragraph; a missed paragraph or choice is only counted.

    >>> missed_name("mosul:p4:s2"), missed_name("qom:p6"), missed_name("b")
    ('a sentence in Paragraph 4', 'one more paragraph', 'one more choice that applies')
    """
    m = re.match(r"^(?:[a-z0-9-]+:)?p(\d+)(?::s(\d+))?$", item_id or "")
    if m and m.group(2):
        return f"a sentence in Paragraph {m.group(1)}"
    return "one more paragraph" if m else "one more choice that applies"


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

    def widget_text(self) -> str:
        """The hint as the Hint button shows it: "Hint 1 of 2: ..." (no exercise id)."""
        return f"Hint {self.n} of {self.total}: {self.text}" if self.total else "This exercise has no hints."
