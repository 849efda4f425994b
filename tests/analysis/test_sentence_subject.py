"""sentence_subject: whom a later "he" or "she" means, when a sentence names two or more people."""

from __future__ import annotations

import pytest

from medialit.analysis.sentence_subject import sentence_subject
from medialit.analysis.speakers import resolve_pronoun
from medialit.analysis.marks import quote_spans
from medialit.corpus.loader import load_article


@pytest.mark.parametrize("text, expected", [
    # the main clause's subject, not the opening clause's
    ('When Joe Biden arrived in Paris, Emmanuel Macron greeted him warmly. "Welcome to France," he said.',
     "Emmanuel Macron"),
    ('After Angela Merkel left office, Olaf Scholz took over. "I am ready," he said.', "Olaf Scholz"),
    # a storm's name is no person's
    ('By the time Hurricane Ian reached Florida, Governor Ron DeSantis had already declared an emergency. "Get out now," '
     'he said.', "Ron DeSantis"),
    ('As Cyclone Freddy hit Malawi, President Lazarus Chakwera declared a state of disaster. "We are overwhelmed," '
     'he said.', "Lazarus Chakwera"),
    # (with no opening clause, the first name that opens the sentence)
    ('Joe Biden met Emmanuel Macron on Monday. "Welcome," he said.', "Joe Biden"),
])
def test_whom_he_means(tmp_path, text, expected):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    art = load_article(path)
    assert resolve_pronoun(art, art.text.rindex(" he said") + 1, quote_spans(art))[0] == expected


def test_a_war_is_no_one_he_could_mean(tmp_path):
    # "during World War II. Baker — who was nicknamed Ginger — began …": "World War" is no second person
    text = ('Ginger Baker was born Peter Edward Baker in 1939. His father was killed in 1943 during World War II. Baker '
            '— who was reportedly nicknamed Ginger — began playing drums. "I could play!" he recalled.')
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    art = load_article(path)
    # (two full forms with different first names: the kit keeps the surname, not one of them)
    assert resolve_pronoun(art, art.text.rindex(" he recalled") + 1, quote_spans(art))[0] == "Baker"


def test_an_opening_phrase_that_names_someone_else():
    # "In an interview with filmmaker Robert H. Lieberman, Hun Sen spoke": the main clause's subject
    text = "In an interview in September 2015 with American filmmaker Robert H. Lieberman, Hun Sen spoke candidly."
    names = [(text.index("Robert"), text.index("Robert") + len("Robert H. Lieberman"), "Robert H. Lieberman"),
             (text.index("Hun Sen"), text.index("Hun Sen") + 7, "Hun Sen")]
    assert sentence_subject(text, 0, names) == "Hun Sen"
