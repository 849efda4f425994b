"""Who is answering, at the top of every lesson: ``whoami()`` in one line, ``name_box()`` in lesson 00.

**Reopened lessons.** A lesson saved with its outputs and opened again later has no
kernel behind its widgets, and JupyterLab would print "Error displaying widget:
model not found" for every exercise, article browser and chart. The kit chooses a
short, friendly line instead of drawing the widgets again from saved widget state:
a redrawn exercise would look alive, but its **Check** button would do nothing until
the cell runs again, which is worse for a student than being told to run the cell;
and saving widget state needs a JupyterLab setting that hubs and Binder do not have.
So :func:`whoami` (run at the top of every lesson) does two things:

- every widget's output bundle gets a ``text/plain`` and ``text/html`` line ("Run this
  cell (Shift+Enter) to show it again ...") that JupyterLab, nbconvert and GitHub show
  whenever they cannot draw the widget (an untrusted notebook, a static view);
- its own one-line output carries a small style rule that hides the "model not
  found" message of the widget renderer and shows that same line instead, in a
  trusted notebook reopened with a new kernel (the message is hidden from screen
  readers too). A live widget is drawn as usual: the rule matches only the
  renderer's error state (:data:`REOPEN_SELECTOR`).

>>> line = whoami()
>>> "Answering as" in repr(line)
True
"""

from __future__ import annotations

import contextlib
import io

from .._html import esc
from . import answerlog, student

#: What a reopened lesson shows where a widget was.
RERUN_TEXT = ("This part of the lesson (an exercise, a chart or the article browser) appears when you "
              "run this cell again (Shift+Enter). Your saved answers are safe.")

#: Selects the widget renderer's error message ("model not found"): only the error path gives the
#: renderer's own node the class jupyter-widgets while leaving it without child elements.
REOPEN_SELECTOR = ".jp-OutputArea-output.jupyter-widgets:not([data-mime-type]):not(:has(*))"
_REOPEN_CSS = (
    f"<style>{REOPEN_SELECTOR}{{visibility:hidden}}"
    f'{REOPEN_SELECTOR}::before{{visibility:visible;content:"{RERUN_TEXT}";font-style:italic;display:block;'
    "padding:.3em 0;color:var(--jp-ui-font-color1,#222)}</style>")


def install_reopen_fallback() -> bool:
    """Give every ipywidgets widget a friendly ``text/plain``/``text/html`` line for when it cannot be drawn.

    Returns True when installed (inside IPython), False elsewhere. Safe to call again.

    >>> install_reopen_fallback() in (True, False)
    True
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the kernel
        return False
    ip = get_ipython()
    if ip is None:
        return False
    formatters = ip.display_formatter.formatters
    rerun_html = f'<p class="medialit-rerun"><em>{esc(RERUN_TEXT)}</em></p>'
    formatters["text/plain"].for_type_by_name("ipywidgets.widgets.domwidget", "DOMWidget",
                                              lambda w, p, cycle: p.text(RERUN_TEXT))
    formatters["text/html"].for_type_by_name("ipywidgets.widgets.domwidget", "DOMWidget", lambda w: rerun_html)
    # altair charts, drawn by the kit's offline renderer as a widget (only then: None keeps altair's own)
    formatters["text/plain"].for_type_by_name("altair.vegalite.v6.api", "TopLevelMixin",
                                              lambda c, p, cycle: p.text(RERUN_TEXT if _chart_widget() else repr(c)))
    formatters["text/html"].for_type_by_name("altair.vegalite.v6.api", "TopLevelMixin",
                                             lambda c: rerun_html if _chart_widget() else None)
    return True


def _chart_widget() -> bool:
    import sys

    alt = sys.modules.get("altair")
    return alt is not None and alt.renderers.active == "jupyter"


class StudentLine:
    """One line saying who is answering and where the answers are saved (what :func:`whoami` returns)."""

    def __init__(self):
        ident = answerlog.identity()
        self.student, self.student_id = ident["student"], ident["student_id"]
        self.generic = student.needs_name()
        log = answerlog.student_log()
        self.path = log.path
        try:
            self.saved = sum(1 for r in log.read() if isinstance(r.get("exercise"), str))
        except OSError:
            self.saved = 0

    def text(self, in_box: bool = False) -> str:
        """The line; ``in_box``: worded for lesson 00's name box (no code, it points at the box)."""
        who = self.student + (f" (id {self.student_id})" if self.student_id else "")
        if self.generic and in_box:
            return (f"Answering as {who!r}, a computer account many people share. "
                    f"Answers saved so far: {self.saved}.")
        if not self.generic and in_box:
            return f"Answering as {who}: {self.saved} answer{'s' if self.saved != 1 else ''} saved."
        if self.generic:
            return (f"Answering as {who!r}, a computer account many people share: type your name in lesson 00, "
                    f"or run set_student(\"Your Name\"). Answers saved so far: {self.saved}.")
        return (f"Answering as {who}: {self.saved} answer{'s' if self.saved != 1 else ''} saved in "
                f"{self.path.name}. Not you? Run set_student(\"Your Name\").")

    def __repr__(self) -> str:
        return self.text()

    def html(self, in_box: bool = False) -> str:
        """:meth:`text` as escaped HTML, the name isolated (``<bdi>``) so a right-to-left name keeps
        the words and numbers around it in place ("Answering as محمد علی: 0 answers")."""
        text, name = esc(self.text(in_box)), esc(self.student)
        return text.replace(name, f"<bdi>{name}</bdi>", 1) if name else text

    def _repr_html_(self) -> str:
        style = "border-left:4px solid #b45309;padding-left:.5em" if self.generic else ""
        return f'<p class="medialit-whoami" style="{style}">{self.html()}</p>{_REOPEN_CSS}'


def whoami() -> StudentLine:
    """Who is answering now, in one line (called at the top of every lesson).

    Also makes reopened lessons say "run this cell" instead of "model not found" (see the module).

    >>> print(repr(whoami()).split(":")[0].startswith("Answering as"))
    True
    """
    install_reopen_fallback()
    return StudentLine()


class NameBox:
    """The name widget of lesson 00: a text box and a **Save my name** button (saved at once)."""

    def __init__(self):
        import ipywidgets as W

        install_reopen_fallback()
        line = StudentLine()
        intro = ("Type your name in the box below and press Save my name, so your teacher knows whose answers "
                 "these are:" if line.generic else "Not you, or want your full name on your work? Type it here:")
        self.line = W.HTML(f'<p class="medialit-whoami">{line.html(in_box=True)}</p>')
        self.name = W.Text(value="", placeholder="Your name, as your teacher should see it",
                           description="Your name:", style={"description_width": "initial"},
                           layout=W.Layout(width="28em"))
        self.button = W.Button(description="Save my name", button_style="primary")
        self.status = W.HTML("")
        self.status.add_class("medialit-name-status")
        self.button.on_click(lambda _: self.save())
        self.widget = W.VBox([self.line, W.HTML(f"<p>{esc(intro)}</p>"), W.HBox([self.name, self.button]),
                              self.status])
        self.widget.add_class("medialit-namebox")

    def save(self) -> None:
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                student.set_student(self.name.value)
        except ValueError as exc:
            self.status.value = f'<p role="alert">{esc(box_wording(str(exc)))}</p>'
            return
        self.status.value = f'<p role="status">{esc(out.getvalue().strip())}</p>'
        self.line.value = f'<p class="medialit-whoami">{StudentLine().html(in_box=True)}</p>'

    def _ipython_display_(self):  # pragma: no cover - display only
        from IPython.display import display

        display({"text/html": _REOPEN_CSS, "text/plain": ""}, raw=True)  # the reopen rule, as whoami() gives
        display(self._repr_mimebundle_(), raw=True)

    def _repr_mimebundle_(self, **kwargs):
        bundle = dict(self.widget._repr_mimebundle_(**kwargs) or {})
        bundle["text/plain"] = RERUN_TEXT
        bundle["text/html"] = f'<p class="medialit-rerun"><em>{esc(RERUN_TEXT)}</em></p>'
        return bundle


def box_wording(message: str) -> str:
    """A name error as the name box says it: "type it in the box", not "call set_student(...)".

    >>> box_wording("A student name cannot be empty. Type your name as you want your teacher to see it, "
    ...             "for example set_student('Ana López').")
    'A student name cannot be empty. Type your name as you want your teacher to see it, for example Ana López.'
    """
    import re

    return re.sub(r"set_student\((['\"])(.*?)\1\)", r"\2", message)


def name_box() -> NameBox:
    """The widget lesson 00 shows at its top: who is answering, a name box and a Save button.

    >>> box = name_box()
    >>> box.name.value = "  "
    >>> box.button.click()
    >>> "cannot be empty" in box.status.value
    True
    """
    return NameBox()
