"""The specificity chart: anchors per paragraph, with the words behind each count."""

from __future__ import annotations

from medialit import specificity_chart, specificity_table
from medialit.analysis.specificity import score_specificity

SEEDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]


def test_table_agrees_with_score_specificity():
    for article in SEEDS + ["control-school-roof"]:
        table = specificity_table([article])
        scores = score_specificity(article)
        assert table.n_checkable.tolist() == scores.n_checkable.tolist(), article
        assert table.n_vague.tolist() == scores.n_vague.tolist(), article


def test_control_is_far_more_specific_than_every_seed():
    table = specificity_table(SEEDS + ["control-school-roof"])
    per_article = table.groupby("article_id").n_checkable.sum()
    assert per_article["control-school-roof"] > 5 * per_article[SEEDS].max()
    assert (table.query("article_id == 'control-school-roof'").n_checkable > 0).all()


def test_words_behind_the_counts():
    table = specificity_table(["mosul"])
    p3 = table[table.paragraph == 3].iloc[0]
    assert p3.anchors == "Mosul-Palestine Cultural Bridge" and p3.vague == "earlier this year"
    assert table[table.paragraph == 2].iloc[0].anchors == "none"


def test_chart_has_titles_one_row_per_article_in_order_and_tooltips():
    spec = specificity_chart(["qom", "control-school-roof"]).to_dict()
    assert spec["title"]["text"] and spec["title"]["subtitle"]
    enc = spec["layer"][0]["encoding"]
    assert enc["y"]["sort"] == ["qom", "control-school-roof"]
    assert {t["title"] for t in enc["tooltip"]} >= {"Anchors", "Vague time words"}
    assert enc["color"]["title"] == "Checkable anchors"
