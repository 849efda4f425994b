"""Word documents (``.docx``): paragraphs and what the file says about itself.

Read with `python-docx <https://python-docx.readthedocs.io>`_. Paragraphs come
in order, tables row by row; a paragraph styled "Title" or "Heading 1" before
the text is the headline. The file's own properties (author, title) say who
saved the file, not who wrote the article, so they are only reported for the
teacher to check, never written into the byline.

>>> import io, docx
>>> d = docx.Document(); _ = d.add_heading("Ferry back", level=1)
>>> _ = d.add_paragraph("The harbour ferry returned on Monday.")
>>> buf = io.BytesIO(); d.save(buf)
>>> found = read_docx(buf.getvalue())
>>> found["meta"], found["lines"]
({'headline': 'Ferry back'}, ['The harbour ferry returned on Monday.'])
"""

from __future__ import annotations

import io
import zipfile

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class DocumentError(ValueError):
    """A Word file the kit cannot read (the message says what to do)."""


def is_encrypted_office(data: bytes) -> bool:
    """True for a password-protected Office file (an OLE container holding an ``EncryptionInfo`` stream).

    >>> is_encrypted_office(b"PK\\x03\\x04")
    False
    """
    return data.startswith(_OLE) and "EncryptionInfo".encode("utf-16-le") in data


def read_docx(data: bytes) -> dict:
    """Paragraphs of a ``.docx`` file: ``{"meta": {...}, "lines": [str], "notes": [str]}``.

    Raises :class:`DocumentError` for a password-protected, old-format or damaged file.
    """
    if is_encrypted_office(data):
        raise DocumentError("this Word file is password-protected, so the kit cannot read it; open it in Word, "
                            "remove the password (File > Info > Protect Document > Encrypt with Password, "
                            "clear it) and save, or copy the article text into a .txt file and add that")
    if data.startswith(_OLE):
        raise DocumentError("this is an old Word 97-2003 .doc file, not .docx; open it in Word or LibreOffice "
                            "and save it as .docx (Word Document), then add it again")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise DocumentError(f"this .docx file is damaged or not a Word document ({type(exc).__name__}); open it "
                            "in Word or LibreOffice and save it again as .docx, or copy the article text into "
                            "a .txt file and add that") from None
    meta, notes, lines = {}, [], []
    for block in _blocks(document):
        text, style = block
        if not text:
            continue
        if not lines and "headline" not in meta and (style.startswith("title") or style == "heading1"):
            meta["headline"] = text
            continue
        lines.append(text)
    props = document.core_properties
    for name in ("author", "title"):
        value = (getattr(props, name, None) or "").strip()
        if value:
            notes.append(f"the file's '{name}' property says {value!r} (who saved the file, not necessarily the "
                         "article's author or headline); not used: copy it into the front matter if it is right")
    return {"meta": meta, "lines": lines, "notes": notes}


def _blocks(document):
    """(text, style id in lower case) for every paragraph and table row, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            # the style id straight from the XML ("Title", "Heading1"): python-docx's style lookup
            # scans every style for every paragraph (9 s for 200 paragraphs, bench/import_speed.py)
            style = (item._p.style or "").lower()
            yield " ".join(item.text.split()), style
        elif isinstance(item, Table):
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat their text
                        cells.append(value)
                yield " | ".join(cells), "table"
