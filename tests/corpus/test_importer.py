"""Bring your own article: every case of issue 14, with pages and documents the tests build or keep in tests/data."""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

import docx
import pytest

from medialit import CorpusError, load_article, load_corpus, preview_import
from medialit.corpus.importer import add_article, extract, free_id

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def make_docx(path: Path, heading: str | None = "Harbour ferry returns", paragraphs=None, author=None) -> Path:
    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs or ["By Dana Whitfield", "The harbour ferry returned to service on Monday, officials said.",
                               "Advertisement", "“We are glad to have it back,” said Maria Lopez."]:
        document.add_paragraph(text)
    if author:
        document.core_properties.author = author
    document.save(path)
    return path


# -- web pages ----------------------------------------------------------------------------------

def test_saved_web_page_gives_text_and_metadata_without_furniture():
    ex, problems = extract(DATA / "harbour-ferry.html")
    assert problems == []
    assert ex.meta == {"headline": "Harbour ferry returns after six weeks of repairs", "byline": "Dana Whitfield",
                       "publisher": "The Marlow Falls Courier", "date": "2024-05-02"}
    assert ex.paragraphs[0].startswith("The harbour ferry between Marlow Falls")
    assert ex.paragraphs[-1].startswith("The next safety inspection")
    assert len(ex.paragraphs) == 5
    text = " ".join(ex.paragraphs)
    for furniture in ("Advertisement", "Share on", "Related stories", "Subscribe", "cookies", "©"):
        assert furniture not in text
    dropped = dict(ex.dropped)
    assert "advertising" in dropped["Advertisement"] and "navigation" in dropped["Home"]
    assert "footer" in dropped["© 2024 The Marlow Falls Courier. All rights reserved."]


def test_page_without_article_text_is_one_clear_problem():
    ex, [problem] = extract(DATA / "front-page.html", "articles/front-page.html")
    assert ex is None and problem.source == "articles/front-page.html" and problem.line == 1
    assert "no article text found in this web page" in problem.message and "paste the article text" in problem.message


def test_page_with_no_date_in_its_markup_says_unknown_and_invents_nothing(tmp_path):
    page = tmp_path / "nodate.html"
    page.write_text("<html><body><article><p>The ferry returned on Monday after six weeks of repairs, the port "
                    "authority said.</p><p>It runs every hour until June, officials said on Tuesday.</p>"
                    "</article></body></html>", encoding="utf-8")
    ex, _ = extract(page)
    assert "date" not in ex.meta and "no date found: wrote date: unknown" in ex.checks()
    assert "no byline found: wrote byline: unknown" in ex.report()


def test_markup_in_a_page_is_text_not_html_when_shown():
    ex, _ = extract(DATA / "harbour-ferry.html")
    html = ex._repr_html_()
    assert "<script" not in html and "&lt;" not in ex.report()


# -- Word files ------------------------------------------------------------------------------------

def test_docx_paragraphs_heading_byline_and_furniture(tmp_path):
    ex, problems = extract(make_docx(tmp_path / "ferry.docx", author="Office User"))
    assert problems == [] and ex.kind == "Word document"
    assert ex.meta == {"headline": "Harbour ferry returns", "byline": "Dana Whitfield"}
    assert ex.paragraphs == ["The harbour ferry returned to service on Monday, officials said.",
                             "“We are glad to have it back,” said Maria Lopez."]
    assert ex.dropped[0][0] == "Advertisement"
    # the file's author property is who saved it: reported for checking, never used as the byline
    assert any("'Office User'" in n and "not used" in n for n in ex.notes)


def test_docx_tables_are_read_row_by_row(tmp_path):
    document = docx.Document()
    document.add_paragraph("The council published the ferry costs on Monday, the clerk said.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Item", "Cost"
    table.cell(1, 0).text, table.cell(1, 1).text = "Hull", "$240,000"
    document.save(tmp_path / "t.docx")
    ex, _ = extract(tmp_path / "t.docx")
    assert ex.paragraphs[1:] == ["Item | Cost", "Hull | $240,000"]


@pytest.mark.parametrize("data,words", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64,
     ["password-protected", "remove the password", ".txt"]),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 128, ["old Word 97-2003", "save it as .docx"]),
    (b"PK\x03\x04 not really a zip", ["damaged or not a Word document", "save it again as .docx"]),
], ids=["password-protected", "old .doc renamed", "damaged"])
def test_bad_word_files_give_one_clear_problem(tmp_path, data, words):
    f = tmp_path / "article.docx"
    f.write_bytes(data)
    ex, [problem] = extract(f, "articles/article.docx")
    assert ex is None and str(problem).startswith("articles/article.docx:1: ")
    for word in words:
        assert word in problem.message


# -- text files: encodings and pasted text ----------------------------------------------------------

@pytest.mark.parametrize("name,encoding", [("windows-1252.txt", "Windows-1252"), ("utf-16.txt", "UTF-16")])
def test_legacy_encodings_are_read_and_reported(name, encoding):
    ex, problems = extract(DATA / name)
    assert problems == []
    assert ex.paragraphs[1] == "“We are glad to have it back,” said Maria Lopez — a nurse at the island’s clinic " \
                               "in Marlow Falls."
    assert ex.paragraphs[2] == "The café on the pier reopened too."
    assert any(n.startswith(f"read as {encoding}") for n in ex.notes)


def test_loader_reads_windows_1252_and_says_so():
    art = load_article(DATA / "windows-1252.txt")
    assert "“We are glad" in art.text and "café" in art.text
    assert any("read as Windows-1252" in n for n in art.notes)


def test_cyrillic_legacy_file_is_not_read_as_windows_1252(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_bytes("Паром вернулся в понедельник после ремонта, сообщили в администрации порта.".encode("cp1251"))
    art = load_article(f)
    assert art.text.startswith("Паром вернулся") and any("Windows-1251" in n for n in art.notes)


def test_pasted_text_moves_headline_byline_date_and_drops_furniture():
    ex, _ = extract(DATA / "pasted-from-browser.txt")
    assert ex.meta == {"headline": "Harbour ferry returns after six weeks of repairs", "byline": "Dana Whitfield",
                       "date": "2 May 2024"}
    assert [t for t, _ in ex.dropped] == ["Advertisement", "Share this article"]
    assert len(ex.paragraphs) == 4  # one-line paragraphs after the title stay paragraphs
    assert ex.unknown == ["publisher"]


def test_pasted_text_dropped_into_articles_is_reported_by_validate_first(tmp_path):
    from medialit.cli import validate_root

    (tmp_path / "articles").mkdir()
    shutil.copy(DATA / "pasted-from-browser.txt", tmp_path / "articles" / "ferry.txt")
    corpus = load_corpus(tmp_path / "articles", warn=False)
    assert corpus.problems == [] and len(corpus["ferry"].suspect_lines) == 4  # it loads; inspect shows notes
    lines = {p.line: p.message for p in validate_root(tmp_path)}
    assert set(lines) == {3, 5, 10, 15}
    assert "looks like a byline" in lines[3] and "looks like a date line" in lines[5]
    assert "'Advertisement' looks like page furniture" in lines[10] and "python -m medialit add" in lines[10]


@pytest.mark.parametrize("data,words", [
    (b"", ["file is empty"]),
    (b"%PDF-1.7\n1 0 obj", ["PDF", "copy the article text", "add"]),
    (b"\x89PNG\r\n\x1a\n\x00\x00", ["PNG image", "not pictures of text"]),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", ["JPEG image"]),
], ids=["empty", "pdf", "png", "jpeg"])
def test_bad_files_give_one_clear_problem_and_the_rest_loads(tmp_path, data, words):
    (tmp_path / "bad.txt").write_bytes(data)
    shutil.copy(DATA / "harbour-ferry.html", tmp_path / "ferry.html")
    ex, [problem] = extract(tmp_path / "bad.txt", "bad.txt")
    assert ex is None
    for word in words:
        assert word in problem.message
    corpus = load_corpus(tmp_path, warn=False)
    assert corpus.ids == ["ferry"] and [p.message for p in corpus.problems] == [problem.message]


# -- into articles/ ------------------------------------------------------------------------------------

def test_html_and_docx_dropped_into_articles_load(tmp_path):
    shutil.copy(DATA / "harbour-ferry.html", tmp_path / "harbour-ferry.html")
    make_docx(tmp_path / "ferry-word.docx")
    corpus = load_corpus(tmp_path, warn=False)
    assert corpus.problems == [] and corpus.ids == ["ferry-word", "harbour-ferry"]
    art = corpus["harbour-ferry"]
    assert art.meta["headline"].startswith("Harbour ferry") and art.meta["byline"] == "Dana Whitfield"
    assert art.layout == "converted from a web page" and art.paragraphs[0].id == "harbour-ferry:p1"
    assert corpus["ferry-word"].meta["date"] == "unknown"


def test_add_writes_article_and_keeps_the_original_with_its_sha256(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    added, problems = add_article(DATA / "harbour-ferry.html", articles)
    assert problems == [] and added.article == articles / "harbour-ferry.md"
    original = articles / "originals" / "harbour-ferry.html"
    assert original.read_bytes() == (DATA / "harbour-ferry.html").read_bytes()
    sha = hashlib.sha256(original.read_bytes()).hexdigest()
    text = added.article.read_text(encoding="utf-8")
    assert f"original_sha256: {sha}" in text and "original_file: originals/harbour-ferry.html" in text
    assert "trafilatura" in text  # provenance names the tool
    corpus = load_corpus(articles, warn=False)
    assert corpus.problems == [] and corpus.ids == ["harbour-ferry"]  # the original is not read twice
    art = corpus["harbour-ferry"]
    assert art.meta["date"] == "2024-05-02" and art.meta["publisher"] == "The Marlow Falls Courier"
    assert len(art.paragraphs) == 5


def test_add_of_a_file_already_in_articles_moves_it_to_originals(tmp_path):
    shutil.copy(DATA / "pasted-from-browser.txt", tmp_path / "ferry.txt")
    added, _ = add_article(tmp_path / "ferry.txt", tmp_path)
    assert not (tmp_path / "ferry.txt").exists() and (tmp_path / "originals" / "ferry.txt").exists()
    corpus = load_corpus(tmp_path, warn=False)
    assert corpus.problems == [] and corpus["ferry"].meta["byline"] == "Dana Whitfield"
    assert corpus["ferry"].meta["publisher"] == "unknown"


def test_add_picks_a_free_id_and_says_so(articles_copy):
    (articles_copy / "mosul.html").write_bytes((DATA / "harbour-ferry.html").read_bytes())
    added, _ = add_article(articles_copy / "mosul.html", articles_copy)
    assert added.article_id == "mosul-2" and "id 'mosul' is already used by" in added.id_note
    assert "mosul-2" in added.report()
    corpus = load_corpus(articles_copy, warn=False)
    assert corpus.problems == [] and corpus["mosul"].kind == "seed" and "mosul-2" in corpus


def test_free_id():
    assert free_id("a", set()) == "a" and free_id("a", {"a", "a-2"}) == "a-3"


def test_preview_import_shows_and_raises_clearly(tmp_path):
    report = preview_import(DATA / "pasted-from-browser.txt").report()
    assert "moved to byline: “By Dana Whitfield”" in report and "dropped (2):" in report
    assert "first:" in report and "last:" in report
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(CorpusError, match="scan.pdf"):
        preview_import(tmp_path / "scan.pdf")


def test_converted_text_keeps_any_script(tmp_path):
    f = tmp_path / "ar.txt"
    f.write_text("عادت العبّارة إلى العمل يوم الاثنين.\nقال المسؤولون إن الرحلات ستستأنف.", encoding="utf-8")
    (tmp_path / "out").mkdir()
    added, problems = add_article(f, tmp_path / "out")
    assert problems == [] and added.article_id == "ar"
    assert load_corpus(tmp_path / "out", warn=False)["ar"].paragraphs[1].text.startswith("قال")


def test_docx_bytes_in_memory_round_trip():
    buf = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Only one paragraph of text in this file, the clerk said.")
    document.save(buf)
    from medialit.corpus.document import read_docx

    assert read_docx(buf.getvalue())["lines"] == ["Only one paragraph of text in this file, the clerk said."]


def test_markup_written_in_a_pages_text_stays_text_and_is_escaped_when_shown(tmp_path):
    from medialit.corpus.reader import article_html

    page = tmp_path / "xss.html"
    page.write_text("<html><body><article><p>The council said the page showed &lt;script&gt;alert(1)&lt;/script&gt; "
                    "to every visitor on Monday morning.</p><p>It was fixed by Tuesday, the clerk said in a "
                    "statement.</p></article><script>alert(2)</script></body></html>", encoding="utf-8")
    art = load_article(page)
    assert "<script>alert(1)</script>" in art.text and "alert(2)" not in art.text
    html = article_html(art)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
