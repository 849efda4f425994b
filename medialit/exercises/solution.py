"""The key of an exercise as the instructor reads it: ``solution(id)`` in a notebook.

A :class:`Solution` shows the answer, the ``why`` quotes from the article, the rubric
and the notes; a student copy has no keys, so ``solution()`` raises
:class:`SolutionUnavailable` there.

>>> from medialit.exercises.workbook import Workbook
>>> print(Workbook().solution("00-3-named-voices"))  # doctest: +ELLIPSIS
Key of 00-3-named-voices (number)...
"""

from __future__ import annotations

import dataclasses

from .._quoting import quoted
from .._html import esc
from ..problems import KitError
from .grading import ArticleIndex, key_labels
from .key import item_id
from .schema import Exercise, Key


class SolutionUnavailable(KitError, LookupError):
    """``solution()`` in a student copy of the kit, or for an exercise with no key yet.

    >>> issubclass(SolutionUnavailable, LookupError)
    True
    """

    def __str__(self) -> str:
        return str(self.args[0])


@dataclasses.dataclass(frozen=True)
class Solution:
    """The key of an exercise, readable in a notebook (``solution(id)``)."""

    exercise: Exercise
    key: Key
    index: ArticleIndex

    def _answer_lines(self) -> list[tuple[str, str]]:
        ex, key = self.exercise, self.key
        if ex.type in ("single_choice", "multi_choice"):
            keys = key.answer if isinstance(key.answer, list) else [key.answer]
            return [(str(k), ex.choices.get(str(k), "")) for k in keys]
        if ex.type == "pick":
            ids = [item_id(i, ex.article or "", ex.pick) for i in
                   (key.answer if isinstance(key.answer, list) else [key.answer])]
            return [(i, self.index.quote(i)) for i in ids if i]
        if ex.type == "label":
            return [(p, " or ".join(v)) for p, v in key_labels(ex, key).items()]
        if ex.type == "number":
            tol = f" (± {key.tolerance:g})" if key.tolerance else ""
            return [(f"{key.answer}{tol}", ex.unit)]
        return [("model answer", str(key.answer).strip())]

    def _why(self) -> list[str]:
        why = self.key.why
        out = []
        if isinstance(why, dict):
            for k, v in why.items():
                for q in (v if isinstance(v, list) else [v]):
                    out.append(f"{k}: {quoted(q)}")
        elif isinstance(why, list):
            out += [quoted(q) for q in why]
        elif why:
            out.append(quoted(why))
        return out

    def __str__(self) -> str:
        lines = [f"Key of {self.exercise.id} ({self.exercise.type}):"]
        lines += [f"- {a}: {b}" if b else f"- {a}" for a, b in self._answer_lines()]
        if self._why():
            lines.append("Why (words in the article):")
            lines += [f"- {w}" for w in self._why()]
        if self.key.rubric:
            lines.append("Rubric:")
            lines += [f"- {r}" for r in self.key.rubric]
        if self.key.notes:
            lines.append(f"Notes: {self.key.notes}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        parts = [f'<div class="medialit-solution" style="border-left:4px solid #6a3d9a;padding:4px 10px">'
                 f"<p><strong>Key of {esc(self.exercise.id)}</strong> ({esc(self.exercise.type)})</p><ul>"]
        parts += [f"<li><code>{esc(a)}</code> {esc(b)}</li>" for a, b in self._answer_lines()]
        parts.append("</ul>")
        if self._why():
            parts.append("<p><strong>Why</strong> (words in the article):</p><ul>"
                         + "".join(f"<li>{esc(w)}</li>" for w in self._why()) + "</ul>")
        if self.key.rubric:
            parts.append("<p><strong>Rubric</strong></p><ul>"
                         + "".join(f"<li>{esc(r)}</li>" for r in self.key.rubric) + "</ul>")
        if self.key.notes:
            parts.append(f"<p><strong>Notes:</strong> {esc(self.key.notes)}</p>")
        return "".join(parts) + "</div>"
