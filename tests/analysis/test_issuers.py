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


@pytest.mark.parametrize("text, expected", [
    # the fifty-first held-out batch, once dev: "The following is the text of the letter sent to Secretary of Defense,
    # Chuck Hagel:" under a lede whose senders "today called on" the department (congress-roberts-light-air-support-letter):
    # the senders' letter, never the recipient's (the name after a comma is still whom it was sent to)
    ("WASHINGTON, DC – After the Air Force announced it would go ahead, U.S. Senators Ana Ruiz and Tom Berg and U.S. "
     "Representative Lia Chen today called on the Department of Defense to halt the contract.\n\nThe following is the text "
     "of the letter sent to Secretary of Defense, Mark Lee:\n\n“We write, again, regarding the contract.\n\n“We eagerly "
     "await your reply.”", ["Ana Ruiz, Tom Berg and Lia Chen", "Ana Ruiz, Tom Berg and Lia Chen"]),
    ("Rep. Ana Ruiz today urged the Secretary of Energy, Mark Lee, to reopen the plant.\n\nFull text of the letter is "
     "below:\n\n“Dear Secretary Lee, we write about the plant.”", ["Ana Ruiz"]),
    # and a recipient named after "and" ("to Speaker Pelosi and Ways and Means Committee Chair X (MA-01)") is not one of
    # "the Members" who wrote (congress-swalwell-rare-earth-magnets-letter)
    ("WASHINGTON, DC – Representative Ana Ruiz (CA-15) today led a letter with Representatives Tom Berg (NV-04) and Lia "
     "Chen (TX-28) to Speaker Pelosi and Ways and Means Committee Chair Mark Lee (MA-01) urging the credit.\n\n\"We urge "
     "the inclusion of the credit,\" the Members wrote.", ["Ana Ruiz, Tom Berg and Lia Chen"]),
])
def test_whose_letter_the_text_below_is(tmp_path, text, expected):
    assert speakers(tmp_path, text) == expected


def test_sender_before_names_the_subject_of_the_last_asking_sentence(tmp_path):
    from medialit.analysis.issuers import sender_before
    path = tmp_path / "case.txt"
    path.write_text("Senators Ana Ruiz and Tom Berg today pressed the agency to act.\n\nThe letter is below:", encoding="utf-8")
    art = load_article(path)
    assert sender_before(art, art.paragraphs[1], lambda a, n, at: n) == "Ana Ruiz and Tom Berg"
    path.write_text("The agency acted on Monday.\n\nThe letter is below:", encoding="utf-8")
    art = load_article(path)
    assert sender_before(art, art.paragraphs[1], lambda a, n, at: n) is None


def test_a_letters_salutation_in_marks_does_not_break_whose_letter_it_is(tmp_path):
    # a newcomer's release (adv69): "“Dear Secretary X," on a line of its own between the intro and the letter's paragraphs;
    # and a bulleted excerpt under "Excerpts from the letter are below:" (congress-mcconnell-garland-parents-letter)
    text = ("WASHINGTON – Today, Representatives Ana Ruiz (D-MN) and Tom Berg (D-WI) called on Secretary of the Interior Lia "
            "Chen to pause the permits.\n\nThe following is the text of the letter sent to Secretary Chen:\n\n“Dear Secretary "
            "Chen,\n\n“We write to urge you to pause the permits.\n\n“We look forward to your response.\n\n“Sincerely,")
    assert speakers(tmp_path, text) == ["Ana Ruiz and Tom Berg", "Ana Ruiz and Tom Berg"]
    text = ("WASHINGTON — Senator Ana Ruiz (R-KY) wrote a letter today to Attorney General Tom Berg.\n\nExcerpts from the "
            "letter are below:\n\n• “Parents should be telling their schools what to teach.”")
    assert speakers(tmp_path, text) == ["Ana Ruiz"]


def test_it_says_after_a_sentence_that_cites_a_report(tmp_path):
    # sixtieth held-out batch (then tuned on): "According to the CRS report provided to Senator X, …. It says, “…”": the
    # report the sentence before cites speaks
    text = ("According to the HRS report provided to Senator Lena Hart, the money could be used for visas. It says, "
            "\"funding from the account could be used for this purpose.\"")
    assert speakers(tmp_path, text) == ["the HRS report"]
