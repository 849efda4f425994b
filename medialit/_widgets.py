"""Widgets that keep their keys: typing inside an exercise or a menu never runs notebook commands.

In JupyterLab, a key pressed while a button, radio button or menu has the focus goes to
the notebook's shortcuts: "d d" deletes the cell, "a" inserts one, arrow keys move to
the next cell instead of the next option. JupyterLab (Lumino) skips its shortcuts for
keys whose target is marked ``data-lm-suppress-shortcuts`` (or sits inside a marked element
*before* an element a shortcut's selector matches; a focused button itself matches
``.jp-mod-commandMode :focus``, so each control must carry the mark). ipywidgets cannot
set an attribute, so :func:`key_guard` is a tiny invisible anywidget that marks the
nearest enclosing box with the class ``ml-keys`` and every control inside it, now and
when controls are drawn later. Put it inside that box.

>>> key_guard().__class__.__name__
'KeyGuard'
"""

from __future__ import annotations

#: The browser side: find the enclosing ``.ml-keys`` box (it may be attached a moment later) and mark it.
KEY_GUARD_ESM = """
const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]';
const ATTR = 'data-lm-suppress-shortcuts';
function render({ el }) {
  el.style.display = 'none';
  let tries = 0;
  const mark = (box) => {
    box.setAttribute(ATTR, 'true');
    box.querySelectorAll(FOCUSABLE).forEach(e => e.setAttribute(ATTR, 'true'));
  };
  const start = () => {
    const box = el.closest('.ml-keys');
    if (!box) { if (++tries < 200) setTimeout(start, 50); return; }
    mark(box);
    // controls drawn later (a menu's options, a re-drawn button) are marked too
    new MutationObserver(() => mark(box)).observe(box, { childList: true, subtree: true });
  };
  start();
}
export default { render };
"""


def key_guard():
    """An invisible widget that makes its enclosing ``.ml-keys`` box keep the keys typed in it (or ``None``)."""
    try:
        import anywidget
    except ImportError:  # pragma: no cover - anywidget comes with the kit (altair's charts need it)
        return None

    class KeyGuard(anywidget.AnyWidget):
        _esm = KEY_GUARD_ESM

    return KeyGuard()
