"""Which pronoun an article uses for a person it names (medialit.analysis.pronouns)."""

from __future__ import annotations

import pytest

from medialit.analysis.pronouns import pronoun_for
from medialit.corpus.loader import load_article


def _article(tmp_path, text):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path)


@pytest.mark.parametrize("text, name, expected", [
    ("Mr. Tom Reyes runs the store.", "Tom Reyes", "he"),
    ("Ms. Ana Ruiz runs the store.", "Ana Ruiz", "she"),
    ("Ben Ward was cleared. His wife, Ana Ward, wept.", "Ana Ward", "she"),
    ("Michael Makuei paid tribute. He said it was a loss.", "Michael Makuei", "he"),
    ("Lena Ortiz met the press. Her office then issued a statement.", "Lena Ortiz", "she"),
    # nothing in the text says, or it says both: no answer (a first name is never read as evidence)
    ("Ana Ruiz runs the store.", "Ana Ruiz", None),
    ("Tom Berg and Lena Ortiz spoke. He left early.", "Tom Berg", None),
    # a quote that opens with "He" is the speaker's words, not the writer's pronoun for them
    ('Beekeeper Rosalind Achterberg tends her hives. "He told me the bees were gone," she says.',
     "Rosalind Achterberg", None),
    # two people who share a surname: "Her husband, Tom Smith" is about Tom, "Her" about Anna
    ("Anna Smith praised the pupils. Her husband, Tom Smith, coaches the team.", "Tom Smith", "he"),
])
def test_pronoun_for(tmp_path, text, name, expected):
    art = _article(tmp_path, text)
    assert pronoun_for(art, name, len(art.text)) == expected
