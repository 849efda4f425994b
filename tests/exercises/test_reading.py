"""The answer-reading layer: a golden table of (type, typed answer, reading), one row per way students type."""

from __future__ import annotations

import pytest

from medialit.exercises import reading
from medialit.exercises.exercise import parse_exercise
from medialit.exercises.reading import ArticleIndex, normalize

CHOICES = {"a": "Qom.", "b": "It can’t be checked", "yes": "Yes, it says so", "no": "No"}
LABELS = {"lede": "the first sentence", "nut-graf": "why it matters", "source": "a named person speaks"}
SYNONYMS = {"lede": ["lead", "dateline"]}

# (type, typed answer, reading); a reading of reading.Unreadable means "explained, not read"
GOLDEN = [
    ("choice", "a", "a"),
    ("choice", "(A)", "a"),
    ("choice", "A.", "a"),
    ("choice", "Qom.", "a"),                       # exact text of a choice, final full stop included
    ("choice", "qom", "a"),                        # ... or without it
    ("choice", " QOM ", "a"),
    ("choice", "It can't be checked", "b"),        # straight apostrophe for the curly one in the choice
    ("choice", "It can’t be checked.", "b"),
    ("choice", "“No”", "no"),
    ("choice", "yes", "yes"),
    ("choice", "Ｑｏｍ", "a"),                       # full-width letters (NFKC)
    ("choice", "Isfahan", reading.Unreadable),
    ("number", "12", 12.0),
    ("number", " 2.5 ", 2.5),
    ("number", "0,31", 0.31),                      # a decimal comma is a decimal
    ("number", "2,5", 2.5),
    ("number", "-0,5", -0.5),
    ("number", "1,200", reading.Unreadable),       # unclear: 1200 or 1.2? asked, never guessed
    ("number", "31 %", 31.0),
    ("number", "１２", 12.0),
    ("number", "three", reading.Unreadable),
    ("label", "lede", "lede"),
    ("label", "Nut graf", "nut-graf"),             # the lesson's own words
    ("label", "nut_graf", "nut-graf"),
    ("label", "LEAD", "lede"),                     # a synonym
    ("label", "dateline", "lede"),
    ("label", "kicker", None),                     # off the list: named in the feedback
    ("word", ("He can’t say", "can't"), True),      # quotes folded
    ("word", ("The authorities said so", "author"), False),  # whole words only
    ("word", ("She is an author.", "author"), True),
    ("word", ("it was quoted", "quot*"), True),
    ("word", ("no named   source", "named source"), True),
    ("fold", "can’t  “x” – y", "can't \"x\" - y"),
    ("fold", "cafe\u0301\u00a0bar", "café bar"),
]


@pytest.mark.parametrize("kind,typed,expected", GOLDEN)
def test_golden_readings(kind, typed, expected):
    read = {"choice": lambda t: reading.choice(t, CHOICES), "number": reading.number,
            "label": lambda t: reading.label(t, LABELS, SYNONYMS),
            "word": lambda t: reading.has_word(*t), "fold": reading.fold}[kind]
    if expected is reading.Unreadable:
        with pytest.raises(reading.Unreadable):
            read(typed)
    else:
        assert read(typed) == expected


def _ex(yaml: str):
    ex, problems = parse_exercise(yaml, "00-9-demo")
    assert not problems, problems
    return ex


def test_every_answer_type_reads_through_the_layer():
    single = _ex("type: single_choice\nprompt: Which?\nchoices:\n  yes: Yes, it does.\n  no: No.\n")
    assert list(single.choices) == ["yes", "no"]            # YAML yes:/no: keys stay text
    assert normalize(single, "Yes, it does", ArticleIndex()) == ("yes", None)
    multi = _ex("type: multi_choice\nprompt: Which?\nchoices: {a: Basra Peace Forum, b: Qom, c: Mosul}\n")
    assert normalize(multi, "Basra Peace Forum", ArticleIndex()) == (["a"], None)
    assert normalize(multi, "a c", ArticleIndex()) == (["a", "c"], None)
    assert normalize(multi, "b; Basra Peace Forum.", ArticleIndex()) == (["a", "b"], None)
    number = _ex("type: number\nprompt: How similar?\n")
    assert normalize(number, "0,31", ArticleIndex()) == (0.31, None)
    value, expected = normalize(number, "1,200", ArticleIndex())
    assert value is None and "1200" in expected and "point" in expected
    text = _ex("type: short_text\nprompt: Why?\n")
    assert normalize(text, "  cafe\u0301  ", ArticleIndex()) == ("café", None)


def test_decimal_comma_is_never_a_silent_31():
    from medialit import check

    fb = check("04-3-compute-similarity", "0,31")
    assert "Not 31" not in fb.message
    assert fb.status in ("correct", "incorrect", "partial")
