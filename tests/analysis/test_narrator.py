"""Who “I” is in a first-person passage (medialit.analysis.narrator)."""

from __future__ import annotations

import pytest

from medialit import find_attributions, find_quotes
from medialit.analysis.narrator import narrator
from medialit.corpus.loader import load_article


def _article(tmp_path, text):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def _speakers(art):
    return [None if str(s) == "<NA>" else s for s in find_quotes(art).speaker.tolist()]


# the kinds come from the twelfth held-out batch (nasa-langley-gwendolyn-wheatle, nasa-ames-engineers-math-mentorship),
# written afresh here
@pytest.mark.parametrize("text, speakers", [
    # an interview printed as questions and answers: the person the intro is about
    ("Ruth Okafor manages the test stand at the center. Okafor joined NASA in 1995.\n\n"
     "What inspired you?\n\nMy uncle flew planes. I said to him one day, “I want to fly too!”",
     ["Ruth Okafor"]),
    # a label opens the answer
    ("Two engineers answer.\n\nCan anyone be an engineer?\n\nDorcas Kaweesa: When people meet me, I say, "
     "“Oh, I work at it.”", ["Dorcas Kaweesa"]),
    # a column with no interview and no label: “I” is nobody the kit can name
    ("Last week I met the mayor. I said to her, “The bridge is late.”", [None]),
    # two people introduced equally often before the questions: unclear
    ("Ana Ruiz and Tom Berg run the lab.\n\nWhy science?\n\nI said, “Because it is fun.”", [None]),
])
def test_first_person_speaker(tmp_path, text, speakers):
    assert _speakers(_article(tmp_path, text)) == speakers


def test_unclear_narrator_says_why_and_is_never_a_named_source(tmp_path):
    art = _article(tmp_path, "Mayor Lena Ortiz spoke on Monday. Later I told her, “We disagree.”")
    q = find_quotes(art)
    assert q.speaker.isna().all() and "“I” speaks, and the article does not say who" in q.reason.iloc[0]
    assert not (find_attributions(art).source.str.contains(r"\bI\b")).any()  # never "Later I" as a named source


def test_label_reason_names_the_label(tmp_path):
    art = _article(tmp_path, "Q and A.\n\nWhy?\n\nDorcas Kaweesa: I say, “Hello.”")
    name, why = narrator(art, art.text.index("I say"))
    assert name == "Dorcas Kaweesa" and "“Dorcas Kaweesa:”" in why
    attr = find_attributions(art)
    assert attr.source.tolist() == ["Dorcas Kaweesa"] and "“I”, that is Dorcas Kaweesa" in attr.reason.iloc[0]


def test_a_statements_author_is_its_i(tmp_path):
    # newcomer adv48: "As I said …, “…”" in a statement whose headline names its author
    from medialit import find_quotes
    from medialit.corpus.loader import load_article
    path = tmp_path / "statement.txt"
    path.write_text('---\nid: s\nheadline: "Statement from President Joe Biden on Gun Violence"\n---\n'
                    "As I said in my State of the Union, “I see a future where no child is afraid.”", encoding="utf-8")
    assert find_quotes(load_article(path)).speaker.tolist() == ["Joe Biden"]


@pytest.mark.parametrize("byline, speakers", [
    # sixty-third held-out batch (then tuned on), a DigitalGov post told as "I": the one writer its byline names
    ("Katherine Loy", ["Katherine Loy", "Katherine Loy"]),
    # (never a byline that names no one person: a staff, an office, several writers, "unknown")
    ("DigitalGov Staff", [None, None]),
    ("Ana Ruiz and Tom Berg", [None, None]),
    ("unknown", [None, None]),
])
def test_a_post_told_as_i_by_the_one_writer_its_byline_names(tmp_path, byline, speakers):
    text = (f"---\nbyline: \"{byline}\"\n---\nA coworker asked me to look at a paragraph.\n\n"
            "So I looked at it and asked, “What is it supposed to do?”\n\nI said, “Oh.”\n")
    assert _speakers(_article(tmp_path, text)) == speakers
