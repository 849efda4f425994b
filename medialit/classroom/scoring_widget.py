"""Hand scoring in a notebook: one short answer at a time, saved to the hand-scores file as you go.

``hand_scoring("submissions/")`` grades the folder, then shows the first answer still
to score: the exercise prompt, the student's answer, the rubric as checkboxes, the
model answer, a score box (ticking rubric lines proposes a score until you type one),
a comment box, and "n of m left". **Save and next** writes the score and comment to
``hand-scores.csv`` (atomically, see :mod:`.handscoring`) before moving on; nothing is
kept only in the widget. Every control is a native form field: Tab moves between
them, Space ticks a box, Enter on a button presses it.

The logic lives in :class:`ScoringSession` (tested without a browser); the widget is a
thin view of it.

>>> import tempfile, json
>>> folder = Path(tempfile.mkdtemp())
>>> rec = {"student": "ana", "exercise": "00-6-what-is-missing", "answer": "No byline and no date."}
>>> _ = (folder / "ana.jsonl").write_text(json.dumps(rec) + "\\n")
>>> session = ScoringSession(folder, folder / "hand-scores.csv")
>>> session.left, session.current.student
(1, 'ana')
>>> session.save(1.0, (1,), "Name a check you could run.")
>>> session.left, read_hand_scores(folder / "hand-scores.csv")[0].popitem()[1].points
(0, 1.0)
"""

from __future__ import annotations

from pathlib import Path

from .._html import esc
from .gradebook import grade_submissions
from .handscoring import HAND_SCORES, HandScore, fingerprint, read_hand_scores, save_hand_score


class ScoringSession:
    """The answers to score and the hand-scores file; ``current`` is the answer shown."""

    def __init__(self, submissions: str | Path, scores: str | Path | None = None, *, root=None, roster=None,
                 include_scored: bool = False):
        self.path = Path(scores) if scores is not None else Path(HAND_SCORES)
        self.book = grade_submissions(submissions, root, roster=roster, hand_scores=self.path)
        shorts = [g for g in self.book.results.values() if g.type == "short_text"]
        order = {e: i for i, e in enumerate(self.book.exercises)}
        shorts.sort(key=lambda g: (order[g.exercise], g.student.lower()))
        self.items = shorts if include_scored else [g for g in shorts if g.points is None]
        self.done: set[int] = set()
        self.index = 0

    @property
    def left(self) -> int:
        return sum(1 for i, g in enumerate(self.items) if g.points is None and i not in self.done)

    @property
    def current(self):
        return self.items[self.index] if self.items else None

    def info(self):
        from .report import exercise_info

        return exercise_info(self.book, self.current.exercise)

    def existing(self) -> HandScore | None:
        g = self.current
        scores, _ = read_hand_scores(self.path)
        sid = self.book.identities[g.student].student_id
        from .handscoring import score_key

        return scores.get(score_key(g.student, sid, g.exercise))

    def save(self, points: float | None, rubric: tuple = (), comment: str = "") -> None:
        """Save the score of the current answer (raises ValueError for points out of range)."""
        g = self.current
        if points is not None and not 0 <= points <= g.max_points:
            raise ValueError(f"points must be between 0 and {g.max_points:g}; got {points:g}")
        sid = self.book.identities[g.student].student_id
        save_hand_score(self.path, HandScore(g.student, sid, g.exercise, points, tuple(rubric), comment,
                                             str(g.answer), fingerprint(g.answer)))
        if points is not None:
            self.done.add(self.index)

    def move(self, step: int) -> None:
        if self.items:
            self.index = (self.index + step) % len(self.items)


def hand_scoring(submissions: str | Path, scores: str | Path | None = None, *, root=None, roster=None,
                 include_scored: bool = False):
    """The hand-scoring widget (see the module docstring); returns an ``ipywidgets.VBox``.

    ``scores``: the hand-scores file (default ``hand-scores.csv`` in the current folder: give the
    one next to your gradebook CSV). ``include_scored``: also step through answers already scored.
    """
    import ipywidgets as w

    from ..exercises.quiz import markdown_html

    session = ScoringSession(submissions, scores, root=root, roster=roster, include_scored=include_scored)
    status = w.HTML()
    prompt, answer, model = w.HTML(), w.HTML(), w.HTML()
    rubric_box = w.VBox()
    score = w.BoundedFloatText(min=0, max=1, step=0.5, description="Score", layout=w.Layout(width="14em"))
    comment = w.Textarea(placeholder="A comment for the student (shown on their feedback page)",
                         description="Comment", layout=w.Layout(width="100%", height="5em"))
    save_next = w.Button(description="Save and next", button_style="primary", icon="check",
                         tooltip="Save score and comment to the hand-scores file, then show the next answer")
    prev_b = w.Button(description="Previous", icon="arrow-left")
    skip_b = w.Button(description="Skip", icon="arrow-right", tooltip="Next answer without saving")
    message = w.HTML()
    state = {"typed": False, "loading": False}

    def propose(_=None):
        if state["loading"] or state["typed"]:
            return
        boxes = rubric_box.children[1:]  # after the heading
        if boxes:
            ticked = sum(b.value for b in boxes)
            state["loading"] = True
            score.value = round(score.max * ticked / len(boxes) * 2) / 2
            state["loading"] = False

    def typed(_):
        if not state["loading"]:
            state["typed"] = True

    def show():
        g = session.current
        if g is None:
            status.value = "<p><strong>Nothing to score</strong>: every short answer has a score.</p>"
            for c in (save_next, prev_b, skip_b, score, comment):
                c.disabled = True
            return
        state["loading"], state["typed"] = True, False
        title, text, rubric, model_answer = session.info()
        status.value = (f"<p><strong>{session.left} left to score</strong> · answer {session.index + 1} of "
                        f"{len(session.items)} · {esc(g.exercise)} · <strong>{esc(g.student)}</strong></p>")
        prompt.value = f"<h4>{esc(title)}</h4>{markdown_html(text)}"
        answer.value = (f'<p><strong>Answer</strong></p><blockquote style="white-space:pre-wrap;border-left:3px solid '
                        f'#0b5cad;padding-left:.6em">{esc(g.answer)}</blockquote>')
        model.value = f"<details><summary>Model answer</summary><p>{esc(model_answer)}</p></details>" if model_answer else ""
        old = session.existing()
        ticks = set(old.rubric) if old else set()
        boxes = [w.Checkbox(value=(n in ticks), description=r, indent=False, layout=w.Layout(width="100%"))
                 for n, r in enumerate(rubric, start=1)]
        for b in boxes:
            b.observe(propose, "value")
        rubric_box.children = [w.HTML("<strong>Rubric</strong> (tick what the answer does)")] + boxes if boxes else []
        score.max = g.max_points
        score.value = old.points if old and old.points is not None else 0
        state["typed"] = bool(old and old.points is not None)
        comment.value = old.comment if old else ""
        message.value = ""
        state["loading"] = False

    def on_save(_):
        boxes = rubric_box.children[1:]
        ticks = tuple(n for n, b in enumerate(boxes, start=1) if b.value)
        try:
            session.save(float(score.value), ticks, comment.value)
        except Exception as exc:  # the file could not be written: say so, keep what was typed on screen
            message.value = f'<p style="color:#b00020"><strong>Not saved:</strong> {esc(exc)}</p>'
            return
        session.move(1)
        show()
        message.value = "<p>Saved.</p>"

    score.observe(typed, "value")
    save_next.on_click(on_save)
    prev_b.on_click(lambda _: (session.move(-1), show()))
    skip_b.on_click(lambda _: (session.move(1), show()))
    show()
    return w.VBox([status, prompt, answer, rubric_box, model, score, comment,
                   w.HBox([prev_b, save_next, skip_b]), message])
