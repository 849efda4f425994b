"""Lexicon: the editable framing lists and find_framing."""

from __future__ import annotations

import pytest

from medialit import find_framing, load_lexicons
from medialit.analysis.lexicon import LEXICON_DIR, LexiconError


def test_every_list_has_a_source_note_and_terms():
    lexicons = load_lexicons()
    assert {"hedges", "boosters", "loaded", "stock_phrases", "self_describing"} <= set(lexicons)
    for lex in lexicons.values():
        assert lex.source and lex.description and lex.terms, lex.name
        assert len(set(lex.terms)) == len(lex.terms), f"duplicate terms in {lex.name}"
    assert "Hyland" in lexicons["hedges"].source and "Hyland" in lexicons["boosters"].source
    assert "SemEval-2020 Task 11" in lexicons["loaded"].source


@pytest.mark.parametrize("article, paragraph, words", [
    ("mosul", 8, "subtly underscore"), ("qom", 6, "subtly underscores"), ("isfahan", 1, "subtly authored")])
def test_self_describing_persuasion(article, paragraph, words):
    f = find_framing(article, lists="self_describing")
    assert words in f.loc[f.paragraph == paragraph, "text"].tolist()


def test_the_inserted_passages_use_the_security_vocabulary():
    f = find_framing("basra-forum", lists=["security_frame"])
    assert set(f.paragraph) == {5, 6}
    assert {"defensive actions", "security concerns"} <= set(f.text)


def test_stock_phrases_with_wildcards_and_gaps():
    f = find_framing("mosul", lists="stock_phrases")
    assert "rich historical tapestry" in f.text.tolist()  # "rich ... tapestry"
    assert "a beacon of hope" in f.text.tolist()


def test_offsets_and_columns():
    from medialit.analysis._text import as_article

    art = as_article("isfahan")
    f = find_framing(art)
    for r in f.itertuples():
        assert art.text[r.start:r.end] == r.text
    assert list(f.columns) == ["article_id", "paragraph", "sentence_id", "list", "label", "term", "text",
                               "start", "end", "reason"]


def test_an_instructor_can_add_lists_in_yaml_and_csv(tmp_path):
    (tmp_path / "mine.yaml").write_text("name: mine\nlabel: Mine\ndescription: test\nsource: me\n"
                                        "terms:\n  - reconstructer*\n  - qum\n", encoding="utf-8")
    (tmp_path / "more.csv").write_text("name,label,description,source,term\nmore,More,test,me,beacon of hope\n",
                                       encoding="utf-8")
    f = find_framing("mosul", lexicons=tmp_path)
    assert f.text.tolist() == ["reconstructers", "beacon of hope"]
    assert find_framing("qom", lexicons=tmp_path, lists="mine").text.tolist() == ["Qum"]


def test_unknown_list_names_the_lists():
    with pytest.raises(LexiconError, match="hedges"):
        find_framing("mosul", lists="hedge")


@pytest.mark.parametrize("content, message", [
    ("name: [unclosed\n", "cannot be read as YAML"),
    ("name: x\nterms: not a list\n", "needs the fields"),
    ("name: x\nterms:\n  - a\n", "source"),
])
def test_bad_lexicon_files_say_what_to_fix(tmp_path, content, message):
    (tmp_path / "bad.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicons(tmp_path)


def test_the_kit_lists_ship_with_the_package():
    assert (LEXICON_DIR / "README.md").exists()
    assert len(list(LEXICON_DIR.glob("*.yaml"))) >= 5
