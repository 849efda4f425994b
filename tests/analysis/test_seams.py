"""Seams: the inserted passages of the seeds are flagged, an ordinary report is not."""

from __future__ import annotations

import pytest

from analysis_gold import KIT, evaluate, load_gold
from medialit import SEAM_THRESHOLD, find_seams
from medialit.corpus.loader import load_article

GOLD = load_gold()
ALL = {**GOLD["seeds"], **GOLD["test_articles"], **GOLD["held_out"]}


@pytest.mark.parametrize("article_id", sorted(ALL))
def test_flags_exactly_the_inserted_passages(article_id):
    g = ALL[article_id]
    s = find_seams(load_article(KIT / g["path"]))
    assert s.loc[s.flagged, "paragraph"].tolist() == g["seams"]


def test_brief_passages():
    # ../shared/brief.md: Basra-forum p5-p6; Basra-Gaza p6 (and p7); Mosul p4 (one sentence) and p8;
    # Isfahan p7-p8; Qom p6-p7. The inserted passage is about Israel in every seed.
    for aid, paras in {"basra-forum": [5, 6], "basra-gaza": [6, 7], "mosul": [4, 8], "isfahan": [7, 8],
                       "qom": [6, 7]}.items():
        s = find_seams(aid)
        assert s.loc[s.flagged, "paragraph"].tolist() == paras
        assert all(n == ["Israel"] for n in s.loc[s.flagged, "newcomers"])


def test_ordinary_reports_flag_nothing():
    for path in ["tests/data/articles/local-news.txt", "tests/data/articles/heldout-wire.txt"]:
        s = find_seams(KIT / path)
        assert not s.flagged.any()
    if (KIT / "articles" / "control-school-roof.md").exists():  # the kit's own control article
        assert not find_seams("control-school-roof").flagged.any()


@pytest.mark.parametrize("group", ["seeds", "test_articles", "held_out"])
def test_seam_precision_and_recall(group):
    r = evaluate(GOLD[group])["seams"]
    assert r["precision"] == 1.0 and r["recall"] == 1.0


def test_every_flag_shows_its_words_and_why():
    art = load_article(KIT / "articles" / "qom.txt")
    s = find_seams(art)
    for row in s[s.flagged].itertuples():
        assert row.triggers and len(row.triggers) == len(row.spans)
        for word, (a, b) in zip(row.triggers, row.spans):
            assert art.text[a:b] == word
        assert "Israel" in row.reason and "sentences turn to" in row.reason
    assert s.loc[s.paragraph == 9, "score"].item() < SEAM_THRESHOLD  # "the Israel-Palestine conflict" is not a turn


def test_one_row_per_paragraph_scores_between_0_and_1():
    s = find_seams("isfahan")
    assert s.paragraph.tolist() == list(range(1, 12))
    assert s.score.between(0, 1).all()
    assert (s.flagged == (s.score >= SEAM_THRESHOLD)).all()


def test_threshold_is_checked_and_can_be_changed():
    with pytest.raises(ValueError, match="between 0"):
        find_seams("mosul", threshold=0)
    assert find_seams("mosul", threshold=0.9).flagged.sum() == 1


def test_short_or_odd_articles_are_not_flagged(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("ISRAEL Israel Israel.\nIsrael and Israel said Israel.\nThe end of Israel.", encoding="utf-8")
    s = find_seams(path)
    assert not s.flagged.any()
    assert s.reason.tolist() == ["no sentence turns to a newcomer"] * 3
