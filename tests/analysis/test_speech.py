"""Speech patterns: the forms that tie a quote to its speaker (medialit/analysis/speech.py)."""

from __future__ import annotations

import pytest

from medialit.analysis.speech import _AFTER_VS, _BEFORE


@pytest.mark.parametrize("after, speaker", [
    (", said Ana Ruiz.", "Ana Ruiz"),
    (" said Ana Ruiz, the director.", "Ana Ruiz"),
    (", explained Dr. Hamid Rezaei.", "Dr. Hamid Rezaei"),
])
def test_a_verb_before_the_speaker_after_the_quote(after, speaker):
    assert _AFTER_VS.match(after).group("speaker") == speaker


def test_a_speaker_on_a_day_before_the_quote():
    assert _BEFORE.search("The Harbour Journal on Tuesday said that ").group("speaker") == "The Harbour Journal"


def test_an_attribution_at_the_end_of_the_sentence_after_a_partial_quote(tmp_path):
    # "Lula’s approach … on Ukraine and Gaza reflects Brazil’s strategy of “multi-alignment” in …, said Bruna Santos,
    # director at …" (eighteenth held-out batch): the one who said the sentence, not a place before a verb
    from quote_cases import speakers
    text = ("The approach to pressures on Ukraine and Gaza reflects Brazil’s strategy of “multi-alignment” in an "
            "increasingly fragmented landscape, said Bruna Santos, director at the Wilson Center’s Brazil Institute.")
    assert speakers(tmp_path, text) == ["Bruna Santos"]


def test_an_adjective_made_from_a_name_never_speaks(tmp_path):
    # "One comment commonly posted under many Trump-related posts reads: “…”": nobody named
    from quote_cases import speakers
    text = "One comment commonly posted under many Trump-related posts reads: “What excuse do you have for not working hard?”"
    assert speakers(tmp_path, text) == [None]


def test_an_outlet_that_reports_testimony_is_not_the_speaker(tmp_path):
    # "The FBI testified that his family had “important political connections,” The Dallas Morning News reported"
    from quote_cases import speakers
    text = ("The FBI testified that his family had \"important political connections,\" The Dallas Morning News "
            "reported in 2022.")
    assert speakers(tmp_path, text) == ["FBI"]
    assert speakers(tmp_path, "“We will win,” The Dallas Morning News reported.") == ["Dallas Morning News"]


def test_a_participle_after_a_that_clause_belongs_to_the_sentence_subject(tmp_path):
    # "… stating that Ashli Babbitt was responsible …, labeling the President a “…”" (eighteenth batch): never the
    # subject of the that-clause; "prisoners are saying" (progressive, no comma) still speaks
    from quote_cases import speakers
    text = ("Lena Kade has endorsed statements which are reprehensible: among others, stating that Ana Bell was "
            "responsible for the riot, labeling the mayor “a hypocrite of the worst kind.”")
    assert speakers(tmp_path, text) == ["Lena Kade"]
    assert speakers(tmp_path, "The agency also reports that prisoners are saying \"freedom or death\" on the roof.") \
        == ["prisoners"]


def test_a_second_quote_after_adding_that(tmp_path):
    # "“…,” Ryder told reporters Tuesday, adding that small drones have become “relatively common now …”": two quotes
    from quote_cases import speakers
    text = ("“The bottom line is that we are going to take it seriously,” spokesperson Pat Ryder told reporters "
            "Tuesday, adding that small drones have become “relatively common now across the landscape.”")
    assert speakers(tmp_path, text) == ["Pat Ryder", "Pat Ryder"]


def test_but_said_and_according_to_at_the_end(tmp_path):
    from quote_cases import speakers
    assert speakers(tmp_path, "Jon Finer is an adviser. Finer declined to confirm but said it is “consistent” with the "
                              "plan to “allow them to defend their territory.”") == ["Jon Finer", "Jon Finer"]
    assert speakers(tmp_path, "David Dunn teaches. Drones were seen above the base — a “particularly sinister” "
                              "development, according to Dunn.") == ["David Dunn"]
    # one word in marks with the credit at the end of the sentence is a term, not a quote
    assert speakers(tmp_path, "The robot uses two “hands” to grasp tissue, according to Shane Farritor, its designer.") == []


def test_a_name_set_off_by_commas_before_called(tmp_path):
    # newcomer adv36: "Her counterpart, Sergei Volkov, called the charges “nonsense.”" (and a Wikinews eyewitness who
    # "described"); never "has, in a statement, called on" (no name)
    from quote_cases import speakers
    assert speakers(tmp_path, "Her counterpart, Sergei Volkov, called the charges “nonsense.”") == ["Sergei Volkov"]
    assert speakers(tmp_path, "The general's deputy, Colonel Ruth Amadi, called the retreat “orderly.”") == ["Ruth Amadi"]
    assert speakers(tmp_path, "The Emergencies Ministry has, in a statement, called on drivers to \"not forget that the "
                              "lives of other people depend on you.\"") != ["a statement"]


def test_a_name_glued_to_said_by_a_scrape(tmp_path):
    # scraped releases lose the space at a link: "“…,” saidCongresswoman Jacobs. “…”", "saidMandy Cohen, M.D., Director"
    from quote_cases import speakers
    text = ("Sara Jacobs introduced the bill.\n\n“The United States is stronger when our values align with our support,” "
            "saidCongresswoman Jacobs. “I’ve been increasingly alarmed by the rise of authoritarianism.”")
    assert speakers(tmp_path, text) == ["Sara Jacobs"]


@pytest.mark.parametrize("text, speakers", [
    # twenty-eighth held-out batch, once dev: verbs that characterise what someone said, and "JB" initials after a title
    ("Gov. Tom Vale smeared the agency as the “modern-day Gestapo.”", ["Tom Vale"]),
    ("Rep. Tom Vale implored people to “fight” the plan “in the streets.”", ["Tom Vale", "Tom Vale"]),
])
def test_characterising_verbs_twenty_eighth_batch(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


def test_two_capital_initials_after_a_title():
    from medialit.analysis.names import people_in_text
    text = "Gov. JB Ruiz spoke. Vice President JD Vale spoke. The US Senator spoke."
    assert [n for _, _, n in people_in_text(text)] == ["JB Ruiz", "JD Vale"]


def test_initials_missing_their_last_full_stop_are_no_name(tmp_path):
    # congress-aoc-fema-funeral-assistance-letter (dev): "said U.S Senator Charles Schumer" gave the quote to "U"
    from quote_cases import speakers
    assert speakers(tmp_path, "“FEMA must act now,” said U.S Senator Charles Schumer.") == ["Charles Schumer"]


@pytest.mark.parametrize("text, speaker", [
    # congress-pocan-save-medicare-act (the thirty-eighth held-out batch, then tuned on): a job in capitals between
    # the name and the verb, no comma to close it
    ('"Medicare is a treasure," Lena Park, President of Harlow Care said. "Plans mislead people."', "Lena Park"),
    ('"Signing up is a maze," Tom Berg, Executive Director of Kestrel Works said.', "Tom Berg"),
    # congress-lee-catastrophic-wildfire-prevention-act: a committee's name with a list in it, then the chairman
    ('"The act empowers land managers," said National Parks, Forests, and Public Land Subcommittee Chairman Rob Hale.',
     "Rob Hale"),
    ('"We act," said Energy and Commerce Committee Chairman Tom Berg.', "Tom Berg"),
])
def test_a_name_then_a_capitalised_job_or_a_committee_list_then_the_chairman(tmp_path, text, speaker):
    from quote_cases import speakers
    assert set(speakers(tmp_path, text)) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # congress-strickland-food-lifeline-award (the fortieth held-out batch, then tuned on): an organisation's job,
    # a comma, then the person ("said Food Lifeline CEO, Linda Nageotte."): the person, not the organisation
    ("“With her bill, she inspired us,” said Harlow Pantry CEO, Lena Park. “It is working.”", "Lena Park"),
    # congress-turner-delphi-amicus-brief: a dash credit with the member's district and party after the name
    ("“The retirees deserve what they earned.” – Representative Tom Berg (OH-6, R)", "Tom Berg"),
    ("“They have waited far too long,” – Congressman Omar Diaz (MI-05, D)", "Omar Diaz"),
    # newcomer adv66: a hyphen with spaces round it for the dash
    ("“Our fire departments are the backbone of public safety.” - Rep. Tom Berg (OH-6)", "Tom Berg"),
])
def test_a_job_then_a_comma_then_the_name_and_a_dash_credit_with_a_district(tmp_path, text, speaker):
    from quote_cases import speakers
    assert set(speakers(tmp_path, text)) == {speaker}


@pytest.mark.parametrize("text, speakers", [
    # congress-harris-conscience-lawsuit-letter (the forty-first held-out batch, then tuned on): the letter's
    # addressees took its words ("The letter to Attorney General X and HHS Secretary Y continued:"), wrong names
    ("Rep. Ana Ruiz and her colleagues wrote to the Justice Department.\n\nThe letter to Attorney General Tom Berg and HHS "
     "Secretary Lena Park continued: \"Under your leadership, the notice was revoked.\"", [None]),
    ("In a letter to the FDA, Senator Ana Ruiz said: \"Act now.\"", ["Ana Ruiz"]),
    # congress-raskin-cbp-michigan-letter: words "one scholar has called" are the scholar's, not the members' quoted before
    ("“The patterns are disturbing,” said Rep. Ana Ruiz. The zone covers the whole state, which one scholar has called "
     "a “zone of diminished constitutional protections.”", ["Ana Ruiz", None]),
])
def test_a_letters_addressee_and_an_unnamed_scholar_never_speak_for_the_writers(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speaker", [
    # the fifty-first and fifty-second held-out batches, once dev: a description whose closing comma is left out
    # (congress-gosar-work-permits-bill), a home state and an adverb before "who … stated" (congress-bergman-…), a dash
    # credit of two hyphens and a long title (congress-davis-foster-youth-needs)
    ("Dan Stein, president of the Federation for American Immigration Reform (FAIR) added, \"it is hard to imagine this.\"",
     "Dan Stein"),
    ("Ana Ruiz, director of the Urban Institute said, \"It fails.\"", "Ana Ruiz"),
    ("Statements by officials like former Governor Terry McAuliffe of Virginia, who publicly stated, “I don’t think parents "
     "should be telling schools what to teach,” are unacceptable.", "Terry McAuliffe"),
    ("Officials like Tessa Lindqvist of Ohio, who publicly stated last month, “every college must earn its funding,” are "
     "wrong.", "Tessa Lindqvist"),  # (a newcomer's: when, between the verb and the quote)
    ("\"Foster youth continue to face hardships.\" --Worker and Family Support Chairman Danny K. Davis (D-IL)", "Danny K. Davis"),
])
def test_descriptions_without_their_closing_comma_home_states_and_double_hyphen_credits(tmp_path, text, speaker):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the fifty-third held-out batch, once dev (congress-jeffries-nycha-funding): a place's name, an acronym or a numeral,
    # then a title, then the person
    ("“We really need this money,” said Kingsborough Extension TA President Angela Whitaker.", "Angela Whitaker"),
    ("“We really need this money,” said Van Dyke II Houses TA President Herman Rivera.", "Herman Rivera"),
])
def test_a_places_name_and_an_acronym_before_the_title_and_the_person(tmp_path, text, speaker):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # the fifty-fifth held-out batch, once dev (congress-cardin-fema-baltimore-county; the same kind in
    # congress-booker-haitian-community-meeting): members of a body, the body named, none of them by name
    ('"We have been united in urging the Administration," said members of the Delegation. "Communities want to recover."',
     ["members of the Delegation"]),
    ("“With the third most Haitian American elected officials,” wrote members of National Haitian American Elected "
     "Officials Network.", ["members of National Haitian American Elected Officials Network"]),
    ("“We are glad,” said members of the team.", ["members of the team"]),
    # (never "members" alone: whose members, the sentence does not say)
    ("“We are glad,” said members. Others agreed.", [None]),
])
def test_members_of_a_body_speak_as_the_members(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


def test_a_name_then_who_called_it(tmp_path):
    # newcomer adv71: "Senator Ana Ruiz, who called the plan “a disgrace,” voted no." had no speaker
    from quote_cases import speakers
    assert speakers(tmp_path, "Senator Ana Ruiz, who called the plan “a disgrace,” voted no.") == ["Ana Ruiz"]


def test_an_unnamed_person_and_where_they_work_before_a_colon(tmp_path):
    # fifty-ninth held-out batch (then tuned on): "one scientist at an EPA regional office wrote:" (who and where, no name)
    from quote_cases import speakers
    text = ("In response to the survey, one scientist at a regional harbor office wrote: \"Do not trust the agency to "
            "protect your coast.\"")
    assert speakers(tmp_path, text) == ["one scientist at a regional harbor office"]


def test_a_place_after_an_unnamed_person_never_speaks(tmp_path):
    # newcomer adv73: "A woman in Kano said:" named the city as the speaker; where someone nobody names is, is no name
    from quote_cases import speakers
    assert speakers(tmp_path, "Police warned of scam texts. A woman in Kano said: \"It looked real.\"") == [None]
    assert speakers(tmp_path, "A trader in Port Harcourt told reporters: \"It looked real.\"") == [None]
    # (a statement from a body is still the body's)
    assert speakers(tmp_path, "A statement from the ministry read: \"We regret the incident.\"") == ["the ministry"]


def test_glued_quotes_keep_the_narration_out(tmp_path):
    # newcomer adv73: a release pasted with no spaces after its full stops ("late."The company said …"): the writer's next
    # sentence is neither part of the quote nor the last speaker's
    from quote_cases import speakers
    assert speakers(tmp_path, "The firm said it would grow.Mette Dalsgaard said:\"We were consulted late.\"The company "
                              "said it would reply.") == ["Mette Dalsgaard"]
    assert speakers(tmp_path, "\"Havbro is big,\" said Søren Kjærgaard.\"It shows wind works.\"The company said it would "
                              "hire.") == ["Søren Kjærgaard"]
