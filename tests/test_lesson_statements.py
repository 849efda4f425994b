"""What the lessons say about the tools' output still holds (issue 12).

tests/test_lesson_keys.py checks the exercise keys; this file checks the prose: each test quotes
the lesson's own words, so that a change to the tools that makes a sentence false fails here,
and the lesson text or the tool is fixed, not left to drift.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit import align_template, article_similarity, cluster_templates, find_quotes, find_seams

KIT = Path(__file__).resolve().parent.parent
SEEDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]


def _prose(lesson: str) -> str:
    nb = json.loads((KIT / "notebooks" / lesson).read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


def _says(lesson: str, words: str) -> None:
    """The lesson still contains the statement the test checks (so the two move together)."""
    assert " ".join(words.split()) in " ".join(_prose(lesson).split()), f"{lesson} no longer says: {words}"


def _flagged(article) -> list[int]:
    s = find_seams(article)
    return s.loc[s.flagged, "paragraph"].tolist()


def test_01_isfahan_two_flagged_paragraphs_are_the_israel_passage():
    # the lesson no longer names Isfahan's slot (it is exercise 01-5's answer); it asks students to compare
    _says("01-structure.ipynb", "Compare the flagged paragraphs with the ones you labelled *israel*.")
    assert _flagged("isfahan") == [7, 8]


def test_01_the_mirror_is_flagged_and_the_control_is_not():
    _says("01-structure.ipynb", "The seam detector flags it just as it flags the seeds")
    _says("01-structure.ipynb", "No paragraph is flagged.")
    assert _flagged("mirror-nasiriyah") == [6, 7]
    assert _flagged("control-school-roof") == []


def test_01_inserted_passage_slots_per_seed():
    _says("01-structure.ipynb", "Basra and Palestine paragraphs 5-6")
    _says("01-structure.ipynb", "Mosul one sentence of paragraph 4 and all of paragraph 8, Qom 6-7")
    assert {a: _flagged(a) for a in SEEDS} == {"basra-forum": [5, 6], "basra-gaza": [6, 7], "mosul": [4, 8],
                                                 "isfahan": [7, 8], "qom": [6, 7]}


def test_02_basra_forum_one_person_quoted_twice():
    _says("02-sourcing.ipynb", "One person, quoted twice, described as the director of a forum.")
    q = find_quotes("basra-forum")
    assert len(q) == 2 and q.speaker.nunique() == 1 and q.description.iloc[0].startswith("director of")


def test_02_the_quote_finder_shows_only_the_quoted_sources_of_the_control():
    # the lesson no longer lists the control's sources before 02-2 asks for them (trial, issue 15)
    _says("02-sourcing.ipynb", "Some sources are quoted in quotation marks; others are reported without them")
    _says("02-sourcing.ipynb", "The quote finder shows only the first kind")
    q = find_quotes("control-school-roof")
    assert q.speaker.nunique() == 3 and q.speaker.notna().all()
    from medialit.exercises.workbook import Workbook

    assert float(Workbook().key("02-2-control-voices").answer) > q.speaker.nunique()  # reported ones exist


def test_03_qom_paragraphs_6_and_7_flagged_9_below_the_line():
    _says("03-framing.ipynb", "Paragraphs 6 and 7 are flagged. Paragraph 9 has a small bar below the line.")
    s = find_seams("qom").set_index("paragraph")
    assert _flagged("qom") == [6, 7] and 0 < s.loc[9, "score"] < 0.4


def test_03_threshold_is_the_dashed_line():
    _says("03-framing.ipynb", "Paragraphs at or above the dashed line (0.4) are flagged when their passage also "
                              "takes a stance")
    from medialit.analysis.seams import SEAM_THRESHOLD
    assert SEAM_THRESHOLD == 0.4
    for article in SEEDS + ["mirror-nasiriyah"]:  # every flag in the lessons' articles has its stance words
        s = find_seams(article)
        assert s.loc[s.flagged, "reason"].str.contains("takes a stance").all(), article


def test_04_eleven_of_twelve_flagged_paragraphs_in_slot_7_or_8():
    _says("04-comparing-articles.ipynb", "yet eleven of the twelve match slot 7 or 8")
    arts = SEEDS + ["mirror-nasiriyah"]
    al = align_template(arts).set_index(["article_id", "paragraph"])
    flagged = [(a, n) for a in arts for n in _flagged(a)]
    assert len(flagged) == 12 and sum(al.loc[f, "slot"] in (7, 8) for f in flagged) == 11


def test_04_slot_7_collects_qom_paragraph_2():
    _says("04-comparing-articles.ipynb", "Slot 7 also collects a paragraph that is not about Israel at all "
                                         "(Qom paragraph 2)")
    al = align_template(SEEDS + ["mirror-nasiriyah"])
    slot7 = set(map(tuple, al.query("slot == 7")[["article_id", "paragraph"]].values.tolist()))
    assert ("qom", 2) in slot7 and ("mosul", 6) not in slot7


def test_04_seeds_six_to_seven_times_as_alike_as_the_control():
    _says("04-comparing-articles.ipynb", "Two seed articles are six to seven times as alike as the control "
                                         "report is to anything.")
    sim = article_similarity(SEEDS + ["mirror-nasiriyah", "control-school-roof"])
    seeds = sim.query("article_a != article_b and article_a in @SEEDS and article_b in @SEEDS").similarity.mean()
    control = sim.query("article_a == 'control-school-roof' and article_b != article_a").similarity.mean()
    assert 6 <= seeds / control < 7.5


@pytest.mark.parametrize("lesson", ["01-structure.ipynb", "04-comparing-articles.ipynb"])
def test_seeds_and_mirror_are_one_template_family_the_control_apart(lesson):
    # lessons 01 and 04 teach that the seeds and the mirror share one template
    _says(lesson, "template")
    c = cluster_templates(SEEDS + ["mirror-nasiriyah", "control-school-roof"]).set_index("article_id")
    assert c.loc[SEEDS + ["mirror-nasiriyah"], "cluster"].nunique() == 1
    assert c.loc["control-school-roof", "cluster_size"] == 1
