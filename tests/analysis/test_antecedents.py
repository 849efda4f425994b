"""Which names a later "he" or "she" can never mean (medialit.analysis.antecedents)."""

from __future__ import annotations

import pytest

from medialit.analysis.antecedents import not_meant
from medialit.analysis.names import people_in_text


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
