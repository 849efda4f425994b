"""The corpus: seeds unchanged, tidy tables with offsets, both layouts, metadata."""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import pandas as pd
import pytest
import yaml

from medialit import Article, CorpusError, load_article, load_corpus
from medialit.corpus.loader import CorpusWarning

KIT_ROOT = Path(__file__).resolve().parents[2]

SEEDS = {  # SHA-256 of the five seed files as collected (../shared/seeds)
    "basra-forum": ("000_4d1a8b5389b4e66c.txt", "143931bffb01f5ef30b32097b0f8a0ef12bf5cf2db10118f75b0b18e3ab4b295"),
    "basra-gaza": ("001_93ec68f33ac78272.txt", "ecbb06c63ec47e1a3133ca8db167003598be327b70ac145ee7847cda81ab176f"),
    "mosul": ("002_3ff9e896d4582ee2.txt", "e36d2e405f03130317432eed298375e6747f2f200b1af7f1dd56e8b22b598a60"),
    "isfahan": ("003_52b844bf4e2e2584.txt", "b3ddb2ccc532df1c5c5834f5fa60ea13cf4dbfaad1a1ed4471867c32196c8b11"),
    "qom": ("004_843d840d5ed5f2d7.txt", "9abc7a04bb55349169d92c5c9e2abbdadb3b3765940a14d58b73dccd9c96b90a"),
}


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.mark.parametrize("article_id", SEEDS)
def test_seed_files_are_byte_for_byte_unchanged(article_id):
    original, sha = SEEDS[article_id]
    data = (KIT_ROOT / "articles" / f"{article_id}.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == sha
    catalogue = yaml.safe_load((KIT_ROOT / "articles" / "catalogue.yaml").read_text(encoding="utf-8"))
    entry = catalogue[f"{article_id}.txt"]
    assert entry["sha256"] == sha and entry["original_file"] == original and entry["kind"] == "seed"


def test_seed_metadata_states_unknowns_and_invents_nothing(corpus):
    seeds = corpus.articles[corpus.articles.kind == "seed"]
    assert len(seeds) == 5
    for field in ("headline", "byline", "date"):
        assert seeds[field].str.startswith("unknown").all()
    assert set(seeds.city) == {"Basra", "Mosul", "Isfahan", "Qom"}
    assert not corpus.problems


def test_paragraph_counts_match_the_brief(corpus):
    counts = corpus.articles.set_index("article_id").n_paragraphs.to_dict()
    assert {k: counts[k] for k in SEEDS} == {"basra-forum": 10, "basra-gaza": 9, "mosul": 10, "isfahan": 11, "qom": 10}


def test_text_is_the_file_for_seeds(corpus):
    for art in corpus:
        if art.kind == "seed":
            assert art.text.encode("utf-8") == art.path.read_bytes()


def test_offsets_point_at_the_text(corpus):
    texts = corpus.articles.set_index("article_id").text
    for row in corpus.paragraphs.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    for row in corpus.sentences.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text


def test_ids_are_stable_and_readable(corpus):
    assert corpus.paragraphs.paragraph_id.iloc[0] == "basra-forum:p1"
    assert corpus.sentences.set_index("sentence_id").loc["mosul:p4:s2", "text"].startswith(
        "Notably, these forums have also highlighted Israel’s role")
    assert corpus.sentences.sentence_id.is_unique and corpus.paragraphs.paragraph_id.is_unique


def test_columns_and_dtypes_are_as_documented(corpus):
    a, p, s = corpus.articles, corpus.paragraphs, corpus.sentences
    assert list(p.columns) == ["article_id", "paragraph_id", "n", "line", "start", "end", "text",
                               "n_sentences", "n_words"]
    assert list(s.columns) == ["article_id", "paragraph_id", "sentence_id", "paragraph", "n", "start", "end",
                               "text", "n_words"]
    for df in (a, p, s):
        for col in df.columns:
            assert str(df[col].dtype) in ("string", "int64"), (col, df[col].dtype)
    assert pd.api.types.is_string_dtype(a.article_id)
    # every documented column is named in the module docstring
    import medialit.corpus.tables as mod
    for col in set(a.columns) | set(p.columns) | set(s.columns):
        assert f"``{col}``" in mod.__doc__, col


def test_tables_are_copies(corpus):
    table = corpus.articles
    table.loc[0, "city"] = "changed"
    assert corpus.articles.loc[0, "city"] != "changed"


def test_unknown_article_lists_the_valid_ids(corpus):
    with pytest.raises(KeyError, match=r"Did you mean 'mosul'.*The corpus has: basra-forum"):
        corpus.article("mosull")


def test_blank_line_layout_joins_lines(tmp_path):
    f = tmp_path / "report.md"
    f.write_text("# A title\n\nFirst line of the lede\ncontinues here. Second sentence.\n\n\n"
                 "Another paragraph.\n", encoding="utf-8")
    art = load_article(f)
    assert [p.text for p in art.paragraphs] == [
        "# A title", "First line of the lede continues here. Second sentence.", "Another paragraph."]
    assert art.paragraphs[1].line == 3 and art.paragraphs[2].line == 7
    assert [s.text for s in art.paragraphs[1].sentences] == [
        "First line of the lede continues here.", "Second sentence."]
    assert art.layout == "paragraphs separated by blank lines"


@pytest.mark.parametrize("encoded", [
    "One.\r\nTwo.\r\n".encode("utf-8"),
    b"\xef\xbb\xbf" + "One.\nTwo.".encode("utf-8"),
    "One.\rTwo.\r".encode("utf-8"),
], ids=["crlf", "bom", "cr"])
def test_line_endings_and_bom(tmp_path, encoded):
    f = tmp_path / "a.txt"
    f.write_bytes(encoded)
    art = load_article(f)
    assert [p.text for p in art.paragraphs] == ["One.", "Two."]
    assert not art.text.startswith("\ufeff")


def test_non_breaking_spaces_are_spaces(tmp_path):
    f = tmp_path / "nbsp.txt"
    f.write_text("Dr.\u00a0Rezaei spoke\u00a0today. Then left.", encoding="utf-8")
    art = load_article(f)
    assert [s.text for s in art.sentences] == ["Dr. Rezaei spoke today.", "Then left."]


def test_front_matter_metadata(tmp_path):
    f = tmp_path / "Local Report.md"
    f.write_text("---\nid: local-report\nkind: control\nheadline: Council approves bridge repair\n"
                 "city: Springfield\n---\nThe council voted on Tuesday.\n", encoding="utf-8")
    art = load_article(f)
    assert art.id == "local-report" and art.kind == "control"
    assert art.label == "Council approves bridge repair"
    assert art.meta["byline"] == "unknown"
    assert art.paragraphs[0].line == 7


def test_id_from_file_name_when_no_metadata(tmp_path):
    f = tmp_path / "Tehrān Report (2).txt"
    f.write_text("Some text.", encoding="utf-8")
    assert load_article(f).id == "tehran-report-2"


def test_instructor_drops_a_file_into_articles(articles_copy):
    (articles_copy / "new-city.txt").write_text("In the city of X, things happened.\nMore.", encoding="utf-8")
    corpus = load_corpus(articles_copy)
    assert "new-city" in corpus.ids and corpus["new-city"].kind == "other"
    assert corpus.ids[:5] == ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]


def test_article_repr_and_paragraph_lookup(corpus):
    art = corpus["mosul"]
    assert isinstance(art, Article) and "10 paragraphs" in repr(art)
    assert art.paragraph(7).text.startswith("“By fostering")
    with pytest.raises(Exception, match="paragraphs 1 to 10"):
        art.paragraph(11)


def test_nothing_loadable_raises_corpus_error_with_problems(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CorpusError) as info:
        load_corpus(tmp_path)
    assert len(info.value.problems) == 1 and "empty.txt:1: file is empty" in str(info.value)


def test_warns_once_and_keeps_the_good_files(articles_copy):
    (articles_copy / "empty.txt").write_bytes(b"")
    (articles_copy / "bad.txt").write_bytes(b"%PDF-1.7 not text")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(articles_copy)
    assert len([w for w in caught if issubclass(w.category, CorpusWarning)]) == 1
    assert len(corpus) == len(load_corpus(warn=False)) and len(corpus.problems) == 2
