"""Widgets that keep their keys: typing inside an exercise or a menu never runs notebook commands.

In JupyterLab, a key pressed while a button, radio button or menu has the focus goes to
the notebook's shortcuts: "d d" deletes the cell, "a" inserts one, arrow keys move to
the next cell instead of the next option. JupyterLab (Lumino) skips its shortcuts for
keys typed inside an element marked ``data-lm-suppress-shortcuts``; ipywidgets cannot
set an attribute, so :func:`key_guard` is a tiny invisible anywidget that marks the
nearest enclosing box with the class ``ml-keys``. Put it inside that box.

>>> key_guard().__class__.__name__
'KeyGuard'
"""

from __future__ import annotations

#: The browser side: find the enclosing ``.ml-keys`` box (it may be attached a moment later) and mark it.
KEY_GUARD_ESM = """
function render({ el }) {
  el.style.display = 'none';
  let tries = 0;
  const mark = () => {
    const box = el.closest('.ml-keys');
    if (box) { box.setAttribute('data-lm-suppress-shortcuts', 'true'); return; }
    if (++tries < 200) setTimeout(mark, 50);
  };
  mark();
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
