"""Gold annotations for the analysis toolkit, and precision/recall against them.

Shared by the tests (tests/test_quotes.py, test_attribution.py, test_seams.py) and by
``bench/analysis_quality.py``, which reports the figures in BENCHMARKS.md.
"""

from __future__ import annotations

from pathlib import Path

import yaml

KIT = Path(__file__).resolve().parents[2]
GOLD_FILE = KIT / "tests" / "data" / "analysis_gold.yaml"


def load_gold() -> dict:
    """``{"seeds": {id: entry}, "test_articles": {id: entry}}`` (see the YAML file's header)."""
    return yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))


def _same(a: str, b: str) -> str:
    return a.replace("’", "'").replace("“", '"').replace("”", '"')


def _pr(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    return {"precision": tp_pred / n_pred if n_pred else 1.0, "recall": tp_gold / n_gold if n_gold else 1.0,
            "n_pred": n_pred, "n_gold": n_gold}


def evaluate(entries: dict) -> dict:
    """Precision and recall for quotes, speakers, vague attributions and seams over ``entries``.

    Matching rules: a quote matches when it is in the gold paragraph and its text starts
    with the gold words; its speaker is right when the predicted name contains the gold name;
    a vague attribution matches when its cue overlaps the gold words; seams compare flagged
    paragraph numbers. Also returns ``misses``: readable lines for every error.
    """
    from medialit import find_attributions, find_quotes, find_seams
    from medialit.corpus.loader import load_article

    totals = {k: [0, 0, 0, 0] for k in ("quotes", "speakers", "vague", "seams")}
    misses: list[str] = []
    for aid, g in entries.items():
        art = load_article(KIT / g["path"])
        text = art.text
        # quotes and speakers
        q = find_quotes(art)
        used = set()
        sp_tp_pred = sp_pred = sp_tp_gold = sp_gold = 0
        q_tp = 0
        for gq in g["quotes"]:
            hit = None
            for i, row in enumerate(q.itertuples()):
                if i not in used and row.paragraph == gq["paragraph"] and _same(row.text, "").startswith(
                        _same(gq["starts"], "").rstrip(",")):
                    hit = (i, row)
                    break
            sp_gold += 1
            if hit is None:
                misses.append(f"{aid} p{gq['paragraph']}: quote not found: {gq['starts']!r}")
                continue
            used.add(hit[0])
            q_tp += 1
            spk = hit[1].speaker
            if isinstance(spk, str) and _same(gq["speaker"], "") in _same(spk, ""):
                sp_tp_gold += 1
            else:
                misses.append(f"{aid} p{gq['paragraph']}: speaker {spk!r}, expected {gq['speaker']!r}")
        for i, row in enumerate(q.itertuples()):
            if i not in used:
                misses.append(f"{aid} p{row.paragraph}: extra quote {row.text[:50]!r}")
            if isinstance(row.speaker, str):
                sp_pred += 1
                if i in used:
                    gq = next(x for x in g["quotes"] if x["paragraph"] == row.paragraph
                              and _same(row.text, "").startswith(_same(x["starts"], "").rstrip(",")))
                    sp_tp_pred += _same(gq["speaker"], "") in _same(row.speaker, "")
        _add(totals["quotes"], q_tp, len(q), q_tp, len(g["quotes"]))
        _add(totals["speakers"], sp_tp_pred, sp_pred, sp_tp_gold, sp_gold)
        # vague attributions
        a = find_attributions(art)
        vague = a[a.kind == "vague"]
        spans = []
        for gv in g["vague"]:
            p = art.paragraph(gv["paragraph"])
            at = p.text.find(gv["words"])
            assert at >= 0, f"gold words not in {aid} p{gv['paragraph']}: {gv['words']!r}"
            spans.append((p.start + at, p.start + at + len(gv["words"]), gv))
        tp_pred = sum(any(r.start < e and s < r.end for s, e, _ in spans) for r in vague.itertuples())
        tp_gold = 0
        for s, e, gv in spans:
            if any(r.start < e and s < r.end for r in vague.itertuples()):
                tp_gold += 1
            else:
                misses.append(f"{aid} p{gv['paragraph']}: vague attribution missed: {gv['words']!r}")
        for r in vague.itertuples():
            if not any(r.start < e and s < r.end for s, e, _ in spans):
                misses.append(f"{aid} p{r.paragraph}: extra vague attribution {r.cue!r}")
        _add(totals["vague"], tp_pred, len(vague), tp_gold, len(spans))
        # seams
        s = find_seams(art)
        flagged = set(s.loc[s.flagged, "paragraph"].tolist())
        gold = set(g["seams"])
        for n in sorted(gold - flagged):
            misses.append(f"{aid} p{n}: seam missed")
        for n in sorted(flagged - gold):
            misses.append(f"{aid} p{n}: seam flagged but not inserted")
        _add(totals["seams"], len(flagged & gold), len(flagged), len(flagged & gold), len(gold))
    out = {k: _pr(*v) for k, v in totals.items()}
    out["misses"] = misses
    return out


def _add(acc: list, tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> None:
    acc[0] += tp_pred
    acc[1] += n_pred
    acc[2] += tp_gold
    acc[3] += n_gold
