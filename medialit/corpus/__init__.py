"""The corpus: articles from bytes on disk to tidy tables.

What is here: reading a file's bytes as text and its front matter or catalogue
entry (:mod:`.source`), splitting paragraphs into sentences (:mod:`.segment`),
the :class:`~.tables.Article` and :class:`~.tables.Corpus` records and their
pandas tables (:mod:`.tables`), loading and checking a folder of articles
(:mod:`.loader`), and the escaped article reader (:mod:`.reader`).

May import: the shared modules at the top of the package (:mod:`medialit.problems`,
``medialit._html``, ``medialit._yaml``, ``medialit._altair``) and nothing else of
the kit; every other part builds on this one.
"""
