"""Quote runs: a paragraph that opens with an unattributed quote and goes on with the same person's words.

Features quote one person paragraph after paragraph and credit only some of the quotes: “When we started …
no one knew who we were.” … “You have to produce some results,” he said. When the paragraph's next quote
is credited to one person, nobody else is named between the two quotes, and the paragraph before quoted or
named that same person last, the opening quote is theirs too (Bell 1991, *The Language of News Media*,
ch. 10: a run of quotes keeps its speaker until the text names another). Otherwise it stays unattributed.
"""

from __future__ import annotations

import re

import pandas as pd

from ._text import NAME, is_org, sentence_at, surname
from .context import _only_quotes
from .marks import quote_spans
from .names import _people_in, people_in_text
from .sources import reported_sources
from .job_reference import role_antecedent
from .speakers import resolve_name
from .speech import _VERB_RE
from .issuers import past_dateline
from .statements import statement_author
from ..corpus.tables import Article


def _known(value) -> bool:
    return value is not None and not pd.isna(value)


def run_opening(art: Article, rows: list[dict]) -> None:
    """Give a paragraph's opening quote with no speaker the speaker of the paragraph's next quote, when that
    one is credited, nobody else is named between them, and the paragraph before names or quotes that same
    person last. ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text = art.text
    quotes = [r for r in rows if r["kind"] == "quote"]
    people = people_in_text(text)
    for k, row in enumerate(quotes):
        para = art.paragraphs[row["paragraph"] - 1]
        if _known(row["speaker"]) or text[para.start:row["start"]].strip() or row["paragraph"] < 2:
            continue
        nxt = next((r for r in quotes[k + 1:] if r["paragraph"] == row["paragraph"]), None)
        if nxt is None or not _known(nxt["speaker"]) or not _known(nxt["speaker_as_written"]):
            continue
        who = surname(nxt["speaker"])
        if any(surname(n) != who for s, e, n in people if row["end"] <= s and e <= nxt["start"]):
            continue  # someone else is named between the two quotes
        prev = art.paragraphs[row["paragraph"] - 2]
        before = [r for r in quotes if r["paragraph"] == prev.n]
        named = [n for s, e, n in people if prev.start <= s and e <= prev.end]
        last = before[-1]["speaker"] if before else (named[-1] if named else None)
        if not _known(last) or surname(last) != who or any(surname(n) != who for n in named):
            continue  # the paragraph before is about someone else, or about several people
        row["speaker"] = nxt["speaker"]
        row["reason"] = (f"quoted words; the paragraph's next quote is {nxt['speaker']}'s, the paragraph before is "
                         f"about them too, and nobody else is named in between: {nxt['speaker']}")


def run_before_credit(art: Article, rows: list[dict]) -> None:
    """Quotes set one after another with nothing between them but a space, the last one credited: “We are not afraid.”
    “They can block our roads …” “We will be on the ballot,” Oduya said. The uncredited ones are that speaker's
    (the credit closes the run). ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text = art.text
    quotes = [r for r in rows if r["kind"] == "quote"]
    for k in range(len(quotes) - 2, -1, -1):
        row, nxt = quotes[k], quotes[k + 1]
        if _known(row["speaker"]) or not _known(nxt["speaker"]) or row["paragraph"] != nxt["paragraph"] \
                or text[row["end"]:nxt["start"]].strip() or str(row["text"]).rstrip().endswith("?"):
            continue  # (a question, then its answer: two people, “Was it a mistake?” “In hindsight, yes,” Aldane said)
        row["speaker"] = nxt["speaker"]
        row["reason"] = (f"quoted words; the quote right after it, with nothing between them, is {nxt['speaker']}'s "
                         f"(the credit closes the run): {nxt['speaker']}")



def someone_new(art: Article, para_n: int, speaker: str) -> bool:
    """Whether the paragraph before ``para_n`` names someone other than ``speaker`` after its last quote: "“…,” she
    said. The camp's manager, Idris Bako, is less optimistic." — the quote-only paragraph that follows may be his."""
    if para_n < 2:
        return False
    prev = art.paragraphs[para_n - 2]
    text = art.text
    ends = [m.end() for m in re.finditer(r"[”\"]", text[prev.start:prev.end])]
    after = prev.start + (ends[-1] if ends else 0)
    # (not the name of a publication or a place in the speaker's description: "writes Joshua Chambers, editor of
    # FirstGov Digital" names nobody new)
    theirs = {surname(x) for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", speaker) if x.strip()}  # (each of joined speakers)
    return any(surname(n) not in theirs for s, e, n in people_in_text(text) if after <= s and e <= prev.end
               and not re.search(r"\b(?:of|at|for|from|in|with)\s+(?:the\s+)?$", text[max(prev.start, s - 12):s]))


def reported_only(art: Article, para) -> str | None:
    """The one person paragraph ``para`` reports as speaking when it quotes nobody and names nobody else ("Business
    futurist and author, Cecily Sommers, describes the role of leadership."): a paragraph of quoted words right after
    it is theirs. None otherwise."""
    reported, sents = reported_sources(art), [k for k, sent in enumerate(art.sentences) if para.start <= sent.start < para.end]
    # (one sentence, the person named in it: not "… Without the CPP, he says, …" before an analyst named only later)
    names = {r["source"] for k in sents for r in reported[k] if r["kind"] == "named"
             and not re.match(r"(?:[Hh]e|[Ss]he)\b", art.text[r["start"]:r["end"]])}
    if len(sents) != 1 or len(names) != 1 or re.search(r"[“”\"]", para.text):
        return None
    who = next(iter(names))
    others = [n for s, e, n in people_in_text(art.text) if para.start <= s and e <= para.end and surname(n) != surname(who)]
    return None if others or not who[:1].isupper() else who


_CREDIT_NEXT = re.compile(r"\s*(?P<who>(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][\w’'\-]*)\s+){0,6}?[A-Z][\w’'\-]*)\s+(?:said|says|added|stated|explained|noted|continued)"
                          r"\s*[.,]")


_SAID_NEXT = re.compile(r"\s*(?:[-–—]+\s*)?(?:said|says|added|wrote|stated)\s+(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][\w’'\-]*)\s+){0,7}?(?P<who>(?![A-Z][a-z]{0,3}\.\s)[A-Z][\w’'\-]*"
                        r"(?:\s+[A-Z][\w’'\-]*){0,3})(?=[\s,.])")


_CREDIT_ALONE = re.compile(r"\s*(?:[-–—]+\s*)?(?:said|says|added|wrote|stated)\s+(?:[A-Z][\w’'.\-]*\s+){0,8}[A-Z][\w’'\-]*"
                           r"(?:\s+\([^()]{1,20}\))?(?:,\s+[^“”\"]{1,100})?\.?\s*")
_SAID_JOB = re.compile(r"\s*(?:[-–—]+\s*)?(?:said|says|added|wrote|stated)\s+(?:[A-Z][\w’'.\-]*\s+){0,8}")


def run_split_credit(art: Article, rows: list[dict]) -> None:
    """A quote that closes its paragraph on a comma (“… never happen again,”) whose credit opens the next paragraph
    ("Senator Blunt said. “This bill …”"): a scrape broke the line there. The quote is that person's, even when the
    paragraph before quoted someone else. ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text = art.text
    people = people_in_text(text)
    credited = {r["paragraph"]: r for r in rows if r["kind"] == "quote" and _known(r["speaker"])}
    for row in rows:
        para = art.paragraphs[row["paragraph"] - 1]
        # (the verb may close the quote's paragraph, the name open the next: "…,” said\n\nSenator Hawley. “…”")
        said_end = re.fullmatch(r"\s*(?:said|says|added|wrote|stated)\s*", text[row["end"]:para.end])
        if row["kind"] != "quote" or row["paragraph"] >= len(art.paragraphs) or text[row["end"]:para.end].strip() and not said_end \
                or row["speaker_as_written"] is not None and _known(row["speaker_as_written"]):
            continue
        nxt = art.paragraphs[row["paragraph"]]
        # (or a paragraph of nothing but the credit after a whole quote: "“… doors close.”\n\n-- said Sen. Marisol Delacroix.")
        if not re.search(r",\s*[”\"]$", text[row["start"]:row["end"]]) and not _CREDIT_ALONE.fullmatch(nxt.text):
            continue
        start = row["end"] if said_end else nxt.start
        m = (None if said_end else _CREDIT_NEXT.match(text, start)) or _SAID_NEXT.match(text, start)
        who = next((n for s, e, n in people if nxt.start <= s and e == m.end("who")), None) if m else None
        if m and who is None and m.re is _CREDIT_NEXT and re.fullmatch(r"[A-Z][\w’'\-]+", m.group("who")) \
                and any(surname(n) == m.group("who") for s, e, n in people if e <= nxt.start):
            who = m.group("who")  # (a surname alone, of someone named before: "…,”\n\nRubio said\n\n. “…”")
        if m and who is None and m.re is _SAID_NEXT:  # ("said Humanity United Action Senior Advisor Corban Teague.")
            who, ws, we = next(((n, s, e) for s, e, n in people if nxt.start <= s and _SAID_JOB.fullmatch(text, start, s)),
                               (None, 0, 0))
            m = re.compile(rf"(?s).*?(?P<who>{re.escape(text[ws:we])})").match(text, nxt.start) if who else m
        later = credited.get(nxt.n)
        # ("said Dr. Nkechi Obi, director of …": the credit alone, or only the credit before the paragraph's quote)
        alone = not re.search(r"[“”\"]", nxt.text) or bool(m) and not re.search(r"\w", text[m.end():nxt.start + re.search(
            r"[“\"]", nxt.text).start()]) and (later is None or surname(later["speaker"]) == surname(who or ""))
        if who is None or not alone and (later is None or surname(later["speaker"]) != surname(who)):
            continue  # (the next paragraph's own quote is credited to that same person: the credit is theirs)
        row["speaker"] = later["speaker"] if later is not None and not alone else resolve_name(art, who, m.start("who"))
        row["speaker_as_written"], row["speaker_start"], row["speaker_end"] = who, m.start("who"), m.end("who")
        row["reason"] = (f"quoted words; the next paragraph "
                         + ("is its credit alone" if _CREDIT_ALONE.fullmatch(nxt.text) else
                            "opens with its credit (the quote's paragraph ends on a comma inside the marks)")
                         + f", “{text[m.start():m.end()].strip()}”: {row['speaker']}")


# the rest of a credit after the name: " wrote. ", " of Singapore told VOA. ", " said in a statement, "
_ONLY_CREDIT = re.compile(r"[\s,]*(?:of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)?(?:[a-z]+\s+){0,2}[a-z]+"
                          r"(?:\s+(?:[A-Z][\w’'-]*|the|a|an|to|in|on|at|with)){0,4}\s*[.,:]\s*|[\s,]*[.,:]?\s*")


def run_after_credit(art: Article, rows: list[dict]) -> None:
    """“…,” the Delegation wrote. “For years …”: a quote right after another one's credit, with nothing but that
    credit between them, goes on with the same speaker; and a paragraph of nothing but quoted words after a paragraph
    that now quotes only that person is theirs too (unless someone new is named in between, or the words are a
    subheading in marks, with no full stop: ‘Full of fear’). ``rows`` are
    :func:`.quotes.find_quotes`'s rows, changed in place."""
    text = art.text
    quotes = [r for r in rows if r["kind"] == "quote"]
    for prev, row in zip(quotes, quotes[1:]):
        if _known(row["speaker"]) or not _known(prev["speaker"]) or row["paragraph"] - prev["paragraph"] not in (0, 1, 2) \
                or not _known(prev["speaker_start"]) or not prev["end"] <= prev["speaker_start"] < row["start"]:
            continue
        # (the next paragraph goes on only when the credit opens it, "…,”\n\nsaid Rep. Vidal. “…”", or is the whole
        # paragraph between: "…,”\n\nsaid Advisor Corban Teague.\n\n“…”")
        gap = row["paragraph"] - prev["paragraph"]
        if gap and prev["speaker_start"] < art.paragraphs[row["paragraph"] - 1 - (gap == 2)].start \
                or gap == 2 and re.search(r"[“”\"]", art.paragraphs[row["paragraph"] - 2].text):
            continue
        pre, post = text[prev["end"]:prev["speaker_start"]], text[prev["speaker_end"]:row["start"]]
        own = sentence_at(art, row["end"] - 1)
        if own and _VERB_RE.search(text, row["end"], own.end):
            continue  # (“Stop here now!” his client shouted back: a credit of its own, to someone unnamed)
        if len([w for w in pre.split() if not w[:1].isupper()]) <= 4 and len(pre.split()) <= 10 and not re.search(r"[.!?;]", re.sub(r"\b[A-Z][a-z]{0,3}\.", "", pre)) and _ONLY_CREDIT.fullmatch(post):
            row["speaker"] = prev["speaker"]
            row["reason"] = f"quoted words; the same person goes on right after the credit of the quote before: {prev['speaker']}"
    for para in art.paragraphs[1:]:
        mine = [r for r in quotes if r["paragraph"] == para.n]
        prev_n = para.n - 1
        # (over a paragraph that only closes a quote, its opening mark lost, or that is quoted words read as no quote
        # ("“NO NUCLEAR WEAPONS…” (1/28/26)"): one person's list of quotes goes on past it)
        while prev_n > max(1, para.n - 3) and not any(r["paragraph"] == prev_n for r in rows) and (
                re.fullmatch(r"[^“”\"]+”\W*(?:\([^()“”]{1,30}\))?\s*", (gap := art.paragraphs[prev_n - 1]).text)
                or _only_quotes(art, gap, [sp for sp in quote_spans(art) if gap.start <= sp[0] < gap.end])):
            prev_n -= 1
        before = {r["speaker"] for r in quotes if r["paragraph"] == prev_n}
        if not mine or any(_known(r["speaker"]) for r in mine) or len(before) != 1 or not _known(next(iter(before))) \
                or not re.search(r"[.!?…]\W*$", str(mine[-1]["text"])) and len(str(mine[-1]["text"]).split()) <= 12 \
                or not _only_quotes(art, para, [sp for sp in quote_spans(art) if para.start <= sp[0] < para.end]) \
                or someone_new(art, para.n, next(iter(before))):
            continue
        who = next(iter(before))
        for r in mine:
            r["speaker"] = who
            r["reason"] = f"quoted words; the paragraph is only quoted words, after a paragraph that quotes only this person: {who}"


def run_addressed(art: Article, rows: list[dict]) -> None:
    """“You wrote in a letter to me that …”, “We said …”: a quote credited to "you" or "we" names nobody (whoever a
    letter addresses, whoever "we" are); the speaker stays unclear rather than the word "You". ``rows`` are
    :func:`.quotes.find_quotes`'s rows, changed in place."""
    for row in rows:
        written = row["speaker_as_written"]
        if row["kind"] == "quote" and _known(written) and str(written).strip() in ("You", "you", "We", "we"):
            row["speaker"] = None
            row["reason"] = f"quoted words credited to “{str(written).strip()}”: speaker unclear, the word names nobody"


def run_after_stance(art: Article, rows: list[dict]) -> None:
    """“…” Voyger highlighted the risks of delay. “This decision should have been made earlier …”: a quote that opens
    a sentence (perhaps after an opening phrase: "Aided by connectivity, “…”") right after a sentence of the same
    paragraph whose one source is a named person's speech or stance ("highlighted", "strongly disagrees") is that
    person's, though the paragraph quoted before. ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text = art.text
    for row in rows:
        if row["kind"] != "quote" or _known(row["speaker"]) or "no speaker named near them" not in str(row["reason"]):
            continue
        k = next((i for i, s in enumerate(art.sentences) if s.start <= row["start"] < s.end), None)
        if not k or art.sentences[k - 1].start < art.paragraphs[row["paragraph"] - 1].start:
            continue
        lead = text[art.sentences[k].start:row["start"]]
        if lead.strip() and not re.fullmatch(r"\s*(?:(?:In|At|On|For|With|By|From|After|Before|During|Since|Despite|Like|Unlike|As|"
                                             r"Amid|When|While|Though|Although|Asked|Aided|Speaking|Looking)\b[^,“”\"]{0,60},\s+)", lead):
            continue  # (only the quote, or an opening phrase set off by a comma, before it)
        prev = art.sentences[k - 1]
        # (never a side clause's: "When President X announced the delay, the coalition responded …")
        cues = [c for c in reported_sources(art)[k - 1] if prev.start <= c["start"] < prev.end and not re.match(
            r"\s*(?:When|While|After|Before|Although|Though|As|If|Because|Since|Once|Until|Unless)\b[^,]*$", text[prev.start:c["start"]])]
        if len({c["source"] for c in cues}) != 1 or cues[0]["kind"] != "named" or len(cues[0]["source"].split()) < 2 \
                or re.search(r"[“”\"]", text[cues[0]["end"]:prev.end]):
            continue  # (one named source, and no quote of someone else after its cue)
        if re.search(r"\b(?:asked|asks|questioned|pressed|quizzed)$", text[cues[0]["start"]:cues[0]["end"]]) and re.match(r"\s+(?:the|a|an|him|her|them|[A-Z])\b", text[cues[0]["end"]:]):
            continue  # ("Vale asked the sheriff about the program. “It saves lives.”": the answer may be the one asked's)
        row["speaker"], row["speaker_as_written"] = cues[0]["source"], surname(cues[0]["source"])
        row["reason"] = (f"quoted words; the sentence before credits a view to one named person only, "
                         f"“{text[cues[0]['start']:cues[0]['end']]}”: {cues[0]['source']}")


# what may open a sentence before its subject: a release's heading label, a short opening phrase
_SUBJECT_LEAD = re.compile(r"\s*(?:[A-Z][A-Z ,’'&-]{3,80}:\s+)?(?:(?:In|On|At|During|After|Since|Earlier|Today|Last|This)\b[^,“”\"]{0,160},"
                           r"(?:\s+(?:the|a|an)\s+[^,“”\"]{1,80},)?\s+)?")  # (and an aside: "In a letter to X, the President of Y, …")
# stems of verbs of acting with words: "announces", "released", "directed", "will issue"
_ACT_STEMS = (r"announc|releas|issu|estimat|report|say|warn|call|urg|direct|order|pledg|promis|vow|invit|ask|demand|declar|propos|express|"
              r"caution|argu|assert|contend|insist|stress")
_SUBJECT_VERB = re.compile(r"\s+(?:\([^()]{1,20}\)\s+)?(?:(?:has|have|had|will|would|also|then|again|\w+ly)\s+)*"
                           rf"(?:[a-z]{{3,}}ed|(?:{_ACT_STEMS})\w*)\b")
# someone else between the subject and the quote, who may be the one quoted: "…, which critics called", "who told"
_OTHER_VOICE = re.compile(r"\b(?:who|which|that|whom)\s+(?:\w+\s+){0,3}?(?:said|says|called|calls|described|dubbed|termed|"
                          r"labell?ed|told|wrote|argued|claimed)\b|\b(?:critics|opponents|supporters|officials|experts|analysts|"
                          r"residents|lawmakers|advocates|Democrats|Republicans)\b|\b(?:who|which|that)\s+(?:\w+ly\s+)?[a-z]+s\b")
# what the subject does with words: announces, releases, estimates, directs, pledges, invites ("opened in 1879" is no such act)
_WORDS_ACT = re.compile(rf"\b(?:{_ACT_STEMS}|said|campaign|commit|letter|memo|proclam|wr[io]t)\w*")


_PAIR = re.compile(rf"({NAME})\s+and\s+({NAME})\b")  # (two people as one subject: "Smith and Harris argue")


def run_subject_partial(art: Article, rows: list[dict]) -> None:
    """A few quoted words inside a sentence whose subject is one named person or organisation, with nobody else named or
    speaking before them: "President Trump directed the heads of all agencies to “deliver emergency price relief …”",
    "The Government Accountability Office released a report estimating that the government “could lose …”" (the
    subject's own words, as releases quote them). ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text, people, spans = art.text, people_in_text(art.text), quote_spans(art)
    for row in rows:
        if row["kind"] != "quote" or _known(row["speaker"]) or "no speaker named near them" not in str(row["reason"]) \
                or (sent := sentence_at(art, row["start"])) is None or not text[sent.start:row["start"]].strip():
            continue
        start = _SUBJECT_LEAD.match(text, sent.start).end()
        named = [p for p in people if start <= p[0] < row["start"]]  # (not one the opening phrase names: "In a letter to X,")
        lead = re.match(r"(?:(?:The|[A-Z][\w.’'-]*)\s+){0,4}", text[start:])
        if named and named[0][0] <= start + lead.end() and len({surname(n) for _, _, n in named}) == 1:
            who, end = resolve_name(art, named[0][2], named[0][0]), named[0][1]
        elif (pair := _PAIR.match(text, start)) and all(
                any(surname(n) == surname(g) for _, _, n in people) for g in pair.groups()):  # ("Smith and Harris argue that")
            who, end = " and ".join(resolve_name(art, g, pair.start(k + 1)) for k, g in enumerate(pair.groups())), pair.end()
        elif not named and (org := re.match(r"(?:The\s+)?(?:[A-Z][\w&.’'-]*\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?){0,6}[A-Z][\w&.’'-]*",
                                             text[start:])) and is_org(org.group()):
            who, end = re.sub(r"^The\s+", "", org.group()), start + org.end()
        elif not named and (group := re.match(r"[Tt]he\s+([A-Z]?[a-z]+s|(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\b", text[start:])) \
                and (held := role_antecedent(art, "the " + group.group(1).lower(), start)):
            who, end = held, start + group.end()  # ("the Senators express skepticism that …", "The President directed")
        else:
            continue
        between = text[end:row["start"]]
        if not _SUBJECT_VERB.match(between) or _OTHER_VOICE.search(between) or not _WORDS_ACT.search(between) \
                or any(end <= a < row["start"] and not any(r["start"] == a and r["speaker"] == who for r in rows) for a, _ in spans) \
                or re.search(r"[.;:!?]\s", between):  # (a quote before in the sentence only when the subject's too)
            continue  # (the subject's verb right after it; nobody else who may speak; no other quote before)
        row["speaker"], row["speaker_as_written"] = who, text[named[0][0]:end] if named else text[start:end]
        said = " ".join((text[start:end] + _SUBJECT_VERB.match(between).group()).split())
        row["reason"] = f"quoted words inside a sentence whose subject acts with words, “{said}”: {who}"


def run_stated_here(art: Article, rows: list[dict]) -> None:
    """A statement its own paragraph introduces, its quote right after the intro ("MADISON – Rep. Mark Pocan today
    released the following statement after …:"After my call …""): the paragraph's first quote, with no speaker and no
    other quote before it, is the author's, and so is each paragraph the quote goes on into (left open, then opening
    the next paragraph). ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text = art.text
    quotes = [r for r in rows if r["kind"] == "quote"]
    for k, row in enumerate(quotes):
        para = art.paragraphs[row["paragraph"] - 1]
        if _known(row["speaker"]) or (k and quotes[k - 1]["paragraph"] == para.n) \
                or not (intro := statement_author(art, para, resolve_name)) or not intro[3] < row["start"] \
                or re.search(r"[“”\"]", text[para.start:intro[3]]):
            continue
        named = {surname(n) for _, _, n in past_dateline(text, _people_in(text[para.start:intro[3]], para.start, []), para.start, intro[3])}
        if intro[1] < intro[3] and len(named) > len(re.split(r",\s+(?:and\s+)?|\s+and\s+", intro[0])):
            continue  # (more people before the cue than the intro names: "Co-Chairs A and B, and First Vice Chair C")
        for later in [row] + [r for r in quotes[k + 1:] if not _known(r["speaker"])]:
            if later is not row and (later["paragraph"] != prev["paragraph"] + 1 or prev["end"] < art.paragraphs[prev["paragraph"] - 1].end
                                     or later["start"] != art.paragraphs[later["paragraph"] - 1].start):
                break
            later["speaker"] = intro[0]
            later["reason"] = (f"quoted words; the paragraph introduces the statement as theirs: {intro[0]}" if later is row
                               else f"quoted words; the statement goes on from the paragraph before: {intro[0]}")
            prev = later


def run_letter_goes_on(art: Article, rows: list[dict]) -> None:
    """“…” The letter continues, “…”: the letter that goes on is the one the quote before gave, so its words are that
    quote's speakers' (the members who wrote it), when that quote is in the same or the paragraph before. ``rows`` are
    :func:`.quotes.find_quotes`'s rows, changed in place."""
    quotes = [r for r in rows if r["kind"] == "quote"]
    for prev, row in zip(quotes, quotes[1:]):
        if _known(row["speaker_as_written"]) and re.fullmatch(r"[Tt]he\s+(?:joint\s+)?(?:letter|statement)", row["speaker_as_written"]) \
                and _known(row["verb"]) and re.fullmatch(r"continues|continued|goes\s+on|went\s+on|adds|added", row["verb"]) \
                and _known(prev["speaker"]) and prev["speaker"] != row["speaker"] and row["paragraph"] - prev["paragraph"] in (0, 1) \
                and prev["speaker"][:1].isupper():
            row["speaker"] = prev["speaker"]
            row["reason"] = f"quoted words; “{row['speaker_as_written']} {row['verb']}”: the letter the quote before gave, theirs: {prev['speaker']}"


_TITLED = re.compile(r"\b(?:Sen|Rep|Gov|Senator|Representative|Congress(?:man|woman)|Secretary|Administrator|Mayor)\.?\s+$")


def run_one_voice(art: Article, rows: list[dict]) -> None:
    """A release that names one person, by title, before paragraphs that are only quoted words with no credit
    ("Sen. Ron Wyden renewed his call for reform today …" then his statement, paragraph after paragraph): those words
    are that person's, when nobody else is named outside quotation marks before them and the article credits no quote
    to anyone else. ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text, spans = art.text, quote_spans(art)
    quotes = [r for r in rows if r["kind"] == "quote"]
    if not quotes or any(_known(r["speaker"]) for r in quotes) and len({surname(r["speaker"]) for r in quotes if _known(r["speaker"])}) > 1:
        return
    for row in quotes:
        para = art.paragraphs[row["paragraph"] - 1]
        if _known(row["speaker"]) or row["start"] != para.start or not _only_quotes(art, para, [sp for sp in spans if para.start <= sp[0] < para.end]):
            continue
        outside = [(s, e, n) for s, e, n in people_in_text(text) if e <= para.start and not any(a < s < b for a, b in spans)]
        named = {surname(n) for _, _, n in outside}
        known = {surname(r["speaker"]) for r in quotes if _known(r["speaker"])}
        if len(named) != 1 or known - named or not any(_TITLED.search(text, max(0, s - 20), s) for s, _, _ in outside):
            continue
        row["speaker"] = max((n for _, _, n in outside), key=len)
        row["reason"] = f"quoted words; the release names only {row['speaker']} before them, and credits no quote to anyone else"


def run_open_to_credit(art: Article, rows: list[dict]) -> None:
    """“The people deserve to know. … (no closing mark: the quote goes on) then “I look forward …,” Rep. Lee said.: a
    quote left open at the end of its paragraph runs into the next paragraph's opening quote (news style: no closing
    mark between paragraphs of one quote), so a credit of that quote in its own paragraph is the open quote's too, above
    a guess from the sentence before it. ``rows`` are :func:`.quotes.find_quotes`'s rows, changed in place."""
    text = art.text
    quotes = [r for r in rows if r["kind"] == "quote"]
    for row, nxt in zip(quotes, quotes[1:]):
        para = art.paragraphs[row["paragraph"] - 1]
        if _known(row["speaker_as_written"]) or nxt["paragraph"] != row["paragraph"] + 1 \
                or re.search(r"[”\"]", text[row["start"] + 1:para.end]) or text[:para.end].rstrip()[-1:] in "’'»" \
                or row["end"] < len(text[:para.end].rstrip()) \
                or nxt["start"] != art.paragraphs[nxt["paragraph"] - 1].start or not _known(nxt["speaker_as_written"]) \
                or not _known(nxt["verb"]) or not _known(nxt["speaker"]):
            continue
        row["speaker"] = nxt["speaker"]
        row["reason"] = (f"quoted words left open at the end of the paragraph: the quote goes on in the next paragraph, "
                         f"credited there: {nxt['speaker']}")


def quote_runs(art: Article, rows: list[dict]) -> None:
    """All the run rules in order, on :func:`.quotes.find_quotes`'s rows (changed in place): a statement its own
    paragraph introduces, a run closed by its credit, an opening quote, a credit in the next paragraph, a speaker who goes
    on after a credit, a quote after a sentence crediting one person's view, the opening quote again (a credit found late
    opens its run), "you" or "we", a few quoted words inside a sentence whose one subject acts with words, "the letter
    continues", quote paragraphs after a lede that names one person only, and a quote left open into a credited one."""
    for fix in (run_stated_here, run_before_credit, run_opening, run_split_credit, run_after_credit, run_after_stance, run_opening,
                run_addressed, run_subject_partial, run_letter_goes_on, run_one_voice, run_open_to_credit):
        fix(art, rows)


def group_goes_on(art: Article, rows: list[dict], para, at: int) -> str | None:
    """The group that spoke the quote just before, when "they" at ``at`` goes on with its words ("“…,” the lawmakers
    wrote. / “…,” they continued."): the quote before (in this paragraph or at the end of the one before) is several
    people's, and nobody is named between it and ``at``; else None. ``rows`` are :func:`.quotes.find_quotes`'s rows so far."""
    before = [r for r in rows if r["kind"] == "quote" and r["paragraph"] in (para.n, para.n - 1) and r["end"] <= at]
    if not before or not isinstance(who := before[-1]["speaker"], str) or is_org(who) or " and " not in who \
            and not re.fullmatch(r"[Tt]he\s+(?:[\w-]+\s+){0,2}[a-z]+s", who):  # (or a group as written: "the lawmakers")
        return None
    if not re.match(r"\s*(?:also\s+)?(?:continued|continue|added|add|concluded|conclude|went\s+on)\b", art.text[at + 4:at + 30]):
        return None
    return who if not _people_in(art.text[before[-1]["end"]:at], 0, []) else None
