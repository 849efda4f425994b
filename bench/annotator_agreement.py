"""How far two annotators agree: gold.yaml against an independent second annotation of six of its texts.

Run:  .venv/bin/python bench/annotator_agreement.py

A = tests/data/real/gold.yaml (branch heldAE, reviewed), B = tests/data/real/second_annotation.yaml (branch
heldAG, not reviewed), on the six Wikinews texts both annotated. Quotes match when in the same paragraph with
one's opening words a prefix of the other's (or the same first four words); attributions match when in the
same paragraph, of the same kind, and their cues overlap (one holds the other, or they share three words in
a row). Reported as F1 = 2 * matched / (|A| + |B|), over all entries and leaving out unmatched optional ones.
Results: BENCHMARKS.md, "twelfth pass".
"""
import collections
import re
import sys
import yaml
KIT = __import__("pathlib").Path(__file__).resolve().parent.parent
sys.path.insert(0, str(KIT))
from medialit.corpus.loader import load_article

IDS = ["wikinews-robert-hunter-dies", "wikinews-jacques-chirac-dies", "wikinews-alexei-leonov-dies",
       "wikinews-thunberg-time-person-of-year", "wikinews-house-impeaches-trump",
       "wikinews-typhoon-phanfone-philippines"]
A = yaml.safe_load((KIT / "tests/data/real/gold.yaml").read_text(encoding="utf-8"))["articles"]
B = yaml.safe_load((KIT / "tests/data/real/second_annotation.yaml").read_text(encoding="utf-8"))

def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.sub(r"\s+", " ", s).strip()

def words(s):
    return re.findall(r"[\w'\[\]\-]+", norm(s))

# --- paragraph check: every string of both annotations occurs in its paragraph
bad = []
for i in IDS:
    paras = [p.text for p in load_article(KIT / f"tests/data/real/{i}.txt").paragraphs]
    for name, G in (("A", A), ("B", B)):
        for q in G[i].get("quotes") or []:
            if norm(q["starts"]) not in norm(paras[q["paragraph"] - 1]):
                bad.append((name, i, q["paragraph"], q["starts"]))
        for a in G[i].get("attributions") or []:
            if norm(a["cue"]) not in norm(paras[a["paragraph"] - 1]):
                bad.append((name, i, a["paragraph"], a["cue"]))
print("strings not found in their paragraph:", bad or "none")

def greedy(la, lb, ok):
    """one-to-one matching, in order: returns pairs (ia, ib) and unmatched index sets."""
    used, pairs = set(), []
    for x, ea in enumerate(la):
        for y, eb in enumerate(lb):
            if y not in used and ok(ea, eb):
                used.add(y); pairs.append((x, y)); break
    ma = {x for x, _ in pairs}
    return pairs, [x for x in range(len(la)) if x not in ma], [y for y in range(len(lb)) if y not in used]

def f1(m, na, nb):
    return 2 * m / (na + nb) if na + nb else float("nan")

# --- 1. quotes
def q_ok(a, b):
    if a["paragraph"] != b["paragraph"]:
        return False
    sa, sb = norm(a["starts"]), norm(b["starts"])
    return sa.startswith(sb) or sb.startswith(sa) or words(sa)[:4] == words(sb)[:4]

TITLES = {"mr", "mrs", "ms", "dr", "president", "former", "prime", "minister", "senator", "sen", "rep",
          "the", "pope", "sir", "governor", "gov", "chair", "secretary"}
ORGWORDS = {"magazine", "agency", "nasa", "association", "government", "time", "news", "house", "council"}

def name_key(s):
    return [w for w in words(s) if w.strip(".") not in TITLES]

def same_speaker(a, b):
    sa, sb = a.get("speaker"), b.get("speaker")
    if sa is None or sb is None:
        return sa is None and sb is None
    ka, kb = name_key(sa), name_key(sb)
    if ka == kb:
        return True
    if norm(sa) in [norm(x) for x in b.get("aliases") or []] or norm(sb) in [norm(x) for x in a.get("aliases") or []]:
        return True
    person = lambda s: s[:1].isupper() and not (set(words(s)) & ORGWORDS)
    return bool(person(sa) and person(sb) and ka and kb and ka[-1] == kb[-1])

rows = []
qstats = dict(A=0, B=0, m=0, spk=0, Aopt_un=0, Bopt_un=0)
qdis = []
for i in IDS:
    qa, qb = A[i].get("quotes") or [], B[i].get("quotes") or []
    pairs, ua, ub = greedy(qa, qb, q_ok)
    qstats["A"] += len(qa); qstats["B"] += len(qb); qstats["m"] += len(pairs)
    qstats["Aopt_un"] += sum(1 for x in ua if qa[x].get("optional"))
    qstats["Bopt_un"] += sum(1 for y in ub if qb[y].get("optional"))
    for x, y in pairs:
        if same_speaker(qa[x], qb[y]):
            qstats["spk"] += 1
        else:
            qdis.append(("speaker", i, qa[x]["paragraph"], qa[x].get("speaker"), qb[y].get("speaker")))
        if bool(qa[x].get("optional")) != bool(qb[y].get("optional")):
            qdis.append(("quote optional flag", i, qa[x]["paragraph"], qa[x]["starts"],
                         f"A optional={bool(qa[x].get('optional'))}, B optional={bool(qb[y].get('optional'))}"))
    for x in ua: qdis.append(("quote only in A", i, qa[x]["paragraph"], qa[x]["starts"], "-"))
    for y in ub: qdis.append(("quote only in B", i, qb[y]["paragraph"], "-", qb[y]["starts"]))
s = qstats
print("\n1. QUOTES  A=%d B=%d matched=%d F1=%.3f | optional-unmatched left out: A=%d B=%d F1=%.3f"
      % (s["A"], s["B"], s["m"], f1(s["m"], s["A"], s["B"]), s["A"] - s["Aopt_un"], s["B"] - s["Bopt_un"],
         f1(s["m"], s["A"] - s["Aopt_un"], s["B"] - s["Bopt_un"])))
print("2. SPEAKERS agreed %d / %d matched" % (s["spk"], s["m"]))

# --- 3. attributions
def overlap(ca, cb):
    a, b = norm(ca), norm(cb)
    if a in b or b in a:
        return True
    wa, wb = words(a), words(b)
    grams = lambda w: {tuple(w[k:k + 3]) for k in range(len(w) - 2)}
    return bool(grams(wa) & grams(wb))

def at_ok(a, b):
    return a["paragraph"] == b["paragraph"] and a["kind"] == b["kind"] and overlap(a["cue"], b["cue"])

KINDS = ["named", "institution", "vague"]
st = {k: collections.Counter() for k in KINDS}
kinddis = collections.Counter()
adis = []
for i in IDS:
    la, lb = A[i].get("attributions") or [], B[i].get("attributions") or []
    pairs, ua, ub = greedy(la, lb, at_ok)
    for e in la: st[e["kind"]]["A"] += 1; st[e["kind"]]["Ano"] += not e.get("optional")
    for e in lb: st[e["kind"]]["B"] += 1; st[e["kind"]]["Bno"] += not e.get("optional")
    for x, y in pairs:
        st[la[x]["kind"]]["m"] += 1
        if bool(la[x].get("optional")) != bool(lb[y].get("optional")):
            adis.append(("same cue, optional flag differs", i, la[x]["paragraph"],
                         f'{la[x]["kind"]} "{la[x]["cue"]}" opt={bool(la[x].get("optional"))}',
                         f'{lb[y]["kind"]} "{lb[y]["cue"]}" opt={bool(lb[y].get("optional"))}'))
        elif norm(la[x]["cue"]) != norm(lb[y]["cue"]):
            adis.append(("cue extent differs (matched)", i, la[x]["paragraph"], la[x]["cue"], lb[y]["cue"]))
    # unmatched: optional-unmatched don't count in non-optional F1
    for x in ua:
        if la[x].get("optional"): st[la[x]["kind"]]["Aopt_un"] += 1
    for y in ub:
        if lb[y].get("optional"): st[lb[y]["kind"]]["Bopt_un"] += 1
    # kind disagreements among the unmatched
    kp, kua, kub = greedy([la[x] for x in ua], [lb[y] for y in ub],
                          lambda a, b: a["paragraph"] == b["paragraph"] and overlap(a["cue"], b["cue"]))
    for x, y in kp:
        ea, eb = la[ua[x]], lb[ub[y]]
        kinddis[(ea["kind"], eb["kind"])] += 1
        adis.append(("kind differs", i, ea["paragraph"], f'{ea["kind"]} "{ea["cue"]}"', f'{eb["kind"]} "{eb["cue"]}"'))
    for x in kua:
        e = la[ua[x]]; adis.append(("attribution only in A", i, e["paragraph"],
                                    f'{e["kind"]} "{e["cue"]}" opt={bool(e.get("optional"))}', "-"))
    for y in kub:
        e = lb[ub[y]]; adis.append(("attribution only in B", i, e["paragraph"], "-",
                                    f'{e["kind"]} "{e["cue"]}" opt={bool(e.get("optional"))}'))

print("\n3. ATTRIBUTIONS            all: A   B   m   F1   | non-optional (unmatched optional left out): A   B   m   F1")
T = collections.Counter()
for k in KINDS:
    c = st[k]; T.update(c)
for k, c in [(k, st[k]) for k in KINDS] + [("total", T)]:
    na, nb = c["A"] - c["Aopt_un"], c["B"] - c["Bopt_un"]
    print(f"   {k:12s} {c['A']:3d} {c['B']:3d} {c['m']:3d} {f1(c['m'], c['A'], c['B']):.3f}"
          f"   |   {na:3d} {nb:3d} {c['m']:3d} {f1(c['m'], na, nb):.3f}")
print("   kind disagreements (A kind -> B kind):", dict(kinddis) or "none")

# --- 4. sentences
both = eq = 0
sdis = []
for i in IDS:
    sa, sb = A[i].get("sentences") or {}, B[i].get("sentences") or {}
    for p in sorted(set(sa) & set(sb)):
        both += 1; eq += sa[p] == sb[p]
        if sa[p] != sb[p]: sdis.append((i, p, sa[p], sb[p]))
    for p in sorted(set(sa) ^ set(sb)):
        sdis.append((i, p, sa.get(p, "-"), sb.get(p, "-")))
print(f"\n4. SENTENCES paragraphs in both: {both}, equal: {eq}; differing/one-sided (id, p, A, B): {sdis}")

print("\nDISAGREEMENTS (what, id, paragraph, A, B):")
for d in qdis + adis:
    print("  ", d)
