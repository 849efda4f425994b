"""Pytest set-up shared by the tests and the doctests in medialit/.

Doctests of the exercise functions call ``check()``, which saves answers: point
the progress folder at a temporary directory so no test ever writes into the
kit's own ``progress/``.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _doctest_progress(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path_factory.mktemp("doctest-progress")))
    monkeypatch.delenv("MEDIALIT_STUDENT", raising=False)
