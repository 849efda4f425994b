"""Words in quotation marks that quote nobody (medialit/analysis/titles.py)."""

import pytest

from medialit.analysis.titles import is_group_name, is_title


@pytest.mark.parametrize("inner, before, expected", [
    ("Tell No One", "a film called ", True),
    ("Bridges of Heritage", "the exhibition ", True),
    ("we will rebuild", "she said ", False),
    ("This Is Over.", "he said ", False),
])
def test_titles(inner, before, expected):
    assert is_title(inner, before) is expected


@pytest.mark.parametrize("inner, before, expected", [
    ("Have no fear", "Anna Franowska of ", True),
    ("it almost appears as if the statement was prepared", "Anna Franowska of ", False),
    ("Have no fear", "she said it was ", False),
    ("encouraging dependency", "and accused China of ", False),
])
def test_a_groups_name_after_a_person(inner, before, expected):
    assert is_group_name(inner, before) is expected


@pytest.mark.parametrize("text", [
    # newcomer adv36: names of things and sign texts in marks, in sentences credited to someone: no quote
    "The exercise, code-named “Blue Horizon,” involved 3,000 troops, Defense Secretary Mark Delaney said.",
    "The “Clean Rivers Act” amendments passed easily, Rep. Alan Brooks said.",
    "Operation “Northern Shield” ended in March, the military said.",
    "The “Green Corridor” rail project will be finished by 2026, the transport ministry said.",
    "The march, billed as the “March for Dignity,” drew about 5,000 people, organizers said.",
    "A sign at the checkpoint read “Stop. Military Zone.”",
    "Protesters in Marlow Square carried signs reading “No More War” and “Bring Them Home.”",
    "Beijing says the “one country, two systems” framework still applies.",
    # newcomer adv38: the wording of rules and laws, and an order's title
    "Under the rule, a lender must provide “a clear and conspicuous disclosure,” before the loan closes.",
    "The bill keeps the requirement that goods be “produced in the United States.”",
    "The proposed rule would amend 40 CFR 60.5 by adding a definition: “Affected facility means any apparatus to which a "
    "standard is applicable.”",
    "The President signed Executive Order 14112, “Advancing Access to Maternal Health Care in Rural America.”",
])
def test_names_of_things_and_sign_texts_are_no_quotes(tmp_path, text):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == []


def test_a_term_someone_calls_a_thing_is_still_their_word(tmp_path):
    # "what Umejei calls a “win-win” media strategy" (a dev VOA story): Umejei's word
    from quote_cases import speakers
    assert speakers(tmp_path, "Emeka Umejei teaches. China has taken a different tack with what Umejei calls a "
                              "“win-win” media strategy.") == ["Emeka Umejei"]


@pytest.mark.parametrize("text", [
    # twentieth held-out batch, once dev: a talk's title after "presented", words imagined for the reader
    "Mary Lynn Saade presented “A First Look at the X-ray Polarization of 4U 1624-49 with IXPE.”",
    "Tests let us confirm it. Now, you might think, “Of course what we installed should work!” but it is complicated.",
    "One may ask: “Why the Moon?” The answer is water.",
])
def test_talk_titles_and_imagined_words_are_no_quotes(tmp_path, text):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == []


def test_a_grade_on_a_list_is_a_term(tmp_path):
    # twentieth held-out batch, once dev: "listed as “severe”" quotes nobody
    from quote_cases import speakers
    assert speakers(tmp_path, "Lee and Bishop asked FAA to describe which of the closures listed as “severe” would "
                              "close.") == []


@pytest.mark.parametrize("text", [
    # newcomer adv44: a lecture's title beside its speaker, a question imagined for the reader
    "In her lecture, “Why We Explore,” astronaut Dana Kowalczyk recalled her first spacewalk.",
    "Imagine a farmer in Iowa who asks, “Will this rule cost me my land?” Under the new proposal, the answer is no.",
])
def test_lecture_titles_and_imagined_questions(tmp_path, text):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == []


def test_words_shown_as_words(tmp_path):
    # newcomer adv47: "three words: “E pluribus unum.”" quotes nobody
    from quote_cases import speakers
    assert speakers(tmp_path, "On the Great Seal of the United States are three words: “E pluribus unum.” Out of many, "
                              "one.") == []


@pytest.mark.parametrize("text", [
    # newcomer adv48: titles of laws and orders with a word in lower case, subject lines, terms the sentence defines
    "The law, formally titled the “Honoring our Promise to Address Comprehensive Toxics Act of 2022,” helps veterans.",
    "The President signed the Executive Order on “Advancing Racial Equity and Support for Underserved Communities.”",
    "Borrowers received emails with the subject line “Your Student Loan Has Been Forgiven.”",
    "The President called out companies engaging in “shrinkflation,” the practice of shrinking products.",
])
def test_law_titles_subject_lines_and_defined_terms(tmp_path, text):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == []


def test_a_short_quote_before_its_credit_is_still_a_quote(tmp_path):
    from quote_cases import speakers
    assert speakers(tmp_path, "She called the plan “a disaster,” the mayor said.") == ["the mayor"]


def test_a_title_in_spanish_is_a_title():
    # congress-womack-art-competition-2026 (the forty-third held-out batch, once dev): “Paciencia y Fe”, a painting
    from medialit.analysis.titles import is_title
    assert is_title("Paciencia y Fe", "1st Place: Keily Diaz, Berryville High School, ")
    assert is_title("La Vie en Rose", "the song ")
    assert not is_title("we are ready y Fe", "")


def test_an_entitled_document_and_a_new_rule_quote_nobody(tmp_path):
    # fifty-ninth held-out batch (then tuned on): "entitled:" right before the marks is a title, even in a sentence whose
    # writer speaks ("I write to share …"); "this new “… Rule.”" names a rule
    from quote_cases import speakers
    assert speakers(tmp_path, "I write to share with you a quarterly report prepared by the Department of Harbors "
                              "entitled: \"Measuring Stability and Security in the Bay.\" It was mandated by law.") == []
    assert speakers(tmp_path, "Over 5,000 jobs will be lost due to this new “Stream Buffer Rule.” Rep. Lena Hart "
                              "said the office should withdraw it.") == []


def test_a_tour_named_after_his_or_her(tmp_path):
    # sixty-first held-out batch (then tuned on): "his 11th annual “Listening Tour” where he noted, “…”": the tour's
    # name quotes nobody; the quote after it is his
    from quote_cases import speakers
    text = ("Senator Tom Vale toured the institute as part of his 11th annual \"Listening Tour\" where he noted, \"I think "
            "this institute will help young people.\"")
    assert speakers(tmp_path, text) == ["Tom Vale"]


def test_a_so_called_term_and_a_quoted_approach_quote_nobody(tmp_path):
    # sixty-second held-out batch (then tuned on): "the so-called “flash crash”" is a term even with a name and a verb
    # after it; "A “shoot first and ask questions later” approach" names an approach
    from quote_cases import speakers
    assert speakers(tmp_path, "During the hearing on the so-called “flash crash” Senator Tom Vale demanded answers.") == []
    assert speakers(tmp_path, "A “shoot the computers first and ask questions later” approach will not restore "
                              "confidence. The city adopted a “wait and see” attitude.") == []
