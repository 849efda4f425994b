"""Analysis: what a careful reader sees in an article, as tables and charts.

What is here: quotes and their speakers (:mod:`.quotes`), who is cited and how
(:mod:`.attribution`), word-choice lexicons and their YAML lists
(:mod:`.lexicon`, ``lexicons/``), checkable detail (:mod:`.specificity`),
passages that turn away from the article's subject (:mod:`.seams`), shared
templates across articles (:mod:`.template`), offline evidence cards for
lateral reading (:mod:`.evidence`), and the charts that draw these findings
(:mod:`.charts`, :mod:`.specificity_chart`).

May import: :mod:`medialit.corpus` and the shared top-level modules; never
:mod:`medialit.exercises` or :mod:`medialit.classroom`.
"""
