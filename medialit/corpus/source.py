"""Reading one article file: bytes to text, front matter, and paragraphs.

Everything here reports bad input as :class:`~medialit.problems.Problem` values
that name the file and line and say how to fix it; nothing raises for bad input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .._yaml import YamlSyntaxError, load_with_lines
from ..problems import Problem

#: Files larger than this (in bytes) are not loaded; pass ``max_bytes`` to change it.
DEFAULT_MAX_BYTES = 1_000_000

#: File endings read as articles.
ARTICLE_SUFFIXES = (".txt", ".md")

_BOM = b"\xef\xbb\xbf"
_NBSP = {"\u00a0": " ", "\u2007": " ", "\u202f": " "}
_NBSP_RE = re.compile("[\u00a0\u2007\u202f]")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)\]]*$")
_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a Word/OpenDocument file (zip)",
    b"{\\rtf": "an RTF document",
    b"\xd0\xcf\x11\xe0": "an old Word document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


@dataclass
class SourceText:
    """What :func:`read_source` found in one file.

    ``text`` is the body as the kit reads it: UTF-8 decoded, byte-order mark
    removed, line endings as ``\\n``, non-breaking spaces as plain spaces, and, in
    the blank-line layout, line breaks inside a paragraph as spaces (so every
    offset still points at the same character). ``paragraphs`` are
    ``(start, end, line)``: offsets into ``text`` and the 1-based line of the file
    where the paragraph starts.
    """

    path: Path
    text: str
    meta: dict = field(default_factory=dict)
    meta_lines: dict = field(default_factory=dict)
    body_line: int = 1
    layout: str = "one paragraph per line"
    paragraphs: list = field(default_factory=list)
    repairs: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # what the teacher should know: "read as Windows-1252", ...


def slugify(name: str) -> str:
    """An article id made from a file name: lower case, ASCII letters, digits and dashes.

    >>> slugify("Tehrān Report (2).txt")
    'tehran-report-2'
    """
    stem = Path(name).stem if "." in name else name
    ascii_ = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return slug or "article"


#: Encodings charset-normalizer may choose, and the name a teacher knows them by.
_ENCODING_NAMES = {"cp1252": "Windows-1252", "windows-1252": "Windows-1252", "latin_1": "Latin-1 (ISO-8859-1)",
                   "iso8859_15": "Latin-9 (ISO-8859-15)", "cp1250": "Windows-1250", "cp1251": "Windows-1251",
                   "cp1253": "Windows-1253", "cp1254": "Windows-1254", "cp1255": "Windows-1255",
                   "cp1256": "Windows-1256", "mac_roman": "Mac Roman", "utf_16": "UTF-16", "utf_16_le": "UTF-16",
                   "utf_16_be": "UTF-16", "cp437": "DOS (code page 437)", "cp850": "DOS (code page 850)"}


def encoding_name(codec: str) -> str:
    """The name a teacher's editor shows for a Python codec name.

    >>> encoding_name("cp1252")
    'Windows-1252'
    """
    return _ENCODING_NAMES.get(codec.lower().replace("-", "_"), codec)


def file_type_problem(data: bytes) -> str | None:
    """What the bytes are when they are not text the kit reads (a PDF, an image, ...), else None."""
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature):
            return what
    return None


def decode_text(data: bytes) -> tuple[str | None, str | None, str | None]:
    """``(text, note, problem)`` for the bytes of a text file.

    UTF-8 (with or without a byte-order mark) is read as it is; UTF-16 with a
    byte-order mark and legacy single-byte encodings are detected with
    `charset-normalizer <https://charset-normalizer.readthedocs.io>`_ and the note
    says what the file was read as ("read as Windows-1252").

    >>> decode_text("caf\u00e9 \u201cquoted\u201d".encode("cp1252"))
    ('café “quoted”', 'read as Windows-1252 (the file is not UTF-8); check that accented letters and quote marks look right', None)
    """
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "read as UTF-16 (the file is not UTF-8)", None
        except UnicodeDecodeError:
            return None, None, "file starts like UTF-16 but cannot be read as UTF-16; open it in a text editor and save it again with the encoding 'UTF-8'"
    if b"\x00" in data:
        return None, None, ("file looks binary (it contains NUL bytes), not plain text; save the article as a .txt "
                            "file with the encoding 'UTF-8'")
    try:
        return data.decode("utf-8"), None, None
    except UnicodeDecodeError:
        pass
    codec, text = _guess_legacy(data)
    if text is None:
        return None, None, ("file is not UTF-8 and its encoding could not be recognised; open it in a text editor "
                            "and save it again with the encoding 'UTF-8'")
    return text, (f"read as {encoding_name(codec)} (the file is not UTF-8); check that accented letters and "
                  "quote marks look right"), None


def _guess_legacy(data: bytes) -> tuple[str, str | None]:
    """``(codec, text)`` for a legacy single-byte file.

    charset-normalizer ranks the code pages; where it recognises a language in
    one whose text differs from Windows-1252 (Cyrillic, Greek, ...), that one is
    used. Otherwise Windows-1252, the default of Windows in Western Europe and the
    Americas, is used when it reads the bytes (short English texts fit many code
    pages equally, and charset-normalizer then cannot tell them apart).
    """
    from charset_normalizer import from_bytes

    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    best = from_bytes(data).best()
    if best is not None and not best.encoding.startswith("utf"):
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and (western is None or (best.coherence > 0 and text != western)):
            return best.encoding, text
    return "cp1252", western


def _decode(path: Path, data: bytes, shown: str) -> tuple[str | None, str | None, Problem | None]:
    what = file_type_problem(data)
    if what:
        return None, None, Problem(shown, 1, f"file looks like {what}, not plain text; {_WHAT_TO_DO[what]}")
    text, note, problem = decode_text(data)
    if problem:
        line = data[: data.index(b"\x00")].count(b"\n") + 1 if b"\x00" in data and "NUL" in problem else 1
        return None, None, Problem(shown, line, problem)
    return text, note, None


_WHAT_TO_DO = {
    "a PDF document": "the kit cannot take text out of a PDF reliably; open it, select and copy the article "
                      "text, paste it into a .txt file and add that (python -m medialit add FILE)",
    "a Word/OpenDocument file (zip)": "save it as .docx and add it (python -m medialit add FILE.docx), or paste "
                                      "the text into a .txt file",
    "an RTF document": "open it in a word processor and save it as .docx or as plain text (.txt, UTF-8)",
    "an old Word document": "open it in Word or LibreOffice and save it as .docx (python -m medialit add FILE.docx)",
    "a PNG image": "the kit reads text, not pictures of text; copy the article text into a .txt file",
    "a JPEG image": "the kit reads text, not pictures of text; copy the article text into a .txt file",
    "a GIF image": "the kit reads text, not pictures of text; copy the article text into a .txt file",
}


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NBSP_RE.search(text):
        text = _NBSP_RE.sub(lambda m: _NBSP[m.group()], text)
    return text


# Web-text repair. Invisible characters copied from web pages split words ("Had\u200bdad"); text
# decoded with the wrong encoding shows mojibake ("cafÃ©", "â€œ"). ftfy repairs the mojibake; the
# invisible characters ftfy keeps (they are legitimate in some scripts) are removed here, but
# zero-width (non-)joiners only between two Latin letters, since Persian and Indic scripts need them.
_INVISIBLE = re.compile("[\u200b\u2060\u00ad\ufeff\u180e]|(?<=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF])[\u200c\u200d]"
                        "(?=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF])")
_INVISIBLE_NAMES = {"\u200b": "zero-width space", "\u2060": "word joiner", "\u00ad": "soft hyphen",
                    "\ufeff": "zero-width no-break space", "\u180e": "Mongolian vowel separator",
                    "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner"}
# UTF-8 read as Windows-1252/Latin-1: a lead byte character followed by a continuation character
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021"
                            "\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013"
                            "\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]|[\x00-\x08\x0b\x0c\x0e-\x1f"
                            "\x7f-\x9f]")


def repair_text(text: str) -> tuple[str, list[str]]:
    """Repair web-copied text; return the text and what was repaired, in plain words.

    Mojibake and control characters are fixed with ftfy (curly quotes, dashes and letter
    widths are left as written); zero-width characters that split words are removed.

    >>> repair_text("Dr. Lina Had\u200bdad said the caf\u00c3\u00a9 was open")
    ('Dr. Lina Haddad said the café was open', ['removed 1 zero-width space', 'fixed mojibake (text decoded with the wrong encoding, such as â€œ for “)'])
    """
    repairs: list[str] = []
    found = _INVISIBLE.findall(text)
    if found:
        text = _INVISIBLE.sub("", text)
        for ch, n in sorted(((c, found.count(c)) for c in set(found)), key=lambda cn: -cn[1]):
            name = _INVISIBLE_NAMES[ch]
            repairs.append(f"removed {n} {name}{'s' if n > 1 else ''}")
    if _MOJIBAKE_HINT.search(text):
        from ftfy import TextFixerConfig, fix_and_explain

        config = TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                                 normalization=None, fix_line_breaks=False, explain=True)
        fixed, steps = fix_and_explain(text, config)
        # never change line breaks: line numbers in messages must stay right
        if fixed != text and fixed.count("\n") == text.count("\n"):
            steps = steps or []
            said = []
            if any(kind in ("encode", "decode") for kind, _ in steps):
                said.append("fixed mojibake (text decoded with the wrong encoding, such as â€œ for “)")
            if any(name in ("remove_control_chars", "remove_terminal_escapes") for _, name in steps):
                said.append("removed control characters")
            repairs += said or ["repaired characters (ftfy)"]
            text = fixed
    return text, repairs


def _front_matter(text: str, shown: str) -> tuple[dict, dict, str, int, Problem | None]:
    """Split YAML front matter (between two ``---`` lines) from the body."""
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        return {}, {}, text, 1, None
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            break
    else:
        return {}, {}, text, 1, Problem(shown, 1, "front matter starts with '---' on line 1 but never ends; "
                                                  "add a line with just '---' after the last metadata line")
    yaml_text = "\n".join(lines[1:i])
    body = "\n".join(lines[i + 1:])
    body_line = i + 2
    try:
        meta, meta_lines = load_with_lines(yaml_text, first_line=2)
    except YamlSyntaxError as exc:
        # a value that opens a quotation mark and never closes it: YAML reads on into the next lines and reports a
        # later line; the line to fix is the one that opened it (byline: "Lena Fischer, Portmere Gazette)
        for k in range(1, min(i, (exc.line or i))):
            if (m := re.match(r"\s*([\w-]+):\s*([\"'])(.*?)\s*$", lines[k])) and m.group(2) not in m.group(3):
                field, mark, value = m.groups()
                return {}, {}, body, body_line, Problem(
                    shown, k + 1, f"the value of '{field}' opens with a quotation mark ({mark}) that never closes, so the "
                                  f"lines after it are read as part of it; add the closing mark at the end of the line, "
                                  f"for example: {field}: {mark}{value}{mark}")
        bad = re.match(r"\s*([\w-]+):\s*(.*\S)\s*$", lines[exc.line - 1] if 0 < (exc.line or 0) <= len(lines) else "")
        # (the value written again in single quotes, which hold any ':' and '"': headline: '"I still count": a life')
        fix = f", for example: {bad.group(1)}: '{bad.group(2).replace(chr(39), chr(39) * 2)}'" if bad and not bad.group(2).startswith("'") else ""
        return {}, {}, body, body_line, Problem(
            shown, exc.line, f"front matter is not valid YAML ({exc}); write one 'field: value' per line, and put a value "
                             f"that contains ':' or starts with a quotation mark in single quotes (write any ' inside it twice){fix}")
    if meta is None:
        meta, meta_lines = {}, {}
    if not isinstance(meta, dict):
        return {}, {}, body, body_line, Problem(
            shown, 2, "front matter must be 'field: value' lines (a YAML mapping), "
                      f"not a {type(meta).__name__}; for example 'city: Basra'")
    return meta, meta_lines, body, body_line, None


# a line that only signs the quote above it: "— Jane Roe, resident", "- Mayor Ana Ruiz"
_SIGNATURE_LINE = re.compile(r"[ \t]*(?:—|–|--?)[ \t]*[A-Z][^\n]{1,80}$")


def paragraph_spans(body: str) -> tuple[str, list[tuple[int, int, int]], str]:
    """Find paragraphs in ``body``; return ``(text, spans, layout)``.

    Two layouts are read: one paragraph per line (the seed articles), and
    paragraphs separated by blank lines, where the lines inside a paragraph are
    joined (each line break becomes a space, so offsets do not move). A block
    whose every line ends a sentence is one paragraph per line (a title, a blank
    line, then one-line paragraphs), not one long paragraph.

    >>> text, spans, layout = paragraph_spans("Title\\n\\nFirst line\\nsame paragraph.\\n\\nNext.")
    >>> [text[s:e] for s, e, line in spans], layout
    (['Title', 'First line same paragraph.', 'Next.'], 'paragraphs separated by blank lines')
    >>> text, spans, layout = paragraph_spans("Title\\n\\nOne.\\nTwo.\\nThree.")
    >>> [text[s:e] for s, e, line in spans]
    ['Title', 'One.', 'Two.', 'Three.']
    >>> text, spans, layout = paragraph_spans("Title\\n\\n“We need shade.”\\n— Jane Roe, resident")
    >>> [text[s:e] for s, e, line in spans]  # (a signature on the line under its quote stays with it)
    ['Title', '“We need shade.” — Jane Roe, resident']
    """
    spans: list[tuple[int, int, int]] = []
    if _BLANK_LINE_RE.search(body.strip("\n")):
        layout = "paragraphs separated by blank lines"
        chars = list(body)
        pos = 0
        for block in re.split(r"(\n[ \t]*\n(?:[ \t]*\n)*)", body):
            if block and not _BLANK_LINE_RE.fullmatch(block) and block.strip():
                inner_start = pos + (len(block) - len(block.lstrip()))
                inner_end = pos + len(block.rstrip())
                lines = block.strip().split("\n")
                if len(lines) > 1 and all(_SENTENCE_END.search(line.rstrip()) for line in lines[:-1]) \
                        and not any(_SIGNATURE_LINE.match(line) for line in lines[1:]):  # ("“…”\n— Jane Roe, resident": one)
                    # every line ends a sentence: one paragraph per line, not a hard-wrapped paragraph
                    offset = inner_start
                    for line in lines:
                        stripped = line.strip()
                        if stripped:
                            start = offset + line.index(stripped[0])
                            spans.append((start, start + len(stripped), body.count("\n", 0, start) + 1))
                        offset += len(line) + 1
                else:
                    for j in range(inner_start, inner_end):
                        if chars[j] == "\n":
                            chars[j] = " "
                    spans.append((inner_start, inner_end, body.count("\n", 0, inner_start) + 1))
            pos += len(block)
        text = "".join(chars)
    else:
        layout = "one paragraph per line"
        text = body
        pos = 0
        for lineno, line in enumerate(body.split("\n"), start=1):
            stripped = line.strip()
            if stripped:
                start = pos + line.index(stripped[0])
                spans.append((start, start + len(stripped), lineno))
            pos += len(line) + 1
    return text, spans, layout


def read_source(path: Path, shown: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[SourceText | None, list[Problem]]:
    """Read one article file. Returns the text (or None) and the problems found."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return None, [Problem(shown, 1, f"cannot read the file ({exc.strerror}); check that it exists and "
                                        "that you may read it")]
    if size > max_bytes:
        return None, [Problem(shown, 1, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes for one "
                                        "article; split it into smaller articles, or raise the limit "
                                        "(load_corpus(max_bytes=...) or --max-bytes)")]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 1, f"cannot read the file ({exc.strerror}); check its permissions")]
    if not data.strip(b" \t\r\n" + _BOM):
        return None, [Problem(shown, 1, "file is empty; paste the article text into it, or delete the file")]
    text, note, problem = _decode(path, data, shown)
    if problem:
        return None, [problem]
    text, repairs = repair_text(_normalise(text))
    meta, meta_lines, body, body_line, problem = _front_matter(text, shown)
    if problem:
        return None, [problem]
    if not body.strip():
        return None, [Problem(shown, body_line if meta else 1,
                              "article has metadata but no text; add the article text below the closing '---'")]
    text, spans, layout = paragraph_spans(body)
    spans = [(s, e, line + body_line - 1) for s, e, line in spans]
    return SourceText(path, text, meta, meta_lines, body_line, layout, spans, repairs,
                      [note] if note else []), []
