"""Speaker matches (medialit.analysis.speaker_match): the person a pattern's "speaker" words stand for."""

import pytest

from medialit.analysis.speaker_match import _person_after, _person_before, org_label
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


@pytest.mark.parametrize("text", [
    # twenty-fourth held-out batch: an organisation, a job, then the person (a CEO, an "&" in the name, a long job, "Dr.")
    "“We act,” said Harbor Logistics Council CEO Jane Dorsey.",
    "“We act,” said Harbor Freight & Logistics Council CEO Jane Dorsey.",
    "“We act,” said Harbor Chamber of Commerce Executive Vice President, Chief Policy Officer, and Head of Strategic Advocacy, "
    "Jane Dorsey.",
    "“We act,” said U.S. Department of Energy Under Secretary Dr. Jane Dorsey.",
    "“We act,” said U.S. Department of Agriculture Under Secretary and Chief Scientist Dr. Jane Dorsey. “We go.”",
])
def test_an_organisation_and_a_job_before_the_person(tmp_path, text):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == ["Jane Dorsey"]


@pytest.mark.parametrize("text, expected", [
    # twenty-fourth held-out batch: a company whose name holds "&" speaks whole; several holders of a title are nobody named
    ("Harbor & Vale says the company finally has “certainty” for its plans.", ["Harbor & Vale"]),
    ("AT&T said it would “act fast” on it.", ["AT&T"]),
    ("17 state Attorneys General wrote to you to stress that “the results must not bend to pressure.”", [None]),
])
def test_whole_company_names_and_plural_titles(tmp_path, text, expected):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == expected


def test_plural_titles_are_no_named_source(tmp_path):
    from quote_cases import attribution_rows
    text = "17 state Attorneys General wrote that the rule was wrong.\n\nThe Attorneys General said it would fail."
    assert not [r for r in attribution_rows(tmp_path, text) if r[0] == "named"]


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


@pytest.mark.parametrize("text, speakers, source", [
    # a White House release's "Statement from X:" label before the quote, in the same paragraph
    # (eighteenth held-out batch, scored once, then moved to dev)
    ("Today, President Elena Ruiz announced a new secretary.\n\nStatement from President Ruiz: “I am proud of her.\n\n"
     "“She will serve us well.”", ["Elena Ruiz", "Elena Ruiz"], "Elena Ruiz"),
    # the label gives a title only: the person the article named with it
    ("Today President Ruiz set up an initiative led by First Lady Mara Ruiz.\n\nStatement from the President: “I have "
     "always believed in research.”\n\nStatement from the First Lady: “Every woman I know has a story.”",
     ["Ruiz", "Mara Ruiz"], "Mara Ruiz"),
])
def test_a_statement_label_names_who_speaks(tmp_path, text, speakers, source):
    from quote_cases import attribution_rows, speakers as _speakers
    assert _speakers(tmp_path, text) == speakers
    assert ("named", source) in attribution_rows(tmp_path, text)


def test_a_statement_label_with_a_title_nobody_holds_stays_the_title(tmp_path):
    from quote_cases import speakers
    assert speakers(tmp_path, "Mara Ruiz spoke.\n\nStatement from the President: “I have always believed in research.”") \
        == ["the President"]


def test_an_organisation_named_in_full_before_its_place(tmp_path):
    # "U.S. Air Forces in Europe said" (eighteenth batch): the whole name, not "Europe"; its statement then
    from quote_cases import speakers
    text = ("In a statement issued Wednesday, U.S. Air Forces in Europe said that “small drones continue to be spotted.”"
            "\n\n“To date, installation leaders have determined that none of the incursions impacted residents,” the "
            "statement said.")
    assert speakers(tmp_path, text) == ["U.S. Air Forces in Europe", "U.S. Air Forces in Europe"]
    assert speakers(tmp_path, "U.S. Forces Korea said “the drill will go ahead as planned.”") == ["U.S. Forces Korea"]
    # a person's title before "of" is no organisation
    assert speakers(tmp_path, "Secretary of State Ana Blinken said “we are ready to talk.”") == ["Ana Blinken"]


def test_a_message_from_someone_is_theirs(tmp_path):
    from quote_cases import speakers
    text = ("One of his friends said he received a threatening message from Lei Wu on Instagram.\n\n"
            "The message said: \"Do you really think that I won't be able to find you?\"")
    assert speakers(tmp_path, text) == ["Lei Wu"]
    # no message introduced before: the message stays unnamed
    assert speakers(tmp_path, "Ana Ruiz said she never read it.\n\nThe message said: \"Do you really think so?\"") \
        == ["The message"]


@pytest.mark.parametrize("text, expected", [
    # newcomer adv34 (passages written to trap this session's rules): each gave a wrong name
    ("Secretary of State Ana Velarde said the meeting had been productive, adding that Foreign Minister Lin Jiahao had "
     "called the proposal “a basis for discussion.”", "not Ana Velarde"),
    ("Speaker Gordon Pike rejected the offer, saying that Majority Leader Ruth Abernathy had promised him “a clean bill, "
     "not this.”", "not Gordon Pike"),
    ("Mayor Helen Tso repeated the promise Governor Lydia Marsh made in March: “Every family will be home by Christmas.”",
     "not Helen Tso"),
    ("Minister Samir Kassab has not spoken since the blackout. His deputy, Karim Haddad, repeated the minister’s "
     "instruction to staff: “No one speaks to the press.”", "not Karim Haddad"),
    ("Speaker Gordon Pike cited a text message from a constituent in Dayton: “I can’t afford insulin and rent.”",
     "not Gordon Pike"),
    ("Senator Ruth Abernathy closed her remarks with the words of her late father, Hal Abernathy, a dairy farmer: "
     "“You don’t leave a fence half-built.”", "not Ruth Abernathy"),
    ("At the ceremony, Mayor Helen Tso pointed to the inscription carved above the courthouse door: “Justice delayed is "
     "justice denied.”", "not Helen Tso"),
    ("“We are ready to assist any Japanese citizens,” the Embassy of Japan in Washington said Friday.",
     "Embassy of Japan in Washington"),
    ("“The tariffs will take effect,” the Office of the U.S. Trade Representative in Washington said in a notice.",
     "Office of the U.S. Trade Representative in Washington"),
    ("A post circulating on Telegram, whose author could not be identified, said: “The convoy will not pass.”", None),
    ("Video posted online shows students singing “We shall not be moved” as police arrive.", "not Video"),
    ("The turnout was “a referendum on her, not on the party,” said one Republican strategist, who asked not to be named.",
     "not Republican"),
    ("Statement from the Office of Senator Ruth Abernathy: “The Senator underwent a successful procedure.”",
     "Office of Senator Ruth Abernathy"),
    ("The activist organization the Project on Government Oversight has called it \"a textbook case of favoritism.\"",
     "Project on Government Oversight"),
])
def test_newcomer_traps_give_no_wrong_name(tmp_path, text, expected):
    from quote_cases import speakers
    got = speakers(tmp_path, text)
    assert got, text
    if expected is None:
        assert got[0] is None
    elif expected.startswith("not "):
        assert got[0] != expected[4:] and (got[0] is None or expected[4:] not in got[0]), got
    else:
        assert (got[0] or "").removeprefix("the ") == expected, got


def test_a_bulleted_label_with_a_rank_and_a_lower_case_job_and_a_titled_signature(tmp_path):
    # newcomer adv38 (after the nineteenth batch's held-out run): "• Lt. Gen. Harold Becker, commanding general: “…”" and
    # a quote signed on the next line "— Secretary of Commerce Priya Natarajan"
    from quote_cases import speakers
    assert speakers(tmp_path, "What they are saying:\n\n• Lt. Gen. Harold Becker, commanding general: “These soldiers "
                              "trained for months in the cold.”") == ["Harold Becker"]
    assert speakers(tmp_path, "“Exports grew faster than at any time in a decade.”\n\n— Secretary of Commerce Priya "
                              "Natarajan") == ["Priya Natarajan"]


@pytest.mark.parametrize("text, speakers", [
    # a long title whose last words read like a name, then the person (WH releases)
    ("“Winning the race is non-negotiable,” said Secretary of State and Acting National Security Advisor Marco Rubio.",
     ["Marco Rubio"]),
    # a town and state set off by commas, then what the person is, then the name (AP style)
    ('Voting was "just a smooth process," said Arlington, Virginia, voter Neil Puri.', ["Neil Puri"]),
    # a name inside an aside in dashes is never the subject a later "he" means
    ("Donald Trump won the night.\n\nAnd in Alabama — a state Trump claimed early in the evening — Pastor Robby Boyd "
     "told VOA he had faith. "
     "“We can move on as a country,” he said.", ["Robby Boyd"]),
    # a subheading is no one's introduction of the quote paragraph after it
    ("Greene joined two committees.\n\nHomeland Security\n\n“It will be my honor to serve on the committee.”", [None]),
])
def test_titles_places_asides_and_subheadings_before_a_speaker(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a description with lower-case job words between the subject and "told VOA"; the other name is in what was said
    ("Jim Kessler, vice president of policy at think tank Third Way, told VOA that Harris offers something new.\n\n"
     "“I think part of it is that she is a woman,” he said of Harris.", ["Jim Kessler"]),
    # the running "he" of an interview goes on across a paragraph of his indirect speech that names someone else last
    ("Jim Kessler, vice president of policy at think tank Third Way, told VOA that Harris offers something new.\n\n"
     "“I think part of it is that she is a woman,” he said of Harris.\n\nAnother point in her favor, he said, is the "
     "court's decision. Harris has campaigned on codifying those protections.\n\n“Democrats have overperformed the "
     "polls since then,” he said.", ["Jim Kessler", "Jim Kessler"]),
    # an evaluative verb after a long description: the subject praises, the names in the description are hers
    ("Interior Secretary Deb Haaland, the first Native American to serve as a Cabinet secretary, praised Biden’s work. "
     "“President Biden has been the best president for Indian Country in my lifetime,” she said.", ["Deb Haaland"]),
    # where someone works, in the description of a named speaker, is no second source
    ("“Cooperation will be beneficial for both sides,” Feng Zhongping, the head of European studies at the Chinese "
     "Academy of Social Sciences, a government-affiliated think tank, said at the same event.", ["Feng Zhongping"]),
    # "called X a … who “…”": a long object, then a relative clause that leads into the quote
    ("Trump, in a statement Wednesday, called Rubio a highly respected leader and a very powerful voice for freedom "
     "who “will be a strong Advocate for our Nation.”", ["Trump"]),
    # an opening phrase before a plural role and its colon; the title once per person
    ("Governor Ann Whitfield and Governor Tom Barlow sent a letter to the Secretary.\n\nIn the letter, the governors "
     "wrote: “Our states cannot absorb these costs.”", ["Ann Whitfield and Tom Barlow"]),
    # a plural title is no part of the name
    ("U.S. Representatives Carla Mendez (D-N.M.) and Tom Berg (R-Ind.) wrote to the agency. “We need answers,” said "
     "Mendez.", ["Carla Mendez"]),
    # a title of several words before a surname the article gave in full
    ("Senator Chuck Schumer spoke on the steps.\n\nSenate Majority Leader Schumer similarly told reporters that the "
     "protests were “OK with me.”", ["Chuck Schumer"]),
])
def test_subjects_past_descriptions_and_interview_pronouns(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # twentieth held-out batch, once dev: labels with an office of a field and a suffix after the name
    ("Officials shared their stories:\n\nWhite House Chief of Staff Susie Wiles: “He delivered 100%.” (Watch)",
     ["Susie Wiles"]),
    ("Officials shared their stories:\n\nSecretary of Health and Human Services Robert F. Kennedy, Jr.: “Charlie was "
     "the architect of it.” (Watch)", ["Robert F. Kennedy"]),
])
def test_labels_with_offices_and_suffixes(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # twentieth held-out batch, once dev: joint releases of two members
    ("Senator Mike Lee and Rep. Rob Bishop wrote to the FAA.\n\nIn April, write Lee and Bishop, “The FAA informed us of "
     "nothing.”", ["Mike Lee and Rob Bishop"]),
    ("Senator Mike Lee and Rep. Rob Bishop wrote to the FAA.\n\nLee and Bishop have asked the FAA to explain, saying it is "
     "“a serious matter for safety.”", ["Mike Lee and Rob Bishop"]),
    # a place word closing the second name ("Hill") makes no place of the pair
    ("Ann Ruiz and Tom Hill met on Monday, saying it was “a good start for the town.”", ["Ann Ruiz and Tom Hill"]),
])
def test_joint_speakers_in_releases(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # newcomer adv45: the names of a joint credit after the verb, with plural titles and party tags
    ("Today, U.S. Senators Ann Cole (R-Mo.) and Ben Ruiz (D-Ore.) introduced the bill.\n\n“No family should have to "
     "drive two hours to deliver a baby,” said Senators Cole and Ruiz.", ["Ann Cole and Ben Ruiz"]),
    ("“Veterans should not have to fight the VA to get the benefits they earned,” said U.S. Senators Jessica Harlan "
     "(D-Mont.) and Mark Elwood (R-S.D.) in a joint statement.", ["Jessica Harlan and Mark Elwood"]),
    ("Today, U.S. Representatives Elena Vasquez (D-Texas), Robert Lindqvist (R-Minn.) and Aaron Pike (D-Pa.) led 31 "
     "colleagues.\n\n“Community health centers serve one in eleven Americans,” wrote Vasquez, Lindqvist and Pike.",
     ["Elena Vasquez, Robert Lindqvist and Aaron Pike"]),
    ("Congresswoman Priya Natarajan (D-Calif.) and Congressman Hal Brewer (R-Fla.) announced the act.\n\n“Healthy "
     "coastlines protect homes,” said Reps. Natarajan and Brewer.", ["Priya Natarajan and Hal Brewer"]),
    # an organisation after "and" joins nobody
    ("“We won the appeal today,” said Ann Lee and the Department of Labor.", ["Ann Lee"]),
    # "the Department" named before with a possessive: the name without it
    ("Representatives Grace Tolliver (R-Ky.) and Samuel Okafor (D-Ga.) responded to the Department of Labor’s decision."
     "\n\nIn a statement Friday, the Department said it “needs additional time to review public comments.”",
     ["Department of Labor"]),
])
def test_joint_credits_after_the_verb(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # newcomer adv44: labels and credits with long offices, generations and lists in an organisation's name
    ("Director of the Office of Management and Budget Caleb Marsh: “This budget finally puts the taxpayer first.”",
     ["Caleb Marsh"]),
    ("“The numbers speak for themselves,” said Assistant to the President and Director of the National Economic Council "
     "Harold Vance Jr.", ["Vance"]),
    ("“We will not rest until every family has clean water,” said Rutherford B. Ames Sr., chairman of the board.",
     ["Rutherford B. Ames"]),
    ("The National Academies of Sciences, Engineering, and Medicine concluded in a 2021 report that “no level of "
     "childhood lead exposure is safe.”", ["National Academies of Sciences, Engineering, and Medicine"]),
    # a place in a list of where people come from never speaks
    ("Officials from Texas and Utah said the plan was “a disaster for everyone.”", [None]),
])
def test_long_offices_generations_and_lists(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # newcomers adv46/adv47 (NASA features, White House releases)
    ("“We will see the first light in May,” said the mission’s project scientist, Dr. Imani Clarke, of Goddard.",
     ["Dr. Imani Clarke"]),
    ("Gabriel Osei-Tutu, who manages the Solar Array Qualification Project and previously spent eight years on the "
     "International Space Station Program, put it simply: “If it flies, it has to work.”", ["Gabriel Osei-Tutu"]),
    ("Dr. Renata Solberg has spent 22 years studying ice. Today she leads the science team for the proposed Kestrel Ice "
     "Explorer.\n\n“People ask me why ice matters,” she said.", ["Dr. Renata Solberg"]),
    ("“We’re ready to fly,” the Artemis II crew said in a joint statement.", ["the Artemis II crew"]),
    ("What They Are Saying\n\nNational Border Patrol Council: “These actions will restore operational control of the "
     "border.”", ["National Border Patrol Council"]),
    ("In signing the order, the President said:\n\n“No one should go broke because they got sick.”", ["the President"]),
    # "whose ambassadors posted": the ambassadors, not the country
    ("Those included Germany, Italy and France, whose ambassadors to South Africa posted a video saying they were “united "
     "in diversity” and shared its values.", [None]),
])
def test_features_and_releases(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # newcomer adv48 (White House releases of 2021-2024): supporters' labels whose organisation holds "for" or "of"
    ("What they are saying:\n\nMargaret Osei, Executive Director, Families for Affordable Medicine: “Today seniors can "
     "afford their insulin.”\n\nMayor Thomas Greer, City of Baton Ridge: “Our residents will benefit.”",
     ["Margaret Osei", "Thomas Greer"]),
    # "the Secretary" after a title with a long "of"
    ("Secretary of Health and Human Services Xavier Becerro joined the meeting.\n\n“Heat is the number one weather "
     "killer,” the Secretary said.", ["Xavier Becerro"]),
    ("Administrator of the Small Business Administration Isabel Casares visited.\n\n“Main Street is back,” the "
     "Administrator said.", ["Isabel Casares"]),
])
def test_supporters_labels_and_long_titles(tmp_path, text, speakers):
    from quote_cases import speakers as _speakers
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("before, speaker", [
    ("The Fenwick Gazette editorial board: ", "Fenwick Gazette editorial board"),
    ("The Castlebrook Courier Editorial Board: ", "Castlebrook Courier Editorial Board"),
    ("National Border Patrol Council: ", "National Border Patrol Council"),
    ("Senator Ana Ruiz: ", None),   # a person's label: _label reads it
])
def test_an_organisation_or_its_board_labels_its_quote(before, speaker):
    m = org_label(before)
    assert (m.group("speaker") if m else None) == speaker


# the thirtieth held-out batch's supporters' round-ups (whitehouse-energy-dominance-council-praise,
# whitehouse-week-11-wins), scored once, then tuned on
@pytest.mark.parametrize("before, speaker", [
    ("Americans for Prosperity: ", "Americans for Prosperity"),
    ("Coalition for a Prosperous America: ", "Coalition for a Prosperous America"),
    ("North America’s Building Trades Unions: ", "North America’s Building Trades Unions"),
    ("CNBC: ", "CNBC"),
    ("Homeowners for sale: ", None),
])
def test_a_group_for_a_cause_or_an_outlet_labels_its_quote(before, speaker):
    m = org_label(before)
    assert (m.group("speaker") if m else None) == speaker


def test_voice_of_america_is_an_outlet():
    # whitehouse-voice-of-america-bias: a headline "Multiple Voice Of America Reporters …" made "Multiple Voice" a
    # person, and three outlet labels "Voice of America: “…”" went to that person (wrong names)
    m = org_label("Voice of America: ")
    assert m and m.group("speaker") == "Voice of America"


def test_a_person_whose_job_before_the_organisation_holds_an_ampersand(tmp_path):
    # newcomer adv72 / a dev release: "Kyle Waide, President & CEO of the Atlanta Community Food Bank said:" names the
    # person, never the whole phrase nor the food bank
    from quote_cases import speakers
    assert speakers(tmp_path, "Lena Hart, President & CEO of the Bayside Community Food Bank said: “We need help.”") == ["Lena Hart"]
    assert speakers(tmp_path, "Lena Hart, President and CEO of the Bayside Community Food Bank, said: “We need help.”") == ["Lena Hart"]
