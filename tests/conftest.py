"""Shared fixtures. Tests never write into the kit's own progress/ folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

KIT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_progress(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path_factory.mktemp("progress")))


@pytest.fixture
def articles_copy(tmp_path) -> Path:
    """A writable copy of the kit's articles/ folder."""
    dest = tmp_path / "articles"
    shutil.copytree(KIT / "articles", dest)
    return dest


# The kit's own exercises. Tests check these as a floor: none may go missing, and exercises a
# teacher adds to exercises/ (exercises/README.md) are checked like any other, never counted against.
KIT_EXERCISES = frozenset(f"{lesson}-{rest}" for lesson, names in {
    "00": ["1-dateline", "2-vague-attributions", "3-named-voices", "4-israel-passage", "5-article-parts",
           "6-what-is-missing"],
    "01": ["1-news-anatomy", "2-opening-formula", "3-missing-parts", "4-vague-time", "5-template-slots",
           "6-mirror-turn", "7-why-it-matters"],
    "02": ["1-who-is-quoted", "2-control-voices", "3-mosul-sources", "4-checkable-claim", "5-no-trace",
           "6-mosul-expert", "7-calibrated-basra"],
    "03": ["1-two-vocabularies", "2-label-or-description", "3-rewrite-both-ways", "4-frame-dimensions",
           "5-entman-treatment", "6-seam-reading", "7-self-describing", "8-pick-inserted"],
    "04": ["1-template-slot", "2-shared-phrases", "3-compute-similarity", "4-what-stays-constant",
           "5-disarm-labels", "6-persona-calibrated", "7-spot-the-insertion", "8-why-coordination"],
    "05": ["1-structure", "2-named-voices", "3-vague-sources", "4-pick-inserted", "5-framing", "6-compare",
           "7-conclusion"],
}.items() for rest in names)


@pytest.fixture(scope="session")
def kit_exercises() -> frozenset[str]:
    """The ids of the kit's own exercises (43; 34 of them auto-scored)."""
    return KIT_EXERCISES


@pytest.fixture(scope="session")
def kit_auto_scored(kit_exercises) -> frozenset[str]:
    """The kit's own auto-scored exercises: every type but short_text (34)."""
    from medialit.exercises.practice import AUTO_TYPES
    from medialit.exercises.workbook import Workbook

    wb = Workbook(KIT)
    return frozenset(e for e in kit_exercises if wb.exercise(e).type in AUTO_TYPES)
