"""Issue 12: every small input in tests/data/real/small_cases.yaml gives the expected result.

The cases are written by the real-corpus annotator (one per kind of failure the issue lists); this
file only runs them. See the YAML header for the fields.
"""

from __future__ import annotations

import functools

import pandas as pd
import pytest

from real_gold import KIT, load_small_cases
from medialit import article_similarity, cluster_templates, find_attributions, find_quotes, find_seams
from medialit.corpus.loader import load_article, load_corpus

CASES = {c["id"]: c for c in load_small_cases()}


def _load(tmp_path, text: str, name: str = "case.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def _ids(task):
    return sorted(i for i, c in CASES.items() if c["task"] == task)


def _norm(s) -> str:
    # (a comma before the closing mark is the writer's, not the speaker's: the kit's quote text leaves it out, and the
    # parts of a split quote are joined by " … ")
    return str(s).replace("“", '"').replace("”", '"').strip().rstrip(",")


@pytest.mark.parametrize("cid", _ids("quotes") + [i for i in _ids("text") if "quote" in CASES[i]["expected"]])
def test_quote_cases(tmp_path, cid):
    case = CASES[cid]
    exp = case["expected"]
    art = _load(tmp_path, case["input"])
    q = find_quotes(art)
    if "quotes" in exp:
        assert len(q) == exp["quotes"], q[["text", "speaker"]].values.tolist()
    row = next((r for r in q.itertuples() if _norm(r.text).startswith(_norm(exp["quote"]))), None)
    assert row is not None, q[["text", "speaker"]].values.tolist()
    if "paragraph" in exp:
        assert row.paragraph == exp["paragraph"]
    speaker = None if pd.isna(row.speaker) else row.speaker
    if exp.get("speaker_is_null") and speaker is None:
        assert "unclear" in row.reason
    else:
        assert speaker is not None and exp["speaker"] in speaker, (speaker, row.reason)
    if "not_speaker" in exp:
        assert speaker != exp["not_speaker"]
    if "verb" in exp:
        assert row.verb == exp["verb"]
    if "second_quote" in exp:
        second = [r for r in q.itertuples() if _norm(r.text).startswith(_norm(exp["second_quote"]))]
        assert second and second[0].speaker == exp["second_speaker"]
    if "not_quote" in exp:
        assert not any(_norm(exp["not_quote"]) in _norm(t) for t in q.text), q.text.tolist()
    if "sentences" in exp:
        assert len(art.sentences) == exp["sentences"]
    if "cue" in exp:  # find_quotes and find_attributions agree about who speaks
        a = find_attributions(art)
        assert speaker in set(a.source), a[["cue", "source", "kind"]].values.tolist()
        assert set(a.loc[a.source == speaker, "kind"]) == {exp["kind"]}


@pytest.mark.parametrize("cid", _ids("attributions"))
def test_attribution_cases(tmp_path, cid):
    case = CASES[cid]
    exp = case["expected"]
    a = find_attributions(_load(tmp_path, case["input"]))
    rows = a[a.cue.map(lambda c: exp["cue"] in c or c in exp["cue"])]
    assert len(rows), a[["cue", "source", "kind"]].values.tolist()
    assert set(rows.kind) == {exp["kind"]}, a[["cue", "source", "kind"]].values.tolist()
    if "not_source" in exp:
        assert not a.source.str.contains(exp["not_source"]).any() or (a.kind == "vague").all()
    if "not_cue" in exp:
        assert exp["not_cue"] not in " | ".join(a.cue)
    for cue, sent in zip(a.cue, a.text):  # a cue stays inside its sentence
        assert cue in sent


@pytest.mark.parametrize("cid", _ids("sentences"))
def test_sentence_cases(tmp_path, cid):
    case = CASES[cid]
    assert len(_load(tmp_path, case["input"]).sentences) == case["expected"]["sentences"]


@pytest.mark.parametrize("cid", [i for i in _ids("text") if "similarity_min" in CASES[i]["expected"]])
def test_text_similarity_cases(tmp_path, cid):
    case = CASES[cid]
    a = _load(tmp_path, case["input"]["a"], "a.txt")
    b = _load(tmp_path, case["input"]["b"], "b.txt")
    s = article_similarity([a, b])
    assert s.similarity.min() >= case["expected"]["similarity_min"], s.values.tolist()
    if "reported" in case["expected"]:
        assert "zero-width" in b.meta.get("repaired", ""), b.meta
        assert "repaired" not in a.meta


def _seam_article(tmp_path, spec):
    if isinstance(spec, str):
        return _load(tmp_path, spec)
    art = load_corpus(KIT / "articles", warn=False)[spec["article"]]
    paras = [p.text for p in art.paragraphs]
    if "keep_paragraphs" in spec:
        paras = [paras[n - 1] for n in spec["keep_paragraphs"]]
    if "append_to_paragraph" in spec:
        n = spec["append_to_paragraph"]
        paras[n - 1] = paras[n - 1] + " " + spec["sentence"]
    return _load(tmp_path, "\n".join(paras), spec["article"] + ".txt")


@pytest.mark.parametrize("cid", _ids("seams"))
def test_seam_cases(tmp_path, cid):
    case = CASES[cid]
    s = find_seams(_seam_article(tmp_path, case["input"]))
    assert s.loc[s.flagged, "paragraph"].tolist() == case["expected"]["flagged"], s[["paragraph", "score", "reason"]].values.tolist()
    for r in s[s.flagged].itertuples():
        assert r.triggers and r.reason  # every flag shows its words


def test_template_family_seeds_mirror_and_control():
    exp = CASES["templates-seeds-and-mirror"]["expected"]
    c = cluster_templates(CASES["templates-seeds-and-mirror"]["input"]["articles"]).set_index("article_id")
    family = {c.loc[a, "cluster"] for a in exp["family"]}
    assert len(family) == 1
    assert all(c.loc[a, "cluster"] not in family for a in exp["apart"])


@functools.lru_cache(maxsize=1)
def _seeds_and_real_news():
    """The seeds' and every real article's template families, computed once for the two tests below (10 s each)."""
    case = CASES["templates-real-news-apart"]
    seeds = case["input"]["articles"]
    real = sorted((KIT / case["input"]["real_corpus"]).glob("*.txt"))
    return seeds, cluster_templates(seeds + [str(p) for p in real]).set_index("article_id")


def test_template_family_keeps_every_real_article_apart():
    seeds, c = _seeds_and_real_news()
    c = c.copy()
    family = {c.loc[a, "cluster"] for a in seeds}
    assert len(family) == 1
    others = c.drop(index=seeds)
    assert not others.cluster.isin(family).any()


@pytest.mark.xfail(strict=True, reason=(
    "known limitation (BENCHMARKS.md, 'Template families on the real corpus'): NASA articles about one "
    "mission (Roman, Juno) share its names, topic words and the agency's closing paragraph, and the words "
    "measure links three to five of them (pairs at 0.25-0.33, while the least similar pair of seeds is at 0.21)"))
def test_no_real_news_family_of_more_than_two():
    seeds, c = _seeds_and_real_news()
    c = c.copy()
    others = c.drop(index=seeds)
    # two statements from one agency may share its boilerplate; none forms a family of more than two
    assert (others.cluster_size <= 2).all(), others[others.cluster_size > 2]
