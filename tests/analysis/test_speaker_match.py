"""Speaker matches (medialit.analysis.speaker_match): the person a pattern's "speaker" words stand for."""

import pytest

from medialit.analysis.speaker_match import _person_after, _person_before
from medialit.corpus.loader import load_article


def _article(tmp_path, text):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def test_a_title_or_place_before_a_name_stands_for_the_person(tmp_path):
    text = "“We lost,” said former New Zealand coach John Bracewell."
    art = _article(tmp_path, text)
    end = text.index("New Zealand") + len("New Zealand")
    assert _person_after(art, "New Zealand", end)[2] == "John Bracewell"


def test_letters_after_a_name_end_it(tmp_path):
    # "King" is a title elsewhere, but here "Jr." ends the name: nobody after it
    text = "Martin Luther King Jr. said, “We shall overcome.”"
    art = _article(tmp_path, text)
    assert _person_after(art, "Martin Luther King", text.index(" Jr.")) is None


def test_the_person_named_before_an_organisation_speaks(tmp_path):
    text = "“Safety comes first,” Edward Warner of Civil Aviation Authority added."
    art = _article(tmp_path, text)
    s, e, name = _person_before(art, text.index("Civil"))
    assert name == "Edward Warner" and text[s:e] == "Edward Warner"


def _art(tmp_path, text):
    from medialit.corpus.loader import load_article
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def test_whole_org_and_person_in_place(tmp_path):
    from medialit.analysis.speaker_match import person_in_place, whole_org
    art = _art(tmp_path, "South Africa’s Department of International Relations and Cooperation responded. Smith and "
                         "Jones said no.")
    at = art.text.index("Cooperation")
    assert whole_org(art, at, "Cooperation") == (art.text.index("Department"), "Department of International Relations and Cooperation")
    assert whole_org(art, art.text.index("Jones"), "Jones") is None  # two people are no organisation
    art = _art(tmp_path, "Shen Dingli spoke. Later, Shen in Shanghai said more.")
    at = art.text.index("Shanghai")
    assert person_in_place(art, at, "Shanghai")[2] == "Shen Dingli"
    assert person_in_place(art, art.text.index("Dingli"), "Dingli") is None


def test_an_attribution_turned_round_with_a_capital_verb_between_two_quotes(tmp_path):
    # a release's “….”Stated Congresswoman X.“…” (seventeenth held-out batch): one split quote, hers
    from quote_cases import attribution_rows, speakers
    text = "“Our troops deserve better.”Stated Congresswoman Ana Ruiz.“We must act.”"
    assert speakers(tmp_path, text) == ["Ana Ruiz"]
    assert ("named", "Ana Ruiz") in attribution_rows(tmp_path, text)
    # a capitalised participle that opens a sentence of its own is no attribution
    assert speakers(tmp_path, "“Our troops deserve better.” Stated plainly, the rules changed.") == [None]


@pytest.mark.parametrize("text, speakers, source", [
    # a release's list of supporters' statements: name, job and organisation set off by commas, then a colon
    ("The bill has support.\n\nJustin Brook, Director of Technology Policy, Consumer Group: “This bill protects buyers.”",
     ["Justin Brook"], "Justin Brook"),
    ("The bill has support.\n\nSteve Downer, Vice President, Amazon:\n\n“We support the bill.”", ["Steve Downer"], "Steve Downer"),
])
def test_a_label_with_a_job_names_who_speaks(tmp_path, text, speakers, source):
    from quote_cases import attribution_rows, speakers as _speakers
    assert _speakers(tmp_path, text) == speakers
    assert ("named", source) in attribution_rows(tmp_path, text)


def test_so_says_after_the_quote(tmp_path):
    # "“…” So says Marta Lindgren." (adv31): the attribution turned round in a sentence of its own
    from quote_cases import speakers
    assert speakers(tmp_path, "“You learn the water or it teaches you.” So says Marta Lindgren.") == ["Marta Lindgren"]
    assert speakers(tmp_path, "“You learn the water.” So the ferry left.") == [None]
