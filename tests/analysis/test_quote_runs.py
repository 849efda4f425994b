"""quote_runs: a paragraph that opens with an unattributed quote and goes on with the same person's words."""

from __future__ import annotations

import pytest

from quote_cases import speakers as _speakers


@pytest.mark.parametrize("text, speakers", [
    # the paragraph before quotes her, the paragraph's next quote is hers, nobody else is named between
    ("Engineer Ana Ruiz joined the team in 2003. “It was an experiment,” she said.\n\n“We had to elbow our way to the "
     "table.” The work was hard, but it paid off. “You have to produce results,” she said.",
     ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]),
    # someone else named between the two quotes: unclear
    ("Engineer Ana Ruiz joined the team in 2003. “It was an experiment,” she said.\n\n“We had to elbow our way to the "
     "table.” Her manager, Tom Lee, agreed. “You have to produce results,” Lee said.",
     ["Ana Ruiz", None, "Tom Lee"]),
    # the paragraph before is about someone else
    ("Tom Lee founded the lab.\n\n“We had to elbow our way to the table.” The work was hard. “You have to produce "
     "results,” said engineer Ana Ruiz.", [None, "Ana Ruiz"]),
])
def test_run_opening(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers
