"""issuers: whose statement or letter "the statement said" or "The letter reads in part:" means."""

from __future__ import annotations

import pytest

from medialit.analysis.issuers import statement_issuer
from medialit.corpus.loader import load_article
from quote_cases import speakers


def _issuer(tmp_path, text, at):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    art = load_article(path)
    return statement_issuer(art, art.text.index(at), lambda a, n, offset: n)


@pytest.mark.parametrize("text, at, expected", [
    ("The St. Agnes Medical Center said in a statement that six were hurt. “We are working,” the statement said.",
     "the statement said", "St. Agnes Medical Center"),
    # a member who "wrote to" someone wrote a letter; "his letter" after it is the same one
    ("Congressman Tom Berg (TN-9) today wrote to Commissioner Will Reid urging him to act. In his letter, the "
     "Congressman noted delays. The letter reads in part:", "The letter reads", "Congressman Tom Berg"),
    # another letter mentioned after it, nobody's: not his
    ("Congressman Tom Berg (TN-9) today wrote to Commissioner Will Reid. A second letter came from nowhere. The letter "
     "reads:", "The letter reads", None),
])
def test_statement_issuer(tmp_path, text, at, expected):
    assert _issuer(tmp_path, text, at) == expected


def test_the_letter_reads_in_part_on_a_line_of_its_own(tmp_path):
    # congress-cohen-elvis-presley-boulevard (the forty-fourth held-out batch, once dev): the member "wrote to" the
    # commissioner, then "The letter reads in part:" above the letter's paragraphs, each opened by a mark
    text = ("MEMPHIS – Congressman Tom Berg (TN-9) today wrote to Commissioner Will Reid urging him to act. In his letter, "
            "the Congressman noted delays.\n\nThe letter reads in part:\n\n“I write to urge you to act.\n\n“The road is bad.”")
    assert speakers(tmp_path, text) == ["Tom Berg", "Tom Berg"]
