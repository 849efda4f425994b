"""Bring your own article: web pages, Word files, pasted text and legacy encodings to a kit article.

:func:`extract` reads one file the way a teacher has it (``.html``/``.htm`` saved
from a browser, ``.docx``, ``.txt``/``.md`` in any common encoding, text pasted
from a web page) and returns an :class:`Extraction`: the metadata found, the
paragraphs, what was dropped and why, and what a person must check.
:func:`add_article` writes it into ``articles/`` as a ``.md`` file with front
matter, and keeps the original file unchanged in ``articles/originals/`` with
its SHA-256 (provenance). ``python -m medialit add PATH`` and
:func:`preview_import` (for a notebook) show the same report.

Nothing is invented: a field no line or markup gives is written ``unknown``,
and the report says so ("no date found: wrote date: unknown").
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..course import kit_command
from .._quoting import quoted
from ..problems import Problem, display_path
from .pasted import clean_lines, split_paragraphs
from .source import (_BOM, ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, SourceText, _front_matter, _normalise,
                     decode_text, file_type_problem, paragraph_spans, slugify)

#: File endings the kit converts when it reads them (besides .txt and .md).
CONVERTED_SUFFIXES = (".html", ".htm", ".docx")
#: Every file ending the kit reads as an article.
READ_SUFFIXES = ARTICLE_SUFFIXES + CONVERTED_SUFFIXES
#: The folder inside ``articles/`` where ``add`` keeps original files.
ORIGINALS = "originals"
_META_FIELDS = ("headline", "byline", "date", "publisher")


@dataclass
class Extraction:
    """What :func:`extract` found in one file.

    ``kind`` is ``"web page"``, ``"Word document"`` or ``"text file"``; ``meta``
    holds only the fields the file gives (``headline``, ``byline``, ``date``,
    ``publisher``, plus any front matter); ``paragraphs`` is the article text;
    ``dropped`` lists ``(text, reason)``; ``moved`` lists ``(text, field)`` for
    lines that became metadata; ``notes`` are things to check by hand.
    """

    path: Path
    shown: str
    kind: str
    meta: dict
    paragraphs: list
    dropped: list = field(default_factory=list)
    moved: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    sha256: str = ""

    @property
    def unknown(self) -> list[str]:
        """The metadata fields nothing in the file gives."""
        return [f for f in _META_FIELDS if not self.meta.get(f) or self.meta.get(f) == "unknown"]

    def checks(self) -> list[str]:
        """Everything a person must check, uncertain things first."""
        out = [f"no {f} found: wrote {f}: unknown" for f in self.unknown]
        return out + list(self.notes)

    def report(self, target: str = "", article_id: str = "") -> str:
        """The plain-text report ``python -m medialit add`` prints."""
        words = sum(len(p.split()) for p in self.paragraphs)
        head = f"{self.shown} ({self.kind})" + (f" -> {target}" if target else "")
        lines = [head + (f"   id: {article_id}" if article_id else "")]
        for f in _META_FIELDS:
            lines.append(f"  {f + ':':<11}{self.meta.get(f) or 'unknown'}")
        lines.append(f"  text:      {len(self.paragraphs)} paragraph{'s' * (len(self.paragraphs) != 1)}, "
                     f"{words} words")
        if self.paragraphs:
            lines.append(f"  first:     {quoted(_short(self.paragraphs[0]))}")
        if len(self.paragraphs) > 1:
            lines.append(f"  last:      {quoted(_short(self.paragraphs[-1]))}")
        for text, where in self.moved:
            lines.append(f"  moved to {where}: “{_short(text)}”")
        if self.dropped:
            lines.append(f"  dropped ({len(self.dropped)}):")
            lines += [f"    “{_short(text)}”: {why}" for text, why in self.dropped]
        checks = self.checks()
        if checks:
            lines.append("  check by hand:")
            lines += [f"    - {c}" for c in checks]
        return "\n".join(lines)

    def _repr_html_(self) -> str:  # pragma: no cover - display only; content tested through report()
        from .._html import esc

        return f"<pre>{esc(self.report())}</pre>"


def _is_prose(paragraph: str) -> bool:
    """A paragraph with at least one full sentence of eight words or more."""
    return len(paragraph.split()) >= 8 and paragraph.rstrip("”’\"') ").endswith((".", "!", "?", "…"))


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 4].rstrip() + " ..."


def extract(path: str | Path, shown: str | None = None, *,
            max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Extraction | None, list[Problem]]:
    """Read one file as a teacher has it; return ``(Extraction or None, problems)``.

    Bad input never raises: a password-protected ``.docx``, a page with no
    article text, a PDF, an image or an empty file each give one
    :class:`~medialit.problems.Problem` naming the file and what to do.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "ferry.txt"
    >>> _ = f.write_bytes("Ferry returns\\nBy Ana Rivera\\nThe ferry is back.\\nShare this article".encode("cp1252"))
    >>> found, problems = extract(f)
    >>> found.meta, found.paragraphs, found.unknown
    ({'headline': 'Ferry returns', 'byline': 'Ana Rivera'}, ['The ferry is back.'], ['date', 'publisher'])
    """
    path = Path(path).expanduser()
    shown = shown or display_path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, [Problem(shown, 1, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes for one "
                                            "article; split it, or raise the limit (--max-bytes)")]
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 1, f"cannot read the file ({exc.strerror}); check that it exists and that "
                                        "you may read it")]
    if not data.strip(b" \t\r\n" + _BOM):
        return None, [Problem(shown, 1, "file is empty; paste the article text into it, or delete the file")]
    suffix = path.suffix.lower()
    sha = hashlib.sha256(data).hexdigest()
    if suffix == ".docx":
        return _from_docx(path, shown, data, sha)
    what = file_type_problem(data)
    if what:
        from .source import _WHAT_TO_DO

        return None, [Problem(shown, 1, f"file looks like {what}, not {'a web page' if suffix in ('.html', '.htm') else 'plain text'}; "
                                        f"{_WHAT_TO_DO[what]}")]
    if suffix in (".html", ".htm"):
        return _from_html(path, shown, data, sha)
    return _from_text(path, shown, data, sha)


def _finish(path, shown, kind, sha, found: dict, lines: list[str], notes: list[str], known: dict | None = None):
    known = dict(known or {})
    meta = {k: v for k, v in found["meta"].items() if v}
    cleaned = clean_lines(lines, {**known, **meta})
    meta.update(cleaned.meta)
    ex = Extraction(path, shown, kind, {**known, **meta}, cleaned.paragraphs,
                    found.get("dropped", []) + cleaned.dropped, cleaned.moved,
                    notes + found.get("notes", []) + cleaned.uncertain, sha)
    if kind == "web page" and ex.paragraphs and not any(_is_prose(p) for p in ex.paragraphs):
        return None, [Problem(shown, 1, "no article text found in this web page: what is left after removing "
                                        f"navigation and page furniture is {len(ex.paragraphs)} short line(s) such as "
                                        f"“{_short(ex.paragraphs[0], 40)}”, not paragraphs (a front page or a list "
                                        "of links?); open the article itself in a browser and save that page, or "
                                        "paste the article text into a .txt file and add that")]
    if not ex.paragraphs:
        return None, [Problem(shown, 1, f"no article text left in this {kind} after removing "
                                        f"{len(ex.dropped) + len(ex.moved)} title, byline, date and page-furniture "
                                        "line(s); check that the file holds the article itself, or paste the text "
                                        "into a .txt file")]
    return ex, []


def _from_html(path, shown, data, sha):
    from .webpage import PageError, read_webpage

    try:
        found = read_webpage(data)
    except PageError as exc:
        return None, [Problem(shown, 1, str(exc))]
    return _finish(path, shown, "web page", sha, found, found["lines"], [])


def _from_docx(path, shown, data, sha):
    from .document import DocumentError, read_docx

    try:
        found = read_docx(data)
    except DocumentError as exc:
        return None, [Problem(shown, 1, str(exc))]
    return _finish(path, shown, "Word document", sha, found, found["lines"], [])


def _from_text(path, shown, data, sha):
    text, note, problem = decode_text(data)
    if problem:
        return None, [Problem(shown, 1, problem)]
    meta, _, body, _, problem = _front_matter(_normalise(text), shown)
    if problem:
        return None, [problem]
    known = {str(k): str(v) for k, v in meta.items() if v is not None and not isinstance(v, (dict, list))}
    return _finish(path, shown, "text file", sha, {"meta": {}}, split_paragraphs(body), [note] if note else [],
                   known)


def read_converted(path: Path, shown: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[SourceText | None, list]:
    """A web page or Word file in ``articles/``, read as the loader reads a text file."""
    ex, problems = extract(path, shown, max_bytes=max_bytes)
    if ex is None:
        return None, problems
    text, spans, _ = paragraph_spans("\n\n".join(ex.paragraphs))
    notes = ex.checks() + [f"dropped “{_short(t, 50)}”: {why}" for t, why in ex.dropped]
    return SourceText(path, text, dict(ex.meta), {}, 1, f"converted from a {ex.kind}", spans, notes), []


def free_id(wanted: str, taken: set[str]) -> str:
    """``wanted`` if no article has it, else ``wanted-2``, ``wanted-3``, ...

    >>> free_id("harbour-ferry", {"harbour-ferry", "harbour-ferry-2"})
    'harbour-ferry-3'
    """
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


@dataclass
class Added:
    """One file :func:`add_article` took in: where it went and the report to show."""

    extraction: Extraction
    article_id: str
    article: Path
    original: Path
    id_note: str = ""

    def report(self) -> str:
        text = self.extraction.report(display_path(self.article), self.article_id)
        extra = [f"  {self.id_note}"] if self.id_note else []
        extra.append(f"  original kept unchanged: {display_path(self.original)} (SHA-256 {self.extraction.sha256})")
        return text + "\n" + "\n".join(extra)


def taken_ids(articles: Path) -> dict[str, str]:
    """Article ids already used in the folder ``articles`` -> the file that uses each."""
    from .loader import load_corpus
    from ..problems import CorpusError

    if not articles.is_dir():
        return {}
    try:
        corpus = load_corpus(articles, warn=False)
    except CorpusError:
        return {}
    out = {a.id: a.source for a in corpus}
    for f in articles.iterdir():  # files that could not be loaded still hold their name
        if f.suffix.lower() in READ_SUFFIXES:
            out.setdefault(slugify(f.name), str(f))
    return out


def add_article(path: str | Path, articles: str | Path, *, write: bool = True,
                taken: dict | None = None) -> tuple[Added | None, list[Problem]]:
    """Convert one file into ``articles/<id>.md``, keeping the original in ``articles/originals/``.

    The id comes from the file name; when another article has it, the next free
    one is used and :attr:`Added.id_note` says so. With ``write=False`` nothing is
    written (a preview). A file already in ``articles/`` is moved into
    ``originals/`` so it is not read twice.
    """
    path, articles = Path(path).expanduser(), Path(articles)
    ex, problems = extract(path)
    if ex is None:
        return None, problems
    taken = dict(taken_ids(articles) if taken is None else taken)
    for used, where in list(taken.items()):  # the file itself is being converted: its id is not taken by it
        if Path(where).resolve() == path.resolve():
            taken.pop(used)
    wanted = str(ex.meta.get("id") or slugify(path.name))
    article_id = free_id(wanted, set(taken))
    note = ""
    if article_id != wanted:
        note = (f"id '{wanted}' is already used by {taken[wanted]}; this article gets the id '{article_id}' "
                "(change 'id:' in its front matter to choose another)")
    target = articles / f"{article_id}.md"
    original = articles / ORIGINALS / path.name
    if original.exists() and hashlib.sha256(original.read_bytes()).hexdigest() != ex.sha256:
        original = original.with_name(f"{article_id}-{path.name}")
    added = Added(ex, article_id, target, original, note)
    if write:
        original.parent.mkdir(parents=True, exist_ok=True)
        if path.resolve() != original.resolve():
            if path.parent.resolve() == articles.resolve():
                shutil.move(str(path), original)
            else:
                shutil.copy2(path, original)
        target.write_text(article_markdown(ex, article_id, original.relative_to(articles).as_posix()),
                          encoding="utf-8")
    return added, []


def article_markdown(ex: Extraction, article_id: str, original: str) -> str:
    """The ``.md`` file ``add`` writes: front matter (unknown fields say unknown), then the paragraphs."""
    import yaml

    from .tables import FIELDS

    meta = {"id": article_id, "label": ex.meta.get("label") or ex.meta.get("headline") or article_id,
            "kind": ex.meta.get("kind") or "other"}
    for f in _META_FIELDS:
        meta[f] = ex.meta.get(f) or "unknown"
    meta["original_file"] = original
    meta["original_sha256"] = ex.sha256
    today = _dt.datetime.now(_dt.timezone.utc).date().isoformat()
    meta["provenance"] = ex.meta.get("provenance") or (
        f"Added with 'python -m medialit add' on {today} from {ex.path.name} (a {ex.kind}); {_tools(ex.kind)}. "
        "Check the text against the original before teaching with it.")
    for key, value in ex.meta.items():
        if key in FIELDS and key not in meta and key != "sha256":
            meta[key] = value
    checks = ex.checks()
    if checks and "notes" not in ex.meta:
        meta["notes"] = "To check on import: " + "; ".join(checks)
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10**6)
    return f"---\n{front}---\n\n" + "\n\n".join(ex.paragraphs) + "\n"


def _tools(kind: str) -> str:
    from importlib.metadata import version

    if kind == "web page":
        return f"text and metadata extracted with trafilatura {version('trafilatura')} and htmldate {version('htmldate')}"
    if kind == "Word document":
        return f"text read with python-docx {version('python-docx')}"
    return "title, byline, date and page-furniture lines sorted out by the kit"


def add_files(paths, articles: Path, *, dry_run: bool = False, ask=lambda name: True,
              out=print) -> tuple[int, list[Problem]]:
    """``python -m medialit add``: show each file's report, ask, write; return ``(number added, problems)``."""
    taken = taken_ids(articles)
    problems, added = [], 0
    for target in paths:
        files, found = import_targets(target)
        problems += found
        for f in files:
            result, found = add_article(f, articles, write=False, taken=taken)
            problems += found
            if result is None:
                continue
            out(result.report())
            if dry_run:
                out("  (dry run: nothing written)\n")
            elif not ask(result.article.name):
                out(f"  skipped: nothing written for {f.name}\n")
            else:
                result, _ = add_article(f, articles, taken=taken)
                taken[result.article_id] = str(result.article)
                added += 1
                out(f"  written: {result.article}; check it with: {kit_command()} inspect {result.article}\n")
    return added, problems


def import_targets(path: str | Path) -> tuple[list[Path], list[Problem]]:
    """The files ``add PATH`` takes: the file itself, or every readable file in a folder."""
    path = Path(path)
    if path.is_dir():
        files, problems = [], []
        for f in sorted(path.iterdir()):
            if f.is_dir() or f.name.startswith(".") or f.name == "catalogue.yaml" or f.name.lower() == "readme.md":
                continue
            (files if f.suffix.lower() in READ_SUFFIXES else problems).append(f)
        return files, [Problem(display_path(f), 1, f"not added: the kit reads {', '.join(READ_SUFFIXES)} files; "
                                                   "save the article in one of those formats") for f in problems]
    if not path.exists():
        return [], [Problem(str(path), 1, "no such file or folder; check the path")]
    return [path], []


def preview_import(path: str | Path) -> Extraction:
    """What ``add`` would take from a file, without writing anything (shows as a report in a notebook).

    Raises :class:`~medialit.problems.CorpusError` naming the file and what to do when it cannot be read.

    >>> from medialit.course import course_root
    >>> preview_import(course_root() / "articles" / "qom.txt").unknown
    ['headline', 'byline', 'date', 'publisher']
    """
    from ..problems import CorpusError

    ex, problems = extract(path)
    if ex is None:
        raise CorpusError(f"{path} cannot be imported.", problems)
    return ex


def default_articles() -> Path:
    """Where ``add`` writes: ``$MEDIALIT_ARTICLES`` if set, else the course's ``articles/``."""
    from .loader import default_articles_dir

    return default_articles_dir()

