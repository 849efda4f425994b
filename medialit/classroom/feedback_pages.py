"""Feedback to students: one offline HTML page per student (``grade`` writes them).

Each page lists every exercise: the student's answer, the score, the kit's feedback
(what was right, missed or wrong) and the teacher's comment from the hand-scores
file. Short answers show the rubric lines the teacher ticked. Pages hold escaped
text only: no script, no external file, ready to upload to an LMS or print.
File names follow the answer files' identity scheme (:func:`~medialit.exercises.student.student_file_name`):
``feedback-<readable ASCII slug>-<hash>.html``, the same stem as the student's
``submission-<slug>-<hash>.json``, in every script (``李雷`` gives ``feedback-lilei-3a47328a60.html``);
the gradebook's label carries the student id when two students share a name, so they get two pages.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .._html import esc
from ..exercises.feedback import ITEM_WORDS, number
from ..exercises.student import student_file_name
from .report import exercise_info


def page_name(student: str) -> str:
    """The file name of a student's feedback page: the identity scheme of submissions and answer files.

    >>> page_name("Zoë Müller"), page_name("李雷")
    ('feedback-zoe-muller-89c0bda8bc.html', 'feedback-lilei-3a47328a60.html')
    >>> page_name("../x")[:11], page_name("zoë  MÜLLER") == page_name("Zoë Müller")
    ('feedback-x-', True)
    """
    return "feedback-" + student_file_name(student)[:-len(".jsonl")] + ".html"


_RETRY = re.compile(r"\b(?:try again|check again|press check|hint button|hint\()", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


@functools.lru_cache(maxsize=4096)  # a class gets the same messages many times
def final_wording(message: str) -> str:
    """The kit's feedback as a graded page gives it: final, so no "Try again." or "check again".

    >>> final_wording("Not “a dateline”. Try again.")
    'Not “a dateline”.'
    >>> final_wording("This answer could not be read, so it was not scored (it was saved anyway). Try again:")
    'This answer could not be read, so it was not scored.'
    """
    text = " ".join(message.replace(" (it was saved anyway)", "").split())
    return " ".join(p for p in _SENTENCE_END.split(text) if not _RETRY.search(p))


def _answer_html(answer: object) -> str:
    if isinstance(answer, str):
        return f"<blockquote>{esc(answer)}</blockquote>"
    if isinstance(answer, dict):
        return "<ul>" + "".join(f"<li><code>{esc(k)}</code>: {esc(v)}</li>" for k, v in answer.items()) + "</ul>"
    if isinstance(answer, list):
        return "<p>" + ", ".join(f"<code>{esc(a)}</code>" for a in answer) + "</p>"
    return f"<p><code>{esc(answer)}</code></p>"


def _feedback_html(fb) -> str:
    """The kit's feedback on one answer, final wording, escaped."""
    out = f"<p>{esc(final_wording(fb.message))}</p>" if final_wording(fb.message or "") else ""
    if fb.items:
        out += "<ul>" + "".join(
            f"<li><strong>{esc(ITEM_WORDS.get(i.status, i.status))}</strong>: <code>{esc(i.id)}</code>"
            + (f" <q>{esc(i.text)}</q>" if i.text else "") + (f" <em>{esc(final_wording(i.message))}</em>" if i.message else "")
            + "</li>" for i in fb.items) + "</ul>"
    return out


def student_page(book, student: str, info: dict | None = None, memo: dict | None = None) -> str:
    """The feedback page of one student (a row label of the gradebook), as HTML text.

    ``memo``: HTML already written for other students' pages (a class shares exercise headings and
    feedback objects, one per distinct answer), kept by :func:`write_feedback_pages` across pages.
    """
    who = book.identities[student]
    info = info or {e: exercise_info(book, e) for e in book.exercises}
    memo = {} if memo is None else memo
    parts = []
    for eid in book.exercises:
        title, _, rubric, _ = info[eid]
        g = book.results.get((student, eid))
        head = memo.get(eid)
        if head is None:
            head = memo[eid] = f"<h2>{esc(eid)}: {esc(title)}</h2>"
        if g is None:
            parts.append(f"<section>{head}<p><strong>Not attempted</strong> (0 of {number(book.max_points[eid])}).</p></section>")
            continue
        score = ("Still to be scored by your teacher" if g.points is None
                 else f"{number(g.points)} of {number(g.max_points)} point{'s' if g.max_points != 1 else ''}")
        body = [head, f"<p><strong>Score:</strong> {esc(score)}</p>", "<p><strong>Your answer:</strong></p>",
                _answer_html(g.answer)]
        fb = g.feedback
        if fb is not None and g.type != "short_text":
            hit = memo.get(id(fb))  # the memo holds fb itself, so its id is not reused meanwhile
            if hit is None or hit[0] is not fb:
                hit = memo[id(fb)] = (fb, _feedback_html(fb))
            body.append(hit[1])
        if rubric and g.hand is not None and g.hand.rubric:
            body.append("<p><strong>What your answer does well</strong> (from the rubric):</p><ul>" + "".join(
                f"<li>{esc(rubric[n - 1])}</li>" for n in g.hand.rubric if 1 <= n <= len(rubric)) + "</ul>")
        if g.comment:
            body.append(f'<p class="comment"><strong>Your teacher:</strong> {esc(g.comment)}</p>')
        parts.append("<section>" + "".join(body) + "</section>")
    total = book.total(student)
    pending = book.pending(student)
    summary = (f"<p><strong>Total:</strong> {number(total)} of {number(book.max_total)} points"
               + (f" ({pending} short answer(s) still to be scored)" if pending else "") + ".</p>")
    style = ("<style>body{font-family:system-ui,sans-serif;max-width:48em;margin:1em auto;padding:0 1em;line-height:1.45}"
             "blockquote{border-left:3px solid #ccc;margin:.3em 0 .3em 1em;padding-left:.6em;white-space:pre-wrap}"
             ".comment{border-left:4px solid #0b5cad;padding-left:.6em}section{border-bottom:1px solid #eee}</style>")
    ident = f" ({esc(who.student_id)})" if who.student_id else ""
    typed = getattr(book, "typed", {}).get(student)
    if typed:
        ident += f' <small>(name as you typed it: “{esc(typed)}”)</small>'
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>Feedback: {esc(who.name)}</title>{style}</head><body><main>"
            f"<h1>Feedback for {esc(who.name)}{ident}</h1>{summary}" + "".join(parts) + "</main></body></html>\n")


def write_feedback_pages(book, folder: str | Path) -> list[Path]:
    """Write one page per student into ``folder``; return the paths (never two students in one file).

    >>> import tempfile
    >>> from medialit.classroom.gradebook import Gradebook
    >>> from medialit.classroom.roster import Student
    >>> book = Gradebook(["e"], {"e": 1.0}, {"e": "number"}, identities={"<b>Ana</b>": Student("<b>Ana</b>")})
    >>> p = write_feedback_pages(book, tempfile.mkdtemp())[0]
    >>> p.name, "&lt;b&gt;Ana" in p.read_text(encoding="utf-8")
    ('feedback-b-ana-b-384abd21b4.html', True)
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written, used = [], set()
    info = {e: exercise_info(book, e) for e in book.exercises}
    memo: dict = {}
    for s in book.students:
        name = page_name(s)
        if name.lower() in used:
            stem = name[:-5]
            n = 2
            while f"{stem}-{n}.html".lower() in used:
                n += 1
            name = f"{stem}-{n}.html"
        used.add(name.lower())
        path = folder / name
        path.write_text(student_page(book, s, info, memo), encoding="utf-8")
        written.append(path)
    return written
