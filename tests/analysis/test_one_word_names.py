"""People named by one word only (medialit/analysis/one_word_names.py)."""

import pytest

from medialit.analysis.one_word_names import single_names


def test_people_named_by_one_word_only():
    text = ("“I will not vote,” says Heng, who gave no surname. Chet, 41, agreed. Police said little; the "
            "police chief left. “We are tired,” said Tuesday.")
    assert [n for _, _, n in single_names(text)] == ["Heng", "Chet"]


@pytest.mark.parametrize("text, names", [
    # a job only a person holds, then one capitalised word
    ("Turkish president Erdoğan spoke.", ["Erdoğan"]),
    ("Coach Wenger praised the team.", ["Wenger"]),
    # not when a second capitalised word follows (a full name, read elsewhere), nor an organisation
    ("President Tom Vašek spoke.", []),
    ("General Motors cut jobs.", []),
    ("The Defense Department said so.", []),
])
def test_one_word_after_a_persons_job_is_a_name(text, names):
    assert [n for _, _, n in single_names(text)] == names
