"""The classroom: what an instructor does with the kit, and the capstone report.

What is here: the student copy (:mod:`.release`, with its leak scan :mod:`.leaks` and
its README, Makefile and pyproject :mod:`.student_copy`), collecting and scoring
submissions into a gradebook (:mod:`.gradebook`, reading files in
:mod:`.submissions`, students matched by :mod:`.roster`), hand scores for short
answers (:mod:`.handscoring`, scored in a notebook with :mod:`.scoring_widget`),
the class report (:mod:`.report`), one feedback page per student
(:mod:`.feedback_pages`), LMS-ready CSV files (:mod:`.lms`), the live class view
(:mod:`.classview`), worked solutions for instructors (:mod:`.worked`), and the
capstone's one-page report that joins a student's answers with the analysis
(:mod:`.capstone`).

May import: every other part (:mod:`medialit.exercises`, :mod:`medialit.analysis`,
:mod:`medialit.corpus`) and the shared top-level modules. Nothing imports from here
but the command line (:mod:`medialit.cli`) and ``medialit/__init__.py``.
"""
