"""Template families (issue 12): paraphrased variants grouped, near-copies optional, both methods agree."""

from __future__ import annotations

import pandas as pd
import pytest

from medialit import cluster_templates
from medialit.analysis._text import as_articles

FAMILY = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom", "mirror-nasiriyah"]


@pytest.mark.parametrize("method", ["exact", "minhash"])
def test_seeds_and_mirror_one_family_control_apart(method):
    c = cluster_templates(FAMILY + ["control-school-roof"], method=method).set_index("article_id")
    assert c.loc[FAMILY, "cluster"].nunique() == 1
    assert c.loc["control-school-roof", "cluster_size"] == 1
    assert (c.loc[FAMILY, "closest_similarity"] >= 0.22).all()


def test_any_script_and_invisible_characters():
    arabic = "هل وصلت الرسالة؟ نعم، وصلت أمس. الرسالة مهمة جدا للمدينة."
    texts = pd.Series({"a": arabic, "b": arabic, "c": "An unrelated English text about a bridge repair."})
    c = cluster_templates(texts).set_index("article_id")
    assert c.loc["a", "cluster"] == c.loc["b", "cluster"] != c.loc["c", "cluster"]


def test_many_copies_of_one_template_stay_linear():
    base = {a.id: a.text for a in as_articles(FAMILY)}
    texts = {f"{k}-{i}": v.replace(" the ", f" the{i % 7} ", 1) for i in range(60) for k, v in base.items()}
    c = cluster_templates(pd.Series(texts), method="minhash")
    assert c.cluster.nunique() == 1
