"""The real-article development corpus (issue 12): texts, sources, gold and split stay consistent.

Scoring the analysis against this gold is bench/analysis_quality.py's job; these tests only make
sure the gold can be trusted: every annotated string is in its article, every article loads, every
file has a source and a licence, and the dev/held-out split is the one fixed before tuning.
"""

from __future__ import annotations

import re

import pytest

from medialit import load_corpus
from medialit.corpus.loader import load_article

from real_gold import (GOLD_FILE, FIFTH_HELDOUT_BATCH, FOURTH_HELDOUT_BATCH, SIXTH_HELDOUT_BATCH, SEVENTH_HELDOUT_BATCH, EIGHTH_HELDOUT_BATCH, NINTH_HELDOUT_BATCH, TENTH_HELDOUT_BATCH, ELEVENTH_HELDOUT_BATCH, TWELFTH_HELDOUT_BATCH, THIRTEENTH_HELDOUT_BATCH, FOURTEENTH_HELDOUT_BATCH, FIFTEENTH_HELDOUT_BATCH, SIXTEENTH_HELDOUT_BATCH, SEVENTEENTH_HELDOUT_BATCH, EIGHTEENTH_HELDOUT_BATCH, NINETEENTH_HELDOUT_BATCH, TWENTIETH_HELDOUT_BATCH, TWENTY_FIRST_HELDOUT_BATCH, TWENTY_SECOND_HELDOUT_BATCH, TWENTY_THIRD_HELDOUT_BATCH, TWENTY_FOURTH_HELDOUT_BATCH, TWENTY_FIFTH_HELDOUT_BATCH, TWENTY_SIXTH_HELDOUT_BATCH, TWENTY_SEVENTH_HELDOUT_BATCH, TWENTY_EIGHTH_HELDOUT_BATCH, TWENTY_NINTH_HELDOUT_BATCH, THIRTIETH_HELDOUT_BATCH, THIRTY_FIRST_HELDOUT_BATCH, THIRTY_SECOND_HELDOUT_BATCH, THIRTY_THIRD_HELDOUT_BATCH, THIRTY_FOURTH_HELDOUT_BATCH, THIRTY_FIFTH_HELDOUT_BATCH, THIRTY_SIXTH_HELDOUT_BATCH, THIRTY_SEVENTH_HELDOUT_BATCH, THIRTY_EIGHTH_HELDOUT_BATCH, THIRTY_NINTH_HELDOUT_BATCH, FORTIETH_HELDOUT_BATCH, FORTY_FIRST_HELDOUT_BATCH, FORTY_SECOND_HELDOUT_BATCH, FORTY_THIRD_HELDOUT_BATCH, FORTY_FOURTH_HELDOUT_BATCH, FORTY_FIFTH_HELDOUT_BATCH, FORTY_SIXTH_HELDOUT_BATCH, FORTY_SEVENTH_HELDOUT_BATCH, FORTY_EIGHTH_HELDOUT_BATCH, FORTY_NINTH_HELDOUT_BATCH, FIFTIETH_HELDOUT_BATCH, FIFTY_FIRST_HELDOUT_BATCH, FIFTY_SECOND_HELDOUT_BATCH, FIFTY_THIRD_HELDOUT_BATCH, FIFTY_FOURTH_HELDOUT_BATCH, FIFTY_FIFTH_HELDOUT_BATCH, FIFTY_SIXTH_HELDOUT_BATCH, FIFTY_SEVENTH_HELDOUT_BATCH, FIFTY_EIGHTH_HELDOUT_BATCH, FIFTY_NINTH_HELDOUT_BATCH, SIXTIETH_HELDOUT_BATCH, SIXTY_FIRST_HELDOUT_BATCH, SIXTY_SECOND_HELDOUT_BATCH, SIXTY_THIRD_HELDOUT_BATCH, SIXTY_FOURTH_HELDOUT_BATCH, SIXTY_FIFTH_HELDOUT_BATCH, SIXTY_SIXTH_HELDOUT_BATCH, SIXTY_SEVENTH_HELDOUT_BATCH, SIXTY_EIGHTH_HELDOUT_BATCH, SIXTY_NINTH_HELDOUT_BATCH, SEVENTIETH_HELDOUT_BATCH, SEVENTY_FIRST_HELDOUT_BATCH, HELDOUT_BATCH, REAL, SECOND_HELDOUT_BATCH, THIRD_HELDOUT_BATCH, load_real_gold, load_small_cases, speaker_verdict,
                       split_of)

GOLD = load_real_gold()
FILES = sorted(REAL.glob("*.txt"))


def _article(aid):
    return load_article(REAL / f"{aid}.txt")


def _paragraph(art, n, aid):
    assert 1 <= n <= len(art.paragraphs), f"{aid}: paragraph {n} does not exist (it has {len(art.paragraphs)})"
    return art.paragraph(n).text


def test_corpus_is_large_enough_and_varied():
    """Issue 12 asks for at least 30 real articles; the corpus keeps a mix of forms."""
    assert len(GOLD) >= 30
    quotes = [q for g in GOLD.values() for q in g["quotes"]]
    assert sum(q["speaker"] is not None and q.get("how") is None for q in quotes) >= 50, "plain attributed quotes"
    for how in ("pronoun", "context", "dash", "intro"):
        assert any(q.get("how") == how for q in quotes), f"no quote whose speaker is found by {how!r}"
    assert any(q.get("continues") for q in quotes), "no multi-paragraph quote"
    assert any(g.get("nested") for g in GOLD.values()), "no quote nested in a quote"
    kinds = [a["kind"] for g in GOLD.values() for a in g["attributions"] if not a.get("optional")]
    assert kinds.count("vague") >= 15 and kinds.count("institution") >= 5 and kinds.count("named") >= 80
    assert any(not g["quotes"] for g in GOLD.values()), "no article without quotes (a precision check)"
    assert {g["source"] for g in GOLD.values()} >= {"nasa", "wikinews"}


def test_every_file_has_gold_and_every_gold_entry_a_file():
    assert {f.stem for f in FILES} == set(GOLD), "tests/data/real/*.txt and gold.yaml list different articles"
    for aid, g in GOLD.items():
        assert g["path"] == f"tests/data/real/{aid}.txt"


def test_all_articles_load_without_problems():
    corpus = load_corpus(FILES, warn=False)
    assert not corpus.problems, [str(p) for p in corpus.problems]
    assert sorted(corpus.articles.article_id) == sorted(f.stem for f in FILES)
    for f in FILES:
        meta = load_article(f).meta
        assert meta["kind"] == "other", f.name
        for field in ("headline", "byline", "date", "publisher", "provenance", "notes"):
            assert isinstance(meta.get(field), str) and meta[field].strip(), f"{f.name}: {field} missing"
        assert meta["notes"].startswith("licence: "), f"{f.name}: notes must start with the licence"
        assert ("public domain" in meta["notes"]) != ("CC BY 2.5" in meta["notes"]), f"{f.name}: one licence"


@pytest.mark.parametrize("aid", sorted(GOLD))
def test_gold_strings_occur_verbatim(aid):
    g, art = GOLD[aid], _article(aid)
    text = art.text
    for q in g["quotes"]:
        par = _paragraph(art, q["paragraph"], aid)
        assert q["starts"] in par, f"{aid} p{q['paragraph']}: quote start not found: {q['starts']!r}"
        at = par.index(q["starts"])
        # (or opens a paragraph that goes on with a quote the paragraph before left open, its opening mark lost)
        assert par[at - 1] in "“\"‘'" or at == 0 and q.get("continues"), \
            f"{aid} p{q['paragraph']}: {q['starts']!r} does not follow a quotation mark"
        if q.get("description"):
            assert q["description"] in par, f"{aid} p{q['paragraph']}: description not found"
        if q.get("verb"):
            assert re.search(rf"\b{re.escape(q['verb'])}\b", par), f"{aid} p{q['paragraph']}: verb not found"
        if q["speaker"] is not None:
            names = [q["speaker"], *q.get("aliases", [])]
            surname = q["speaker"].split()[-1]
            assert any(n in text for n in names) or surname in text, f"{aid}: speaker {q['speaker']!r} not in text"
        assert q["parts"] >= 1
        assert q.get("how") in (None, "pronoun", "context", "dash", "intro"), f"{aid}: how {q.get('how')!r}"
    for n in g.get("nested", []):
        assert n["text"] in _paragraph(art, n["paragraph"], aid), f"{aid} p{n['paragraph']}: nested quote not found"
    for words in g["not_quotes"]:
        assert words in text, f"{aid}: not_quote {words!r} not in text"
    for a in g["attributions"]:
        par = _paragraph(art, a["paragraph"], aid)
        assert a["cue"] in par, f"{aid} p{a['paragraph']}: cue not found: {a['cue']!r}"
        assert a["kind"] in ("named", "institution", "vague"), f"{aid}: kind {a['kind']!r}"
    for v in g["vague"]:
        assert v["words"] in _paragraph(art, v["paragraph"], aid)
    for n in [*g["seams"], *g["furniture"], *g["sentences"]]:
        _paragraph(art, n, aid)
    assert all(isinstance(c, int) and c >= 1 for c in g["sentences"].values())


@pytest.mark.parametrize("aid", sorted(GOLD))
def test_every_quote_speaker_has_an_attribution(aid):
    """A quote with a named speaker and a speech verb has a matching named attribution in its paragraph."""
    g = GOLD[aid]
    for q in g["quotes"]:
        if q["speaker"] is None or q.get("verb") is None:
            continue
        same = [a for a in g["attributions"] if a["paragraph"] == q["paragraph"] and a["source"] == q["speaker"]]
        assert same, f"{aid} p{q['paragraph']}: quote by {q['speaker']} has no attribution entry"


def test_sources_name_every_file_and_a_licence():
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", sources, flags=re.M)[1:]
    by_file = {s.split("\n", 1)[0].strip().strip("`"): s for s in sections}
    for f in FILES:
        assert f.name in by_file, f"SOURCES.md has no section '## {f.name}'"
        body = by_file[f.name]
        assert re.search(r"(?i)licen[cs]e:\s*(CC BY|public domain)", body), f"SOURCES.md: {f.name} names no licence"
        assert re.search(r"(?i)source:", body), f"SOURCES.md: {f.name} names no source"


def test_split_is_recorded_and_follows_the_stated_rule():
    """Held-out = the seventy-second held-out batch of 2026-12-08 (real_gold.HELDOUT_BATCH), dev = every other article."""
    for aid, g in GOLD.items():
        assert g["split"] == split_of(aid), f"{aid}: split {g['split']!r} is not the one the recorded rule gives"
    assert HELDOUT_BATCH <= set(GOLD), f"held-out ids without gold: {sorted(HELDOUT_BATCH - set(GOLD))}"
    assert len(HELDOUT_BATCH) >= 24  # the seventy-second batch: 8 DigitalGov, 16 congressional (heldIB, heldIC, heldID)
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    sections = {s.split("\n", 1)[0].strip(): s for s in re.split(r"^## ", sources, flags=re.M)[1:]}
    for aid in HELDOUT_BATCH:
        assert "seventy-second held-out batch of 2026-12-08" in sections[f"{aid}.txt"], f"SOURCES.md: {aid} not marked held-out"
    for batch, ids in [("second", SECOND_HELDOUT_BATCH), ("third", THIRD_HELDOUT_BATCH),
                       ("fourth", FOURTH_HELDOUT_BATCH), ("fifth", FIFTH_HELDOUT_BATCH),
                       ("sixth", SIXTH_HELDOUT_BATCH), ("seventh", SEVENTH_HELDOUT_BATCH), ("eighth", EIGHTH_HELDOUT_BATCH),
                       ("ninth", NINTH_HELDOUT_BATCH), ("tenth", TENTH_HELDOUT_BATCH), ("eleventh", ELEVENTH_HELDOUT_BATCH), ("twelfth", TWELFTH_HELDOUT_BATCH), ("thirteenth", THIRTEENTH_HELDOUT_BATCH), ("fourteenth", FOURTEENTH_HELDOUT_BATCH), ("fifteenth", FIFTEENTH_HELDOUT_BATCH), ("sixteenth", SIXTEENTH_HELDOUT_BATCH), ("seventeenth", SEVENTEENTH_HELDOUT_BATCH), ("eighteenth", EIGHTEENTH_HELDOUT_BATCH), ("nineteenth", NINETEENTH_HELDOUT_BATCH), ("twentieth", TWENTIETH_HELDOUT_BATCH), ("twenty-first", TWENTY_FIRST_HELDOUT_BATCH), ("twenty-second", TWENTY_SECOND_HELDOUT_BATCH), ("twenty-third", TWENTY_THIRD_HELDOUT_BATCH), ("twenty-fourth", TWENTY_FOURTH_HELDOUT_BATCH), ("twenty-fifth", TWENTY_FIFTH_HELDOUT_BATCH), ("twenty-sixth", TWENTY_SIXTH_HELDOUT_BATCH), ("twenty-seventh", TWENTY_SEVENTH_HELDOUT_BATCH), ("twenty-eighth", TWENTY_EIGHTH_HELDOUT_BATCH), ("twenty-ninth", TWENTY_NINTH_HELDOUT_BATCH), ("thirtieth", THIRTIETH_HELDOUT_BATCH), ("thirty-first", THIRTY_FIRST_HELDOUT_BATCH), ("thirty-second", THIRTY_SECOND_HELDOUT_BATCH), ("thirty-third", THIRTY_THIRD_HELDOUT_BATCH), ("thirty-fourth", THIRTY_FOURTH_HELDOUT_BATCH), ("thirty-fifth", THIRTY_FIFTH_HELDOUT_BATCH), ("thirty-sixth", THIRTY_SIXTH_HELDOUT_BATCH), ("thirty-seventh", THIRTY_SEVENTH_HELDOUT_BATCH), ("thirty-eighth", THIRTY_EIGHTH_HELDOUT_BATCH), ("thirty-ninth", THIRTY_NINTH_HELDOUT_BATCH), ("fortieth", FORTIETH_HELDOUT_BATCH), ("forty-first", FORTY_FIRST_HELDOUT_BATCH), ("forty-second", FORTY_SECOND_HELDOUT_BATCH), ("forty-third", FORTY_THIRD_HELDOUT_BATCH), ("forty-fourth", FORTY_FOURTH_HELDOUT_BATCH), ("forty-fifth", FORTY_FIFTH_HELDOUT_BATCH), ("forty-sixth", FORTY_SIXTH_HELDOUT_BATCH), ("forty-seventh", FORTY_SEVENTH_HELDOUT_BATCH), ("forty-eighth", FORTY_EIGHTH_HELDOUT_BATCH), ("forty-ninth", FORTY_NINTH_HELDOUT_BATCH), ("fiftieth", FIFTIETH_HELDOUT_BATCH), ("fifty-first", FIFTY_FIRST_HELDOUT_BATCH), ("fifty-second", FIFTY_SECOND_HELDOUT_BATCH), ("fifty-third", FIFTY_THIRD_HELDOUT_BATCH), ("fifty-fourth", FIFTY_FOURTH_HELDOUT_BATCH), ("fifty-fifth", FIFTY_FIFTH_HELDOUT_BATCH), ("fifty-sixth", FIFTY_SIXTH_HELDOUT_BATCH), ("fifty-seventh", FIFTY_SEVENTH_HELDOUT_BATCH), ("fifty-eighth", FIFTY_EIGHTH_HELDOUT_BATCH), ("fifty-ninth", FIFTY_NINTH_HELDOUT_BATCH), ("sixtieth", SIXTIETH_HELDOUT_BATCH), ("sixty-first", SIXTY_FIRST_HELDOUT_BATCH), ("sixty-second", SIXTY_SECOND_HELDOUT_BATCH), ("sixty-third", SIXTY_THIRD_HELDOUT_BATCH), ("sixty-fourth", SIXTY_FOURTH_HELDOUT_BATCH), ("sixty-fifth", SIXTY_FIFTH_HELDOUT_BATCH), ("sixty-sixth", SIXTY_SIXTH_HELDOUT_BATCH), ("sixty-seventh", SIXTY_SEVENTH_HELDOUT_BATCH), ("sixty-eighth", SIXTY_EIGHTH_HELDOUT_BATCH), ("sixty-ninth", SIXTY_NINTH_HELDOUT_BATCH), ("seventieth", SEVENTIETH_HELDOUT_BATCH), ("seventy-first", SEVENTY_FIRST_HELDOUT_BATCH)]:
        day = {"eighth": "2026-12-03", "ninth": "2026-12-03", "tenth": "2026-12-03", "eleventh": "2026-12-04", "twelfth": "2026-12-04", "thirteenth": "2026-12-04", "fourteenth": "2026-12-05", "fifteenth": "2026-12-05", "sixteenth": "2026-12-05", "seventeenth": "2026-12-05", "eighteenth": "2026-12-05", "nineteenth": "2026-12-05", "twentieth": "2026-12-05", "twenty-first": "2026-12-05", "twenty-second": "2026-12-05", "twenty-third": "2026-12-06", "twenty-fourth": "2026-12-06", "twenty-fifth": "2026-12-06", "twenty-sixth": "2026-12-06", "twenty-seventh": "2026-12-06", "twenty-eighth": "2026-12-06", "twenty-ninth": "2026-12-06", "thirtieth": "2026-12-06", "thirty-first": "2026-12-06", "thirty-second": "2026-12-06", "thirty-third": "2026-12-06", "thirty-fourth": "2026-12-06", "thirty-fifth": "2026-12-06", "thirty-sixth": "2026-12-06", "thirty-seventh": "2026-12-06", "thirty-eighth": "2026-12-06", "thirty-ninth": "2026-12-06", "fortieth": "2026-12-06", "forty-first": "2026-12-06", "forty-second": "2026-12-06", "forty-third": "2026-12-06", "forty-fourth": "2026-12-06", "forty-fifth": "2026-12-06", "forty-sixth": "2026-12-06", "forty-seventh": "2026-12-06", "forty-eighth": "2026-12-07", "forty-ninth": "2026-12-07", "fiftieth": "2026-12-07", "fifty-first": "2026-12-07", "fifty-second": "2026-12-07", "fifty-third": "2026-12-07", "fifty-fourth": "2026-12-07", "fifty-fifth": "2026-12-07", "fifty-sixth": "2026-12-07", "fifty-seventh": "2026-12-07", "fifty-eighth": "2026-12-07", "fifty-ninth": "2026-12-07", "sixtieth": "2026-12-07", "sixty-first": "2026-12-07", "sixty-second": "2026-12-07", "sixty-third": "2026-12-07", "sixty-fourth": "2026-12-07", "sixty-fifth": "2026-12-07", "sixty-sixth": "2026-12-07", "sixty-seventh": "2026-12-08", "sixty-eighth": "2026-12-08", "sixty-ninth": "2026-12-08", "seventieth": "2026-12-08", "seventy-first": "2026-12-08"}.get(batch, "2026-12-02")
        for aid in ids:
            assert f"{batch} held-out batch of {day}" in sections[f"{aid}.txt"] \
                and "moved to dev" in sections[f"{aid}.txt"], f"SOURCES.md: {aid} must say it was held out, then moved to dev"
    head = GOLD_FILE.read_text(encoding="utf-8").split("articles:")[0]
    assert "HELDOUT_BATCH" in head and "moved to dev" in head, "gold.yaml's header must state the split rule"
    moved = GOLD_FILE.read_text(encoding="utf-8").count("read during tuning on 2026-12-01/02, moved to dev")
    assert moved == 23, "the 23 articles read during tuning must say they were moved to dev"
    first = GOLD_FILE.read_text(encoding="utf-8").count("first held-out batch (2026-12-02): scored 4 times, misses never read")
    assert first == 25, "the 25 articles of the first held-out batch must say they were moved to dev"
    second = GOLD_FILE.read_text(encoding="utf-8").count("second held-out batch of 2026-12-02: scored once, moved to dev")
    assert second == len(SECOND_HELDOUT_BATCH) == 27, "the 27 articles of the second held-out batch must say they were moved to dev"
    third = GOLD_FILE.read_text(encoding="utf-8").count("third held-out batch of 2026-12-02: scored once, moved to dev")
    assert third == len(THIRD_HELDOUT_BATCH) == 27, "the 27 articles of the third held-out batch must say they were moved to dev"
    fourth = GOLD_FILE.read_text(encoding="utf-8").count("fourth held-out batch of 2026-12-02: scored once, moved to dev")
    assert fourth == len(FOURTH_HELDOUT_BATCH) == 24, "the 24 articles of the fourth held-out batch must say they were moved to dev"
    fifth = GOLD_FILE.read_text(encoding="utf-8").count("fifth held-out batch of 2026-12-02: scored once, moved to dev")
    assert fifth == len(FIFTH_HELDOUT_BATCH) == 46, "the 46 articles of the fifth held-out batch must say they were moved to dev"
    sixth = GOLD_FILE.read_text(encoding="utf-8").count("sixth held-out batch of 2026-12-02: scored once, moved to dev")
    assert sixth == len(SIXTH_HELDOUT_BATCH) == 43, "the 43 articles of the sixth held-out batch must say they were moved to dev"
    seventh = GOLD_FILE.read_text(encoding="utf-8").count("seventh held-out batch of 2026-12-02: scored once, moved to dev")
    assert seventh == len(SEVENTH_HELDOUT_BATCH) == 44, "the 44 articles of the seventh held-out batch must say they were moved to dev"
    eighth = GOLD_FILE.read_text(encoding="utf-8").count("eighth held-out batch of 2026-12-03: scored once, moved to dev")
    assert eighth == len(EIGHTH_HELDOUT_BATCH) == 45, "the 45 articles of the eighth held-out batch must say they were moved to dev"
    ninth = GOLD_FILE.read_text(encoding="utf-8").count("ninth held-out batch of 2026-12-03: scored once, moved to dev")
    assert ninth == len(NINTH_HELDOUT_BATCH) == 46, "the 46 articles of the ninth held-out batch must say they were moved to dev"
    tenth = GOLD_FILE.read_text(encoding="utf-8").count("tenth held-out batch of 2026-12-03: scored once, moved to dev")
    assert tenth == len(TENTH_HELDOUT_BATCH) == 46, "the 46 articles of the tenth held-out batch must say they were moved to dev"
    eleventh = GOLD_FILE.read_text(encoding="utf-8").count("eleventh held-out batch of 2026-12-04: scored once, moved to dev")
    assert eleventh == len(ELEVENTH_HELDOUT_BATCH) == 40, "the 40 articles of the eleventh held-out batch must say they were moved to dev"
    twelfth = GOLD_FILE.read_text(encoding="utf-8").count("twelfth held-out batch of 2026-12-04: scored once, moved to dev")
    assert twelfth == len(TWELFTH_HELDOUT_BATCH) == 39, "the 39 articles of the twelfth held-out batch must say they were moved to dev"
    thirteenth = GOLD_FILE.read_text(encoding="utf-8").count("thirteenth held-out batch of 2026-12-04: scored once, moved to dev")
    assert thirteenth == len(THIRTEENTH_HELDOUT_BATCH) == 33, "the 33 articles of the thirteenth held-out batch must say they were moved to dev"
    fourteenth = GOLD_FILE.read_text(encoding="utf-8").count("fourteenth held-out batch of 2026-12-05: scored once, moved to dev")
    assert fourteenth == len(FOURTEENTH_HELDOUT_BATCH) == 24, "the 24 articles of the fourteenth held-out batch must say they were moved to dev"
    fifteenth = GOLD_FILE.read_text(encoding="utf-8").count("fifteenth held-out batch of 2026-12-05: scored once, moved to dev")
    assert fifteenth == len(FIFTEENTH_HELDOUT_BATCH) == 38, "the 38 articles of the fifteenth held-out batch must say they were moved to dev"
    sixteenth = GOLD_FILE.read_text(encoding="utf-8").count("sixteenth held-out batch of 2026-12-05: scored once, moved to dev")
    assert sixteenth == len(SIXTEENTH_HELDOUT_BATCH) == 37, "the 37 articles of the sixteenth held-out batch must say they were moved to dev"
    seventeenth = GOLD_FILE.read_text(encoding="utf-8").count("seventeenth held-out batch of 2026-12-05: scored once, moved to dev")
    assert seventeenth == len(SEVENTEENTH_HELDOUT_BATCH) == 37, "the 37 articles of the seventeenth held-out batch must say they were moved to dev"
    eighteenth = GOLD_FILE.read_text(encoding="utf-8").count("eighteenth held-out batch of 2026-12-05: scored once, moved to dev")
    assert eighteenth == len(EIGHTEENTH_HELDOUT_BATCH) == 36, "the 36 articles of the eighteenth held-out batch must say they were moved to dev"
    nineteenth = GOLD_FILE.read_text(encoding="utf-8").count("nineteenth held-out batch of 2026-12-05: scored once, moved to dev")
    assert nineteenth == len(NINETEENTH_HELDOUT_BATCH) == 37, "the 37 articles of the nineteenth held-out batch must say they were moved to dev"
    twentieth = GOLD_FILE.read_text(encoding="utf-8").count("twentieth held-out batch of 2026-12-05: scored once, moved to dev")
    assert twentieth == len(TWENTIETH_HELDOUT_BATCH) == 40, "the 40 articles of the twentieth held-out batch must say they were moved to dev"
    twenty_first = GOLD_FILE.read_text(encoding="utf-8").count("twenty-first held-out batch of 2026-12-05: scored once, moved to dev")
    assert twenty_first == len(TWENTY_FIRST_HELDOUT_BATCH) == 46, "the 46 articles of the twenty-first held-out batch must say they were moved to dev"
    twenty_second = GOLD_FILE.read_text(encoding="utf-8").count("twenty-second held-out batch of 2026-12-05: scored once, moved to dev")
    assert twenty_second == len(TWENTY_SECOND_HELDOUT_BATCH) == 43, "the 43 articles of the twenty-second held-out batch must say they were moved to dev"
    twenty_third = GOLD_FILE.read_text(encoding="utf-8").count("twenty-third held-out batch of 2026-12-06: scored once, moved to dev")
    assert twenty_third == len(TWENTY_THIRD_HELDOUT_BATCH) == 44, "the 44 articles of the twenty-third held-out batch must say they were moved to dev"
    twenty_fourth = GOLD_FILE.read_text(encoding="utf-8").count("twenty-fourth held-out batch of 2026-12-06: scored once, moved to dev")
    assert twenty_fourth == len(TWENTY_FOURTH_HELDOUT_BATCH) == 44, "the 44 articles of the twenty-fourth held-out batch must say they were moved to dev"
    twenty_fifth = GOLD_FILE.read_text(encoding="utf-8").count("twenty-fifth held-out batch of 2026-12-06: scored once, moved to dev")
    assert twenty_fifth == len(TWENTY_FIFTH_HELDOUT_BATCH) == 50, "the 50 articles of the twenty-fifth held-out batch must say they were moved to dev"
    twenty_sixth = GOLD_FILE.read_text(encoding="utf-8").count("twenty-sixth held-out batch of 2026-12-06: scored once, moved to dev")
    assert twenty_sixth == len(TWENTY_SIXTH_HELDOUT_BATCH) == 40, "the 40 articles of the twenty-sixth held-out batch must say they were moved to dev"
    twenty_seventh = GOLD_FILE.read_text(encoding="utf-8").count("twenty-seventh held-out batch of 2026-12-06: scored once, moved to dev")
    assert twenty_seventh == len(TWENTY_SEVENTH_HELDOUT_BATCH) == 40, "the 40 articles of the twenty-seventh held-out batch must say they were moved to dev"
    twenty_eighth = GOLD_FILE.read_text(encoding="utf-8").count("twenty-eighth held-out batch of 2026-12-06: scored once, moved to dev")
    assert twenty_eighth == len(TWENTY_EIGHTH_HELDOUT_BATCH) == 38, "the 38 articles of the twenty-eighth held-out batch must say they were moved to dev"
    twenty_ninth = GOLD_FILE.read_text(encoding="utf-8").count("twenty-ninth held-out batch of 2026-12-06: scored once, moved to dev")
    assert twenty_ninth == len(TWENTY_NINTH_HELDOUT_BATCH) == 24, "the 24 articles of the twenty-ninth held-out batch must say they were moved to dev"
    thirtieth = GOLD_FILE.read_text(encoding="utf-8").count("thirtieth held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirtieth == len(THIRTIETH_HELDOUT_BATCH) == 32, "the 32 articles of the thirtieth held-out batch must say they were moved to dev"
    thirty_first = GOLD_FILE.read_text(encoding="utf-8").count("thirty-first held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirty_first == len(THIRTY_FIRST_HELDOUT_BATCH) == 32, "the 32 articles of the thirty-first held-out batch must say they were moved to dev"
    thirty_second = GOLD_FILE.read_text(encoding="utf-8").count("thirty-second held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirty_second == len(THIRTY_SECOND_HELDOUT_BATCH) == 32, "the 32 articles of the thirty-second held-out batch must say they were moved to dev"
    thirty_third = GOLD_FILE.read_text(encoding="utf-8").count("thirty-third held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirty_third == len(THIRTY_THIRD_HELDOUT_BATCH) == 32, "the 32 articles of the thirty-third held-out batch must say they were moved to dev"
    thirty_fourth = GOLD_FILE.read_text(encoding="utf-8").count("thirty-fourth held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirty_fourth == len(THIRTY_FOURTH_HELDOUT_BATCH) == 24, "the 24 articles of the thirty-fourth held-out batch must say they were moved to dev"
    thirty_fifth = GOLD_FILE.read_text(encoding="utf-8").count("thirty-fifth held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirty_fifth == len(THIRTY_FIFTH_HELDOUT_BATCH) == 32, "the 32 articles of the thirty-fifth held-out batch must say they were moved to dev"
    thirty_sixth = GOLD_FILE.read_text(encoding="utf-8").count("thirty-sixth held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirty_sixth == len(THIRTY_SIXTH_HELDOUT_BATCH) == 27, "the 27 articles of the thirty-sixth held-out batch must say they were moved to dev"
    thirty_seventh = GOLD_FILE.read_text(encoding="utf-8").count("thirty-seventh held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirty_seventh == len(THIRTY_SEVENTH_HELDOUT_BATCH) == 32, "the 32 articles of the thirty-seventh held-out batch must say they were moved to dev"
    thirty_eighth = GOLD_FILE.read_text(encoding="utf-8").count("thirty-eighth held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirty_eighth == len(THIRTY_EIGHTH_HELDOUT_BATCH) == 24, "the 24 articles of the thirty-eighth held-out batch must say they were moved to dev"
    thirty_ninth = GOLD_FILE.read_text(encoding="utf-8").count("thirty-ninth held-out batch of 2026-12-06: scored once, moved to dev")
    assert thirty_ninth == len(THIRTY_NINTH_HELDOUT_BATCH) == 24, "the 24 articles of the thirty-ninth held-out batch must say they were moved to dev"
    fortieth = GOLD_FILE.read_text(encoding="utf-8").count("fortieth held-out batch of 2026-12-06: scored once, moved to dev")
    assert fortieth == len(FORTIETH_HELDOUT_BATCH) == 24, "the 24 articles of the fortieth held-out batch must say they were moved to dev"
    forty_first = GOLD_FILE.read_text(encoding="utf-8").count("forty-first held-out batch of 2026-12-06: scored once, moved to dev")
    assert forty_first == len(FORTY_FIRST_HELDOUT_BATCH) == 24, "the 24 articles of the forty-first held-out batch must say they were moved to dev"
    forty_second = GOLD_FILE.read_text(encoding="utf-8").count("forty-second held-out batch of 2026-12-06: scored once, moved to dev")
    assert forty_second == len(FORTY_SECOND_HELDOUT_BATCH) == 24, "the 24 articles of the forty-second held-out batch must say they were moved to dev"
    forty_third = GOLD_FILE.read_text(encoding="utf-8").count("forty-third held-out batch of 2026-12-06: scored once, moved to dev")
    assert forty_third == len(FORTY_THIRD_HELDOUT_BATCH) == 24, "the 24 articles of the forty-third held-out batch must say they were moved to dev"
    forty_fourth = GOLD_FILE.read_text(encoding="utf-8").count("forty-fourth held-out batch of 2026-12-06: scored once, moved to dev")
    assert forty_fourth == len(FORTY_FOURTH_HELDOUT_BATCH) == 24, "the 24 articles of the forty-fourth held-out batch must say they were moved to dev"
    forty_fifth = GOLD_FILE.read_text(encoding="utf-8").count("forty-fifth held-out batch of 2026-12-06: scored once, moved to dev")
    assert forty_fifth == len(FORTY_FIFTH_HELDOUT_BATCH) == 24, "the 24 articles of the forty-fifth held-out batch must say they were moved to dev"
    forty_sixth = GOLD_FILE.read_text(encoding="utf-8").count("forty-sixth held-out batch of 2026-12-06: scored once, moved to dev")
    assert forty_sixth == len(FORTY_SIXTH_HELDOUT_BATCH) == 24, "the 24 articles of the forty-sixth held-out batch must say they were moved to dev"
    forty_seventh = GOLD_FILE.read_text(encoding="utf-8").count("forty-seventh held-out batch of 2026-12-06: scored once, moved to dev")
    assert forty_seventh == len(FORTY_SEVENTH_HELDOUT_BATCH) == 24, "the 24 articles of the forty-seventh held-out batch must say they were moved to dev"
    forty_eighth = GOLD_FILE.read_text(encoding="utf-8").count("forty-eighth held-out batch of 2026-12-07: scored once, moved to dev")
    assert forty_eighth == len(FORTY_EIGHTH_HELDOUT_BATCH) == 24, "the 24 articles of the forty-eighth held-out batch must say they were moved to dev"
    forty_ninth = GOLD_FILE.read_text(encoding="utf-8").count("forty-ninth held-out batch of 2026-12-07: scored once, moved to dev")
    assert forty_ninth == len(FORTY_NINTH_HELDOUT_BATCH) == 24, "the 24 articles of the forty-ninth held-out batch must say they were moved to dev"
    fiftieth = GOLD_FILE.read_text(encoding="utf-8").count("fiftieth held-out batch of 2026-12-07: scored once, moved to dev")
    assert fiftieth == len(FIFTIETH_HELDOUT_BATCH) == 24, "the 24 articles of the fiftieth held-out batch must say they were moved to dev"
    fifty_first = GOLD_FILE.read_text(encoding="utf-8").count("fifty-first held-out batch of 2026-12-07: scored once, moved to dev")
    assert fifty_first == len(FIFTY_FIRST_HELDOUT_BATCH) == 24, "the 24 articles of the fifty-first held-out batch must say they were moved to dev"
    fifty_second = GOLD_FILE.read_text(encoding="utf-8").count("fifty-second held-out batch of 2026-12-07: scored once, moved to dev")
    assert fifty_second == len(FIFTY_SECOND_HELDOUT_BATCH) == 24, "the 24 articles of the fifty-second held-out batch must say they were moved to dev"
    fifty_third = GOLD_FILE.read_text(encoding="utf-8").count("fifty-third held-out batch of 2026-12-07: scored once, moved to dev")
    assert fifty_third == len(FIFTY_THIRD_HELDOUT_BATCH) == 24, "the 24 articles of the fifty-third held-out batch must say they were moved to dev"
    fifty_fourth = GOLD_FILE.read_text(encoding="utf-8").count("fifty-fourth held-out batch of 2026-12-07: scored once, moved to dev")
    assert fifty_fourth == len(FIFTY_FOURTH_HELDOUT_BATCH) == 24, "the 24 articles of the fifty-fourth held-out batch must say they were moved to dev"
    fifty_fifth = GOLD_FILE.read_text(encoding="utf-8").count("fifty-fifth held-out batch of 2026-12-07: scored once, moved to dev")
    assert fifty_fifth == len(FIFTY_FIFTH_HELDOUT_BATCH) == 24, "the 24 articles of the fifty-fifth held-out batch must say they were moved to dev"
    fifty_sixth = GOLD_FILE.read_text(encoding="utf-8").count("fifty-sixth held-out batch of 2026-12-07: scored once, moved to dev")
    assert fifty_sixth == len(FIFTY_SIXTH_HELDOUT_BATCH) == 24, "the 24 articles of the fifty-sixth held-out batch must say they were moved to dev"
    fifty_seventh = GOLD_FILE.read_text(encoding="utf-8").count("fifty-seventh held-out batch of 2026-12-07: scored once, moved to dev")
    assert fifty_seventh == len(FIFTY_SEVENTH_HELDOUT_BATCH) == 15, "the 15 articles of the fifty-seventh held-out batch must say they were moved to dev"
    fifty_eighth = GOLD_FILE.read_text(encoding="utf-8").count("fifty-eighth held-out batch of 2026-12-07: scored once, moved to dev")
    assert fifty_eighth == len(FIFTY_EIGHTH_HELDOUT_BATCH) == 24, "the 24 articles of the fifty-eighth held-out batch must say they were moved to dev"
    fifty_ninth = GOLD_FILE.read_text(encoding="utf-8").count("fifty-ninth held-out batch of 2026-12-07: scored once, moved to dev")
    assert fifty_ninth == len(FIFTY_NINTH_HELDOUT_BATCH) == 24, "the 24 articles of the fifty-ninth held-out batch must say they were moved to dev"
    sixtieth = GOLD_FILE.read_text(encoding="utf-8").count("sixtieth held-out batch of 2026-12-07: scored once, moved to dev")
    assert sixtieth == len(SIXTIETH_HELDOUT_BATCH) == 21, "the 21 articles of the sixtieth held-out batch must say they were moved to dev"
    sixty_first = GOLD_FILE.read_text(encoding="utf-8").count("sixty-first held-out batch of 2026-12-07: scored once, moved to dev")
    assert sixty_first == len(SIXTY_FIRST_HELDOUT_BATCH) == 23, "the 23 articles of the sixty-first held-out batch must say they were moved to dev"
    sixty_second = GOLD_FILE.read_text(encoding="utf-8").count("sixty-second held-out batch of 2026-12-07: scored once, moved to dev")
    assert sixty_second == len(SIXTY_SECOND_HELDOUT_BATCH) == 21, "the 21 articles of the sixty-second held-out batch must say they were moved to dev"
    sixty_third = GOLD_FILE.read_text(encoding="utf-8").count("sixty-third held-out batch of 2026-12-07: scored once, moved to dev")
    assert sixty_third == len(SIXTY_THIRD_HELDOUT_BATCH) == 24, "the 24 articles of the sixty-third held-out batch must say they were moved to dev"
    sixty_fourth = GOLD_FILE.read_text(encoding="utf-8").count("sixty-fourth held-out batch of 2026-12-07: scored once, moved to dev")
    assert sixty_fourth == len(SIXTY_FOURTH_HELDOUT_BATCH) == 23, "the 23 articles of the sixty-fourth held-out batch must say they were moved to dev"
    sixty_fifth = GOLD_FILE.read_text(encoding="utf-8").count("sixty-fifth held-out batch of 2026-12-07: scored once, moved to dev")
    assert sixty_fifth == len(SIXTY_FIFTH_HELDOUT_BATCH) == 23, "the 23 articles of the sixty-fifth held-out batch must say they were moved to dev"
    sixty_sixth = GOLD_FILE.read_text(encoding="utf-8").count("sixty-sixth held-out batch of 2026-12-07: scored once, moved to dev")
    assert sixty_sixth == len(SIXTY_SIXTH_HELDOUT_BATCH) == 23, "the 23 articles of the sixty-sixth held-out batch must say they were moved to dev"
    sixty_seventh = GOLD_FILE.read_text(encoding="utf-8").count("sixty-seventh held-out batch of 2026-12-08: scored once, moved to dev")
    assert sixty_seventh == len(SIXTY_SEVENTH_HELDOUT_BATCH) == 24, "the 24 articles of the sixty-seventh held-out batch must say they were moved to dev"
    sixty_eighth = GOLD_FILE.read_text(encoding="utf-8").count("sixty-eighth held-out batch of 2026-12-08: scored once, moved to dev")
    assert sixty_eighth == len(SIXTY_EIGHTH_HELDOUT_BATCH) == 24, "the 24 articles of the sixty-eighth held-out batch must say they were moved to dev"
    sixty_ninth = GOLD_FILE.read_text(encoding="utf-8").count("sixty-ninth held-out batch of 2026-12-08: scored once, moved to dev")
    assert sixty_ninth == len(SIXTY_NINTH_HELDOUT_BATCH) == 23, "the 23 articles of the sixty-ninth held-out batch must say they were moved to dev"
    seventieth = GOLD_FILE.read_text(encoding="utf-8").count("seventieth held-out batch of 2026-12-08: scored once, moved to dev")
    assert seventieth == len(SEVENTIETH_HELDOUT_BATCH) == 23, "the 23 articles of the seventieth held-out batch must say they were moved to dev"
    seventy_first = GOLD_FILE.read_text(encoding="utf-8").count("seventy-first held-out batch of 2026-12-08: scored once, moved to dev")
    assert seventy_first == len(SEVENTY_FIRST_HELDOUT_BATCH) == 23, "the 23 articles of the seventy-first held-out batch must say they were moved to dev"


def test_gold_file_header_documents_fields():
    head = GOLD_FILE.read_text(encoding="utf-8").split("articles:")[0]
    for field in ("split", "quotes", "not_quotes", "attributions", "seams", "sentences", "furniture"):
        assert field in head


def test_small_cases_are_complete():
    cases = load_small_cases()
    assert len(cases) >= 20
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "small case ids must be unique"
    for c in cases:
        assert c["task"] in ("quotes", "attributions", "sentences", "text", "seams", "templates"), c["id"]
        assert isinstance(c["input"], (str, dict)) and c["input"], c["id"]
        assert isinstance(c["expected"], dict) and c["expected"], c["id"]
        if isinstance(c["input"], str):
            for key in ("quote", "speaker", "cue"):
                value = c["expected"].get(key)
                if isinstance(value, str) and key != "speaker":
                    assert value in c["input"], f"{c['id']}: expected {key} {value!r} is not in the input"


@pytest.mark.parametrize("predicted, quote, verdict", [
    ("Billy Stover", {"speaker": "Billy Stover"}, "right"),
    ("Stover", {"speaker": "Billy Stover"}, "right"),
    ("Dr. Danielle May", {"speaker": "Danielle May"}, "right"),
    ("al-Sadr", {"speaker": "Muqtada al-Sadr"}, "right"),
    ("the spokesperson", {"speaker": "A Scottish Fire and Rescue Service spokesperson", "aliases": ["the spokesperson"]}, "right"),
    ("Nickelle Reid", {"speaker": "Nicki Reid", "aliases": ["Nickelle Reid"]}, "right"),
    ("NASA Administrator Bill Nelson", {"speaker": "Bill Nelson"}, "right"),
    ("FBI", {"speaker": "the FBI"}, "right"),
    ("Zhou Shuguang", {"speaker": "Zhou “Zuola” Shuguang"}, "right"),
    ("the FBI", {"speaker": "FBI"}, "right"),
    ("the CIA", {"speaker": "the FBI"}, "wrong"),
    ("Wallops Flight", {"speaker": "Sarah Wright"}, "wrong"),
    ("Pascagoula High School", {"speaker": "students at Pascagoula High School"}, "wrong"),
    ("N", {"speaker": "Jericho Locke"}, "wrong"),
    ("Tom Berg", {"speaker": "Lena Ortiz"}, "wrong"),
    ("Biden and Kishida", {"speaker": "President Biden and Prime Minister Kishida"}, "right"),
    ("Kishida", {"speaker": "President Biden and Prime Minister Kishida"}, "wrong"),
    ("Biden and Abe", {"speaker": "President Biden and Prime Minister Kishida"}, "wrong"),
    # (a list of signers, with or without the comma before "and" and the generation after a name)
    ("Ana Ruiz, Tom Berg and Lia Cole", {"speaker": "Ana Ruiz, Tom Berg, Jr, and Lia Cole"}, "right"),
    ("Ana Ruiz, Tom Berg and Lia Cole", {"speaker": "Ana Ruiz, Tom Berg, Jr, and Mia Cole"}, "wrong"),
    (None, {"speaker": "Lena Ortiz"}, "unknown"),
    ("", {"speaker": "Lena Ortiz"}, "unknown"),
    (float("nan"), {"speaker": "Lena Ortiz"}, "unknown"),
    (None, {"speaker": None}, "right"),
    ("Lena Ortiz", {"speaker": None}, "wrong"),
])
def test_speaker_verdict(predicted, quote, verdict):
    assert speaker_verdict(predicted, quote) == verdict
