"""What a student does in each lesson, done in JupyterLab in Chromium, and what survives a reload.

Per lesson (parametrized over ``notebooks/*.ipynb``): open it and Run All, then

- in the article browser (the lessons that have one): pick another article from
  the "Article" menu; the text shown must change to that article's;
- for the lesson's *first exercise of each widget kind* (single choice, multiple
  choice, number, sentence picker, paragraph picker, labeler, short text; read from
  the ``show("...")`` cells and the exercise files): give an answer through the
  widget (tick, choose a label, type), press Hint twice (two different hints, or
  the one hint and "that was the last hint"), press Check, and read the feedback:
  it must name the result the kit's own grader gives that answer (the headline
  with the points, and each "missed" / "not labelled" detail);
- save, reload the page and open the notebook again: ``answers()`` and
  ``progress()``, evaluated in the notebook's kernel, still report every answer,
  and the student's answer file on disk holds each one (with the hints seen).

Controls are found by role and accessible name (``get_by_role`` / ``get_by_label``),
as a screen reader would find them: a control without a usable name fails here.

A keyboard-only test tabs through a sentence picker and a labeler and submits
both with the keyboard alone (Tab / Shift+Tab, Space, typing a label, Enter and
Space on Check).

Screenshots: test-output/screenshots/interactions-<lesson>.png (after Check) and
keyboard-only.png; timings: test-output/interaction-timings.json.
"""

from __future__ import annotations

import ast
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest

from .labdriver import KIT, NOTEBOOKS, OUTPUT, LabPage

# The kit's own grader and files, read in the test process (the kernels read the same files).
from medialit.exercises.answerlog import jsonable
from medialit.corpus.loader import load_corpus
from medialit.exercises.feedback import ITEM_WORDS, Feedback, item_name, missed_name
from medialit.exercises.grading import normalize
from medialit.exercises.student import student_file_name
from medialit.exercises.workbook import Workbook

WB = Workbook(KIT)
SHOW = re.compile(r"""\bshow\(\s*["']([^"']+)["']\s*\)""")
BROWSER = re.compile(r"\bbrowse_articles\(")
FEEDBACK_TIMEOUT = 30_000

#: Widget kinds, in the order they are tried within a lesson.
KINDS = ("single_choice", "multi_choice", "number", "pick-sentences", "pick-paragraphs", "label", "short_text")


def kind_of(exercise) -> str:
    return f"pick-{exercise.pick}" if exercise.type == "pick" else exercise.type


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


@dataclass
class Step:
    """One exercise to answer: what to do in the widget, and what the kit says about that answer."""

    exercise_id: str
    kind: str
    answer: object  # what the widget will send to check()
    expected: Feedback  # what check() says about it (computed here, nothing saved)
    saved_answer: object  # the answer as the answer file must hold it
    hints: tuple[str, ...]

    @property
    def hints_seen(self) -> int:
        return min(2, len(self.hints))


def plan_answer(exercise_id: str):
    """An answer that is scored and, where the type allows, only partly right (so details are listed)."""
    ex = WB.exercise(exercise_id)
    key = WB.key(exercise_id).answer
    kind = kind_of(ex)
    if kind == "single_choice":
        answer = str(key)
    elif kind == "multi_choice":
        answer = [str(_as_list(key)[0])]  # one right choice of several: partial, the others "missed"
    elif kind.startswith("pick"):
        answer = [_as_list(key)[0]]
    elif kind == "label":
        paragraph, labels = next(iter(key.items()))
        answer = {paragraph: _as_list(labels)[0]}  # one paragraph labelled: the rest "not labelled"
    elif kind == "number":
        answer = f"{float(key):g}"
    else:
        answer = f"Browser test answer to {exercise_id}: the article names no source for its claims."
    value, expected_shape = normalize(ex, answer, WB.index())
    assert expected_shape is None, f"{exercise_id}: the planned answer {answer!r} is not valid: {expected_shape}"
    expected = WB.check(exercise_id, answer, save=False)
    assert expected.status != "invalid"
    return Step(exercise_id, kind, answer, expected, jsonable(value), tuple(ex.hints))


def lesson_plan(path: Path) -> tuple[bool, list[Step]]:
    """``(has an article browser, the first exercise of each widget kind)`` of a lesson notebook."""
    nb = nbformat.read(path, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    first: dict[str, str] = {}
    for source in code:
        for exercise_id in SHOW.findall(source):
            first.setdefault(kind_of(WB.exercise(exercise_id)), exercise_id)
    steps = [plan_answer(first[k]) for k in KINDS if k in first]
    return any(BROWSER.search(s) for s in code), steps


TIMES: dict[str, dict] = {}


def _record(name: str, **values) -> None:
    TIMES.setdefault(name, {}).update(values)
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "interaction-timings.json").write_text(json.dumps(TIMES, indent=2) + "\n")


# --------------------------------------------------------------------------- widget steps


def quiz(lab: LabPage, exercise_id: str):
    """The exercise's widget: the ``.ml-quiz`` box whose title line names the exercise id."""
    box = lab.panel.locator(".ml-quiz", has_text=f"({exercise_id}, ")
    assert box.count() == 1, f"{box.count()} widgets for {exercise_id} on the page"
    return box


def give_answer(lab: LabPage, box, step: Step) -> None:
    """Answer through the widget's controls, found by role and accessible name."""
    if step.kind == "single_choice":
        box.get_by_role("radio", name=re.compile(rf"^{re.escape(step.answer)}\) ")).check()
    elif step.kind == "multi_choice":
        for k in step.answer:
            box.get_by_role("checkbox", name=re.compile(rf"^{re.escape(k)}\) ")).check()
    elif step.kind == "pick-sentences":
        for sentence_id in step.answer:
            _, p, s = sentence_id.split(":")
            box.get_by_role("checkbox", name=re.compile(rf"^{p} {s}: ")).check()
    elif step.kind == "pick-paragraphs":
        for paragraph_id in step.answer:
            n = paragraph_id.split(":p")[-1]
            box.get_by_role("checkbox", name=re.compile(rf"^Paragraph {n}: ")).check()
    elif step.kind == "label":
        for paragraph_id, label in step.answer.items():
            n = paragraph_id.split(":p")[-1]
            box.get_by_role("combobox", name=f"Paragraph {n}:", exact=True).select_option(label)
    else:  # number and short_text: a text box labelled "Your answer..."
        box.get_by_role("textbox", name=re.compile(r"^Your answer")).fill(step.answer)


def press_hint_twice(lab: LabPage, box, step: Step) -> list[str]:
    """Press Hint twice; return the hints the widget lists once both presses are answered.

    With one hint only, the second press shows nothing new (the list keeps the one
    hint, marked as the last); the kernel answers the presses and Check in order.
    """
    button = box.get_by_role("button", name="Hint", exact=True)
    listed = box.locator("li", has_text=re.compile(r"^Hint \d+ of \d+: "))
    for n in (1, 2):
        button.click()
        want = min(n, len(step.hints))
        deadline = time.monotonic() + FEEDBACK_TIMEOUT / 1000
        while listed.count() < want:
            assert time.monotonic() < deadline, f"{step.exercise_id}: hint {want} did not appear"
            lab.page.wait_for_timeout(50)
    if len(step.hints) == 1:
        assert "that was the last hint" in box.text_content(), f"{step.exercise_id}: the one hint is not marked last"
    return [t.strip() for t in listed.all_text_contents()]


def press_check(lab: LabPage, box, step: Step) -> str:
    """Press Check; return the feedback text once the kit's headline for this answer is shown."""
    box.get_by_role("button", name="Check", exact=True).click()
    feedback = box.locator(".medialit-feedback")
    feedback.wait_for(timeout=FEEDBACK_TIMEOUT)
    return " ".join(feedback.text_content().split())


def feedback_problems(step: Step, text: str) -> list[str]:
    """What the shown feedback fails to say, compared with what the kit's grader says."""
    fb, problems = step.expected, []
    headline = " ".join(fb._headline(widget=True).split())
    if headline not in text:
        problems.append(f"headline {headline!r} not shown")
    for item in fb.items:
        if item.status == "note":
            continue
        detail = f"{ITEM_WORDS[item.status]}: " + (missed_name(item.id) if item.status == "missed"
                                                    else item_name(item.id))
        if detail not in text:
            problems.append(f"detail {detail!r} not shown")
    if "NOT saved" in text:
        problems.append("the feedback says the answer was not saved")
    return problems


# --------------------------------------------------------------------------- per lesson


@dataclass
class LessonVisit:
    name: str
    relpath: str
    lab: LabPage
    has_browser: bool
    steps: list[Step]
    done: dict[str, dict] = field(default_factory=dict)  # exercise id -> what the browser showed


@pytest.fixture(scope="module", params=NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def visit(request, new_lab_page):
    path = request.param
    has_browser, steps = lesson_plan(path)
    relpath = f"notebooks/{path.name}"
    lab = new_lab_page()
    lab.page.on("dialog", lambda dialog: dialog.accept())
    try:
        start = time.monotonic()
        lab.open(relpath)
        lab.run_all(sum(c.cell_type == "code" for c in nbformat.read(path, as_version=4).cells))
        lab.wait_outputs_drawn()
        _record(path.stem, open_and_run_s=round(time.monotonic() - start, 1))
    except BaseException:
        lab.close()
        raise
    yield LessonVisit(path.stem, relpath, lab, has_browser, steps)
    lab.close()


def test_article_browser_shows_the_picked_article(visit):
    if not visit.has_browser:
        pytest.skip(f"{visit.name} has no article browser")
    lab = visit.lab
    corpus = load_corpus(KIT / "articles", warn=False)
    browser = lab.panel.locator(".ml-browser")
    menu = browser.get_by_role("combobox", name="Article", exact=True)
    shown = browser.locator(".ml-article")
    before = shown.get_attribute("data-article")
    target = next(a for a in corpus if a.id != before)
    before_text = shown.text_content()
    menu.select_option(label=f"{target.label} [{target.kind}]")
    browser.locator(f'.ml-article[data-article="{target.id}"]').wait_for(timeout=FEEDBACK_TIMEOUT)
    after_text = " ".join(shown.text_content().split())
    assert after_text != " ".join(before_text.split()), "the article text did not change"
    for paragraph in target.paragraphs[:3]:
        assert " ".join(paragraph.text.split()) in after_text, f"paragraph {paragraph.n} of {target.id} not shown"
    old_first = " ".join(corpus[before].paragraphs[0].text.split())
    assert old_first not in after_text, f"{before}'s text is still shown"


def test_answer_hint_and_check_each_widget_kind(visit):
    lab, failures = visit.lab, []
    assert visit.steps, f"{visit.name} shows no exercise"
    start = time.monotonic()
    with lab.tall():
        for step in visit.steps:
            box = quiz(lab, step.exercise_id)
            give_answer(lab, box, step)
            hints = press_hint_twice(lab, box, step)
            text = press_check(lab, box, step)
            visit.done[step.exercise_id] = {"feedback": text, "hints": hints}
            # `code` in a hint is shown as code: the page's text has no backticks
            want_hints = [f"Hint {i + 1} of {len(step.hints)}: " + re.sub(r"`([^`]+)`", r"\1", h)
                          for i, h in enumerate(step.hints[:2])]
            if [" ".join(h.split()) for h in hints] != [" ".join(h.split()) for h in want_hints]:
                failures.append(f"{step.exercise_id}: hints shown {hints}, expected {want_hints}")
            elif len(hints) == 2 and hints[0] == hints[1]:
                failures.append(f"{step.exercise_id}: the two hints are the same")
            failures += [f"{step.exercise_id} ({step.kind}): {p}; shown: {text[:300]!r}"
                         for p in feedback_problems(step, text)]
        # Every feedback and hint area is a live region, so a screen reader announces it.
        live = lab.panel.locator('.ml-quiz [role="status"][aria-live="polite"]', has_text="Hint 1 of")
        if live.count() != len(visit.steps):
            failures.append(f"{live.count()} hint live regions for {len(visit.steps)} exercises")
    _record(visit.name, interactions_s=round(time.monotonic() - start, 1),
            exercises=[f"{s.exercise_id} ({s.kind})" for s in visit.steps])
    lab.screenshot(f"interactions-{visit.name}")
    assert not failures, "\n".join(failures)


def _kernel_json(lab: LabPage, relpath: str, expression: str):
    return json.loads(ast.literal_eval(lab.server.kernel_eval(relpath, expression)))


def test_answers_survive_a_reload(visit):
    lab = visit.lab
    checked = [s for s in visit.steps if s.exercise_id in visit.done]
    assert checked, "no answer was checked in this lesson (see the test before)"
    start = time.monotonic()
    lab.save(visit.relpath)
    lab.page.reload(wait_until="domcontentloaded")
    lab.open(visit.relpath)  # the notebook again, on its running kernel
    _record(visit.name, reload_s=round(time.monotonic() - start, 1))

    saved = _kernel_json(lab, visit.relpath,
                         "__import__('medialit').answers()[['exercise', 'answer', 'status', 'hints_seen']]"
                         ".to_json(orient='records')")
    by_id: dict[str, list] = {}
    for row in saved:
        by_id.setdefault(row["exercise"], []).append(row)
    problems = []
    for step in checked:
        rows = by_id.get(step.exercise_id, [])
        want = step.saved_answer if isinstance(step.saved_answer, str) else json.dumps(step.saved_answer,
                                                                                       ensure_ascii=False)
        if not any(r["answer"] == want and r["status"] == step.expected.status for r in rows):
            problems.append(f"answers() lacks {step.exercise_id} = {want} ({step.expected.status}): {rows}")

    table = _kernel_json(lab, visit.relpath, "__import__('medialit').progress().table.to_json(orient='records')")
    lesson = WB.exercise(checked[0].exercise_id).lesson
    row = next((r for r in table if r["lesson"] == lesson), None)
    assert row is not None, f"progress() has no row for lesson {lesson}: {table}"
    want_points = sum(s.expected.score * s.expected.max_points for s in checked)
    if (row["attempted"], row["correct"]) != (len(checked), sum(s.expected.correct for s in checked)) \
            or abs(row["points"] - want_points) > 1e-6:
        problems.append(f"progress() reports {row}; expected {len(checked)} attempted, "
                        f"{sum(s.expected.correct for s in checked)} correct, {want_points:.4f} points")

    # The answer file on disk: the student's JSON Lines file in the server's progress folder.
    log_path = Path(ast.literal_eval(lab.server.kernel_eval(
        visit.relpath, "str(__import__('medialit.exercises.answerlog', fromlist=['_']).student_log().path)")))
    assert log_path.parent == lab.server.progress_dir, f"answers saved outside the progress folder: {log_path}"
    records = [json.loads(line) for line in log_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for step in checked:
        mine = [r for r in records if r.get("exercise") == step.exercise_id]
        if not any(r.get("answer") == step.saved_answer and r.get("hints_seen") == step.hints_seen for r in mine):
            problems.append(f"{log_path.name} lacks {step.exercise_id} = {step.saved_answer!r} "
                            f"with {step.hints_seen} hints seen: {mine}")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- keyboard only

KEYBOARD_STUDENT = "keyboard-only"
PICKER = "02-4-checkable-claim"  # one sentence to pick (basra-gaza p7 s1): full marks
LABELER = "04-5-disarm-labels"  # four paragraphs to label: full marks


def _active(lab: LabPage) -> dict:
    """What has the keyboard focus: tag, type, checked, value and its label text."""
    return lab.page.evaluate("""() => {
        const e = document.activeElement;
        if (!e) return {};
        const label = e.labels && e.labels.length ? e.labels[0].textContent.trim()
                    : (e.closest('label') ? e.closest('label').textContent.trim() : '');
        return {tag: e.tagName.toLowerCase(), type: e.type || '', checked: !!e.checked,
                value: e.value === undefined ? '' : String(e.value),
                name: (label || e.getAttribute('aria-label') || e.textContent || '').trim(),
                inQuiz: !!e.closest('.ml-quiz')};
    }""")


def _tab_to(lab: LabPage, box_title: str, predicate, what: str, limit: int = 80, key: str = "Tab") -> dict:
    """Press Tab until ``predicate(active element)``; every stop on the way must be in the exercise."""
    for _ in range(limit):
        lab.page.keyboard.press(key)
        active = _active(lab)
        assert active.get("inQuiz"), f"{box_title}: {key} left the exercise before reaching {what}: {active}"
        assert active.get("name"), f"{box_title}: a tab stop has no name: {active}"
        if predicate(active):
            return active
    raise AssertionError(f"{box_title}: {what} not reached in {limit} presses of {key}")


def _focus_before(lab: LabPage, box) -> None:
    """Put the keyboard focus at the start of the exercise (where a student arrives by scrolling the notebook)."""
    box.evaluate("b => { b.setAttribute('tabindex', '-1'); b.focus(); b.removeAttribute('tabindex'); }")


@pytest.fixture(scope="module")
def keyboard_notebook(lab_server):
    relpath = "keyboard/keyboard-only.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    # a progress folder of its own: answers checked earlier in the session under the account's
    # default name would be carried over to the new name and pre-fill the exercises (issue 11)
    nb.cells = [nbformat.v4.new_code_cell("import os\nos.environ['MEDIALIT_PROGRESS'] = os.path.join(os.environ['MEDIALIT_PROGRESS'], "
                                          "'keyboard')\n"
                                          f"from medialit import *\nset_student({KEYBOARD_STUDENT!r})"),
                nbformat.v4.new_code_cell(f"show({PICKER!r})"),
                nbformat.v4.new_code_cell(f"show({LABELER!r})")]
    (lab_server.root / "keyboard").mkdir(exist_ok=True)
    nbformat.write(nb, lab_server.root / relpath)
    return relpath, len(nb.cells)


def test_keyboard_only_picker_and_labeler(keyboard_notebook, new_lab_page):
    relpath, n_cells = keyboard_notebook
    lab = new_lab_page()
    try:
        lab.open(relpath)
        lab.run_all(n_cells)
        lab.wait_outputs_drawn()
        keys = lab.page.keyboard

        # Sentence picker: Tab to the sentence, Space ticks it, Tab to Check, Enter.
        picker = quiz(lab, PICKER)
        target = WB.key(PICKER).answer[0]  # basra-gaza:p7:s1
        _, p, s = target.split(":")
        _focus_before(lab, picker)
        _tab_to(lab, PICKER, lambda a: a["type"] == "checkbox" and a["name"].startswith(f"{p} {s}:"),
                f"the checkbox of {p} {s}")
        keys.press("Space")
        assert _active(lab)["checked"], "Space did not tick the focused sentence"
        _tab_to(lab, PICKER, lambda a: a["tag"] == "button" and a["name"] == "Check", "the Check button")
        # Shift+Tab goes back to the last sentence, and Tab returns to Check.
        back = _tab_to(lab, PICKER, lambda a: a["type"] == "checkbox", "a sentence", limit=1, key="Shift+Tab")
        assert back["name"].startswith("p"), back
        _tab_to(lab, PICKER, lambda a: a["tag"] == "button" and a["name"] == "Check", "the Check button", limit=1)
        keys.press("Enter")
        picked = picker.locator(".medialit-feedback")
        picked.wait_for(timeout=FEEDBACK_TIMEOUT)
        assert "Correct (1 of 1 point)" in " ".join(picked.text_content().split())

        # Labeler: Tab to each paragraph's label menu and choose the label with the arrow keys (the
        # notebook must not take them); then Space on Check.
        labeler = quiz(lab, LABELER)
        key = WB.key(LABELER).answer
        _focus_before(lab, labeler)
        for paragraph_id, label in key.items():
            n = paragraph_id.split(":p")[-1]
            _tab_to(lab, LABELER, lambda a: a["tag"] == "select" and a["name"] == f"Paragraph {n}:",
                    f"the label menu of paragraph {n}")
            menu = labeler.get_by_role("combobox", name=f"Paragraph {n}:", exact=True)
            for _ in range(12):
                if menu.input_value() == label:
                    break
                keys.press("ArrowDown")
            assert menu.input_value() == label, f"paragraph {n}: the arrow keys did not reach {label!r}"
            assert _active(lab)["tag"] == "select", "an arrow key moved the focus out of the menu"
            assert lab.panel.locator(".jp-CodeCell").count() == n_cells, "the arrow keys changed the notebook's cells"
        # (ipywidgets holds back a model's changes while one of its messages awaits the kernel, and sends them
        # when the kernel is idle: a Check pressed within milliseconds of the last arrow key can reach the kernel
        # first, as no person presses it; once, in a loaded CI run, 3 of 4 labels were checked)
        lab.page.wait_for_timeout(500)
        _tab_to(lab, LABELER, lambda a: a["tag"] == "button" and a["name"] == "Check", "the Check button")
        keys.press("Space")
        labelled = labeler.locator(".medialit-feedback")
        labelled.wait_for(timeout=FEEDBACK_TIMEOUT)
        assert "Correct (2 of 2 points)" in " ".join(labelled.text_content().split())
        lab.screenshot("keyboard-only")

        # Saved for this student, with the answers given by keyboard.
        log = lab.server.progress_dir / "keyboard" / student_file_name(KEYBOARD_STUDENT)
        records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert any(r["exercise"] == PICKER and r["answer"] == [target] and r["status"] == "correct"
                   for r in records), records
        assert any(r["exercise"] == LABELER and r["answer"] == key and r["status"] == "correct"
                   for r in records), records
        assert not lab.console.page_errors, lab.console.page_errors
    finally:
        lab.close()
