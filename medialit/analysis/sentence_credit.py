"""Sentence credit: whom the sentence around a direct quote credits it to, in words no quote pattern reads.

:func:`.quotes.find_quotes` asks :func:`sentence_source` when none of :mod:`.speech`'s patterns names a
quote's speaker, so that it agrees with :func:`.attribution.find_attributions`: "Erdoğan cited Article 5 and
said, “…”" is Erdoğan's, read from the sentence's reported-speech cue (:func:`.sources.reported_sources`).
Never a confident wrong name: a sentence whose cues name two people, or in which someone else is told the
words ("Jones said his manager told him: “…”"), credits nobody.

>>> sentence_source("control-school-roof", 0, 0, []) is None
True
"""

from __future__ import annotations

import re

from ._text import as_article, is_org, sentence_at, surname
from .job_reference import role_antecedent
from .names import person
from .sources import reported_sources
from .speech import _OTHER_SPEAKS, _TEXT_NOUN, _VERB, _VERB_RE
from .speech_verbs import OTHERS_WORDS


_PRONOUN_CUE = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|though)\b|;|[’']s\s+(?:[a-z]+\s+)?(?:claim|claims|statement|words|"
                           r"promise|promises|assertion|description|remark|remarks|slogan|pledge|vow|phrase|question)\b")
# an aside set off by dashes or brackets: "Bercow commented on the matter — which the BBC noted as unusual —"
_TOLD_BETWEEN = re.compile(r"\b(?:told|tells|promised|warned|asked|shouted|wrote|texted|replied)\s+(?:him|her|them|me|us|a|an|the|his|their)\b")
# (or a relative clause after a name: "Gabriel Osei-Tutu, who … on the International Space Station Program, put it")
_ASIDE = re.compile(r"\s[—–]\s[^—–“”\"]*?\s[—–]\s|\([^()]*\)|,\s+who\s[^,“”\"]{3,200}?,(?=\s)")


def sentence_source(article, start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[str, int, int, str, str] | None:
    """Who the sentence around a quote credits it to, in reported-speech words: ``(source, start, end,
    written, verb)``, or None.

    ``start``/``end`` are the offsets of the quote's first opening and last closing mark, ``quotes`` all
    quote spans of the article. Only the cues of :func:`reported_sources` in the quote's own sentences
    count: before the quote (its clause: "Erdoğan cited Article 5 and said, “…”", "John Bercow
    commented on the matter — … — “…”") or after it ("“…,” U.S. Africa Command’s Gen. Thomas
    Waldhauser told the committee"), never inside a quotation or an aside in dashes or brackets, and
    with no other quote in between. When those cues name more than one source, the sentence is
    ambiguous and None is returned: never a confident wrong name. ``start``/``end`` of the result
    locate the source's name as written (``written``); ``verb`` is the rest of the cue.
    """
    art = as_article(article)
    text = art.text
    first = sentence_at(art, start)
    last = sentence_at(art, max(start, end - 1))
    if first is None:
        return None
    lo, hi = first.start, (last or first).end
    if re.fullmatch(r"\s*(?:Citing|Calling|Describing|Decrying|Denouncing)\s+(?:it\s+|them\s+|this\s+)?(?:as\s+)?", text[lo:start]):
        return None  # "Citing “criminal acts,” federal authorities shuttered …, the Suna Times reported": the
        # subject of the clause cites, whoever reports it; no patterns read that subject, so nobody is named
    asides = [m.span() for m in _ASIDE.finditer(text, lo, hi)]
    cues = []
    for k, sent in enumerate(art.sentences):
        if sent.end <= lo or sent.start >= hi:
            continue
        for r in reported_sources(art)[k]:
            s, e = r["start"], r["end"]
            if any(a < e and s < b for a, b in quotes) or any(a <= s and e <= b for a, b in asides):
                continue
            if e <= start:
                between = (e, start)
            elif s >= end:
                between = (end, s)
            else:
                continue
            if any(between[0] <= a < between[1] for a, _ in quotes):
                continue  # another quote stands in between: the cue is that quote's
            if s >= end and _VERB_RE.search(text, *between):
                continue  # "“… RIP Terry,” one wrote on X. Fellow comedian Jimmy Nolan posted:": a credit of its own first
            if e <= start and (_TOLD_BETWEEN.search(text, *between) or _OTHER_SPEAKS.search(text, *between)
                               or text[e:start].rstrip().endswith(":") and OTHERS_WORDS.search(text, *between)):
                continue  # "Jones said his manager told him: “…”", "repeated the minister’s order: “…”": someone else's
            if e <= start and text[s:e].lower().startswith("according to") and (
                    _VERB_RE.search(text, *between) or _TEXT_NOUN.search(text, *between)
                    or text[e:start].rstrip().endswith(":") and len(text[e:start].split()) > 12):
                continue  # "According to Sgt. Omar Farouk, the suspect told officers: “…”": the suspect speaks (and
                # "According to Forest Service officials, 40,000 acres burn, …, claiming lives: “Our thoughts …”": the
                # source of the clause's facts, not of the statement its colon brings in)
            if _PRONOUN_CUE.match(text, s) and e <= start or _OTHER_CLAUSE.search(text, *between):
                # a pronoun the quote patterns left unresolved stays so; "…, while Klimov indicated …" and
                # "mocked Mnangagwa’s claim that it is “open for business”": the quote is another clause's
                continue
            cues.append(r)
    # (a cue inside another's span is that one's description: "Feng Zhongping, the head of … at the Chinese Academy
    # of Social Sciences, a … think tank, said": the academy is where he works, he speaks)
    cues = [r for r in cues if not any(o["start"] < r["start"] and r["end"] <= o["end"] and o["kind"] == "named" for o in cues)]
    outlets = [r for r in cues if text[r["start"]:r["end"]].lower().startswith("according to")]
    if outlets and len(outlets) < len(cues) and max(o["end"] for o in outlets) <= min(
            r["start"] for r in cues if r not in outlets):
        # "According to ISNA, the prosecutor, Ali Mehr, said the men face “…”": the outlet reports who spoke
        cues = [r for r in cues if r not in outlets]
    if not cues or len({surname(r["source"]).lower() for r in cues}) != 1:
        return None
    r = min(cues, key=lambda c: min(abs(c["end"] - start), abs(c["start"] - end)))
    if r["source"].endswith("Delegation") and (members := role_antecedent(art, "the delegation", r["start"])):
        r = dict(r, source=members)  # ("the Delegation wrote": the state's members named together before)
    cue = text[r["start"]:r["end"]]
    key = surname(r["source"])
    at = cue.rfind(key) if key and key in cue else -1
    if at < 0 and (pro := re.fullmatch(r"(\s*[Aa]ccording\s+to\s+)(him|her)", cue)):  # ("According to him": the pronoun)
        return r["source"], r["start"] + pro.end(1), r["end"], pro.group(2), "according to"
    if at < 0:  # ("the German added": a person given by what they are, resolved; the words as written, then the verb)
        lead = len(cue) - len(cue.lstrip())
        split = re.match(rf"(.*?)\s+((?:{_VERB}|according to)\b.*)$", cue.strip())
        if split:
            return (r["source"], r["start"] + lead, r["start"] + lead + len(split.group(1)), split.group(1),
                    re.sub(r"\s+", " ", split.group(2)))
        return r["source"], r["start"], r["end"], cue, ""
    # the name as written runs back over capitalised words ("Gen. Thomas Waldhauser told" -> "Thomas Waldhauser")
    # (and an organisation's name over "of", "for", "and": "Department of Transportation")
    head = re.search(r"(?:(?:[A-Z][\w’'.\-]*(?:\s+(?:of(?:\s+the)?|for|and|in)\b)?|al-|de|van|von)\s+)*$", cue[:at]) if is_org(r["source"]) \
        else re.search(r"(?:(?:[A-Z][\w’'.\-]*(?:\s+(?:of|for|and)\b)?|al-|de|van|von)\s+)*$", cue[:at])
    s = at - (len(head.group()) if head else 0)
    e = at + len(key)
    full = person(cue[s:e])  # "Commons Speaker John Bercow" -> "John Bercow": the name, not the job
    if full and cue[s:e].endswith(full) and not is_org(cue[s:e]):
        s = e - len(full)
    verbs = [v for v in re.finditer(rf"\b(?:{_VERB}|according to|[a-z]+ed|[a-z]+s)\b", cue) if v.start() >= e or v.end() <= s]
    verbs = [v for v in verbs if re.fullmatch(rf"(?:{_VERB}|according to)", v.group())] or verbs  # ("said", not "studies")
    verb = min(verbs, key=lambda v: (v.start() < e, abs(v.start() - e))).group() if verbs else ""
    if (last := re.search(r"\b(found|finds|shows?|showed|concluded|concludes|reported|reports)\s*$", cue[e:])):
        verb = last.group(1)  # (the cue's own verb ends it: "a report from the GAO on the 21 states … found", not "states")
    return r["source"], r["start"] + s, r["start"] + e, cue[s:e], re.sub(r"\s+", " ", verb)
