"""Many articles at once: every per-article analysis over a corpus, one table per analysis.

:func:`analyse_corpus` runs the analyses a lesson runs on one article (quotes, attributions,
seams, framing, specificity, anchors) on every article of a corpus and joins the results,
so a class can look at a whole folder of news at once. The tables are exactly what the
one-article functions give, one after the other in corpus order (a test checks this).

Large corpora (:data:`PARALLEL_FROM` articles or more) are analysed by one process per core,
like loading; the work shows a progress bar, and Ctrl-C (or the notebook's stop button) stops
it cleanly and returns nothing half-done.

>>> tables = analyse_corpus(["mosul", "qom"], ["seams", "quotes"])
>>> sorted(tables), tables["seams"].article_id.unique().tolist()
(['quotes', 'seams'], ['mosul', 'qom'])
"""

from __future__ import annotations

import difflib
import importlib
import os
from typing import Iterable

import pandas as pd

from ._text import as_articles
from ..problems import KitError

#: The analyses :func:`analyse_corpus` runs (short name -> ``module.function``), in this order.
ANALYSES = {
    "quotes": "quotes.find_quotes",
    "attributions": "attribution.find_attributions",
    "seams": "seams.find_seams",
    "framing": "lexicon.find_framing",
    "specificity": "specificity.score_specificity",
    "anchors": "specificity.find_anchors",
}
#: Corpora with at least this many articles are analysed by several processes (one per core).
PARALLEL_FROM = 300


def _function(name: str):
    module, func = ANALYSES[name].rsplit(".", 1)
    return getattr(importlib.import_module(f".{module}", __package__), func)


def _analyse(arts: list, names: list[str]) -> dict[str, list[pd.DataFrame]]:
    funcs = [(n, _function(n)) for n in names]
    out: dict[str, list[pd.DataFrame]] = {n: [] for n in names}
    for art in arts:
        for n, f in funcs:
            out[n].append(f(art))
    return out


def _chunk(arts: list, names: list[str]) -> dict[str, pd.DataFrame]:
    """One worker's share, joined (fewer, larger tables travel faster between processes)."""
    return {n: _join(frames, n) for n, frames in _analyse(arts, names).items()}


#: The articles being analysed, for worker processes forked from this one: they read their share
#: from here instead of receiving it pickled (copying a thousand articles costs about a second).
_SHARED: list = []


def _chunk_at(bounds: tuple[int, int], names: list[str]) -> dict[str, pd.DataFrame]:
    return _chunk(_SHARED[bounds[0]:bounds[1]], names)


def _names(analyses: "Iterable[str] | str | None") -> list[str]:
    if analyses is None:
        return list(ANALYSES)
    if isinstance(analyses, str):
        analyses = [analyses]
    names = []
    for a in analyses:
        key = a[5:] if a.startswith("find_") else {"score_specificity": "specificity"}.get(a, a)
        if key not in ANALYSES:
            close = difflib.get_close_matches(key, ANALYSES, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise KitError(f"There is no analysis {a!r}.{hint} The analyses are: {', '.join(ANALYSES)}.")
        if key not in names:
            names.append(key)
    return names


def analyse_corpus(corpus: "object | None" = None, analyses: "Iterable[str] | str | None" = None, *,
                   progress: "bool | None" = None, workers: "int | None" = None) -> dict[str, pd.DataFrame]:
    """Every per-article analysis over a corpus: ``{name: table}``, each table the rows of all articles.

    ``corpus``: a Corpus, a folder, a list of ids, paths or Articles, or ``None`` (the kit's
    articles). ``analyses``: names from :data:`ANALYSES` (``"seams"``; ``"find_seams"`` works
    too), default all six. ``progress``: ``True``/``False`` to force the progress bar (default:
    shown for more than 300 articles). ``workers``: processes to use (default: one per core
    from :data:`PARALLEL_FROM` articles on, else 1).

    Each table has the columns and dtypes of its function (:func:`find_quotes`,
    :func:`find_attributions`, :func:`find_seams`, :func:`find_framing`,
    :func:`score_specificity`, :func:`find_anchors`), with a fresh index; rows come in corpus
    order. Raises :class:`~medialit.problems.KitError` for an unknown analysis name (the
    message lists the names).

    >>> analyse_corpus("mosul", "seams")["seams"].query("flagged").paragraph.tolist()
    [4, 8]
    """
    from ..corpus.progressbar import steps

    names = _names(analyses)
    arts = as_articles(corpus)
    n = len(arts)
    if workers is None:
        workers = min(os.cpu_count() or 1, 8) if n >= PARALLEL_FROM else 1
    parts: list[dict[str, pd.DataFrame]] = []
    with steps(n, "analysing articles", show=progress) as bar:
        if workers >= 2 and n >= 2:
            from concurrent.futures import ProcessPoolExecutor

            import multiprocessing

            size = max(1, min(50, -(-n // (workers * 4))))
            bounds = [(i, min(i + size, n)) for i in range(0, n, size)]
            forked = multiprocessing.get_start_method() == "fork"  # workers see this process's memory
            if forked:  # import the analyses once here, not once in every worker
                [_function(name) for name in names]
            func, chunks = (_chunk_at, bounds) if forked else (_chunk, [arts[a:b] for a, b in bounds])
            try:
                pool = ProcessPoolExecutor(max_workers=workers)
            except (OSError, RuntimeError):  # no processes allowed here: analyse in this one
                pool = None
            if pool is not None:
                _SHARED[:] = arts
                try:
                    for (a, b), part in zip(bounds, pool.map(func, chunks, [names] * len(chunks))):
                        parts.append(part)
                        bar.update(b - a)
                except BaseException:
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
                finally:
                    _SHARED.clear()
                pool.shutdown()
        if not parts:
            for start in range(0, n, 25):
                chunk = arts[start:start + 25]
                parts.append(_chunk(chunk, names))
                bar.update(len(chunk))
    return {name: _join([p[name] for p in parts if name in p], name) for name in names}


def _join(frames: list[pd.DataFrame], name: str) -> pd.DataFrame:
    """The tables one after the other (empty ones left out: pandas would guess their dtypes)."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return _empty(name)
    return frames[0].reset_index(drop=True) if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def _empty(name: str) -> pd.DataFrame:
    module, func = ANALYSES[name].rsplit(".", 1)
    mod = importlib.import_module(f".{module}", __package__)
    columns = {"find_anchors": "ANCHOR_COLUMNS", "score_specificity": "SCORE_COLUMNS"}.get(func, "COLUMNS")
    from ._text import typed

    return typed([], getattr(mod, columns))
