"""HTML escaping: every piece of article or student text goes through :func:`esc`.

``ipywidgets.HTML`` and ``IPython.display.HTML`` do not sanitise: an article
holding ``<img src=x onerror=...>`` would run its script in JupyterLab. So the
kit never puts text into HTML without escaping it first.
"""

from __future__ import annotations

import html


def esc(text: object) -> str:
    """Escape ``text`` for HTML (quotes too, so it is safe inside attributes).

    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape("" if text is None else str(text), quote=True)


def mark_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Escape ``text`` and wrap each ``(start, end, css_class)`` span in ``<mark>``.

    Spans are character offsets into ``text``; overlapping spans are clipped so the
    markup stays well formed.

    >>> mark_spans("a <b> c", [(2, 5, "hit")])
    'a <mark class="hit">&lt;b&gt;</mark> c'
    """
    out, pos = [], 0
    for start, end, css in sorted(spans):
        start = max(start, pos)
        if end <= start:
            continue
        out.append(esc(text[pos:start]))
        out.append(f'<mark class="{esc(css)}">{esc(text[start:end])}</mark>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


class SavedFile(type(__import__("pathlib").Path())):
    """The path of a file the kit just wrote, shown in a notebook as a sentence with a link, not as
    ``PosixPath('/home/…/capstone-report-….html')``. It is a :class:`pathlib.Path` in every other way.

    The link is relative to the notebook's folder (the kernel's working folder), so JupyterLab opens
    the file in a new tab; a file outside that folder (a shared hand-in folder) is named, not linked.

    >>> from pathlib import Path
    >>> f = SavedFile(Path.cwd() / "report <1>.html")
    >>> print(f._repr_html_())  # doctest: +NORMALIZE_WHITESPACE
    <p>Saved: <a href="report%20%3C1%3E.html" target="_blank">report &lt;1&gt;.html</a>. Open it from the file
    browser on the left (right-click it, then <b>Download</b>, to keep a copy).</p>
    >>> f.suffix, isinstance(f, __import__("pathlib").Path)
    ('.html', True)
    """

    def _repr_html_(self) -> str:
        import os
        from pathlib import Path
        from urllib.parse import quote

        try:
            rel = Path(os.path.relpath(self.resolve(), Path.cwd().resolve()))
        except ValueError:  # another drive (Windows)
            rel = None
        if rel is None or rel.parts[:1] == ("..",):
            shown = f"<code>{esc(self)}</code>"
        else:
            shown = f'<a href="{esc(quote(rel.as_posix()))}" target="_blank">{esc(rel.as_posix())}</a>'
        return (f"<p>Saved: {shown}. Open it from the file browser on the left (right-click it, then "
                "<b>Download</b>, to keep a copy).</p>")
