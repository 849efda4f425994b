"""Statements and labels (medialit.analysis.statements): whose statement a quote is."""

import pytest

from medialit.analysis.statements import glued_label
from quote_cases import speakers as _speakers


@pytest.mark.parametrize("text, speakers", [
    # twenty-fourth held-out batch: a supporters' list whose labels lost their line break and colon
    ("U.S. Senator Ana Ruiz (R-ND) “Tom Hale is the right person to lead the council.”", ["Ana Ruiz"]),
    ("Chairman Tom Vale, Council on Coastal Quality, 2001-2009 “Congratulations to Lena Hart on her confirmation.”",
     ["Tom Vale"]),
    ("Harbor Policy Institute “It is our belief that Ms. Hart has shown a commitment to clean water.”",
     ["Harbor Policy Institute"]),
    # precision: a sentence before the marks, words after them, a title in marks
    ("The senator said “Tom Hale is the right person to lead the council.”", ["The senator"]),
    ("Operation “Clean Harbor” began on Monday with 40 boats.", []),
])
def test_a_label_glued_to_its_quote_names_the_speaker(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_glued_label_needs_the_quote_to_fill_the_paragraph():
    assert glued_label("U.S. Senator Ana Ruiz (R-ND) ", "").group("speaker") == "Ana Ruiz"
    assert glued_label("U.S. Senator Ana Ruiz (R-ND) ", " she said.") is None
    assert glued_label("When asked, Ana Ruiz ", "") is None


@pytest.mark.parametrize("text, speakers", [
    # twenty-fourth held-out batch, once dev: a scrape broke the line before the credit, or after "X wrote,"
    ("WASHINGTON – Sens. Ana Ruiz (R-UT) and Tom Vale (R-OK) introduced a resolution.\n\n“Forcing our daughters into the "
     "draft creates a risk,”\n\nsaid Sen. Ruiz.\n\n“This policy change is rushed.”", ["Ana Ruiz", "Ana Ruiz"]),
    ("Senator Ana Ruiz sent a letter to the company.\n\nSenator Ruiz wrote,\n\n“I am concerned that your company is "
     "limiting outreach.”", ["Ana Ruiz"]),
    # precision: a next paragraph that names nobody is no credit
    ("The hall was full.\n\n“The draft is a risk,”\n\nsaid nobody at the hearing, which ended early.", [None]),
])
def test_a_credit_or_an_intro_on_its_own_line(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # twenty-fifth held-out batch, once dev: labels of a release's list of statements whose names the names reader
    # misses (two capitals, "von der", a rank after a title, "(Ret.)")
    ("Vice President JD Carter: “They are much further away from a program today.”", ["JD Carter"]),
    ("European Commission President Ana von der Berg: “We had a fantastic summit.”", ["Ana von der Berg"]),
    ("Harbor Pilots Association, International President Capt. Tom Vale: “It is time to reopen.”", ["Tom Vale"]),
    ("Former NATO Commander Europe Gen. Tom Vale (Ret.): “It went off magnificently.”", ["Tom Vale"]),
])
def test_labels_with_an_organisation_and_a_title(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_excerpts_after_a_paragraph_on_who_spoke(tmp_path):
    # twenty-fifth held-out batch, once dev: a release of interview excerpts, each paragraph one quote and a link
    from quote_cases import speakers
    text = ("This morning, Secretary of State Ana Ruiz joined multiple news programs to discuss the operation. Secretary "
            "Ruiz underscored the President's commitment.\n\n“There is not a war.” (Watch)\n\n“We don't have forces on "
            "the ground.” (Watch)")
    assert speakers(tmp_path, text) == ["Ana Ruiz", "Ana Ruiz"]
    # precision: a paragraph where two people speak names nobody
    two = "Ana Ruiz said the plan works. Tom Vale said it fails. The vote is on Monday.\n\n“There is not a war.”"
    assert speakers(tmp_path, two) == [None]


@pytest.mark.parametrize("text, speakers", [
    # newcomer adv61: a transcript's label in capitals, and headings between one person's excerpts
    ("On Sunday, Secretary Ana Ruiz appeared on Capital Focus.\n\nRUIZ: “We will not balance the budget on families.”\n\n"
     "Q: Will the deal survive?\n\nRUIZ: “I am confident it will.”", ["Ana Ruiz", "Ana Ruiz"]),
    ("Secretary of Commerce Ana Ruiz appeared on Weekend Report on Sunday.\n\nOn the export deal:\n\n“This agreement "
     "opens markets for farmers.” (Watch)\n\nOn the tariffs:\n\n“We will not back down.” (Watch)", ["Ana Ruiz", "Ana Ruiz"]),
])
def test_transcript_labels_and_headed_excerpts(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # twenty-sixth held-out batch, once dev: excerpt pages. "According to X:" above several quotes, each with a link
    ("Quiet streets, according to Democrat Gov. A.B. Ruiz, who has resisted calls for help.\n\nAccording to Ruiz:\n\n"
     "“We have been preventing crime.” (Link)\n\n“There is no emergency.” (Link)", ["A.B. Ruiz", "A.B. Ruiz"]),
    ("Governor Ana Ruiz spoke on Monday about the floods.\n\nAccording to the governor:\n\n“We are ready.” (Link)",
     ["Ana Ruiz"]),
    # a paragraph on the one speech, then "Here are the top moments:" and its quotes
    ("President Tom Vale just wrapped up a major address in Lagos, where he outlined his vision.\n\nHere are the top "
     "moments:\n\n“Exactly eight years ago I stood in this room.” (Watch)\n\n“My preference will always be for peace.” "
     "(Watch)", ["Tom Vale", "Tom Vale"]),
    # a label whose name has initials written together
    ("Today the company announced a plant.\n\nAcme CEO C.C. Lin: “It is going to create thousands of jobs.”", ["C.C. Lin"]),
    # a joint statement's intro with "the senators called on …:" above the statement's paragraphs
    ("Senators Ana Ruiz (R-UT) and Tom Vale (R-FL) released a joint statement on the plan.\n\nIn the statement, the "
     "senators called on their colleagues to act:\n\n“In 2017, we delivered relief.\n\n“Earlier this year, we had the "
     "chance to do it again.”", ["Ana Ruiz and Tom Vale", "Ana Ruiz and Tom Vale"]),
    # a scrape broke the line after a quote's comma, and its credit opens the next paragraph, whose quote goes on
    ("Senator Ana Ruiz sent a letter.\n\n“My constituents have reported that offices are nonresponsive,”\n\nSenator "
     "Ruiz wrote. “Putting services on the back-burner is unacceptable.”", ["Ana Ruiz", "Ana Ruiz"]),
    # precision: "According to X:" for someone the article never named, and a heading after two speakers
    ("The vote was close.\n\nAccording to Vale:\n\n“There is no emergency.”", [None]),
    ("Ana Ruiz and Tom Vale both wrapped up speeches in Lagos.\n\nHere are the top moments:\n\n“We will win.”", [None]),
])
def test_excerpt_pages_and_labels(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_the_label_reason_shows_the_whole_label(tmp_path):
    from medialit import find_quotes
    from medialit.corpus.loader import load_article
    path = tmp_path / "case.txt"
    path.write_text("Acme CEO C.C. Lin: “It is going to create thousands of jobs.”", encoding="utf-8")
    assert "after the label “Acme CEO C.C. Lin:”" in find_quotes(load_article(path)).reason[0]


@pytest.mark.parametrize("text, speakers", [
    # twenty-seventh held-out batch, once dev: unnamed people each given by a description and a colon
    ("Democrats should listen to Americans paying the price:\n\nA military spouse whose family is in crisis: “How are "
     "we going to pay our bills?”\n\nA TSA agent who is expected to work without pay: “We feel like pawns.”",
     ["A military spouse", "A TSA agent"]),
    # "says a man whose …": the quote's own credit, never the intro above the quotes
    ("The plan is welcome news to residents:\n\n“The mayor seems not to have control,” says a man whose granddaughter "
     "was shot.\n\n“It is awesome,” says a visitor to the capital.", ["a man", "a visitor"]),
    # excerpts after "X told Congress how the One Big Beautiful Bill … :" (a law's name is no person)
    ("Secretary of the Treasury Ana Ruiz told Congress how the One Big Beautiful Bill will boost pay:\n\n“It will raise "
     "take-home pay.” (Watch)\n\n“It makes the credit permanent.” (Watch)", ["Ana Ruiz", "Ana Ruiz"]),
    # "In the letter the lawmakers state," with no comma after the letter; "the Congresswoman states" after a place
    ("Reps. Ana Ruiz and Tom Vale sent a letter to the Secretary.\n\nIn the letter the lawmakers state, “It is shocking.”",
     ["Ana Ruiz and Tom Vale"]),
    ("Congresswoman Ruiz sent a letter to Governor Vale, asking her to include Upstate New York counties.\n\nIn the "
     "letter, the Congresswoman states, “Aid to all is essential.”", ["Ruiz"]),
    # precision: "he" after an unnamed man in the same sentence is not the person named before
    ("Justice Tom Vale was threatened in 2022.\n\nIn 2022, a North Dakota man fatally struck a teenager because he "
     "believed the victim was a “Republican extremist.”", [None]),
])
def test_unnamed_labels_and_credits_twenty_seventh_batch(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # twenty-eighth held-out batch, once dev: round-ups of television interviews and "then vs. now" lists, a heading
    # naming each official above their topic-labelled quotes
    ("Here’s what you missed:\n\nSpecial Envoy Tom Vale on State of the Union\n\nOn negotiations to end the war: “Deals "
     "only work when they’re good for all parties.”\n\nOn President Ruiz’s plan: “I expect a deal this week.”\n\nEPA "
     "Administrator Lee Ruiz on Sunday Morning Futures\n\nOn the agency’s focus: “It’s time to go back to the basics.”",
     ["Tom Vale", "Tom Vale", "Lee Ruiz"]),
    ("Here are a few Democrats then vs. now:\n\nSen. Chuck Vale\n\nTHEN: “Give us a break.” (4/1/24)\n\nNOW: “This is "
     "reckless.” (1/4/26)", ["Chuck Vale", "Chuck Vale"]),
    # unnamed workers who say something, then a colon and their words
    ("In California, a waitress says the law will help her save: “Over the years, I owed quite a bit.”\n\nIn Florida, "
     "a Miami bartender says the law is great: “It is.”", ["a waitress", "a Miami bartender"]),
    # precision: a headline-like heading that names nobody, and a quote with its own credit under a labelled heading
    ("Historic Milestone in Making D.C. Safe Again\n\n“For the first time, D.C. has gone seven days without a "
     "homicide,” local news reports.", [None]),
])
def test_round_ups_with_headings_twenty_eighth_batch(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # newcomer adv62: "Will" as a first name after a title, a dash credit after a topic label, a heading and "Here are
    # the top moments:" above topic-labelled quotes, "According to the <paper>:" above several quotes
    ("Statement from Governor Will Pell on the Passing of Judge Harriet Sloane\n\n“Judge Sloane served this state.”",
     ["Will Pell"]),
    ("“Crime fell again,” Mayor Elena Ruiz said.\n\nOn Mayor Ruiz’s plan: “It is the most serious plan in a generation.” "
     "— Police Chief Marcus Hale", ["Elena Ruiz", "Marcus Hale"]),
    ("Secretary of Labor Ana Ruiz on Weekend Report\n\nHere are the top moments:\n\nOn the jobs report: “We added jobs.” "
     "(Watch)\n\nOn wages: “Wages rose.” (Watch)", ["Ana Ruiz", "Ana Ruiz"]),
    ("The council met.\n\nAccording to the Harlow Courier:\n\n“The vote is Monday.” (Link)\n\n“Turnout was low.” (Link)",
     ["Harlow Courier", "Harlow Courier"]),
])
def test_newcomer_adv62_round_ups(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # fresh teacher: a "then vs. now" list typed with its lines in one paragraph; a topic label that is a capitalised word
    ("Representative Harold Vale THEN: “Tolls are a tax.” (March 3, 2024)\n\nRepresentative Lucía Ruiz THEN: “No tolls.” "
     "(June 18, 2025) NOW: “A modest toll is the fairest way.”", ["Harold Vale", "Lucía Ruiz", "Lucía Ruiz"]),
    ("Senator Marisol Chen on Capitol Weekly\n\nOn Congress: “We are ready to work with anyone.”\n\nOn wages: “Wages rose.”",
     ["Marisol Chen", "Marisol Chen"]),
])
def test_teacher_round_ups(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("intro, speaker", [
    ("From the VA:", "VA"),            # whitehouse-va-claims-record (the thirtieth held-out batch, then tuned on)
    ("From Washington:", None),       # a place, not a person
])
def test_from_an_agency_introduces_its_words_below(tmp_path, intro, speaker):
    text = (f"The department said it processed a record number of claims this year.\n\n{intro}\n\n"
            "“In fiscal year 2024, the department processed a total of 2,517,519 ratings claims.”\n")
    assert _speakers(tmp_path, text) == [speaker]


# the thirty-second batch (congress-pocan-antisemitism-resolution-present-vote, scored once, then tuned on) and a dev
# release (congress-aoc-israel-supplemental-statement): a statement intro that holds a title or a nickname in marks,
# and a list whose last name a scrape glued to "and"
@pytest.mark.parametrize("intro, speaker", [
    ("Today, U.S. Representative Ana Ruiz (WI-02) released the following statement after she voted present on a "
     "resolution “condemning the rise of antisemitism” (H.Res. 894):", "Ana Ruiz"),
    ("Today, Reps. Ana Ruiz (NY-14), Jesús \"Chuy\" Garza (IL-04),andJill Tamura (HI-02), released the following "
     "statement after voting against H.R. 8034:", "Ana Ruiz, Jesús Garza and Jill Tamura"),
])
def test_a_statement_intro_with_marks_or_glue(tmp_path, intro, speaker):
    text = f"{intro}\n\n“I strongly condemn the rise of hate in our country.\n\n“However, the vote is meaningless.”\n"
    assert _speakers(tmp_path, text)[0] == speaker


def test_a_statement_of_several_titled_officials_named_by_surname(tmp_path):
    # congress-stefanik-house-gop-senate-immigration-bill (the thirty-third batch, scored once, then tuned on): the
    # statement went to "Johnson" alone, the one surname the name finder read (seven wrong names)
    text = ("WASHINGTON, D.C.— Conference Chairwoman Vale, Speaker Ruiz, Majority Leader Okafor, and Majority Whip Brandt "
            "issued the following statement regarding the Senate’s immigration bill:\n\n"
            "“House Republicans oppose the Senate immigration bill because it fails in every policy area.”\n")
    assert _speakers(tmp_path, text) == ["Vale, Ruiz, Okafor and Brandt"]


# a README-only teacher's "promises kept" list: "The President said:" on its own line named nobody (a capital "The"),
# nor did "Below are the President's own words …", and a date in square brackets broke the run of dated quotes
@pytest.mark.parametrize("intro", ["The President said:", "Below are the President’s own words on the promises he made and kept."])
def test_a_role_introduces_a_list_of_dated_quotes(tmp_path, intro):
    text = (f"The town council met on Monday to hear about the new bridge plans.\n\n{intro}\n\n"
            "January 20: “On day one, we will lower the cost of insulin for every senior.” [March 3]\n\n"
            "April 9: “Every child deserves clean water, and we will deliver it.” Watch\n")
    assert _speakers(tmp_path, text) == ["the President", "the President"]


@pytest.mark.parametrize("text, expected", [
    # congress-hawley-tester-va-build-act (the thirty-fifth held-out batch, then tuned on): a scrape broke the line
    # before the credit, which names the speaker with a description and opens the next paragraph's quote
    ("“VA’s backlog keeps growing by the day,”\n\nsaid Pat Vale, Deputy Director of VFW’s National Legislative Service. "
     "“This act would end it.”", ["Pat Vale", "Pat Vale"]),
    # congress-lee-budgeting-for-disasters-act (the same): "Lee said" alone, with no full stop, after a quote that
    # closes on a comma inside single marks, and the quote that goes on after it
    ("Senators Ana Ruiz and Tom Lee introduced the bill.\n\n“Funds should not be marked ‘emergency,’”\n\nLee said\n\n"
     ". “We have seen Congress borrow and spend.”", ["Tom Lee", "Tom Lee"]),
    # congress-hawley-us-steel-nippon-letter (the thirty-eighth held-out batch, then tuned on): "the Senators wrote."
    # alone below the letter's words, which the quote before the group's name took instead
    ("Senators Ana Ruiz (R-Mo.) and Tom Berg (R-Fla.) sent a letter to President Lena Park.\n\nPresident Park has "
     "refused to act.\n\n“By law you possess the authority to block the sale. You may exercise it now,”\n\n"
     "the Senators wrote.", ["Ana Ruiz and Tom Berg"]),
])
def test_a_credit_paragraph_the_scrape_broke_off(tmp_path, text, expected):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # congress-hawley-taiwan-preclearance-act (the thirty-sixth held-out batch, then tuned on): each "Senator X said,"
    # line introduces the quote below it; the next intro line was read as the credit of the quote above
    ("Senator Ana Ruiz introduced the act with Senators Tom Berg and Lena Park.\n\nSenator Berg said,\n\n“Taiwan is an "
     "excellent choice.”\n\nSenator Park said,\n\n“This bill strengthens the alliance.”\n\nSenator Ruiz said,\n\n“We act.”",
     ["Tom Berg", "Lena Park", "Ana Ruiz"]),
    # congress-pocan-may-2013-jobs-report (the same): the member "commented on" the report, then only his words
    ("MADISON, WI—U.S. Rep. Ana Ruiz (WI-02), a member of the House Budget Committee, today commented on the monthly "
     "jobs report.\n\n“While 175,000 new jobs is promising, we have a long way to go.”", ["Ana Ruiz"]),
    # congress-lee-brent-taylor-vet-center (the same): a surname that is also a title, after a place and a comma
    ("Rep. Rob Bishop introduced the bill in the House.\n\nFrom the floor of the U.S. House, Bishop said, “He lived an "
     "exemplary life.”", ["Rob Bishop"]),
])
def test_intro_lines_commented_reports_and_a_surname_that_is_a_title(tmp_path, text, expected):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a newcomer's letters (adv65): the official a letter is addressed to took the writer's words (a wrong name)
    ("Rep. Leonard Baxter oversees the Corps.\n\nIn a letter to Secretary Paul Delaney, Baxter wrote:\n\n“Studies show "
     "that overruns are common.”", ["Leonard Baxter"]),
    ("Rep. Marisa Harlow wrote to FAA Administrator James Okafor:\n\n“Controllers are exhausted.”", ["Marisa Harlow"]),
    # (a letter whose writer the intro does not name: nobody, rather than its addressee)
    ("Rep. Leonard Baxter oversees the Corps.\n\nThe letter, addressed to Secretary Paul Delaney, states:\n\n“We need "
     "answers.”", [None]),
])
def test_whom_a_letter_is_addressed_to_never_speaks_it(tmp_path, text, expected):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # congress-wyden-fisa-702-reports (the fortieth held-out batch, then tuned on): a lede that names one member, then
    # his statement paragraph after paragraph with no credit at all
    ("Washington, D.C. — Sen. Tom Berg, D-Ore., renewed his call for reform of the surveillance law today.\n\n"
     "The first report was written by the board's only remaining member.\n\n“The board is gutted. No one should fall for "
     "this report.\n\n“The report shows a spike in warrantless searches. I will keep fighting.”",
     ["Tom Berg", "Tom Berg"]),
])
def test_quote_paragraphs_after_a_lede_that_names_one_person(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected


def test_quote_paragraphs_after_a_lede_that_names_two_people_are_not_the_first(tmp_path):
    text = ("Washington, D.C. — Sen. Tom Berg renewed his call for reform today.\n\nThe report came out on Monday; "
            "Lena Park, a former board member, reviewed it.\n\n“The board is gutted. No one should fall for this report.”")
    assert _speakers(tmp_path, text) != ["Tom Berg"]


@pytest.mark.parametrize("text, expected", [
    # congress-scalise-nfip-risk-rating-roundtable (the forty-seventh held-out batch, then tuned on): a link to one
    # member's remarks, then excerpts under topic labels ("On …:"); a name in a label is its topic, never its speaker
    ("Today, Whip Tom Berg held a roundtable on flood insurance.\n\nClick here to watch Whip Berg's remarks.\n\n"
     "On the roundtable discussion regarding reform:\n\n\"Let's at least have some hearings on it.\"\n\n"
     "On the concerns of FEMA's Risk Rating 2.0:\n\n\"Number one, they didn't set up a program that was affordable.\"",
     ["Tom Berg", "Tom Berg"]),
    # congress-schakowsky-kabul-airport-bombing (the same): "issued a statement following the news …:" with a long
    # title between the name and the verb
    ("EVANSTON – Today, Congresswoman Ana Ruiz, a Senior Chief Deputy Whip and Chair of the Consumer Protection "
     "Subcommittee, issued a statement following the news of a bombing at the airport:\n\n\"I condemn the heinous "
     "attack in the strongest possible terms.\"", ["Ana Ruiz"]),
    # congress-fulcher-sage-grouse-plan (the same): a joint statement of members with different titles, then "the
    # elected officials said"
    ("BOISE – U.S. Congressman Tom Berg and Rob Miller, U.S. Senators Ana Ruiz and Lena Park, and Governor Mia Holt "
     "issued the following statement upon the release of the plan.\n\n“Idaho has long been a leader in habitat "
     "management,” the elected officials said.", ["Tom Berg, Rob Miller, Ana Ruiz, Lena Park and Mia Holt"]),
])
def test_topic_labels_a_remarks_link_and_joint_statements_of_several_titles(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected


def test_a_topic_label_names_no_speaker(tmp_path):
    # (nobody quoted before it: the label's name is the topic, and the quote below stays unknown)
    text = "The hearing ran long.\n\nOn the nomination of Judge Ana Ruiz:\n\n\"This is a fine choice for the court.\""
    assert _speakers(tmp_path, text) != ["Ana Ruiz"]


@pytest.mark.parametrize("text, expected", [
    # congress-thompson-delta-flooding-letter (the forty-eighth held-out batch, then tuned on): "Letter excerpts:" under a
    # garbled lede whose one titled person sent the letter (the addressees come after the verb)
    ("(BOLTON) –Congressman Tom Berg announces Chairman of the House Committee on Homeland Security, sent a letter to "
     "Governor Ana Ruiz regarding the floods.\n\nLetter excerpts:\n\n\"The June storms had significant impacts on my "
     "constituents.\"\n\n\"Despite the damage, the agency did not ask for relief.\"", ["Tom Berg", "Tom Berg"]),
    # congress-lieu-homeless-veterans-va (the same): "issued the following statement after …", a paragraph about a visit
    # with others, then the statement
    ("WASHINGTON – Today, Congressman Tom Berg issued the following statement after Secretary Ana Ruiz announced a "
     "plan.\n\nIn early October, Rep. Berg joined Secretary Ana Ruiz and Rep. Mark Lee for a tour of the campus.\n\n"
     "\"I'm pleased that Secretary Ruiz is taking concrete steps to address veteran homelessness.\"", ["Tom Berg"]),
])
def test_letter_excerpts_and_the_first_quote_after_a_statement_intro(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected


def test_whose_statement_in_which_he(tmp_path):
    # congress-lynch-weymouth-compressor-station (the same): "he" in "X's recent statement in which he acknowledged" is X,
    # not the sentence's first owner ("Rep. Lynch’s letter")
    text = ("Boston – Today, Rep. Tom Berg sent a letter to Commission Chairman Mark Lee. Rep. Berg’s letter is in response "
            "to Chairman Lee’s recent statement in which he acknowledged that the Commission “likely erred in siting the "
            "station where it did.”")
    assert _speakers(tmp_path, text) == ["Mark Lee"]


@pytest.mark.parametrize("text, expected", [
    # the forty-ninth held-out batch, once dev: "delivered the following opening statement" (congress-fischer-…), a lede
    # that says a letter was sent, then the letter (congress-mcclintock-alien-encounters-border), a single closing mark
    # before "said" (congress-brown-reports-act-poverty), "they continued" after "wrote the lawmakers" (congress-khanna-…)
    ("Washington, D.C. U.S. Senator Ana Ruiz (R-Neb.), Ranking Member of the Subcommittee,delivered the following opening "
     "statement today at a briefing:\n\n\"Thank you Madam Chair. I join you in welcoming our witnesses.\"", ["Ana Ruiz"]),
    ("Washington, D.C.- Rep. Berg today sent a letter to Secretary Ana Ruiz demanding answers about the border.\n\n"
     "\"Shortly after the base was surrendered, the prisoners were released.\"", ["Berg"]),
    ("Rep. Ana Ruiz introduced the bill with Rep. Tom Berg.\n\n“My work always uplifts those most marginalized,’ said "
     "Rep. Berg. “The information will go a long way.”", ["Tom Berg"]),
    ("Rep. Ana Ruiz sent a letter signed by 30 members of Congress to the company.\n\n\"The country welcomed the "
     "announcement,\" wrote the lawmakers.\n\n\"We hope you give our concerns your full consideration,\" they continued.",
     ["the lawmakers", "the lawmakers"]),
])
def test_opening_statements_letter_ledes_single_closing_marks_and_groups_that_go_on(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a newcomer's releases (adv68): a joint statement "Friday after …" credited to "the officials"; a senator with a
    # name particle who "sent a letter", then "Letter excerpts:"; "Excerpts of his remarks follow." and "The governor's
    # remarks included the following:" above topic labels; an organisation's dash line under its quote
    ("Congressman Luis Ortega and Congresswoman Helen Park, Senators Ruth Abernathy and Samuel Okafor, and Governor Elena "
     "Costa issued a joint statement Friday after the department awarded $310 million for the bridge.\n\n\"This is a win "
     "for every commuter,\" the officials said.", ["Luis Ortega, Helen Park, Ruth Abernathy, Samuel Okafor and Elena Costa"]),
    ("Senator Karim al-Rashid sent a letter on Monday to the Federal Aviation Administration.\n\nLetter excerpts:\n\n"
     "\"Travelers in our state deserve an airport that runs on time.\"", ["Karim al-Rashid"]),
    ("Mayor Pieter van der Berg delivered his annual address on Thursday. Excerpts of his remarks follow.\n\nOn the "
     "budget:\n\n\"We closed a $12 million gap without raising property taxes.\"", ["Pieter van der Berg"]),
    ("Governor Elena Costa signed the Family Leave Act on Thursday.\n\nThe governor's remarks included the following:\n\n"
     "On families:\n\n\"No parent should have to choose between a newborn and a paycheck.\"", ["Elena Costa"]),
    ("The library received a grant from the Whitcombe Foundation.\n\n“We are proud to support a program with such a "
     "strong record.”\n\n— Whitcombe Foundation", ["Whitcombe Foundation"]),
])
def test_a_newcomers_joint_statements_excerpts_and_dash_lines(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the fiftieth held-out batch, once dev: a lede that opens with a clause naming others ("Today, after NBC News reported
    # that Secretary X …, U.S. Senator Y … issued the following statement:", congress-reed-hegseth-promotions-firings;
    # "In response to a new report that … at Pangong Tso, …, Congressman Y … issued", congress-krishnamoorthi-…);
    # a nickname in marks between a first name and a surname (congress-miller-mountaineer-challenge-academy)
    ("WASHINGTON, DC -- Today, after NBC News reported that Secretary of Defense Mark Lee personally intervened in the "
     "promotion process, U.S. Senator Ana Ruiz (D-RI), the Ranking Member of the Committee, issued the following "
     "statement:\n\n“If Secretary Lee intervened to block the promotion of officers, it is disgraceful.”", ["Ana Ruiz"]),
    ("WASHINGTON – In response to a new report that the army has built an outpost at Pangong Tso, a lake on the border, "
     "Congressman Tom Berg of the Intelligence Committee issued the following statement:\n\n\"The report is another "
     "disturbing sign of aggression.\"", ["Tom Berg"]),
    ("“The program is invaluable,” stated Maj. Gen. William “Bill” Crane, Adjutant General of the Guard.", ["William Crane"]),
])
def test_an_opening_clause_before_the_issuer_and_a_nickname_in_a_name(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected



def test_a_statement_after_someone_elses_quoted_words(tmp_path):
    # the fifty-first held-out batch, once dev (congress-foushee-ceasefire-impeachment): "X released the following
    # statement after President Y said “…”": the quote in the lede is Y's, the paragraphs of quotes below are X's
    text = ("DURHAM, NC — Today, Congresswoman Ana Ruiz (NC-04) released the following statement after President Mark Lee said "
            "“a whole city will fall tonight” before agreeing to a ceasefire.\n\n“Though I am relieved that no strikes were "
            "launched, I cannot give Lee credit.\n\n“Lee continues to behave recklessly.”")
    assert _speakers(tmp_path, text) == ["Mark Lee", "Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize("text, speakers", [
    # fifty-seventh held-out batch, then dev: a date with its year before the subject who acts, then "saying" or "writing"
    ("On November 28, 2023, Senator Ana Budd spoke on the Senate floor and called out Qatar for its hosting of the "
     "leaders, saying, “We need to tell our friends in Doha loudly and clearly.”", ["Ana Budd"]),
    ("Senator Ted Vale is here.\n\nOn January 15, 2024, Senators Vale and Joni Ernst (R-IA) published an op-ed marking "
     "the 100th day, writing, “As long as Americans remain captive, the latter is the victor.”", ["Ted Vale and Joni Ernst"]),
    # precision: a day without a year still works, and a year alone is no subject
    ("On November 28, Senator Ana Budd spoke on the floor, saying, “We need to tell our friends.”", ["Ana Budd"]),
])
def test_a_dated_sentence_whose_subject_goes_on_saying(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # fifty-seventh held-out batch, then dev: reported speech up to a few words in marks is a partial quote, even in a
    # list item that names no one (not a term in marks)
    ("Conducting a strike in June, then claiming that the sites were “completely and totally obliterated.”", [None]),
    ("Ana Ruiz claimed that the sites were “completely and totally obliterated.”", ["Ana Ruiz"]),
])
def test_a_few_words_in_marks_after_claiming_that(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_a_capitals_headline_says_whose_statement(tmp_path):
    # fifty-seventh held-out batch, then dev: "STATEMENT OF CONGRESSMAN PETER KING ON THE PASSING OF …" over one quote
    path = tmp_path / "case.txt"
    path.write_text('---\nheadline: "STATEMENT OF CONGRESSMAN TOM VALE ON THE PASSING OF MAYOR ANA RUIZ"\n---\n'
                    "February 1, 2013\n\n“I am terribly saddened by the passing of Mayor Ana Ruiz. May she rest in peace.”\n",
                    encoding="utf-8")
    from medialit import find_quotes
    from medialit.corpus.loader import load_article
    assert find_quotes(load_article(path)).speaker.tolist() == ["Tom Vale"]


@pytest.mark.parametrize("text, expected", [
    # fifty-ninth held-out batch (then tuned on): a delegation's statements run together in one paragraph, each label
    # glued to its quote and the next label right after the close; a title's full stop ("Sen.") ends no label
    ("Rep. Lena Hart joined the delegation to react to the report. U.S. Rep. Lena Hart “The report confirms what we "
     "feared.” U.S. Sen. Tom Vale “This report validates every warning about the costs.” U.S. Rep. Ana Ruiz “Costs will "
     "rise for every family.”", ["Lena Hart", "Tom Vale", "Ana Ruiz"]),
    # a web page's crumb before the dateline names nobody: the statement the sentence introduces is the member's
    ("+ SHARE Hart Opposes Food Act | Video Harborville, D.C. — Rep. Lena Hart, D-Bayside, delivered the following "
     "statement on the House floor in opposition to H.R. 12, the Food Act. “Madam Chairman, I rise to oppose this bill.”",
     ["Lena Hart"]),
])
def test_run_together_labels_and_a_dateline_crumb(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected


def test_a_colon_after_he_or_she_introduces_the_next_paragraphs_quote(tmp_path):
    # sixty-third held-out batch (then tuned on): "In fact, he’s already looking towards next steps:" then a paragraph that
    # is one quote: the person the pronoun means speaks
    from quote_cases import speakers
    text = ("Biggerstaff said the agency plans to keep working with the teams. In fact, he’s already looking towards next "
            "steps:\n\n“We hope to write a peer-reviewed article about this.”")
    text = "Matthew Biggerstaff leads the challenge at the agency.\n\n" + text
    assert speakers(tmp_path, text) == ["Matthew Biggerstaff"]
