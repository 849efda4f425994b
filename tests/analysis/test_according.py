"""according: attributions made with "according to" (issue 12), each kind as found in real news."""

from __future__ import annotations

import pytest

from medialit import find_attributions, find_quotes
from medialit.corpus.loader import load_article


@pytest.mark.parametrize("text, rows", [
    # the police of the place reported on: an institution, as "police said"
    ("The man fled, according to police.", [("police", "institution")]),
    # the author of a document
    ("Shops closed, according to a tweet on Monday by US Secretary of State Mike Pompeo.",
     [("Mike Pompeo", "named")]),
    ("More than 60 shops closed, according to a tweet by the Ashford Chamber of Commerce.",
     [("Ashford Chamber of Commerce", "institution")]),
    # what it is, then its name; the words that describe a person, then the person
    # congress-lee-individual-mandate-poll (the thirty-eighth held-out batch, then tuned on): pollsters joined by a slash
    ("According to the Harlow Times/Kestrel News Poll, 74% of voters oppose it.",
     [("the Harlow Times/Kestrel News Poll", "institution")]),
    ("Press freedom fell, according to the advocacy organization Reporters Without Borders.",
     [("Reporters Without Borders", "institution")]),
    ("The paper was printed, according to Samoa Observer editor Keni Lesa.", [("Keni Lesa", "named")]),
    # a surname the article gave in full (beside where the person works), or opening with a particle
    ('Sheldon Yett of UNICEF observed, "It is fast." According to Yett, the goal was 90 percent.',
     [("Sheldon Yett", "named"), ("Sheldon Yett", "named")]),
    ("Information Minister Moammar al-Eryani spoke. According to al-Eryani, the rebels are backed by Iran.",
     [("Moammar al-Eryani", "named")]),
    # an organisation's own words
    ("Fees rose 40 percent, according to the WHO.", [("the WHO", "institution")]),
    # fifty-ninth held-out batch (then tuned on): "as reported in" an outlet, the outlet that published it
    ("As reported in the Harbor Courier earlier this month, the plan began as a proposal by a freshman.",
     [("the Harbor Courier", "institution")]),
    ("The merger was first reported by Bayside Daily.", [("Bayside Daily", "institution")]),
])
def test_according_to(tmp_path, text, rows):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    a = find_attributions(load_article(path))
    assert [tuple(r) for r in a[a.kind != "vague"][["source", "kind"]].values.tolist()] == rows


@pytest.mark.parametrize("text, rows", [
    # "according to him/her": the person the pronoun means, only when it fits ("him" is never Ana Ruiz)
    ("Houthi military spokesperson Yahya Sarea said it had carried out the attack. According to him, ten drones were used.",
     [("Yahya Sarea", "named"), ("Yahya Sarea", "named")]),
    ("Ana Ruiz met Tom Lee. According to him, the deal is done.", [("Tom Lee", "named")]),
    ("Ana Ruiz spoke on Monday. According to him, the deal is done.", []),
    # "her" as a possessive is a document of hers, not the pronoun
    ("Gloria Vanderbilt wrote books. According to her memoirs, she was lonely.", [("Gloria Vanderbilt", "named")]),
])
def test_according_to_a_pronoun(tmp_path, text, rows):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    a = find_attributions(load_article(path))
    assert [tuple(r) for r in a[a.kind != "vague"][["source", "kind"]].values.tolist()] == rows



@pytest.mark.parametrize("text, rows", [
    # a few words of job in lower case, then the person
    ("Mugabe died, according to current president Emmerson Mnangagwa.", [("named", "Emmerson Mnangagwa")]),
    ("The town flooded, according to local resident Ana Ruiz.", [("named", "Ana Ruiz")]),
    ("However, the 5% target is unrealistic, according to analyst Pere Ortega of the Delas Center.", [("named", "Pere Ortega")]),
])
def test_according_to_a_job_then_a_person(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # newcomer adv46: the person after a document's job, a job after "police", a sentence's own start, a fact sheet
    ("Researchers found that the bacteria survived, according to the study’s lead author, Dr. Naveen Pillai of JPL.",
     [("vague", "nobody named"), ("named", "Dr. Naveen Pillai")]),
    ("According to police spokesman Tom Lee, the man fled.", [("named", "Tom Lee")]),
    ("According to a NASA fact sheet, the engine produces 512,000 pounds of thrust.", [("institution", "a NASA fact sheet")]),
    ("The tower is tall, and some engineers joke that you can see Tennessee from the top.", [("vague", "nobody named")]),
])
def test_according_to_jobs_and_sheets(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, source", [
    # twenty-sixth held-out batch, once dev: a party or a state before an abbreviated title, and initials written together
    ("No problem, according to Democrat Gov. A.B. Ruiz, who resisted calls for help.", "A.B. Ruiz"),
    ("No problem, according to Republican Sen. Ana Ruiz, who resisted calls.", "Ana Ruiz"),
])
def test_according_to_a_party_and_a_title_before_the_name(tmp_path, text, source):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == [("named", source)]


def test_a_quote_as_reported_in_an_outlet_is_the_outlets(tmp_path):
    path = tmp_path / "case.txt"
    path.write_text("As reported in the Harbor Courier last week, “the idea has become the closest thing to consensus.”",
                    encoding="utf-8")
    q = find_quotes(load_article(path))
    assert q.speaker.tolist() == ["the Harbor Courier"]
