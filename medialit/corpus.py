"""The corpus: every article in ``articles/`` as tidy pandas tables.

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
import hashlib
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from ._yaml import YamlSyntaxError, line_of, load_with_lines
from .problems import CorpusError, KitError, Problem, display_path
from .segment import sentence_spans
from .source import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, read_source, slugify

#: The kit's own folder (the one holding ``articles/``, ``exercises/``, ...).
KIT_ROOT = Path(__file__).resolve().parent.parent

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
    "original_file": "the file name when the article was collected",
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


@dataclass
class Corpus:
    """Articles as three tidy tables (``articles``, ``paragraphs``, ``sentences``) plus the problems found.

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


def _check_meta(meta: dict, lines: dict, shown: str) -> tuple[dict, list[Problem]]:
    """Keep the valid fields of ``meta``; report the others."""
    problems, clean = [], {}
    for key, value in meta.items():
        line = line_of(lines, (key,))
        if key not in FIELDS:
            close = difflib.get_close_matches(str(key), FIELDS, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            problems.append(Problem(shown, line, f"unknown field '{key}'; {hint}known fields: {', '.join(FIELDS)}"))
            continue
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            problems.append(Problem(shown, line, f"{key}: must be a single value, not a "
                                                 f"{'list' if isinstance(value, list) else 'mapping'}"))
            continue
        value = str(value).strip()
        if key == "id" and not _ID_RE.match(value):
            problems.append(Problem(shown, line, f"id: {value!r} is not a valid id; use lower case letters, "
                                                 f"digits and dashes, e.g. {slugify(value)!r}"))
            continue
        if key == "kind" and value not in KINDS:
            close = difflib.get_close_matches(value, KINDS, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            problems.append(Problem(shown, line, f"kind: {value!r} is not a kind; {hint}use one of: "
                                                 f"{', '.join(KINDS)}"))
            continue
        clean[key] = value
    return clean, problems


def _load_catalogue(folder: Path) -> tuple[dict, dict, list[Problem]]:
    path = folder / CATALOGUE
    if not path.exists():
        return {}, {}, []
    shown = display_path(path)
    try:
        data, lines = load_with_lines(path.read_text(encoding="utf-8-sig"))
    except (YamlSyntaxError, UnicodeDecodeError) as exc:
        line = getattr(exc, "line", 1)
        return {}, {}, [Problem(shown, line, f"catalogue cannot be read ({exc}); fix the YAML (one entry "
                                             "per file name, with 'field: value' lines indented below it)")]
    if data is None:
        return {}, {}, []
    if not isinstance(data, dict) or not all(isinstance(v, dict) or v is None for v in data.values()):
        return {}, {}, [Problem(shown, 1, "catalogue must map each file name to its fields, e.g.\n"
                                          "mosul.txt:\n  id: mosul\n  city: Mosul")]
    entries, problems = {}, []
    for name, fields in data.items():
        entries[str(name)] = (fields or {}, {k[1:]: v for k, v in lines.items() if k[:1] == (name,)})
        if not (folder / str(name)).exists():
            problems.append(Problem(shown, line_of(lines, (name,)),
                                    f"lists '{name}', but there is no such file in {display_path(folder)}; "
                                    "fix the name or remove the entry"))
    return entries, {"path": shown}, problems


def _article_files(folder: Path) -> tuple[list[Path], list[Problem]]:
    files, problems = [], []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.name.lower() != "readme.md":
            files.append(path)
        elif path.name != CATALOGUE and path.name.lower() != "readme.md":
            problems.append(Problem(display_path(path), 1,
                                    f"not read: articles must be .txt or .md files (this is "
                                    f"'{path.suffix or 'no ending'}'); save the article as plain text"))
    return files, problems


def default_articles_dir() -> Path:
    """The folder ``load_corpus()`` reads: ``$MEDIALIT_ARTICLES`` if set, else the kit's ``articles/``."""
    return Path(os.environ.get("MEDIALIT_ARTICLES") or KIT_ROOT / "articles")


def load_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Load one article file (metadata from its front matter or its folder's catalogue).

    >>> load_article(KIT_ROOT / "articles" / "qom.txt").meta["city"]
    'Qom'

    Raises :class:`CorpusError` with the problems when the file cannot be loaded.
    """
    corpus = load_corpus([path], max_bytes=max_bytes, warn=False)
    return next(iter(corpus))


def load_corpus(path: str | Path | Iterable[str | Path] | None = None, *,
                max_bytes: int = DEFAULT_MAX_BYTES, warn: bool = True) -> Corpus:
    """Load articles into a :class:`Corpus`.

    ``path`` is a folder of ``.txt``/``.md`` files (default: the kit's ``articles/``
    or ``$MEDIALIT_ARTICLES``), one file, or a list of files and folders.
    Every good file is loaded; each bad one becomes a :class:`Problem` in
    ``corpus.problems`` (and one warning). Raises :class:`CorpusError` only when
    nothing at all could be loaded.

    >>> corpus = load_corpus()
    >>> corpus.articles.kind.value_counts()["seed"], corpus.articles.loc[0, "city"]
    (np.int64(5), 'Basra')
    """
    if path is None:
        targets = [default_articles_dir()]
    elif isinstance(path, (str, Path)):
        targets = [Path(path)]
    else:
        targets = [Path(p) for p in path]
    problems: list = []  # (index of the path given, Problem)
    jobs: list[tuple] = []  # (index of the path given, file, shown, catalogue fields, their lines)
    catalogues: dict[Path, dict] = {}
    for index, target in enumerate(targets):
        if target.is_dir():
            files, found = _article_files(target)
            problems += [(index, p) for p in found]
        elif target.exists():
            files = [target]
        else:
            problems.append((index, Problem(str(target), 1, "no such file or folder; check the path")))
            continue
        for folder in {f.parent for f in files} - set(catalogues):
            entries, _, found = _load_catalogue(folder)
            catalogues[folder] = entries
            problems += [(index, p) for p in found]
        if target.is_dir():  # catalogue order first (the course order), then by name
            order = {name: i for i, name in enumerate(catalogues.get(target, {}))}
            files.sort(key=lambda f: (order.get(f.name, len(order)), f.name))
        for f in files:
            fields, lines = catalogues[f.parent].get(f.name, ({}, {}))
            shown = str(target) if target == f else os.path.join(str(target), f.name)
            jobs.append((index, f, shown, fields, lines))
    items: dict[str, Article] = {}
    origin: dict[str, str] = {}
    for (index, _, shown, _, _), (article, found) in zip(jobs, _load_all(jobs, max_bytes)):
        problems += [(index, p) for p in found]
        if article is None:
            continue
        if article.id in items:
            problems.append((index, Problem(shown, 1, f"id '{article.id}' is already used by "
                                                      f"{origin[article.id]}; give this article another id "
                                                      "(front matter 'id: ...') or rename the file")))
            continue
        items[article.id] = article
        origin[article.id] = shown
    problems = [p for _, p in sorted(problems, key=lambda item: item[0])]  # in the order paths were given
    root = targets[0] if len(targets) == 1 and targets[0].is_dir() else None
    if not items:
        where = ", ".join(str(t) for t in targets) or "(no path given)"
        raise CorpusError(f"No article could be loaded from {where}.", problems)
    corpus = Corpus(root=root, items=items, problems=problems)
    if problems and warn:
        warnings.warn(f"{len(problems)} problem(s) while loading articles; {len(items)} loaded. "
                      f"First: {problems[0]}. See corpus.problems or run: python -m medialit validate",
                      CorpusWarning, stacklevel=2)
    return corpus


#: Corpora with at least this many files are read by several processes (one per core).
PARALLEL_FROM = 300


def _load_chunk(chunk: list[tuple], max_bytes: int) -> list:
    return [_load_one(f, shown, fields, lines, max_bytes) for _, f, shown, fields, lines in chunk]


def _load_all(jobs: list[tuple], max_bytes: int) -> list:
    """Read and segment every file; large corpora use one process per core."""
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        return _load_chunk(jobs, max_bytes)
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(jobs) // (workers * 4))
    chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return [item for part in pool.map(_load_chunk, chunks, [max_bytes] * len(chunks)) for item in part]
    except (OSError, RuntimeError):  # no processes allowed here: read in this one
        return _load_chunk(jobs, max_bytes)


class CorpusWarning(UserWarning):
    """Some article files could not be loaded (the rest were)."""


def _load_one(path: Path, shown: str, cat_fields: dict, cat_lines: dict,
              max_bytes: int) -> tuple[Article | None, list[Problem]]:
    source, problems = read_source(path, shown, max_bytes)
    if source is None:
        return None, problems
    catalogue_shown = display_path(path.parent / CATALOGUE)
    meta, found = _check_meta(cat_fields, cat_lines, catalogue_shown)
    problems += found
    front, found = _check_meta(source.meta, source.meta_lines, shown)
    problems += found
    meta.update(front)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    if "sha256" in meta and meta["sha256"].lower() != sha:
        problems.append(Problem(catalogue_shown if "sha256" in cat_fields else shown,
                                line_of(cat_lines if "sha256" in cat_fields else source.meta_lines, ("sha256",)),
                                f"{path.name} has changed since it was catalogued (SHA-256 differs); restore "
                                "the original text, or update sha256 if the change is intended"))
    article_id = meta.get("id") or slugify(path.name)
    for key in _TEXT_FIELDS:
        meta.setdefault(key, UNKNOWN)
    meta.setdefault("kind", "other")
    if not meta.get("label"):
        meta["label"] = meta["headline"] if meta["headline"] != UNKNOWN else article_id
    text = source.text
    paragraphs = []
    for n, (start, end, line) in enumerate(source.paragraphs, start=1):
        pid = f"{article_id}:p{n}"
        sentences = tuple(
            Sentence(f"{pid}:s{k}", k, start + s, start + e, text[start + s:start + e])
            for k, (s, e) in enumerate(sentence_spans(text[start:end]), start=1))
        paragraphs.append(Paragraph(pid, n, line, start, end, text[start:end], sentences))
    return Article(article_id, path, text, meta, tuple(paragraphs), source.layout, sha, shown), problems
