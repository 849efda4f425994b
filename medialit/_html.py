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
