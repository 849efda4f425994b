"""The leak scan of a release: no key text, no student's work in a student copy.

The scan reads what a student would read, not the bytes on disk: a notebook
(or any JSON file) is decoded and every string in it is read, so a quote mark
escaped as ``\\"`` or a line wrapped as ``\\n`` cannot hide key text; HTML
entities are decoded; Markdown backslash escapes and emphasis marks are dropped;
whitespace is collapsed, curly and straight quote marks and dashes are folded
and case is ignored, on both sides of the comparison.

Key text is the prose of every key: model answers, rubric lines and notes of 20
characters or more, whole, and each sentence of them of 60 characters or more
(a sentence is not searched for in ``articles/``, which a model answer may quote).
Short keys (a letter, a number, a list of ids) cannot be recognised in free text,
which is why ``solutions/`` and the authoring guide never go into a release.

>>> fold('A “quoted”\\n  *word* &amp; it\\'s')
"a 'quoted' word & it's"
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from ..problems import Problem, display_path

#: File names that must never be in a release (saved answers, hand-ins, reports).
FORBIDDEN = ("*.jsonl", "submission-*.json", "capstone-report-*.html", "gradebook*.csv")
_QUOTES = str.maketrans({c: "'" for c in "\"“”„‟«»‘’‚‛`´′″"} | {c: "-" for c in "–—‒―−"}
                        | {c: None for c in "*_"})
_ESCAPE_RE = re.compile(r"\\(?=[^\w\s])")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")


def fold(text: str) -> str:
    """``text`` as the scan compares it: entities decoded, escapes and emphasis dropped, quotes folded.

    >>> fold("Say \\\\\\"no trace\\\\\\"") == fold('say "no  trace"')
    True
    """
    text = _ESCAPE_RE.sub("", html.unescape(text))
    return " ".join(text.translate(_QUOTES).split()).casefold()


def _strings(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in _strings(k) + _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


def readable_text(path: Path) -> str | None:
    """What a reader sees in ``path``: every string of a notebook or JSON file, else the text (folded).

    ``None`` for a file that is not UTF-8 text.
    """
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (UnicodeDecodeError, OSError):
        return None
    if path.suffix in (".ipynb", ".json"):
        try:
            data = json.loads(raw)
        except ValueError:
            return fold(raw)
        if isinstance(data, dict) and isinstance(data.get("cells"), list):  # a notebook: cell by cell
            parts = []
            for cell in data["cells"]:
                source = cell.get("source", "") if isinstance(cell, dict) else ""
                parts.append("".join(source) if isinstance(source, list) else str(source))
                parts += _strings({k: v for k, v in cell.items() if k != "source"} if isinstance(cell, dict) else [])
            parts += _strings(data.get("metadata", {}))
            return "\n".join(fold(p) for p in parts)
        return "\n".join(fold(s) for s in _strings(data))
    return fold(raw)


def key_texts(root: Path, min_length: int = 20) -> list[tuple[str, str]]:
    """``(key file, text)`` for every piece of key text a release must not contain (as written).

    Model answers, rubric lines and notes (at least ``min_length`` characters);
    ``why`` quotes are left out because they are article text.

    >>> from medialit.exercises.workbook import KIT_ROOT
    >>> sorted({name for name, _ in key_texts(KIT_ROOT)})[:2]
    ['00-1-dateline.yaml', '00-2-vague-attributions.yaml']
    """
    from .._yaml import load_with_lines

    out = []
    folder = root / "solutions"
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            data, _ = load_with_lines(path.read_text(encoding="utf-8-sig"))
        except Exception:
            continue
        if not isinstance(data, dict):
            continue
        pieces = []
        for name in ("answer", "rubric", "notes"):
            value = data.get(name)
            pieces += value if isinstance(value, list) else [value]
        for piece in pieces:
            if isinstance(piece, str) and len(piece.strip()) >= min_length:
                out.append((path.name, " ".join(piece.split())))
    return out


def _needles(root: Path) -> list[tuple[str, str, str, bool]]:
    """``(key file, text as written, folded text, whole)``: whole pieces and their long sentences."""
    out = []
    for name, text in key_texts(root):
        out.append((name, text, fold(text), True))
        sentences = _SENTENCE_RE.split(text)
        if len(sentences) > 1:
            out += [(name, s, fold(s), False) for s in sentences if len(s) >= 60]
    return out


def leaked_key_text(outdir: Path, root: Path) -> list[Problem]:
    """Every released file that contains key text or a student's work (should be none).

    >>> from medialit.exercises.workbook import KIT_ROOT
    >>> leaked_key_text(KIT_ROOT / "exercises", KIT_ROOT)
    []
    """
    needles = _needles(root)
    problems = []
    if (outdir / "solutions").exists():
        problems.append(Problem(display_path(outdir / "solutions"), 1, "the release holds a solutions/ folder"))
    for path in sorted(p for p in outdir.rglob("*") if p.is_file() and ".git" not in p.relative_to(outdir).parts):
        if any(path.match(pattern) for pattern in FORBIDDEN):
            problems.append(Problem(display_path(path), 1, "a saved answer, submission or report file: "
                                                           "students' work never goes into a release"))
            continue
        body = readable_text(path)
        if body is None:
            continue
        in_articles = path.relative_to(outdir).parts[:1] == ("articles",)
        seen = set()
        for key_file, text, folded, whole in needles:
            if (not whole and in_articles) or key_file in seen or folded not in body:
                continue
            seen.add(key_file)
            problems.append(Problem(display_path(path), 1, f"contains key text from solutions/{key_file}: "
                                                           f"{text[:60]!r}"))
    return problems
