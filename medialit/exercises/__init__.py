"""Exercises: written once in YAML, checked with feedback, every answer kept.

What is here: the schema of exercises and keys (:mod:`.schema`, :mod:`.exercise`,
:mod:`.key`), grading rules (:mod:`.grading`), feedback and hints
(:mod:`.feedback`), the durable answer log and the student's name
(:mod:`.answerlog`), the lesson-facing functions ``check``, ``hint`` and
``solution`` (:mod:`.workbook`), progress and the hand-in file
(:mod:`.progress`), hashed keys for practice copies (:mod:`.practice`), the quiz widget (:mod:`.quiz`), and checks of an exercise
folder (:mod:`.validation`).

May import: :mod:`medialit.corpus` (``pick`` and ``label`` exercises read article
text) and the shared top-level modules; never :mod:`medialit.analysis` or
:mod:`medialit.classroom`. The check path imports no pandas, altair or ipywidgets.
"""
