"""Seams: paragraphs that turn away from what the rest of the article is about.

An inserted passage often shows as a *seam*: for a paragraph or two the article
talks about someone new, in words it uses nowhere else, and then goes back to its
subject as if nothing happened.

How the seam score works, in plain words
----------------------------------------
1. **The article's subjects.** Names in the opening (the title and the first two
   full paragraphs) and in the last paragraph, and names used in at least half of the
   paragraphs, are what the article is about ("Basra", "Palestine").
2. **Newcomers.** A newcomer is a place, country, group or company that the opening
   and the ending never mention but that is named at least twice ("Israel" in the
   seed articles). People quoted or named as sources are not newcomers: bringing in
   sources is how news works. Nor is a name that holds a subject's name ("Basra Peace
   Forum", "the Israel-Palestine conflict" in an article about Palestine, "NASA
   Headquarters" in an article about NASA): it belongs to the subject. The headline, when
   the article has one, names subjects too. Not newcomers either: a vehicle or a mission
   ("the Orion spacecraft", "Artemis II"), a name used only as an adjective ("American
   leadership", "Martian surface"), and a capitalised word the article also writes in lower
   case ("the Defense Meteorological Satellite Program" beside "satellite").
3. **Companion words.** Words that, in this article, appear only in paragraphs that
   mention a newcomer, and in at least two of them ("defensive", "security").
4. **The score** of a paragraph is the share of its sentences that turn to a newcomer.
   A sentence that names a newcomer counts 1. A sentence that names it only inside a
   compound with a subject ("the Israel-Palestine conflict"), or that uses a companion
   word, counts one half. So a score of 0.5 means "half of this paragraph is about
   someone the article is otherwise not about".

References, credits and contact lines ("Smith J, et al. ... DOI: ...", "NASA Headquarters,
Washington") are not part of the story: they are never flagged and their names do not count.

5. **A stance.** An inserted passage does not only change the subject: it takes a side on it. So a
   flag also needs, in the paragraph or in the flagged paragraphs next to it, words that take a
   stance: framing words from the kit's lexicons (:data:`STANCE_LISTS`: security or culture frame,
   loaded words, boosters, stock or self-describing phrases; hedges do not count) or a vague
   attribution ("many parents say", "widely regarded"). An ordinary report that turns to a second
   place or company for a paragraph (Mars in a story about the Moon) has none, and its reason says so.
   Words inside a quote whose speaker is named, and a framing word in a job's name ("the defence
   minister"), are not the writer's stance: a source's view, reported and checkable, is sourcing.

A paragraph is **flagged** when its score is at least :data:`SEAM_THRESHOLD` (0.4) and its passage
takes a stance (step 5). (When an
article has fewer than three full paragraphs of 15 words or more, its first two and its last
paragraph count as the opening and the ending, so an article of three paragraphs or fewer is
never flagged: it has no "rest" to depart from.)
On the five seed articles this flags exactly the inserted passages about Israel, and it
flags nothing in an ordinary single-topic news report (see ``BENCHMARKS.md``). It is a
reading aid, not a verdict: every flag lists the words that triggered it, so a reader can
check them. An ordinary article that brings in a second organisation or place for a whole
paragraph, in words that take a stance, can also be flagged (see ``BENCHMARKS.md`` for how often
on published news); read the words and judge.

>>> s = find_seams("basra-forum")
>>> s.loc[s.flagged, "paragraph"].tolist()
[5, 6]
>>> print(s.loc[4, "reason"])  # doctest: +ELLIPSIS
2 of 4 sentences turn to Israel, a name the opening and the ending never use (named 3 times in the article); 1 more sentence uses words found only near it (broader, defensive, protect), which counts half; it takes a stance: “the broader backdrop” (stock phrases), ...
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from ._prefilter import quick
from ._text import (ORG_WORDS, PLAIN_NAME_RE, STOPWORDS, TITLED_NAME_RE, TITLES, WORD_RE, as_article, is_org,
    is_place, norm, stem, typed, where_kind)
from .names import JOB_TITLES
from .newcomers import _CALENDAR, _DEMONYMS, _PHRASE, _compound_at, _more, _phrases, _whole_name
from .stance import STANCE_LISTS, needs_a_stance, stance_lists, stance_words  # noqa: F401 (STANCE_LISTS, stance_words: named in the docs)
from ..corpus.tables import Article

#: A paragraph whose seam score is at least this is flagged (see the module docstring).
SEAM_THRESHOLD = 0.4

#: Capitalised words that are part of names but say nothing about who (University, Forum, ...).
_GENERIC = frozenset("""university college school schools institute academy ministry department council forum
committee commission agency office bureau foundation association society organization organisation center
centre bank fund court program programme project initiative exchange cultural peace city state river street
the of and for in on at by a an new east west north south middle kit media literacy staff reporter
published written by mr mrs ms dr prof al el federal national presidential congressional executive government
governmental public private global international regional local tribal municipal provincial""".split()) | {w.lower() for w in ORG_WORDS}
_WORKPLACE = re.compile(r"\b(?!(?:government|parliament|department|border|center|centre|sector|interior|corridor|movement|"
                        r"development|environment|settlement|agreement|statement)\b)"  # (things, not jobs: "the government of Karvonia")
                        r"([A-Z][a-z]+|[a-z]+(?:er|ist|ian|or|ant|ent|ief|ead)|works?|worked|working|joined|"
                        r"serves?|served)\s+(?:of|at|for|with|in)\s+(?:the\s+)?"
                        r"(?P<org>[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w’'\-]*)*)")
#: Words for a vehicle or a mission: a name written beside one ("the Orion spacecraft", "space shuttle
#: Challenger", "the Artemis campaign") or with a number ("Artemis II", "Apollo 14", "Nimbus-7") names a
#: thing the story is about, not a country, group or company that enters it.
_THING = ("spacecraft|shuttle|satellites?|missions?|rovers?|helicopter|telescope|lander|probe|capsule|rockets?|"
          "spaceship|aircraft|airplane|crew|campaign|era|flights?")
_THING_AFTER = re.compile(rf"(?:[’']s)?(?:\s+|-)(?:{_THING})\b|[\s-]+(?:[IVX]{{1,4}}|\d+)\b")
_THING_BEFORE = re.compile(rf"\b(?:{_THING})\s+$", re.I)
#: A paragraph that is a reference, a credit or a contact line, not part of the story: a citation
#: ("et al.", "DOI:"), or a short line with no sentence ending ("NASA Headquarters, Washington").
_REFERENCE = re.compile(r"\bet al\.|\bdoi:|\bhttps?://|\bISSN\b", re.I)
_LONG = 15  # words: paragraphs shorter than this (titles, bylines, datelines) are not "full" paragraphs

#: Columns of :func:`find_seams` (name -> dtype).
COLUMNS = {
    "article_id": "string", "paragraph_id": "string", "paragraph": "int64", "score": "float64",
    "flagged": "bool", "n_sentences": "int64", "newcomers": "object", "triggers": "object",
    "spans": "object", "reason": "string",
}


def _key(token: str) -> str:
    w = norm(token)
    return _DEMONYMS.get(w, w)


def _people(art: Article) -> set[str]:
    """Lower-case words of the names of people (quoted, named as sources, or written as a full name),
    and of the job titles written before them ("Deputy", "Manager"): people are not newcomers."""
    from .attribution import find_attributions  # late: attribution imports quotes

    names = set()
    for m in TITLED_NAME_RE.finditer(art.text):
        names.add(m.group())
    for m in PLAIN_NAME_RE.finditer(art.text):  # a full name ("Jane Roe") that is no organisation or place
        if not is_org(m.group()) and not is_place(m.group()):
            names.add(m.group())
    att = find_attributions(art)
    names.update(where_kind(att, "named", "source"))
    # the workplace in a person's job ("Branch Chief of the Research Aerodynamics and Propulsion
    # Branch", "works at the Goddard Space Flight Center"): it describes a source, it is no newcomer
    # (and so is a named person's: "Nils Haagen of Rogaland Fire and Rescue said")
    surnames = {n.split()[-1] for n in names if n.split()}
    for m in _WORKPLACE.finditer(art.text):
        if m.group(1).split()[0] in JOB_TITLES or m.group(1)[:1].islower() or m.group(1) in surnames:
            names.add(m.group("org"))
    words = {w.lower() for w in JOB_TITLES}
    for name in names:
        for w in re.split(r"[\s\-]+", name):
            if w.rstrip(".") not in TITLES and w:
                words.add(_key(w.strip(".,")))
    return words


def _mentions(art: Article, skip: "set[int]" = frozenset()) -> tuple[list, list[set[str]]]:
    """Per sentence (in article order): capitalised-name mentions ``(key, start, end, in_compound, keys)``,
    and the acronyms it uses ("NASA"). Sentences of the paragraphs in ``skip`` have none."""
    text = art.text
    mid_caps = set()
    lower = set()  # words the article also writes in lower case: "Satellite" in a programme's name
    for w in set(WORD_RE.findall(text)):  # each distinct word once
        if w[0].islower():
            lower.update(norm(x) for x in w.split("-"))
    tokens = []  # per sentence, its words with where they start (each sentence read once)
    for s in art.sentences:
        here = [(m.group(), m.start()) for m in WORD_RE.finditer(s.text)]
        tokens.append(here)
        for w, _ in here[1:]:
            if w[0].isupper():
                mid_caps.add(norm(w))
    out, acronyms = [], []
    j = -1
    for p in art.paragraphs:
        for s in p.sentences:
            j += 1
            found: list = []
            acr: set[str] = set()
            out.append(found)
            acronyms.append(acr)
            if p.n in skip:
                continue
            # whole names ("Porto-Maputo Friendship Circle", "University of Basra"): a name that holds a
            # subject's name belongs to the subject, like a compound ("Israel-Palestine")
            phrases = None  # found when the sentence has a name (most have none)
            for i, (tok, pos) in enumerate(tokens[j]):
                if "-" not in tok and not tok[0].isupper():
                    continue  # an ordinary lower-case word, as most are (the test below would skip it too)
                parts = tok.split("-") if "-" in tok else [tok]
                for part in parts:
                    start = s.start + pos
                    pos += len(part) + 1
                    if not part[:1].isupper() or len(part) < 2 or part.isupper() and len(part) <= 2:
                        continue
                    if i == 0 and part == parts[0] and norm(part) not in mid_caps:
                        continue  # an ordinary word that starts the sentence
                    k = _key(part)
                    if k in _CALENDAR or k in _GENERIC or k in STOPWORDS or k.startswith("i'"):
                        continue  # "I’m", "I’ve" are capitalised for the pronoun, not a name
                    if sum(c.isupper() for c in part) * 2 >= len(part):
                        # an acronym (SLS, NASA, IRAD): a programme or an agency the story is about, or
                        # one it explains in passing; not a named newcomer a reader could miss. It can
                        # be a subject, though: "NASA Headquarters" belongs to a story about NASA.
                        acr.add(k)
                        continue
                    if norm(part) in lower:
                        continue  # an ordinary word capitalised in a title ("Defense Satellite Program")
                    rel = start - s.start
                    if phrases is None:
                        phrases = [(m.start(), m.end(), tuple(_key(w) for w in re.split(r"[\s\-]+", m.group()) if w))
                                   for m in _PHRASE.finditer(s.text)]
                    whole = next((keys for a, b, keys in phrases if a <= rel < b), ())
                    keys = tuple(dict.fromkeys(tuple(_key(p) for p in parts) + whole))
                    found.append((k, start, start + len(part), len(keys) > 1, keys))
    return out, acronyms


def _furniture(p, n_words: int) -> bool:
    """A reference, credit or contact line rather than part of the story (see :data:`_REFERENCE`);
    ``n_words``: the paragraph's words (``WORD_RE``)."""
    t = p.text.strip()
    return bool(_REFERENCE.search(t)) or (n_words < _LONG and not re.search(r"[.!?…][”’\"')\]]*$", t))


def _thing(text: str, a: int, b: int) -> bool:
    """Whether the name at ``text[a:b]`` is written as a vehicle or a mission (see :data:`_THING_AFTER`)."""
    return bool(_THING_AFTER.match(text, b) or _THING_BEFORE.search(text, max(0, a - 20), a))


def find_seams(article: "str | Path | Article", threshold: float = SEAM_THRESHOLD) -> pd.DataFrame:
    """A seam score for every paragraph, with the words behind it (see the module docstring).

    ``article`` is an id, an Article or a path; ``threshold`` is the score from which a
    paragraph is flagged (default :data:`SEAM_THRESHOLD`). One row per paragraph; columns:

    ``article_id``, ``paragraph_id`` (string); ``paragraph`` (int64); ``score`` (float64, 0 to 1:
    the share of the paragraph's sentences that turn to a newcomer); ``flagged`` (bool);
    ``n_sentences`` (int64); ``newcomers`` (list of str): the newcomer names in this paragraph;
    ``triggers`` (list of str): every word that raised the score, as written;
    ``spans`` (list of ``(start, end)``): where those words are in the article text;
    ``reason`` (string): the score explained in a sentence.

    >>> find_seams("mosul").query("flagged")[["paragraph", "score"]].values.tolist()
    [[4.0, 0.5], [8.0, 1.0]]
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be between 0 (exclusive) and 1, not {threshold!r}; the kit's "
                         f"default is {SEAM_THRESHOLD}")
    art = as_article(article)
    paras = art.paragraphs
    n_words = [len(WORD_RE.findall(p.text)) for p in paras]  # (counted once: two tests below use it)
    furniture = {p.n for p, n in zip(paras, n_words) if _furniture(p, n)}
    sent_mentions, sent_acronyms = _mentions(art, furniture)
    # which paragraph each sentence belongs to
    owner = [p.n for p in paras for _ in p.sentences]
    # full paragraphs: 15 words or more, and not a note in brackets ("(Written for ...)", "[Editor's note]")
    long_paras = [p for p, n in zip(paras, n_words) if n >= _LONG and p.n not in furniture
                  and not re.fullmatch(r"\s*[(\[].*[)\]]\s*", p.text, re.S)]
    # the lede (the first full paragraph and anything before it, such as a title) says what the
    # article is about; so does a name used both in the opening (first two full paragraphs) and in
    # the ending. A name used once early, or only near the end, is not a subject by itself:
    # passages are inserted before the close, or become the close when an article is cut.
    if len(long_paras) >= 3:
        first_long = long_paras[0].n
        lede_ns = {p.n for p in paras if p.n <= first_long}
        opening_ns = {p.n for p in paras if p.n < first_long} | {p.n for p in long_paras[:2]}
        ending_ns = {long_paras[-1].n, paras[-1].n}
    else:  # too short to have a "rest": everything counts as opening
        lede_ns = opening_ns = ending_ns = {p.n for p in paras}
    subjects: set[str] = set()
    para_keys: dict[int, set[str]] = defaultdict(set)
    for n, found, acr in zip(owner, sent_mentions, sent_acronyms):
        for k, *_ in found:
            para_keys[n].add(k)
        para_keys[n] |= acr
    for k in set().union(*para_keys.values()) if para_keys else set():
        where = {n for n, keys in para_keys.items() if k in keys}
        if where & lede_ns or (where & opening_ns and where & ending_ns):
            subjects.add(k)
        elif long_paras and sum(k in para_keys[p.n] for p in long_paras) * 2 >= len(long_paras):
            subjects.add(k)
    # the headline says what the article is about, as the lede does
    headline = str(art.meta.get("headline") or "")
    if headline and headline != "unknown":
        subjects |= {_key(w) for w in re.split(r"[\s\-]+", headline) if w[:1].isupper()}
    standalone = Counter(k for found in sent_mentions for k, _, _, compound, parts in found
                         if not (compound and any(p in subjects for p in parts if p != k)))
    newcomers = {k for k, c in standalone.items() if c >= 2 and k not in subjects}
    if newcomers:  # (the people named are looked for only when there is someone to rule out)
        people = _people(art)
        newcomers = {k for k in newcomers if k not in people}
    for found in sent_mentions:
        for k, a, b, *_ in found:
            # a vehicle or a mission ("the Orion spacecraft", "Artemis II") is a thing the story is
            # about, not someone who enters it
            if k in newcomers and _thing(art.text, a, b):
                newcomers.discard(k)
    # named only as an adjective ("American leadership", "Martian surface"): it describes, it
    # brings nobody in
    named = {k for found in sent_mentions for k, a, b, *_ in found if norm(art.text[a:b]) not in _DEMONYMS}
    newcomers &= named
    # a passage, not a thread: at least two thirds of a newcomer's mentions fall within three
    # neighbouring paragraphs. A name that recurs across the article ("the Antarctic" in a report
    # on sea ice at both poles) is part of its story, however rarely the opening uses it.
    per_para: dict[str, Counter] = defaultdict(Counter)
    for n, found in zip(owner, sent_mentions):
        for k, _, _, compound, parts in found:
            if k in newcomers and not (compound and any(q in subjects for q in parts if q != k)):
                per_para[k][n] += 1
    passage_paras: set[int] = set()  # the paragraphs of each newcomer's passage
    for k in list(newcomers):
        window = max(per_para[k], key=lambda n: (sum(per_para[k][m] for m in (n - 1, n, n + 1)), -n))
        if sum(per_para[k][m] for m in (window - 1, window, window + 1)) * 3 < 2 * sum(per_para[k].values()):
            newcomers.discard(k)
        else:
            passage_paras |= {m for m in (window - 1, window, window + 1) if per_para[k][m]}
    # companion words: only in the paragraphs of a newcomer's passage, and in two or more of them
    # (a stray mention elsewhere, "Israel’s concerns are also discussed" in paragraph 2, does not
    # make that paragraph's other words companions)
    newcomer_paras = passage_paras
    where: dict[str, set[int]] = defaultdict(set)
    for p in paras if newcomer_paras else ():  # (without a passage there are no companions)
        if p.n in furniture:
            continue
        for w in set(WORD_RE.findall(p.text)):  # each distinct word of the paragraph once
            if w[0].isupper():
                continue
            st = stem(w)
            if norm(w) not in STOPWORDS and len(st) >= 4:
                where[st].add(p.n)
    companions = {w for w, ns in where.items() if len(ns) >= 2 and ns <= newcomer_paras}
    rows = []
    i = 0
    for p in paras:
        n_s = len(p.sentences)
        total = 0.0
        turned = involved = 0
        names, triggers, spans, wholes, inside = [], [], [], [], []
        halves = comp_only = 0
        comp_words = []
        for s in p.sentences:
            found = sent_mentions[i]
            i += 1
            full = [(k, a, b) for k, a, b, compound, parts in found if k in newcomers
                    and not (compound and any(q in subjects for q in parts if q != k))]
            half = [(k, a, b) for k, a, b, compound, parts in found if k in newcomers and (k, a, b) not in full]
            comp = [(m.group(), s.start + m.start(), s.start + m.end()) for m in WORD_RE.finditer(s.text)
                    if stem(m.group()) in companions and not m.group()[0].isupper()
                    ] if companions and p.n not in furniture else []
            if full:
                total += 1
                turned += 1
                involved += 1
            elif half or comp:
                total += 0.5
                involved += 1
            halves += bool(half) and not full
            comp_only += bool(comp) and not full and not half
            for k, a, b in full + half:
                names.append(art.text[a:b])
                triggers.append(art.text[a:b])
                spans.append((a, b))
                wholes.append(_whole_name(art.text, a, b, s.start))
                if (k, a, b) in half:
                    inside.append(_compound_at(art.text, a, b))
            for w, a, b in comp:
                triggers.append(w)
                spans.append((a, b))
                comp_words.append(w.lower())
        score = round(total / n_s, 3) if n_s else 0.0
        pretty = _phrases(art.text, wholes)
        shown = sorted({_key(x) for x in names})
        if p.n in furniture:
            reason = "a reference, credit or contact line, not part of the story"
        elif not pretty and not comp_words:
            reason = "no sentence turns to a newcomer"
        else:
            parts = []
            if pretty:
                times = max(standalone[k] for k in shown)
                what = "a name" if len(pretty) == 1 else "names"
                never = "the opening never uses" if p.n in ending_ns else "the opening and the ending never use"  # (the last paragraph is the ending)
                named = f"{' and '.join(pretty)}, {what} {never} (named {times} times in the article)"
                longer = ", ".join(dict.fromkeys(inside))
                if turned:
                    parts.append(f"{turned} of {n_s} sentences turn{'s' if turned == 1 else ''} to {named}")
                    if halves:
                        parts.append(f"{_more(halves)} name{'s' if halves == 1 else ''} it only as part of a longer "
                                     f"name ({longer}), which counts half")
                else:
                    parts.append(f"no sentence turns to {named}; {halves} of {n_s} sentences name{'s' if halves == 1 else ''}"
                                 f" it only as part of a longer name ({longer}), which counts half")
            else:
                parts.append("no sentence names a newcomer")
            uniq = list(dict.fromkeys(comp_words))
            if comp_only:
                parts.append(f"{_more(comp_only) if pretty else f'{comp_only} of {n_s} sentences'} "
                             f"use{'s' if comp_only == 1 else ''} words found only near it ({', '.join(uniq)}), "
                             "which counts half")
            elif uniq:
                parts.append("words found only near it: " + ", ".join(uniq))
            if 0 < score < threshold:
                parts.append(f"the score is below the {threshold} line, so it is not flagged")
            reason = "; ".join(parts)
        # a paragraph where no more than half the sentences name the newcomer is flagged only when a
        # second sentence also touches it (its name in a compound, words found only near it) or the
        # paragraph uses words found only near it: one sentence naming something in passing is not a
        # change of subject
        flagged = bool(score >= threshold and (turned * 2 > n_s or involved >= 2 or bool(comp_words)))
        rows.append(dict(article_id=art.id, paragraph_id=p.id, paragraph=p.n, score=score,
                         flagged=flagged, n_sentences=n_s, newcomers=pretty,
                         triggers=triggers, spans=spans, reason=reason))
    if any(r["flagged"] for r in rows):  # the stance words are looked for only where a flag needs them
        needs_a_stance(rows, *stance_lists(art))
    return typed(rows, COLUMNS)


# the patterns searched most, behind a look-ahead on the characters their matches start with (same matches,
# found faster: _prefilter.quick)
_THING_BEFORE = quick(_THING_BEFORE)
