"""The article reader: an article shown with numbered paragraphs, in a widget.

All article text is HTML-escaped before display (``ipywidgets.HTML`` does not
sanitise), so markup inside an article shows up as visible text and never runs.
"""

from __future__ import annotations

from pathlib import Path

from .._html import esc, mark_spans
from .._widgets import key_guard
from .tables import Article, Corpus
from .loader import load_article, load_corpus

#: What a reader should know about each kind of article, shown above its text.
KIND_NOTES = {
    "seed": "Collected from the web (one of the course's five source articles). "
            "It has no headline, byline, date or links: those fields are unknown.",
    "control": "Written for the kit: a fictional, ordinary local news report used for comparison. "
               "The people and events in it are invented.",
    "mirror": "Written for the kit: the seeds' template with the opposite inserted stance, "
              "so you can practise spotting the technique whichever side it serves.",
    "practice": "Kept back for the capstone: an article the lessons have not shown.",
    "other": "Added by your instructor.",
}

_CSS = """<style>
.ml-article{font-family:var(--jp-content-font-family,system-ui,sans-serif);max-width:46em;line-height:1.5;
 color:var(--jp-content-font-color1,#111)}
.ml-article .ml-meta{border-left:4px solid #0072B2;padding:.3em .8em;margin:.2em 0 .8em 0;
 background:var(--jp-layout-color2,#f3f6fa)}
.ml-article .ml-meta dl{display:grid;grid-template-columns:max-content auto;gap:0 .8em;margin:.3em 0}
.ml-article .ml-meta dt{font-weight:600}
.ml-article .ml-meta dd{margin:0}
.ml-article .ml-kind{font-weight:600}
.ml-article .ml-p{display:grid;grid-template-columns:2.6em auto;margin:.45em 0}
.ml-article .ml-n{font-weight:700;color:#0072B2;text-align:right;padding-right:.7em}
.ml-article mark{background:#F0E442;color:#111;padding:0 .1em}
.ml-article mark.ml-alt{background:#56B4E9}
</style>"""


def _resolve(article: Article | str | Path, corpus: Corpus | None = None) -> Article:
    if isinstance(article, Article):
        return article
    if isinstance(article, Path) or (isinstance(article, str) and (
            "/" in article or "\\" in article or article.endswith((".txt", ".md", ".html", ".htm", ".docx")))):
        return load_article(article)
    corpus = corpus if corpus is not None else load_corpus(warn=False)
    return corpus.article(article)


def article_html(article: Article | str | Path, highlight: dict | None = None, *, corpus: Corpus | None = None,
                 show_meta: bool = True) -> str:
    """The article as escaped HTML with numbered paragraphs.

    ``highlight`` maps a paragraph number to a list of ``(start, end, css_class)``
    spans (offsets into that paragraph's text) to mark.

    >>> html = article_html("qom")
    >>> '<span class="ml-n">6</span>' in html
    True
    """
    art = _resolve(article, corpus)
    highlight = highlight or {}
    parts = [_CSS, f'<div class="ml-article" data-article="{esc(art.id)}">']
    if show_meta:
        m = art.meta
        rows = [("Id", art.id), ("Kind", art.kind), ("Headline", m.get("headline")),
                ("Byline", m.get("byline")), ("Date", m.get("date")),
                ("Place", ", ".join(v for v in (m.get("city"), m.get("country")) if v and v != "unknown")
                 or "unknown"),
                ("Paired with", m.get("partner")), ("File", art.path.name)]
        dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows if v)
        parts.append(f'<div class="ml-meta"><div class="ml-kind">{esc(art.label)}</div>'
                     f'<div>{esc(KIND_NOTES.get(art.kind, ""))}</div><dl>{dl}</dl></div>')
    for p in art.paragraphs:
        body = mark_spans(p.text, highlight.get(p.n, []))
        parts.append(f'<div class="ml-p" id="{esc(p.id)}"><span class="ml-n">{p.n}</span>'
                     f'<span class="ml-t">{body}</span></div>')
    parts.append("</div>")
    return "".join(parts)


def article_widget(article: Article | str | Path, *, corpus: Corpus | None = None):
    """An ``ipywidgets.HTML`` showing the article (for building other widgets).

    >>> article_widget("mosul").value.count('class="ml-p"')
    10
    """
    import ipywidgets as widgets

    return widgets.HTML(article_html(article, corpus=corpus))


def article_text(article: Article | str | Path, *, corpus: Corpus | None = None, width: int = 88) -> str:
    """The article as plain text with numbered paragraphs (what a terminal shows).

    >>> print(article_text("mosul").splitlines()[0])
    Mosul and Palestine (the cultural bridge) [seed]
    """
    import textwrap

    art = _resolve(article, corpus)
    lines = [f"{art.label} [{art.kind}]", KIND_NOTES.get(art.kind, ""), ""]
    for p in art.paragraphs:
        lines.append(textwrap.fill(p.text, width=width, initial_indent=f"{p.n:>3}  ", subsequent_indent="     "))
    return "\n".join(lines)


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the kit
        return False
    shell = get_ipython()
    return shell is not None and shell.__class__.__name__ != "TerminalInteractiveShell"


def show_article(article: Article | str | Path, *, corpus: Corpus | None = None) -> None:
    """Display an article with numbered paragraphs (in a terminal: as plain text).

    ``article`` is an id (``"mosul"``), a path to a ``.txt``/``.md`` file, or an Article.

    >>> show_article("qom")  # doctest: +ELLIPSIS
    Qom and Gaza (humanitarian aid) [seed]
    ...
     10  In conclusion, Qom’s relationship with Gaza and Palestine...
    """
    if not _in_notebook():
        print(article_text(article, corpus=corpus))
        return
    from IPython.display import display

    display(article_widget(article, corpus=corpus))


#: Kinds of article the browser menu leaves out unless asked for by ``start``.
HIDDEN_KINDS = ("practice",)


def article_browser(corpus: Corpus | None = None, start: str | None = None):
    """A widget to browse the corpus: pick an article from a menu and read it.

    >>> browser = article_browser()
    >>> browser.children[0].description
    'Article'
    """
    import ipywidgets as widgets

    corpus = corpus if corpus is not None else load_corpus(warn=False)
    # The capstone's practice article stays out of the menu until the capstone opens it (start=...).
    options = [(f"{a.label} [{a.kind}]", a.id) for a in corpus
               if a.kind not in HIDDEN_KINDS or a.id == start]
    menu = widgets.Dropdown(options=options, value=start or corpus.ids[0], description="Article",
                            layout=widgets.Layout(width="36em"))
    view = widgets.HTML(article_html(corpus.article(menu.value), corpus=corpus))

    def _show(change):
        view.value = article_html(corpus.article(change["new"]), corpus=corpus)

    menu.observe(_show, names="value")
    guard = key_guard()  # arrow keys and letters choose an article, not a notebook cell
    box = widgets.VBox([menu, view] + ([guard] if guard is not None else []))
    box.add_class("ml-browser")
    box.add_class("ml-keys")
    return box


def browse_articles(corpus: Corpus | None = None, start: str | None = None) -> None:
    """Display the article browser (a menu of articles and the chosen one's text).

    In a terminal it lists the articles instead:

    >>> browse_articles()  # doctest: +ELLIPSIS
    basra-forum  Basra and Palestine (the peace forum) [seed]
    ...
    """
    if not _in_notebook():
        corpus = corpus if corpus is not None else load_corpus(warn=False)
        for a in corpus:
            print(f"{a.id:<12} {a.label} [{a.kind}]")
        return
    from IPython.display import display

    display(article_browser(corpus, start))


def sentence_ids(article: Article | str | Path, *, corpus: Corpus | None = None):
    """Every sentence of an article with its id, for writing ``pick`` keys and ``why`` quotes.

    ``article`` is an id (``"mosul"``), a file path, or an :class:`Article`.
    Returns a pandas DataFrame, one row per sentence, columns ``sentence_id``
    (string, ``article:pN:sM``), ``paragraph`` (int64), ``n`` (int64, the
    sentence's number in its paragraph) and ``text`` (string, exactly as in the
    article, so it can be copied into a key). Raises ``KeyError`` (with "did you
    mean") for an unknown id and :class:`~medialit.problems.CorpusError` for a file
    that cannot be read.

    >>> row = sentence_ids("mosul").loc[8]
    >>> row.sentence_id, int(row.paragraph), int(row.n), row.text[:20]
    ('mosul:p4:s2', 4, 2, 'Notably, these forum')
    """
    import pandas as pd

    art = _resolve(article, corpus)
    rows = [(s.id, p.n, s.n, s.text) for p in art.paragraphs for s in p.sentences]
    df = pd.DataFrame(rows, columns=["sentence_id", "paragraph", "n", "text"])
    return df.astype({"sentence_id": "string", "paragraph": "int64", "n": "int64", "text": "string"})
