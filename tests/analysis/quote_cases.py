"""Helpers the quote and source tests share: the speakers find_quotes gives a text's quotes, in order (None when
unclear), the (kind, source) rows find_attributions gives it, and the cues of its vague sources."""

from __future__ import annotations

import pandas as pd

from medialit import find_attributions, find_quotes
from medialit.corpus.loader import load_article


def speakers(tmp_path, text: str) -> list:
    """Write ``text`` to a file in ``tmp_path``, load it as an article and return its quotes' speakers."""
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    q = find_quotes(load_article(path))
    return [None if pd.isna(s) else s for s in q[q.kind == "quote"].speaker.tolist()]


def attribution_rows(tmp_path, text: str) -> list[tuple[str, str]]:
    """Write ``text`` to a file in ``tmp_path``, load it as an article and return its attributions' (kind, source)."""
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    return [(r.kind, r.source) for r in find_attributions(load_article(path)).itertuples()]


def vague_cues(tmp_path, text: str) -> list[str]:
    """Write ``text`` to a file in ``tmp_path``, load it as an article and return the cues of its vague attributions."""
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    at = find_attributions(load_article(path))
    return at[at.kind == "vague"].cue.tolist()
