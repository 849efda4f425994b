"""The lessons agree with the tools, and no visible text gives an exercise's answer away (issue 15).

Two kinds of test:

- **Claims**: what a lesson says about tool output (counts, flagged paragraphs, found phrases) is
  read from the lesson where it can be, and checked against the tool, so a change in a tool (seam
  flags, attribution rules) that makes a lesson wrong fails here, not in class.
- **Giveaways**: the text a student sees before answering (the lesson's Markdown, and that of earlier
  lessons, and the exercise prompts; not hints, not keys) must not state an exercise's answer: a key
  item's quotation, a single choice's text, a label's paragraph numbers, or a counted number.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from medialit import find_anchors, find_attributions, find_framing, find_quotes, find_seams, load_corpus
from medialit.exercises import reading
from medialit.exercises.grading import key_labels
from medialit.exercises.workbook import Workbook

KIT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((KIT / "notebooks").glob("*.ipynb"))
SEEDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]
WB = Workbook()


def _markdown(path: Path) -> list[str]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]


def _text(path: Path) -> str:
    return " ".join(_markdown(path))


def _plain(text: str) -> str:
    """Markdown as read: emphasis marks gone, quotes and spaces folded, lower case."""
    return reading.fold(re.sub(r"[*_`]", "", text)).lower()


def lesson(number: str) -> str:
    return _text(next(p for p in NOTEBOOKS if p.name.startswith(number)))


def flagged(article: str) -> list[int]:
    seams = find_seams(article)
    return sorted(int(p) for p in seams.loc[seams["flagged"], "paragraph"])


# --------------------------------------------------------------------------- claims about tool output

def test_00_seed_articles_have_no_headline_byline_or_date():
    assert "no headline, no byline (author),\nno date and no links" in lesson("00")
    arts = load_corpus().articles.set_index("article_id")
    for seed in SEEDS:
        for field in ("headline", "byline", "date"):
            value = arts.loc[seed, field]
            assert str(value).startswith("unknown"), (seed, field, value)


def test_00_sentence_labels_in_the_prompt_match_the_picker():
    from medialit.exercises.quiz import exercise_widget

    assert '"p4 s2" is paragraph 4, sentence 2' in WB.exercise("00-4-israel-passage").prompt
    assert exercise_widget("00-4-israel-passage").answer_input.checkboxes["mosul:p4:s2"].description.startswith("p4 s2:")


def test_01_anchor_claims():
    text = lesson("01")
    assert "the Qom article\nhas none at all" in text and "one\nor two at most" in text
    for seed in SEEDS:
        anchors = find_anchors(seed)
        checkable = anchors[anchors["kind"] != "vague time"]
        per_paragraph = checkable.groupby("paragraph").size()
        assert per_paragraph.max() <= 2 if len(per_paragraph) else True, seed
    assert len(find_anchors("qom").query("kind != 'vague time'")) == 0
    control = find_anchors("control-school-roof")
    assert control.groupby("paragraph").size().max() > 2  # "often several"


def test_01_mosul_anchor_table_has_every_vague_time_sentence_the_key_wants():
    key = WB.key("01-4-vague-time")
    corpus = load_corpus()
    vague = find_anchors("mosul").query("kind == 'vague time'")
    for sid in key.answer:
        _, p, s = sid.split(":")
        sentence = corpus.article("mosul").paragraph(int(p[1:])).sentences[int(s[1:]) - 1].text
        found = [t for t in vague.loc[vague["paragraph"] == int(p[1:]), "text"] if t in sentence]
        assert found, f"the anchor table misses the vague time word of {sid}: {sentence}"


def test_01_seams_flag_the_isfahan_passage_the_mirror_and_not_the_control():
    israel = sorted(int(p.split(":p")[1]) for p, v in key_labels(WB.exercise("01-5-template-slots"),
                                                                 WB.key("01-5-template-slots")).items()
                    if v == ["israel"])
    assert flagged("isfahan") == israel  # "Compare the flagged paragraphs with the ones you labelled israel"
    assert "The seam detector flags it just as it flags the seeds" in lesson("01").replace("\n", " ")
    assert flagged("mirror-nasiriyah") and not flagged("control-school-roof")
    assert "No paragraph is flagged." in lesson("01")


def test_02_quote_and_attribution_claims():
    text = lesson("02")
    assert "One person, quoted twice" in text
    quotes = find_quotes("basra-forum")
    assert len(quotes) == 2 and quotes["speaker"].nunique() == 1
    # "The seed articles quote three named people in all; the control report names five sources"
    speakers = {s for a in SEEDS for s in find_quotes(a)["speaker"].dropna()}
    assert len(speakers) == 3
    control = find_attributions("control-school-roof")
    assert len(control[control["kind"] == "named"]) >= 5


def test_02_institution_example_is_one_the_tool_counts():
    text = lesson("02")
    m = re.search(r"\(in the Basra\s+and Gaza article: \"([^\"]+)\"\)", text)
    assert m, "the lesson's institution example moved: update this test"
    rows = find_attributions("basra-gaza")
    assert m.group(1) in set(rows.loc[rows["kind"] == "institution", "cue"])
    # "the chart shows no institution for the control report"
    assert "the chart shows no institution for the control report" in text.replace("\n", " ")
    assert not (find_attributions("control-school-roof")["kind"] == "institution").any()


def test_03_vocabulary_and_seam_claims():
    text = lesson("03").replace("\n", " ")
    assert "sit in paragraphs 5 and 6 and nowhere else" in text
    assert sorted(set(find_framing("basra-forum", lists=["security_frame"])["paragraph"])) == [5, 6]
    m = re.search(r"Paragraphs (\d+) and (\d+) are flagged\. Paragraph (\d+) has a small bar below the line", text)
    assert m
    assert flagged("qom") == [int(m.group(1)), int(m.group(2))]
    seams = find_seams("qom").set_index("paragraph")
    p9 = seams.loc[int(m.group(3))]
    assert 0 < p9["score"] < 0.4 and not p9["flagged"]
    assert f"({p9['score']:.2f})" in WB.exercise("03-6-seam-reading").feedback["c"]


def test_03_self_describing_list_finds_every_keyed_passage():
    ex, key = WB.exercise("03-7-self-describing"), WB.key("03-7-self-describing")
    where = {"Mosul": "mosul", "Qom": "qom", "Isfahan": "isfahan", "mirror, written for the kit": "mirror-nasiriyah"}
    for k in key.answer:
        article = where[re.search(r"\(([^)]+)\)\s*$", ex.choices[k]).group(1)]
        found = find_framing(article, lists="self_describing")["text"].str.lower().tolist()
        assert any("subtly" in f for f in found), (k, article, found)


# --------------------------------------------------------------------------- giveaways

def _visible_before(exercise_id: str) -> str:
    """The Markdown of the exercise's lesson and every earlier lesson, plus every exercise prompt."""
    number = exercise_id[:2]
    texts = [_text(p) for p in NOTEBOOKS if p.name[:2] <= number]
    texts += [WB.exercise(i).prompt for i in WB.ids()]
    return _plain(" ".join(texts))


def _cells_before(exercise_id: str) -> list[str]:
    """Each Markdown cell of the exercise's lesson and earlier lessons, as read.

    The closing "Key points" cell of a lesson sums up after every exercise, so it is left out.
    """
    return [_plain(c) for p in NOTEBOOKS if p.name[:2] <= exercise_id[:2] for c in _markdown(p)
            if not c.lstrip().startswith("## Key points")]


def _city(article: str) -> str:
    return load_corpus().article(article).label.split()[0]


@pytest.mark.parametrize("exercise_id", WB.ids())
def test_no_visible_text_states_the_answer(exercise_id):
    ex, key = WB.exercise(exercise_id), WB.key(exercise_id)
    seen = _visible_before(exercise_id)
    if ex.type == "single_choice":
        right = _plain(ex.choices[str(key.answer)]).rstrip(".")
        assert len(right) < 25 or right not in seen, f"the lesson states the right choice: {right}"
    if ex.type == "multi_choice":
        right = [_plain(ex.choices[str(k)]).rstrip(".") for k in key.answer]
        for cell in _cells_before(exercise_id):
            # two right choices named side by side (a list of them) tell the student the answer
            at = sorted((m.start(), r) for r in right for m in re.finditer(re.escape(r), cell))
            close = [(a[1], b[1]) for a, b in zip(at, at[1:]) if a[1] != b[1] and b[0] - a[0] <= 80 + len(a[1])]
            assert not close, f"the lesson lists right choices side by side: {close}"
    if ex.type == "pick":
        why = key.why if isinstance(key.why, dict) else {}
        quoted = [k for k, q in why.items() for q in (q if isinstance(q, list) else [q])
                  if isinstance(q, str) and len(q) >= 25 and _plain(q) in seen]
        assert len(set(quoted)) <= 1, f"the lesson quotes {len(set(quoted))} key items: {sorted(set(quoted))}"
    if ex.type == "label":
        city = re.escape(_city(ex.article).lower())
        for label in set(ex.labels):
            paras = sorted(int(p.split(":p")[1]) for p, v in key_labels(ex, key).items() if v == [label])
            if not paras or len(paras) > 3:
                continue
            a, b = paras[0], paras[-1]
            pattern = rf"{city}\W+(?:paragraphs?\s+)?{a}(?:\s*(?:-|and|to)\s*{b})?\b" if a != b else \
                rf"{city}\W+paragraph\s+{a}\b"
            if paras == list(range(a, b + 1)) and label not in ("scene", "conclusion", "close", "headline"):
                assert not re.search(pattern, seen), f"the lesson says which paragraphs are {label}: {pattern}"
    if ex.type == "number" and ex.unit:
        n = float(key.answer)
        words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
        for form in {f"{n:g}", words.get(int(n), f"{n:g}")}:
            if form in _plain(ex.prompt):  # "of the five seed articles": the total, not the answer
                continue
            assert f"{form} {_plain(ex.unit)}" not in seen, f"the lesson states the count: {form} {ex.unit}"
