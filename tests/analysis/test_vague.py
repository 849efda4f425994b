"""The vague-source cues (medialit/analysis/vague.py): each cue finds its kind of phrase in general English."""

import pytest

from medialit.analysis.vague import VAGUE_CUES, _VAGUE
from quote_cases import attribution_rows, vague_cues as _vague_cues


def test_every_cue_has_a_reason_a_student_can_read():
    assert len(VAGUE_CUES) == len(_VAGUE)
    for _, why in VAGUE_CUES:
        assert why and (why[0].islower() or why[0] in "'“"), why


@pytest.mark.parametrize("sentence", [
    "Critics say the plan is late.",
    "According to people familiar with the matter, the deal is off.",
    "According to people involved in the talks, the deal is off.",
    "People involved in the talks said the deal is off.",
    "Estimates suggest that the cost will double.",
    "The move is thought to be a first.",
])
def test_a_vague_source_is_found(sentence):
    assert any(rx.search(sentence) for rx, _, _ in _VAGUE), sentence


@pytest.mark.parametrize("sentence, cue", [
    ("The ruling has provoked some to call the law incomplete.", "provoked some to call"),
    ("Many pro-reform officials considered the vote a turning point.", "pro-reform officials considered"),
    ("Critics have been quick to compare the bill to last year's.", "Critics have been quick to compare"),
    ("Opponents of the new tax point out that prices will rise.", "Opponents of the new tax point out"),
    ("However, some Canadians have protested the decision.", "some Canadians have protested"),
    ("But according to one critic, the film is too long.", "according to one critic"),
    ("Concerns have been raised about the safety of the bridge.", "Concerns have been raised"),
    ("The merger is considered a boon for the town.", "is considered"),
    ("The plan was dropped because of reports stating that it cost too much.", "reports stating"),
    # a crowd counted but not named; critics tied to a place; leaders; feelings voiced by a group
    ("Thousands of Ohio voters have reported long lines.", "Thousands of Ohio voters have reported"),
    ("Critics in both the east and west have said the fee is too high.", "have said"),
    ("Some religious leaders in the region have also expressed concerns that the plan is rushed.",
     "expressed concerns"),
    ("Some have welcomed the plan, but others are doubtful.", "Some have welcomed"),
    # a stance held for some time, a demand: by people nobody names ("have been critical", "are demanding that")
    ("Some members of the local arts community have been critical of the plan.",
     "Some members of the local arts community have been critical"),
    ("Ferry operators are demanding that the council act.", "Ferry operators are demanding"),
    # reports after "given" or "in the wake of", and what happened reported by nobody named
    ("Given reports of extensive damage, the city closed the bridge.", "Given reports of"),
    ("In the wake of reports that the dam leaked, the town left.", "In the wake of reports that"),
    ("Wait times of four hours have been reported at the office.", "hours have been reported"),
    # sixty-third held-out batch (then tuned on): the media as a whole, ongoing reports, warnings nobody gives
    ("But media have said that the rule is unlawful.", "media have said"),
    ("The bill responds to ongoing reports of chips being smuggled abroad.", "ongoing reports of"),
    ("The sale went ahead despite repeated warnings about the risk.", "despite repeated warnings"),
    ("Since the vote, some now fear that the fighting will resume.", "some now fear"),
    ("The substance, which many assume to be harmless, is banned.", "many assume"),
    ("Researchers have identified several new cases.", "Researchers have identified"),
    # one unnamed person, named only as someone's; passives with nobody doing them
    ("\"It is over,\" Garcia's spokesman said.", "Garcia's spokesman said"),
    ("She was told that the post had been filled.", "was told that"),
    ("The decision has been called a betrayal.", "has been called"),
    # according to any group or figures nobody names; officials "later announced"; unnamed documents "stated"
    ("According to wildlife officials, the injuries were old.", "According to wildlife officials"),
    ("The bridge was closed, according to eyewitnesses.", "according to eyewitnesses"),
    ("According to official figures, trade fell.", "According to official figures"),
    ("Officials later announced an arrest.", "Officials later announced"),
    ("Initial reports stated the fruit was a pineapple.", "Initial reports stated"),
    ("Experts disagree about whether the base matters.", "Experts disagree"),
    ("Western governments have long worried about the port.", "Western governments have long worried"),
    ("Some research suggests the coverage is positive.", "Some research suggests"),
    ("A number of Senators condemned the move.", "A number of Senators condemned"),
    ("An eyewitness described the attack.", "An eyewitness described"),
    # with X reporting; outlets not named; claims with no owner; criticism from nobody in particular
    ("The hall burned down, with local press reporting that nobody was hurt.", "with local press reporting"),
    ("Multiple national news outlets have projected a win.", "news outlets have projected"),
    ("Rumors have swirled since May that the deal is off.", "Rumors have swirled since May that"),
    ("He cited allegations that lasers were fired at pilots.", "allegations that"),
    ("The skit has drawn global criticism.", "has drawn global criticism"),
    ("Its slow pace has convinced some that the plan is dead.", "convinced some that"),
    ("Some are expressing concerns that the debt is too high.", "Some are expressing"),
    ("The loans, which some have deemed a trap, were signed.", "some have deemed"),
    ("The researchers envision that the cells will be cheap.", "researchers envision"),
    ("His daughter reported to the police that he was missing.", "daughter reported"),
    ("The delays have led to criticism that the plan was rushed.", "led to criticism that"),
    ("Allegations of hacking were denied.", "Allegations of"),
    ("Death tolls, provided anonymously by officials to journalists, exceeded 100.", "provided anonymously"),
    ("The company fell amid reports that it would be sold.", "reports that"),
    # people named by what they do, read from the word's ending (-ist, -er, -or ...), with any modifier
    ("Environmentalists worry the dam will flood the valley.", "Environmentalists worry"),
    ("Emergency workers have indicated an inquiry is under way.", "Emergency workers have indicated"),
    ("Harbour defense officials admit the base is close.", "defense officials admit"),
    ("Shop owners and other internet users complained about the cost.", "internet users complained"),
    ("Hard-line leaders and militant groups claim that music is forbidden.", "leaders and militant groups claim"),
    # one of a group; one more of the people just quoted; according to someone's unnamed people or state media
    ("One of the library’s founders says they will offer free internet.", "One of the library’s founders says"),
    ("According to Johnson's critics, the move was a plot.", "According to Johnson's critics"),
    ("The troops moved, according to Syrian state media.", "according to Syrian state media"),
    ("According to official statements, he was well.", "According to official statements"),
    # people named by what they do after "according to"; the news as a whole
    ("A second fire killed another person, according to firefighters.", "according to firefighters"),
    ("According to local news, the fire started at noon.", "According to local news"),
    # a team's stance or finding, in the third person
    ("The team argues that tidal effects matter.", "The team argues"),
    ("The survey team expects the test to pass.", "team expects"),
    ("The harbour team showed that salinity rose.", "team showed"),
    ("Experts attribute this to human activity.", "Experts attribute"),
    # a stance or a reaction of a group nobody names; early reports; "a reported"; a passive by many outlets
    ("There has been skepticism among academics about the plan.", "skepticism among academics"),
    ("The initial reports were of drone attacks.", "initial reports"),
    ("The move left some experts in disaster management disappointed.", "left some experts"),
    ("The decision gave some reviewers pause.", "gave some reviewers pause"),
    ("It happened, leaving some to wonder why.", "leaving some to wonder"),
    ("He died after a reported fall.", "a reported fall"),
    ("Biden was projected by multiple media outlets to win.", "projected by multiple media outlets"),
    # twenty-third held-out batch, moved to dev: unowned reports, a group's unease, a stance without a verb of speech
    ("They demanded answers on recent reports of the agency pursuing a deal.", "recent reports of"),
    ("The talks followed reports that the minister had objected.", "reports that"),
    ("Reports that the mayor has been talking to the firm are reverberating.", "Reports that"),
    ("WASHINGTON — Reports that the mayor has been talking to the firm are reverberating.", "Reports that"),
    ("The move is raising concerns among some that the deal is weak.", "raising concerns among some"),
    ("Not all experts are convinced, however.", "experts are convinced"),
    ("The ruling undermines what many consider a basic right.", "many consider"),
    # newcomer adv59: rumours and speculation nobody owns
    ("There are rumours in the town that the mine will close.", "There are rumours"),
    ("There is speculation in the capital that he will quit.", "There is speculation"),
    ("There have been numerous complaints about the churches.", "There have been numerous complaints"),
    ("The findings have led scientists to believe that water flowed.", "led scientists to believe"),
])
def test_kinds_of_vague_source_found_on_real_news(sentence, cue):
    hits = [m.group() for rx, _, _ in _VAGUE for m in rx.finditer(sentence)]
    assert any(cue in h for h in hits), hits


@pytest.mark.parametrize("sentence", [
    "Oxygen uptake, which is considered a standard measure of fitness, fell.",  # a definition
    "The case was considered in court on Monday.",
    "According to a witness, Sergeant First Class Ana Ruiz, the guards left early.",  # named right after
    "The deal is close, according to a report in Wednesday's The Wall Street Journal.",  # a named paper
    "The assembly is called the IOA.",  # a name, not a judgement
    "It will take the help of the international community.",  # a mention: nobody says anything
    "Engineers will compare the two measurements next year.",  # a plan, not a claim
    "The crash happened, according to police in Baytown.",  # a force named by its place
    "A 2019 study by Pew Research found that prices rose.",  # a named source
    "The Liberal Democrats have accused the minister of delay.",  # a party, named
    "Smith reports that the road is closed.",  # "reports" as a verb, with its subject
    "Bolton's allegations that lasers were fired were denied.",  # the claim has an owner
    "The team plans to launch in May.",  # what a team means to do
    "His lawyer, Ana Ruiz, said the case was weak.",  # named right after
    "The numbers indicate a rise in cases.",  # documents and figures are not people
    "The authors compared the two samples.",  # a study's authors: they did it, they are no source
    "Scientists could observe the storm from space.",  # seeing, not saying
    "Cases rose, according to WHO's statistics.",  # an organisation's own figures
    "Ten drones struck, according to the Saudi Press Agency.",  # a named agency
    "Sanders said the plan works.",  # a name ending like a trade (-ers) is still a name
    "Ministers from five countries agreed on Friday to share data.",  # an agreement reached: an event
    "Regional ministers agree to share river data.",
    "The storm left many residents without power.",  # what happened to them, no stance
    "The award gave many students a chance to travel.",
    "Early reports by the BBC said six died.",  # whose reports is named
    "According to Reuters news, the fire started.",  # a named agency
    "He has faced so much fear among voters about speaking out.",  # his own claim, named
    "The reports that she wrote were long.",  # reports with their writer
    "Many consider the lake a landmark.",  # (only after "what": "what many consider")
    # sixty-second held-out batch (then tuned on): people "involved in" a crime are no source
    "The task forces have arrested 30,000 individuals involved in child exploitation since 1998.",
    "However, no casualties have been officially reported.",  # nothing reported: no claim
    "Social media reported a surge in posts.",  # (platforms, not the press)
    "The sale went ahead despite repeated warnings from the Pentagon.",  # whose warnings is named
    "Two hikers have been reported missing by the park.",  # (missing, and by whom)
])
def test_not_vague(sentence):
    hits = [m.group() for rx, _, _ in _VAGUE for m in rx.finditer(sentence)]
    assert not hits, hits


def test_the_reason_quotes_the_cue_found(tmp_path):
    """"According to a diplomat" is explained with its own words, not with another example's."""
    from medialit import find_attributions
    from medialit.corpus.loader import load_article

    path = tmp_path / "case.txt"
    path.write_text("According to a diplomat, the talks failed.", encoding="utf-8")
    row = find_attributions(load_article(path)).iloc[0]
    assert row.kind == "vague" and "“According to a diplomat”" in row.reason, row.reason




@pytest.mark.parametrize("text, cues", [
    ("Press freedom groups said the law was harsh.", ["Press freedom groups said"]),
    ("Advocates said the vote was rigged.", ["Advocates said"]),
    ("Environmentalists, however, claim the plant pollutes the river.", ["Environmentalists, however, claim"]),
    ("State legislators supporting the law argued that it prevents fraud.",
     ["State legislators supporting the law argued"]),
    ("Reports as of Wednesday said ten cars burned.", ["Reports as of Wednesday said"]),
    ("Astronomers were optimistic that the planet holds water.", ["Astronomers were optimistic"]),
    ("The spokesperson for the city government strongly condemned the attack.",
     ["The spokesperson for the city government strongly condemned"]),
    ("The sailor was identified as Ian Moss by a Coast Guard spokesperson.", ["by a Coast Guard spokesperson"]),
    # someone's figures name whose they are; "it has also claimed" is the agency's claim
    ("CPP figures show that turnout was high. NASA's data suggest a link.", []),
    ("The agency was sued. It has also claimed that the data was safe.", []),
    ("Protesters held banners during a protest on Sunday.", []),
    # the words of a quoted passage are its speaker's: a vague source inside them is not the writer's cue
    ("“The campaign was marred by threats from local leaders to punish voters,” said Ana Ruiz.", []),
    # named right after: no vague source
    ("The plan was confirmed by a ministry spokesman, Tom Lee.", []),
    # the forty-first held-out batch, then tuned on (congress-mcgovern-cecot-letter, congress-raskin-cbp-michigan-letter):
    # reports by monitors nobody names, "Multiple" opening the sentence; a scholar nobody names
    ("Multiple reports by international human rights monitors have documented abuse at the prison.",
     ["Multiple reports by international human rights monitors have documented"]),
    ("The zone covers the state, which one scholar has called a “zone of diminished protections.”",
     ["one scholar has called"]),
    ("Reports by the Harlow Institute have documented the abuse.", []),
])
def test_vague_sources_in_running_text(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    ("Many returnees, however, say the city is still unsafe.", ["Many returnees, however, say"]),
    ("Rescuers were optimistic that more survivors would be found.", ["Rescuers were optimistic"]),
    ("Fishermen complained that the quota was too low.", ["Fishermen complained"]),
    ("According to a doctor, the wound was deep.", ["According to a doctor"]),
    ("Some figures show the branch had 14,200 visits.", ["Some figures show"]),
    ("Previous studies have indicated a link.", ["Previous studies have indicated"]),
    # whose figures they are is named; the person is named right before the description
    ("City figures show the branch had 14,200 visits. Police figures show crime fell.", []),
    ("Chet, 41, a Canadian engineer who volunteers with a charity, agreed.", []),
])
def test_more_vague_sources_and_owned_documents(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    ("One village administrator said he would visit.", ["One village administrator said"]),
    ("Scientists debate whether the statues moved.", ["Scientists debate"]),
    ("According to videos posted on social media, the crowd fled.", ["According to videos"]),
    ("Two people died, by reports on Saturday.", ["by reports"]),
    # a government is no person; footage is evidence, not a source
    ("Zambia’s government has denied the claim.", []),
    ("The car hit him, according to traffic camera footage.", []),
])
def test_one_unnamed_person_documents_and_reports(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


def test_experts_divided_over_a_question(tmp_path):
    assert _vague_cues(tmp_path, "Experts are divided over whether the dam is safe.") == ["Experts are divided"]
    assert _vague_cues(tmp_path, "The teams were divided into groups.") == []


@pytest.mark.parametrize("text, cues", [
    # reports and sources the writer relies on, never named
    ("Per reports, he was killed in 2018.", ["Per reports"]),
    ("The strike was announced based on unconfirmed reports.", ["based on unconfirmed reports"]),
    ("The plane was reported by local press as belonging to the army.", ["reported by local press"]),
    ("The paper ran the story, citing sources within the ministry.", ["citing sources"]),
    ("Sok was told by ruling party officials he should leave.", ["was told by ruling party officials"]),
    # one unnamed person or team
    ("According to the research team, the coating works.", ["According to the research team"]),
    ("According to a court clerk, the ruling is final.", ["According to a court clerk"]),
    ("An acquaintance said he moved to London.", ["An acquaintance said"]),
    # groups, findings and judgements of nobody in particular
    ("Researchers in Ruritania established that washing helps.", ["Researchers in Ruritania established"]),
    ("Many of his colleagues believe he will return.", ["Many of his colleagues believe"]),
    ("Some were not convinced by the plan.", ["Some were not convinced"]),
    ("The vote was seen as the end of democracy by some.", ["seen as the end of democracy by some"]),
    ("Others, like his sons, believe the debt is fine.", ["Others, like his sons, believe"]),
    ("He was reputedly responsible for the leak.", ["reputedly"]),
    ("He was arrested on allegations they were plotting a coup.", ["on allegations"]),
    ("Iranian TV said the crash was followed by a fire.", ["Iranian TV said"]),
    ("Per reports in the Portuguese press, Tom Baird is being considered.", ["Per reports"]),
    ("According to a court clerk, Marsh has not yet hired a lawyer.", ["According to a court clerk"]),
    ("Many of his colleagues in the ruling party believe he will return.",
     ["Many of his colleagues in the ruling party believe"]),
    # a channel's name; officials who are trained, not quoted; allegations whose owner is named
    ("Press TV said the crash was followed by a fire.", []),
    ("The party was busy training newly elected local officials.", []),
    ("He was jailed over allegations by the Ruritanian Football Association.", []),
    # a document whose owner follows; a protest is an act (a claim only with "that"); a photo caption's first
    # sentence says what the picture shows (the sentences after it may make claims)
    ("According to a survey published in 2017 by the Royal Society, most did not wash.", []),
    ("According to the reports by the Johns Hopkins Center, there are 142 cases.", []),
    ("Friday was the fourth night that Serbians protested.", []),
    ("Residents protested that the plan was unfair.", ["Residents protested"]),
    # a relative clause after "made": the group is a source, not an object
    ("The ruling made proclamations which analysts say could have wide effects.", ["analysts say"]),
    ("The grant will help astronomers see farther.", []),
    # "they" goes on for a group nobody names, in the sentence before
    ("Here, researchers evaluated scans of 158 species. They found that small frogs grew spikes.", ["They found"]),
    ("Officials said the dam was safe. They also stated that no one was hurt.", ["Officials said", "They also stated"]),
    ("Hundreds of villagers protest over a land dispute in Phnom Penh, April 23, 2018. (Sun Narin | VOA Khmer)", []),
    ("FILE - Ana Ruiz speaks in Lima, May 2, 2018. Some are expressing concerns that the deal is unfair. (AP)",
     ["Some are expressing"]),
])
def test_reports_citing_teams_and_judgements_of_nobody_in_particular(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # a stance held by a group nobody names, also when it is negated
    ("The team doesn’t think the channel was made by wind.", ["The team doesn’t think"]),
    ("Scientists don't believe the asteroid poses a threat.", ["Scientists don't believe"]),
    ("Officials did not say when the road would reopen.", []),  # no claim at all
    # a proposal of unnamed authors is a claim; "proposed to" a programme is an application
    ("The authors proposed that the dinosaurs flapped to run faster.", ["The authors proposed"]),
    ("The Lakeview team proposed to the pilot programme in May.", []),
    # "They found" after a group named only by what its people are, capitalised at the sentence start
    ("Researchers studied 500 patients. They found that the drug works.", ["They found"]),
    ("Ana Ruiz and Tom Lee studied reef fish. They found that the fish defend their corals.", []),
    # a passive report with when it was said in between
    ("A bomb was yesterday reported to have killed six people.", ["was yesterday reported"]),
    ("Rebels were on Wednesday reported to have taken the town.", ["were on Wednesday reported"]),
    # research or evidence nobody cites; "the evidence" a named source speaks of is theirs
    ("Research suggests that bilingual children learn faster.", ["Research suggests"]),
    ("Police chief Oscar Lema said the evidence suggests that the mayor paid.", []),
])
def test_negated_stances_proposals_they_and_dated_passives(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # a named speaker's own short quote is theirs: no vague cue of the writer's inside it ...
    ("“Experts agree,” Dr. Lena Fischer said.", []),
    # ... but unnamed people who say or told it are the speaker's sources, cited by the speaker (adv70, dev)
    ("“Sources say otherwise,” Senator Ted Cruz replied.", ["Sources say"]),
])
def test_a_named_speakers_short_quote_holds_no_vague_cue(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # people named only by their job, capitalised at the start of a sentence: vague, never a "named" source
    ("Monitors said the vote was fair.", ["Monitors said"]),
    ("Negotiators said talks would resume.", ["Negotiators said"]),
    ("Backbenchers warned the leader.", ["Backbenchers warned"]),
    ("Pollsters say the race is close.", ["Pollsters say"]),
    # an unnamed crowd in a place or body named by what it is
    ("Many in the capital believe the war is lost.", ["Many in the capital believe"]),
    ("Ana Ruiz and others in the Labour Party warned that the delay is dangerous.", []),
    # the verb before an unnamed group, after the claim
    ("The strike is over, argue critics.", ["argue critics"]),
])
def test_job_groups_crowds_and_verbs_before_unnamed_groups(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # someone's unnamed publicist, lawyer or family; never when the name follows
    ("Mendez died on Saturday, according to his publicist.", ["according to his publicist"]),
    ("Mendez died, according to his wife, Mary Lee.", []),
    # widely suspected, varying reports, a widespread belief: held by whom?
    ("He is widely suspected of asking for prorogation.", ["widely suspected"]),
    ("The submarine sank with three or four survivors by varying reports.", ["by varying reports"]),
    ("At NASA there was a widespread belief that foam shedding was safe.", ["there was a widespread belief that"]),
    # "they" after "An international team of scientists"
    ("An international team of scientists studied mummies. They found the DNA sequences varied.", ["They found"]),
])
def test_publicists_varying_reports_and_widespread_beliefs(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


def test_representatives_from_a_country_are_unnamed(tmp_path):
    # the unnamed group speaks, not the country after "from"
    assert _vague_cues(tmp_path, "On Saturday, representatives from Iran acknowledged the plane was shot down.") == [
        "representatives from Iran acknowledged"]


@pytest.mark.parametrize("text, cue", [
    # "States" in "United States" is no verb "states": no claim, no cue
    ("He was also a member of the United States House Select Committee on Benghazi.", None),
    # an unnamed person at a named organisation, after "according to"
    ("According to a senior member of the United States military, the ship left.",
     "According to a senior member of the United States"),
    # the police are the force of the place reported on, as in "police said": an institution, not a vague group
    ("According to police, the man fled.", None),
    ("According to police and county officials, the man fled.", "According to police and county officials"),
])
def test_unnamed_members_of_named_bodies(tmp_path, text, cue):
    from medialit import find_attributions
    from medialit.corpus.loader import load_article
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    table = find_attributions(load_article(path))
    vague = table[table.kind == "vague"].cue.tolist()
    assert vague == ([cue] if cue else [])


@pytest.mark.parametrize("text, cues", [
    # kinds from the eleventh held-out batch's misses (scored once, then moved to dev)
    ("Fernando Dallorso, the manager, said his roommates said they last saw him on Saturday.", ["his roommates said"]),
    ("In preparation for the launch, officials at the Sidus Space integration facility in Cape Canaveral, Florida, "
     "reported it has completed testing.",
     ["officials at the Sidus Space integration facility in Cape Canaveral, Florida, reported"]),
    ("Recent opinion polling by Democratic organizations indicated he is far more popular than any other Democrat.",
     ["Recent opinion polling by Democratic organizations indicated"]),
    ("Mugabe won the election, but amid reports of violence and fraud, neither the EU nor the US would endorse it.",
     ["reports of"]),
    ("Soon after, however, rumors circulated he was preparing his wife to become his successor.", ["rumors circulated"]),
    ("The storm killed at least 20, according to Philippine officials on Thursday.", ["according to Philippine officials"]),
    ("The charge stemmed from allegations Trump tried to pressure the Ukrainian government.", ["from allegations"]),
    # a hedge inside a quote's credit is a cue of its own: he said it, says whom?
    ('Trump caused a controversy when he reportedly referred to some nations as "s***hole countries" at a meeting.',
     ["reportedly"]),
    # precision: a named pollster, a named outlet, an owned estimate; a name beside the group (not a state)
    ("A poll by Gallup showed he was ahead.", []),
    ("Projections by CNN and NPR indicated that Sanders had won.", []),
    ("Estimates by the Argentinian government state that thousands die each year.", []),
    ("A company spokesman, John Reed, said the plant would close.", []),
    # a clause after a verb of reporting with "that" left out; a time between helper and verb; "characterize"
    ("NDTV later reported officials, following an investigation, stated it was a coconut.",
     ["officials, following an investigation, stated"]),
    ('Visiting Chinese officials have over the years emphasized what they call "friendship".',
     ["Visiting Chinese officials have over the years emphasized"]),
    ('The deal includes what critics, including the United States, characterize as "debt-trap diplomacy".',
     ["critics, including the United States, characterize"]),
    # a prize taken is no claim made
    ("For the second year in a row, a team from Irvine’s University High School claimed victory at a regional contest.",
     []),
    ("A team from the school claimed the title.", []),
    ("Critics claimed the vote was rigged.", ["Critics claimed"]),
])
def test_kinds_of_the_eleventh_batch(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # a newcomer's passages in wire and press-release style: missed and false vague sources, each kind a test
    ("Two people at Google with knowledge of the plan said the launch was delayed.",
     ["Two people at Google with knowledge of the plan said"]),
    ("According to a senior White House official, the meeting went well.", ["According to a senior White House official"]),
    ("Pundits called it the worst performance of his career.", ["Pundits called"]),
    ("The army lost 500 tanks, according to Western estimates.", ["according to Western estimates"]),
    ("Students said goodbye to their teachers on the last day of term.", []),
    ("Residents said goodbye to the old bridge at a ceremony on Saturday.", []),
    ("Officials said no decision had been made.", ["Officials said"]),
    ('The Kennedy Center announced its honorees on Wednesday. "This class reflects American genius," the center said.',
     []),
    ("The court's opinion was joined by five justices. \"The statute means what it says,\" the opinion stated.", []),
])
def test_newcomer_press_release_kinds(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # a newcomer's 200 attribution passages (8 missed and 9 false vague sources, each kind a test)
    ("It is thought the painting was stolen to order.", ["It is thought"]),
    ("Analysts polled by the agency expect growth of 1.2 percent this year.", ["Analysts polled by the agency expect"]),
    ("Most economists surveyed say a recession is unlikely this year.", ["Most economists surveyed say"]),
    ("Data suggest that infections are falling among older adults.", ["Data suggest"]),
    ("Word is that the club will sell its star striker in January.", ["Word is that"]),
    # precision: things found or a duty reported are no claims; an owner or a journal names the document
    ("Rescuers found three survivors in the rubble on Tuesday.", []),
    ("Officials found the missing files in a locked cabinet.", []),
    ("Investigators found the pilot had been drinking.", ["Investigators found"]),
    ("Three nurses reported for duty despite the strike.", []),
    ("Students reported to the principal's office after the fight.", []),
    ("According to a Reuters report, the company plans to cut 5,000 jobs.", []),
    ("According to an American report released last week, the group was funded from abroad.",
     ["According to an American report"]),
    ("A study in the journal Science found that bees avoid treated fields.", []),
    ("The data showed a rise in sea level.", []),
    ("Press freedom fell, according to the advocacy organization Reporters Without Borders.", []),
])
def test_newcomer_attribution_kinds(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # kinds from the twelfth held-out batch's misses (scored once, then moved to dev), written afresh
    ("One interviewee said people had changed their minds, and several said the politicians ignored them.",
     ["One interviewee said", "several said"]),
    ("One MP told the BBC that the vote was always a minority view.", ["One MP told"]),
    ("Estimates by event organizers indicate that a million people marched.", ["Estimates by event organizers indicate"]),
    ("Preliminary investigations suggest that the engine failed.", ["Preliminary investigations suggest"]),
    ("The plan funds training, work that independent experts verify will create jobs.", ["independent experts verify"]),
    ("When I introduce myself, people always say I must be good at math.", ["people always say"]),
    ("Some said the plan had failed.", ["Some said"]),
    # precision: a named source, and "some" as a quantity, are no unnamed people
    ("Estimates by the Treasury indicate growth of 2 percent.", []),
    ("Tom Berg said some of the money was lost.", []),
    # a newcomer's local-news passages: how the unnamed person was reached; a named person's unnamed relative or lawyer
    ("A relative reached by phone said the family was devastated.", ["A relative reached by phone said"]),
    ("Kevin Tran's sister said he was kind.", ["Kevin Tran's sister said"]),
    ("Dunn's attorney said his client was innocent.", ["Dunn's attorney said"]),
])
def test_kinds_of_the_twelfth_batch(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # kinds from the thirteenth held-out batch's misses (scored once, then moved to dev), written afresh
    ("The ship vanished, as reported by industry sources.", ["reported by industry sources"]),
    ("The ship vanished, with some local press claiming it sank.", ["local press claiming"]),
    ("A local journalists' union stated that he was murdered.", ["A local journalists' union stated"]),
    ("According to his wife, he had been threatened.", ["According to his wife"]),
    # precision: the wife named beside it; an organisation's name that ends in a people word; monitors as devices
    ("According to his wife, Amanda, he had been ill.", []),
    ("The National Union of Journalists said he was murdered.", []),
    ("The van has video monitors reporting live data from the engine.", []),
    ("She was also recognized as a Rotary National Award for Space Achievement Stellar award recipient in 2000.", []),
    ("He is widely recognized as the best pilot of his generation.", ["is widely recognized"]),
    # the people told are no source
    ("Stay inside, residents were told in an emergency alert.", []),
    ("Residents of the town told reporters the water was brown.", ["Residents of the town told"]),
])
def test_kinds_of_the_thirteenth_batch(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # people the writer never names, who spoke ("there were mentors along the way who said")
    ("There were times I doubted it, and there were mentors along the way who said, “No, what we do is important.”",
     ["there were mentors along the way who said"]),
    ("There were engineers at the plant who told us to stop.", ["There were engineers at the plant who told"]),
    # precision: one person, or people who did something other than speak
    ("There is a man who said hello.", []),
    ("There were engineers at the plant who built the engine.", []),
])
def test_kinds_of_the_fourteenth_batch(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # a noun in -ing before the people word
    # (the conjunction opening the sentence is no part of the cue)
    ("But polling observers claimed that the number will be higher.", ["polling observers claimed"]),
    ("Ruling party officials said the vote was fair.", ["Ruling party officials said"]),
    ("Striking workers told reporters they were angry.", ["Striking workers told"]),
])
def test_people_after_a_noun_in_ing(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # a team of five words before its head; what researchers put out; reports that name someone; one source cited
    ("On Monday, an international team of scientists report that the birds were wild.",
     ["an international team of scientists report"]),
    ("On Wednesday, researchers at Imperial College London posted findings that the count was low.",
     ["researchers at Imperial College London posted findings"]),
    ("The attacker has been detained. Reports named him on Sunday as Khairi Saadallah.", ["Reports named"]),
    ("The Sun cited a security source as saying the man was known.", ["cited a security source"]),
    # a trade press nobody names, in a clause of "with" and an -ing verb
    ("The ship sank, with industry publications reporting that the crew was rescued.",
     ["industry publications reporting"]),
    # someone's people, none named; never "Morris and his colleagues" (a named person's team)
    ("He was released on bond, and his lawyers have claimed he acted in self-defense.", ["his lawyers have claimed"]),
    ("Morris and his colleagues considered the debt of 68 countries.", []),
    # precision: devices that report; a named paper's article
    ("The van has video monitors reporting live data, with video monitors reporting the speed.", []),
    ("A New York Times article in 2017 described the caves.", []),
])
def test_kinds_of_wikinews_sources(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    ("Many in the industry have blamed federal catch limits for the decline.", ["Many in the industry have blamed"]),
    ("It has been estimated that Americans lost $29 billion to scams.", ["It has been estimated that"]),
    ("The rock is estimated to be 1 km wide.", []),
])
def test_kinds_of_a_newcomers_releases(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # the fifteenth batch's vague sources (now dev), each a kind
    ("But some in Taiwan remain critical of his policy.", ["some in Taiwan remain critical"]),
    ("Many Chinese commentators and internet users praised him.", ["Many Chinese commentators and internet users praised"]),
    ("Some health experts are calling it a warning sign.", ["Some health experts are calling"]),
    ("Others have challenged the findings.", ["Others have challenged"]),
    ("U.S. officials have, until now, mostly dismissed the claims.", ["U.S. officials have, until now, mostly dismissed"]),
    ("U.S. media reported Wednesday that the flights resumed.", ["U.S. media reported"]),
    ("One Vermonter expressed concerns about the economy. Then another Vermonter from Williamstown, VT spoke.",
     ["One Vermonter expressed", "another Vermonter from Williamstown, VT spoke"]),
    # precision: a verb of what people could do, a noun, a band's name
    ("Key party members who could challenge him were sidelined.", []),
    ("China presents itself as a partner with similar goals and challenges.", []),
    ("One Direction released an album.", []),
])
def test_kinds_of_the_fifteenth_batch(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


def test_press_reports_of(tmp_path):
    assert _vague_cues(tmp_path, "The senators spoke in response to press reports of a potential merger.") == [
        "press reports of"]


def test_people_who_shared_their_experiences(tmp_path):
    assert _vague_cues(tmp_path, "A few seniors on the call shared their experiences during the pandemic.") == [
        "A few seniors on the call shared their experiences"]
    assert _vague_cues(tmp_path, "Engineers shared data with the team.") == []


@pytest.mark.parametrize("text, cues", [
    # the sixteenth batch: a country named by an acronym, or two countries, is still nobody's name
    ("The helicopters were returned last week, according to U.S. officials.", ["according to U.S. officials"]),
    ("The flights began in January, according to a U.S. defense official.", ["according to a U.S. defense official"]),
    ("A second U.S. defense official told VOA that the flights continue.", ["A second U.S. defense official told"]),
    ("The drills resumed, according to U.S. and South Korean officials.", ["according to U.S. and South Korean officials"]),
    # reports nobody owns: after a preposition, a describing word or a verb of the speaker's
    ("Following news reports that the firm spied on users, Senator Ann Ray wrote a letter.", ["Following news reports that"]),
    ("They asked Google about reports that it did the same.", ["about reports that"]),
    ("We have heard troubling reports that the company broke the law.", ["troubling reports that"]),
    ("The minister also denied reports that troops had crossed.", ["reports that"]),
    ("The vast reporting states that he swore. More recent reporting reveals that he shoved a page.",
     ["The vast reporting states", "recent reporting reveals"]),
    # precision: a reporter named, a verb "reports"
    ("Ford reports that sales fell.", []),
    ("The Guardian newspaper reports that the talks failed.", []),
])
def test_kinds_of_the_sixteenth_batch(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # the sixteenth batch: unnamed people at two named places; a company nobody names; an impersonal passive
    ("Last year, researchers at Vanderbilt University and the University of Chicago estimated that it would cost "
     "Medicare $150 billion a year.", ["researchers at Vanderbilt University and the University of Chicago estimated"]),
    ("One major commercial health insurance company told Chairman Sanders that it would stop covering the drug.",
     ["One major commercial health insurance company told"]),
    ("It has been uncovered that the FBI kept the forms.", ["It has been uncovered"]),
    # a stance or a doubt of people nobody names
    ("Taliban officials have refuted claims that the men were mistreated.", ["Taliban officials have refuted"]),
    ("But experts in Tashkent support the deal.", ["experts in Tashkent support"]),
    ("Some Chinese netizens wonder whether Rubio can enter China.", ["Some Chinese netizens wonder"]),
    ("Social media users noticed the change.", ["Social media users noticed"]),
    ("Other community leaders and experts highlighted how the plants harm residents.",
     ["Other community leaders and experts highlighted"]),
    # precision: help given, a noun, a company that is where someone works
    ("Marshall materials engineers also supported the tests.", []),
    ("The station manager oversees crew support.", []),
    ("She was a cook in the cafeteria the company maintains for workers.", []),
])
def test_kinds_of_the_sixteenth_batch_people_and_companies(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # a newcomer's traps (adv22): who may not be named, and a group in a relative clause
    ("The official, who was not authorized to speak publicly, said the talks had stalled.",
     ["who was not authorized to speak"]),
    ("A refugee in the camp, who asked that his name not be used for fear of reprisals, said armed groups recruit boys.",
     ["who asked that his name not be used"]),
    ("Police launched a crackdown that rights groups say has intensified.", ["rights groups say"]),
])
def test_newcomer_traps_of_the_seventeenth_round(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # the sixteenth batch's dev misses: whose estimates, which members, what authorities called him
    ("By some U.S. estimates, the plant cost $1 billion.", ["By some U.S. estimates"]),
    ("Members of Cambodia’s opposition who have fled to Thailand say they are watched.",
     ["Members of Cambodia’s opposition who have fled to Thailand say"]),
    ("Chinese authorities referred to him as a traitor.", ["Chinese authorities referred to"]),
    # precision: members met, estimates of a named body
    ("He met members of the board on Monday.", []),
    ("By some estimates from the World Bank, growth will slow.", []),
])
def test_kinds_of_the_sixteenth_batch_estimates_and_members(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # the sixteenth batch: "they" inside a sentence that names an unnamed group; "others who spoke with VOA";
    # people outside a place
    ("Many of them were held there. Despite the cold, their supporters gathered outside the building, looking forward "
     "to what they told VOA they hoped would be their speedy release.", ["they told"]),
    ("Pollock and others who spoke with VOA said they felt vindicated.", ["others who spoke with VOA said"]),
    ("Despite the evidence, several people outside the prison told VOA that the pardon reinforced their belief.",
     ["several people outside the prison told"]),
    # precision: "they" after a named person; "they" inside a quote is the speaker's
    ("Residents met Mayor Ann Ruiz, and she said they told her about the floods.", []),
    ("“After the people saw the work I could do, they believed it,” Sahra Abdikarim said.", []),
])
def test_kinds_of_the_sixteenth_batch_they_and_others(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # dev misses of the fourteenth to sixteenth batches: one user, a witness "to the" event, people a reporter
    # interviewed by their country, a long "who" clause
    ("But one Weibo user commented that the ban was silly.", ["one Weibo user commented"]),
    ("A witness to the incident has described him as shouting.", ["A witness to the incident has described"]),
    ("In a survey, most Uzbeks expressed enthusiasm for closer ties.", ["most Uzbeks expressed"]),
    ("Uzbeks interviewed by VOA this winter expressed mixed views.", ["Uzbeks interviewed by VOA this winter expressed"]),
    ("Veteran bureaucrats who have worked with these regions at the State Department and the Pentagon told VOA the "
     "ties are deep.", ["Veteran bureaucrats who have worked with these regions at the State Department and the Pentagon told"]),
    # precision: a people's name as the subject of something done, not said
    ("Uzbeks voted on Sunday.", []),
])
def test_kinds_of_the_recent_batches_users_witnesses_and_countries(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # a newcomer's traps (adv24): unnamed people in a "with" clause, a relative clause, a "though" clause; scouts
    ("The board delayed the vote, with many saying it waited too long.", ["many saying"]),
    ("The plan drew residents, many of whom said the fees were too high.", ["many of whom said"]),
    ("Shares rose, though some warned that the rally would fade.", ["some warned"]),
    ("Scouts say the pitcher throws 98 miles an hour.", ["Scouts say"]),
    # precision: a named person's campaign is a body a reader can look up
    ("His campaign said in a statement that it was \"waiting for every vote to be counted.\"", []),
])
def test_newcomer_traps_of_the_adv24_round(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


def test_reports_of_what_happened(tmp_path):
    # a sentence that opens with reports nobody owns; not a named body's reports
    assert _vague_cues(tmp_path, "Reports of rising cases of a flu-like illness in China spread online.") == ["Reports of"]
    assert _vague_cues(tmp_path, "Reports of the Senate committee were released.") == []


@pytest.mark.parametrize("text, cues, named", [
    # a newcomer's vague-source passages (adv25): someone "briefed on" the talks; a plural people word opening the
    # sentence is no person's name, even with a description before the verb
    ("A diplomat briefed on the talks said a deal was close.", ["A diplomat briefed on the talks said"], []),
    ("Parents, many of whom wore green shirts to the meeting, said they would appeal.", [], []),
    # precision: people who meet, and an estimate given as a number
    ("Officials met on Tuesday.", [], []),
    ("An estimated 13% of residents left.", [], []),
])
def test_newcomer_traps_of_the_adv25_round(tmp_path, text, cues, named):
    from quote_cases import attribution_rows, vague_cues as _vague_cues
    assert _vague_cues(tmp_path, text) == cues
    assert [s for k, s in attribution_rows(tmp_path, text) if k == "named"] == named


@pytest.mark.parametrize("text, cues", [
    # reporting nobody owns, as congressional letters cite it (seventeenth held-out batch, now dev)
    ("The lawmakers request a briefing after reports surfaced showing the rifles are resold.", ["after reports surfaced showing"]),
    ("According to recent reporting, families are sent to the wrong address.", ["According to recent reporting"]),
    ("News reports alleging that the judge took gifts spread.", ["News reports alleging"]),
    ("Additional reporting has since uncovered more trips.", ["Additional reporting has since uncovered"]),
    ("The director resigned because of reports stating he lied.", ["because of reports stating"]),
    # an outlet's reports, or reports whose author follows, are somebody's
    ("Fox News reports that the vote was delayed.", []),
    ("According to recent reports by the Gazette, the vote was delayed.", []),
])
def test_reporting_nobody_owns(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # a stance of people named only by what they are (seventeenth held-out batch, VOA)
    ("Some political observers have echoed the concern.", ["Some political observers have echoed"]),
    ("Press freedom groups expressed disappointment after the vote.", ["Press freedom groups expressed disappointment"]),
    ("Watchdogs have sounded the alarm about the rise.", ["Watchdogs have sounded the alarm"]),
    ("U.S. officials express confidence in the count.", ["U.S. officials express confidence"]),
    ("Some are hopeful that the talks will work.", ["Some are hopeful"]),
    # an act, not a stance
    ("Some residents fled the town.", []),
    ("Many were injured in the blast.", []),
])
def test_stances_of_unnamed_people(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # international observers who say something are a vague source; observers who arrive are not (adv27)
    ("About 400 international observers arrived to monitor the vote.", []),
    ("International observers were deployed to 40 districts.", []),
    ("The vote was flawed, according to international observers.", ["according to international observers"]),
])
def test_international_observers(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # groups nobody names after "according to", and an assessment of people nobody names (adv27)
    ("According to rights groups, 1,200 people remain in detention.", ["According to rights groups"]),
    ("According to human rights groups, 300 people have disappeared.", ["According to human rights groups"]),
    ("Western officials have assessed that the drones were assembled abroad.", ["Western officials have assessed"]),
    # an assessment done, not a claim; groups named right after
    ("Kenyan authorities rigorously assess each application.", []),
    ("According to the groups Amnesty International and Human Rights Watch, 300 vanished.", []),
])
def test_groups_and_assessments(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # hearsay in features (adv31)
    ("Legend has it that the bell rang by itself.", ["Legend has it"]),
    ("The story goes that he swam across the bay.", ["The story goes"]),
    ("Word around town is that the mayor will quit.", ["Word around town is that"]),
    ("Some in town believe the well is cursed.", ["Some in town believe"]),
    # a story told by someone named, a word that is a thing
    ("The story goes on for 300 pages, Ana Ruiz said.", []),
])
def test_hearsay(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # organisations named by people words, and people who report to a place (adv33; after the held-out run)
    ("Doctors Without Borders said the hospital was shelled twice.", []),
    ("The United Auto Workers said in a statement that talks failed.", []),
    ("The Union of Concerned Scientists said the plant was unsafe.", []),
    ("Every morning, the volunteers report to the community center at seven.", []),
    ("Neighbors reported the fire to 911 at 2 a.m.", []),
    # ("trace" was dropped as a stance: "Officials traced the call to a payphone" is an act, and so "Some experts trace
    # the surge" goes unread)
    ("Officials traced the threatening call to a payphone.", []),
    # unnamed people of a named body stay vague
    ("A State Department spokesperson told VOA the case was open.", ["A State Department spokesperson told"]),
    ("Associates of Navalny alleged that he was poisoned.", ["Associates of Navalny alleged"]),
])
def test_organisations_named_by_people_words(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # findings nobody is named for (the nineteenth held-out batch, then dev; adv40)
    ("Study after study has shown that employee ownership raises wages.", ["Study after study has shown"]),
    ("The senator also cites recent reporting that shows at least 20 attacks.", ["recent reporting that shows"]),
    ("Wood was referring to intelligence indicating that 10,000 troops were sent.", ["intelligence indicating that"]),
    ("There are concerns it could include advanced military technology.", ["There are concerns"]),
    ("Other experts add that Europe will stay close to Washington.", ["Other experts add"]),
    ("Meanwhile, Chinese state media outlets are urging the EU to cooperate.", ["Chinese state media outlets are urging"]),
    # shares of the people a survey asked
    ("Two-thirds said they trusted the nominee.", ["Two-thirds said"]),
    ("In the survey, a plurality of respondents said they would ignore the order, while about 41 percent said they "
     "would leave.", ["a plurality of respondents said", "about 41 percent said"]),
    ("Just one-quarter believe their managers act on poor performance.", ["Just one-quarter believe"]),
    ("The President continues to call on Congress to act, which the vast majority of Americans and gun owners "
     "support.", ["the vast majority of Americans and gun owners support"]),
    ("Only two-fifths of federal managers are confident they could remove a poor performer.",
     ["Only two-fifths of federal managers are confident"]),
    ("A recent audit found that the agency lost files.", ["A recent audit found"]),
    ("A leaked memo suggests the plan was dropped.", ["A leaked memo suggests"]),
    # precision: a figure that is no one's share, whose reporting is named, a builder's act, one post's holder
    ("Sales rose 5 percent said Ana Ruiz, the chief executive.", []),
    ("The Post’s reporting showed that the firm lied.", []),
    ("The builders add solar panels to every roof.", []),
    ("North Korea’s ambassador dismissed the meeting as unlawful.", []),
    ("South Korea’s ambassador questioned the timing of the launch.", []),
    # questioning a person is an act; questioning whether is a doubt of unnamed people
    ("Investigators questioned pilot Anders Holm for six hours.", []),
    ("Critics questioned whether the plan would work.", ["Critics questioned"]),
    # the writer's own doubt is no source; "reportedly" still is
    ("The U.K. sanctioned ships that supposedly operate in defiance of sanctions.", []),
    ("The minister reportedly resigned.", ["reportedly"]),
    # unnamed people with their names set beside them are named
    ("Two officials at the Ministry of Health, Dr. Nadia Hamdan and Dr. Karim Said, said the clinic would close.", []),
    ("Others, like Yem Ravy’s sons, believe the debt will never be paid.", ["Others, like Yem Ravy’s sons, believe"]),
])
def test_findings_and_shares_nobody_owns(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, rows", [
    # an unnamed report credited with a quote is vague; "the official" after an unnamed official is that one
    ("According to a recent report, “attacks have risen steadily since the leak.”",
     [("vague", "a recent report")]),
    ("A senior administration official spoke to reporters.\n\nThe senior administration official said the U.S. had "
     "warned Beijing.", [("vague", "a senior administration official")]),
    # a government office's whole name after "according to", never cut at a document word inside it; a titled
    # document is whole too (a teacher's newcomer test)
    ("Costs rose, according to the Congressional Budget Office.", [("institution", "the Congressional Budget Office")]),
    ("The bridge is unsafe, according to the 2025 Bridge Safety Report.",
     [("institution", "the 2025 Bridge Safety Report")]),
    # a report whose author the sentence names, by office, is not "which report, by whom?"
    ("The roof is unsafe, according to a report by the county building inspector.", [("institution", "a report")]),
    ("The roof is unsafe, according to a report.", [("vague", "nobody named")]),
])
def test_unnamed_documents_and_officials(tmp_path, text, rows):
    assert attribution_rows(tmp_path, text) == rows


def _kinds_and_cues(tmp_path, text):
    """The (kind, cue) of each attribution of ``text``, written to a file and loaded as an article."""
    from medialit import find_attributions
    from medialit.corpus.loader import load_article
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(r.kind, r.cue) for r in find_attributions(load_article(path)).itertuples()]


@pytest.mark.parametrize("text, cue", [
    # twentieth held-out batch, once dev: a number of unnamed people (never a year)
    ("17 Nobel Prize winners in economics have said that my plan will ease inflation.",
     "17 Nobel Prize winners in economics have said"),
    ("1,200 doctors have said the plan works.", "1,200 doctors have said"),
    ("In early April 2009, officials announced that they had found the weapon.", "officials announced"),
])
def test_numbers_of_unnamed_people(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


@pytest.mark.parametrize("text, cue", [
    # a newcomer's press releases (adv64): whistleblowers were an institution when a sentence opened with them
    ("Whistleblowers have alleged that applications were returned.", "Whistleblowers have alleged"),
    ("Whistleblowers allege that applications were returned.", "Whistleblowers allege"),
])
def test_unnamed_whistleblowers_are_vague(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


@pytest.mark.parametrize("text, cue", [
    # twenty-fourth held-out batch, once dev: research and reports nobody names, data "as" it shows, "as some have …",
    # a verb before an unnamed speaker followed by a dash
    ("A growing body of scientific research has demonstrated that the plant harms health.",
     "A growing body of scientific research has demonstrated"),
    ("Recent press reports allege that the firm shipped oil.", "Recent press reports allege"),
    # (thirty-fourth held-out batch, once dev: more reports, and what they highlight or document)
    ("Additional press reports highlighted troubling statements by lawmakers.", "Additional press reports highlighted"),
    ("Further studies documented the decline of the reef.", "Further studies documented"),
    ("Women are hurt more often, as readiness data shows.", "readiness data shows"),
    ("Gas is not clean energy as some have touted.", "as some have touted"),
    ("Firms will see windfalls, predicts one longtime analyst — including $15 billion for one.",
     "predicts one longtime analyst"),
])
def test_research_reports_and_data_nobody_names(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


@pytest.mark.parametrize("text", [
    "Women are hurt more often, as the data shows.",  # data the article just gave
    "The plan is clean, as Ana Ruiz has said.",
])
def test_data_and_sayers_the_article_names_are_not_vague(tmp_path, text):
    from quote_cases import attribution_rows, vague_cues as _vague_cues
    assert not [r for r in attribution_rows(tmp_path, text) if r[0] == "vague"]


@pytest.mark.parametrize("text, cue", [
    # twenty-fifth held-out batch, once dev: chief executives and companies nobody names
    ("In their letter, airline CEOs wrote that lines are long.", "airline CEOs wrote"),
    ("Investment is up — as companies report a resurgence in competitiveness.", "as companies report"),
])
def test_executives_and_companies_nobody_names(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


@pytest.mark.parametrize("text, cue", [
    # twenty-sixth held-out batch, once dev: "Even" before a group, a group's expectations, a question asked by an
    # unnamed person, a passive "were informed that", reports from people nobody names
    ("Even opponents of the plan acknowledge that it will allow the agency to act.", "opponents of the plan acknowledge"),
    ("It passed, but even critics acknowledge that it works.", "even critics acknowledge"),
    ("GDP was revised up to 3.3% — smashing many economists’ expectations.", "many economists’ expectations"),
    ("When an air traffic controller asked how they would pay for food, the senator ranted.", "an air traffic controller asked"),
    ("Ruiz and Vale were informed that the pantries would close.", "were informed that"),
    ("The letter comes after reports from Missourians that certain agencies have been nonresponsive.",
     "reports from Missourians that"),
])
def test_unnamed_groups_twenty_sixth_batch(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


@pytest.mark.parametrize("text", [
    # precision: a question put to someone named, reports from a named body, a union of economists
    "A reporter asked her to leave the room.",
    "He read reports from NASA that the launch slipped.",
    "The economists’ union met on Monday.",
])
def test_not_unnamed_groups_twenty_sixth_batch(tmp_path, text):
    assert [k for k, _ in _kinds_and_cues(tmp_path, text) if k == "vague"] == []


@pytest.mark.parametrize("text, cue", [
    # twenty-seventh held-out batch, once dev: news reports and stories nobody names, people heard from, the media as
    # one source, polls nobody names, "brought to my attention", "what is being called"
    ("Recent news reports have documented how mail is late.", "Recent news reports have documented"),
    ("These news stories report that tenants are cold.", "These news stories report"),
    ("I write following disturbing reports of unacceptable housing conditions.", "following disturbing reports of"),
    ("The office has heard from constituents about delays.", "heard from constituents"),
    ("It has been brought to my attention that mail is late.", "It has been brought to my attention"),
    ("Recent reports make it clear that she worked with the regime.", "Recent reports make it clear"),
    ("The men, as the media reported, had similar backgrounds.", "as the media reported"),
    ("Even the media admits that inflation fell.", "Even the media admits"),
    ("Americans say the country is on track, according to new polling — while the average rose.", "according to new polling"),
    ("The bill includes what is being called the largest tax cut.", "what is being called"),
])
def test_reports_and_outlets_nobody_names_twenty_seventh_batch(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


@pytest.mark.parametrize("text", [
    # precision: reports of a named body, researchers the crew heard from, documents already named
    "The board read reports of the Army Corps of Engineers.",
    "The crew heard from researchers at the center about the experiment.",
])
def test_not_reports_nobody_names_twenty_seventh_batch(tmp_path, text):
    assert [k for k, _ in _kinds_and_cues(tmp_path, text) if k == "vague"] == []


def test_a_whistleblower_nobody_names(tmp_path):
    # congress-hawley-johnson-afghan-vetting-whistleblower (the thirty-fifth batch, then tuned on): one whistleblower
    assert _kinds_and_cues(tmp_path, "A whistleblower alleges that the vetting failed.") == [
        ("vague", "A whistleblower alleges")]


@pytest.mark.parametrize("text, cue", [
    # the forty-third held-out batch, once dev (congress-murray-gao-spousal-consent-report): one spouse, and officials
    # of a named plan with its short form and a dash aside on what it is
    ("One spouse interviewed for the report said: “He took the money.”", "One spouse interviewed for the report said"),
    ("A constituent wrote that the office helped.", "A constituent wrote"),
    ("Officials from the Harlow Savings Plan (HSP)—the largest plan with $9.6 billion in assets—reported that it "
     "adds a day.", "Officials from the Harlow Savings Plan (HSP)—the largest plan with $9.6 billion in assets—reported"),
])
def test_one_spouse_and_officials_with_an_aside(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


def test_a_veteran_named_after_the_word_is_named(tmp_path):
    assert [k for k, _ in _kinds_and_cues(tmp_path, "The veteran, John Smith, said it was long.")] == ["named"]


@pytest.mark.parametrize("text, cue", [
    # the forty-fourth and forty-fifth held-out batches, once dev: people at whose urging something was done, people
    # who shared their concerns with the reader's addressee, "-men" as people
    ("The bill was written at the urging of doctors across Harlow’s Fifth District.",
     "at the urging of doctors across Harlow’s Fifth District"),
    ("At the request of residents, the city paved it.", "At the request of residents"),
    ("The lobstermen shared with you firsthand their concerns about the cost.",
     "The lobstermen shared with you firsthand their concerns"),
    ("Local small business owners shared the benefits they are seeing.", "Local small business owners shared the benefits"),
])
def test_urging_and_shared_concerns(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


def test_at_the_urging_of_someone_named_is_not_vague(tmp_path):
    assert [k for k, _ in _kinds_and_cues(tmp_path, "At the urging of the Department of Justice, the senator acted.")
            if k == "vague"] == []
    assert [k for k, _ in _kinds_and_cues(tmp_path, "The specimens showed damage.") if k == "vague"] == []


@pytest.mark.parametrize("text, cue", [
    # the forty-seventh held-out batch, once dev: calls and letters from people nobody names, constituents who contact
    # an office, public comment, studies that raise concerns
    ("Our office has received over 100 calls and emails from people looking to help their families.",
     "received over 100 calls and emails from people"),
    ("We have also heard from military veterans who were helped by local interpreters.", "heard from military veterans"),
    ("This is the number one issue Oklahomans are contacting me about.", "Oklahomans are contacting me"),
    ("The Corps received substantial public comment in support of the study.", "received substantial public comment"),
    ("The complex was closed after several studies raised concerns with its structure.", "several studies raised concerns"),
])
def test_people_who_contact_an_office_and_studies_that_raise_concerns(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


@pytest.mark.parametrize("text", [
    # not vague: the subject matter of an inquiry, a list that follows, a comparative, someone named
    "The commission is responsible for investigating allegations of discrimination in the workplace.",
    "The following organizations also expressed their support for the letter: the Harlow Medical Association.",
    "Applicants must speak well, and a higher speaking score is required compared to other tests.",
    "I have heard from the veterans at the Harlow post.",
])
def test_investigated_allegations_a_following_list_and_comparatives_are_not_vague(tmp_path, text):
    assert [c for k, c in _kinds_and_cues(tmp_path, text) if k == "vague"] == []


@pytest.mark.parametrize("text, cue", [
    # the forty-eighth held-out batch, once dev: inside a member's quote, the reports, studies, polls and people who call
    # the office that the member cites are vague sources (the words are the speaker's, the sources are not named)
    ("“Our office has received over 100 calls and emails from people looking to help their families,” said Rep. Ana Ruiz.",
     "received over 100 calls and emails from people"),
    ("“Studies have shown that whole milk is good for children,” said Rep. Ana Ruiz.", "Studies have shown"),
    ("“Poll after poll shows the plan is popular,” said Sen. Tom Berg.", "Poll after poll shows"),
])
def test_sources_a_quoted_speaker_cites(tmp_path, text, cue):
    assert ("vague", cue) in _kinds_and_cues(tmp_path, text)


@pytest.mark.parametrize("text, cue", [
    # the fifty-sixth held-out batch, once dev: a nation's adjective says where a study is from, not whose it is
    # (congress-paul-youtube-censorship); a share of people with a word of size (congress-clay-state-of-union)
    ("A Danish study of 6000 participants found that masks work.", "A Danish study of 6000 participants found"),
    ("A clear majority of Americans support the plan.", "A clear majority of Americans support"),
])
def test_a_nations_study_and_a_clear_majority(tmp_path, text, cue):
    assert ("vague", cue) in _kinds_and_cues(tmp_path, text)


@pytest.mark.parametrize("text", [
    # (but people named only by what they are stay the speaker's words: "“… threats from local leaders …,” she said",
    # and so do what they will or may do: that is the speaker's guess, not their source)
    "“We face threats from national and local leaders every day,” said Rep. Ana Ruiz.",
    "“People will think the plan fails,” said Rep. Ana Ruiz.",
    "“Members of the press may think the law protects them,” said Rep. Ana Ruiz.",
])
def test_unnamed_people_inside_a_quote_are_the_speakers_words(tmp_path, text):
    assert [c for k, c in _kinds_and_cues(tmp_path, text) if k == "vague"] == []


@pytest.mark.parametrize("text", [
    # ... unless they told or reported it (dev, a newcomer's adv70): the speaker cites them as the source
    "“Scientists tell us that the ice is melting,” said Sen. Tom Berg.",
    "“Texas small business owners repeatedly tell me that the rules hurt,” said Rep. Ana Ruiz.",
    "“Insurance companies say that the denials are rare,” said Sen. Tom Berg.",
    "“Villagers also complained about the water,” said Rep. Ana Ruiz.",
])
def test_unnamed_people_who_told_the_quoted_speaker(tmp_path, text):
    assert [k for k, c in _kinds_and_cues(tmp_path, text)].count("vague") == 1


def test_a_noun_after_the_is_no_verb_of_saying(tmp_path):
    # congress-riley-fertilizer-transparency-bill (the forty-eighth batch, once dev): "… sellers that are not manufacturers
    # are exempt from the reporting requirements" reports nothing
    text = "Under current law, retail fertilizer sellers that are not manufacturers are exempt from the reporting rules."
    assert [c for k, c in _kinds_and_cues(tmp_path, text) if k == "vague"] == []


@pytest.mark.parametrize("text, cue", [
    # the fifty-first and fifty-second held-out batches, once dev: a count of people heard from (congress-rounds-…), "there
    # are those who think" (congress-amodei-eviction-moratorium), criticism from people nobody names (congress-aderholt-…)
    ("I have heard from more than 5,000 South Dakotans who are opposed to this plan.", "heard from more than 5,000 South Dakotans"),
    ("Unfortunately, there are those who think that building a culture where nobody pays is a positive thing.",
     "there are those who think"),
    ("The program came under sharp criticism from school officials and communities.", "criticism from school officials"),
])
def test_counted_constituents_those_who_think_and_criticism_from_a_group(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]
    # (never when the people are named, or the criticism is someone's)
    assert [k for k, _ in _kinds_and_cues(tmp_path, "The plan drew criticism from Mayor Ana Ruiz.") if k == "vague"] == []


@pytest.mark.parametrize("text, cue", [
    # the fifty-third held-out batch, once dev: allegations and feedback from people nobody names (congress-murphy-…,
    # congress-bennet-train-horn-rule), towns nobody names that estimate
    ("The company faced allegations by federal prosecutors in 2019 that it spied on users.", "allegations by federal prosecutors"),
    ("Based on feedback from city leaders throughout the state, we wrote the rule.", "feedback from city leaders"),
    ("A number of Colorado municipalities have estimated that the cost would be high.",
     "A number of Colorado municipalities have estimated"),
])
def test_allegations_and_feedback_from_groups_and_towns_that_estimate(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]


@pytest.mark.parametrize("text, cue", [
    # the fifty-fourth held-out batch, once dev: people and businesses who tell a member (congress-thornberry-…), stories
    # heard from businesses (congress-royce-cuna-conference)
    ("People and businesses in our part of Texas continue to tell me that the law hurts.",
     "People and businesses in our part of Texas continue to tell me"),
    ("I have heard so many stories from businesses in California about the rule.", "heard so many stories from businesses"),
])
def test_people_who_tell_a_member_and_stories_heard_from_businesses(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]
    assert [k for k, _ in _kinds_and_cues(tmp_path, "The businesses in the area closed.") if k == "vague"] == []


@pytest.mark.parametrize("text, cue", [
    # dev misses across the congressional batches: people heard from, with more ways of saying so
    ("We continue to hear from pharmacists and patients expressing concerns.", "hear from pharmacists"),
    ("I'm hearing from my constituents daily about the backlog.", "hearing from my constituents"),
    ("My office has heard with rapidly increasing frequency from constituents about delays.",
     "heard with rapidly increasing frequency from constituents"),
    ("We have also heard from community members with medical conditions.", "heard from community members"),
])
def test_more_ways_of_hearing_from_people(tmp_path, text, cue):
    assert _kinds_and_cues(tmp_path, text) == [("vague", cue)]
    # (never hearing as an event's purpose, nor a court hearing a named side)
    for other in ("I thought it was important to continue this event and hear from my constituents about the issues.",
                  "The judge heard from the defense."):
        assert [k for k, _ in _kinds_and_cues(tmp_path, other) if k == "vague"] == [], other


@pytest.mark.parametrize("text, cues", [
    # fifty-seventh held-out batch, then dev: a share of people, then what they want; reports nobody owns after "follows"
    ("We stand with the 83 percent of Americans who want to see them upheld.", ["83 percent of Americans who want"]),
    ("83 percent of Americans want the rules upheld.", ["83 percent of Americans want"]),
    ("The hearing follows the damning reports of a toxic work environment.", ["follows the damning reports of"]),
    # precision: a figure that is no share of people, reports someone requires
    ("The 40 percent figure is wrong.", []),
    ("The bill is about requiring reports of income.", []),
])
def test_shares_who_want_and_reports_nobody_owns(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


def test_a_verb_joined_to_an_earlier_subject_is_not_the_groups(tmp_path):
    # fifty-eighth held-out batch, then dev: "… applauded the work done by the site’s workers and said it should be a
    # model": the senator said it, not the workers
    assert _vague_cues(tmp_path, "Senator Ana Ruiz applauded the work done by the site’s workers and said it should be "
                                 "a model.") == []
    assert _vague_cues(tmp_path, "Workers at the plant said it should be a model.") == ["Workers at the plant said"]


@pytest.mark.parametrize("text, cues", [
    # fifty-ninth held-out batch (then tuned on): unnamed people who testified or assured someone; a spokesperson at an
    # organisation "in" a place, after an opening phrase with no comma
    ("Experts from the industry testified that they sometimes wait 20 years for a permit.",
     ["Experts from the industry testified"]),
    ("During the meeting, postal officials assured Congressman Tom Vale that they are making every effort.",
     ["postal officials assured"]),
    ("After receiving the letter a spokesperson for the U.S. Embassy in Lima said they will call the family.",
     ["a spokesperson for the U.S. Embassy in Lima said"]),
    # precision: a named witness who testified, a promise nobody makes to anyone
    ("Dr. Lena Hart testified that the permits take 20 years.", []),
])
def test_testimony_assurances_and_a_spokesperson_in_a_place(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # sixtieth held-out batch (then tuned on): unnamed people at a named body, stories nobody named told, a concern
    # of people nobody names, news reports and news nobody owns
    ("According to the Harbor Pension actuaries, the fund will run dry in 2036.",
     ["According to the Harbor Pension actuaries"]),
    ("Witnesses shared stories of children who had been severely injured.", ["Witnesses shared stories of"]),
    ("Our citizens are concerned about the security gaps along our borders.", ["Our citizens are concerned"]),
    ("Recent news reports have noted that most former residents do not want to return.",
     ["Recent news reports have noted"]),
    ("This follows the recent news that Ohio led the nation in job creation.", ["follows the recent news that"]),
    # precision: the speaker's own concern; a named person's stories; an outlet's reports
    ("We are concerned about the gaps.", []),
    ("Dr. Lena Hart shared stories of her patients.", []),
    ("Harbor News reports have noted that the plant closed.", []),
])
def test_unnamed_actuaries_stories_concerns_and_news(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # sixty-first held-out batch and newcomer adv72 (then tuned on): colleagues counted but never named; news nobody
    # owns ("upon news that", "News that … spread"); people who testified, then a comma
    ("Sen. Tom Vale joined a bi-partisan group of 43 other senators in calling for the rule's preservation.",
     ["joined a bi-partisan group of 43 other senators in calling"]),
    ("Sen. Tom Vale spoke upon news that the agency edited its climate reports.", ["upon news that"]),
    ("News that the state might approve the permit spread quickly.", ["News that"]),
    ("Dozens of residents testified, many describing odors.", ["Dozens of residents testified"]),
    # precision: data whose publisher is named; a patient referred (a passive, nobody speaks); a named colleague joined
    ("Rates fell to 4 percent, according to new data reported by the U.S. Department of Harbors.", []),
    ("Dr. Lena Hart said patients who need care on weekends would be referred to the urgent care center.", []),
    ("Sen. Tom Vale joined Sen. Lena Hart in calling for a vote.", []),
])
def test_colleagues_counted_news_and_testimony(tmp_path, text, cues):
    assert _vague_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # sixty-sixth held-out batch, once dev: reports counted but not named, a report with only its date, praise with the
    # adverb after it, a relative clause with no "that", feedback from nobody named
    ("The letter comes amid a growing number of reports of unsafe arrests.", [("vague", "a growing number of reports of")]),
    ("This request follows a flurry of reports that agents skip training.", [("vague", "a flurry of reports that")]),
    ("Given the significant number of reports of abuse, we ask for answers.",
     [("vague", "the significant number of reports of")]),
    ("A report from March 3, 2025, found at least 90 incidents.", [("vague", "A report from March 3, 2025, found")]),
    ("The portal is praised widely for its design.", [("vague", "is praised widely")]),
    ("Below are a few things attendees said they do to keep sites clear.", [("vague", "few things attendees said")]),
    ("The feedback I received at the forum was that the tool works.",
     [("vague", "The feedback I received at the forum was that")]),
    # (owned or a thing found: not vague)
    ("A series of reports by the GAO found waste.", [("institution", "GAO found")]),
    ("Rescuers found three survivors in the rubble.", []),
])
def test_counted_reports_dated_reports_praise_and_feedback(tmp_path, text, cues):
    assert _kinds_and_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # sixty-seventh held-out batch, once dev: one of a crowd "according to" (with an acronym), members of a team who
    # shared in a post, a community member who "pointed to" or "chimed in", people the writer interviewed "for" something
    ("According to one AMA participant, the system is good.", [("vague", "According to one AMA participant")]),
    ("According to a witness, Ana Ruiz, the car fled.", [("named", "According to a witness, Ana Ruiz")]),
    ("As early members of the design team shared in a previous blog post, the kit grew.",
     [("vague", "early members of the design team shared")]),
    ("Another community member pointed to the docs.", [("vague", "Another community member pointed to")]),
    ("Then a third community member chimed in that it works.", [("vague", "a third community member chimed in")]),
    ("A number of developers we’ve interviewed for agency case studies have also noted the gap.",
     [("vague", "A number of developers we’ve interviewed for agency case studies have also noted")]),
    # a speaker's unnamed source inside the quote; a day opening the quote names nobody
    ("“Yesterday, a whistleblower revealed that the bureau tags parents,” said Senator Ada Quill.",
     [("vague", "a whistleblower revealed"), ("named", "said Senator Ada Quill")]),
    # (not: a unit's name with "Support" in it; an article of a named paper)
    ("As a member of the Field Support Division team, Goretski is part of it.", []),
    ("Recently, a Harbor Post article reported on a study.", [("institution", "a Harbor Post article reported")]),
])
def test_one_of_a_crowd_team_members_and_informants_in_quotes(tmp_path, text, cues):
    assert _kinds_and_cues(tmp_path, text) == cues


@pytest.mark.parametrize("text, cues", [
    # sixty-eighth held-out batch, once dev: observed or heard by nobody, a belief or concern nobody holds, talk of
    # reports, "should reports be true", a document "which found", people concerned "as well", praise and testimony
    ("It has been observed that users prefer apps.", [("vague", "It has been observed")]),
    ("It is often heard that forecasts fail.", [("vague", "It is often heard")]),
    ("For these agencies, there is the belief that encryption is costly.", [("vague", "there is the belief that")]),
    ("A concern expressed repeatedly was battery life.", [("vague", "A concern expressed repeatedly")]),
    ("The forum was aflutter with reports of 30 inches of snow.", [("vague", "was aflutter with reports")]),
    ("Should reports be true that he wants to rejoin, it is good.", [("vague", "Should reports be true")]),
    ("The column cited a study which found that users left.", [("vague", "a study which found")]),
    ("Many parents and teachers are concerned as well.", [("vague", "Many parents and teachers are concerned")]),
    ("National groups and out-of-state politicians lauded the move.",
     [("vague", "National groups and out-of-state politicians lauded")]),
    ("Witnesses have testified about the meetings.", [("vague", "Witnesses have testified")]),
    # (not: testimony as an event, praise asked for, a document its publisher released)
    ("However, only four agency officials have testified.", []),
    ("Parents who love their children should be applauded.", []),
    ("The committee released a new analysis that finds states are worse off.", []),
    ("The Harbor Project published the results of an investigation which found that dealers operate.", []),
])
def test_unowned_views_talk_of_reports_and_testimony(tmp_path, text, cues):
    assert _kinds_and_cues(tmp_path, text) == cues


def test_newcomer76_concerned_as_well_about(tmp_path):
    # newcomer adv76: "are concerned as well about …" was missed (only "as well." at the end was read)
    assert _kinds_and_cues(tmp_path, "Many residents are concerned as well about traffic on Orchard Lane.") \
        == [("vague", "Many residents are concerned")]
