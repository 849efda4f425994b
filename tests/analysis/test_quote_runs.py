"""quote_runs: a paragraph that opens with an unattributed quote and goes on with the same person's words."""

from __future__ import annotations

import pytest

from quote_cases import speakers as _speakers


@pytest.mark.parametrize("text, speakers", [
    # the paragraph before quotes her, the paragraph's next quote is hers, nobody else is named between
    ("Engineer Ana Ruiz joined the team in 2003. “It was an experiment,” she said.\n\n“We had to elbow our way to the "
     "table.” The work was hard, but it paid off. “You have to produce results,” she said.",
     ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]),
    # someone else named between the two quotes: unclear
    ("Engineer Ana Ruiz joined the team in 2003. “It was an experiment,” she said.\n\n“We had to elbow our way to the "
     "table.” Her manager, Tom Lee, agreed. “You have to produce results,” Lee said.",
     ["Ana Ruiz", None, "Tom Lee"]),
    # the paragraph before is about someone else
    ("Tom Lee founded the lab.\n\n“We had to elbow our way to the table.” The work was hard. “You have to produce "
     "results,” said engineer Ana Ruiz.", [None, "Ana Ruiz"]),
])
def test_run_opening(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a scrape broke the line after the quote's comma: the credit opens the next paragraph, whoever the paragraph
    # before quoted
    ("“We must act,” said Senator Ann Cole.\n\n“The sinking was a tragedy that should never happen again,”\n\n"
     "Senator Tom Reyes said. “Our bill brings new rules.”",
     ["Ann Cole", "Tom Reyes", "Tom Reyes"]),
    # a quote that closes on a full stop is whole: the next paragraph's credit is its own quote's
    ("“We must act,” said Senator Ann Cole.\n\n“The sinking was a tragedy.”\n\nSenator Tom Reyes said. “Our bill "
     "brings new rules.”", ["Ann Cole", "Ann Cole", "Tom Reyes"]),
    # the credit alone, its full stop left at the start of the next paragraph; a surname of someone named before
    ("Senators Tom Reyes and Ann Cole praised the data.\n\n“Families are the heart of the country,”\n\nReyes said\n\n"
     ". “Our bill doubled the credit.”\n\n“The work goes on,”\n\nCole said\n\n. “We will expand it.”",
     ["Tom Reyes", "Tom Reyes", "Ann Cole", "Ann Cole"]),
    # the verb closes the quote's paragraph, the name opens the next
    ("“These free products track everything we do,” said\n\nSenator Tom Reyes. “This bill gives consumers control.”",
     ["Tom Reyes", "Tom Reyes"]),
])
def test_run_split_credit(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # “…,” the Delegation wrote. “…”: the same speakers go on; so does the next paragraph of nothing but their words
    ("Sen. Ann Cole (I-Vt.), Sen. Tom Reyes (D-Vt.), and Rep. Lea Park (D-Vt.) sent a letter to the Postmaster "
     "General.\n\n“The problems reflect a failure of national management,” the Delegation wrote. “For years, the "
     "service has left our towns underserved.”\n\n“We have consistently expressed our concerns about delays.”",
     ["Ann Cole, Tom Reyes and Lea Park"] * 3),
    # a credit with where the speaker is from and whom they told, then more of their words
    ("Platforms “are important for finding new friends,” 17-year-old Pablo Lane of Singapore told VOA. “It has had "
     "big benefits for me.”", ["Pablo Lane", "Pablo Lane"]),
    # a sentence between the quotes that credits a view to someone else: the second quote is theirs, not the first
    # speaker's; a sentence that credits nobody: nobody's named
    ("“We will fix it by May,” said Lena Ortiz. Tom Berg, the engineer, disagreed. “It takes a year.”",
     ["Lena Ortiz", "Tom Berg"]),
    ("“We will fix it by May,” said Lena Ortiz. Tom Berg, the engineer, arrived late. “It takes a year.”",
     ["Lena Ortiz", None]),
    # a subheading in marks after them is no quote of theirs
    ("Sen. Ann Cole (I-Vt.) and Sen. Tom Reyes (D-Vt.) sent a letter.\n\n“The problems reflect a failure,” the "
     "senators wrote.\n\n‘Full of fear’\n\nThe town waited.", ["Ann Cole and Tom Reyes", None]),
    # nor are the words of a paragraph that names someone new after their quote
    ("“The problems reflect a failure of management,” said Ann Cole. Her colleague, Tom Reyes, disagreed.\n\n"
     "“The service has improved a great deal this year.”", ["Ann Cole", None]),
])
def test_run_after_credit(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # the credit alone opens the next paragraph: "said Dr. Nkechi Obi, director …", "Senator Pelham said."
    ("NASA’s Parker Solar Probe made its closest pass by the Sun.\n\n“Flying this close to the Sun is a historic "
     "moment,”\n\nsaid Dr. Nkechi Obi, director of the heliophysics division.", ["Dr. Nkechi Obi"]),
    ("Senators Curtis Vang and Ada Pelham introduced the bill.\n\n“Healthy forests and healthy mills go hand in "
     "hand,”\n\nSenator Ada Pelham said.", ["Ada Pelham"]),
    # the credit opens the next paragraph and the same person goes on there
    ("Rep. Ana Vidal praised the vote.\n\n“The families of these workers have not been forgotten,”\n\nsaid Rep. Vidal. "
     "“Now the Senate must act.”", ["Ana Vidal", "Ana Vidal"]),
    # "You wrote …": the word names nobody
    ("Dear Secretary Alvarez: You wrote in a letter to me on June 8 that the department had “fully complied with the "
     "law.”", [None]),
])
def test_credit_in_the_next_paragraph_and_addressed_speakers(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # the sentence before credits a view to one named person: the quote after it is theirs (a feature's layout)
    ("Mark Voyger, director of a master's program in Kyiv, spoke of the decision. “Operationally, these missiles "
     "can reach depots,” he explained.\n\n“Better late than never.” Voyger highlighted the risks of delay. “This "
     "decision should have been made earlier.”", ["Mark Voyger", "Mark Voyger", "Mark Voyger"]),
    # after an opening phrase set off by a comma
    ("Yahya Omar runs a tech hub in Mogadishu.\n\nBut Omar strongly disagrees. Aided by connectivity, “I have the "
     "opportunity to really change something here.”", ["Yahya Omar"]),
    # after someone else's quote, a sentence that names one person but credits no view: nobody named
    ("“We opened in May,” said Ana Ruiz. Yahya Omar arrived in June. “I have the opportunity to change something "
     "here.”", ["Ana Ruiz", None]),
])
def test_run_after_stance(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # newcomer adv43's traps: the person the sentence before names is acted on, shows someone else's words, or stands
    # in a side clause; or someone new holds a view between two quotes
    ("The court fined Ana Ruiz $5,000 on Monday. “This is unfair.”", [None]),
    ("Police arrested activist Marco Bellini at the rally. “We will not be silenced.”", [None]),
    ("Judge Harriet Cole read aloud from the defendant’s letter. “I am sorry for what I did.”", [None]),
    ("When President Idriss Mahamat announced the delay, the opposition coalition responded with anger. “This is the "
     "third broken promise.”", [None]),
    ("“The program gives girls a chance,” said headmistress Ruth Adeyemi. But Omar strongly disagrees. “Ten dollars a "
     "month is too much.”", ["Ruth Adeyemi", None]),
    # someone unnamed sums it up between two quotes: no longer the first speaker's
    ("“We hear from families every day,” Vidal said. One letter, from a mother in Hollister, summed it up. “I choose "
     "between my insulin and my rent.”", ["Vidal", None]),
    # a rank after a force's name: the officer speaks, not the police
    ("“We are doing everything we can,” said police Capt. Lorna Hale.", ["Lorna Hale"]),
    # an organisation's name alone above its quote
    ("The groups welcomed the bill.\n\nAmerican Heart Association:\n\n“This bill will save lives.”",
     ["American Heart Association"]),
    # still the subject's: an opening phrase before the name, an adjective that ends in -ed before it
    ("While unexpected, Hemanth Koralla seized the opportunity. “You can’t say no to NASA!”", ["Hemanth Koralla"]),
    ("Retired teacher Ana Ruiz started the library in 2003. “We had nothing.”", ["Ana Ruiz"]),
])
def test_who_the_sentence_before_is_about(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_a_credit_alone_between_two_quote_paragraphs(tmp_path):
    # twentieth held-out batch, once dev: a scrape put the credit, with a long title, in a paragraph of its own
    from quote_cases import speakers
    assert speakers(tmp_path, "The bill has been endorsed by Humanity United.\n\n“The council is an important body of "
                              "survivors who advise the government,”\n\nsaid Humanity United Action Senior Advisor Corban "
                              "Teague.\n\n“It is critical that we elevate the voices of survivors. This is a strong step.”") \
        == ["Corban Teague", "Corban Teague"]


@pytest.mark.parametrize("text, speakers", [
    # a few quoted words inside a sentence whose one subject acts with words (directs, releases a report, campaigns)
    ("President Ana Ruiz spoke.\n\nPresident Ruiz directed the heads of all agencies to “deliver price relief to the "
     "people.”", ["Ana Ruiz"]),
    ("The Government Accountability Office released a report estimating that the state “could lose $2 billion a year "
     "to fraud.”", ["Government Accountability Office"]),
    # someone else between who may be the one quoted, or no act of words: unclear
    ("The Ruiz Administration canceled a grant to an organization that believes “justice travels through the courts.”",
     [None]),
    ("The Carlisle School opened in 1879, with the stated mission to “kill the Indian” in the pupils.", [None]),
    # what the subject will do with words (newcomer adv60)
    ("The Environmental Oversight Agency will issue new guidance to “cut red tape for small farms.”",
     ["Environmental Oversight Agency"]),
    # the one named with the title before (fresh teacher, README only)
    ("President Miriam Calder announced a plan.\n\nThe President directed agencies to “cut red tape for home insulation "
     "grants and get help to families.”", ["Miriam Calder"]),
    # the letter's signers as "the Senators", after a long opening phrase
    ("Senators Ada Marsh (D-Vt.) and Ben Ortiz (R-Mo.) wrote to the agency.\n\nIn light of the agency's recently announced "
     "settlement with a video platform over widespread violations, the Senators express skepticism that the agency "
     "appreciates the “threat some tech companies pose to children.”", ["Ada Marsh and Ben Ortiz"]),
])
def test_run_subject_partial(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_run_subject_partial_gives_the_words_that_credit_the_quote(tmp_path):
    from medialit.corpus.loader import load_article
    from medialit.analysis.quotes import find_quotes
    path = tmp_path / "case.txt"
    path.write_text("President Ana Ruiz spoke.\n\nPresident Ruiz directed the heads of all agencies to “deliver price relief "
                    "to the people.”", encoding="utf-8")
    assert "“President Ruiz directed”: Ana Ruiz" in find_quotes(load_article(path)).reason.iloc[0]


def test_one_persons_dated_quotes_go_on_past_a_lost_opening_mark(tmp_path):
    # whitehouse-iran-no-nuclear-74-times (the thirtieth held-out batch, scored once, then tuned on): a lede whose one
    # person "has been unequivocal", then paragraphs of his quoted words, each with its date in brackets; one has lost
    # its opening mark, one is in capitals, one has no full stop
    text = ("President Donald J. Trump has been unequivocal and consistent for decades: Iran will never have a nuclear "
            "weapon. This position guides his actions.\n\n"
            "“They can’t have nuclear weapons. It’s very simple.” (2/24/26)\n\n"
            "“NO NUCLEAR WEAPONS…” (1/28/26)\n\n"
            "They can’t do the nuclear… They’ve got to stop with the nuclear.” (1/21/26)\n\n"
            "“I hope they’re not trying to build up again, because if they are, we will eradicate that buildup.” (12/29/25)\n\n"
            "“It might be 100%. That’s all I want. No nuclear weapon for Iran” (3/25/24)\n")
    found = _speakers(tmp_path, text)
    assert found and set(found) == {"Donald J. Trump"}


@pytest.mark.parametrize("text, expected", [
    # the thirty-sixth held-out batch, once dev: a statement its own paragraph introduces, the quote glued to the intro
    ('MADISON – U.S. Rep. Ana Ruiz (WI-02) today released the following statement after a call with an official from '
     'the agency:"After my call, I have limited confidence in the agency."', ["Ana Ruiz"]),
    ("Washington, D.C. - After the vote,Congresswoman Ana Ruiz,who leads the bill in the House,released the following "
     "statement:“Today marks an important step.\n\n“Over 90% of these videos target women.”", ["Ana Ruiz", "Ana Ruiz"]),
    # (but not when the sentence names more people than the intro gives: nobody rather than some of them)
    ("WASHINGTON – Caucus Co-Chairs Rep. Ana Ruiz (D-AZ) and Rep. Tom Berg (D-MN), and First Vice Chair Rep. Lena Park "
     "(D-WI) issued the following statement after the vote.“House Republicans voted twice to block it.”", [None]),
])
def test_a_statement_its_own_paragraph_introduces(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the thirty-seventh held-out batch, once dev: a scrape broke the line inside the credit ("said" / "Hawley.")
    ("Today, Senators Ana Ruiz and Tom Berg commended the vote.\n\n“What makes America great are its people,” said\n\n"
     "Ruiz. “We can celebrate them every May 1st.”\n\n“Thousands carry wounds from their service,” said\n\nBerg. "
     "“We honor them.”", ["Ana Ruiz", "Ana Ruiz", "Tom Berg", "Tom Berg"]),
    # "The letter continues": the letter the quote before gave, its signers'
    ("Senator Ana Ruiz and Congressman Tom Berg sent a letter to the Attorney General.\n\nThe Members write, “This law is "
     "harmful to our constituents.”\n\nThe letter continues, “We thank you for your commitment.”",
     ["Ana Ruiz and Tom Berg", "Ana Ruiz and Tom Berg"]),
    # the member "expressed concern", then his words alone
    ("WASHINGTON—U.S. Rep. Ana Ruiz (WI-02), a member of the House Budget Committee, today expressed concern with the "
     "budget proposal.\n\n“The best way to reduce our deficit is to get people back to work.”", ["Ana Ruiz"]),
])
def test_broken_credits_a_letter_that_goes_on_and_an_expressed_concern(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the forty-third held-out batch, once dev (congress-conaway-cftc-cost-benefit): a quote left open at the end of its
    # paragraph goes on in the next one, credited there; above a guess from the sentence before (Berg)
    ("Rep. Ann Lee introduced a bill. Rep. Tom Berg backed it.\n\n“The people deserve to know. This bill will help.\n\n"
     "“I look forward to working with colleagues,” Rep. Lee said.", ["Ann Lee", "Ann Lee"]),
    # a paragraph whose quote swallowed a glued credit ("”said") is not left open: it is never the next one's
    ("Rep. Ann Lee spoke.\n\n“We will win. The “Skibird” plane is “great” for all,”said Congresswoman Ann Lee.\n\n"
     "“It is done,” said Rep. Tom Berg.", ["Ann Lee", "Tom Berg"]),
    # a quote that closes is whole: the next paragraph's credit is not its
    ("Rep. Ann Lee introduced a bill.\n\n“The people deserve to know.”\n\n“I look forward to it,” Rep. Tom Berg said.",
     ["Ann Lee", "Tom Berg"]),
])
def test_a_quote_left_open_takes_the_credit_of_the_next_paragraph(tmp_path, text, expected):
    assert _speakers(tmp_path, text) == expected


def test_partial_quotes_of_two_members_who_argue_in_a_letter(tmp_path):
    # congress-smith-hungary-elections-letter (the forty-fifth held-out batch, once dev): "In a letter to X, the President
    # of Y, Smith and Harris argue that … “…” and are “…”": both quotes are the two members'
    text = ("Reps. Tom Berg (R-NJ) and Ana Ruiz (R-MD) criticized the Commission.\n\nIn a letter to Lena Park, the President "
            "of the Commission, Berg and Ruiz argue that the Commission’s actions “raise serious concerns about oversight” and are "
            "“deeply destructive of public confidence.”")
    assert _speakers(tmp_path, text) == ["Tom Berg and Ana Ruiz", "Tom Berg and Ana Ruiz"]


def test_a_person_the_opening_phrase_names_is_not_the_subject(tmp_path):
    # a newcomer's release (adv67): "In a letter to Paula Grant, Smith and Harris argue that … “…”": not Grant's words
    text = ("Representatives Carla Smith and Owen Harris wrote to the utility.\n\nIn a letter to Paula Grant, Smith and "
            "Harris argue that the rules “punish households that installed solar panels.”")
    assert _speakers(tmp_path, text) == ["Carla Smith and Owen Harris"]
