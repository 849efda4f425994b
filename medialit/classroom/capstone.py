"""Report: the capstone's one-page HTML report, the student's findings next to the kit's measures.

Lesson 05 ends with a report a student hands in. :func:`save_report` writes it as one
self-contained HTML file:

- **the article at a glance**: headline, byline, date, place, size (from its metadata;
  unknown fields say so);
- **measures** from the tools of lessons 01-04 (:func:`article_measures`): named
  sources, vague attributions, checkable anchors, flagged seams, framing vocabulary,
  self-describing persuasion, similarity and shared phrases with the kit's reference
  articles (seeds, mirror, control). They are reading aids, not verdicts;
- **two charts**, drawn to SVG when the report is written (no JavaScript and no
  internet needed to open it): the seam profile and the similarity to the reference
  articles;
- **the student's findings**: their latest saved answer to each capstone exercise
  (lesson ``05``), with the score where the exercise is scored automatically.

Every piece of article or student text is HTML-escaped, and the file contains no
script at all: an article holding ``<script>`` shows it as text.

>>> html = report_html("practice-tabriz-festival", answers={}, student="Ada", charts=False)
>>> "Capstone report" in html and "<script" not in html
True
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from .._html import SavedFile, esc
from .._quoting import quoted
from ..analysis._text import as_article
from ..corpus.tables import Article

#: The lesson whose exercises are the capstone's findings.
CAPSTONE_LESSON = "05"
#: Kinds of article the report compares with (the kit's reference set).
REFERENCE_KINDS = ("seed", "mirror", "control")

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#111;max-width:52em;margin:1.2em auto;
 padding:0 1em;line-height:1.45;font-size:15px}
h1{font-size:1.5em;margin:.2em 0}
h2{font-size:1.15em;border-bottom:2px solid #0072B2;padding-bottom:.1em;margin:1.2em 0 .4em}
h3{font-size:1em;margin:.9em 0 .2em}
table{border-collapse:collapse;width:100%;margin:.3em 0}
th,td{border:1px solid #ccc;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#f3f6fa}
.facts th{width:9em}
.measures td:nth-child(1){width:38%}.measures td:nth-child(2){width:12%}
.meta{color:#444}
.note{border-left:4px solid #E69F00;background:#fff8e6;padding:.4em .8em;margin:.6em 0}
.answer{white-space:pre-wrap;border-left:4px solid #0072B2;background:#f3f6fa;padding:.4em .8em;margin:.2em 0}
.missing{color:#a33}
.charts svg{max-width:100%;height:auto}
footer{margin-top:1.5em;font-size:.85em;color:#555}
@media print{body{margin:0;font-size:11px}h2{break-after:avoid}.charts{break-inside:avoid}}
"""


def _reference(article: Article, compare: "Iterable | None") -> list[Article]:
    if compare is not None:
        arts = [as_article(a) for a in compare]
    else:
        from ..corpus.loader import load_corpus

        arts = [a for a in load_corpus(warn=False) if a.kind in REFERENCE_KINDS]
    return [a for a in arts if a.id != article.id]


def _join(values: Iterable[str], limit: int = 6) -> str:
    values = list(dict.fromkeys(str(v) for v in values))
    more = f" (+{len(values) - limit} more)" if len(values) > limit else ""
    return "; ".join(values[:limit]) + more if values else "none"


def article_measures(article: "str | Path | Article", compare: "Iterable | None" = None) -> pd.DataFrame:
    """The measures from lessons 01-04 for one article, as a table (reading aids, not verdicts).

    ``article`` is an id, a path to a ``.txt``/``.md`` file or an Article; ``compare``
    the articles to compare with (default: the kit's seeds, mirror and control). One row
    per measure; columns ``lesson`` (string: where the measure was taught), ``measure``,
    ``value`` and ``detail`` (string: the words behind the value).

    >>> m = article_measures("practice-tabriz-festival")
    >>> m.set_index("measure").loc["Named people quoted", "value"]
    '1'
    >>> m.set_index("measure").loc["Flagged seams (paragraphs)", "value"]
    '7, 8'
    """
    from ..analysis.attribution import find_attributions
    from ..analysis.lexicon import find_framing
    from ..analysis.quotes import find_quotes
    from ..analysis.seams import find_seams
    from ..analysis.specificity import score_specificity
    from ..analysis.template import article_similarity

    art = as_article(article)
    ref = _reference(art, compare)
    rows: list[tuple[str, str, str, str]] = []
    meta = art.meta
    missing = [f for f in ("headline", "byline", "date") if str(meta.get(f) or "unknown").startswith("unknown")]
    rows.append(("01 structure", "Missing headline, byline or date", str(len(missing)),
                 _join(missing) if missing else "all three given (check what they actually say)"))
    spec = score_specificity(art)
    rows.append(("01 structure", "Checkable anchors (dates, numbers, names, documents)",
                 str(int(spec.n_checkable.sum())),
                 f"{int((spec.n_checkable == 0).sum())} of {len(spec)} paragraphs have none; "
                 f"{int(spec.n_vague.sum())} vague time words"))
    quotes = find_quotes(art)
    speakers = [s for s in quotes.speaker.dropna().tolist() if s]
    rows.append(("02 sourcing", "Named people quoted", str(len(set(speakers))), _join(speakers)))
    att = find_attributions(art)
    counts = att.kind.value_counts()
    rows.append(("02 sourcing", "Attributions: named / institution / vague",
                 f"{counts.get('named', 0)} / {counts.get('institution', 0)} / {counts.get('vague', 0)}",
                 "vague: " + _join(att.loc[att.kind == "vague", "cue"].tolist())))
    seams = find_seams(art)
    flagged = seams[seams.flagged]
    rows.append(("03 framing", "Flagged seams (paragraphs)",
                 ", ".join(str(n) for n in flagged.paragraph.tolist()) or "none",
                 _join([f"p{r.paragraph}: {r.reason}" for r in flagged.itertuples()], 3)))
    framing = find_framing(art)
    for name, label in (("security_frame", "Security and defence words"),
                        ("culture_frame", "Culture and solidarity words"),
                        ("self_describing", "Self-describing persuasion"),
                        ("stock_phrases", "Stock phrases of the seed template")):
        hits = framing[framing.list == name]
        rows.append(("03 framing", label, str(len(hits)),
                     _join([f"“{t}” (p{p})" for t, p in zip(hits.text, hits.paragraph)])))
    if ref:
        sim = article_similarity([art] + ref)
        sim = sim[(sim.article_a == art.id) & (sim.article_b != art.id)].sort_values("similarity", ascending=False)
        kinds = {a.id: a.kind for a in ref}
        seeds = sim[sim.article_b.map(kinds) == "seed"]
        if len(seeds):
            rows.append(("04 comparing", "Similarity to the seed articles (mean, 0 to 1)",
                         f"{seeds.similarity.mean():.2f}",
                         "highest: " + ", ".join(f"{a} {s:.2f}" for a, s in
                                                 zip(seeds.article_b.head(2), seeds.similarity.head(2)))))
        others = sim[sim.article_b.map(kinds) != "seed"]
        for r in others.itertuples():
            rows.append(("04 comparing", f"Similarity to {r.article_b} ({kinds[r.article_b]})",
                         f"{r.similarity:.2f}", ""))
        mine = shared_with(art, ref).drop_duplicates("phrase")
        rows.append(("04 comparing", "Phrases shared with the reference articles", str(len(mine)),
                     _join([f"“{p}” (in {n})" for p, n in zip(mine.phrase, mine.n_others)], 8)))
    df = pd.DataFrame(rows, columns=["lesson", "measure", "value", "detail"])
    return df.astype("string")


def shared_with(article: "str | Path | Article", compare: "Iterable | None" = None) -> pd.DataFrame:
    """The phrases ``article`` shares with the reference articles (default: seeds, mirror, control).

    One row per occurrence in ``article``, most widely shared first; columns ``phrase``,
    ``n_others`` (how many of the other articles use it), ``others`` (their ids),
    ``paragraph`` and ``text`` (the words as written in the article).

    >>> s = shared_with("practice-tabriz-festival")
    >>> int(s.set_index("phrase").loc["a beacon of hope", "n_others"])
    4
    """
    from ..analysis.template import shared_phrases

    art = as_article(article)
    ref = _reference(art, compare)
    columns = ["phrase", "n_others", "others", "paragraph", "text"]
    if not ref:
        return pd.DataFrame(columns=columns)
    phrases = shared_phrases([art] + ref)
    users = phrases.groupby("phrase").article_id.agg(lambda ids: sorted(set(ids) - {art.id}))
    mine = phrases[phrases.article_id == art.id].copy()
    mine["others"] = mine.phrase.map(users).map(", ".join)
    mine["n_others"] = mine.n_articles - 1
    mine = mine.sort_values(["n_others", "n_words", "paragraph"], ascending=[False, False, True])
    return mine[columns].reset_index(drop=True)


def similarity_bars(article: "str | Path | Article", compare: "Iterable | None" = None):
    """A bar chart of how alike the article is to each reference article (0 to 1), by kind.

    >>> similarity_bars("practice-tabriz-festival").to_dict()["encoding"]["x"]["title"]
    'Similarity (0 = no words in common, 1 = identical)'
    """
    from .._altair import PALETTE, alt
    from ..analysis.template import article_similarity

    a = alt()
    art = as_article(article)
    ref = _reference(art, compare)
    sim = article_similarity([art] + ref)
    sim = sim[(sim.article_a == art.id) & (sim.article_b != art.id)].copy()
    sim["kind"] = sim.article_b.map({r.id: r.kind for r in ref})
    kinds = list(dict.fromkeys(r.kind for r in ref))
    return (a.Chart(sim).mark_bar()
            .encode(y=a.Y("article_b:N", title="Compared with", sort="-x"),
                    x=a.X("similarity:Q", title="Similarity (0 = no words in common, 1 = identical)",
                          scale=a.Scale(domain=[0, 1])),
                    color=a.Color("kind:N", title="Kind", scale=a.Scale(domain=kinds, range=PALETTE[:len(kinds)])),
                    tooltip=[a.Tooltip("article_b:N", title="Article"), a.Tooltip("kind:N", title="Kind"),
                             a.Tooltip("similarity:Q", title="Similarity", format=".2f")])
            .properties(title=a.TitleParams(f"How alike is {art.id} to the kit's articles?",
                                            subtitle="Cosine similarity of their words, varying names masked"),
                        width=420, height=max(120, 24 * len(sim))))


def _svg(chart) -> str:
    """The chart drawn as inline SVG (no JavaScript)."""
    from .._altair import chart_svg

    return chart_svg(chart)


def capstone_answers(student: str | None = None, lesson: str = CAPSTONE_LESSON) -> dict[str, dict]:
    """The student's latest valid answer to each exercise of ``lesson``, by exercise id.

    Each value holds ``answer``, ``type``, ``status``, ``scored``, ``score``, ``max_points``
    and ``time`` from the answer log (what ``check()`` saved).

    >>> capstone_answers(student="nobody-yet")
    {}
    """
    from ..exercises import answerlog

    out: dict[str, dict] = {}
    for rec in answerlog.student_log(student).read():
        eid = rec.get("exercise")
        if isinstance(eid, str) and eid.startswith(f"{lesson}-") and rec.get("valid"):
            out[eid] = {k: rec.get(k) for k in ("answer", "type", "status", "scored", "score", "max_points", "time")}
    return out


def _answer_text(answer: Any) -> str:
    if isinstance(answer, str):
        return answer
    if isinstance(answer, list):
        return ", ".join(str(a) for a in answer)
    if isinstance(answer, dict):
        return "; ".join(f"{k}: {v}" for k, v in answer.items())
    if isinstance(answer, float):
        return f"{answer:g}"
    return "" if answer is None else str(answer)


def _readable_answer(answer: Any, ex: Any, wb: Any) -> str:
    """A saved answer as a reader of the report needs it: choice text, picked sentences quoted."""
    from ..exercises.feedback import item_name

    if ex is None:
        return _answer_text(answer)
    if ex.type in ("single_choice", "multi_choice") and ex.choices:
        keys = answer if isinstance(answer, list) else [answer]
        return "\n".join(f"{k}) {ex.choices.get(str(k), '')}".rstrip() for k in keys if k is not None)
    if ex.type in ("pick", "label") and isinstance(answer, (list, dict)):
        try:
            text = wb.index().text
        except Exception:
            text = {}
        if ex.type == "pick":
            return "\n".join(f"{item_name(i)}: {quoted(text[i])}" if i in text else str(i) for i in answer)
        return "\n".join(f"{item_name(p)}: {v}" for p, v in answer.items())
    return _answer_text(answer)


def _findings_html(answers: dict[str, Any], lesson: str) -> str:
    from ..exercises.workbook import workbook

    wb = workbook()
    ids = [i for i in wb.ids() if i.startswith(f"{lesson}-")]
    ids += [i for i in answers if i not in ids]
    parts = []
    for eid in ids:
        try:
            ex = wb.exercise(eid)
            title, kind = ex.title or eid, ex.type
        except Exception:
            ex, title, kind = None, eid, None
        rec = answers.get(eid)
        if isinstance(rec, dict):
            value, scored, score, max_points = (rec.get("answer"), rec.get("scored"), rec.get("score"),
                                                rec.get("max_points"))
        else:
            value, scored, score, max_points = rec, False, None, None
        text = _readable_answer(value, ex, wb).strip()
        score_note = ""
        if scored and isinstance(score, (int, float)):
            pts = f", worth {max_points:g} point{'s' if max_points != 1 else ''}" if isinstance(
                max_points, (int, float)) else ""
            score_note = f' <span class="meta">(scored automatically: {score:.0%}{pts})</span>'
        elif text:
            how = "with the rubric" if kind == "short_text" else "with the key"
            score_note = f' <span class="meta">(scored by your instructor {how})</span>'
        body = (f'<div class="answer">{esc(text)}</div>' if text
                else '<p class="missing">Not answered yet: answer it in the lesson and write the report again.</p>')
        parts.append(f"<h3>{esc(title)} <small class=\"meta\">({esc(eid)})</small>{score_note}</h3>{body}")
    return "".join(parts) or '<p class="missing">No capstone exercises found.</p>'


def report_html(article: "str | Path | Article", answers: "dict | None" = None, *, student: str | None = None,
                compare: "Iterable | None" = None, charts: bool = True, lesson: str = CAPSTONE_LESSON) -> str:
    """The capstone report as one self-contained HTML page (see the module docs).

    ``answers`` maps exercise ids to answers (text, or records as saved by ``check()``);
    default: the student's latest saved answers to the capstone exercises. ``student``
    defaults to the current student; ``charts=False`` leaves the charts out (faster).

    >>> html = report_html("practice-tabriz-festival", answers={"05-1-structure": "<b>hi</b>"}, charts=False)
    >>> "&lt;b&gt;hi&lt;/b&gt;" in html and "<b>hi</b>" not in html
    True
    """
    from ..exercises import answerlog
    from ..corpus.reader import KIND_NOTES
    from ..analysis.seams import SEAM_THRESHOLD  # noqa: F401  (the seam chart's line)

    art = as_article(article)
    student = student or answerlog.current_student()
    if answers is None:
        answers = capstone_answers(student, lesson)
    meta = art.meta
    place = ", ".join(v for v in (meta.get("city"), meta.get("country")) if v and v != "unknown") or "unknown"
    facts = [("Headline", meta.get("headline") or "unknown"), ("Byline", meta.get("byline") or "unknown"),
             ("Date", meta.get("date") or "unknown"), ("Place", place), ("Kind", f"{art.kind}: "
                                                                          f"{KIND_NOTES.get(art.kind, '')}"),
             ("File", art.path.name if getattr(art, "path", None) else "unknown"),
             ("Size", f"{len(art.paragraphs)} paragraphs, {sum(len(p.text.split()) for p in art.paragraphs)} words")]
    measures = article_measures(art, compare)
    today = _dt.date.today().isoformat()
    out = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
           f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           f"<title>Capstone report: {esc(art.label)} ({esc(student)})</title><style>{_CSS}</style></head><body>",
           f"<h1>Capstone report: {esc(art.label)}</h1>",
           f"<p class=\"meta\">Student: <strong>{esc(student)}</strong> · written {esc(today)} · "
           f"article id <code>{esc(art.id)}</code> · Media Literacy Kit, lesson 05</p>",
           "<h2>The article at a glance</h2><table class=\"facts\">"
           + "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts) + "</table>",
           "<h2>My findings</h2>", _findings_html(answers, lesson),
           "<h2>What the kit's tools measured</h2>",
           "<p class=\"note\">Reading aids, not verdicts: each measure shows the words behind it, so check them "
           "against the article. A missing part or a vague source is a reason for caution, not proof.</p>",
           "<table class=\"measures\"><tr><th>Measure (lesson)</th><th>Value</th><th>Details</th></tr>"
           + "".join(f"<tr><td>{esc(r.measure)} <span class=\"meta\">({esc(r.lesson)})</span></td>"
                     f"<td>{esc(r.value)}</td><td>{esc(r.detail)}</td></tr>" for r in measures.itertuples())
           + "</table>"]
    if charts:
        from ..analysis.charts import seam_chart

        out.append("<h2>Charts</h2><div class=\"charts\">" + _svg(seam_chart(art)))
        if _reference(art, compare):
            out.append(_svg(similarity_bars(art, compare)))
        out.append("</div>")
    out.append("<footer>Calibrated wording: “no independent trace found”, “cannot be verified”, “implausible "
               "given …”, “unknown operator”; never “fake” or “proven false” without proof, and no guess at who "
               "is behind a site. Generated by <code>save_report()</code> of the Media Literacy Kit: the "
               "findings are the student's own words; the measures and charts come from the kit.</footer>")
    out.append("</body></html>")
    return "\n".join(out)


def save_report(article: "str | Path | Article", path: "str | Path | None" = None, *,
                answers: "dict | None" = None, student: str | None = None, compare: "Iterable | None" = None,
                charts: bool = True) -> Path:
    """Write the capstone report (see :func:`report_html`) and return its path.

    Default path: ``capstone-report-<student>.html`` in the current folder, next to the
    file ``export_submission()`` writes; hand in both.

    >>> import tempfile
    >>> p = save_report("practice-tabriz-festival", Path(tempfile.mkdtemp()) / "r.html", answers={}, charts=False)
    >>> p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    from ..exercises import answerlog

    student = student or answerlog.current_student()
    target = Path(path) if path is not None else (
        Path.cwd() / ("capstone-report-" + answerlog.student_file_name(student)[:-len(".jsonl")] + ".html"))
    html = report_html(article, answers, student=student, compare=compare, charts=charts)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(target)
    return SavedFile(target)
