"""Words in quotation marks that quote nobody (medialit/analysis/titles.py)."""

import pytest

from medialit.analysis.titles import is_group_name, is_title


@pytest.mark.parametrize("inner, before, expected", [
    ("Tell No One", "a film called ", True),
    ("Bridges of Heritage", "the exhibition ", True),
    ("we will rebuild", "she said ", False),
    ("This Is Over.", "he said ", False),
])
def test_titles(inner, before, expected):
    assert is_title(inner, before) is expected


@pytest.mark.parametrize("inner, before, expected", [
    ("Have no fear", "Anna Franowska of ", True),
    ("it almost appears as if the statement was prepared", "Anna Franowska of ", False),
    ("Have no fear", "she said it was ", False),
    ("encouraging dependency", "and accused China of ", False),
])
def test_a_groups_name_after_a_person(inner, before, expected):
    assert is_group_name(inner, before) is expected
