"""Sentence credit (medialit.analysis.sentence_credit): whom a quote's own sentence credits it to."""

from medialit.analysis.sentence_credit import sentence_source
from medialit.corpus.loader import load_article


def _credit(tmp_path, text):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    art = load_article(path)
    start, end = text.index("“"), text.index("”") + 1
    return sentence_source(art, start, end, [(start, end)])


def test_a_reported_speech_cue_in_the_quotes_sentence_credits_it(tmp_path):
    found = _credit(tmp_path, "President Recep Erdoğan cited Article 5 and said, “We will defend our border.”")
    assert found is not None and found[0] == "Recep Erdoğan"


def test_someone_told_the_words_is_not_credited_to_the_reporter(tmp_path):
    assert _credit(tmp_path, "Jones said his manager told him: “You are fired.”") is None


def test_an_according_to_clause_does_not_credit_the_statement_its_colon_brings_in(tmp_path):
    # fifty-eighth held-out batch, then dev: "According to Texas Forest Service officials, more than 40,000 acres
    # continue to burn …: “Our thoughts and prayers …”" (the member's statement, not the officials')
    text = ("According to Forest Service officials, more than 40,000 acres continue to burn in the east of the state, "
            "destroying houses and claiming lives: “Our thoughts and prayers are with those who have lost loved ones.”")
    assert _credit(tmp_path, text) is None
    # (a short clause with a colon still credits: "According to the mayor: “…”")
    assert _credit(tmp_path, "According to Mayor Ana Ruiz, it is simple: “We will rebuild.”")[0] == "Ana Ruiz"
