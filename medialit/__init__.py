"""Media Literacy Kit: helpers for lessons on how news articles are built, sourced and framed.

Lessons start with ``from medialit import *``; every name below is documented
and has a runnable example. Heavy libraries (pandas, altair, ipywidgets) load
only when a function needs them, so ``import medialit`` is quick.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it (imported on first use)
_EXPORTS = {
    # corpus
    "load_corpus": "corpus.loader",
    "load_article": "corpus.loader",
    "Corpus": "corpus.tables",
    "Article": "corpus.tables",
    "Paragraph": "corpus.tables",
    "Sentence": "corpus.tables",
    "Problem": "problems",
    "CorpusError": "problems",
    "KitError": "problems",
    "split_sentences": "corpus.segment",
    # reading articles
    "show_article": "corpus.reader",
    "browse_articles": "corpus.reader",
    "article_browser": "corpus.reader",
    "sentence_ids": "corpus.reader",
    # bring your own article (issue 14): what `python -m medialit add` would take from a file
    "preview_import": "corpus.importer",
    # charts
    "paragraph_lengths": "analysis.charts",
    # analysis toolkit (issue 4): quotes, attributions, framing, specificity, seams, templates
    "find_quotes": "analysis.quotes",
    "find_attributions": "analysis.attribution",
    "find_framing": "analysis.lexicon",
    "load_lexicons": "analysis.lexicon",
    "find_anchors": "analysis.specificity",
    "score_specificity": "analysis.specificity",
    "find_seams": "analysis.seams",
    "analyse_corpus": "analysis.batch",
    "SEAM_THRESHOLD": "analysis.seams",
    "shared_phrases": "analysis.template",
    "article_similarity": "analysis.template",
    "paragraph_similarity": "analysis.template",
    "align_template": "analysis.template",
    "cluster_templates": "analysis.template",
    "seam_chart": "analysis.charts",
    "attribution_chart": "analysis.charts",
    "shared_phrase_chart": "analysis.charts",
    "similarity_chart": "analysis.charts",
    "template_chart": "analysis.charts",
    # exercises (issue 3): the check path imports no pandas/altair/ipywidgets
    "check": "exercises.workbook",
    "hint": "exercises.workbook",
    "solution": "exercises.workbook",
    "list_exercises": "exercises.workbook",
    "answers": "exercises.progress",
    "progress": "exercises.progress",
    "export_submission": "exercises.progress",
    "validate_exercises": "exercises.workbook",
    "SolutionUnavailable": "exercises.solution",
    "set_student": "exercises.student",
    "current_student": "exercises.student",
    # who is answering (issue 11)
    "name_key": "exercises.student",
    "whoami": "exercises.nametag",
    "name_box": "exercises.nametag",
    "show": "exercises.quiz",
    "Feedback": "exercises.feedback",
    "ExerciseNotFound": "exercises.schema",
    "ExerciseError": "exercises.schema",
    # lateral reading with offline evidence cards (issue 5)
    "find_evidence": "analysis.evidence",
    "search_evidence": "analysis.evidence",
    "load_cards": "analysis.evidence",
    # lesson 01: checkable anchors per paragraph, as a chart (issue 5)
    "specificity_chart": "analysis.specificity_chart",
    "specificity_table": "analysis.specificity_chart",
    # the capstone's one-page report (issue 6)
    "article_measures": "classroom.capstone",
    "save_report": "classroom.capstone",
    "report_html": "classroom.capstone",
    "shared_with": "classroom.capstone",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'medialit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
