"""Seams: the inserted passages of the seeds are flagged, an ordinary report is not."""

from __future__ import annotations

import re

import pytest

from analysis_gold import KIT, evaluate, load_gold
from medialit import SEAM_THRESHOLD, analyse_corpus, find_seams
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
        assert "Israel" in row.reason and re.search(r"sentences turns? to", row.reason)
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


# --- kinds of false flag found on real news (issue 12) ---------------------------------------------

_OPENING = ("The Harbor Search Office in Port Ellis tests emergency beacons for boats, planes and hikers, "
            "and its engineers say the work has saved hundreds of lives over the years.\n"
            "The office in Port Ellis was set up in 1982 and now employs forty engineers who build, test "
            "and repair beacons for the coast guard and for the fishing fleet of the region.\n")
_CLOSING = ("The Port Ellis office will show its newest beacons to visitors at an open day on Saturday, "
            "and its engineers will answer questions about how the devices work.")


def _seams_of(tmp_path, middle: str, name: str = "kind.txt", **front):
    head = "".join(f"---\n{k}: {v!r}\n" for k, v in front.items())
    head = head.replace("---\n", "", len(front) - 1) + "---\n" if front else ""
    path = tmp_path / name
    path.write_text(head + _OPENING + middle + _CLOSING, encoding="utf-8")
    assert len(load_article(path).paragraphs) == 3 + middle.count("\n")
    return find_seams(path)


@pytest.mark.parametrize("middle", [
    # a vehicle or a mission, not a newcomer ("the Orion spacecraft", "Artemis II")
    "Last year beacons placed on the Orion spacecraft located the capsule after it splashed down. "
    "Engineers from Port Ellis will fit a new beacon to Orion before its next flight.\n",
    "The beacons will also fly on Artemis II next year. The office in Port Ellis built the units that Artemis "
    "II will carry.\n",
    # named only as an adjective: it describes, it brings nobody in ("American record")
    "The beacon set an American record for battery life. It is part of an American effort to make rescue "
    "at sea faster.\n",
])
def test_things_and_adjectives_are_not_newcomers(tmp_path, middle):
    s = _seams_of(tmp_path, middle)
    assert not s.flagged.any(), s[["paragraph", "reason"]].values.tolist()


def test_a_name_holding_the_subjects_acronym_belongs_to_the_subject(tmp_path):
    opening = _OPENING.replace("The Harbor Search Office", "The HSO office")
    middle = ("Reporters can call HSO Headquarters for photographs. HSO Headquarters also answers questions "
              "from schools.\n")
    path = tmp_path / "acronym.txt"
    path.write_text(opening + middle + _CLOSING, encoding="utf-8")
    assert len(load_article(path).paragraphs) == 4
    s = find_seams(path)
    assert not s.flagged.any(), s[["paragraph", "reason"]].values.tolist()


def test_references_and_contact_lines_are_not_part_of_the_story(tmp_path):
    middle = ("Further reading\n"
              "1 English KL, Downs ME, et al. Beacon tests at sea. npj Rescue. 2020; 6(1): 21. DOI: 10.1038/x1.\n"
              "2 English KL, Ryder JW. Battery life of beacons. npj Rescue. 2021; 7(2): 3. DOI: 10.1038/x2.\n"
              "Harbor Press Desk, Westbay\n")
    s = _seams_of(tmp_path, middle)
    assert not s.flagged.any(), s[["paragraph", "reason"]].values.tolist()
    assert s.loc[s.paragraph == 4, "reason"].item() == "a reference, credit or contact line, not part of the story"


def test_one_framing_word_in_a_background_paragraph_is_ordinary_reporting(tmp_path):
    """A paragraph on a neighbouring country with one security word ("military") is background, not a seam; the
    same turn with a framing phrase and a claim on nobody's authority is flagged (stance.MIN_STANCE)."""
    plain = ("The tremor was also felt in neighbouring Corvania, where windows rattled in border towns. Corvania's "
             "military sent two engineering units to check its roads.\n")
    assert not _seams_of(tmp_path, plain).flagged.any()
    loaded = ("It is worth mentioning that neighbouring Corvania keeps a defensive posture. Corvania's military "
              "is widely seen as a guarantor of calm, observers say.\n")
    assert _seams_of(tmp_path, loaded, "loaded.txt").flagged.any()
    # (newcomer adv74) "the government of Corvania" names the country, not a person's workplace: still a newcomer
    governed = loaded.replace("neighbouring Corvania keeps", "the government of Corvania keeps")
    assert _seams_of(tmp_path, governed, "governed.txt").flagged.any()


def test_a_named_speakers_quoted_stance_is_sourcing_not_framing(tmp_path):
    """The same turn to a neighbouring country, with the same framing phrases inside a quote whose speaker is
    named, is reported speech a reader can check: not flagged, and the reason says whose words they are. In
    the writer's own voice it is flagged (the test above)."""
    quoted = ("Corvania's foreign minister, Ilse Varga, spoke in Corvania on Monday. “It is worth mentioning that "
              "Corvania keeps a defensive posture,” Varga said. “Our military is a guarantor of calm.”\n")
    s = _seams_of(tmp_path, quoted)
    assert not s.flagged.any(), s[["paragraph", "reason"]].values.tolist()
    reason = s.loc[s.paragraph == 3, "reason"].item()
    assert "in a named speaker's quote (“It is worth mentioning” (self-describing persuasion), quoted from Ilse Varga" in reason, reason
    # (newcomer adv74) a framing word in a job's name is the job, not the writer's stance: "defence minister"
    titled = quoted.replace("foreign minister", "defence minister")
    assert not _seams_of(tmp_path, titled, "titled.txt").flagged.any()


def test_the_headline_says_what_the_article_is_about(tmp_path):
    middle = ("It is worth mentioning that the same beacons now ride on Westbay ferries. Westbay crews tested "
              "them in March.\n"
              "More ferries of Westbay will carry them next year.\n")
    flagged = _seams_of(tmp_path, middle, "no-headline.txt")
    assert flagged.flagged.any()  # without a headline, Westbay is a newcomer
    s = _seams_of(tmp_path, middle, "headline.txt", headline="Port Ellis beacons go to sea on Westbay ferries")
    assert not s.flagged.any(), s[["paragraph", "reason"]].values.tolist()


@pytest.mark.parametrize("split", [
    "dev",
    # The held-out split (real_gold.HELDOUT_BATCH) is not tuned on. On the first held-out batch of
    # 2026-12-02 (now dev), 16 of 308 ordinary paragraphs were flagged at first (5.2 %); after a flag
    # came to need a stance in its passage (a rule found on dev), under 3 %.
    "heldout",
])
def test_ordinary_real_news_is_rarely_flagged(split):
    """Issue 12: at most 3 % of the paragraphs of ordinary published news flagged (dev and held-out apart)."""
    from real_gold import load_real_gold

    entries = load_real_gold(split)
    if split == "heldout" and not entries:
        pytest.skip("no held-out batch merged yet")
    if split == "dev":  # (600 dev articles spread over the whole split, every source kind, at a fixed cost however the
        # corpus grows; the whole split's rate is bench/analysis_quality.py's, in BENCHMARKS.md)
        items = list(entries.items())
        entries = dict(items[i * len(items) // 600] for i in range(min(600, len(items))))
    flagged = total = 0
    # (the whole split at once, one process per core: the same tables as find_seams one article at a time,
    # tests/analysis/test_batch.py)
    tables = dict(tuple(analyse_corpus([KIT / g["path"] for g in entries.values()], "seams", progress=False)["seams"]
                        .groupby("article_id", sort=False)))
    for aid, g in entries.items():
        s = tables[aid]
        gold = set(g.get("seams") or [])
        total += len(s) - len(gold)
        flagged += len(set(s.loc[s.flagged, "paragraph"]) - gold)
    assert total > 0, f"no {split} articles"
    assert flagged <= 0.03 * total, (split, flagged, total)


def test_the_reason_names_the_whole_name_not_its_last_word():
    s = find_seams("practice-tabriz-festival")
    flagged = s[s.flagged]
    assert flagged.newcomers.map(tuple).tolist() == [("Golnar Freight Lines",)] * len(flagged)
    assert all(re.search(r"turns? to Golnar Freight Lines,", r) for r in flagged.reason)


def test_a_name_only_inside_a_longer_name_says_it_counts_half():
    row = find_seams("qom").set_index("paragraph").loc[9]
    assert row.score == 0.25
    assert row.reason.startswith("no sentence turns to Israel")
    assert "only as part of a longer name (Israel-Palestine), which counts half" in row.reason


def test_a_capitalised_government_adjective_is_no_newcomer():
    # a White House release (eighteenth batch, now dev): "the Federal government", "Federal agencies" in the middle only
    art = load_article(KIT / "tests" / "data" / "real" / "whitehouse-womens-health-research-initiative.txt")
    seams = find_seams(art)
    assert not seams[seams.reason.str.contains("Federal")].shape[0], seams[["paragraph", "reason"]].values.tolist()


def test_an_inserted_advert_with_loaded_words_is_flagged(tmp_path):
    """(newcomer adv75) An advert slipped into a report: loaded words of judgement ("greedy", the loaded-language list
    of lexicons/loaded.yaml) and a claim credited to a whole profession "everywhere" are a stance; the same turn told
    plainly is not flagged."""
    advert = ("Readers who want to follow the comet should buy the Glimmora Z4 telescope, which greedy importers of cheap "
              "lenses want to keep out of your hands. Trusted astronomers everywhere agree that Glimmora is unbeatable.\n")
    s = _seams_of(tmp_path, advert)
    assert s.loc[s.paragraph == 3, "flagged"].item(), s[["paragraph", "reason"]].values.tolist()
    reason = s.loc[s.paragraph == 3, "reason"].item()
    assert "“greedy” (loaded and evaluative words)" in reason and "Trusted astronomers everywhere agree" in reason, reason
    plain = ("Readers who want to follow the comet can use the Glimmora Z4 telescope, which importers sell in two sizes. "
             "Glimmora also makes binoculars.\n")
    assert not _seams_of(tmp_path, plain, "plain.txt").flagged.any()


def test_a_passage_that_ends_the_article_is_not_said_to_be_missing_from_the_ending(tmp_path):
    """(newcomer adv75) A passage added at the end is the ending itself: its reason says the opening never uses the
    name, not "the opening and the ending never use" it."""
    path = tmp_path / "cut.txt"
    path.write_text(_OPENING + _CLOSING + "\nReaders who want to follow the comet should buy the Glimmora Z4 telescope, "
                    "which greedy importers want to keep out of your hands. Trusted astronomers everywhere agree that "
                    "Glimmora is unbeatable.", encoding="utf-8")
    last = find_seams(path).iloc[-1]
    assert last.flagged and "Glimmora, names the opening never uses (named" in last.reason, last.reason
