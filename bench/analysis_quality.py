"""Precision and recall of the analysis toolkit against hand annotations (issues 4 and 12).

Run:  PYTHONPATH=$PWD .venv/bin/python bench/analysis_quality.py

Three groups are scored apart:
- the five seeds, the kit's test-only articles and two held-out articles (tests/data/analysis_gold.yaml);
- the real corpus (tests/data/real/gold.yaml: published articles annotated by hand), with its
  dev split (rules may be tuned on it) and its held-out split (never looked at while tuning)
  reported apart.

On the real corpus a found quote's speaker is counted as right, wrong (a name that is not the
speaker: worse than none) or unknown (no name given). Entries marked ``optional`` in the gold
count neither way. Prints Markdown tables for BENCHMARKS.md and, with ``--misses``, every error.
While tuning rules run ``--dev-only --misses``: the held-out split is then neither scored nor shown.
``--earlier-heldout`` adds rows for the first to sixth held-out batches, dev since they were moved there to be tuned on.
"""

from __future__ import annotations

import re
import sys
import traceback
from pathlib import Path

import pandas as pd

KIT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(KIT / "tests" / "analysis"))

from analysis_gold import evaluate, load_gold  # noqa: E402
from real_gold import _joint as _people  # noqa: E402  (a joint speaker's people, as the test scorer splits them)


def _same(a) -> str:
    return str(a).replace("’", "'").replace("“", '"').replace("”", '"').strip().lower()


def _speaker_ok(pred, gq) -> bool:
    gold = gq.get("speaker")
    if gold is None:
        return not isinstance(pred, str)
    if not isinstance(pred, str):
        return False
    names = [gold] + list(gq.get("aliases") or [])
    # (a nickname in quotation marks inside a name may be left out: "Zhou Shuguang" for 'Zhou “Zuola” Shuguang')
    names += [" ".join(re.sub(r"[“\"‘][^”\"’]+[”\"’]", " ", n).split()) for n in names if re.search(r"[“\"‘]", n)]
    # people who speak together ("President Biden and Prime Minister Kishida", "A, B, and C"): each by the same rules, in
    # order, with or without a comma before "and" and a generation after a name ("Bill Pascrell, Jr,")
    if any(len(gs := _people(n)) == len(ps := _people(pred)) >= 2 and all(
            _speaker_ok(p, {"speaker": g}) for g, p in zip(gs, ps)) for n in names):
        return True
    # (and, as before, two halves around the last "and": "Josh Hawley and Marco Rubio" for "Josh Hawley, JD Vance and
    # Marco Rubio", the first of a list standing for its head)
    if any(len(n.split(" and ")) == len(pred.split(" and ")) == 2 and all(
            _speaker_ok(p, {"speaker": g}) for g, p in zip(n.split(" and "), pred.split(" and "))) for n in names):
        return True
    # the same last word ("Ruiz" for "Ana Ruiz") only when the gold speaker is a person's name: "Pascagoula
    # High School" is not right for "students at Pascagoula High School"
    # ("FBI" names "the FBI": a leading "the" is ignored, as in real_gold.speaker_verdict)
    bare = _same(pred).removeprefix("the ")
    return any(_same(n) in _same(pred) or _same(pred) in _same(n) and len(pred.split()) > 1
               or _same(n).removeprefix("the ") == bare for n in names) or \
        _same(pred).split()[-1] == _same(gold).split()[-1] and _is_name(gold)


def _is_name(speaker: str) -> bool:
    """Whether a gold speaker is a person's name (every word capitalised but particles), not a role or a group."""
    small = {"al", "el", "bin", "ibn", "van", "von", "de", "del", "da", "di", "du", "la", "le", "der", "den", "y"}
    return all(w[:1].isupper() or w.split("-")[0] in small for w in speaker.split())


def score_real(entries: dict) -> dict:
    """Per-task counts over real articles: quotes, speakers, vague and named attributions, seams."""
    from medialit import find_attributions, find_quotes, find_seams
    from medialit.corpus.loader import load_article

    c = dict(q_tp=0, q_pred=0, q_gold=0, sp_right=0, sp_wrong=0, sp_unknown=0, v_tp_pred=0, v_pred=0,
             v_tp_gold=0, v_gold=0, n_hit=0, n_gold=0, seam_flag=0, seam_paras=0, seam_tp=0, seam_gold=0,
             s_ok=0, s_gold=0, crashes=0, articles=0)
    misses: list[str] = []
    for aid, g in entries.items():
        c["articles"] += 1
        try:
            art = load_article(KIT / g["path"])
            q, a, s = find_quotes(art), find_attributions(art), find_seams(art)
        except Exception:  # noqa: BLE001  (a crash is a result here)
            c["crashes"] += 1
            misses.append(f"{aid}: CRASH {traceback.format_exc(limit=1).splitlines()[-1]}")
            continue
        used: set[int] = set()
        matched: list[tuple[dict, int]] = []
        optional_found, optional_matched = 0, []
        for gq in g.get("quotes", []):
            hit = next((i for i, r in enumerate(q.itertuples()) if i not in used and r.paragraph == gq["paragraph"]
                        # (a comma before the closing mark is the writer's: the kit's quote text leaves it out)
                        and (_same(r.text).startswith(_same(gq["starts"])[:40].rstrip(","))
                             # (a split quote whose gold gives a later part: its first part lost its opening mark)
                             or gq.get("parts", 1) > 1 and " … " + _same(gq["starts"])[:40].rstrip(",") in _same(r.text))), None)
            if gq.get("optional"):
                # where careful readers differ (gold.yaml: "a scorer should neither reward nor penalise it"): a reopened
                # part of a statement run together in one paragraph, a pull quote; found or not, it counts for nothing
                if hit is not None:
                    used.add(hit)
                    optional_found += 1
                    optional_matched.append((gq, hit))
                continue
            c["q_gold"] += 1
            if hit is None:
                misses.append(f"{aid} p{gq['paragraph']}: quote missed {gq['starts']!r}")
                continue
            used.add(hit)
            matched.append((gq, hit))
            c["q_tp"] += 1
            pred = q.speaker.iloc[hit]
            pred = pred if isinstance(pred, str) else None
            if _speaker_ok(pred, gq):
                c["sp_right"] += 1
            elif pred is None:
                c["sp_unknown"] += 1
                misses.append(f"{aid} p{gq['paragraph']}: speaker unknown, gold {gq.get('speaker')!r}")
            else:
                c["sp_wrong"] += 1
                misses.append(f"{aid} p{gq['paragraph']}: speaker WRONG {pred!r}, gold {gq.get('speaker')!r}")
        # a gold quote in several parts ("called it “A,” a “B,” and “C.”": parts 3) may be found as one quote per part:
        # the parts after the first, in its paragraph and given the same speaker, are that quote, not extra ones
        absorbed = 0
        for gq, first in matched + optional_matched:
            who = q.speaker.iloc[first]
            for _ in range(int(gq.get("parts") or 1) - 1 if isinstance(who, str) else 0):  # (an unknown speaker absorbs nothing)
                part = next((i for i in range(first + 1, len(q)) if i not in used and q.paragraph.iloc[i] == gq["paragraph"]
                             and isinstance(q.speaker.iloc[i], str) and q.speaker.iloc[i] == who), None)
                if part is None:
                    break
                used.add(part)
                absorbed += 1
        c["q_pred"] += len(q) - absorbed - optional_found
        for i, r in enumerate(q.itertuples()):
            if i not in used:
                misses.append(f"{aid} p{r.paragraph}: extra quote {r.text[:50]!r}")
        # attributions
        gold_att = g.get("attributions", [])

        def span(ga):
            p = art.paragraph(ga["paragraph"])
            at = p.text.find(ga["cue"])
            return (p.start + at, p.start + at + len(ga["cue"])) if at >= 0 else (p.start, p.start)

        vague_gold = [(span(x), x) for x in gold_att if x["kind"] == "vague" and not x.get("optional")]
        optional = [span(x) for x in gold_att if x.get("optional")]
        vague = a[a.kind == "vague"]
        for r in vague.itertuples():
            if any(r.start < e and s0 < r.end for s0, e in optional):
                continue
            c["v_pred"] += 1
            if any(r.start < e and s0 < r.end for (s0, e), _ in vague_gold):
                c["v_tp_pred"] += 1
            else:
                misses.append(f"{aid} p{r.paragraph}: extra vague {r.cue!r}")
        for (s0, e), x in vague_gold:
            c["v_gold"] += 1
            if any(r.start < e and s0 < r.end for r in vague.itertuples()):
                c["v_tp_gold"] += 1
            else:
                misses.append(f"{aid} p{x['paragraph']}: vague missed {x['cue']!r}")
        for x in gold_att:
            if x["kind"] != "named" or x.get("optional"):
                continue
            c["n_gold"] += 1
            (s0, e) = span(x)
            last = _same(x["source"]).split()[-1]
            ok = any(r.kind == "named" and (r.start < e and s0 < r.end or r.paragraph == x["paragraph"]
                                           and last in _same(r.source)) for r in a.itertuples())
            c["n_hit"] += ok
            if not ok:
                misses.append(f"{aid} p{x['paragraph']}: named source missed {x['source']!r} ({x['cue']!r})")
        # seams
        flagged = set(s.loc[s.flagged, "paragraph"].tolist())
        gold_seams = set(g.get("seams") or [])
        c["seam_paras"] += len(s) - len(gold_seams)
        c["seam_flag"] += len(flagged - gold_seams)
        c["seam_tp"] += len(flagged & gold_seams)
        c["seam_gold"] += len(gold_seams)
        for n in sorted(flagged - gold_seams):
            misses.append(f"{aid} p{n}: seam flagged in ordinary text: {s.loc[s.paragraph == n, 'reason'].iloc[0]}")
        # sentences
        for pn, n in (g.get("sentences") or {}).items():
            c["s_gold"] += 1
            got = len(art.paragraph(int(pn)).sentences)
            c["s_ok"] += got == n
            if got != n:
                misses.append(f"{aid} p{pn}: {got} sentences, gold {n}")
    c["misses"] = misses
    return c


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def real_rows(label: str, c: dict) -> list[str]:
    found = c["sp_right"] + c["sp_wrong"] + c["sp_unknown"]
    return [
        f"| {label} | quotes | {_ratio(c['q_tp'], c['q_pred'])} | {_ratio(c['q_tp'], c['q_gold'])} | "
        f"{c['q_pred']} found, {c['q_gold']} gold |",
        f"| {label} | speaker of found quotes | right {_ratio(c['sp_right'], found)} | wrong name "
        f"{_ratio(c['sp_wrong'], found)}, unknown {_ratio(c['sp_unknown'], found)} | {found} quotes |",
        f"| {label} | vague attributions | {_ratio(c['v_tp_pred'], c['v_pred'])} | "
        f"{_ratio(c['v_tp_gold'], c['v_gold'])} | {c['v_pred']} found, {c['v_gold']} gold |",
        f"| {label} | named sources | – | {_ratio(c['n_hit'], c['n_gold'])} | {c['n_gold']} gold |",
        f"| {label} | seams: ordinary paragraphs flagged | – | – | {c['seam_flag']} of {c['seam_paras']} "
        f"({100 * c['seam_flag'] / max(c['seam_paras'], 1):.1f} %) |",
        f"| {label} | sentence counts right | – | {_ratio(c['s_ok'], c['s_gold'])} | {c['s_gold']} paragraphs |",
        f"| {label} | crashes | – | – | {c['crashes']} of {c['articles']} articles |",
    ]


def main(argv: list[str]) -> int:
    show = "--misses" in argv
    # --dev-only: what to run while tuning rules, so the held-out split is never scored (nor its misses shown)
    splits = ("dev",) if "--dev-only" in argv else ("dev", "heldout")
    gold = load_gold()
    print("Kit articles (tests/data/analysis_gold.yaml)\n")
    print("| articles | measure | precision | recall | found | gold |")
    print("|---|---|---|---|---|---|")
    misses = []
    for label, key in [("seeds (5)", "seeds"), ("test-only articles (3)", "test_articles"),
                       ("held-out articles (2)", "held_out")]:
        result = evaluate(gold[key])
        for measure in ("quotes", "speakers", "vague", "seams"):
            r = result[measure]
            name = {"vague": "vague attributions", "seams": "seams (paragraphs)"}.get(measure, measure)
            print(f"| {label} | {name} | {r['precision']:.2f} | {r['recall']:.2f} | {r['n_pred']} | {r['n_gold']} |")
        misses += [f"{label}: {m}" for m in result["misses"]]
    real_file = KIT / "tests" / "data" / "real" / "gold.yaml"
    if real_file.exists():
        from real_gold import load_real_gold

        print("\nReal corpus (tests/data/real/gold.yaml)\n")
        print("| split | measure | precision | recall / rate | count |")
        print("|---|---|---|---|---|")
        for split in splits:
            entries = load_real_gold(split)
            c = score_real(entries)
            for row in real_rows(f"{split} ({len(entries)})", c):
                print(row)
            misses += [f"real {split}: {m}" for m in c["misses"]]
        if "--earlier-heldout" in argv:  # dev texts now: compare with their last held-out scores
            from real_gold import (EIGHTH_HELDOUT_BATCH, FIFTH_HELDOUT_BATCH, FIRST_HELDOUT_BATCH, FOURTH_HELDOUT_BATCH,
                                   NINTH_HELDOUT_BATCH, TENTH_HELDOUT_BATCH, ELEVENTH_HELDOUT_BATCH,
                                   TWELFTH_HELDOUT_BATCH, THIRTEENTH_HELDOUT_BATCH, FOURTEENTH_HELDOUT_BATCH, FIFTEENTH_HELDOUT_BATCH,
                                   SIXTEENTH_HELDOUT_BATCH, SEVENTEENTH_HELDOUT_BATCH, EIGHTEENTH_HELDOUT_BATCH,
                                   NINETEENTH_HELDOUT_BATCH, TWENTIETH_HELDOUT_BATCH, TWENTY_FIRST_HELDOUT_BATCH, TWENTY_SECOND_HELDOUT_BATCH,
                                   TWENTY_THIRD_HELDOUT_BATCH, TWENTY_FOURTH_HELDOUT_BATCH,
                                   TWENTY_FIFTH_HELDOUT_BATCH, TWENTY_SIXTH_HELDOUT_BATCH,
                                   TWENTY_SEVENTH_HELDOUT_BATCH, TWENTY_EIGHTH_HELDOUT_BATCH, TWENTY_NINTH_HELDOUT_BATCH, THIRTIETH_HELDOUT_BATCH, THIRTY_FIRST_HELDOUT_BATCH, THIRTY_SECOND_HELDOUT_BATCH, THIRTY_THIRD_HELDOUT_BATCH, THIRTY_FOURTH_HELDOUT_BATCH, THIRTY_FIFTH_HELDOUT_BATCH, THIRTY_SIXTH_HELDOUT_BATCH, THIRTY_SEVENTH_HELDOUT_BATCH, THIRTY_EIGHTH_HELDOUT_BATCH, THIRTY_NINTH_HELDOUT_BATCH, FORTIETH_HELDOUT_BATCH, FORTY_FIRST_HELDOUT_BATCH, FORTY_SECOND_HELDOUT_BATCH, FORTY_THIRD_HELDOUT_BATCH, FORTY_FOURTH_HELDOUT_BATCH, FORTY_FIFTH_HELDOUT_BATCH, FORTY_SIXTH_HELDOUT_BATCH, FORTY_SEVENTH_HELDOUT_BATCH, FORTY_EIGHTH_HELDOUT_BATCH, FORTY_NINTH_HELDOUT_BATCH, FIFTIETH_HELDOUT_BATCH, FIFTY_FIRST_HELDOUT_BATCH, FIFTY_SECOND_HELDOUT_BATCH, FIFTY_THIRD_HELDOUT_BATCH, FIFTY_FOURTH_HELDOUT_BATCH, FIFTY_FIFTH_HELDOUT_BATCH, FIFTY_SIXTH_HELDOUT_BATCH, FIFTY_SEVENTH_HELDOUT_BATCH, FIFTY_EIGHTH_HELDOUT_BATCH, FIFTY_NINTH_HELDOUT_BATCH, SIXTIETH_HELDOUT_BATCH, SIXTY_FIRST_HELDOUT_BATCH, SIXTY_SECOND_HELDOUT_BATCH, SIXTY_THIRD_HELDOUT_BATCH, SIXTY_FOURTH_HELDOUT_BATCH, SIXTY_FIFTH_HELDOUT_BATCH, SIXTY_SIXTH_HELDOUT_BATCH, SIXTY_SEVENTH_HELDOUT_BATCH, SIXTY_EIGHTH_HELDOUT_BATCH, SIXTY_NINTH_HELDOUT_BATCH, SEVENTIETH_HELDOUT_BATCH, SEVENTY_FIRST_HELDOUT_BATCH,
                                   SECOND_HELDOUT_BATCH, SEVENTH_HELDOUT_BATCH, SIXTH_HELDOUT_BATCH, THIRD_HELDOUT_BATCH)

            for label, batch in [("first", FIRST_HELDOUT_BATCH), ("second", SECOND_HELDOUT_BATCH),
                                 ("third", THIRD_HELDOUT_BATCH), ("fourth", FOURTH_HELDOUT_BATCH),
                                 ("fifth", FIFTH_HELDOUT_BATCH), ("sixth", SIXTH_HELDOUT_BATCH),
                                 ("seventh", SEVENTH_HELDOUT_BATCH), ("eighth", EIGHTH_HELDOUT_BATCH),
                                 ("ninth", NINTH_HELDOUT_BATCH), ("tenth", TENTH_HELDOUT_BATCH), ("eleventh", ELEVENTH_HELDOUT_BATCH), ("twelfth", TWELFTH_HELDOUT_BATCH), ("thirteenth", THIRTEENTH_HELDOUT_BATCH), ("fourteenth", FOURTEENTH_HELDOUT_BATCH), ("fifteenth", FIFTEENTH_HELDOUT_BATCH), ("sixteenth", SIXTEENTH_HELDOUT_BATCH), ("seventeenth", SEVENTEENTH_HELDOUT_BATCH), ("eighteenth", EIGHTEENTH_HELDOUT_BATCH), ("nineteenth", NINETEENTH_HELDOUT_BATCH), ("twentieth", TWENTIETH_HELDOUT_BATCH), ("twenty-first", TWENTY_FIRST_HELDOUT_BATCH), ("twenty-second", TWENTY_SECOND_HELDOUT_BATCH), ("twenty-third", TWENTY_THIRD_HELDOUT_BATCH), ("twenty-fourth", TWENTY_FOURTH_HELDOUT_BATCH), ("twenty-fifth", TWENTY_FIFTH_HELDOUT_BATCH), ("twenty-sixth", TWENTY_SIXTH_HELDOUT_BATCH), ("twenty-seventh", TWENTY_SEVENTH_HELDOUT_BATCH), ("twenty-eighth", TWENTY_EIGHTH_HELDOUT_BATCH), ("twenty-ninth", TWENTY_NINTH_HELDOUT_BATCH), ("thirtieth", THIRTIETH_HELDOUT_BATCH), ("thirty-first", THIRTY_FIRST_HELDOUT_BATCH), ("thirty-second", THIRTY_SECOND_HELDOUT_BATCH), ("thirty-third", THIRTY_THIRD_HELDOUT_BATCH), ("thirty-fourth", THIRTY_FOURTH_HELDOUT_BATCH), ("thirty-fifth", THIRTY_FIFTH_HELDOUT_BATCH), ("thirty-sixth", THIRTY_SIXTH_HELDOUT_BATCH), ("thirty-seventh", THIRTY_SEVENTH_HELDOUT_BATCH), ("thirty-eighth", THIRTY_EIGHTH_HELDOUT_BATCH), ("thirty-ninth", THIRTY_NINTH_HELDOUT_BATCH), ("fortieth", FORTIETH_HELDOUT_BATCH), ("forty-first", FORTY_FIRST_HELDOUT_BATCH), ("forty-second", FORTY_SECOND_HELDOUT_BATCH), ("forty-third", FORTY_THIRD_HELDOUT_BATCH), ("forty-fourth", FORTY_FOURTH_HELDOUT_BATCH), ("forty-fifth", FORTY_FIFTH_HELDOUT_BATCH), ("forty-sixth", FORTY_SIXTH_HELDOUT_BATCH), ("forty-seventh", FORTY_SEVENTH_HELDOUT_BATCH), ("forty-eighth", FORTY_EIGHTH_HELDOUT_BATCH), ("forty-ninth", FORTY_NINTH_HELDOUT_BATCH), ("fiftieth", FIFTIETH_HELDOUT_BATCH), ("fifty-first", FIFTY_FIRST_HELDOUT_BATCH), ("fifty-second", FIFTY_SECOND_HELDOUT_BATCH), ("fifty-third", FIFTY_THIRD_HELDOUT_BATCH), ("fifty-fourth", FIFTY_FOURTH_HELDOUT_BATCH), ("fifty-fifth", FIFTY_FIFTH_HELDOUT_BATCH), ("fifty-sixth", FIFTY_SIXTH_HELDOUT_BATCH), ("fifty-seventh", FIFTY_SEVENTH_HELDOUT_BATCH), ("fifty-eighth", FIFTY_EIGHTH_HELDOUT_BATCH), ("fifty-ninth", FIFTY_NINTH_HELDOUT_BATCH), ("sixtieth", SIXTIETH_HELDOUT_BATCH), ("sixty-first", SIXTY_FIRST_HELDOUT_BATCH), ("sixty-second", SIXTY_SECOND_HELDOUT_BATCH), ("sixty-third", SIXTY_THIRD_HELDOUT_BATCH), ("sixty-fourth", SIXTY_FOURTH_HELDOUT_BATCH), ("sixty-fifth", SIXTY_FIFTH_HELDOUT_BATCH), ("sixty-sixth", SIXTY_SIXTH_HELDOUT_BATCH), ("sixty-seventh", SIXTY_SEVENTH_HELDOUT_BATCH), ("sixty-eighth", SIXTY_EIGHTH_HELDOUT_BATCH), ("sixty-ninth", SIXTY_NINTH_HELDOUT_BATCH), ("seventieth", SEVENTIETH_HELDOUT_BATCH), ("seventy-first", SEVENTY_FIRST_HELDOUT_BATCH)]:
                entries = {k: v for k, v in load_real_gold("dev").items() if k in batch}
                for row in real_rows(f"{label} held-out batch, now dev ({len(entries)})", score_real(entries)):
                    print(row)
    if show:
        print()
        print("misses:" if misses else "misses: none")
        for m in misses:
            print("  " + m)
    return 0


if __name__ == "__main__":
    pd.set_option("display.width", 200)
    sys.exit(main(sys.argv[1:]))
