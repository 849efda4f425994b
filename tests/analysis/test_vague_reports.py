"""Reports nobody owns (medialit/analysis/vague_reports.py): each cue on its own, and as find_attributions reads it."""

import re

import pytest

from medialit.analysis.vague import VAGUE_CUES
from medialit.analysis.vague_reports import REPORT_CUES
from quote_cases import attribution_rows


def _cues(text: str) -> list[str]:
    return [m.group() for p, _ in REPORT_CUES for m in re.finditer(p, text, re.I)]


def test_the_cues_are_read_in_the_vague_cue_list_in_their_order():
    at = VAGUE_CUES.index(REPORT_CUES[0])
    assert VAGUE_CUES[at:at + len(REPORT_CUES)] == REPORT_CUES


@pytest.mark.parametrize("text, cue", [
    ("The letter comes after reports from Missourians that agencies are closed.", "reports from Missourians that"),
    ("I write following disturbing reports of unacceptable housing conditions.", "following disturbing reports of"),
    ("Lawmakers are concerned about reports that the plant will close.", "about reports that"),
    ("Reports of rising cases prompted the closure.", "Reports of"),
])
def test_reports_nobody_owns(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)


@pytest.mark.parametrize("text", [
    "Reports of the Army Corps say the levee held.",
    "He read reports from NASA that the launch slipped.",
    "The board studied reports of the Inspector General.",
])
def test_reports_with_an_owner(text):
    assert _cues(text) == []


# the twenty-ninth held-out batch's misses (whitehouse-murder-rate-125-year-low, whitehouse-approval-rating-new-high,
# congress-pocan-moore-lgbt-homeless-youth-act), scored once, then tuned on
@pytest.mark.parametrize("text, cue", [
    ("A new report shows the murder rate across the nation’s biggest cities plummeted last year.", "A new report shows"),
    ("A new poll reveals President Trump’s approval rating has soared.", "A new poll reveals"),
    ("America is safer than it has been in over a century — and brand new data proves it.", "brand new data proves"),
    ("According to some studies, LGBT youth account for up to 40 percent of all homeless youth.", "According to some studies"),
    ("A new report from the Congressional Budget Office shows deficits falling.", None),   # whose report: named
    ("The report shows deficits falling.", None),                                          # one named before
    ("According to studies by the Urban Institute, rents rose.", None),
])
def test_a_finding_nobody_owns(text, cue):
    assert (_cues(text) or [None])[0] == cue


@pytest.mark.parametrize("text, cue", [
    # a newcomer's releases (adv65): news and reports of nobody's that move a member to act
    ("Following recent news of two near-collisions at Delvin, Rep. Marisa Harlow wrote to the FAA.", "Following recent news of"),
    ("Subsequent reports have provided additional information about the breach.", "Subsequent reports have provided"),
    ("Media reports have raised questions about the contractor.", "Media reports have raised"),
    ("The Delvin Times reports have raised questions.", None),  # (an outlet's)
    ("Following news of his death, flags flew at half-staff.", None),  # (an event, no claim)
])
def test_news_and_reports_that_move_a_member(text, cue):
    assert (_cues(text) or [None])[0] == cue


@pytest.mark.parametrize("text, cue", [
    # the forty-seventh held-out batch, once dev: reports and reporting regarding something, owned by nobody
    ("In light of recent reports regarding discrimination in my district, I write to the commission.",
     "recent reports regarding"),
    ("I am deeply concerned about recent reports regarding the impact of these efforts.", "about recent reports regarding"),
    ("Rep. Ana Ruiz wrote to the commission following recent reporting on harassment at a plant.",
     "following recent reporting on"),
])
def test_reports_and_reporting_regarding_something(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)


@pytest.mark.parametrize("text, cue", [
    # the fiftieth held-out batch, once dev: one new report of nobody's, reports that may be true, other outlets
    ("In response to a new report that the army has built an outpost, the member issued a statement.", "to a new report that"),
    ("Instead, if reports are true, the Secretary appears to be targeting officers.", "if reports are true"),
    ("After NBC News reported that he intervened, other outlets reported on a string of firings.", "other outlets reported"),
])
def test_one_new_report_reports_if_true_and_other_outlets(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)


def test_a_subordinating_word_is_not_part_of_an_outlets_name(tmp_path):
    assert ("institution", "NBC News") in attribution_rows(tmp_path, "After NBC News reported that he intervened, he resigned.")


@pytest.mark.parametrize("text, cue", [
    # the fifty-second held-out batch, once dev: news of no outlet's (congress-long-savings-tax-resolution), an article
    # of no outlet's (congress-blackburn-planned-parenthood-irs); an article whose outlet is named is no vague source
    ("I was shocked by the news that some countries might be considering these kinds of taxes.", "by the news that"),
    ("I write to draw your attention to a concerning article describing efforts by the group.", "a concerning article describing"),
])
def test_news_and_an_article_nobody_names(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)
    assert ("vague", "nobody named") not in attribution_rows(tmp_path, "A recent article in The Washington Post describing the effort was wrong.")


def test_reports_and_news_a_quoted_speaker_cites_and_calls_answered(tmp_path):
    # the fifty-second held-out batch, once dev: reports and news nobody names count inside a quote too (measured on dev:
    # 9 required found, 2 not in the gold, both a call answered, now left out)
    rows = attribution_rows(tmp_path, "“I am deeply concerned about recent reports regarding the impact,” said Rep. Ana Ruiz.")
    assert ("vague", "nobody named") in rows and ("named", "Ana Ruiz") in rows
    for text in ("A police spokesman said “We were called at 8.10am today to reports of a serious collision.”",
                 "“Officers responded to reports of a fire,” said Chief Ana Ruiz."):
        assert [c for c in _cues(text) if "reports of" in c] == [], text


@pytest.mark.parametrize("text, cue", [
    # the fifty-third held-out batch, once dev: statistics, analysis and estimates nobody owns (congress-mccormick-…,
    # congress-hill-golden-fleece-sbir, congress-schumer-iran-war-gas-prices); an owner's are not vague
    ("Statistics show we lose a tower every seven days.", "Statistics show"),
    ("The programs help startups. However, recent analysis shows that a few companies win most awards.", "recent analysis shows"),
    ("Prices rose, with new estimates showing a family pays more.", "new estimates showing"),
    # (a newcomer's: after "after", and at the start of a quote)
    ("Ruiz demanded answers after recent analysis shows food prices rose.", "recent analysis shows"),
    ("“Statistics show our customers pay more,” said Ana Ruiz.", "Statistics show"),
    # (the fifty-fourth batch, once dev: congress-warren-fed-rate-cut-letter)
    ("Recent economic data shows that inflation has fallen to 2.1 percent.", "Recent economic data shows"),
    ("The Fed cut rates in light of economic data showing that inflation was decreasing.", "economic data showing"),
    # (dev misses: evidence, information and testimony nobody owns)
    ("Evidence also suggests that the rule failed.", "Evidence also suggests"),
    ("Further information shows that the plant leaked.", "Further information shows"),
    ("Congressional testimony indicates that the agency knew.", "Congressional testimony indicates"),
    ("We are short of pilots, as readiness data shows.", "readiness data shows"),
])
def test_statistics_analysis_and_estimates_nobody_owns(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)
    assert ("vague", "nobody named") not in attribution_rows(tmp_path, "The CBO's analysis shows that costs rise.")


@pytest.mark.parametrize("text, rows", [
    # fifty-eighth held-out batch, then dev: one report or review nobody owns, described in any words in lower case
    ("Upton responded to a report that the government is considering closing the office.", [("vague", "nobody named")]),
    ("A comprehensive federal and state review found no evidence of hostile activity.", [("vague", "nobody named")]),
    ("Last week, a recent news report detailed how the agency revealed numbers.", [("vague", "nobody named")]),
    # precision: an owner named in capitals, or the subject's own report
    ("A GAO report found waste.", [("institution", "GAO report")]),
    ("A report from the CBO shows costs.", [("institution", "CBO")]),
    ("The agency released a report that shows waste.", []),
])
def test_one_report_nobody_owns(tmp_path, text, rows):
    from quote_cases import attribution_rows
    assert attribution_rows(tmp_path, text) == rows


@pytest.mark.parametrize("text, cue", [
    # the sixty-ninth held-out batch, once dev: reports and complaints nobody owns, in more shapes
    ("The senators wrote over recent reports outlining the regime’s role in the trafficking of workers.", "over recent reports outlining"),
    ("The resolution urges the envoy to raise reports of Norvania’s failure to stop the trade.", "reports of"),
    ("If the alarming reports about the bureau arresting a farmer Friday in rural Ohio are true, you must answer.",
     "If the alarming reports about the bureau arresting a farmer Friday in rural Ohio are true"),
    ("“We reject the claim that ‘nobody is innocent.’ Media reports suggest that on Friday soldiers will fire.”", "Media reports suggest"),
    ("“The talks were secret.”Reports throughout the negotiating process raise serious questions about the deal.",
     "Reports throughout the negotiating process raise"),
    ("Recent consumer complaints and investigations by regulators have raised questions about the firm.",
     "Recent consumer complaints and investigations by regulators have raised"),
    ("“For years, we have heard complaints that Vantor has used its acquisitions,” Senator Orla Brisk said.", "heard complaints that"),
])
def test_reports_and_complaints_nobody_owns_in_more_shapes(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)


@pytest.mark.parametrize("text", [
    "Reports by the Army Corps raise no alarm about the levee.",
    "The office has received complaints from the Coastal Commission about the permits.",
    "If the report of the Inspector General is true, the agency erred.",
])
def test_reports_and_complaints_with_an_owner_stay_unflagged_in_more_shapes(text):
    assert _cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the sixty-ninth held-out batch, once dev: what a whistleblower nobody names disclosed
    ("Senator Orla Brisk released whistleblower documents showing the memo was drafted early.", "whistleblower documents"),
    ("Brisk thanked a whistleblower who came to her with these allegations.", "whistleblower who came"),
    ("She demanded answers on the agency whistleblower allegation that agents were fed sandwiches.", "whistleblower allegation"),
])
def test_what_an_unnamed_whistleblower_disclosed(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)


@pytest.mark.parametrize("text", [
    "She cited whistleblower Ana Ruiz's documents.",
    "Brisk asked for a hearing to address the whistleblower documents as well as the threats.",  # (the ones just cited)
])
def test_a_named_or_already_cited_whistleblower_is_no_new_cue(text):
    assert not any("whistle" in c for c in _cues(text))


def test_a_subject_cue_never_runs_over_a_closing_mark(tmp_path):
    # sixty-ninth held-out batch: "… no innocent people in the Gaza Strip.' Media reports suggest" is two sentences; the
    # people of the first are no subject of the second's verb, and the reports stay a vague source of their own
    from quote_cases import vague_cues
    text = ("“We reject the claim made on April 8 that ‘there are no innocent people in the Valdor Strip.' Media reports "
            "suggest that on Friday soldiers will fire on residents.”")
    assert vague_cues(tmp_path, text) == ["Media reports suggest"]


@pytest.mark.parametrize("text, cue", [
    # the seventieth held-out batch, once dev: reporting, documentation and analysis nobody owns; reports heard
    ("Public reporting this week is cause for serious concern that the office misled Congress.", "Public reporting"),
    ("Recent reporting shows the backlog has grown.", "Recent reporting"),
    ("Further, it has been well documented that Mr. Dole has conflicts of interest.", "it has been well documented that"),
    ("Thoughtful analysis from experts across the political spectrum shows that cuts can be made.", "analysis from experts"),
    ("Senator Orla Brisk acted after hearing reports that the office was changing its models.", "reports that"),
])
def test_reporting_documentation_and_analysis_nobody_owns(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)


def test_reporting_with_an_owner_is_no_cue():
    assert not any("reporting" in c for c in _cues("Recent reporting by the Times shows delays."))


@pytest.mark.parametrize("text, cue", [
    # the seventy-first held-out batch, once dev: reporting and reports nobody owns, in two more shapes
    ("But public reporting has now revealed substantial reasons to believe that the fund lied.", "public reporting has now revealed"),
    ("Contrary to media reports, the state was warned in February.", "Contrary to media reports"),
])
def test_reporting_revealed_and_contrary_to_reports(tmp_path, text, cue):
    assert cue in _cues(text)
    assert ("vague", "nobody named") in attribution_rows(tmp_path, text)
