"""Shared HTML helpers: a saved file shows as a sentence with a link (student trial, issue 15)."""

from __future__ import annotations

from pathlib import Path

from medialit._html import SavedFile


def test_a_saved_file_in_the_notebook_folder_is_a_link(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    f = SavedFile(tmp_path / "sub" / "capstone-report-<b>.html")
    html = f._repr_html_()
    assert '<a href="sub/capstone-report-%3Cb%3E.html" target="_blank">sub/capstone-report-&lt;b&gt;.html</a>' in html
    assert "<b>.html" not in html and "PosixPath" not in html
    assert isinstance(f, Path) and f.name == "capstone-report-<b>.html"


def test_a_saved_file_elsewhere_is_named_not_linked(tmp_path, monkeypatch):
    (tmp_path / "lessons").mkdir()
    monkeypatch.chdir(tmp_path / "lessons")
    html = SavedFile(tmp_path / "handin" / "submission.json")._repr_html_()
    assert "<a " not in html and f"<code>{tmp_path / 'handin' / 'submission.json'}</code>" in html
