"""The leak scan reads what a student reads: decoded cells, folded quotes, undone escapes."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from medialit.classroom.leaks import fold, key_texts, leaked_key_text, readable_text

KIT = Path(__file__).resolve().parents[2]

GOLDEN = [  # (as written somewhere in a copy, as the key has it): each pair must match after folding
    ('He said \\"no trace\\"', 'He said "no trace"'),
    ("He said “no trace”", 'He said "no trace"'),
    ("He said &quot;no trace&quot;", 'He said "no trace"'),
    ("He said\n   *no*   trace", "He said no trace"),
    ("The reporter’s notes — long", "The reporter's notes - long"),
    ("ACCEPT ANY TWO", "Accept any two"),
]


@pytest.mark.parametrize("written,key", GOLDEN)
def test_fold_golden(written, key):
    assert fold(written) == fold(key)


def test_a_notebook_is_read_cell_by_cell_not_as_raw_json(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell('Say "no independent trace found",\nnot '
                                                                        '"fake".')])
    nbformat.write(nb, tmp_path / "x.ipynb")
    raw = (tmp_path / "x.ipynb").read_text(encoding="utf-8")
    assert '"no independent trace found"' not in raw  # the raw JSON escapes the quotes
    assert "say 'no independent trace found', not 'fake'." in readable_text(tmp_path / "x.ipynb")


def test_json_strings_are_decoded(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps({"a": ['line one\nline "two"']}), encoding="utf-8")
    assert "line one line 'two'" in readable_text(tmp_path / "x.json")


def test_a_file_that_is_not_text_is_skipped(tmp_path):
    (tmp_path / "x.bin").write_bytes(b"\xff\xfe\x00")
    assert readable_text(tmp_path / "x.bin") is None


def test_every_key_text_is_caught_in_a_cell_of_any_shape(tmp_path):
    texts = key_texts(KIT)
    assert len(texts) >= 20
    for i, (name, text) in enumerate(texts[:12]):
        folder = tmp_path / f"copy{i}" / "notebooks"
        folder.mkdir(parents=True)
        shown = text.replace(" ", "\n", 3).replace('"', "“", 1)
        nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(shown)]), folder / "n.ipynb")
        [problem] = leaked_key_text(tmp_path / f"copy{i}", KIT)
        assert name in problem.message


def test_a_long_sentence_of_a_key_is_caught_outside_the_articles(tmp_path):
    notes = next(text for name, text in key_texts(KIT) if name == "01-4-vague-time.yaml" and "publication" in text)
    sentence = notes.split(". ")[0] + "."
    assert len(sentence) >= 60
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "lesson.md").write_text(f"Remember: {sentence}", encoding="utf-8")
    assert len(leaked_key_text(tmp_path, KIT)) == 1
    (tmp_path / "notebooks" / "lesson.md").unlink()
    (tmp_path / "articles").mkdir()  # articles may hold a sentence a key quotes; only whole key text counts
    (tmp_path / "articles" / "a.md").write_text(sentence, encoding="utf-8")
    assert leaked_key_text(tmp_path, KIT) == []


def test_the_kit_itself_has_no_leak_outside_solutions():
    for folder in ("notebooks", "exercises", "articles", "medialit"):
        found = [p for p in leaked_key_text(KIT / folder, KIT)
                 if not p.source.endswith((".jsonl",)) and "exercises/README.md" not in p.source]
        assert found == [], folder
