"""introductions: an unattributed quote whose speaker the sentence just before it introduces."""

from __future__ import annotations

import pytest

from quote_cases import speakers as _speakers


@pytest.mark.parametrize("text, speakers", [
    # the sentence before names the subject, and the quote opens the next sentence
    ("Kim Lee says she is most proud of her daughters. “I am excited for them.”", ["Kim Lee"]),
    # one person introduced with what they do beside the name, wherever the name stands in the sentence
    ("The team's ability to make missions happen is something Hal Maring, NASA Earth Science Division scientist, "
     "experienced. “The DC-8 has flown scientists on a lot of missions.”", ["Hal Maring"]),
    # the words of the sentence before are theirs ("what X calls")
    ("These observations will help build what Gopalswamy calls a library of knowledge. “That way we will know what "
     "to expect.”", ["Gopalswamy"]),
    ("Nat Gopalswamy leads the study. These observations will help build what Gopalswamy calls a library of "
     "knowledge. “That way we will know what to expect.”", ["Nat Gopalswamy"]),
    # precision: two people introduced, or no job beside the one name
    ("The prize went to Tom Lee, the lab's director, and Ana Ruiz, its chief engineer. “It was deserved.”", [None]),
    ("The rocket was built by Tom Lee. “It was a long road.”", [None]),
])
def test_introduced(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # fifty-seventh held-out batch, then dev: the sentence before acts on the person ("will prevent President X from"),
    # and the quote then speaks of "the President": never their words
    ("Congresswoman Ana Foxx praised the vote. The legislation will prevent President Tom Vale from imposing a policy."
     "\n\n“The President might not like Article 1 of the Constitution, but he cannot ignore it.”", [None]),
    ("A new rule could keep Mayor Tom Vale from closing the park. “The mayor should listen to us.”", [None]),
    # (a sentence about the person as its subject still introduces them)
    ("Mayor Tom Vale will open the park on Monday. “It is a great day for the city.”", ["Tom Vale"]),
])
def test_a_person_a_helping_verb_acts_on_is_no_introduction(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # congress-dent-hershey-office (the forty-seventh held-out batch, then tuned on): the sentence before names two
    # people, and the quote speaks of the second in the third person, so it is the subject's
    ("Congressman Tom Berg thanked Rep. Payne for agreeing to share office space with him. “This really is a win-win "
     "because of Representative Payne being willing to let us into his location.”", ["Tom Berg"]),
    # (but not when the quote speaks of nobody the sentence names)
    ("Congressman Tom Berg thanked Rep. Payne for agreeing to share office space. “This really is a win-win.”", [None]),
])
def test_a_quote_that_speaks_of_the_other_person_is_the_subjects(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # the fifty-second held-out batch, once dev: a release's first quote, a paragraph of its own in the first person, after
    # a lede about one member (congress-wicker-investment-accounts-roundtable; congress-blackburn-planned-parenthood-irs,
    # past a headline-like line with words in marks)
    ("JACKSON – U.S. Senator Ana Ruiz, R-Miss., hosted a roundtable on savings accounts today. The accounts were "
     "created in 2025, thanks to a donation from Michael and Susan Dell.\n\n“Every parent should open an account. I "
     "thank every panelist who joined me today.”", ["Ana Ruiz"]),
    ("NASHVILLE, Tenn. – U.S. Senator Ana Ruiz (R-Tenn.) sent a letter to Tom Berg, Director at the IRS. In the letter, "
     "Senator Ruiz asked the IRS to act.\n\nGroup Justified Its Program by Saying Clients Should Have “What [They] Need to Feel Good”\n\n“I write to draw your "
     "attention to an article.”", ["Ana Ruiz"]),
    # the fifty-fifth, once dev (congress-marshall-filibuster-interview): a degree and a party tag with a comma after
    # the name, and topic labels before each answer
    ("Senator Ruiz Joins The Morning Show\n\nKansas City, Kansas – U.S. Senator Ana Ruiz, M.D. (R-Kansas), joined The "
     "Morning Show to discuss the budget.\n\nOn the budget:\n\n“Right, Will. I think it takes 60 votes.”\n\nOn the "
     "filibuster:\n\n“I would. So yes, I would end it.”", ["Ana Ruiz", "Ana Ruiz"]),
    # the fifty-sixth, once dev (congress-johnson-dhs-funding-statement): a joint statement two people released, then
    # their words in the first person plural, with no credit; and after a colon ("Leader" a title like "Speaker")
    ("WASHINGTON — This afternoon, Speaker Johnson and Leader Thune released a joint statement announcing a path forward."
     "\n\n“We appreciate the President’s determination to end the shutdown.\n\n“In the coming days, Republicans will follow "
     "through.”", ["Johnson and Thune", "Johnson and Thune"]),
    ("WASHINGTON — Speaker Johnson and Leader Thune released the following joint statement:\n\n“We appreciate the "
     "President’s determination to end the shutdown.”", ["Johnson and Thune"]),
    # (never the two when someone else spoke in between: the sentence before introduces him)
    ("WASHINGTON — Speaker Johnson and Leader Thune released a joint statement today. Mayor Tom Berg said he was glad."
     "\n\n“We appreciate the President’s determination.”", ["Tom Berg"]),
    # (not in the third person, not after someone else who speaks, not after a lede about two people)
    ("JACKSON – U.S. Senator Ana Ruiz hosted a roundtable today with banker Tom Berg.\n\n“The accounts help every child.”", [None]),
    ("JACKSON – U.S. Senator Ana Ruiz hosted a roundtable today. Mayor Tom Berg welcomed the news.\n\n“I am glad we "
     "met.”", ["Tom Berg"]),  # (the sentence before introduces him)
    ("JACKSON – U.S. Senator Ana Ruiz hosted a roundtable today. Mayor Tom Berg welcomed the news. The accounts open "
     "in May.\n\n“I am glad we met.”", [None]),
    ("JACKSON – Senators Ana Ruiz and Tom Berg hosted a roundtable today.\n\n“I am glad we met.”", [None]),
])
def test_a_releases_first_quote_after_a_lede_about_one_member(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # sixty-second held-out batch (then tuned on), a release stored as one paragraph: after others' quotes, the sentence
    # just before reports what one person said ("Ratcliffe, who introduced …, said the testimony reinforced …"), and the
    # quote that follows with no credit goes on in their own words
    ("Rep. Tom Vale chaired the hearing. “It was helpful,” Sheriff Ana Ruiz said. Vale, who introduced the Safe Streets "
     "Act earlier this year to restore the program, said the testimony reinforced the need to act. “Today’s hearing "
     "makes it clear that the decision must be reversed.”", ["Ana Ruiz", "Tom Vale"]),
    # (precision: a sentence about the person that reports no words, or a verb that asks someone else, is no introduction
    # after others' quotes)
    ("Rep. Tom Vale chaired the hearing. “It was helpful,” Sheriff Ana Ruiz said. Vale introduced the Safe Streets Act "
     "earlier this year. “Today’s hearing makes it clear.”", ["Ana Ruiz", None]),
    ("Rep. Tom Vale chaired the hearing. “It was helpful,” Sheriff Ana Ruiz said. Vale asked the sheriff about the "
     "program. “It saves lives.”", ["Ana Ruiz", None]),
])
def test_a_quote_after_a_sentence_that_reports_what_one_person_said(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_a_person_and_others_introduce_no_one_persons_quote(tmp_path):
    # a sentence whose subject is a person and a group ("Crawford and other House members demand answers"): the quote
    # after it is the group's, never the one named person's
    assert _speakers(tmp_path, "In the letter, Tom Vale and other House members demand answers on the data. “We urge "
                               "you to stop the database.”") == [None]


@pytest.mark.parametrize("text, speakers", [
    # sixty-third held-out batch (then tuned on): a paragraph about one person (their name opens it as the subject), then
    # a first-person quote with no credit of its own
    ("Alec Perez, Applications Manager at the Census Bureau, works on apps that pull data from many agencies. A major "
     "challenge is that the data come in many formats. “We want an app that’s slick, but that still ensures quality.”",
     ["Alec Perez"]),
    # (precision: a quote in the third person, or a paragraph that names someone else, or quotes someone before)
    ("Alec Perez, Applications Manager at the Census Bureau, works on apps. A major challenge is the data. “The data "
     "come in many formats.”", [None]),
    ("Alec Perez, Applications Manager at the Census Bureau, works on apps with Ana Ruiz. A major challenge is the data. "
     "“We want an app that’s slick.”", [None]),
])
def test_a_first_person_quote_in_a_paragraph_about_one_person(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers
