"""Speakers (issue 12): names without job titles, roles as speakers, pronouns that never guess."""

from __future__ import annotations

import pytest

from medialit.analysis.quotes import quote_spans
from medialit.analysis.speakers import UNCLEAR, is_role, is_unnamed_person, person, resolve_pronoun
from medialit.corpus.loader import load_article


@pytest.mark.parametrize("written, name", [
    ("ACME Director Lina Voss", "Lina Voss"), ("General Tarek al-Nouri", "Tarek al-Nouri"),
    ("Dr. Hamid Rezaei", "Dr. Hamid Rezaei"), ("Forest Service Chief Randy Moore", "Randy Moore"),
    ("Mr. James O'Neill", "Mr. James O'Neill"), ("Mayor Ortiz", "Ortiz"),
])
def test_person_drops_job_titles_and_keeps_forms_of_address(written, name):
    assert person(written) == name


def test_roles_and_unnamed_people():
    assert is_role("the airline") and not is_unnamed_person("the airline")
    assert is_unnamed_person("a spokesperson for the ministry")
    assert not is_role("Lina Voss")


def _pronoun(tmp_path, text):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    art = load_article(path)
    at = art.text.rindex(" he said") + 1 if " he said" in art.text else art.text.rindex(" she said") + 1
    return resolve_pronoun(art, at, quote_spans(art))


def test_pronoun_skips_names_inside_quotes(tmp_path):
    name, _ = _pronoun(tmp_path, 'Paul Brand spoke on Sunday. "Mira Olsen gave orders," he said.')
    assert name == "Paul Brand"


def test_two_people_joined_by_and_stay_unclear(tmp_path):
    name, why = _pronoun(tmp_path, 'Lena Ortiz and Tom Berg met on Monday. "We agreed," she said.')
    assert name is None and why == UNCLEAR


def test_plain_subject_is_preferred(tmp_path):
    name, why = _pronoun(tmp_path, 'In March, Administrator James Webb wrote a memo to Director Hiden Cox. '
                                   '"We should act," he said.')
    assert name == "James Webb" and "subject" in why
