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
