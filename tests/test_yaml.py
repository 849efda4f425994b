"""YAML with line numbers: libyaml's parser reads every kit file exactly as the Python parser does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from medialit import _yaml
from medialit._yaml import YamlSyntaxError, load_with_lines

KIT = Path(__file__).resolve().parents[1]
FILES = sorted(p for folder in ("exercises", "solutions", "articles", "medialit", "tests")
               for p in (KIT / folder).rglob("*.y*ml"))
BROKEN = [
    "type: number\nprompt: [unclosed\n",
    "a: 1\n  b: 2\n",
    "a: b: c\n",
    "- a\nb: 1\n",
    "a: 'open\n",
    "a:\n\t- b\n",
    "a: *nowhere\n",
    "{a: 1\n",
    "a: 1\na: 2\nb: [1, 2\n",
]


def _load(text: str, fast: bool, monkeypatch):
    monkeypatch.setattr(_yaml, "_FAST_LOADER", getattr(yaml, "CSafeLoader", None) if fast else None)
    try:
        return load_with_lines(text)
    except YamlSyntaxError as exc:
        return ("error", str(exc), exc.line)


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML was built without libyaml")
def test_every_yaml_file_of_the_kit_reads_the_same_with_libyaml(monkeypatch):
    assert len(FILES) > 60
    for path in FILES:
        text = path.read_text(encoding="utf-8-sig")
        if len(text) > 1_000_000:
            # (the real corpus's gold, 7 MB of test data: its header and first entries, cut where an entry begins; the
            # pure-Python parser would take 20 s on the whole, and it grows with every batch)
            text = text[:re.compile(r"^  [a-z0-9][\w-]*:\n", re.M).search(text, 400_000).start()]
        assert repr(_load(text, True, monkeypatch)) == repr(_load(text, False, monkeypatch)), path


TRICKY = [
    "yes: no\non: off\nn: y\nt: true\nnum: 0x1F\nd: 2024-01-02\n",
    "a: &x [1, 2]\nb: *x\nc: !!str 3\nd: ~\ne:\nf: .inf\ng: 1e3\nh: 0o17\ni: 'yes'\n",
    "# comment\nprompt: |\n  Zoë's “quote” — 北京\n  second line\nfolded: >\n  one\n  two\nk: \"a\\tb\"\n",
    "- {a: 1, b: [x, {c: d}]}\n- - nested\n  - list\n- ? complex\n  : key\n",
    "\ufeffid: bom\n", "", "# only a comment\n", "just a scalar\n",
]


@pytest.mark.parametrize("text", BROKEN + TRICKY)
def test_errors_and_values_are_the_same_with_either_parser(text, monkeypatch):
    assert repr(_load(text, True, monkeypatch)) == repr(_load(text, False, monkeypatch))


@pytest.mark.parametrize("text", BROKEN)
def test_a_syntax_error_says_where(text, monkeypatch):
    result = _load(text, True, monkeypatch)
    assert result[0] == "error" and result[1].startswith("YAML syntax error: ") and result[2] >= 1


def test_word_booleans_stay_words():
    data, lines = load_with_lines("choices:\n  yes: Yes, it does\n  no: No\nflag: true\n")
    assert data == {"choices": {"yes": "Yes, it does", "no": "No"}, "flag": True}
    assert lines[("choices", "no")] == 3


def test_an_unknown_tag_is_a_syntax_error_with_its_line():
    # found by tests/corpus/test_source.py's fuzzing ("---\n!---\n---\n"): a value starting with "!" is a YAML tag the
    # safe loader cannot build; the author gets the line and the fix, not PyYAML's ConstructorError
    with pytest.raises(YamlSyntaxError, match="put the value in quotes") as exc:
        load_with_lines("title: Floods\nbyline: !Ana Ruiz\n")
    assert exc.value.line == 2
