"""The corpus: every article in ``articles/`` as tidy pandas tables.

>>> from medialit import load_corpus
>>> corpus = load_corpus()
>>> corpus.ids[:5]
['basra-forum', 'basra-gaza', 'mosul', 'isfahan', 'qom']
>>> corpus.sentences.loc[0, "sentence_id"]
'basra-forum:p1:s1'

Three tables, one row per thing, joined by ``article_id`` (and ``paragraph_id``):

``corpus.articles`` (one row per article)
    ``article_id`` (string): short id, e.g. ``mosul``; from the metadata, else from the file name.
    ``label`` (string): a short name for menus; the headline when one is known, else the id.
    ``kind`` (string): ``seed`` (the five source articles), ``control`` (an ordinary news report
    written for the kit), ``mirror`` (the seeds' template with the opposite stance, written for the
    kit), ``practice`` (kept back for the capstone), or ``other`` (added by an instructor).
    ``city``, ``country``, ``partner``, ``headline``, ``byline``, ``date``, ``publisher``
    (string): as recorded; ``"unknown"`` when nobody knows, never invented.
    ``file`` (string): the file name in ``articles/``; ``original_file`` (string): the name it had
    when collected; ``provenance`` (string): where it came from.
    ``sha256`` (string): SHA-256 of the file's bytes.
    ``layout`` (string): ``one paragraph per line`` or ``paragraphs separated by blank lines``.
    ``n_paragraphs``, ``n_sentences``, ``n_words`` (int64): counts.
    ``text`` (string): the text every offset points into (see :class:`Article`).

``corpus.paragraphs`` (one row per paragraph)
    ``article_id`` (string); ``paragraph_id`` (string, e.g. ``mosul:p4``); ``n`` (int64, 1-based,
    counting every block a reader sees, titles included); ``line`` (int64, line in the file);
    ``start``, ``end`` (int64, offsets into the article text); ``text`` (string);
    ``n_sentences``, ``n_words`` (int64).

``corpus.sentences`` (one row per sentence)
    ``article_id``, ``paragraph_id``, ``sentence_id`` (string, e.g. ``mosul:p4:s2``);
    ``paragraph`` (int64, the paragraph's ``n``); ``n`` (int64, 1-based within the paragraph);
    ``start``, ``end`` (int64, offsets into the article text, so
    ``article.text[start:end] == text``); ``text`` (string); ``n_words`` (int64).
"""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from ..problems import KitError, Problem

def readable_tables() -> None:
    """In a notebook, show every table cell in full: lessons ask students to read the text in them
    (sentences, seam reasons), and pandas otherwise cuts it at 50 characters with "…".

    Done once when the kit's tables are first loaded in a Jupyter kernel; a terminal or a test run
    keeps pandas' defaults.
    """
    ipython = sys.modules.get("IPython")  # a Jupyter kernel has loaded it; elsewhere, importing it costs 0.3 s
    if ipython is None:
        return
    shell = ipython.get_ipython()
    if shell is not None and shell.__class__.__name__ == "ZMQInteractiveShell":
        pd.set_option("display.max_colwidth", None)
        import numpy as np

        np.set_printoptions(legacy="1.25")  # a mean shows as 0.28577, not np.float64(0.28577)
        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, text_left_html)


def text_left_html(df: pd.DataFrame) -> str | None:
    """A table's notebook HTML with its text columns aligned left (numbers stay right).

    JupyterLab aligns every table cell right, so sentences read ragged on the left. The
    style is scoped to this one table. A missing text shows blank (pandas shows ``<NA>``,
    which means nothing to a student); the table itself is not changed.

    >>> html = text_left_html(pd.DataFrame({"n": [1], "text": ["In the vibrant city of Basra"]}))
    >>> "td:nth-child(3)," in html, "nth-child(2)" in html
    (True, False)
    """
    columns = [i for i, dtype in enumerate(df.dtypes)
               if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)]
    shown = df
    if columns and df.iloc[:, columns].isna().any().any():  # a missing text is blank, not "<NA>" or "None"
        shown = df.copy()
        for i in columns:
            col = shown.iloc[:, i]
            shown.isetitem(i, col.astype(object).where(col.notna(), ""))
    html = shown._repr_html_()
    if html is None or not columns:
        return html
    first = df.index.nlevels  # row headers (th) come before the data cells (td) in each row
    text = [first + i + 1 for i in columns]
    import uuid

    scope = f"ml-table-{uuid.uuid4().hex[:8]}"
    rules = "".join(f".{scope} td:nth-child({n}),.{scope} th:nth-child({n}){{text-align:left}}" for n in text)
    return f'<div class="{scope}"><style>{rules}</style>{html}</div>'


readable_tables()

#: Name of the catalogue file that describes articles whose text must stay untouched.
CATALOGUE = "catalogue.yaml"

#: Kinds of article, with what each means.
KINDS = {
    "seed": "one of the five articles collected from the web that the course studies",
    "control": "an ordinary news report written for the kit (fictional, and labelled so)",
    "mirror": "the seeds' template with the opposite inserted stance, written for the kit",
    "practice": "kept back for the capstone: an article the lessons have not shown",
    "other": "added by an instructor",
}

#: Metadata fields an article may have (front matter or catalogue), with what each means.
FIELDS = {
    "id": "short id used everywhere (lower case, digits, dashes), e.g. mosul",
    "label": "short name for menus, e.g. 'Mosul (Iraq) and Palestine'",
    "kind": "one of: " + ", ".join(KINDS),
    "headline": "the article's headline, or 'unknown'",
    "byline": "who wrote it, or 'unknown'",
    "date": "when it was published, or 'unknown'",
    "publisher": "where it was published, or 'unknown'",
    "city": "city the article is about",
    "country": "country of that city",
    "partner": "the place the city is paired with",
    "original_file": "the file name when the article was collected (for 'add': originals/NAME, kept unchanged)",
    "original_sha256": "SHA-256 of the original file 'add' converted (kept in articles/originals/)",
    "provenance": "where the text came from and how it was collected",
    "sha256": "SHA-256 of the file; when given, the kit checks the text has not changed",
    "language": "language code, e.g. en",
    "notes": "anything else an instructor should know",
}

UNKNOWN = "unknown"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_WORD_RE = re.compile(r"\w+(?:[’'\-]\w+)*")
_TEXT_FIELDS = ("headline", "byline", "date", "publisher", "city", "country", "partner",
                "original_file", "provenance")


def count_words(text: str) -> int:
    """Number of words in ``text`` (hyphenated words and contractions count once).

    >>> count_words("Israel’s well-known role, explained.")
    4
    """
    return len(_WORD_RE.findall(text))


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``article_text[start:end] == text``.

    >>> from medialit import load_corpus
    >>> s = load_corpus()["mosul"].paragraph(4).sentences[1]
    >>> s.id, s.text[:40]
    ('mosul:p4:s2', 'Notably, these forums have also highligh')
    """

    id: str
    n: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """One paragraph (a block a reader sees), with its sentences.

    >>> from medialit import load_corpus
    >>> p = load_corpus()["mosul"].paragraph(7)
    >>> p.id, p.line, len(p.sentences)
    ('mosul:p7', 7, 1)
    """

    id: str
    n: int
    line: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Article:
    """One article: its metadata, its text and its paragraphs.

    ``text`` is the article's body as the kit reads it (UTF-8, byte-order mark
    removed, ``\\n`` line endings, non-breaking spaces as spaces, lines inside a
    blank-line-separated paragraph joined by spaces). For the seed articles it is
    the file's text exactly. Every ``start``/``end`` offset points into it.
    ``notes`` (tuple of str) says what a person should check ("read as
    Windows-1252", lines left out of a converted web page); ``suspect_lines``
    (tuple of :class:`~medialit.problems.Problem`) are lines of a text file without
    metadata that look pasted from a web page (a byline, "Advertisement"), which
    ``validate`` reports.

    >>> from medialit import load_corpus
    >>> art = load_corpus()["isfahan"]
    >>> art.kind, art.meta["city"], art.text[:22]
    ('seed', 'Isfahan', 'ISFAHAN, Iran – In the')
    """

    id: str
    path: Path
    text: str
    meta: dict
    paragraphs: tuple[Paragraph, ...]
    layout: str
    sha256: str
    source: str = ""  # the path as the user gave it (for messages and `inspect`)
    notes: tuple = ()  # what a person should check: "read as Windows-1252", lines dropped on conversion
    suspect_lines: tuple = ()  # Problems: lines that look pasted from a web page (validate reports them)

    @property
    def kind(self) -> str:
        return self.meta.get("kind", "other")

    @property
    def label(self) -> str:
        return self.meta.get("label") or self.id

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    def paragraph(self, n: int) -> Paragraph:
        """Paragraph number ``n`` (1-based, as shown in the article browser)."""
        if not 1 <= n <= len(self.paragraphs):
            raise KitError(f"{self.id} has paragraphs 1 to {len(self.paragraphs)}; there is no paragraph {n}")
        return self.paragraphs[n - 1]

    def __repr__(self) -> str:
        return f"<Article {self.id!r}: {len(self.paragraphs)} paragraphs, kind {self.kind}>"

    def __reduce__(self):
        # Pickled compactly (loading processes hand their articles back this way): a paragraph's or a
        # sentence's text is the article's text between its offsets, so it is cut out again when
        # unpickled instead of being stored two more times (stored only where it differs).
        t = self.text
        paras = tuple((p.id, p.n, p.line, p.start, p.end, None if p.text == t[p.start:p.end] else p.text,
                       tuple((s.id, s.n, s.start, s.end, None if s.text == t[s.start:s.end] else s.text)
                             for s in p.sentences)) for p in self.paragraphs)
        return _unpickle_article, (type(self), self.id, self.path, t, self.meta, paras, self.layout, self.sha256,
                                   self.source, self.notes, self.suspect_lines)


def _unpickle_article(cls, article_id, path, text, meta, paras, layout, sha256, source, notes, suspect_lines):
    return cls(article_id, path, text, meta, tuple(
        Paragraph(pid, n, line, start, end, text[start:end] if ptext is None else ptext, tuple(
            Sentence(sid, k, s, e, text[s:e] if stext is None else stext) for sid, k, s, e, stext in sentences))
        for pid, n, line, start, end, ptext, sentences in paras), layout, sha256, source, notes, suspect_lines)


@dataclass
class Corpus:
    """Articles as three tidy tables (``articles``, ``paragraphs``, ``sentences``) plus the problems found.

    >>> from medialit import load_corpus
    >>> corpus = load_corpus()
    >>> corpus["qom"].label, "mosul" in corpus, corpus.problems
    ('Qom and Gaza (humanitarian aid)', True, [])
    """

    root: Path | None
    items: dict[str, Article]
    problems: list[Problem] = field(default_factory=list)
    _tables: dict = field(default_factory=dict, repr=False)

    @property
    def ids(self) -> list[str]:
        return list(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.items.values())

    def __contains__(self, article_id: object) -> bool:
        return article_id in self.items

    def __getitem__(self, article_id: str) -> Article:
        return self.article(article_id)

    def article(self, article_id: str) -> Article:
        """The article with this id; the error lists the ids there are."""
        if article_id in self.items:
            return self.items[article_id]
        close = difflib.get_close_matches(str(article_id), self.ids, n=3, cutoff=0.5)
        hint = f" Did you mean {', '.join(map(repr, close))}?" if close else ""
        raise KeyError_(f"There is no article {article_id!r}.{hint} The corpus has: {', '.join(self.ids)}.")

    @property
    def articles(self) -> pd.DataFrame:
        return self._table("articles")

    @property
    def paragraphs(self) -> pd.DataFrame:
        return self._table("paragraphs")

    @property
    def sentences(self) -> pd.DataFrame:
        return self._table("sentences")

    def _table(self, name: str) -> pd.DataFrame:
        if name not in self._tables:
            self._tables.update(_build_tables(self.items.values()))
        return self._tables[name].copy()

    def summary(self) -> pd.DataFrame:
        """One row per article: id, kind, place, and paragraph/sentence/word counts.

        >>> from medialit import load_corpus
        >>> load_corpus().summary().loc[0].to_dict()["n_paragraphs"]
        10
        """
        cols = ["article_id", "label", "kind", "city", "country", "partner",
                "n_paragraphs", "n_sentences", "n_words"]
        return self.articles[cols]

    def _repr_html_(self) -> str:  # pragma: no cover - display only
        return self.summary().to_html(index=False, escape=True)

    def __repr__(self) -> str:
        extra = f", {len(self.problems)} problems" if self.problems else ""
        return f"<Corpus: {len(self)} articles{extra}>"


class KeyError_(KitError, KeyError):
    """An id that is not in the corpus (the message lists the ids there are)."""

    def __str__(self) -> str:  # KeyError would print the message in quotes
        return str(self.args[0])


def _build_tables(articles: Iterable[Article]) -> dict[str, pd.DataFrame]:
    a_rows, p_rows, s_rows = [], [], []
    for art in articles:
        n_sent = n_words = 0
        for p in art.paragraphs:
            p_words = 0  # sentences cover every word of their paragraph
            for s in p.sentences:
                s_words = count_words(s.text)
                p_words += s_words
                s_rows.append((art.id, p.id, s.id, p.n, s.n, s.start, s.end, s.text, s_words))
            p_rows.append((art.id, p.id, p.n, p.line, p.start, p.end, p.text, len(p.sentences), p_words))
            n_sent += len(p.sentences)
            n_words += p_words
        m = art.meta
        a_rows.append((art.id, art.label, art.kind) + tuple(m.get(f, UNKNOWN) for f in (
            "city", "country", "partner", "headline", "byline", "date", "publisher")) + (
            art.path.name, m.get("original_file", art.path.name), m.get("provenance", UNKNOWN), art.sha256,
            art.layout, len(art.paragraphs), n_sent, n_words, art.text))
    a_cols = ["article_id", "label", "kind", "city", "country", "partner", "headline", "byline", "date",
              "publisher", "file", "original_file", "provenance", "sha256", "layout", "n_paragraphs",
              "n_sentences", "n_words", "text"]
    p_cols = ["article_id", "paragraph_id", "n", "line", "start", "end", "text", "n_sentences", "n_words"]
    s_cols = ["article_id", "paragraph_id", "sentence_id", "paragraph", "n", "start", "end", "text", "n_words"]
    tables = {}
    for name, rows, cols in (("articles", a_rows, a_cols), ("paragraphs", p_rows, p_cols),
                             ("sentences", s_rows, s_cols)):
        df = pd.DataFrame(rows, columns=cols)
        for c in cols:
            if df[c].dtype == object or str(df[c].dtype).startswith(("str", "string")):
                df[c] = df[c].astype("string")
            else:
                df[c] = df[c].astype("int64")
        tables[name] = df
    return tables
