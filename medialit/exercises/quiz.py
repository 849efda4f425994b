"""The quiz widget: ``show("00-4-israel-passage")`` puts an exercise in a notebook.

It shows the prompt, the input the type needs (choices, a sentence picker over the
article, a paragraph labeler, a number box, a text area), a **Check** button that
runs :func:`~medialit.exercises.workbook.check` (so the answer is saved) and a **Hint** button
that reveals the hints one at a time. Every input has a label a screen reader reads;
the feedback area is an ARIA live region. All article and student text is
HTML-escaped (``ipywidgets.HTML`` does not sanitise); the prompt's Markdown is
rendered with raw HTML escaped.

>>> w = exercise_widget("00-3-named-voices")
>>> w.answer_input.value = "three"
>>> w.check_button.click()
>>> "a number, like 3" in w.feedback.value
True
"""

from __future__ import annotations

from typing import Any

from .._html import esc
from .._widgets import key_guard
from .feedback import STYLE, inline_code
from .workbook import Workbook, _now, workbook

# Long options wrap beside their own radio button or checkbox: each label is a row with the control
# at the top left and the text in a column next to it (not wrapping under the control).
_CSS = """<style>
.ml-quiz{max-width:48em}
.ml-quiz .ml-choice label, .ml-quiz .ml-choice .widget-label-basic{white-space:normal!important;
 overflow:visible!important;text-overflow:clip!important;line-height:1.4;height:auto!important}
.ml-quiz .ml-choice{height:auto!important;align-items:flex-start}
.ml-quiz .widget-radio-box{flex:1 1 auto;min-width:0}
.ml-quiz .widget-radio-box label, .ml-quiz .ml-choice label.widget-label-basic{display:flex!important;
 align-items:flex-start;gap:.5em;margin:.25em 0}
.ml-quiz .widget-radio-box label{flex-direction:row-reverse;justify-content:flex-end}
.ml-quiz .widget-radio-box input, .ml-quiz .ml-choice input{flex:none;margin:.2em 0 0 0!important}
.ml-quiz .ml-label-menu select{max-width:20em}
.ml-quiz .ml-title{margin:.3em 0;font-size:1.1em}
.ml-quiz .ml-para{margin:.6em 0 .1em 0;font-weight:600}
.ml-quiz .ml-ptext{line-height:1.45;margin:0 0 .2em 0}
.ml-quiz .widget-html-content{line-height:1.45}
.ml-quiz .widget-html-content p{margin:.3em 0}
.ml-quiz textarea, .ml-quiz input[type=text]{font-family:var(--jp-content-font-family, system-ui, sans-serif);
 font-size:var(--jp-content-font-size1, 14px);line-height:1.45}
</style>"""


def markdown_html(text: str) -> str:
    """Markdown to HTML with any raw HTML escaped (safe to put in ``ipywidgets.HTML``).

    >>> markdown_html("Pick **every** sentence <img src=x onerror=alert(1)>")
    '<p>Pick <strong>every</strong> sentence &lt;img src=x onerror=alert(1)&gt;</p>\\n'
    """
    try:
        import mistune
    except ImportError:  # pragma: no cover - mistune comes with JupyterLab
        return "".join(f"<p>{esc(p)}</p>" for p in text.split("\n\n"))
    return mistune.create_markdown(escape=True)(text)


def _last_record(exercise_id: str) -> dict:
    """The last saved valid answer to the exercise, with the hints seen (``{}`` if none)."""
    try:
        from .answerlog import student_log

        records = [r for r in student_log().read() if r.get("exercise") == exercise_id]
    except Exception:  # a saved answer we cannot read is not worth failing the display for
        return {}
    hints = max([r.get("hints_seen") or 0 for r in records if isinstance(r.get("hints_seen"), int)] or [0])
    valid = [r for r in records if r.get("valid")]
    return dict(valid[-1], hints_seen=hints) if valid else {"hints_seen": hints}


def _last_answer(exercise_id: str) -> Any:
    return _last_record(exercise_id).get("answer")


def _choice_widget(ex, previous):
    import ipywidgets as W

    if ex.type == "single_choice":
        options = [(f"{k}) {text}", k) for k, text in ex.choices.items()]
        box = W.RadioButtons(options=options, value=previous if previous in ex.choices else None,
                             description="Your answer:", layout=W.Layout(width="auto"),
                             style={"description_width": "initial"})
        box.add_class("ml-choice")
        return box, lambda: box.value if box.value is not None else []
    boxes = []
    for k, text in ex.choices.items():
        cb = W.Checkbox(value=isinstance(previous, list) and k in previous, description=f"{k}) {text}",
                        indent=False, layout=W.Layout(width="auto"))
        cb.add_class("ml-choice")
        boxes.append((k, cb))
    group = W.VBox([W.HTML("<p><strong>Tick every choice that applies:</strong></p>")] + [cb for _, cb in boxes])
    group.checkboxes = dict(boxes)
    return group, lambda: [k for k, cb in boxes if cb.value]


def _pick_widget(ex, previous, wb):
    import ipywidgets as W

    article = wb.corpus()[ex.article]
    chosen = set(previous) if isinstance(previous, list) else set()
    rows, boxes = [], []
    for p in article.paragraphs:
        if ex.pick == "paragraphs":
            cb = W.Checkbox(value=p.id in chosen, description=f"Paragraph {p.n}: {p.text}", indent=False,
                            layout=W.Layout(width="auto"))
            cb.add_class("ml-choice")
            boxes.append((p.id, cb))
            rows.append(cb)
            continue
        rows.append(W.HTML(f'<p class="ml-para">Paragraph {p.n}</p>'))
        for s in p.sentences:
            # the description is set as plain text by ipywidgets (never as HTML)
            cb = W.Checkbox(value=s.id in chosen, description=f"p{p.n} s{s.n}: {s.text}", indent=False,
                            layout=W.Layout(width="auto"))
            cb.add_class("ml-choice")
            boxes.append((s.id, cb))
            rows.append(cb)
    noun = "paragraph" if ex.pick == "paragraphs" else "sentence"
    group = W.VBox([W.HTML(f"<p><strong>Tick each {noun} you pick</strong> "
                           f"(article: {esc(article.label)}):</p>")] + rows)
    group.checkboxes = dict(boxes)
    return group, lambda: [i for i, cb in boxes if cb.value]


def _label_widget(ex, previous, wb):
    import ipywidgets as W

    article = wb.corpus()[ex.article]
    wanted = list(ex.paragraphs) or [p.id for p in article.paragraphs]
    paras = [p for p in article.paragraphs if p.id in wanted]
    previous = previous if isinstance(previous, dict) else {}
    # One menu per paragraph; the exercise box is marked so JupyterLab leaves the menu's keys alone
    # (arrow keys and letters choose a label; see _KEY_GUARD_ESM).
    rows, menus = [], []
    for p in paras:
        menu = W.Dropdown(options=[("(choose a label)", "")] + [(k, k) for k in ex.labels],
                          value=previous.get(p.id) if previous.get(p.id) in ex.labels else "",
                          description=f"Paragraph {p.n}:", style={"description_width": "initial"},
                          layout=W.Layout(width="auto"))
        menu.add_class("ml-label-menu")
        menus.append((p.id, menu))
        rows += [W.HTML(f'<p class="ml-ptext"><strong>Paragraph {p.n}.</strong> {esc(p.text)}</p>'), menu]
    legend = "".join(f"<li><strong>{esc(k)}</strong>: {esc(v)}</li>" for k, v in ex.labels.items())
    group = W.VBox([W.HTML(f"<p><strong>Labels</strong></p><ul>{legend}</ul>")] + rows)
    group.menus = dict(menus)
    return group, lambda: {pid: m.value.strip() for pid, m in menus if m.value.strip()}


def _input(ex, previous, wb):
    import ipywidgets as W

    if ex.type in ("single_choice", "multi_choice"):
        return _choice_widget(ex, previous)
    if ex.type == "pick":
        return _pick_widget(ex, previous, wb)
    if ex.type == "label":
        return _label_widget(ex, previous, wb)
    if ex.type == "number":
        unit = f" ({ex.unit})" if ex.unit else ""
        box = W.Text(value="" if previous is None else f"{previous:g}" if isinstance(previous, float) else "",
                     description=f"Your answer{unit}:", placeholder="a number, e.g. 3",
                     style={"description_width": "initial"})
        return box, lambda: box.value
    box = W.Textarea(value=previous if isinstance(previous, str) else "", description="Your answer:",
                     placeholder="Write your answer here, in your own words.", rows=6,
                     style={"description_width": "initial"}, layout=W.Layout(width="100%"))
    return box, lambda: box.value


def exercise_widget(exercise_id: str, *, wb: Workbook | None = None):
    """The widget of an exercise (what :func:`show` displays); see the module docs.

    Its parts are attributes: ``answer_input``, ``check_button``, ``hint_button``,
    ``feedback`` and ``hints`` (HTML widgets), ``read_answer()``. ``wb`` is the
    workbook to use (default: this kit's).
    """
    import ipywidgets as W

    wb = wb or workbook()
    ex = wb.exercise(exercise_id)
    title = ex.title or ex.id
    points = f"{ex.points:g} point{'s' if ex.points != 1 else ''}"
    # h3: exercises sit under the lessons' "##" sections (axe: heading levels go up one at a time)
    header = W.HTML(_CSS + f'<h3 class="ml-title">{esc(title)} <small>({esc(ex.id)}, {points})</small></h3>'
                    + markdown_html(ex.prompt))
    last = _last_record(ex.id)
    answer_input, read_answer = _input(ex, last.get("answer"), wb)
    # No icons: their font glyph would become part of the button's accessible name ("\uf00c Check").
    check_button = W.Button(description="Check", button_style="primary",
                            tooltip="Check your answer and save it")
    hint_button = W.Button(description="Hint",
                           tooltip=f"Show the next hint ({len(ex.hints)} in all)" if ex.hints else "No hints",
                           disabled=not ex.hints)
    feedback = W.HTML('<div role="status" aria-live="polite"></div>')
    hints = W.HTML('<div role="status" aria-live="polite"></div>')
    shown: list[str] = []

    def show_hints(last_one: bool = False):
        items = "".join(f"<li>{inline_code(s)}</li>" for s in shown)
        done = " (that was the last hint)" if last_one else ""
        hints.value = f'<div role="status" aria-live="polite"><ul>{items}</ul>{esc(done)}</div>'
        if len(shown) >= len(ex.hints):
            hint_button.tooltip = "You have seen every hint (listed below)"

    # Hints seen before (this kernel, or saved with an answer) stay visible when the cell runs again.
    seen = min(max(wb.hints_shown(ex.id), last.get("hints_seen") or 0), len(ex.hints))
    if seen:
        wb._hints_shown[ex.id] = seen
        shown += [f"Hint {n} of {len(ex.hints)}: {ex.hints[n - 1]}" for n in range(1, seen + 1)]
        show_hints()
    if last.get("answer") is not None:
        feedback.value = _previous_html(wb, ex, last)

    def on_check(_):
        answer = None
        try:
            answer = read_answer()
            feedback.value = wb.check(ex.id, answer).to_html(
                widget=True, hints_left=len(ex.hints) - min(wb.hints_shown(ex.id), len(ex.hints)))
        except Exception as exc:  # never a blank feedback area: say what happened, keep the answer
            feedback.value = trouble_html(ex, answer, exc)

    def on_hint(_):
        try:
            h = wb.hint(ex.id)
        except Exception as exc:
            feedback.value = trouble_html(ex, None, exc)
            return
        if h.widget_text() not in shown:
            shown.append(h.widget_text())
        show_hints(h.n == h.total)

    check_button.on_click(on_check)
    hint_button.on_click(on_hint)
    parts = [header, answer_input, W.HBox([check_button, hint_button]), hints, feedback]
    guard = key_guard()
    box = W.VBox(parts + ([guard] if guard is not None else []))
    box.add_class("ml-quiz")
    box.add_class("ml-keys")
    box.exercise = ex
    box.answer_input, box.read_answer = answer_input, read_answer
    box.check_button, box.hint_button, box.feedback, box.hints = check_button, hint_button, feedback, hints
    return box


def _previous_html(wb, ex, last: dict) -> str:
    """Feedback for the saved answer the widget starts with, so the student sees where they stand."""
    when = str(last.get("time") or "")[:16].replace("T", " ")
    note = (f'<p style="margin:2px 0"><em>Your saved answer{f" (checked {esc(when)} UTC)" if when else ""} '
            "is filled in below. Change it and press Check to try again.</em></p>")
    try:
        fb = wb.check(ex.id, last.get("answer"), save=False)
    except Exception:
        return note
    if fb.type == "short_text":
        return note + '<p style="margin:2px 0">Saved, scored by your teacher.</p>'
    return note + fb.to_html(widget=True)


def trouble_html(ex, answer, exc: BaseException) -> str:
    """What the Check button shows when checking failed: what happened, whether the answer was kept.

    The answer is saved as typed (marked as not checked) whenever the answer log can be written.

    >>> from medialit.exercises.schema import Exercise
    >>> html = trouble_html(Exercise("00-9-demo", "number", "How many?"), "3", ValueError("boom"))
    >>> "could not be checked" in html and "boom" not in html
    True
    """
    from . import answerlog
    from .schema import ExerciseError

    saved = False
    if answer is not None:
        try:
            answerlog.student_log().append({
                "time": _now(), "student": answerlog.current_student(), "exercise": ex.id,
                "lesson": ex.lesson, "type": ex.type, "answer": answerlog.jsonable(answer), "valid": False,
                "status": "error", "scored": False, "score": 0.0, "points": 0.0, "max_points": ex.points,
                "hints_seen": 0, "error": f"{type(exc).__name__}: {exc}"[:500]})
            saved = True
        except Exception:
            saved = False
    if isinstance(exc, ExerciseError):
        where = exc.problems[0] if exc.problems else ""
        why = ("The exercise file has a mistake, so your answer could not be checked. Tell your teacher; "
               f"they can fix it ({where}).")
    else:
        why = ("Your answer could not be checked because something went wrong in the kit "
               f"({type(exc).__name__}). Tell your teacher.")
    kept = ("Your answer was saved as you wrote it, so nothing is lost." if saved else
            "Your answer was NOT saved: copy it somewhere safe before you close the notebook."
            if answer is not None else "")
    return (STYLE + '<div class="medialit-feedback ml-b-warning" role="alert" '
            'style="border-left:4px solid;padding:4px 10px;margin:4px 0">'
            f'<p style="margin:2px 0"><strong class="ml-warning">This answer could not be checked</strong></p>'
            f'<p style="margin:2px 0">{esc(why)}</p>'
            + (f'<p style="margin:2px 0"><strong>{esc(kept)}</strong></p>' if kept else "") + "</div>")


def show(exercise_id: str) -> None:
    """Display an exercise in the notebook: prompt, input, Check and Hint buttons, feedback.

    A lesson presents each exercise with one line, e.g. ``show("00-4-israel-passage")``.
    Outside Jupyter it prints the prompt and how to answer with ``check()``:

    >>> show("00-1-dateline")  # doctest: +ELLIPSIS
    Where does the article start? (00-1-dateline)
    ...
    Answer with: check('00-1-dateline', 'a')
    """
    from IPython import get_ipython
    from IPython.display import display

    if get_ipython() is None:
        from .grading import example

        ex = workbook().exercise(exercise_id)
        print(f"{ex.title or ex.id} ({ex.id})\n\n{ex.prompt}\nAnswer with: {example(ex, workbook().index())}")
        return
    display(exercise_widget(exercise_id))
