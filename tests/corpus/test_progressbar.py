"""Progress bars for long work (issue 12): shown for large jobs only, closed cleanly on interrupt."""

from __future__ import annotations

import pytest

from medialit.corpus import progressbar
from medialit.corpus.progressbar import SHOW_FROM, steps


def test_small_jobs_show_nothing(capsys):
    with steps(SHOW_FROM, "loading articles") as bar:
        bar.update(SHOW_FROM)
    assert capsys.readouterr().err == ""


def test_large_jobs_show_a_bar_that_says_what_it_is_doing(capsys, monkeypatch):
    monkeypatch.delenv("MEDIALIT_NO_PROGRESS", raising=False)
    with steps(SHOW_FROM + 1, "loading articles") as bar:
        bar.update(SHOW_FROM + 1)
    assert "loading articles" in capsys.readouterr().err


def test_interrupt_closes_the_bar_and_reaches_the_caller(monkeypatch):
    closed = []
    import tqdm

    real_close = tqdm.tqdm.close

    def close(self):
        closed.append(self.desc)
        real_close(self)

    monkeypatch.setattr(tqdm.tqdm, "close", close)
    monkeypatch.setattr(progressbar, "_in_notebook", lambda: False)
    with pytest.raises(KeyboardInterrupt):
        with steps(10, "analysing articles", show=True) as bar:
            bar.update(3)
            raise KeyboardInterrupt
    assert closed == ["analysing articles: stopped"]
