"""Keys of lessons 03-05 that rest on the analysis toolkit still agree with it (no silent drift)."""

from __future__ import annotations

from pathlib import Path

from medialit import align_template, article_similarity, find_seams
from medialit.exercises.workbook import Workbook

KIT = Path(__file__).resolve().parent.parent
SEEDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]
WB = Workbook(KIT)


def _paragraphs(eid):
    return sorted({int(i.split(":")[1][1:]) for i in WB.key(eid).answer})


def test_04_3_mean_seed_similarity_matches_the_computation():
    # the same articles as the lesson's heatmap (the similarity of a pair depends on the set)
    sim = article_similarity(SEEDS + ["mirror-nasiriyah", "control-school-roof"])
    pairs = sim.query("article_a != article_b and article_a in @SEEDS and article_b in @SEEDS")
    key = WB.key("04-3-compute-similarity")
    assert abs(pairs.similarity.mean() - key.answer) <= key.tolerance / 2


def test_04_1_inserted_passages_share_one_slot():
    al = align_template(SEEDS + ["mirror-nasiriyah"])
    assert al.reference.iloc[0] == "isfahan"
    rows = al.query("(article_id == 'basra-forum' and paragraph in [5, 6]) or "
                    "(article_id == 'mosul' and paragraph == 8) or "
                    "(article_id == 'mirror-nasiriyah' and paragraph in [6, 7])")
    assert set(rows.slot) == {7} and WB.key("04-1-template-slot").answer == "d"


def test_pick_keys_cover_exactly_the_flagged_paragraphs():
    for eid, article in (("03-8-pick-inserted", "qom"), ("05-4-pick-inserted", "practice-tabriz-festival")):
        s = find_seams(article)
        assert s.loc[s.flagged, "paragraph"].tolist() == _paragraphs(eid), eid


def test_03_6_qom_paragraph_9_is_scored_but_not_flagged():
    s = find_seams("qom").set_index("paragraph")
    assert 0 < s.loc[9, "score"] < 0.4 and not s.loc[9, "flagged"]


def test_04_prose_eleven_of_twelve_flagged_paragraphs_match_the_israel_slots():
    al = align_template(SEEDS + ["mirror-nasiriyah"])
    flagged = [(a, n) for a in SEEDS + ["mirror-nasiriyah"] for n in find_seams(a).query("flagged").paragraph]
    slots = [al.query("article_id == @a and paragraph == @n").slot.iloc[0] for a, n in flagged]
    assert len(flagged) == 12 and sum(s in (7, 8) for s in slots) == 11
