"""YAML with line numbers, so every complaint about a YAML file can say which line.

PyYAML's ``compose`` keeps the position of every node; we build plain Python data
from it and remember the line of every key, so a validator can report
``exercises/x.yaml:7: points: must be a positive number``.
"""

from __future__ import annotations

from typing import Any

import yaml

class YamlSyntaxError(ValueError):
    """The text is not valid YAML. ``line`` is 1-based."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


def _build(node: yaml.Node, path: tuple, lines: dict, scalar) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = {}
        for key_node, value_node in node.value:
            key = scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            out[key] = _build(value_node, path + (key,), lines, scalar)
            lines[path + (key,)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), lines, scalar) for i, item in enumerate(node.value)]
    return scalar(node)


#: YAML 1.1 words PyYAML reads as booleans; YAML 1.2 (and every author writing a choice
#: ``yes:`` or a label ``no``) means the word. Only true/false are booleans here.
_WORD_BOOLEANS = {"yes", "no", "on", "off", "y", "n"}


def _scalars():
    """A function turning scalar nodes into values, for one document (one constructor, not one per scalar)."""
    constructor = yaml.constructor.SafeConstructor()

    def scalar(node: yaml.ScalarNode) -> Any:
        # a plain scalar: style None from the Python parser, "" from libyaml
        if node.tag == "tag:yaml.org,2002:bool" and not node.style and node.value.lower() in _WORD_BOOLEANS:
            return node.value
        try:
            return constructor.construct_object(node, deep=True)
        finally:
            constructor.constructed_objects.clear()
            constructor.recursive_objects.clear()

    return scalar


#: libyaml's parser (C) when PyYAML has it, the pure-Python one otherwise: the same nodes, tags
#: and line numbers (tests/test_yaml.py compares them), about ten times faster. A text libyaml
#: refuses is parsed again in Python, so every syntax error is worded (and placed) as before.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _compose(text: str):
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def load_with_lines(text: str, first_line: int = 1) -> tuple[Any, dict]:
    """Parse YAML ``text``; return ``(data, lines)``.

    ``lines`` maps a path into the data (a tuple of keys and indexes) to the
    1-based line where it starts; ``first_line`` shifts every line number (for
    front matter that starts below the top of a file).

    >>> data, lines = load_with_lines("id: mosul\\ncity: Mosul\\n")
    >>> data["city"], lines[("city",)]
    ('Mosul', 2)
    """
    try:
        node = _compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = (mark.line + first_line) if mark is not None else first_line
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlSyntaxError(f"YAML syntax error: {what}", line) from None
    if node is None:
        return None, {(): first_line}
    lines: dict = {}
    try:
        data = _build(node, (), lines, _scalars())
    except yaml.YAMLError as exc:  # (a tag no safe loader knows: "!---", "!!python/object")
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = (mark.line + first_line) if mark is not None else first_line
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlSyntaxError(f"YAML syntax error: {what} (a value starting with '!' is read as a YAML tag: "
                              "put the value in quotes)", line) from None
    if first_line != 1:
        lines = {k: v + first_line - 1 for k, v in lines.items()}
    return data, lines


def line_of(lines: dict, path: tuple, default: int = 1) -> int:
    """The line of ``path``, or of its nearest parent that has one.

    >>> line_of({(): 1, ("a",): 4}, ("a", 0, "b"))
    4
    """
    path = tuple(path)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get((), default)
