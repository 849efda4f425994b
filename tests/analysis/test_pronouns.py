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


@pytest.mark.parametrize("text, speakers", [
    # first names rule a reading out, never name anyone on their own
    ('Labour leader Keir Starmer campaigned in Birmingham on Tuesday alongside deputy leader Angela Rayner. "We are '
     'ready to govern," she told supporters.', ["Angela Rayner"]),
    ('Prosecutor Ingrid Solberg told the court that the defendant had planned the attack for months. Defence lawyer '
     'Henrik Dahl argued that his client was mentally ill. "He knew exactly what he was doing," she added.',
     ["Ingrid Solberg"]),
    ('"We will rebuild," said Secretary of Transportation Pete Buttigieg.\n\nOfficials said the bridge would reopen '
     'next month. "It is safe," she said.', ["Pete Buttigieg", None]),
    # a name shared across cultures (Ayan, Jean, Kim) rules nobody out
    ('Ayan Mohamed Ali opened the library last June. "We used to talk about entrepreneurship," she told VOA.',
     ["Ayan Mohamed Ali"]),
    # a name the table lacks is never passed over for one it has: the sentence's subject, as before
    ('Prime Minister Hun Sen spoke to the filmmaker Robert Lieberman in Phnom Penh. "We made mistakes," he said.',
     ["Hun Sen"]),
])
def test_first_names_rule_readings_out(tmp_path, text, speakers):
    from medialit import find_quotes
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    q = find_quotes(load_article(path))
    assert [None if str(s) == "<NA>" else s for s in q.speaker.tolist()] == speakers
