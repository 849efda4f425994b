"""Labels and credits around a quote (medialit/analysis/labels.py)."""

import pytest

from medialit.analysis.labels import _CREDITED, _UNNAMED_LABEL, _label_text, dash_credit, topic_label


@pytest.mark.parametrize("before, expected", [
    ("On negotiations to end the war in Ukraine: ", True), ("On President Vale’s first month: ", True),
    ("THEN: ", True), ("NOW: ", True), ("On Monday: ", False), ("On Monday, she said: ", False), ("Ana Ruiz: ", False),
])
def test_topic_labels(before, expected):
    assert topic_label(before) is expected


@pytest.mark.parametrize("before, speaker", [
    ("A military spouse whose family is in crisis as service members go without pay: ", "A military spouse"),
    ("A hair salon owner whose livelihood depends on business: ", "A hair salon owner"),
    ("A tourist: ", "A tourist"),
    ("An email from the firm: ", None), ("A post circulating on Telegram, whose author is unknown, said: ", None),
])
def test_unnamed_labels(before, speaker):
    m = _UNNAMED_LABEL.match(before)
    assert (m.group("speaker") if m else None) == speaker


def test_credits_after_the_quote():
    assert _CREDITED.match(", says a man whose granddaughter was shot.") and _CREDITED.match(", CNBC reports.")
    assert not _CREDITED.match(" (Watch)")
    assert dash_credit(" — Police Chief Marcus Hale").group("speaker") == "Police Chief Marcus Hale"
    assert dash_credit(" — Ohio Farm Bureau, Columbus") is None


def test_the_label_as_a_reason_shows_it():
    assert _label_text("TSMC CEO C.C. Wei: ", "C.C. Wei") == "TSMC CEO C.C. Wei:"
    assert _label_text("x " * 60 + ": ", "Ana Ruiz") == "Ana Ruiz…:"
