"""Bad input: each case gives one clear problem (file, line, what, how to fix) and the rest still loads."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit import CorpusError, load_corpus
from medialit.corpus.source import paragraph_spans, read_source

CASES = {
    # name: (bytes, expected line, words the message must contain)
    "empty": (b"", 1, ["file is empty", "paste the article text"]),
    "whitespace only": (b"  \n\n \r\n", 1, ["file is empty"]),
    "binary": (b"\x01\x02\x00\x01\x02 and more", 1, ["binary", "NUL", "UTF-8"]),
    "gif image": (b"GIF89a\x00\x01\x02 and more", 1, ["GIF image", "not pictures of text", ".txt"]),
    "png image": (b"\x89PNG\r\n\x1a\n\x00", 1, ["PNG image", "copy the article text"]),
    "pdf": (b"%PDF-1.7\n...", 1, ["PDF", "copy the article text"]),
    "docx": (b"PK\x03\x04 rest of zip", 1, ["Word", ".txt"]),
    "front matter never closed": (b"---\nid: x\nThe text.\n", 1, ["never ends", "'---'"]),
    "front matter bad yaml": (b"---\nid: x\ncity: [Basra\n---\nText.\n", 3, ["not valid YAML", "quotes"]),
    # (newcomer adv73: a headline that opens with a quote; the message shows the value written again so that it loads)
    "headline opening with a quote": ('---\nheadline: "I still count": a harbour master\'s life\n---\nText.\n'.encode(), 2,
                                      ["not valid YAML", "single quotes", "headline: '\"I still count\": a harbour master''s life'"]),
    # (newcomer adv74: a value whose closing mark was forgotten; YAML reports a later line, the message names the one to fix)
    "quotation mark never closed": (b'---\nheadline: "Port strike ends"\nbyline: "Lena Fischer, Portmere Gazette\n'
                                    b'date: "March 12, 2026"\n---\nText.\n', 3,
                                    ["'byline'", "never closes", 'byline: "Lena Fischer, Portmere Gazette"']),
    "front matter not a mapping": (b"---\n- a\n- b\n---\nText.\n", 2, ["field: value", "list"]),
    "front matter but no text": (b"---\nid: x\n---\n\n", 4, ["no text", "below the closing"]),
}


@pytest.mark.parametrize("name", CASES)
def test_each_bad_file_gives_one_clear_problem(tmp_path, name):
    data, line, words = CASES[name]
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    source, problems = read_source(f, "articles/bad.txt")
    assert source is None and len(problems) == 1
    problem = problems[0]
    assert problem.source == "articles/bad.txt" and problem.line == line, str(problem)
    for word in words:
        assert word in problem.message, (word, str(problem))
    assert str(problem).startswith(f"articles/bad.txt:{line}: ")


def test_file_over_the_size_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("word " * 300, encoding="utf-8")
    _, problems = read_source(f, "big.txt", max_bytes=1000)
    assert "1,500 bytes, over the limit of 1,000" in problems[0].message
    assert "max_bytes" in problems[0].message
    assert len(load_corpus([f], max_bytes=2000, warn=False)) == 1


def test_every_bad_file_is_reported_and_good_ones_load(articles_copy):
    for i, (name, (data, _, _)) in enumerate(CASES.items()):
        (articles_copy / f"bad{i}.txt").write_bytes(data)
    corpus = load_corpus(articles_copy, warn=False)
    assert len(corpus) == len(load_corpus(warn=False))  # every good file of the kit still loads
    assert len(corpus.problems) == len(CASES)


def test_duplicate_ids(articles_copy):
    (articles_copy / "zz-copy.md").write_text("---\nid: mosul\n---\nA copy.\n", encoding="utf-8")
    corpus = load_corpus(articles_copy, warn=False)
    copy, original = sorted(corpus.problems, key=lambda p: p.source, reverse=True)
    assert copy.source.endswith("zz-copy.md") and original.source.endswith("mosul.txt")
    for problem in (copy, original):  # both files are told, and the original keeps its id
        assert "id 'mosul' is claimed by 2 files" in problem.message and "zz-copy.md" in problem.message
    assert corpus["mosul"].path.name == "mosul.txt"


def test_duplicate_id_copy_sorted_first_does_not_replace_the_original(tmp_path):
    (tmp_path / "harbour-ferry.md").write_text("---\nid: harbour-ferry\n---\nThe original.\n", encoding="utf-8")
    (tmp_path / "harbour-ferry-v2.md").write_text("---\nid: harbour-ferry\n---\nThe copy.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, warn=False)
    assert corpus["harbour-ferry"].text.startswith("The original.")
    assert sorted(p.source.rsplit("/", 1)[-1] for p in corpus.problems) == ["harbour-ferry-v2.md", "harbour-ferry.md"]


def test_unknown_and_invalid_fields_are_reported_with_their_line(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ncity: Basra\nheadlnie: Oops\nkind: contrl\nid: Not An Id\n---\nText.\n", encoding="utf-8")
    corpus = load_corpus([f], warn=False)
    messages = {p.line: p.message for p in corpus.problems}
    assert "did you mean 'headline'?" in messages[3]
    assert "did you mean 'control'?" in messages[4] and "seed, control, mirror" in messages[4]
    assert "'not-an-id'" in messages[5]
    assert corpus.ids == ["a"] and corpus["a"].meta["city"] == "Basra"


def test_catalogue_problems(articles_copy):
    cat = articles_copy / "catalogue.yaml"
    cat.write_text(cat.read_text(encoding="utf-8") + "\nmissing.txt:\n  city: Nowhere\n", encoding="utf-8")
    corpus = load_corpus(articles_copy, warn=False)
    [problem] = corpus.problems
    assert problem.source.endswith("catalogue.yaml") and "no such file" in problem.message
    assert problem.line == cat.read_text(encoding="utf-8").splitlines().index("missing.txt:") + 1


def test_changed_seed_is_flagged(articles_copy):
    f = articles_copy / "qom.txt"
    f.write_bytes(f.read_bytes() + b" Edited.")
    corpus = load_corpus(articles_copy, warn=False)
    assert len(corpus) == len(load_corpus(warn=False))  # every good file of the kit still loads
    assert any("has changed since it was catalogued" in p.message for p in corpus.problems)


def test_other_file_types_are_named(articles_copy):
    (articles_copy / "notes.rtf").write_bytes(b"{\\rtf1 text}")
    corpus = load_corpus(articles_copy, warn=False)
    assert "the kit reads .txt, .md, .html, .htm, .docx files" in corpus.problems[0].message


def test_missing_path(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "nope")


# Property: whatever bytes or text a file holds, the loader either loads it with exact
# offsets or reports one of its documented problems; it never raises anything else.
DOCUMENTED = ("file is empty", "binary", "not UTF-8", "UTF-16", "looks like", "front matter",
              "no text", "unknown field", "is not a valid id", "is not a kind", "must be a single value",
              "over the limit")


def _check_file(tmp_path, data: bytes):
    f = tmp_path / "prop.txt"
    f.write_bytes(data)
    try:
        corpus = load_corpus([f], warn=False)
    except CorpusError as exc:
        assert exc.problems
        problems = exc.problems
    else:
        art = next(iter(corpus))
        for p in art.paragraphs:
            assert art.text[p.start:p.end] == p.text and p.text.strip() == p.text and p.text
            for s in p.sentences:
                assert art.text[s.start:s.end] == s.text and s.text
                assert p.start <= s.start < s.end <= p.end
        problems = corpus.problems
    for problem in problems:
        assert any(word in problem.message for word in DOCUMENTED), str(problem)
        assert problem.line >= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_arbitrary_bytes(tmp_path, data):
    _check_file(tmp_path, data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list("ab .,;“”\"'—…?!\n\r\t\u00a0-:#") + ["Dr.", "---\n", "\ufeff", "id: x"]),
                max_size=120).map("".join))
def test_arbitrary_text(tmp_path, text):
    _check_file(tmp_path, text.encode("utf-8"))


@given(st.text(max_size=200))
def test_paragraph_spans_are_exact(body):
    text, spans, _ = paragraph_spans(body.replace("\r", "\n"))
    assert len(text) == len(body)
    for start, end, line in spans:
        assert text[start:end].strip() == text[start:end] != ""
        assert line >= 1


def test_a_signature_on_the_line_under_its_quote_stays_in_its_paragraph():
    # newcomer adv72: a petition's comments, each quote with its signature on the next line ("— Jane Roe, resident"):
    # one paragraph each, as a reader counts them, not a paragraph for every line
    body = ("Below are some comments.\n\n“I have grown tomatoes here for years.”\n— Jane Roe, resident\n\n"
            "“We need shade.”\n— Marcus Bell, teacher\n\nThe Parks Department will decide in May.")
    text, spans, layout = paragraph_spans(body)
    assert [text[s:e] for s, e, _ in spans] == [
        "Below are some comments.", "“I have grown tomatoes here for years.” — Jane Roe, resident",
        "“We need shade.” — Marcus Bell, teacher", "The Parks Department will decide in May."]
    assert layout == "paragraphs separated by blank lines"
