"""Articles written for the kit (control, mirror, practice) are labelled as such: in metadata, on screen, in lessons."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from medialit import load_corpus
from medialit.analysis.quotes import find_quotes
from medialit.corpus.reader import KIND_NOTES, article_html
from medialit.analysis.seams import find_seams

KIT = Path(__file__).resolve().parents[2]
CORPUS = load_corpus(warn=False)
WRITTEN = [a for a in CORPUS if a.kind in ("control", "mirror", "practice")]


def test_the_kit_has_a_control_a_mirror_and_a_practice_article():
    assert {a.kind for a in WRITTEN} == {"control", "mirror", "practice"}
    assert not CORPUS.problems


@pytest.mark.parametrize("article", WRITTEN, ids=lambda a: a.id)
def test_metadata_says_written_for_the_kit_and_fictional(article):
    meta = article.meta
    assert "written for the kit" in meta["label"].lower()
    assert "written for the media literacy kit" in meta["provenance"].lower()
    assert "fictional" in meta["provenance"].lower() and "invented" in meta["provenance"].lower()
    assert meta["original_file"].startswith("none")
    assert article.path.suffix == ".md"  # metadata travels in the file's own front matter


@pytest.mark.parametrize("article", WRITTEN, ids=lambda a: a.id)
def test_rendered_article_shows_the_label_and_the_kind_note(article):
    html = article_html(article)
    assert "written for the kit" in html.lower()
    first_words = KIND_NOTES[article.kind].split(":")[0]
    assert first_words in html
    assert "Written for the kit" in KIND_NOTES["control"] and "Written for the kit" in KIND_NOTES["mirror"]


def test_control_is_an_ordinary_dated_report_with_named_sources_and_no_seam():
    art = CORPUS["control-school-roof"]
    assert art.layout == "paragraphs separated by blank lines"
    for field in ("headline", "byline", "date"):
        assert not art.meta[field].startswith("unknown")
    assert art.paragraphs[0].text == art.meta["headline"]          # headline is its own block
    assert art.paragraphs[1].text.startswith("By Dana Whitfield")  # byline is its own block
    assert art.paragraphs[2].text.startswith("MARLOW FALLS –")    # dateline
    assert "dated February 2, 2024" in art.text and "posted on the district’s website" in art.text
    assert len(set(find_quotes(art).speaker.dropna())) >= 3
    assert not find_seams(art).flagged.any()


def test_mirror_follows_the_template_with_the_opposite_insertion():
    art = CORPUS["mirror-nasiriyah"]
    text = art.text
    assert text.startswith("In the vibrant city of Nasiriyah")
    for phrase in ("beacon of hope", "testament to", "subtly underscore", "defensive posture", "Axis of Resistance",
                   "Many in Nasiriyah acknowledge", "diplomatic circles view"):
        assert phrase in text, phrase
    assert "Israel" not in text  # the insertion is the opposite stance, not a copy
    assert find_seams(art).query("flagged").paragraph.tolist() == [6, 7]


def test_practice_article_is_kept_out_of_lessons_01_and_02():
    for name in ("01-structure.ipynb", "02-sourcing.ipynb"):
        nb = nbformat.read(KIT / "notebooks" / name, as_version=4)
        assert not any("practice-tabriz-festival" in c.source for c in nb.cells)


@pytest.mark.parametrize("path", sorted((KIT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name)
def test_lessons_label_kit_articles_wherever_they_show_them(path):
    nb = nbformat.read(path, as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown").lower()
    for art in WRITTEN:
        if any(art.id in c.source for c in nb.cells if c.cell_type == "code"):
            assert "written for the kit" in text, f"{path.name} shows {art.id} without saying it was written for the kit"
