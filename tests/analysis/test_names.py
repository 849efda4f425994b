"""Names (medialit/analysis/names.py): people named in running text, and a name without its job title."""

from __future__ import annotations

import pytest

from medialit.analysis.names import _people_in, person


@pytest.mark.parametrize("written, name", [
    ("ACME Director Lina Voss", "Lina Voss"), ("General Tarek al-Nouri", "Tarek al-Nouri"),
    ("Dr. Hamid Rezaei", "Dr. Hamid Rezaei"), ("Forest Service Chief Randy Moore", "Randy Moore"),
    ("Mr. James O'Neill", "Mr. James O'Neill"), ("Mayor Ortiz", "Ortiz"),
])
def test_person_drops_job_titles_and_keeps_forms_of_address(written, name):
    assert person(written) == name


@pytest.mark.parametrize("text, people", [
    ("Ana Ruiz, a researcher at the University of California Santa Cruz, led the study.", ["Ana Ruiz"]),
    ("The results were published in the journal Physical Review D by Tom Berg.", ["Tom Berg"]),
    ("She visited the Bank of England Head Office.", []),
])
def test_names_inside_named_things_are_not_people(text, people):
    assert [n for _, _, n in _people_in(text, 0, [])] == people


@pytest.mark.parametrize("text, names", [
    # Latin letters beyond ASCII
    ("said JPL’s Cédric David. Łukasz Ćwik and Øyvind Åberg agreed.", ["Cédric David", "Łukasz Ćwik", "Øyvind Åberg"]),
    # three-word names, never with a day after them
    ("José Antonio Alonso spoke. John Paul Jones left. Lena Ortiz Tuesday said no.",
     ["José Antonio Alonso", "John Paul Jones", "Lena Ortiz"]),
    # a word that opens the sentence is not a first name
    ("The meeting ended. Later John Smith said no. Yesterday Mary Jones left. When Ana Ruiz came, all stood.",
     ["John Smith", "Mary Jones", "Ana Ruiz"]),
    # a job at an organisation before the name; a unit before a job is not a person
    ("Secretary of the Air Force James Roche wrote. The agency’s Airborne Science deputy director retired.",
     ["James Roche"]),
    # a month that is also a given name, before a surname, is a name; after "in", "since", "last" it is a date
    ("Journalist April Xu suggested a bakery. In April Xu spoke. Since May Lee left, June Almeida leads. Last June Ortiz won.",
     ["April Xu", "June Almeida"]),
])
def test_people_named_in_running_text(text, names):
    assert [n for _, _, n in _people_in(text, 0, [])] == names


@pytest.mark.parametrize("text, names", [
    # a place word ends the run ("Riverside Commune"), a region opens it ("Southeast Asian"), a ministry's
    # portfolio ends in "Affairs": none is a person
    ("He was sent to Riverside Commune. Southeast Asian leaders met. The Minister of Social Affairs spoke.", []),
    # a photographer's credit in brackets is nobody who speaks
    ("Voters queue at a school. (Lena Ortiz | City Radio)", []),
    # "San" opens a place, unless a description fits only a person
    ("San Diego is warm. San Sel, another former reporter, took a job in marketing.", ["San Sel"]),
    # "First Minister" is a job with no name yet; the nation before the name is no part of it
    ("First Minister of Scotland Nicola Sturgeon spoke.", ["Nicola Sturgeon"]),
    # a possessive is not part of the name
    ("He rejected Prime Minister Oleksiy Honcharuk's offer.", ["Oleksiy Honcharuk"]),
    # a party word ends no person's name; a think tank's name after "think tank" is no person's
    ("Top Republican members of the House say talks began. Leading Democrats disagree. Top Democrat Chuck Schumer left.",
     ["Chuck Schumer"]),
    ("said Ada Novak, editor of Warsaw-based think tank Baltic Insight.", ["Ada Novak"]),
])
def test_places_jobs_and_credits_are_no_people(text, names):
    assert [n for _, _, n in _people_in(text, 0, [])] == names


@pytest.mark.parametrize("text, people", [
    # four names, then a description that fits only a person
    ("The IRGC declared it. Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of mourning.",
     ["Sayyid Ali Hosseini Khamenei"]),
    ("Maria Jose Lopez Garcia, 41, spoke.", ["Maria Jose Lopez Garcia"]),
    # four capitalised words with no such description stay a name of a thing
    ("The Lunar Navigation Satellite System, the first of its kind, works.", []),
])
def test_four_word_names_of_people(text, people):
    from medialit.analysis.names import people_in_text
    assert [n for _, _, n in people_in_text(text)] == people


@pytest.mark.parametrize("text, people", [
    # twentieth held-out batch, once dev: the field of an office ("Chief of Staff") opens no name
    ("White House Chief of Staff Susie Wiles said it.", ["Susie Wiles"]),
    ("White House Director of Communications Steven Cheung said it.", ["Steven Cheung"]),
    ("Army Chief of Staff Gen. Randy George said it.", ["Randy George"]),
    ("the Secretary of Defense Pete Hegseth said it.", ["Pete Hegseth"]),
])
def test_offices_of_a_field_before_a_name(text, people):
    from medialit.analysis.names import people_in_text
    assert [n for _, _, n in people_in_text(text)] == people


@pytest.mark.parametrize("text, people", [
    # newcomer adv44: a generation is no part of the name; a given name and a surname that end a long office's name
    ("Deputy Secretary of Energy Martin Hale Jr. toured the plant.", ["Martin Hale"]),
    ("Douglas A. Whitfield III announced the policy.", ["Douglas A. Whitfield"]),
    ("Director of the Office of Management and Budget Caleb Marsh III: hi", ["Caleb Marsh"]),
    ("Director of the Office of Science and Technology Policy Mara Lee: hi", ["Mara Lee"]),
    ("White House Deputy Chief of Staff for Policy Daniel Okafor: hi", ["Daniel Okafor"]),
    # a place word after "and" ends another person's name; none in a list of places
    ("Ann Ruiz and Tom Hill said it.", ["Ann Ruiz", "Tom Hill"]),
    ("He visited Capitol Hill and Union Square.", []),
])
def test_generations_and_long_offices(text, people):
    from medialit.analysis.names import people_in_text
    assert [n for _, _, n in people_in_text(text)] == people


@pytest.mark.parametrize("text, names", [
    # a job in capitals after a name is no person ("U.S. Policy Fellow"), nor a field of study in capitals (dev, VOA)
    ("said Tariq Kenney-Shawa, U.S. Policy Fellow at the Policy Network.", ["Tariq Kenney-Shawa"]),
    ("Richard Rossow, chair on India and Emerging Asia Economies at the Center, said it.", ["Richard Rossow"]),
    # but a surname that is a job word or an abbreviation of one stays a name, after a first name or alone
    ("Hun Sen spoke. Rob Bishop and Stephen King came. Tak-Sing Wong agreed.",
     ["Hun Sen", "Rob Bishop", "Stephen King", "Tak-Sing Wong"]),
])
def test_jobs_and_fields_in_capitals_are_no_people(text, names):
    from medialit.analysis.names import people_in_text
    assert [n for _, _, n in people_in_text(text)] == names


def test_an_organisation_named_like_a_plural_job_keeps_its_name():
    # newcomer adv61: "Tenants United said" was a named "United" (a plural job read before one word)
    from medialit.analysis.names import person
    assert person("Tenants United") == "Tenants United"
    assert person("Senators Ann Cole") == "Ann Cole" and person("Sens. Cole") == "Cole"


@pytest.mark.parametrize("text, names", [
    # twenty-sixth held-out batch, once dev: initials written together ("J.B. Pritzker", "C.C. Wei"); never the
    # abbreviations of a country or a city before a title
    ("No problem, said A.B. Ruiz, who resisted.", ["A.B. Ruiz"]),
    ("Acme CEO C.C. Lin spoke.", ["C.C. Lin"]),
    ("U.S. Senator Ana Ruiz spoke. The D.C. Mayor Tom Vale spoke.", ["Ana Ruiz", "Tom Vale"]),
])
def test_initials_written_together(text, names):
    from medialit.analysis.names import people_in_text
    assert [n for _, _, n in people_in_text(text)] == names


def test_a_war_is_nobody():
    # whitehouse-campaign-promises-kept-six-months (the thirty-first held-out batch): "Prevent World" was a wrong name
    assert _people_in("Prevent World War III, restore peace in Europe: ", 0, []) == []
    assert [n for _, _, n in _people_in("Secretary of War Pete Hegseth said", 0, [])] == ["Pete Hegseth"]


@pytest.mark.parametrize("text, names", [
    # congress-pocan-cpc-benefit-cuts-amendment (the thirty-fifth held-out batch, then tuned on): a job at an
    # organisation, then a form of address, made the whole run an organisation's name and lost the person
    ("Progressive Caucus Chair Rep. Pramila Jayapal said", ["Pramila Jayapal"]),
    ("Judiciary Committee Chairman Rep. Jim Jordan said", ["Jim Jordan"]),
    ("Harlow Foundation President Dr. Ana Ruiz said", ["Dr. Ana Ruiz"]),
    ("The Laboratory for Atmospheric Physics said", []),
])
def test_a_job_at_an_organisation_then_a_form_of_address(text, names):
    assert [n for _, _, n in _people_in(text, 0, [])] == names


def test_a_plural_title_after_a_state_before_two_names():
    # congress-hawley-work-study-ppp-letter (the thirty-seventh held-out batch, then tuned on): "Missouri Senators" lost
    # the first senator, so "the senators wrote" had nobody to mean
    assert [n for _, _, n in _people_in("Today, Missouri Senators Josh Hawley and Roy Blunt sent a letter", 0, [])] == [
        "Josh Hawley", "Roy Blunt"]


def test_a_title_that_is_a_surname_too_after_another_title():
    # congress-clark-framingham-community-center (the forty-fifth held-out batch, once dev): "said City Council Chair
    # King" after "City Council Chair George King"
    from medialit.analysis.names import person
    assert person("City Council Chair King") == "King"
    assert person("Senate Majority Leader Schumer") == "Schumer"


def test_a_job_title_after_a_name_is_no_person():
    # sixty-third held-out batch (then tuned on): "Lakshmi Grama, Senior Digital Content Strategist at the National
    # Cancer Institute," named a second person, "Digital Content Strategist", and "She" meant nobody
    found = [n for _, _, n in _people_in("Lakshmi Grama, Senior Digital Content Strategist at the National Cancer Institute, "
                                         "knows this.", 0, [])]
    assert found == ["Lakshmi Grama"]
