"""The curated public API: exactly these names, each documented with a runnable example.

Adding a public name is a decision: add it here too (httpx's tests/test_exported_members.py habit).
"""

from __future__ import annotations

import inspect
import subprocess
import sys

import medialit

PUBLIC = {
    # corpus and reading
    "load_corpus", "load_article", "Corpus", "Article", "Paragraph", "Sentence", "split_sentences",
    "show_article", "browse_articles", "article_browser", "paragraph_lengths", "sentence_ids", "preview_import",
    # errors and problems
    "Problem", "KitError", "CorpusError", "ExerciseError", "ExerciseNotFound", "SolutionUnavailable",
    # exercises
    "show", "check", "hint", "solution", "list_exercises", "answers", "progress", "export_submission",
    "validate_exercises", "set_student", "current_student", "Feedback", "name_key", "whoami", "name_box",
    # analysis
    "find_quotes", "find_attributions", "find_framing", "load_lexicons", "find_anchors", "score_specificity",
    "find_seams", "SEAM_THRESHOLD", "analyse_corpus", "shared_phrases", "article_similarity", "paragraph_similarity",
    "align_template", "cluster_templates", "seam_chart", "attribution_chart", "shared_phrase_chart",
    "similarity_chart", "template_chart", "specificity_chart", "specificity_table",
    # lateral reading and the capstone report
    "find_evidence", "search_evidence", "load_cards", "article_measures", "save_report", "report_html",
    "shared_with",
}


def test_exported_names_are_exactly_the_public_api():
    assert set(medialit.__all__) == PUBLIC


def test_star_import_gives_every_name():
    namespace: dict = {}
    exec("from medialit import *", namespace)
    assert PUBLIC <= set(namespace)


def test_every_public_function_and_class_has_a_runnable_example():
    missing = [name for name in sorted(PUBLIC)
               if (inspect.isfunction(getattr(medialit, name)) or inspect.isclass(getattr(medialit, name)))
               and ">>>" not in (getattr(medialit, name).__doc__ or "")]
    assert not missing, f"add a >>> example to: {missing}"


def test_unknown_name_says_so():
    try:
        medialit.no_such_helper  # noqa: B018
    except AttributeError as exc:
        assert "no_such_helper" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_import_is_light():
    code = "import sys, medialit; print(sorted(m for m in ('pandas', 'altair', 'ipywidgets') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
