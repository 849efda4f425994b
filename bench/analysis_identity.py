"""Same results before and after a speed change: save every output table, then compare (issue 12).

Run:  PYTHONPATH=$PWD .venv/bin/python bench/analysis_identity.py save /tmp/before.pkl   (on the old tree)
      PYTHONPATH=$PWD .venv/bin/python bench/analysis_identity.py check /tmp/before.pkl  (on the new tree)

Saves, for the seeds and the kit's articles (``articles/``), ``tests/data/articles/`` and the real
corpus (``tests/data/real/``, 139 texts): the corpus tables (articles, paragraphs, sentences),
each of the six analyses per article (seams first, so it runs before attributions are
remembered), the stance words per article, ``analyse_corpus`` with one and with two processes,
and ``cluster_templates``; and for 20 small inputs from issue 12 the corpus tables and every
analysis. ``check`` compares every table with ``DataFrame.equals``, its dtypes, index and
columns, prints how many differ (and which) and exits 1 if any does. About 40 CPU seconds.
"""
import pickle, sys, warnings
from pathlib import Path
import pandas as pd
warnings.simplefilter("ignore")
import medialit as ml
from medialit.analysis.stance import stance_words
KIT = Path(__file__).resolve().parent.parent
FOLDERS = [KIT / "articles", KIT / "tests/data/articles", KIT / "tests/data/real"]
FUNCS = ["find_seams", "find_anchors", "score_specificity", "find_framing", "find_attributions", "find_quotes"]
SMALL = [
 '"Back in ten minutes," read the sign on the clinic door.',
 '"The flight will continue tomorrow," the airline said.',
 '"We are ready," said ACME Director Lina Voss.',
 '"We will rebuild," said General Tarek al-Nouri.',
 '"It could have been worse," Omar Fadel, editor at the Coastal Gazette, said.',
 'Defense chief Paul Brand spoke on Sunday. "Mira Olsen gave orders. Some were bad," he said.',
 'Mayor Lena Ortiz met the engineer Tom Berg on Monday. "We will fix the bridge by May," she said.',
 '"That is his choice," Lena Park told the show "Morning Hour." "He is in charge."',
 'Senator Ida Moss called the decision "deeply unfair."',
 '"Great news for the city!" Mayor Tom Reyes posted on social media.',
 'The council met.\nFrom the council chair, Mira Patel:\n"We will act now."',
 '“The work starts in June,” said Mayor Lena Ortiz. “We lost two bridges last winter.\n“Next year we will ask for a bigger budget.”',
 '“We have waited long enough for this bridge," said Mayor Lena Ortiz. Engineers agreed.',
 'Estimates suggest the river rose. According to people with knowledge of the matter, it rained. Officials in the city assert it is safe.',
 'A senior executive at the National Centre for Weather Data wrote that storms come.',
 'Lee Chan joined the agency. Trump said it was fine.',
 'The Rev. Martin spoke. Everyone listened.', 'The meeting ended at 5 p.m. Officials then left.',
 'Dr. Lina Had\u200bdad said "we will win" on Monday.', 'هل هذا صحيح؟ نعم. قال الوزير "نعم".',
]
def collect():
    out = {}
    for folder in FOLDERS:
        c = ml.load_corpus(folder, warn=False)
        tag = folder.name
        for t in ("articles", "paragraphs", "sentences"):
            out[(tag, t)] = getattr(c, t)
        for f in FUNCS:
            for art in c:
                out[(tag, f, art.id)] = getattr(ml, f)(art)
                if f == "find_seams":
                    out[(tag, "stance", art.id)] = dict(stance_words(art))
        out[(tag, "analyse1")] = ml.analyse_corpus(c, workers=1)
        out[(tag, "analyse2")] = ml.analyse_corpus(c, workers=2)
        out[(tag, "families")] = ml.cluster_templates(c)
    from medialit.corpus.tables import Article
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        for i, s in enumerate(SMALL):
            (Path(tmp) / f"s{i:02d}.txt").write_text(s, encoding="utf-8")
        c = ml.load_corpus(tmp, warn=False)
        for t in ("articles", "paragraphs", "sentences"):
            out[("small", t)] = getattr(c, t)
        out[("small", "analyse1")] = ml.analyse_corpus(c, workers=1)
        for f in FUNCS:
            for art in c:
                out[("small", f, art.id)] = getattr(ml, f)(art)
    return out
def same(a, b):
    if isinstance(a, pd.DataFrame):
        return isinstance(b, pd.DataFrame) and a.equals(b) and a.dtypes.equals(b.dtypes) and a.index.equals(b.index) and list(a.columns) == list(b.columns)
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b
def count(d):
    return sum(count(v) for v in d.values()) if isinstance(d, dict) and d and isinstance(next(iter(d.values())), pd.DataFrame) else 1
if __name__ == "__main__":
    mode, name = sys.argv[1], sys.argv[2]
    got = collect()
    path = Path(name)
    if mode == "save":
        path.write_bytes(pickle.dumps(got)); print("saved", len(got), "keys,", sum(count(v) for v in got.values()), "tables")
    else:
        base = pickle.loads(path.read_bytes())
        bad = [k for k in base if k not in got or not same(base[k], got[k])]
        extra = [k for k in got if k not in base]
        print(f"compared {len(base)} keys ({sum(count(v) for v in base.values())} tables): {len(bad)} differ, {len(extra)} extra")
        for k in bad[:20]: print("DIFF", k)
        sys.exit(1 if bad or extra else 0)
