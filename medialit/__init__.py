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
    "load_corpus": "corpus",
    "load_article": "corpus",
    "Corpus": "corpus",
    "Article": "corpus",
    "Paragraph": "corpus",
    "Sentence": "corpus",
    "Problem": "problems",
    "CorpusError": "problems",
    "KitError": "problems",
    "split_sentences": "segment",
    # reading articles
    "show_article": "reader",
    "browse_articles": "reader",
    "article_browser": "reader",
    # charts
    "paragraph_lengths": "charts",
    # analysis toolkit (issue 4): quotes, attributions, framing, specificity, seams, templates
    "find_quotes": "quotes",
    "find_attributions": "attribution",
    "find_framing": "lexicon",
    "load_lexicons": "lexicon",
    "find_anchors": "specificity",
    "score_specificity": "specificity",
    "find_seams": "seams",
    "SEAM_THRESHOLD": "seams",
    "shared_phrases": "template",
    "article_similarity": "template",
    "paragraph_similarity": "template",
    "align_template": "template",
    "cluster_templates": "template",
    "seam_chart": "analysis_charts",
    "attribution_chart": "analysis_charts",
    "shared_phrase_chart": "analysis_charts",
    "similarity_chart": "analysis_charts",
    "template_chart": "analysis_charts",
    # exercises (issue 3): the check path imports no pandas/altair/ipywidgets
    "check": "workbook",
    "hint": "workbook",
    "solution": "workbook",
    "list_exercises": "workbook",
    "answers": "workbook",
    "progress": "workbook",
    "export_submission": "workbook",
    "validate_exercises": "workbook",
    "SolutionUnavailable": "workbook",
    "set_student": "answerlog",
    "current_student": "answerlog",
    "show": "quiz",
    "Feedback": "feedback",
    "ExerciseNotFound": "exercise",
    "ExerciseError": "exercise",
    # lateral reading with offline evidence cards (issue 5)
    "find_evidence": "evidence",
    "search_evidence": "evidence",
    "load_cards": "evidence",
    # lesson 01: checkable anchors per paragraph, as a chart (issue 5)
    "specificity_chart": "specificity_chart",
    "specificity_table": "specificity_chart",
    # the capstone's one-page report (issue 6)
    "article_measures": "report",
    "save_report": "report",
    "report_html": "report",
    "shared_with": "report",
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
