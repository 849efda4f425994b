"""The Scorer: each distinct answer checked once, and an answer is never mistaken for an equal one."""

from __future__ import annotations

from pathlib import Path

from medialit.classroom.submissions import Scorer
from medialit.exercises.workbook import Workbook

KIT = Path(__file__).resolve().parents[2]
NUMBER = "00-3-named-voices"  # number exercise; True is not a number, 1 is a (wrong) count


def test_true_is_not_mistaken_for_1_in_the_cache():
    """Regression: the cache key was the answer itself, and ``True == 1 == 1.0`` in Python, so after one
    student's ``True`` every later ``1`` or ``1.0`` in the class was "invalid" (and not scored)."""
    scorer = Scorer(Workbook(KIT))
    assert scorer.check(NUMBER, True).status == "invalid"
    assert scorer.check(NUMBER, 1).status == "incorrect" and scorer.check(NUMBER, 1.0).status == "incorrect"
    fresh = Scorer(Workbook(KIT))
    assert (fresh.score(NUMBER, False), fresh.score(NUMBER, 0), fresh.score(NUMBER, 0.0)) == (None, 0.0, 0.0)


def test_score_alone_equals_the_score_of_check_whichever_comes_first():
    wb = Workbook(KIT)
    answers = [("00-1-dateline", "d"), ("00-1-dateline", "a"), ("00-2-vague-attributions", ["a", "c"]),
               ("00-2-vague-attributions", "zzz"), ("00-6-what-is-missing", "No byline, no date."), (NUMBER, 3)]
    first_check, first_score = Scorer(wb), Scorer(wb)
    for eid, answer in answers:
        fb = first_check.check(eid, answer)
        want = fb.score if fb.scored else None
        assert first_check.score(eid, answer) == want == first_score.score(eid, answer), (eid, answer)
        assert first_score.check(eid, answer) == fb
