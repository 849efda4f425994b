"""Which names a later "he" or "she" can never mean (medialit.analysis.antecedents)."""

from __future__ import annotations

import pytest

from medialit.analysis.antecedents import not_meant
from medialit.analysis.names import people_in_text
from quote_cases import speakers as quote_speakers


@pytest.mark.parametrize("sentence, kept", [
    # a name that only says whose job it is, and the person after it
    ("A former White House steward met Ana Ruiz.", ["Ana Ruiz"]),
    ("Real Cantera midfielder Iker Solano scored.", ["Iker Solano"]),
    # a part someone plays; a place after a verb of going
    ("Emma Caufield was cast as the character of Anya Jenkins.", ["Emma Caufield"]),
    ("Tom Birch steers while the boat leaves from Glen Orrin.", ["Tom Birch"]),
    # the label of an interview answer
    ("Mensah: A soldier came with Tom Berg.", ["Tom Berg"]),
    # people who could speak next are kept
    ("Ana Ruiz met Tom Berg.", ["Ana Ruiz", "Tom Berg"]),
])
def test_not_meant(sentence, kept):
    text = sentence + " He spoke."
    names = [p for p in people_in_text(text) if p[1] <= len(sentence)]
    assert [n for _, _, n in not_meant(text, names, 0, len(sentence), len(sentence) + 1)] == kept


def test_someone_spoken_to_and_the_topic_of_an_opening_phrase():
    text = "On the future of striker Luca Pace, he added that Tom Berg stays."
    names = [p for p in people_in_text(text)]
    at = text.index("he added")
    assert [n for _, _, n in not_meant(text, names, 0, len(text), at)] == ["Tom Berg"]


@pytest.mark.parametrize("text, speakers", [
    # the one reported on in "X said that Y …" is not whom "he" means next; nor "the Biden administration's"
    ("Bradley Bowman, a senior director, said that Trump, who has been critical of the Biden administration's handling "
     "of Afghanistan, would not want a crisis.\n\n“You could have a major disaster,” he told VOA.", ["Bradley Bowman"]),
    # but a relative clause's "who has told interviewers that" reports nothing of the subject that follows
    ("Unlike Tom Lee, who has told interviewers that he fled, Sam Okoro recalls a privileged life.\n\n“They did not "
     "look cruel,” he said.", ["Sam Okoro"]),
])
def test_the_one_reported_on(tmp_path, text, speakers):
    assert quote_speakers(tmp_path, text) == speakers
