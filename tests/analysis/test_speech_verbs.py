"""The verbs of speech: a vocabulary the quote and source patterns are built from."""

from __future__ import annotations

from medialit.analysis.speech_verbs import SPEECH_VERBS


def test_no_verb_twice_and_no_common_noun():
    # a present tense that is also a common noun ("objects", "protests", "shares") would read nouns as speech
    assert not {"objects", "protests", "shares", "claims office"} & set(SPEECH_VERBS)
    assert {"said", "told", "tweeted", "reacted", "apologised", "endorsed"} <= set(SPEECH_VERBS)
    assert all(v == v.lower().strip() for v in SPEECH_VERBS)
