"""partial_credit: a few quoted words inside the writer's sentence, credited by the last "X said" before them."""

from __future__ import annotations

import pytest

from medialit.analysis.partial_credit import _partial


@pytest.mark.parametrize("before, speaker", [
    ("FIDH said the vote was a ", "FIDH"),
    ("In its statement, FIDH said the election was a ", "FIDH"),
    ("John McAuliff, who said the context was ", "John McAuliff"),
    # where someone works is not who speaks; a country after "in" does not speak; a state after a town is no body
    ("Jones of the Stimson Center argued that the policy is more a ", None),
    # (also past an adjective: congress-rounds-irs-surveillance-bill, the fifty-first held-out batch once dev)
    ("Steven Rosenthal at the left-leaning Tax Policy Center concluded the proposal would, ", None),
    ("refugees waiting for resettlement in the U.S. told VOA that staying would be ", None),
    ("Paul from Johnson, VT said, ", None),
    # a job with "of" before the name is still the person's
    ("U.S. Secretary of State Rex Tillerson said the United States is committed to a ", "Rex Tillerson"),
    # someone else speaks after the credit
    ("She said one man kept shouting, ", None),
])
def test_partial(before, speaker):
    m = _partial(before)  # (the match may hold the job's last words before the name: "State Rex Tillerson")
    assert (m is None) == (speaker is None) and (m is None or m.group("speaker").endswith(speaker))
