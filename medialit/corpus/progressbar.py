"""Progress bars for long work: loading or analysing more than a few hundred articles.

:func:`steps` wraps `tqdm <https://tqdm.github.io>`_: in JupyterLab ``tqdm.auto`` draws an
ipywidgets bar, on the command line a text bar on standard error. Small jobs show nothing.
On Ctrl-C (or the notebook's stop button) the bar is closed, the interruption goes on to the
caller, and nothing half-done is returned.
"""

from __future__ import annotations

import contextlib
import os
import sys

#: Jobs with more items than this show a bar (unless ``show`` says otherwise).
SHOW_FROM = 300


class _Silent:
    """The same methods as a tqdm bar, doing nothing."""

    def update(self, n: int = 1) -> None:
        pass

    def set_description_str(self, text: str) -> None:
        pass


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    try:
        ip = shell.get_ipython() if shell else None
    except Exception:  # noqa: BLE001  (no IPython, or not running)
        return False
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


@contextlib.contextmanager
def steps(total: int, what: str, *, show: bool | None = None, unit: str = "articles"):
    """A progress bar for ``total`` items of work described by ``what`` ("loading articles").

    ``show``: ``True``/``False`` to force; ``None`` shows a bar for more than :data:`SHOW_FROM`
    items (and never when ``MEDIALIT_NO_PROGRESS`` is set). Yields an object with ``update(n)``
    and ``set_description_str(text)``.

    >>> with steps(3, "counting") as bar:
    ...     bar.update(3)
    """
    if show is None:
        show = total > SHOW_FROM and not os.environ.get("MEDIALIT_NO_PROGRESS")
    if not show:
        yield _Silent()
        return
    if _in_notebook():
        from tqdm.auto import tqdm
    else:
        from tqdm import tqdm
    bar = tqdm(total=total, desc=what, unit=f" {unit}", file=sys.stderr, leave=False, dynamic_ncols=True)
    try:
        yield bar
    except KeyboardInterrupt:
        bar.set_description_str(f"{what}: stopped")
        raise
    finally:
        bar.close()
