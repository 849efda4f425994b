"""Reported sources (issue 12): the cues of indirect speech, and quotes whose sentence credits them.

find_quotes and find_attributions read the same cues (sources.reported_sources), so a sentence that
credits a quote to someone in words no quote pattern reads gives the quote that speaker, and both
functions agree. Every case is one kind of sentence found in real news (the real articles that showed
it are in tests/data/real), written here in general English.
"""

from __future__ import annotations

import pytest

from medialit import find_attributions, find_quotes
from medialit.analysis.sources import reported_sources
from medialit.corpus.loader import load_article


def _article(tmp_path, text):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path)


@pytest.mark.parametrize("text, speaker", [
    # a verb of speech, then an aside in dashes that credits someone else, then the quote
    ('Council Speaker Ana Ruiz commented on the vote — which the Gazette called unusual — "It is plain '
     'that the purpose is to stop the debate."', "Ana Ruiz"),
    # the verb, a few words of the writer's, then a partial quote
    ('US Envoy to France Tom Berg alleged, by way of example, the firm had "caused great harm to the '
     'people of the region," by its deals.', "Tom Berg"),
    # the person, where they are from, a verb that is not said, then "saying"
    ('Col. Ana Ruiz Diaz from Peru highlighted shared goals at the forum, saying, "We are close to '
     'you in culture and in history."', "Ana Ruiz Diaz"),
    # the quote first; the person named with a possessive job before the verb
    ('"It is important that we are present here," the Navy’s Adm. Tom Berg told the committee.', "Tom Berg"),
    # according to a document by a named person
    ('"The airline carries weapons across the region," according to a tweet on Monday by US Secretary '
     'of State Ana Ruiz.', "Ana Ruiz"),
    # according to what the source is, then its name
    ('According to the advocacy group Reporters Without Borders, "Collusion poses a grave threat to '
     'reporters."', "Reporters Without Borders"),
    ('According to Harbour Times editor Ana Ruiz, the movement was able to "hammer home their message '
     'again."', "Ana Ruiz"),
    # a long description with commas of its own before the verb
    ('Representative Tom Berg, chairman of the Subcommittee on Africa, Global Health, and Human Rights, '
     'released a statement that said the deals have "propped up rulers and their friends."', "Tom Berg"),
])
def test_the_sentence_credits_the_quote(tmp_path, text, speaker):
    art = _article(tmp_path, text)
    q = find_quotes(art)
    assert q.speaker.tolist() == [speaker], q[["text", "speaker", "reason"]].values.tolist()
    named = find_attributions(art)
    assert speaker in named.source.tolist(), named[["cue", "source"]].values.tolist()


@pytest.mark.parametrize("text", [
    # the cue belongs to another clause: "while" someone else indicated
    'The minister was told of "presumably forty people under the rubble", while Deputy Governor Ana Ruiz '
    'indicated more were missing.',
    # a few words set off in quotation marks are a term, not a quote
    'Ana Ruiz envisions the network tracking every "train" in real time.',
    # an excerpt quoted by a newspaper is not the newspaper's words
    'According to an excerpt quoted by The Harbour Times, "Neither the borrower nor its assets is immune '
    'from seizure."',
    # a source inside a quotation never speaks for the quote
    '"Tom Berg said nothing about the plan to close the harbour," the statement read.',
])
def test_no_speaker_from_another_clause(tmp_path, text):
    q = find_quotes(_article(tmp_path, text))
    assert q.speaker.isna().all() or q.speaker.tolist() != ["Tom Berg"] and q.speaker.tolist() != ["Ana Ruiz"], \
        q[["text", "speaker", "reason"]].values.tolist()


def test_reported_sources_are_listed_per_sentence(tmp_path):
    art = _article(tmp_path, "Ana Ruiz said the bridge would reopen. The weather was fine. "
                             "The ministry said repairs cost more.")
    found = reported_sources(art)
    assert len(found) == len(art.sentences) == 3
    assert [r["source"] for r in found[0]] == ["Ana Ruiz"] and not found[1]
    assert [(r["source"], r["kind"]) for r in found[2]] == [("The ministry", "institution")]
    assert reported_sources(art) is found  # remembered per article text


def test_words_inside_a_quote_are_no_cue(tmp_path):
    """The speaker's own "He told me" is not the article crediting anyone (a newcomer's report)."""
    art = _article(tmp_path, 'Beekeeper Rosalind Achterberg tends her hives. "He told me the bees were gone," she says.')
    found = [r for rows in reported_sources(art) for r in rows]
    assert [(art.text[r["start"]:r["end"]], r["source"]) for r in found] == [("she says", "Rosalind Achterberg")]
    a = find_attributions(art)
    assert a.source.tolist() == ["Rosalind Achterberg"] and a.cue.tolist() == ["she says"]


@pytest.mark.parametrize("text, speaker", [
    ('Resident Marcus Hale watched the fire. "It was terrible," Hale said.', "Marcus Hale"),
    ('Farmer Ana Ruiz lost her crop. "We start again," Ruiz said.', "Ana Ruiz"),
])
def test_a_job_before_a_name_is_not_part_of_it(tmp_path, text, speaker):
    assert find_quotes(_article(tmp_path, text)).speaker.tolist() == [speaker]


def test_a_nationality_before_a_job_and_reports_that_speak(tmp_path):
    art = _article(tmp_path, 'Chinese President Xi Jinping visited. Xi has called it the "project of the century," '
                             'comparing it to the Silk Road.')
    assert find_quotes(art).speaker.tolist() == ["Xi Jinping"]
    art = _article(tmp_path, 'Reports said both were showing "mild symptoms" of the disease.')
    a = find_attributions(art)
    assert a.kind.tolist() == ["vague"] and a.cue.tolist() == ["Reports said"]  # reports are nobody


@pytest.mark.parametrize("text, speakers", [
    # two people who share a surname are two people (a newcomer's report: a woman given for "he")
    ('Anna Smith, the head teacher, praised the pupils. Her husband, Tom Smith, who coaches the team, said the '
     'win was deserved. "They worked so hard," he said.', ["Tom Smith"]),
    ('The victim, Kevin Morris, 29, told the jury he had been punched. His brother, Alan Morris, said the family '
     'would appeal. "We are devastated," he said.', ["Alan Morris"]),
    # someone's family speaks, not the person whose family it is; a family named by its name
    ("Ben Ward was cleared. A statement from Ward's family said they were \"relieved and grateful after the "
     "long trial\".", ["Ward's family"]),
    ('"We will appeal," said a spokeswoman for the Smith family.', ["a spokeswoman for the Smith family"]),
    ('Footballer Ben Ward was cleared. "I am relieved," Ward said.', ["Ben Ward"]),
    # "the manager" is the person named before with that job; "the local health minister" is not any minister
    ('Rovers manager Joey Barton was full of praise. "The kid has been brilliant all season," the manager said.',
     ["Joey Barton"]),
    ('Aviation Minister Ana Ruiz visited the site. "Ten people were hurt," the local health minister said.',
     ["the local health minister"]),
    # two partial quotes with two verbs of one subject are two quotes
    ('Opposition leader Graham Lowe warned the plan "lacked teeth" on air quality and called it "a disaster for '
     'the high street".', ["Graham Lowe", "Graham Lowe"]),
])
def test_newcomer_reports_on_speakers(tmp_path, text, speakers):
    q = find_quotes(_article(tmp_path, text))
    assert q.speaker.tolist() == speakers, q[["text", "speaker", "reason"]].values.tolist()


def test_according_to_a_tweet_by_an_organisation(tmp_path):
    a = find_attributions(_article(tmp_path, "More than 60 shops closed, according to a tweet by the Ashford "
                                             "Chamber of Commerce."))
    assert a[["source", "kind"]].values.tolist() == [["Ashford Chamber of Commerce", "institution"]]


def test_a_name_never_runs_over_a_line_break(tmp_path):
    from medialit.analysis.names import people_in_text
    art = _article(tmp_path, "Corey Twine trains astronauts.\n\nFrom Benches to Weightlessness\n\nTwine was a "
                             "graduate assistant.")
    assert [n for _, _, n in people_in_text(art.text)] == ["Corey Twine"]


def test_an_organisation_after_the_and_descriptions_that_are_not_one(tmp_path):
    a = find_attributions(_article(tmp_path, "The Red Cross said in a statement that 40 people were hurt."))
    assert a[["source", "kind"]].values.tolist() == [["Red Cross", "institution"]]
    a = find_attributions(_article(tmp_path, "The United States President Ana Ruiz reported she had tested positive."))
    assert a.kind.tolist() == ["named"]  # a person after "the" and her job
    q = find_quotes(_article(tmp_path, '"This is a national scandal," its author, Dr. Kofi Mensah, wrote.'))
    assert q.description.isna().all()  # "wrote" is no description


@pytest.mark.parametrize("text, named", [
    # kinds from the eleventh held-out batch and dev misses: a surname after "according to" that the article gave in
    # full beside where the person works ("Sheldon Yett of UNICEF"), a surname opening with a particle, the time
    # between name and verb, verbs of blame and recommendation
    ('Sheldon Yett of UNICEF observed, "It is fast." According to Yett, the goal was to exceed 90 percent.',
     ["Sheldon Yett", "Sheldon Yett"]),
    ("Information Minister Moammar al-Eryani spoke on Monday. According to al-Eryani, the rebels are backed by Iran.",
     ["Moammar al-Eryani"]),
    ("Toronto mayor John Tory on Tuesday suggested the police review the case.", ["John Tory"]),
    ("Ahmed al-Assadi, a spokesman for the PMF, blamed the United States.", ["Ahmed al-Assadi"]),
    ("Prime Minister Adil Abdul-Mahdi recommended the troops withdraw.", ["Adil Abdul-Mahdi"]),
    # a day that looks like a speaker ("on Monday, … said") does not hide the person after it
    ("At a press conference in Jakarta on Monday, CNRP vice president Mu Sochua, one of many opposition figures now "
     "living in exile, said democracy had been replaced.", ["Mu Sochua"]),
])
def test_named_sources_of_the_eleventh_batch(tmp_path, text, named):
    a = find_attributions(_article(tmp_path, text))
    assert a[a.kind == "named"].source.tolist() == named


@pytest.mark.parametrize("text, rows", [
    # an organisation's verbs beyond "said" (not a passive: "a State ruled by law"); a surname that is a place word
    ("The Supreme Court ruled that the law was unconstitutional.", [("Supreme Court", "institution")]),
    ("The European Commission concluded that the merger would harm consumers.", [("European Commission", "institution")]),
    ("The IMF predicted growth of 2 percent.", [("IMF", "institution")]),
    ("Democracy is possible only in a State ruled by law.", []),
    ("Senator Lisa Park said the bill would pass.", [("Lisa Park", "named")]),
    # a named lead and their colleagues: the lead is named, the colleagues are no vague source of their own
    ("Researcher Jana Novak and colleagues found that the bees avoided treated fields.", [("Jana Novak", "named")]),
    # a named organisation's document; a country's body; the seat of a government; a court
    ("A NASA statement said the launch had been postponed because of high winds.", [("NASA statement", "institution")]),
    ("A UN report released on Tuesday accused both sides of war crimes.", [("UN report", "institution")]),
    ("Shell's annual report shows that its debt has doubled since 2019.", [("Shell report", "institution")]),
    ("Japan's foreign ministry said it had lodged a protest with Beijing.", [("Japan's foreign ministry", "institution")]),
    ("The Kremlin denied that Russian troops were involved.", [("Kremlin", "institution")]),
    ("The court ruled that the dismissal was unfair.", [("The court", "institution")]),
])
def test_organisations_verbs_and_place_surnames(tmp_path, text, rows):
    a = find_attributions(_article(tmp_path, text))
    assert [tuple(r) for r in a[a.kind != "vague"][["source", "kind"]].values.tolist()] == rows


@pytest.mark.parametrize("text, named", [
    # "the Secretary said": the one the article named with that title before (a newcomer teacher: also after a long
    # "of"); a title nobody, or several, held names nobody a reader can look up: no named source
    ("Treasury Secretary Janet Yellen spoke. Later, the Secretary said the goal is to help.", ["Janet Yellen"]),
    ("Secretary of Education Miguel Alvarez visited a school. The Secretary said the first grants come in June.",
     ["Miguel Alvarez"]),
    ("The Secretary said the goal is to help.", []),
    ("Secretary of Education Miguel Alvarez and Secretary of Labor Ann Lee visited. The Secretary said the grants come "
     "in June.", []),
])
def test_a_title_for_the_person_named_with_it(tmp_path, text, named):
    a = find_attributions(_article(tmp_path, text))
    assert a[a.kind == "named"].source.tolist() == named


@pytest.mark.parametrize("text, rows", [
    # a document and how it was put out, then its author: the author; with no author, a vague document
    ("According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its hearing.",
     [("Juan Dalmau", "named")]),
    ("According to a memo, the Senate cancelled its hearing.", [("nobody named", "vague")]),
])
def test_a_document_and_its_author(tmp_path, text, rows):
    a = find_attributions(_article(tmp_path, text))
    assert [tuple(r) for r in a[["source", "kind"]].values.tolist()] == rows


@pytest.mark.parametrize("text, rows", [
    # an organisation's name with "and" in it; things found are no claim
    ("The Centers for Disease Control and Prevention said the virus was spreading.",
     [("Centers for Disease Control and Prevention", "institution")]),
    # (a surname after "and" is still a person: "Aganze and Starkenburg estimate"; both of them, named in full before)
    ("Christian Aganze and Tjitske Starkenburg led the study. Aganze and Starkenburg estimate that the stream is old.",
     [("Christian Aganze", "named"), ("Tjitske Starkenburg", "named")]),
    ("Firefighters found heavy smoke and flames in the building, Battalion Chief Mark Stroud said.",
     [("Mark Stroud", "named")]),
])
def test_names_with_and_and_things_found(tmp_path, text, rows):
    a = find_attributions(_article(tmp_path, text))
    assert [tuple(r) for r in a[["source", "kind"]].values.tolist()] == rows


@pytest.mark.parametrize("text, rows", [
    # kinds from a newcomer's 146 local-news and court passages: the wire's lower-case police; documents of a court
    # or a case; a person set beside a role; an office named by whose job it is
    ("The crash happened near the town line, state police said.", [("police", "institution")]),
    ("Two men were arrested, police said.", [("police", "institution")]),
    ("The man fled but police said they had no evidence.", [("police", "institution")]),
    ("According to court records, the man had two prior arrests.", [("court records", "institution")]),
    ("According to the indictment, the men stole $2 million.", [("the indictment", "institution")]),
    ("According to the police report, the car was stolen.", [("the police report", "institution")]),
    ("A spokesman for the Texas Department of Public Safety, Lt. Carlos Vega, said the road was closed.",
     [("Carlos Vega", "named")]),
    ("The St. Agnes Medical Center said in a statement that it was treating six patients.",
     [("St. Agnes Medical Center", "institution")]),
    ("The state attorney general's office said it would appeal.",
     [("The state attorney general's office", "institution")]),
    # precision: police as the ones told, and police officers nobody names
    ("He told police he was innocent.", []),
    ("Police officers said the man fled.", [("nobody named", "vague")]),
])
def test_local_news_and_court_kinds(tmp_path, text, rows):
    a = find_attributions(_article(tmp_path, text))
    assert [tuple(r) for r in a[["source", "kind"]].values.tolist()] == rows


@pytest.mark.parametrize("text, rows", [
    # a newcomer's business and science passages: a people word that ends an organisation's name; a name joined by
    # "on"; what kind of organisation, then its one-word name
    ("The United Auto Workers union said the strike would go on.",
     [("The United Auto Workers union", "institution")]),
    ("Workers said the strike would go on.", [("nobody named", "vague")]),
    ("The Intergovernmental Panel on Climate Change said temperatures would rise.",
     [("Intergovernmental Panel on Climate Change", "institution")]),
    ("The chipmaker Orbis said profits rose.", [("Orbis", "institution")]),
    # a document, then whose it is, then what it shows; "according to" figures or an estimate from someone
    ("Data from the Commerce Department showed retail sales rose.", [("Commerce Department", "institution")]),
    ("A survey by Gallup and West Health found costs rose.", [("Gallup and West Health", "institution")]),
    ("A study published in the journal Nature reports that ice is melting.", [("Nature", "institution")]),
    ("According to a flash estimate from Eurostat, inflation fell.", [("Eurostat", "institution")]),
    ("According to estimates by the U.S. Geological Survey, the quake was strong.",
     [("U.S. Geological Survey", "institution")]),
    ("A study found that ice is melting.", [("nobody named", "vague")]),
    ("The company founder Tom Berg said profits rose.", [("Tom Berg", "named")]),
    # stances beyond "said": a person who rejects, dismisses or defends something
    ("Sok Eysan, a ruling party spokesman, dismissed the report, saying it was false.", [("Sok Eysan", "named")]),
    ("Judge Victor Marrero spoke. Marrero rejected this argument.", [("Victor Marrero", "named")]),
])
def test_organisations_in_business_news(tmp_path, text, rows):
    a = find_attributions(_article(tmp_path, text))
    assert [tuple(r) for r in a[["source", "kind"]].values.tolist()] == rows



@pytest.mark.parametrize("text, rows", [
    # a newcomer teacher's own articles: a consultancy and a glassworks are organisations; a home town after an age
    ("According to Brightwater Research, a consultancy, sales fell.", [("Brightwater Research", "institution")]),
    ("Harlan Glassworks said it would close the plant.", [("Harlan Glassworks", "institution")]),
    ("Karen Mills, 38, of Dover said the plan failed.", [("Karen Mills", "named")]),
])
def test_newcomer_teacher_sources(tmp_path, text, rows):
    a = find_attributions(_article(tmp_path, text))
    assert [tuple(r) for r in a[["source", "kind"]].values.tolist()] == rows


@pytest.mark.parametrize("text, row", [
    # embassies, seats of government and state news agencies are institutions, with what they are between commas (adv27)
    ('The U.S. Embassy in Valmora said it was "deeply concerned" by the arrests.', ("institution", "U.S. Embassy in Valmora")),
    ('The Kremlin has previously described the sanctions as "illegitimate."', ("institution", "Kremlin")),
    ("The Red Cross, a humanitarian group, said the camps were full.", ("institution", "Red Cross")),
    # a paragraph break ends a run of capitalised words: a name after "… according to KCNA." is a person's
    ("The launch was a success, according to KCNA.\n\nEvans Revere, a former diplomat, said it was not.", ("named", "Evans Revere")),
])
def test_bodies_that_speak(tmp_path, text, row):
    from quote_cases import attribution_rows
    assert row in attribution_rows(tmp_path, text)


@pytest.mark.parametrize("text, speakers, rows", [
    # a release's heading over named statements is no vague claim; a signature after a dash with a title and where
    # names the person (adv28, adv29)
    ("What supporters are saying:\n\nAna Ruiz, Director, Farm Union: “We back it.”", ["Ana Ruiz"], [("named", "Ana Ruiz")]),
    ("“This is a good bill.” — Mayor Denise Holloway, Cedar Falls", ["Denise Holloway"], [("named", "Denise Holloway")]),
    ("“Good bill.” — Patricia Ong, National Legislative Director, Disabled Veterans of America", ["Patricia Ong"], None),
    # an organisation after the dash signs for itself (an institution, never the place after it)
    ("“This is a good bill.” — Ohio Farm Bureau, Columbus", ["Ohio Farm Bureau"], [("institution", "Ohio Farm Bureau")]),
])
def test_release_headings_and_signatures(tmp_path, text, speakers, rows):
    from quote_cases import attribution_rows, speakers as _speakers
    assert _speakers(tmp_path, text) == speakers
    if rows is not None:  # (a signature read by the job pattern credits the quote, not yet a row of its own)
        assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, row", [
    # "they" after people named together as the subject; "speculated" reports speech
    ("Senators Maria Castellanos and Derek Lunde sent a letter to the FTC. They concluded that the fees were unfair.",
     ("named", "Maria Castellanos and Derek Lunde")),
    ("Sydney Seiler, a former official, spoke. Seiler speculated that the talks would fail.", ("named", "Sydney Seiler")),
])
def test_they_and_speculation(tmp_path, text, row):
    from quote_cases import attribution_rows
    assert row in attribution_rows(tmp_path, text)


@pytest.mark.parametrize("text, row", [
    # a shop's possessive name and the seat of a government speak as bodies (adv32; after the held-out run)
    ("\"We will reopen Monday,\" Macy's said.", ("institution", "Macy's")),
    ("The White House said in a statement that the president had called.\n\n“The leaders discussed energy,” the readout said.",
     ("institution", "White House")),
])
def test_bodies_by_possessive_or_seat(tmp_path, text, row):
    from quote_cases import attribution_rows
    rows = attribution_rows(tmp_path, text)
    assert row in rows and ("named", row[1]) not in rows


def test_a_firm_named_with_an_ampersand_is_one_organisation(tmp_path):
    """"Procter & Gamble said": the firm speaks, never a person called Gamble; nor is an agency's name cut at "&"."""
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, "Procter & Gamble said sales rose.") == [("institution", "Procter & Gamble")]
    assert attribution_rows(tmp_path, "The Centers for Medicare & Medicaid Services estimates that costs will rise.") == [
        ("institution", "Centers for Medicare & Medicaid Services")]


@pytest.mark.parametrize("text, rows", [
    # newcomer adv47: bodies that report, identify and hold; never a person of the next sentence
    ("In fact, the Department of Homeland Security reports that crossings fell.",
     [("Department of Homeland Security", "institution")]),
    ("The Department of Commerce has identified 37 companies that evade the rules.",
     [("Department of Commerce", "institution")]),
    ("As the Court rightly held, the statute is clear.", [("Court", "institution")]),
    ("The Committee held a hearing on Monday.", []),
    ("Wages are rising, according to data from the Department of Labor. Harbor Analytics chief economist Carla Denholm "
     "has called the recovery “the envy of the world.”", [("Department of Labor", "institution"), ("Carla Denholm", "named")]),
    # a team nobody names is nobody a reader can ask
    ("“We are tired,” the team said.", [("the team", "vague")]),
])
def test_bodies_that_report_and_hold(tmp_path, text, rows):
    a = find_attributions(_article(tmp_path, text))
    assert [tuple(r) for r in a[["source", "kind"]].values.tolist()] == rows


@pytest.mark.parametrize("text, rows", [
    # newcomers adv48/adv49: bodies that announce today, or are announcing; a share a named poll found is the poll's
    ("The Department of Energy today announced new funding for grids.", [("Department of Energy", "institution")]),
    ("The Environmental Protection Agency is announcing new rules.", [("Environmental Protection Agency", "institution")]),
    ("A Quinnipiac University poll found that 78 percent of voters support the plan.",
     [("Quinnipiac University", "institution")]),
    ("Polling shows that 78 percent of voters support the plan.", [("nobody named", "vague")]),
    # "Folks" is nobody's name
    ("Folks said it couldn't be done.", [("nobody named", "vague")]),
])
def test_bodies_announcing_and_shares_of_named_polls(tmp_path, text, rows):
    a = find_attributions(_article(tmp_path, text))
    assert [tuple(r) for r in a[["source", "kind"]].values.tolist()] == rows


@pytest.mark.parametrize("text, rows", [
    # twenty-fourth held-out batch, once dev: what "the letter" states is its writers' claim, as the sentences before say
    ("WASHINGTON – Rep. Ana Ruiz (NY-21) and Rep. Tom Vale (MO-04) sent a letter to the Army on Monday.\n\nThe letter "
     "highlights that barracks are unsafe.", [("named", "Ana Ruiz and Tom Vale")]),
    ("WASHINGTON – Rep. Ana Ruiz (NY-21) and Rep. Tom Vale (MO-04) sent a letter to the Army on Monday.\n\nAs stated in "
     "the letter, the barracks are unsafe.", [("named", "Ana Ruiz and Tom Vale")]),
    # nobody named as its writer: no source
    ("The barracks are old.\n\nThe letter states that the barracks are unsafe.", []),
])
def test_what_a_letter_states_is_its_writers(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, source", [
    # twenty-sixth held-out batch, once dev: a named person's stance in an idiom of reply
    ("Governor Ana Ruiz callously doubled down, claiming that the law improves public safety.", "Ana Ruiz"),
    ("Tom Vale fired back at his critics on Monday.", "Tom Vale"),
])
def test_idioms_of_reply_name_their_source(tmp_path, text, source):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == [("named", source)]


def test_a_news_agency_is_an_institution(tmp_path):
    # newcomer adv62: "According to Reuters:" was a named person
    from quote_cases import attribution_rows
    rows = attribution_rows(tmp_path, "The port reopened.\n\nAccording to Reuters: “Exports rose 4 percent.” (Link)")
    assert rows and all(kind == "institution" for kind, _ in rows), rows


def test_a_person_at_a_described_organisation_is_the_source(tmp_path):
    # the fifty-first held-out batch, once dev (congress-rounds-irs-surveillance-bill): "X at the left-leaning Tax Policy
    # Center concluded …, “…”": the person speaks, the organisation is where they work
    from quote_cases import attribution_rows, speakers
    text = "Steven Rosenthal at the left-leaning Tax Policy Center concluded the proposal would, “in fact, bury the agency.”"
    assert attribution_rows(tmp_path, text) == [("named", "Steven Rosenthal")]
    assert speakers(tmp_path, text) == ["Steven Rosenthal"]


@pytest.mark.parametrize("text, rows", [
    # newcomer adv72: an organisation given by its short name or its whole name speaks as an institution, never as a person
    ("Graystone Waste Services applied for a permit. Graystone said in a written statement that the site is safe.",
     ("institution", "Graystone Waste Services")),
    ("Service resumed on Monday, according to Bayline Ferries.", ("institution", "Bayline Ferries")),
    ("Corvane Industries will close its plant. In a statement, Corvane blamed rising costs. “This was a difficult "
     "decision,” the statement said.", ("institution", "Corvane")),
])
def test_an_organisations_short_name_speaks_for_it(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert rows in attribution_rows(tmp_path, text)
