"""The package's shape: four parts, and imports only go downwards.

``medialit/`` holds one sub-package per part of the kit. The layers, bottom up:

1. the shared top-level modules (``problems``, ``_html``, ``_yaml``, ``_altair``, ``_quoting``): import no other part;
2. ``corpus``: may import the shared modules;
3. ``analysis`` and ``exercises``: may import ``corpus`` and the shared modules, not each other;
4. ``classroom``: may import everything below it.

``cli`` (the command line) and ``medialit/__init__.py`` (the public names) sit on top.
Function-level (lazy) imports count too: they are still dependencies.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "medialit"
SHARED = {"problems", "_html", "_yaml", "_altair", "_chartdraw", "_widgets", "_quoting", "course"}
PARTS = ("corpus", "analysis", "exercises", "classroom")
ALLOWED = {
    "shared": {"shared"},
    "corpus": {"shared", "corpus"},
    "analysis": {"shared", "corpus", "analysis"},
    "exercises": {"shared", "corpus", "exercises"},
    "classroom": {"shared", "corpus", "analysis", "exercises", "classroom"},
}
TOP = {"cli", "__main__", "__init__"}
MAX_LINES = 450  # "about 400": one concept per module


def part_of(dotted: str) -> str | None:
    """The part a module ``medialit.x.y`` belongs to (``None`` for the package itself)."""
    parts = dotted.split(".")
    if parts[0] != "medialit" or len(parts) == 1:
        return None
    head = parts[1]
    if head in PARTS:
        return head
    if head in SHARED:
        return "shared"
    if head in TOP:
        return "top"
    raise AssertionError(f"medialit.{head} is neither a part ({', '.join(PARTS)}) nor a shared module "
                         f"({', '.join(sorted(SHARED))}); put it in the part it belongs to")


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        yield path, ".".join(rel.parts)


def imports_of(path: Path, dotted: str):
    package = dotted.split(".")[:-1]  # for __init__.py: the package itself
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                if node.module is None:  # from . import answerlog
                    for alias in node.names:
                        yield node.lineno, f"{target}.{alias.name}"
                    continue
            else:
                target = node.module or ""
            if target.startswith("medialit"):
                yield node.lineno, target
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("medialit"):
                    yield node.lineno, alias.name


def test_every_module_sits_in_a_part():
    for path, dotted in modules():
        part_of(dotted)


@pytest.mark.parametrize("path,dotted", list(modules()), ids=lambda x: x if isinstance(x, str) else "")
def test_imports_only_go_downwards(path, dotted):
    mine = part_of(dotted)
    if mine in (None, "top"):
        return
    bad = []
    for line, target in imports_of(path, dotted):
        theirs = part_of(target)
        if theirs is None:  # `from medialit import __version__` and the like: the package root
            theirs = "top"
        if theirs not in ALLOWED[mine]:
            bad.append(f"{path.relative_to(PACKAGE.parent)}:{line}: imports {target} ({theirs}); "
                       f"{mine} may import only {', '.join(sorted(ALLOWED[mine]))}")
    assert not bad, "\n".join(bad)


def test_every_part_says_what_it_is_for_and_what_it_may_import():
    for part in PARTS:
        doc = ast.get_docstring(ast.parse((PACKAGE / part / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "May import" in doc, part


def test_no_module_is_too_long_to_read():
    long = [f"{p.relative_to(PACKAGE.parent)}: {n} lines" for p, _ in modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert not long, f"split these along their seams (at most {MAX_LINES} lines):\n" + "\n".join(long)


def test_the_rule_catches_an_upward_import(tmp_path):
    """The checker itself: an analysis module importing the workbook is caught."""
    bad = tmp_path / "medialit" / "analysis" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("def f():\n    from ..exercises.workbook import check\n")
    found = list(imports_of(bad, "medialit.analysis.bad"))
    assert found == [(2, "medialit.exercises.workbook")]
    assert part_of(found[0][1]) not in ALLOWED["analysis"]
