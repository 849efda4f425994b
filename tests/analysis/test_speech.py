"""Speech patterns: the forms that tie a quote to its speaker (medialit/analysis/speech.py)."""

from __future__ import annotations

import pytest

from medialit.analysis.speech import _AFTER_VS, _BEFORE, _ends_sentence


@pytest.mark.parametrize("after, speaker", [
    (", said Ana Ruiz.", "Ana Ruiz"),
    (" said Ana Ruiz, the director.", "Ana Ruiz"),
    (", explained Dr. Hamid Rezaei.", "Dr. Hamid Rezaei"),
])
def test_a_verb_before_the_speaker_after_the_quote(after, speaker):
    assert _AFTER_VS.match(after).group("speaker") == speaker


def test_a_speaker_on_a_day_before_the_quote():
    assert _BEFORE.search("The Harbour Journal on Tuesday said that ").group("speaker") == "The Harbour Journal"


def test_a_quote_that_ends_with_a_full_stop_ends_its_sentence():
    text = '"We cannot wait." He said that it was late.'
    assert _ends_sentence(text, (0, 17), text[17:])
    text = '"We cannot wait," he said.'
    assert not _ends_sentence(text, (0, 17), text[17:])
