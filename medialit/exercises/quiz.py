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
from .workbook import Workbook, workbook

_CSS = """<style>
.ml-quiz{max-width:48em}
.ml-quiz .ml-choice label, .ml-quiz .ml-choice .widget-label-basic{white-space:normal!important;
 overflow:visible!important;text-overflow:clip!important;line-height:1.4;height:auto!important}
.ml-quiz .ml-choice{height:auto!important;align-items:flex-start}
.ml-quiz .ml-title{margin:.3em 0;font-size:1.1em}
.ml-quiz .ml-para{margin:.6em 0 .1em 0;font-weight:600}
.ml-quiz .ml-ptext{line-height:1.45;margin:0 0 .2em 0}
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


def _last_answer(exercise_id: str) -> Any:
    try:
        from .answerlog import student_log

        for rec in reversed(student_log().read()):
            if rec.get("exercise") == exercise_id and rec.get("valid"):
                return rec.get("answer")
    except Exception:  # a saved answer we cannot read is not worth failing the display for
        return None
    return None


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
    # A text box with the labels as suggestions, not a Dropdown: JupyterLab takes the arrow and letter
    # keys of a focused <select> as notebook shortcuts (select cell below, insert cell...), so a menu
    # cannot be used with the keyboard there; a text box is editable, and JupyterLab leaves its keys alone.
    rows, menus = [], []
    for p in paras:
        menu = W.Combobox(options=list(ex.labels), value=previous.get(p.id) if previous.get(p.id) in ex.labels else "",
                          placeholder="type or pick a label", ensure_option=False,
                          description=f"Paragraph {p.n}:", style={"description_width": "initial"},
                          layout=W.Layout(width="auto"))
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
    answer_input, read_answer = _input(ex, _last_answer(ex.id), wb)
    # No icons: their font glyph would become part of the button's accessible name ("\uf00c Check").
    check_button = W.Button(description="Check", button_style="primary",
                            tooltip="Check your answer and save it")
    hint_button = W.Button(description="Hint",
                           tooltip=f"Show the next hint ({len(ex.hints)} in all)" if ex.hints else "No hints",
                           disabled=not ex.hints)
    feedback = W.HTML('<div role="status" aria-live="polite"></div>')
    hints = W.HTML('<div role="status" aria-live="polite"></div>')
    shown: list[str] = []

    def on_check(_):
        fb = wb.check(ex.id, read_answer())
        feedback.value = fb._repr_html_()

    def on_hint(_):
        h = wb.hint(ex.id)
        if str(h) not in shown:
            shown.append(str(h))
        items = "".join(f"<li>{esc(s)}</li>" for s in shown)
        done = " (that was the last hint)" if h.n == h.total else ""
        hints.value = f'<div role="status" aria-live="polite"><ul>{items}</ul>{esc(done)}</div>'

    check_button.on_click(on_check)
    hint_button.on_click(on_hint)
    box = W.VBox([header, answer_input, W.HBox([check_button, hint_button]), hints, feedback])
    box.add_class("ml-quiz")
    box.exercise = ex
    box.answer_input, box.read_answer = answer_input, read_answer
    box.check_button, box.hint_button, box.feedback, box.hints = check_button, hint_button, feedback, hints
    return box


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
