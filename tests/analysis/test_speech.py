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


def test_an_attribution_at_the_end_of_the_sentence_after_a_partial_quote(tmp_path):
    # "Lula’s approach … on Ukraine and Gaza reflects Brazil’s strategy of “multi-alignment” in …, said Bruna Santos,
    # director at …" (eighteenth held-out batch): the one who said the sentence, not a place before a verb
    from quote_cases import speakers
    text = ("The approach to pressures on Ukraine and Gaza reflects Brazil’s strategy of “multi-alignment” in an "
            "increasingly fragmented landscape, said Bruna Santos, director at the Wilson Center’s Brazil Institute.")
    assert speakers(tmp_path, text) == ["Bruna Santos"]


def test_an_adjective_made_from_a_name_never_speaks(tmp_path):
    # "One comment commonly posted under many Trump-related posts reads: “…”": nobody named
    from quote_cases import speakers
    text = "One comment commonly posted under many Trump-related posts reads: “What excuse do you have for not working hard?”"
    assert speakers(tmp_path, text) == [None]


def test_an_outlet_that_reports_testimony_is_not_the_speaker(tmp_path):
    # "The FBI testified that his family had “important political connections,” The Dallas Morning News reported"
    from quote_cases import speakers
    text = ("The FBI testified that his family had \"important political connections,\" The Dallas Morning News "
            "reported in 2022.")
    assert speakers(tmp_path, text) == ["FBI"]
    assert speakers(tmp_path, "“We will win,” The Dallas Morning News reported.") == ["Dallas Morning News"]
