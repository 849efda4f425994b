"""Sentence segmentation, with character offsets.

The kit uses `syntok <https://github.com/fnl/syntok>`_, a rule-based segmenter
for English. It was measured against pysbd, blingfire and sentencex on the five
seed articles and on a table of hard cases (``bench/segmenters.py``, results in
BENCHMARKS.md): it is the only one that got every case right ("Dr.", "Ms. Lee",
"St. Louis", "U.S.", quotes that close with ”, em-dashes, ellipses, and a quote
that holds two sentences).
"""

from __future__ import annotations

import re

import syntok.segmenter as _syntok
from syntok._segmentation_states import State as _SyntokState

# A fast path for plain paragraphs, used only where it gives exactly syntok's answer.
# A paragraph qualifies when every ".", "?" or "!" in it either ends the paragraph or is
# preceded by an ordinary word (3+ letters, some lower case, not one of syntok's own
# abbreviations or month names) or by a number of 2+ digits standing alone (not before a
# month name), and followed by an optional closing quote, one space and a capital letter
# (opening quote allowed). Anything else (titles such as "Dr.", initials, other numbers,
# ellipses, quotes ending in "?", brackets, odd spacing) goes to syntok. Equality with
# syntok is tested on every seed paragraph, 20,000 synthetic ones and a property test
# (tests/test_segment.py); it makes loading about 5x faster.
_ABBREVIATIONS = _SyntokState.abbreviations | _SyntokState.months
_TERMINAL = re.compile(r"[.?!]")
_AFTER = re.compile(r"([”’\"]?) ([“\"‘]?[A-Z])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")
#: A number of two or more digits standing alone ("in 2019."): syntok ends a sentence after it unless the
#: next word is a month ("2019. May ..." it reads as a date); a lone digit could be a list number.
_NUMBER_BEFORE = re.compile(r"(?:(?<= )|^)\d{2,}$")
_MONTH_NEXT = re.compile("|".join(sorted(_SyntokState.months, key=len, reverse=True)))
_ENDINGS = ("", "”", "’", '"')
_UNUSUAL = re.compile(r"…|\.\.|\s\s|[\n\t()\[\]{}]")
_UNUSUAL_TEXT = re.compile(r"…|\.\.|\s\s|[\n\t]")  # _UNUSUAL without brackets: see _mixed_spans
_BRACKET = re.compile(r"[()\[\]{}]")
_CLOSED = re.compile(r"[^\W\d_]{3}[.?!][”’\"]?$")


_SKIP = -1  # a terminal at the very end of the text: no cut to make


def _sure_cut(text: str, match: re.Match) -> tuple[int, int] | None:
    """At a terminal mark: ``(cut, start of the word before)`` where the fast path is sure syntok ends a
    sentence (one of the rule's ordinary words, then a capitalised one), ``(_SKIP, 0)`` at the text's
    end, or None when syntok must decide."""
    i = match.start()
    if text[i + 1:] in _ENDINGS:
        return _SKIP, 0
    after = _AFTER.match(text, i + 1)
    if after is None:
        return None
    before = _WORD_BEFORE.search(text, 0, i)
    if before is None:
        number = _NUMBER_BEFORE.search(text, 0, i)
        if number is None or _MONTH_NEXT.match(text, after.start(2)):
            return None
        return i + 1 + len(after.group(1)), number.start()
    word = before.group(1)
    if len(word) < 3 or not any(c.islower() for c in word) or word in _ABBREVIATIONS or word[-1].isupper():
        return None  # (a word ending in a capital, "PhD.", syntok reads as an abbreviation: it decides)
    return i + 1 + len(after.group(1)), before.start()


def _plain_spans(text: str) -> list[tuple[int, int]] | None:
    """Sentence spans of a plain paragraph, or None when syntok must decide."""
    if not text or text != text.strip() or _UNUSUAL.search(text) or not _CLOSED.search(text):
        return None
    cuts = []
    for match in _TERMINAL.finditer(text):
        sure = _sure_cut(text, match)
        if sure is None:
            return None
        if sure[0] != _SKIP:
            cuts.append(sure[0])
    spans, start = [], 0
    for cut in cuts:
        spans.append((start, cut))
        start = cut + 1
    spans.append((start, len(text)))
    return spans


def _safe_cuts(text: str) -> list[int]:
    """Where the fast path is sure syntok ends a sentence (its rule, one terminal at a time)."""
    cuts = []
    for match in _TERMINAL.finditer(text):
        sure = _sure_cut(text, match)
        if sure is None or sure[0] == _SKIP:
            continue
        if sure[1] > 0 and text[sure[1] - 1] != " ":
            continue  # part of a longer token ("p.m—the."): syntok reads the whole token
        cuts.append(sure[0])
    return cuts


def _mixed_spans(text: str) -> list[tuple[int, int]] | None:
    """Spans of a paragraph the fast path cannot take whole (a "Dr.", "U.S.", a number, no closing
    stop): cut it where the fast path is sure, and let syntok read only the pieces between, so a
    long paragraph with one "Dr." costs syntok one sentence, not all of them. Ellipses and odd
    spacing change how syntok reads a whole paragraph, so those still go to it whole; a cut
    inside brackets is no cut for syntok, so only cuts outside all brackets are used, and only
    when every bracket closes.
    Equality with syntok is tested like the fast path's (tests/corpus/test_segment.py)."""
    if not text or text != text.strip() or _UNUSUAL_TEXT.search(text):
        return None
    cuts = _safe_cuts(text)
    if _BRACKET.search(text):  # cut only outside brackets, and only when every bracket closes
        depth, after = 0, []  # (where a bracket ends, the depth from there on)
        for m in _BRACKET.finditer(text):
            depth += 1 if m.group() in "([{" else -1
            if depth < 0:
                return None
            after.append((m.end(), depth))
        if depth:
            return None
        kept, k, depth = [], 0, 0
        for c in cuts:  # in order: the depth at a cut is the one after the last bracket before it
            while k < len(after) and after[k][0] <= c:
                depth = after[k][1]
                k += 1
            if depth == 0:
                kept.append(c)
        cuts = kept
    if not cuts:
        return None
    spans, start = [], 0
    for cut in cuts + [len(text)]:
        piece = text[start:cut]
        found = _plain_spans(piece)
        spans += [(start + a, start + b) for a, b in (found if found is not None else _syntok_spans(piece))]
        start = cut + 1
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` (one paragraph) into sentences; return ``(start, end)`` offsets.

    ``text[start:end]`` is each sentence exactly as written, closing quotes included.

    >>> t = "Dr. Rezaei spoke. “We tried. It worked,” he said."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Dr. Rezaei spoke.', '“We tried.', 'It worked,” he said.']
    """
    spans = _plain_spans(text)
    if spans is None:
        spans = _mixed_spans(text)
    if spans is None:
        spans = _syntok_spans(text)
    return _repair(text, spans)


# --- repairs around syntok (each a kind of case it gets wrong; tests/corpus/test_segment.py) ---------
#: Titles syntok does not know as abbreviations: "The Rev. Martin spoke." is one sentence, not two.
_TITLE_END = re.compile(r"(?:^|[\s(“\"])(?:Rev|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Cpl|Maj|Adm|Cmdr|Supt|"
                        r"Insp|Det|Ch|Const|Pte|Cdr|Fr|Msgr|Hon|Pres|Amb|Atty|Prof|Dr|Mr|Mrs|Ms|Mx|St|Mt|No|Nos|Vol|Fig|"
                        # (plural titles and places' abbreviations, a dateline's in capitals: "Reps. Kelly Frost and …",
                        # "Ft. Wayne Councilwoman …", "SOUTH ST. PAUL, Minn. –")
                        r"Reps|Sens|Gens|Drs|Ft|Ste|Pt|ST|MT|FT|STE)\.$")
#: "5 p.m. Officials left." is two sentences; "5 p.m. Tuesday" and "5 p.m. Eastern time" are one.
_TIME_END = re.compile(r"\b[ap]\.m\.(?=\s+(?P<next>[A-Z][\w’']*))")
_NOT_NEW = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Eastern Pacific Central Mountain Atlantic
Greenwich GMT UTC EST EDT CST CDT PST PDT BST CET CEST local""".split())
#: Two sentences glued in copying, with no space after the full stop ("will grow.Mette Ruiz said", "late."The company"):
#: split after the stop (and after a closing mark), never inside an abbreviation (a word of 2+ lower-case letters first).
_GLUED = re.compile(r"(?<=[a-zà-ÿ]{2}[.!?])(?P<q>[”’\"“]?)(?=[A-Z][a-z]|(?<=[“\"])[A-Z])")
#: Sentence ends of other scripts that syntok does not know: Arabic "؟", "۔", CJK "。！？", Devanagari "।".
_OTHER_END = re.compile(r"(?<=[؟۔。！？।])\s+(?=\S)")
_OTHER_MARK = re.compile(r"[؟۔。！？।]")
#: "“Great news!” Mayor Tom Reyes posted." is one sentence: a quote ending in ! or ? followed by its
#: attribution. Speech verbs here are the ones that introduce an attribution after a quote.
_ATTRIB_AFTER = re.compile(
    r"^(?:(?:[A-Z][\w’'.\-]*|al|bin|ibn|van|von|de|da|di|del|der|la|le)\s+){1,6}"
    r"(?:\w+ly\s+)?(?:said|says|posted|wrote|writes|tweeted|asked|asks|told|added|adds|replied|shouted|"
    r"exclaimed|declared|announced|insisted|wondered|cried|yelled|warned)\b[^.!?]{0,80}[.!?]?[”\"]?$")


#: A dateline before the first sentence ("LONDON (Reuters) –", "SPRINGFIELD, Ill. –", "ROTTERDAM, March 4
#: (Reuters) –") stays with it: it is not a sentence of its own (AP Stylebook, "datelines").
_DATELINE = re.compile(r"[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s+(?:[A-Z][\w.]*\s*){1,3}(?:\d{1,2})?)?(?:\s+\([^()]{1,40}\))?\s*$")
_DASH_START = re.compile(r"\s*[–—-]")


def _repair(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    times, others = ".m." in text, _OTHER_MARK.search(text) is not None  # (most texts have neither)
    for s, e in spans:
        # split inside a span: "5 p.m. Officials", "؟ نعم"
        cuts = [m.end() for m in _TIME_END.finditer(text, s, e) if m.group("next") not in _NOT_NEW] if times else []
        if others:
            cuts += [m.start() for m in _OTHER_END.finditer(text, s, e)]
        for m in _GLUED.finditer(text, s, e):  # (a closing mark stays with its sentence, an opening one goes with the next)
            if re.search(r"(?:[./@:]\w*|\bwww)[.!?]$", text[max(s, m.start() - 40):m.start()]):
                continue  # (a web address or an e-mail: "www.Example.Com")
            opens = m.group("q") == "“" or m.group("q") == '"' and text.count('"', 0, m.start("q")) % 2 == 0
            cuts.append(m.start("q") if opens else m.end("q"))
        start = s
        for c in sorted(cuts):
            if c > start and text[start:c].strip():
                out.append([start, c])
                start = c
                while start < e and text[start].isspace():
                    start += 1
        if start < e:
            out.append([start, e])
    merged: list[list[int]] = []
    for s, e in out:
        if merged:
            prev = text[merged[-1][0]:merged[-1][1]]
            here = text[s:e]
            if ((prev.endswith((".", ".\n")) and _TITLE_END.search(prev))
                    or prev.endswith(";")  # a semicolon joins two clauses of one sentence
                    or (("!" in prev[-3:] or "?" in prev[-3:]) and re.search(r"[!?][”\"]$", prev)
                        and _ATTRIB_AFTER.match(here))
                    or len(merged) == 1 and _DATELINE.match(prev) and _DASH_START.match(here)):
                merged[-1][1] = e
                continue
        merged.append([s, e])
    return [(s, e) for s, e in merged]


def _syntok_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph in _syntok.analyze(text):
        for sentence in paragraph:
            tokens = [token for token in sentence if token.value]
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            if spans and start < spans[-1][1]:  # never overlap the previous sentence
                start = spans[-1][1]
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
    if not spans and text.strip():
        stripped = text.strip()
        start = text.index(stripped)
        spans.append((start, start + len(stripped)))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into a list of sentences.

    >>> split_sentences("In the city of Qom, a story unfolds. It is not over.")
    ['In the city of Qom, a story unfolds.', 'It is not over.']
    """
    return [text[s:e] for s, e in sentence_spans(text)]
