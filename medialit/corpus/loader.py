"""Loading articles: files and catalogue to a :class:`~medialit.corpus.tables.Corpus`.

>>> from medialit import load_corpus
>>> len(load_corpus()) >= 5
True
"""
from __future__ import annotations

import difflib
import functools
import hashlib
import os
import warnings
from pathlib import Path
from typing import Iterable


from .._yaml import YamlSyntaxError, line_of, load_with_lines
from ..problems import CorpusError, Problem, display_path
from .segment import sentence_spans
from .importer import CONVERTED_SUFFIXES, READ_SUFFIXES, read_converted
from .pasted import byline_line, date_line, furniture_reason
from .source import DEFAULT_MAX_BYTES, read_source, slugify
from ..course import course_root, kit_command
from .tables import (_ID_RE, _TEXT_FIELDS, CATALOGUE, FIELDS, KINDS, UNKNOWN, Article, Corpus,
                     Paragraph, Sentence)


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
        if path.suffix.lower() in READ_SUFFIXES and path.name.lower() != "readme.md":
            files.append(path)
        elif path.name != CATALOGUE and path.name.lower() != "readme.md":
            problems.append(Problem(display_path(path), 1,
                                    f"not read: the kit reads {', '.join(READ_SUFFIXES)} files (this is "
                                    f"'{path.suffix or 'no ending'}'); save the article as plain text (.txt) or "
                                    f"as .docx, then run: {kit_command()} add FILE"))
    return files, problems


def _no_such_path(target: Path) -> str:
    """What to say for a path that does not exist: an article id given for a path names the file it means."""
    if not target.suffix and len(target.parts) == 1:
        try:
            here = [p for p in (Path("articles"), default_articles_dir()) if p.is_dir()]
        except Exception:  # (no course folder here: CourseNotFound)
            here = [Path("articles")] if Path("articles").is_dir() else []
        for folder in here:
            found = sorted(folder.glob(f"{target.name}.*"))
            if found:
                return f"no such file or folder; an article id is not a path: give its file, {found[0]}"
    return "no such file or folder; check the path"


def default_articles_dir() -> Path:
    """The folder ``load_corpus()`` reads: ``$MEDIALIT_ARTICLES`` if set, else the course's ``articles/``.

    The course folder is :func:`medialit.course.course_root` (never the install location);
    raises :class:`medialit.course.CourseNotFound` when there is none.
    """
    return Path(os.environ.get("MEDIALIT_ARTICLES") or course_root() / "articles")


def load_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Load one article file (metadata from its front matter or its folder's catalogue).

    >>> load_article(course_root() / "articles" / "qom.txt").meta["city"]
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
            problems.append((index, Problem(str(target), 1, _no_such_path(target))))
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
    loaded: dict[str, list] = {}  # id -> [(index, shown, article, catalogued)]
    for (index, _, shown, fields, _), (article, found) in zip(jobs, _load_all(jobs, max_bytes)):
        problems += [(index, p) for p in found]
        if article is not None:
            loaded.setdefault(article.id, []).append((index, shown, article, bool(fields)))
    items: dict[str, Article] = {}
    for article_id, claims in loaded.items():
        kept = _keep_one(article_id, claims)
        items[article_id] = kept[2]
        if len(claims) > 1:
            others = [c for c in claims if c is not kept]
            names = ", ".join(c[1] for c in claims)
            for index, shown, _, _ in claims:
                problems.append((index, Problem(shown, 1, (
                    f"id '{article_id}' is claimed by {len(claims)} files ({names}); the kit uses {kept[1]} "
                    f"and leaves out {', '.join(c[1] for c in others)} until each has its own id: give the copy "
                    f"another id (front matter 'id: ...'), or run {kit_command()} add on it, which picks a "
                    "free id"))))
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
    """Read and segment every file; large corpora use one process per core and show a progress bar."""
    from .progressbar import steps

    workers = min(os.cpu_count() or 1, 8)
    with steps(len(jobs), "loading articles") as bar:
        if len(jobs) < PARALLEL_FROM or workers < 2:
            return _load_serial(jobs, max_bytes, bar)
        from concurrent.futures import ProcessPoolExecutor

        size = -(-len(jobs) // (workers * 4))
        chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
        try:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                out = []
                for part in pool.map(_load_chunk, chunks, [max_bytes] * len(chunks)):
                    out += part
                    bar.update(len(part))
                return out
        except (OSError, RuntimeError):  # no processes allowed here: read in this one
            return _load_serial(jobs, max_bytes, bar)


def _load_serial(jobs: list[tuple], max_bytes: int, bar) -> list:
    out = []
    for start in range(0, len(jobs), 50):
        out += _load_chunk(jobs[start:start + 50], max_bytes)
        bar.update(len(jobs[start:start + 50]))
    return out


def _keep_one(article_id: str, claims: list) -> tuple:
    """Of several files claiming one id, the one that owns it: catalogued, else named after the id, else first."""
    for test in (lambda c: c[3], lambda c: slugify(c[2].path.name) == article_id, lambda c: True):
        for claim in claims:
            if test(claim):
                return claim
    return claims[0]


class CorpusWarning(UserWarning):
    """Some article files could not be loaded (the rest were)."""


@functools.lru_cache(maxsize=64)
def _shown_catalogue(folder: str, cwd: str) -> str:
    """The catalogue's path as shown in messages (worked out once per folder, not once per file)."""
    return display_path(Path(folder) / CATALOGUE)


def _load_one(path: Path, shown: str, cat_fields: dict, cat_lines: dict,
              max_bytes: int) -> tuple[Article | None, list[Problem]]:
    if path.suffix.lower() in CONVERTED_SUFFIXES:
        source, problems = read_converted(path, shown, max_bytes)
    else:
        source, problems = read_source(path, shown, max_bytes)
    if source is None:
        return None, problems
    catalogue_shown = _shown_catalogue(str(path.parent), os.getcwd())
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
    if source.repairs:
        meta["repaired"] = "; ".join(source.repairs)
    text = source.text
    paragraphs = []
    for n, (start, end, line) in enumerate(source.paragraphs, start=1):
        pid = f"{article_id}:p{n}"
        sentences = tuple(
            Sentence(f"{pid}:s{k}", k, start + s, start + e, text[start + s:start + e])
            for k, (s, e) in enumerate(sentence_spans(text[start:end]), start=1))
        paragraphs.append(Paragraph(pid, n, line, start, end, text[start:end], sentences))
    suspect = tuple(pasted_problems(source, shown)) if not source.meta and not cat_fields and \
        path.suffix.lower() not in CONVERTED_SUFFIXES else ()
    notes = tuple(source.notes) + tuple(f"line {p.line}: {p.message}" for p in suspect)
    return Article(article_id, path, text, meta, tuple(paragraphs), source.layout, sha, shown, notes,
                   suspect), problems


def pasted_problems(source, shown: str, head: int = 6) -> list[Problem]:
    """Lines of a text file without metadata that look copied from a web page rather than article text.

    Page furniture ("Advertisement", "Share this article") anywhere, and a byline
    or date line among the first ``head`` paragraphs, would otherwise become
    paragraphs; each is one problem naming its line and the fix. They are kept on
    the article (:attr:`Article.suspect_lines`, shown by ``inspect`` as notes) and
    ``validate`` reports them for the articles folder, so a teacher hears of them
    before any lesson counts them as paragraphs.
    """
    out = []
    for n, (start, end, line) in enumerate(source.paragraphs, start=1):
        text = source.text[start:end]
        reason = furniture_reason(text)
        if reason is None and n <= head:
            if byline_line(text):
                reason = "a byline, which belongs in the front matter ('byline: ...')"
            elif date_line(text):
                reason = "a date line, which belongs in the front matter ('date: ...')"
        if reason:
            out.append(Problem(shown, line, f"{text[:60]!r} looks like {reason.replace(', not article text', '')}"
                                            f", not article text; run {kit_command()} add "
                                            f"{shown} to convert the file (title, byline and date go to the "
                                            "front matter, page furniture is dropped), or delete the line"))
    return out
