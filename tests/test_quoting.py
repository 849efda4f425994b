"""Article text quoted in the kit's messages gets one pair of quotation marks, never two (fresh teacher, 2026-12-06:
feedback and `add` showed ““It breaks my heart, …””)."""

import pytest

from medialit._quoting import quoted


@pytest.mark.parametrize("text, shown", [
    ("the numbers are the numbers", "“the numbers are the numbers”"),
    ("“It breaks my heart, but the numbers are the numbers.”", "“It breaks my heart, but the numbers are the numbers.”"),
    ('"Nobody asked us," said Tom Becker.', '"Nobody asked us," said Tom Becker.'),
    ("“We simply do not have the money…", "“We simply do not have the money…"),
    ("  padded  ", "“padded”"),
])
def test_quoted_adds_marks_only_when_missing(text, shown):
    assert quoted(text) == shown


def test_pick_feedback_quotes_a_quoted_sentence_once():
    from medialit.exercises.grading import _says
    assert _says("“It breaks my heart.”") == " The article says: “It breaks my heart.”"
