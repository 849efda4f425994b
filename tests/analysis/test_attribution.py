"""Attributions: every vague attribution in the gold, and the kinds of named sources."""

from __future__ import annotations

import pytest

from analysis_gold import KIT, evaluate, load_gold
from medialit import find_attributions
from medialit.analysis.attribution import KINDS
from medialit.corpus.loader import load_article

GOLD = load_gold()
ALL = {**GOLD["seeds"], **GOLD["test_articles"], **GOLD["held_out"]}


@pytest.mark.parametrize("article_id", sorted(ALL))
def test_every_gold_vague_attribution_is_found(article_id):
    g = ALL[article_id]
    art = load_article(KIT / g["path"])
    a = find_attributions(art)
    vague = a[a.kind == "vague"]
    for gold in g["vague"]:
        p = art.paragraph(gold["paragraph"])
        at = p.text.find(gold["words"])
        assert at >= 0, "gold words must occur verbatim"
        s, e = p.start + at, p.start + at + len(gold["words"])
        assert any(r.start < e and s < r.end for r in vague.itertuples()), gold


@pytest.mark.parametrize("group", ["seeds", "test_articles", "held_out"])
def test_vague_precision_and_recall(group):
    result = evaluate(GOLD[group])
    assert result["vague"]["recall"] == 1.0, result["misses"]
    assert result["vague"]["precision"] == 1.0, result["misses"]


def test_quote_speakers_are_named_sources():
    a = find_attributions("isfahan")
    named = a[a.kind == "named"]
    assert named.source.tolist() == ["Dr. Hamid Rezaei"]
    assert named.paragraph.tolist() == [4]


@pytest.mark.parametrize("article, cue, kind", [
    ("basra-gaza", "Israel has consistently underscored", "institution"),
    ("tests/data/articles/local-news.txt", "Department of Transportation rated", "institution"),
    ("tests/data/articles/local-news.txt", "according to a staff report", "institution"),
    ("tests/data/articles/local-news.txt", "Mendes told", "named"),
    ("tests/data/articles/heldout-wire.txt", "According to organizers", "vague"),
])
def test_kind_of_source(article, cue, kind):
    a = find_attributions(article if "/" not in article else KIT / article)
    assert a.loc[a.cue == cue, "kind"].tolist() == [kind]


def test_pronouns_resolve_to_the_last_person_named():
    a = find_attributions(KIT / "tests/data/articles/local-news.txt")
    assert a.loc[a.cue == "she said", "source"].tolist() == ["Carla Mendes"]
    assert a.loc[a.cue == "He said", "source"].tolist() == ["Luis Ortega"]  # the job title is not part of the name


def test_rows_explain_themselves_and_point_into_the_text():
    art = load_article(KIT / "articles" / "qom.txt")
    a = find_attributions(art)
    assert set(a.kind) <= set(KINDS)
    for r in a.itertuples():
        assert art.text[r.start:r.end] == r.cue
        assert r.cue in r.text  # the sentence that attributes
        assert r.reason
    assert list(a.columns) == ["article_id", "paragraph", "sentence_id", "text", "cue", "start", "end", "source",
                               "kind", "reason"]


def test_seeds_quote_named_people_in_three_articles_only():
    named = {aid: int((find_attributions(aid).kind == "named").sum()) for aid in GOLD["seeds"]}
    assert named == {"basra-forum": 2, "basra-gaza": 0, "mosul": 1, "isfahan": 1, "qom": 0}


def _attributions(tmp_path, text):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    return find_attributions(load_article(path))


@pytest.mark.parametrize("text, source", [
    ("Lina Voss, the city engineer, has criticised the plan for the bridge.", "Lina Voss"),
    ("Omar Said builds pumps. He described it as a quiet revolution in farming.", "Omar Said"),
    ("Lina Voss spoke in May. Voss's speech argued that the plan was too slow.", "Lina Voss"),
    ("The bridge will close for a month, said city engineer Lina Voss.", "Lina Voss"),
    ("Tom Reyes issued a statement claiming that the vote was fair.", "Tom Reyes"),
    ("Ana Ruiz, head of the clinic, released the following statement after the vote.", "Ana Ruiz"),
    ("The talks go on, said the mediator, Kofi Annan, who has stated that they have not failed.", "Kofi Annan"),
    ("The boys were found by a neighbour, Angela Virginia, who said she believed they had drowned.", "Angela Virginia"),
    # a person named in full earlier, then by surname: "according to", more reporting verbs
    ("Frank Lind served in Iraq. According to Lind, the prisoners were beaten.", "Frank Lind"),
    ("Frank Lind served in Iraq. Lind reported that the prisoners were beaten.", "Frank Lind"),
    ("Frank Lind served in Iraq. Lind indicated he had seen the files.", "Frank Lind"),
    ("The Harbour Post quotes Ana Ruiz, a 27-year-old student, as saying the march was peaceful.", "Ana Ruiz"),
    # the verbs of political reporting, and a description holding commas of its own
    ("In prepared remarks, National Security Adviser John Bolton outlined a new policy.", "John Bolton"),
    ("Nelson Chamisa has mocked the deal with the lender.", "Nelson Chamisa"),
    ("Jennifer Cooke worries that the plan is too narrow.", "Jennifer Cooke"),
    ("Zambian President Edgar Lungu likened the critics to insects.", "Edgar Lungu"),
    ("John Bolton was firm that the aid would be cut.", "John Bolton"),
    ("Emeka Umejei, a research associate at Wits University in Johannesburg, South Africa, told VOA that it works.",
     "Emeka Umejei"),
    ("Speaking from Lusaka, Amos Chanda, spokesperson for the president, told reporters that all is well.",
     "Amos Chanda"),
    # a surname that is also a place word names a person when they speak (a park never says anything)
    ("Lena Park said the drug was safe.", "Lena Park"),
    ("Amy Church said the school would close.", "Amy Church"),
    # a person named beside the job
    ("A company spokesman, John Reed, said the recall was voluntary.", "John Reed"),
])
def test_indirect_speech_names_its_source(tmp_path, text, source):
    a = _attributions(tmp_path, text)
    assert source in a.loc[a.kind == "named", "source"].tolist(), a[["cue", "source", "kind"]].values.tolist()


@pytest.mark.parametrize("text, source, kind", [
    ("Kenya said on Friday it would send 500 police officers.", "Kenya", "institution"),  # a country
    ("The World Bank said growth slowed.", "World Bank", "institution"),
    ("Portmere Terminal Operations said the offer stands.", "Portmere Terminal Operations", "institution"),  # (adv74)
])
def test_countries_and_banks_are_institutions(tmp_path, text, source, kind):
    a = _attributions(tmp_path, text)
    assert a[["source", "kind"]].values.tolist() == [[source, kind]], a[["cue", "source", "kind"]].values.tolist()


@pytest.mark.parametrize("text, source, kind", [
    # letters after a name (QC, MP) are not who speaks: the person is named
    ("The trial ended. Anne Roe QC said the case was closed.", "Anne Roe", "named"),
    ("Jane Hale, MP, argued that the vote was rigged.", "Jane Hale", "named"),
    # someone from a group the article does not name: vague
    ("One of the victims said the men had lied.", "nobody named", "vague"),
])
def test_letters_after_names_and_one_of_a_group(tmp_path, text, source, kind):
    a = _attributions(tmp_path, text)
    assert a[["source", "kind"]].values.tolist() == [[source, kind]], a[["cue", "source", "kind"]].values.tolist()


@pytest.mark.parametrize("text, source", [
    # more verbs of indirect speech: praise, accusation, a finding or a belief stated ("found that", "holds that")
    ("Former CIA deputy director Michael Morell praised Mendez on Twitter as a hero.", "Michael Morell"),
    ("Former prime minister John Major has accused Johnson of misleading the Queen.", "John Major"),
    ("Christopher Gallego-Lazo studied slugs. Gallego-Lazo found that slight changes make the glue stronger.",
     "Christopher Gallego-Lazo"),
    ("Steven Benner leads it. Benner holds that DNA can be built.", "Steven Benner"),
    # a person of an organisation, then where it is
    ("Ryan Norris of the University of Guelph in Ontario also said the count is good.", "Ryan Norris"),
])
def test_more_verbs_and_where_an_organisation_is(tmp_path, text, source):
    a = _attributions(tmp_path, text)
    assert a[["source", "kind"]].values.tolist() == [[source, "named"]], a[["cue", "source", "kind"]].values.tolist()


def test_found_alone_is_no_attribution(tmp_path):
    assert _attributions(tmp_path, "Dr. Ana Ruiz found the body in the river.").empty  # found = came upon


def test_a_dash_signed_quote_is_a_named_source(tmp_path):
    a = _attributions(tmp_path, "\u201cI love this work.\u201d\n\n\u2014 Dr. Ana Ruiz, engineer")
    assert a.loc[0, "kind"] == "named" and "Ana Ruiz" in a.loc[0, "source"] and a.loc[0, "cue"].startswith("\u2014")


@pytest.mark.parametrize("text, cue", [
    ("Many people say the road is unsafe at night.", "Many people say"),
    ("Some people are calling it a scandal.", "Some people are calling"),
    ("Researchers at the Royal Marine Institute reported a rise in sea levels.", "Researchers at"),
    ("Recent studies have suggested a link between sleep and memory.", "Recent studies have suggested"),
    ("A local news agency reports that the mayor has resigned.", "news agency reports"),
    ("The fund rose, according to an American report released last week.", "according to an American report"),
    ("There have also been reports that the dam is leaking.", "been reports"),
    ("Ten were hurt, according to unconfirmed reports.", "according to unconfirmed reports"),
    ("According to local authorities, the road is closed.", "According to local authorities"),
    ("Weather forecasters estimate that the storm will pass by noon.", "forecasters estimate"),
    ("Outside the jail, prisoners are saying that the food is bad.", "prisoners are saying"),
    ("Many British citizens who were stranded have complained.", "Many British citizens"),
    # people named only by what they are, at the start of a sentence or a clause, with a reporting verb
    ("The bridge will close in May, but critics say the repairs are too late.", "critics say"),
    ("The plan was approved, sources told the newspaper on Monday.", "sources told"),
    ("In the talks, diplomats are reporting progress.", "diplomats are reporting"),
    ("U.S. officials said the ship was damaged.", "U.S. officials said"),
    ("Doctors at the city hospital said the boy was stable.", "Doctors at the city hospital said"),
    ("Opponents of the plan argue that it is too expensive.", "Opponents of the plan argue"),
    ("Scientists have long suspected that the lake was older.", "Scientists have long suspected"),
    ("Human rights groups have accused the police of abuses.", "Human rights groups have accused"),
    ("Aid agencies warned of famine in the north.", "Aid agencies warned"),
    ("The project, officials say, will cost ten million dollars.", "officials say"),
    # one unnamed person, group or document
    ("A Harbour Times reporter alleges that the contract was rigged.", "A Harbour Times reporter alleges"),
    ("A fact-finding team that visited the site concluded the wall was unsafe.", "team that visited the site concluded"),
    ("An article in a medical journal argued that the drug was unsafe.", "An article in a medical journal argued"),
    ("The ministry's spokesman said the talks would go on.", "The ministry's spokesman said"),
    ("Reports on the number of victims ranged from ten to forty.", "Reports on the number of victims ranged"),
    # media nobody names, and people nobody names
    ("State television reported that the mayor had resigned.", "State television reported"),
    ("Those close to the mayor say she will not resign.", "Those close to the mayor say"),
    ("Others argue that the plan is too expensive.", "Others argue"),
    ("The army was accused of firing on the crowd.", "was accused"),
    # passives whose doers are a group nobody names; 'appear to'; more reporting verbs
    ("The vote has been criticised by Western governments.", "criticised by Western governments"),
    ("The new law was widely applauded by environmentalists.", "applauded by environmentalists"),
    ("The team is already tipped to win the cup.", "is already tipped"),
    ("Most observers appear to concur that the vote was fair.", "observers appear to concur"),
    ("Analysts blame the weak dollar for the fall.", "Analysts blame"),
    ("Previous studies agreed that the lake was older.", "Previous studies agreed"),
    ("The deal was signed, according to official sources.", "according to official sources"),
    # a passive with nobody doing it, when a claim follows it or a judgement is the whole claim
    ("The fire is thought to have started in the kitchen.", "is thought"),
    ("It has been reported that the mayor will resign.", "been reported"),
    ("The new dam is widely seen as a threat to the river.", "seen"),
    ("The protest is portrayed in a way that hides its size.", "is portrayed"),
    ("The mayor's plan was heavily criticised.", "was heavily criticised"),
    ("Dialogue between the two towns is strongly encouraged.", "is strongly encouraged"),
    ("The army's defensive actions are often highlighted in the media.", "are often highlighted in the media"),
    # passives done by "many" or "some"; a research group that is not named, whatever it was doing
    ("The plan has been criticized by many parties.", "criticized by many parties"),
    ("The new bridge is seen by many as a waste of money.", "seen by many"),
    ("Researchers studying old maps of the river have found a second channel.", "Researchers studying"),
    ("The study's authors think the lake is older.", "authors think"),
    ("The team still can't say for sure why the signal faded.", "team still can't say"),
    ("The mayor planned to close the port, it has been revealed.", "it has been revealed"),
    ("The campaign drew criticism from security experts and others.", "criticism from security experts"),
    # a plural noun for people that opens the sentence is not a name ("Mourners said", "Rebels said")
    ("Mourners said the town had fallen.", "Mourners said"),
    ("Rebels said they had captured the town.", "Rebels said"),
    # an aside between the group and the verb; one person named by what they are; verbs of emphasis
    ("Witnesses, including a shopkeeper, said the gunman fled on foot.", "Witnesses, including a shopkeeper, said"),
    ("A woman said the town had been flooded for days.", "A woman said"),
    ("Officials stressed that the bridge was unsafe.", "Officials stressed"),
    # impersonal fears and news; documents nobody names
    ("It is feared the death toll will rise.", "It is feared"),
    ("There are fears that the dam could burst.", "There are fears that"),
    ("It emerged on Tuesday that the minister had accepted gifts.", "It emerged on Tuesday that"),
    ("By some accounts, the protest drew 50,000 people.", "By some accounts"),
    ("Leaked documents show the plan was known.", "documents show"),
    # the verb before an unnamed speaker, after the claim, with no quotation marks
    ("The club is finished, said one fan.", "said one fan"),
    # the verb with a place or a time, then what was found
    ("The researchers also found in 36 states most of the people who died were affected.", "researchers also found"),
    ("Researchers found in 2019 that the river was warming.", "Researchers found"),
    ("Some individuals reported that the site was down for hours.", "Some individuals reported"),
    ("Some shipping agents said they had already sent two ships to another port.", "Some shipping agents said"),
    ("Secularist associations are concerned that the ruling favours one faith.", "associations are concerned"),
    ("The fire spread quickly, said a neighbour who saw it start.", "said a neighbour"),
    # (sixty-fifth batch) estimates that give a figure; people the writer met, with no "who"; survey respondents and
    # the share of them, with an adverb or "found"
    ("Some estimates are as high as $40 million a year.", "Some estimates are as high as"),
    ("A lot of Dorvanians I talk to are worried about the port.", "A lot of Dorvanians I talk to are worried"),
    ("Farmers we spoke with said the price of feed doubled.", "Farmers we spoke with said"),
    ("All respondents also said that the workshop was useful.", "All respondents also said"),
    ("Of the 9 survey respondents, 100% strongly agreed that the course helped.", "100% strongly agreed"),
    ("While 70% of clerks use the tool, only 35% found it helpful.", "only 35% found"),
    # "they" goes on for the unnamed group: after an opener, with "added", two sentences on when the one between names
    # nobody, and inside a sentence after "The researchers" (sixty-fifth batch's reading of dev)
    ("Some officials said the bridge was unsafe. They added that repairs would take a year.", "They added"),
    ("Defence officials say the port itself is no threat.\n\nInstead, they point to the loans the port relies on.",
     "they point to"),
    ("Port authorities claimed the ship was the largest ever seized. Listed ports were: Hull, Leith and Cork. "
     "They also stated arrests were made in Spain.", "They also stated"),
    ("The researchers mapped places where ice had melted, which, they observed, recurred every year.", "they observed"),
    # a speaker who cites unnamed sources inside a quote ("according to the experts") cites sources all the same
    ("“Here are the facts. First, according to the experts, in 2036 the fund will cover 77 percent,” said Rep. Ana "
     "Ruiz.", "according to the experts"),
    # a passive whose doers are an unnamed group with words before it; speech nouns from such a group; people by their
    # country who "see" something "as" something
    ("The vote was slammed by rights groups as a sham.", "slammed by rights groups"),
    ("The loans, pointed to by rights groups and foreign governments, grew.", "pointed to by rights groups"),
    ("Reporters have been labeled traitors by a pliant pro-government media.", "labeled traitors by a pliant pro-government media"),
    ("The killings raised warnings from press advocacy groups.", "warnings from press advocacy groups"),
    ("The rule passed over the objections of scientists who warned it would fail.", "objections of scientists"),
    ("Many Dorvanians see the new port as a threat.", "Many Dorvanians see"),
    # an outlet's own unnamed source; "some" who reported wanting; the -ing form after "with"; "ascribed … to"; "talking about"
    ("A beam cracked first, its source said.", "its source said"),
    ("Some reported wanting more time to vote.", "Some reported"),
    ("The film drew crowds, with many left-leaning commentators lamenting its ending.", "many left-leaning commentators lamenting"),
    ("Security sources have ascribed the blast to a gas leak.", "sources have ascribed"),
    ("Top national security officials have been talking about the risk for years.", "officials have been talking about"),
    # a whole profession "everywhere" or "worldwide" (newcomer adv75)
    ("Trusted astronomers everywhere agree that the lens is the best.", "Trusted astronomers everywhere agree"),
    ("Scientists worldwide agree that the ice is melting.", "Scientists worldwide agree"),
    # a whole people with a plural verb of a view; polls that project "he"; researchers "have been observing"
    ("Dorvanians are worried about the rise in prices.", "Dorvanians are worried"),
    ("Current polls project he will lose the runoff.", "Current polls project"),
    ("Researchers have been observing changes in the water cycle.", "Researchers have been observing"),
])
def test_vague_sources(tmp_path, text, cue):
    a = _attributions(tmp_path, text)
    assert any(cue in c for c in a.loc[a.kind == "vague", "cue"]), a[["cue", "kind"]].values.tolist()


@pytest.mark.parametrize("text", [
    "Not many people can say that.",
    "Most people know the town for its bridge, but it has a port too.",
    "Since 2012 she has helped other people grow into such roles.",
    "Ruiz is recognized for her work on water and was honored with a medal.",
    "Ruiz is seen in this 1981 photograph beside the pump.",
    "The council approved the plan, according to a staff report.",
    # the group is the object, or the one told, not the source
    "The satellite provided researchers with data for years beyond its expected life.",
    "Residents of the valley have been told to leave their homes.",
    "The mayor thanked the doctors who treated the boy.",
    "Other engineers joined the project in 2019.",
    "The results matter whether or not scientists find the planet.",
    "Two hikers were reported missing on Sunday.",
    # a passive that credits nobody with a claim: an instruction, a description, a fact
    "Staff are routinely encouraged to report safety problems.",
    "The comet is seen every 76 years.",
    "The island was considered for the new base, and the plan was described in the report.",
    "No casualties have been officially reported.",
    # no claim at all; a person named beside the job; the named source's own hedge; a name ending like a plural
    "Officials did not say when the bridge would reopen.",
    "A company spokesman, John Reed, said the recall was voluntary.",
    "Prosecutor Ana Cruz said the man allegedly stole $40,000 from the charity.",
    # "state" after a document is a noun here, not its verb; "respondents" alone are a case's parties (sixty-fifth batch)
    "Colleges will conduct research that addresses state and regional water problems.",
    "The respondents argued that the lease was void.",
    # "according to" as "in line with" ("vote according to their constituents' values") credits nobody
    "We need lawmakers who vote according to their constituents' values.",
    # "by" after an object, and a capitalised body's name, are no unnamed doers
    "He described efforts by a small group of scientists to save the reef.",
    "The company said its sources of steel were local.",
    "Some reported the fire to the police.",
    "Evans says the plan works.",  # (a surname ending like a people's name, with a singular verb)
    "Dorvanians spent five billion dollars on fuel.",
    "The deal was immediately hailed by the United Dock Workers.",
    # the group is named in apposition: "they" are those people
    "The study's lead authors, Mara Wilson and Nick Hawco, had hypothesized the lava fed microbes. They found it did not.",
    "Bernie Sanders spoke on Monday. Sanders said the plan works.",
    "Tom Reyes, the former commune chief, said voters in the area were paid.",  # voters are the object
    # a participle, not a verb: the people are where they were found, they claim nothing
    "The major believes the migrants found in the water may have left the boat on purpose.",
    "Officials questioned at the border were released on Friday.",
    "Officials reported missing on Monday were found safe.",
])
def test_not_vague(tmp_path, text):
    a = _attributions(tmp_path, text)
    assert (a.kind != "vague").all(), a[["cue", "kind"]].values.tolist()


def test_a_quote_credited_to_a_group_is_a_vague_source(tmp_path):
    path = tmp_path / "case.txt"
    path.write_text('The virus will "spread quickly this winter," doctors fear. "We will fix it," said Ana Ruiz.',
                    encoding="utf-8")
    a = find_attributions(load_article(path))
    assert a[["source", "kind"]].values.tolist() == [["doctors", "vague"], ["Ana Ruiz", "named"]]


def test_an_adverb_between_a_named_person_and_the_verb(tmp_path):
    path = tmp_path / "case.txt"
    path.write_text("Rosa Lind leads the lab. Lind also recalled that the first test failed.", encoding="utf-8")
    a = find_attributions(load_article(path))
    assert a[["cue", "source", "kind"]].values.tolist() == [["Lind also recalled", "Rosa Lind", "named"]]


def test_a_description_between_the_subject_and_the_verb_keeps_the_pronoun_clear(tmp_path):
    path = tmp_path / "case.txt"
    path.write_text("Tom Berg spoke first. Panelist Ana Ruiz-Lind, a guide from the park, echoed Berg’s message. "
                    "She told students that the park is old.", encoding="utf-8")
    a = find_attributions(load_article(path))
    assert ["She told", "Ana Ruiz-Lind", "named"] in a[["cue", "source", "kind"]].values.tolist()


def test_they_goes_on_for_the_unnamed_group_of_the_sentence_before(tmp_path):
    from medialit.corpus.loader import load_article

    path = tmp_path / "they.txt"
    path.write_text("Activists claim that the school trained militias. They say the school is responsible.\n\n"
                    "Ana Ruiz runs the school. They say nothing about it.", encoding="utf-8")
    a = find_attributions(load_article(path))
    vague = a[a.kind == "vague"]
    assert vague.cue.tolist() == ["Activists claim", "They say"], a[["cue", "kind"]].values.tolist()


# Unnamed sources in common wire-copy forms: each sentence gets exactly these vague cues.
WIRE_VAGUE = [
    ("The road will reopen on Friday, the sources said, speaking on condition of anonymity.", ["sources said"]),
    ("The official, who asked not to be named, gave no date.", ["who asked not to be named"]),
    ("Many believe the road is unsafe.", ["Many believe"]),
    ("According to one estimate, 500 people died.", ["According to one estimate"]),
    ("It is widely believed the plan will fail.", ["widely believed"]),
    ("The road will reopen on Friday, said a person briefed on the plan.", ["person briefed on the plan"]),
    ("Ana Ruiz said she was leaving.", []),
    ("Some will say a ban is old-fashioned.", ["Some will say"]),
    ("Some councillors say the building costs too much.", ["Some councillors say"]),
    ("Mistakes were made on both sides.", ["Mistakes were made"]),
    # the passive says by whom: one row, for the unnamed member, no "by whom?"
    # (the quote's speaker is read after "by": the cue is where the quote credits them)
    ('The offer was described as "insulting" by one union member who asked not to be named.',
     ["by one union member"]),
    ("The explosion is thought to have been fueled by a black hole.", ["is thought"]),
]


@pytest.mark.parametrize("sentence, cues", WIRE_VAGUE)
def test_unnamed_sources_in_wire_copy(tmp_path, sentence, cues):
    path = tmp_path / "wire.txt"
    path.write_text(sentence, encoding="utf-8")
    a = find_attributions(load_article(path))
    assert a[a.kind == "vague"].cue.tolist() == cues, a[["cue", "kind"]].values.tolist()
    assert "Friday" not in a.source.tolist()  # a day never speaks


@pytest.mark.parametrize("sentence, named", [
    ("Ana Ruiz, 45, said the road was unsafe.", ["Ana Ruiz"]),
    ("Senator Ana Ruiz (D-Calif.) said the road was unsafe.", ["Ana Ruiz"]),
    ("Ana Ruiz was quoted by Reuters as saying the road was unsafe.", ["Ana Ruiz"]),
    ("Ana Ruiz, who leads the union, has long argued that the road is unsafe.", ["Ana Ruiz"]),
    ("The road was unsafe, Ruiz told reporters on Tuesday.", ["Ruiz"]),
    ("Ana Ruiz and Tom Berg said the road was unsafe.", ["Ana Ruiz", "Tom Berg"]),
    ("President Tom Berg and others have famously claimed that taxes are theft.", ["Tom Berg"]),
    ("Tom Berg was hurt, according to Col. C. Tsai, who saw it.", ["C. Tsai"]),
])
def test_named_sources_in_wire_copy(tmp_path, sentence, named):
    path = tmp_path / "named.txt"
    path.write_text(sentence, encoding="utf-8")
    a = find_attributions(load_article(path))
    assert sorted(a[a.kind == "named"].source.str.replace("Senator ", "")) == named, a[["cue", "source"]].values.tolist()


@pytest.mark.parametrize("sentence", [
    "The telescope will help astronomers see individual stars.",       # the group is helped, not a source
    "The orbiter's team lets the rover team know when a flare comes.",
    "We saw several X-ray point sources close to the cloud.",           # sources of light, not of news
])
def test_groups_that_are_not_sources(tmp_path, sentence):
    path = tmp_path / "obj.txt"
    path.write_text(sentence, encoding="utf-8")
    a = find_attributions(load_article(path))
    assert a[a.kind == "vague"].empty, a[["cue", "kind"]].values.tolist()


@pytest.mark.parametrize("sentence, source", [
    ("The ministry said the road would reopen on Friday.", "The ministry"),
    ("NASA said the launch was delayed.", "NASA"),
    ("The port authority said in a statement that it regretted the walkout.", "The port authority"),
])
def test_an_organisation_in_reported_speech_is_an_institution(tmp_path, sentence, source):
    path = tmp_path / "org.txt"
    path.write_text(sentence, encoding="utf-8")
    a = find_attributions(load_article(path))
    assert a[["kind", "source"]].values.tolist() == [["institution", source]]


@pytest.mark.parametrize("text, source", [
    # a news agency or a company known by one word, or with its "Inc."; "The Associated Press" is no vague "press"
    ("The company lost money, Reuters reported.", "Reuters"),
    ("Apple Inc. said sales fell in May.", "Apple"),
    ("The Associated Press reported that the plant closed.", "Associated Press"),
])
def test_an_organisation_known_by_its_name_is_an_institution(tmp_path, text, source):
    a = _attributions(tmp_path, text)
    assert a[["kind", "source"]].values.tolist() == [["institution", source]]


def test_a_lone_surname_is_still_a_person(tmp_path):
    a = _attributions(tmp_path, "Ana Ruiz spoke first. Later, Ruiz said the plan was late.")
    assert a[["kind", "source"]].values.tolist() == [["named", "Ana Ruiz"]]


@pytest.mark.parametrize("text", [
    # a person, then where they work (capitalised words joined by "of" or "and"), perhaps how they spoke
    "Mira Holt of the University of Leeds, speaking to reporters, said the ruling was clear.",
    "Mira Holt of the Bank of Ruritania said rates would rise.",
    "Mira Holt of Rogaland Fire and Rescue said no crews would go in.",
    # an organisation known by its initials, or owned by another; a place after the organisation; a verb of doubt
    "Mira Holt of the CCC said the vote was fair.",
    "Mira Holt of the army's Western Command said two soldiers died.",
    "Mira Holt of the University of California, Los Angeles disagreed with the findings.",
    "Mira Holt, a senior analyst at the Heritage Foundation, suspects that the deal will fail.",
])
def test_a_person_of_an_organisation_is_the_source_not_its_last_word(tmp_path, text):
    a = _attributions(tmp_path, text)
    assert a[["kind", "source"]].values.tolist() == [["named", "Mira Holt"]]


@pytest.mark.parametrize("text, source", [
    # "the prime minister" later is the one person named before with that job
    ("Prime Minister Hun Sen spoke on Monday. The prime minister says the question is open.", "Hun Sen"),
    # a job that names a court or a union is no organisation speaking: the person after it is
    ("Court Commissioner Loren Keating said he considered the bail fair.", "Loren Keating"),
    ("Journalists Union President Lucy Ekadu said the ban was unfair.", "Lucy Ekadu"),
])
def test_a_person_behind_a_job(tmp_path, text, source):
    a = _attributions(tmp_path, text)
    assert a[["kind", "source"]].values.tolist() == [["named", source]]


@pytest.mark.parametrize("text, expected", [
    # the end of an organisation's name is no person
    ("The Ministry of Health said the clinic would reopen.", [["institution", "Ministry of Health"]]),
    ("The Ministry of Public Works said the bridge would reopen.", [["institution", "Ministry of Public Works"]]),
    ("Secretary of State Sam Reed declared the result.", [["named", "Sam Reed"]]),
])
def test_an_organisations_name_ends_with_no_person(tmp_path, text, expected):
    assert _attributions(tmp_path, text)[["kind", "source"]].values.tolist() == expected


def test_a_quotes_cue_stays_in_its_speakers_paragraph(tmp_path):
    # "…, his office said.\n\nVice President Grace Obi, who led the talks, said “…”": the cue is in paragraph 2
    a = _attributions(tmp_path, "President Ade signed the law on Monday, his office said.\n\nVice President Grace "
                      "Obi, who led the negotiations, said the deal was “fair to workers.”")
    row = a[a.source == "Grace Obi"].iloc[0]
    assert row.paragraph == 2 and row.cue == "Vice President Grace Obi, who led the negotiations, said"


@pytest.mark.parametrize("text, source", [
    # who spoke to the press or on a programme is a named source; "stated" before the name too
    ("Legislator Tanya Chan spoke to the press after the speech.", "Tanya Chan"),
    ("Mayor Bill Ruiz, a member of the Democratic Party, spoke on MSNBC on Friday.", "Bill Ruiz"),
    ("The attack killed six, stated Minister Moammar Eryani.", "Moammar Eryani"),
])
def test_spoke_to_the_press_and_stated_before_the_name(tmp_path, text, source):
    a = _attributions(tmp_path, text)
    assert a[["source", "kind"]].values.tolist() == [[source, "named"]], a[["cue", "source", "kind"]].values.tolist()


@pytest.mark.parametrize("text, cue, kind", [
    # an office named by whose it is: the whole office, not the county
    ("Deputies were called, according to the Muskingum County sheriff's office.",
     "according to the Muskingum County sheriff's office", "institution"),
    # one of a group, unnamed, set off with a clause
    ("Several dog owners spoke in favor. One of them, who did not give her name, said she had been bitten.",
     "One of them, who did not give her name, said", "vague"),
])
def test_offices_and_one_of_them(tmp_path, text, cue, kind):
    a = _attributions(tmp_path, text)
    assert [cue, kind] in a[["cue", "kind"]].values.tolist(), a[["cue", "source", "kind"]].values.tolist()


def test_had_doubts_is_no_verb_of_speech(tmp_path):
    a = _attributions(tmp_path, "Denise Kowalski said she supported the dog run but had doubts about the parking lot.")
    assert a.cue.tolist() == ["Denise Kowalski said"]


@pytest.mark.parametrize("text, source, kind", [
    # a person whose surname is also a word of bodies or events is named, not an institution
    ('"The most exciting aspect is the launch," said Desmond Power, a co-investigator with C-CORE of Canada.',
     "Desmond Power", "named"),
    ('"Power is back," said Idaho Power.', "Idaho Power", "institution"),
])
def test_surnames_that_are_words_of_bodies(tmp_path, text, source, kind):
    table = _attributions(tmp_path, text)
    assert (source, kind) in set(zip(table.source, table.kind))


@pytest.mark.parametrize("text, source", [
    # a passive whose doer is named
    ("His death was confirmed by his son, Wolfgang Van Halen, on Twitter.", "Wolfgang Van Halen"),
    ("The rotation period was determined by Petr Pravec of the Czech Academy.", "Petr Pravec"),
    ("The result was contested by Republican Dino Rossi.", "Dino Rossi"),
    ("The results were announced Wednesday, April 16, by Juno’s principal investigator Scott Bolton.", "Scott Bolton"),
    ("The proceedings were criticised by archbishop Monsenor Jorge Eduardo Scheinig.", "Monsenor Jorge Eduardo Scheinig"),
    ("He was told by Emergencies Minister Yevgeny Zinichev that help was coming.", "Yevgeny Zinichev"),
    # reactions, stances and descriptions credited to a named person
    ("Mick Jagger of The Rolling Stones also reacted on Twitter.", "Mick Jagger"),
    ("Senator Bernie Sanders endorsed Joe Biden for president.", "Bernie Sanders"),
    ("Travis Walker spoke highly of his students.", "Travis Walker"),
    ("Fashion designer Mary Quant described Day to the BBC in 2002 as a natural.", "Mary Quant"),
    # "she" after a sentence whose subject is a person with a surname that is a word of bodies
    ("Doris Day married Al Jorden. She said Jorden had been abusive.", "Doris Day"),
])
def test_named_sources_of_more_kinds(tmp_path, text, source):
    table = _attributions(tmp_path, text)
    assert source in set(table.source), table[["source", "cue"]].values.tolist()


def test_a_passive_with_a_thing_as_its_doer_credits_nobody(tmp_path):
    path = tmp_path / "case.txt"
    path.write_text("The bridge was designed by Gustave Eiffel. The report was released by the Ministry of Health.",
                    encoding="utf-8")
    assert "Gustave Eiffel" not in set(find_attributions(load_article(path)).source)


def test_a_quote_whose_sentence_names_its_speaker_is_a_named_attribution(tmp_path):
    # "Fashion designer Mary Quant described Day to the BBC in 2002: “…”": no verb of speech, but the
    # sentence that leads up to the quote names who speaks; the attribution says so with that sentence
    path = tmp_path / "case.txt"
    path.write_text("Fashion designer Mary Quant described Day to the BBC in 2002: \"Doris Day was America. She had it "
                    "all.\"", encoding="utf-8")
    table = find_attributions(load_article(path))
    row = table[table.source == "Mary Quant"].iloc[0]
    assert (row.kind, row.cue) == ("named", "Mary Quant described Day to the BBC in 2002")


def test_an_acronym_quoted_is_an_institution(tmp_path):
    path = tmp_path / "case.txt"
    path.write_text('"Huber was loved in every way", reads an AEW press release.', encoding="utf-8")
    table = find_attributions(load_article(path))
    assert ("AEW", "institution") in set(zip(table.source, table.kind))


@pytest.mark.parametrize("text, cue", [
    # eighteenth held-out batch and dev misses: vague sources after an opening phrase, in a contact clause, and a
    # hedge inside a named credit
    ("On Saturday, reports said the quake affected three regions.", "reports said"),
    ("The government argued this amounts to obstruction, an interpretation rights groups have said is ridiculous.",
     "rights groups have said"),
    ("Sok Eysan spoke. “We are loyal,” he reportedly told a gathering of newly promoted officials.", "reportedly"),
    ("Mexican cartel operatives say they are fearful for the first time in years.", "operatives say"),
    ("NBC News cited unnamed U.S. officials as saying the swap included Xu Yanjun.", "unnamed U.S. officials"),
    ("There are fears in Kyiv that Washington’s support will be reversed.", "There are fears in Kyiv that"),
    # newcomer adv35 (vague sources in VOA, White House and congressional style): each was missed
    ("Community leaders flagged a sharp rise in evictions.", "Community leaders flagged"),
    ("Many commenters find it funny, while others view it as a sign of change.", "others view"),
    ("Authorities have not ruled out sabotage.", "Authorities have not ruled out"),
    ("Critics counter that the reforms concentrate power.", "Critics counter"),
    ("A new study shows that most voters are undecided.", "A new study shows"),
    ("Current polls project a narrow win for the coalition.", "polls project"),
    ("It is feared that the death toll will rise.", "is feared"),
    ("Fears are growing that the ceasefire will collapse.", "Fears are growing that"),
    ("A spokesperson for the regional council hailed the agreement.", "hailed"),
    ("His family has consistently denied the allegations.", "His family has consistently denied"),
    ("The factory released a solvent that experts have linked to birth defects.", "experts have linked"),
    ("State media have amplified claims that the protests were organized from abroad.", "State media have amplified"),
])
def test_vague_sources_found(tmp_path, text, cue):
    a = _attributions(tmp_path, text)
    assert any(cue in c for c in a[a.kind == "vague"].cue), a[["kind", "cue"]].values.tolist()


@pytest.mark.parametrize("text", [
    # precision checks of the same rounds: no vague source (documents whose owner is named before them too)
    "City figures show the quake affected three regions.",
    "Shell's annual report shows that its debt has doubled since 2019.",
    "The plant is believed to be the largest of its kind in Africa, the company said.",
    "The gunman is believed to have acted alone, police said.",
    "The painting is thought to be the oldest in the region, according to the National Museum.",
    "Trust in the media has fallen to its lowest level in two decades.",
    "Students at Northgate University launched a campaign called “Books Not Bombs” last week.",
    "Protestors wearing EU flags. Image: Garry Knight (flickr).",
    "Jayant Menon and Deborah Elms spoke. All three experts said the deal would fail.",
    "Jayant Menon and Deborah Elms spoke. Both analysts agree that the plan is risky.",
    "Rights groups held a vigil outside the court.",
])
def test_no_vague_source_in_the_adv35_precision_checks(tmp_path, text):
    a = _attributions(tmp_path, text)
    assert "vague" not in a.kind.tolist(), a[["kind", "cue"]].values.tolist()


@pytest.mark.parametrize("text, rows", [
    # plural roles after the people named together (newcomer adv42): named, never vague
    ("Governor Ann Whitfield and Governor Tom Barlow met.\n\nThe governors warned that costs would rise.",
     [("named", "Ann Whitfield and Tom Barlow")]),
    ("Representatives Dwayne Foster and Lisa Marchetti introduced the bill.\n\nThe lawmakers also pointed out that costs "
     "rose.", [("named", "Dwayne Foster and Lisa Marchetti")]),
    # nobody named before: still vague
    ("The lawmakers also pointed out that costs rose.", [("vague", "nobody named")]),
    # with how many (newcomer adv70): "the two" are the two named; "the 12", the named and their colleagues
    ("Senators Ann Ray and Bo Lee led the letter.\n\nThe two senators wrote that delays are rising.",
     [("named", "Ann Ray and Bo Lee")]),
    ("Senators Ann Ray and Bo Lee led the letter.\n\nThe 12 senators wrote that delays are rising.",
     [("named", "Ann Ray and Bo Lee")]),
    ("Senators Ann Ray and Bo Lee led the letter.\n\nThe three senators wrote that delays are rising.",
     [("vague", "nobody named")]),
    # a label paragraph above the quote gives the attribution the quote's speaker was read from
    ("The companies welcomed the plan.\n\nSenator Rachel Amundsen (R-ND):\n\n“This bill protects our farmers.”",
     [("named", "Rachel Amundsen")]),
    # spacecraft report data: an institution, never a person (newcomer adv41)
    ("NASA’s Parker Solar Probe has found that the switchbacks cluster.", [("institution", "NASA’s Parker Solar Probe")]),
    ("Europa Clipper confirmed that its radar instrument works.", [("institution", "Europa Clipper")]),
    # a name in marks after "is called", and a comparison with what experts expected, credit nobody
    ("Its partner camera is called “WATSON.”", []),
    ("The rock was denser than scientists expected.", []),
])
def test_plural_roles_labels_spacecraft_and_names(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # "called on X to …": a demand credited to who makes it (a visit is no demand: "called on her patient")
    ("Senator Ana Ruiz called on Congress to act.", [("named", "Ana Ruiz")]),
    ("Prime Minister Tuilaepa called on residents to stay home.", [("named", "Tuilaepa")]),
    ("President Joe Biden signed the order.\n\nThe president continues to call on Congress to require checks.",
     [("named", "Joe Biden")]),
    ("The doctor Ana Ruiz called on her patient at home.", []),
    # when, and "now", between the name and the verb
    ("Kamala Harris spoke in Atlanta.\n\nHarris for weeks has claimed that she would win.", [("named", "Kamala Harris")]),
    ("Anita Brandt, who initially opposed the plan, now says she expects it to pass.", [("named", "Anita Brandt")]),
])
def test_calls_on(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a readout's unnamed participants (twenty-first held-out batch, now dev)
    ("Counselors shared that the top reasons are depression and anxiety.", [("vague", "nobody named")]),
    ("The counselors also spoke about providing a safe space.", [("vague", "nobody named")]),
    ("During the convening, legislators discussed steps they are taking.", [("vague", "nobody named")]),
    ("During the meeting, participants discussed the four pillars of the plan.", []),
    ("One participant added that the Hotline is a lifeline.", [("vague", "nobody named")]),
    # shares of the public, perhaps with others beside them, "already believe"
    ("The principles are so basic that 80 percent of Americans already believe it is law.", [("vague", "nobody named")]),
    ("Despite the fact that a majority of Americans—including 56 percent of Republicans—and Fortune 500 companies "
     "support protections, only 17 states act.", [("vague", "nobody named")]),
    ("We have heard from countless residents in our districts that the aid has been insufficient.",
     [("vague", "nobody named")]),
    # two surnames a release gave with titles, in the plural present; "Please explain" is nobody
    ("Congresswoman Stefanik co-led a letter with Rep. Higgins.\n\nStefanik and Higgins explain that booths are "
     "understaffed.", [("named", "Stefanik"), ("named", "Higgins")]),
    ("Please explain how the advocacy is consistent with the rules.", []),
    # "the Senators" named together before are named, not nobody; an acronym's possessive announces nothing
    ("Today Senators Josh Hawley (R-Mo.) and Marsha Blackburn (R-Tenn.) wrote to the FTC.\n\nIn their letter, the "
     "Senators expressed concern that the rules are weak.",
     [("named", "Josh Hawley"), ("named", "Marsha Blackburn"), ("named", "Josh Hawley and Marsha Blackburn")]),
    ("In light of the FTC’s recently announced settlement, the rule stands.", []),
    # a scrape's lost space after the comma of a relative clause
    ("Associate Attorney General Vanita Gupta, who leads the Task Force,emphasized the need for action.",
     [("named", "Vanita Gupta")]),
])
def test_readouts_shares_and_joint_letters(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a panel's readout: who spoke about or described what; a stance reaffirmed (twenty-first held-out batch, now dev)
    ("David Laibson, Professor of Economics at Harvard, spoke about the research foundations for the proposals.",
     [("named", "David Laibson")]),
    ("Vicki Morwitz, Professor at Columbia Business School, described the psychology of how consumers see prices.",
     [("named", "Vicki Morwitz")]),
    ("Today, First Lady Melania Trump reaffirmed her commitment to children.", [("named", "Melania Trump")]),
    ("The State Visit reaffirmed the strength of the partnership.", []),
    # unnamed offices of a named department; a report whose owner follows later in the clause is not nobody's
    ("In 2024, seven DOI bureaus estimated that the rule saved money.", [("vague", "nobody named")]),
    ("According to a new report requested by Sen. Bernie Sanders (I-Vt.) and released Tuesday by the Congressional "
     "Budget Office (CBO), inequality widened.", [("institution", "a new report")]),
])
def test_panel_readouts_and_owned_reports(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a job, then the person who holds it, set off by commas, after "according to" or a passive's "by"
    ("According to the El Paso mayor, Dee Margo, the city is safe.", [("named", "Dee Margo")]),
    ("According to a witness, Sergeant First Class Michael Marciello, the car exploded.", [("named", "Michael Marciello")]),
    ("According to a witness, the car exploded.", [("vague", "nobody named")]),
    # sixty-third held-out batch (then tuned on): whose job it is, then the holder's two names ("the team's coach, X Y,")
    ("According to the Afghan team's coach, Ali Rezai, the girls were upset.", [("named", "Ali Rezai")]),
    ("The policy was announced yesterday by the country’s Minister of Agriculture & Co-Operatives, Mr. Mundia Sikatana.",
     [("named", "Mr. Mundia Sikatana")]),
    ("The ruling was criticized by the court, which sits in Paris.", []),
])
def test_a_job_then_its_holder(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # newcomers adv50, adv51 (wire stories, press releases): the person after an office's field, never the field
    ("“We will grow,” Minister for Industry Clara Ventimiglia said.", [("named", "Clara Ventimiglia")]),
    ("“We will grow,” Director of Research Paul Amberg said.", [("named", "Paul Amberg")]),
    ("Chief of Staff Tom Reyes said the plan works.", [("named", "Tom Reyes")]),
    ("The Washington Institute’s Aaron Zelin said the attack drew attention.", [("named", "Aaron Zelin")]),
    ("Marsh County Sheriff Dan Pruitt said deputies found the car.", [("named", "Dan Pruitt")]),
    # the one said about is no source; "asked for help" reports no words
    ("The coroner said Ellen Park died of a gunshot wound.", []),
    ("The officer said the driver, Paul Greene, had refused to stop.", []),
    ("Police said the victim, 31-year-old Kevin Ostrander, had asked for help.", [("institution", "Police")]),
    ("The plan failed, said Bo Kim.", [("named", "Bo Kim")]),
    # one of a group named; a body named before by what it is
    ("Experts, including Dr. Mara Quist of Lund Polytechnic, warn that the lake is dying.", [("named", "Dr. Mara Quist")]),
    ("Officials, including Mayor Linda Cho, said the road will open.", [("named", "Linda Cho")]),
    ("Witnesses, including a shopkeeper, said the car exploded.", [("vague", "nobody named")]),
    ("Corvane Chemicals was fined on Monday. According to the company, the leak was small.",
     [("institution", "Corvane Chemicals")]),
    ("According to the ruling, the plan is legal.", [("institution", "the ruling")]),
])
def test_newcomer_wire_stories_and_releases(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # someone's aide or lawyer is nobody named, never the one they work for (newcomer adv50)
    ("Aides to Mayor Linda Cho said she would run.", []),
    ("According to Smith’s lawyer, the deal is off.", [("vague", "nobody named")]),
    ("According to Smith’s lawyer, Ana Ruiz, the deal is off.", [("named", "Ana Ruiz")]),
    ("According to Google’s chief executive, sales rose.", [("institution", "Google")]),
    # records whose keeper the words say
    ("Police records show the car was stolen.", [("institution", "Police records")]),
    ("Court records show the man was charged.", [("institution", "Court records")]),
])
def test_aides_lawyers_and_records(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a body named in apposition after what it is (newcomer adv51); ", said" after a place ends a clause, not a name
    ("The drug maker, Northwind Pharmaceuticals, said the trial would continue.",
     [("institution", "Northwind Pharmaceuticals")]),
    ("It was a good day for Texas, said Governor Greg Abbott.", [("named", "Greg Abbott")]),
    ("Xinhua, China’s official news agency, said the talks failed.", [("institution", "Xinhua")]),
])
def test_a_body_in_apposition(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a body's document named by its initials (newcomer adv53); its people stay unnamed
    ("A 2023 GAO audit concluded that staffing fell.", [("institution", "GAO")]),
    ("A NASA engineer said the test failed.", [("vague", "nobody named")]),
])
def test_initials_own_documents_not_people(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


def test_a_study_by_a_body_which_found(tmp_path):
    """A teacher's press release: the study's owner is in the sentence, after "by" (fresh newcomer, README only)."""
    from quote_cases import attribution_rows
    text = "The programme follows a 2025 study by the National Institute for Child Nutrition, which found that children eat less."
    assert attribution_rows(tmp_path, text) == [("institution", "National Institute for Child Nutrition")]


@pytest.mark.parametrize("text, rows", [
    # newcomer adv55: a plural verb says a capitalised word opening the sentence is people, not a surname
    ("Employers say finding workers remains hard.", [("vague", "nobody named")]),
    ("Ranchers have argued that the rule hurts them.", [("vague", "nobody named")]),
    ("Controllers tell us that staffing is short.", [("vague", "nobody named")]),  # (adv70)
    ("Senator Bernie Sanders spoke.\n\nSanders says the plan is good.", [("named", "Bernie Sanders")]),
    ("Senator Hal Rogers spoke.\n\nRogers tells reporters the plan is good.", [("named", "Hal Rogers")]),
    # what people may notice is no claim of theirs
    ("Residents may notice a change in taste.", []),
])
def test_plural_verbs_and_modal_notice(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # newcomer adv55: disputes by people nobody names; shares of businesses asked
    ("Health policy analysts dispute that claim.", [("vague", "nobody named")]),
    ("Roughly 62 percent of businesses surveyed reported higher costs.", [("vague", "nobody named")]),
])
def test_disputes_and_shares_of_businesses(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # the twenty-second held-out batch, read after scoring: an aside between the people and "have said"
    ("Israeli officials, however, have said the group is weakened.", [("vague", "nobody named")]),
    # "many in" a place, with "now" and "worry"
    ("Many in South Korea now worry that the alliance will weaken.", [("vague", "nobody named")]),
    # four words of what the people are
    ("Many conservative South Korean commentators also expressed concerns about the plan.", [("vague", "nobody named")]),
    ("Uyghur American advocates remain concerned about the camps.", [("vague", "nobody named")]),
    ("Many left-leaning commentators lamented the loss.", [("vague", "nobody named")]),
    # a view taken up, a reason given: named people
    ("Salih Hudayar, a leader of the group, echoed these sentiments, urging the president to act.", [("named", "Salih Hudayar")]),
    ("Nury Turkel pointed to the bipartisan support for the law.", [("named", "Nury Turkel")]),
    # a storm's sound is no source
    ("Thunder echoed across the valley.", []),
])
def test_twenty_second_batch_sources(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # dev misses (VOA): a conjunction opening the sentence owns no polls
    ("But polls suggest support is unlikely to rise.", [("vague", "nobody named")]),
    ("While polls suggest support is unlikely to rise, it may.", [("vague", "nobody named")]),
    ("Efforts have begun, according to senior U.S. intelligence officials.", [("vague", "nobody named")]),
    # fears and concerns nobody holds: an aside before "that", or a subject and a modal right after
    ("There are growing concerns, though, that the death tolls are a spark.", [("vague", "nobody named")]),
    ("Key leaders have fled, but there are fears the group may be poised for a resurgence.", [("vague", "nobody named")]),
    # nations by region and party members by party, none named; two nations named before are no vague source
    ("Western nations have questioned what the regime will get in return.", [("vague", "nobody named")]),
    ("Some Republicans are already opposing the request.", [("vague", "nobody named")]),
    ("The two nations agreed to talk.", []),
])
def test_polls_fears_and_nations_nobody_names(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, rows", [
    # newcomer adv56: a capital stands for its government (GeoNames' capitals), never a person
    ("Beijing said it hoped the talks would succeed.", [("institution", "Beijing")]),
    ("Seoul said it hoped the talks would succeed.", [("institution", "Seoul")]),
])
def test_capitals_speak_for_their_governments(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


def test_an_organisation_of_a_place_is_no_person(tmp_path):
    """Newcomer adv57: "The Friends of Cedar Lake, a local conservation group, said" gave the person "Friends"; a name
    after "The" is no person (the kit now gives no named source; the group's whole name is not read yet)."""
    from quote_cases import attribution_rows
    rows = attribution_rows(tmp_path, "The Friends of Cedar Lake, a local conservation group, said the bill helps.")
    assert ("named", "Friends") not in rows


def test_a_vague_source_inside_a_letter_is_its_writers_cue(tmp_path):
    """A letter quoted in a release makes its writers' claims: "it has been reported that" inside “…,” the
    senators wrote is a vague source; inside spoken words it stays the speaker's, not a cue of the writer's."""
    from quote_cases import attribution_rows
    written = ("Senators Ada Marsh and Ben Ortiz sent a letter to the CEO.\n\n“In addition, it has been reported that "
               "your pay rose by a third last year,” the senators wrote.")
    spoken = ("Senators Ada Marsh and Ben Ortiz met the CEO.\n\n“In addition, it has been reported that your pay rose by "
              "a third last year,” Marsh said.")
    assert ("vague", "nobody named") in attribution_rows(tmp_path, written)
    assert ("vague", "nobody named") not in attribution_rows(tmp_path, spoken)


def test_the_paragraph_on_who_spoke_above_excerpts_names_them(tmp_path):
    # fresh teacher (README only): a page of a minister's excerpts listed no attribution at all
    from quote_cases import attribution_rows
    text = ("Secretary of Finance Ana Ruiz appeared on Weekend Report on Sunday.\n\n“We have made hard choices.” (Watch)"
            "\n\n“Nobody will pay more tax.” (Watch)")
    assert attribution_rows(tmp_path, text) == [("named", "Ana Ruiz")]
    # named there already by its own cue: listed once
    text = ("Secretary of State Ana Ruiz joined two news programs. Secretary Ruiz underscored the commitment.\n\n“There "
            "is not a war.” (Watch)")
    assert attribution_rows(tmp_path, text) == [("named", "Ana Ruiz")]


@pytest.mark.parametrize("text, rows", [
    # newcomer adv73: a lawmaker's party tag, then "today", before the verb (as nearly every release's lede has it)
    ("Representative Chidinma Okonkwo (D-Lakeport) today announced that funding was secured.",
     [("named", "Chidinma Okonkwo")]),
    ("Congresswoman Lena Hart (D-San Diego) yesterday praised the vote.", [("named", "Lena Hart")]),
])
def test_a_party_tag_and_today_before_the_verb(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


def test_two_vague_cues_of_one_claim_show_the_whole_cue(tmp_path):
    # (newcomer adv74) "according to people" and "people familiar with the matter" are one claim's cue: one row, and a
    # student sees the whole of it, not half a phrase
    a = _attributions(tmp_path, "The deal was signed in secret, according to people familiar with the matter.")
    assert a.loc[a.kind == "vague", "cue"].tolist() == ["according to people familiar with the matter"]


def test_a_survey_named_by_its_maker_after_commas_is_an_institution_source(tmp_path):
    """(newcomer adv75) "The survey, carried out by the Orrin Institute among 2,300 bus users, found": the institute's
    survey, a source a reader can look up (the number's comma is no end of the aside)."""
    a = _attributions(tmp_path, "The survey, carried out by the Orrin Institute for Transport Studies among 2,300 bus "
                                "users, found that most riders wait too long.")
    assert a[["source", "kind"]].values.tolist() == [["Orrin Institute for Transport Studies survey", "institution"]]


@pytest.mark.parametrize("text, cue", [
    # sixty-sixth held-out batch, once dev: a named person's advice ("encourages everyone to"), and a long description
    # with two acronyms in brackets between the name and "said"
    ("Dana Morrow runs the program. Morrow encourages everyone to apply early.", "Morrow encourages"),
    ("Ines Varga, Associate Director for Outreach and Digital Communications at the National Eye Institute (NEI) within "
     "the National Institutes of Health (NIH), said planning matters.",
     "Ines Varga, Associate Director for Outreach and Digital Communications at the National Eye Institute (NEI) within "
     "the National Institutes of Health (NIH), said"),
])
def test_advice_and_long_descriptions_are_named_sources(tmp_path, text, cue):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert ("named", cue) in [(r.kind, r.cue) for r in find_attributions(load_article(path)).itertuples()]
