"""Who speaks when a person's affiliation, or an organisation described in apposition, stands before the verb
(sources._PERSON_OF_ORG, context.org_antecedent, attribution kinds)."""

from __future__ import annotations

from quote_cases import attribution_rows, speakers


def test_a_surname_at_a_university_speaks_not_the_university(tmp_path):
    text = ("Pacific expert Henryk Walas studies the islands.\n\nDespite these efforts, Walas at the University of "
            "Hawaii said it is important to engage them on “equal footing.”")
    assert speakers(tmp_path, text) == ["Henryk Walas"]
    assert ("named", "Henryk Walas") in attribution_rows(tmp_path, text)


def test_a_surname_nobody_named_before_stays_the_university(tmp_path):
    # (a single capitalised word the article never gave as a person's name is not read as one)
    text = "Despite these efforts, Officials at the University of Hawaii said it is important to act on “equal footing.”"
    assert "Officials" not in speakers(tmp_path, text)


def test_the_group_an_appositive_described(tmp_path):
    text = ("Talks come two weeks after the founding of the Joint Sanctions Watch Team, a group formed by the United "
            "States and its allies.\n\nThe group said it was committed to “safeguard the nonproliferation regime.”")
    assert speakers(tmp_path, text) == ["Joint Sanctions Watch Team"]
    assert ("institution", "Joint Sanctions Watch Team") in attribution_rows(tmp_path, text)


def test_the_group_with_two_described_stays_unresolved(tmp_path):
    text = ("The Harbor Watch Team, a group formed by fishers, met the River Care Network, a group formed by farmers.\n\n"
            "The group said it was committed to “clean water for all.”")
    assert speakers(tmp_path, text) != ["Harbor Watch Team"] and speakers(tmp_path, text) != ["River Care Network"]


def test_what_kind_of_organisation_then_its_name_in_commas(tmp_path):
    # newcomer adv59: "The manufacturer, Belvax, said" was a named person
    assert attribution_rows(tmp_path, "The manufacturer, Belvax, said the drug was safe.") == [("institution", "Belvax")]
    assert attribution_rows(tmp_path, "Her lawyer, Ana Ruiz, said the case was weak.") == [("named", "Ana Ruiz")]


def test_police_say_in_the_present_tense_is_the_force(tmp_path):
    # newcomer adv59: "Police say the suspect fled." was missed ("Police said" was found)
    assert attribution_rows(tmp_path, "Police say the suspect fled.") == [("institution", "police")]


def test_a_named_lead_and_her_colleagues_speak_as_the_lead(tmp_path):
    # newcomer adv60: "Brandt, a professor at Caldwyn, and her colleagues found" was vague ("her colleagues found")
    text = "Professor Mia Brandt studies soils.\n\nBrandt, a professor at Caldwyn, and her colleagues found that it was dry."
    assert attribution_rows(tmp_path, text) == [("named", "Mia Brandt")]
    text = "Professor Mia Brandt studies soils.\n\nBrandt and her colleagues believe that the drought will last."
    assert attribution_rows(tmp_path, text) == [("named", "Mia Brandt")]


def test_a_person_set_off_by_commas_after_what_kind_of_company(tmp_path):
    # newcomer adv71: "A representative for the telecom company, Raj Patel, told" was an organisation
    assert attribution_rows(tmp_path, "A representative for the telecom company, Raj Patel, told the crowd it was safe.") \
        == [("named", "Raj Patel")]
    assert attribution_rows(tmp_path, "The insurer, Acme Insurance Group, said rates rise.") == [("institution", "Acme Insurance Group")]
