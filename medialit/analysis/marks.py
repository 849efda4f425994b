"""Quotation marks: where each quoted span of an article begins and ends.

:func:`~medialit.analysis.quotes.find_quotes` reads the words around these spans. Marks read: curly
“…” and straight "…" (mismatched pairs closed as well as they can be, a quote left open at the end of
its paragraph runs on, as news style wants), German „…“ and French «…», and British single marks
‘…’ or '…' when they are the main marks (Guardian and BBC style guides), never an apostrophe ("it’s",
"the students’ work", "’90s").

>>> t = "‘We will rebuild,’ said Ana Ruiz. “It will take years,” she added."
>>> [t[s:e] for s, e in _quote_marks(t, 0, len(t))]
['‘We will rebuild,’', '“It will take years,”']
"""

from __future__ import annotations

import re

from ..corpus.tables import Article


_OPENING = re.compile(r"[“\"„«]")
_CLOSING = "”\"“’'»"
# the end of quoted words, then their attribution ("…, said Gen. Dan Hughes", "…, Hughes said"), in a quote whose
# closing mark is missing
_LEFT_OPEN = re.compile(r"[,?!](?=\s+(?:(?:[A-Z][\w.’'\-]*|he|she|they)\s+){0,4}(?:said|says|added|adds|explained|"
                        r"noted|stated|continued|told|asked|wrote)\b)")


# a new sentence that credits the quote it opens ("… kept his promise. Oswego Mayor Ana Ruiz said, “…"), inside a quote
# whose closing mark was lost: the quote ends at that sentence's start
_NEXT_CREDITED = re.compile(r"(?<=[.!?])\s+(?:[A-Z][\w.’'\-]*\s+){1,6}(?:said|says|added|adds|stated|wrote|explained|noted)[,:]\s*$")


# a paragraph break lost in copying: a sentence's full stop with the next sentence's first word glued to it ("events.In")
_GLUED_BREAK = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z])")


# an attribution right after a closing mark: "…," Waldhauser said / "…," said Gen. Dan Hughes
_SAID_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w.’'\-]*|he|she|they)\s+){1,4}(?:said|says|added|adds|explained|noted|stated|"
                         r"continued|told|asked|wrote)\b|\s+(?:said|says|added|explained|noted|told|wrote)\s+[A-Z]"
                         # (a release's verb capitalised after the quote's full stop: “…."Stated Congressman Mark Alford)
                         r"|\s*(?:Said|Stated|Added|Wrote|Continued|Concluded)\s+[A-Z]")


# the credit inside a quote whose marks around it were lost in copying ("“… in great need, said Butterfield. These
# brave men …”"): the end of the first part, the credit as a sentence of its own, then a capital letter
_LOST_AROUND = re.compile(r"[,?!](?=\s+(?:said|says|added|continued|explained|noted|stated)\s+(?:[A-Z][\w.’'\-]*\s+){0,3}"
                          r"[A-Z][\w’'\-]*\.\s+[A-Z]|\s+(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]*\s+(?:said|says|added|"
                          r"continued|explained|noted|stated)\.\s+[A-Z])")


# a signature that ends the paragraph, after a dash: "— Charles, Stafford", "- Mayor Ana Ruiz, Cedar Falls"
_SIGNED_AT_END = re.compile(r"[^\S\n]+(?:—|–|--?)[^\S\n]*(?:[A-Z][\w.’'\-]*[^\S\n]+){0,3}[A-Z][\w.’'\-]*,[^\S\n]+[^,“”\"\n]{2,60}$")


_FULL_STOP = re.compile(r"\.(?=\s+[A-Z])")  # (the credit's own full stop, a capital after it)


def _lost_around(text: str, i: int, j: int) -> list[tuple[int, int]] | None:
    """The two parts of a quote opened at ``i`` and closed at ``j`` (exclusive) whose marks around its credit were lost:
    the first part up to its comma, the second from the blank before the first capital after the credit; or None.
    A quote that holds marks of its own (a nested quote, a title) is left whole."""
    if any(c in text[i + 1:j - 1] for c in '“”"‘'):
        return None
    cut = _LOST_AROUND.search(text, i + 1, j)
    if not cut:
        return None
    resume = _FULL_STOP.search(text, cut.end(), j)
    return [(i, cut.start() + 1), (resume.end(), j)] if resume else None


def _left_open(text: str, start: int) -> bool:
    """Whether the paragraph before offset ``start`` leaves a quote open at its end: its last quoted span runs to
    the paragraph's end with no closing mark. (It reads that paragraph's marks, which may ask the same of the one
    before it, and so on back: only while each opens with no mark and closes a quote, so a few paragraphs at most.)"""
    end = len(text[:start].rstrip())
    begin = text.rfind("\n", 0, end) + 1
    spans = _quote_marks(text, begin, end) if begin < end else []
    return bool(spans) and spans[-1][1] == end and text[end - 1] not in "”\""


def _no_mark_after(text: str, i: int, end: int) -> bool:
    """No double quotation mark after offset ``i`` in ``text[:end]``."""
    return not any(c in text[i + 1:end] for c in '"”“')


def _single_close_said(text: str, start: int, end: int) -> int:
    """Where a single closing mark after a full stop or comma, before "said …", ends a quote opened with a double mark
    (“…,’ said Rep. Williams): its offset, or -1."""
    k = text.find("’", start, end)
    while k >= 0 and not (text[k - 1] in ",?!." and _SAID_AFTER.match(text, k + 1)):
        k = text.find("’", k + 1, end)
    return k


def _quote_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(open, close)`` offsets of quoted spans in ``text[start:end]``; close is after the closing mark.

    A curly opening mark closes at the next curly closing mark, or, when there is none (mismatched
    marks, as text pasted from several sources has), at the next straight mark. A quote with no
    closing mark runs to the end of the paragraph: in news style a quote that goes on in the next
    paragraph leaves its paragraph open.
    """
    spans, i = [], start
    first = re.search(r"[“”\"„«]", text[start:end])
    if re.search(r"(?:\s“|[,:]\s\")\s*$", text[max(0, start - 12):start]) and text[start] not in "“”\"" and (first is None or first.group() in '”"'):
        # (… Senate leads Lee, Braun, Young, and Menendez said, “ ¶ We've made …: a scrape put the paragraph break right
        # after the opening mark; the quote's words open this paragraph, up to the closing mark or its end)
        spans.append((start, start + first.end() if first else end))
        i = spans[-1][1]
        first = None
    if first and first.group() in '”"' and first.start() > 20 and text[start + first.start() - 1] in ".,!?" \
            and text[start:start + 1].isupper() and _SAID_AFTER.match(text, start + first.start() + 1) \
            and _OPENING.search(text, start + first.end(), end) \
            and text.rfind("“", 0, start) <= text.rfind("”", 0, start) and text.count('"', 0, start) % 2 == 0:  # (no quote goes on into it)
        # (I've been working on it," Vitter said. "And …": the paragraph's opening mark was lost before a quote split
        # around its credit; the quote opens with the paragraph)
        spans.append((start, start + first.end()))
        i = start + first.end()
    elif first and first.group() in '”"' and text[start + first.start() - 1] in ".,!?" and text[start:start + 1].isupper() \
            and (start + first.end() == end or text[start + first.end()].isspace()) and _left_open(text, start):
        # (… he said, "I think we have learned a lot. ¶ It was a very emotional day. … focus better." ¶: the quote goes
        # on from the paragraph before, which left it open, but this paragraph lost its opening mark: it opens with it)
        spans.append((start, start + first.end()))
        i = start + first.end()
    while (m := _OPENING.search(text, i, end)) is not None:  # the next opening mark (none between)
        i = m.start()
        curly = text.find("”", i + 1, end)
        straight = text.find('"', i + 1, end)
        reopen = text.find("“", i + 1, end)
        if text[i] in "„«":  # German „…“, French «…»
            closers = ("»",) if text[i] == "«" else ("“", "”")
            js = [k for k in (text.find(c, i + 1, end) for c in closers) if k >= 0]
            j = min(js, default=-1)
        elif text[i] == "“":
            j = curly if curly >= 0 and (reopen < 0 or curly < reopen) else straight
            nested = False
            unclosed = reopen if reopen >= 0 else end  # (where the next opening mark is, and no mark closes this one before)
            unclosed = unclosed if (curly < 0 or unclosed < curly) and (straight < 0 or unclosed < straight) else -1
            if reopen == unclosed >= 0 and text[reopen - 1] in ".!?" and text[reopen + 1:reopen + 2].isupper():
                # (“… our children.“This bipartisan bill …”: a quote over two paragraphs whose break was lost in copying,
                # the first left open, the second reopened with no space: the first ends where the second opens)
                spans.append((i, reopen))
                i = reopen
                continue
            if unclosed >= 0 and (cut := _GLUED_BREAK.search(text, i + 1, unclosed)):
                # (“… what triggered the events.In their letter the leaders pointed out …: the closing mark lost at a
                # paragraph break lost in copying, and the next paragraph opens with no mark: the quote ends there)
                spans.append((i, cut.start() + 1))
                i = cut.start() + 1
                continue
            if curly > reopen >= 0:
                # “… launch sails that use “fuel” already there,” said Rhodes: a few words in the same
                # marks inside the quote, closed, and the quote itself closes before any other opens
                # (or several: “… the LC-130H “Skibird” aircraft … the “Skibird” planes …,” said Stefanik)
                inner_open, inner_close = reopen, curly
                while inner_close >= 0 and len(text[inner_open:inner_close].split()) <= 12:
                    again = text.find("”", inner_close + 1, end)
                    next_open = text.find("“", inner_close + 1, end)
                    if again >= 0 and (next_open < 0 or again < next_open):
                        j, nested = again, True
                        break
                    inner_open, inner_close = next_open, again  # (another pair inside, before the quote closes)
            if reopen >= 0 and not nested and (cut := _LEFT_OPEN.search(text, i + 1, reopen)) \
                    and text[reopen - 1].isspace() and (j < 0 or reopen < j):
                # “I think it helped, Cheboi said. “For these kids …”: the closing mark was forgotten before the
                # attribution, and the next mark opens the next quote; the first ends before its attribution
                spans.append((i, cut.start() + 1))
                i = reopen
                continue
            if reopen >= 0 and not nested and (j < 0 or reopen < j) and (cut := _NEXT_CREDITED.search(text, i + 1, reopen)):
                spans.append((i, cut.start()))  # (“… kept his promise. Mayor Ana Ruiz said, “…”: lost before the credit)
                i = reopen
                continue
            if j >= 0 and reopen >= 0 and reopen < j and not nested:
                j = -1  # a new quote opens first: this one is left open
            elif 0 <= straight < j and text[straight - 1] in ",?!." and _SAID_AFTER.match(text, straight + 1):
                j = straight  # “… a soccer stadium," Waldhauser said. "They built …”: mixed marks, closed before "said"
            elif (single := _single_close_said(text, i + 1, j if j >= 0 else end)) >= 0 and "‘" not in text[i:single]:
                j = single  # “… which federal programs work,’ said Rep. Williams. “…”: a single mark closes it before "said"
        elif text[i] == '"' and i > start and text[i - 1] in ".,!?" and _SAID_AFTER.match(text, i + 1) \
                and _no_mark_after(text, i, end):
            i += 1  # (a closing mark whose opening mark was lost: "…for her steadfast commitment." said Sheriff Smith)
            continue
        else:
            j = min([k for k in (straight, curly) if k >= 0], default=-1)
            if j > 0 and text[j] == '"' and text[j - 1].isspace() and text[j + 1:j + 2].isalpha() \
                    and (cut := _LEFT_OPEN.search(text, i + 1, j)):
                # "It is impressive, said Gen. Dan Hughes. "Vehicles are …": the writer forgot the closing mark and
                # the next mark opens the next quote; the first ends before its attribution
                spans.append((i, cut.start() + 1))
                i = j
                continue
            while 0 < j < end - 1 and text[j] == '"' and text[j - 1].isspace() and text[j + 1].isalnum() \
                    and (shut := text.find('"', j + 1, end)) > 0 and len(text[j:shut].split()) <= 8 \
                    and re.match(r"\s+[a-z]|[,.;:]?\s", text[shut + 1:shut + 3]) and (nxt := text.find('"', shut + 1, end)) > 0:
                j = nxt  # ("… the attitude of "trust us" just isn't good enough. …": a title or phrase in the same marks inside)
        close = j + 1 if j >= 0 else end
        if j < 0 and (sig := _SIGNED_AT_END.search(text, i + 1, end)) and text[sig.start() - 1] in ".!?":
            close = sig.start()  # (“… the price. — Charles, Stafford": the closing mark lost before the signature)
        if text[i] in "“\"" and (parts := _lost_around(text, i, close)):
            # “… in great need, said Butterfield. These brave men … deserve.”: the marks around the credit were lost in
            # copying; the quote is split around it, its second part begins after the credit's full stop
            spans.extend(parts)
            i = close
            continue
        spans.append((i, close))
        i = close
        if 0 < j and close < end and text[close] in '"”' and text[j - 1] in ".,!?" \
                and not any(c in text[close + 1:end] for c in '"”'):
            i = close + 1  # (a doubled closing mark that nothing closes, a typo: “…medicine.""said Antonio Dos Santos)
        if 0 <= j < end - 1 and text[j] == '"' and text[j - 1] in ".!?" and text[j + 1].isupper() \
                and not _SAID_AFTER.match(text, j + 1) and text.count('"', j + 1, end) % 2 == 1:
            i = j  # (“…people."We're seeing …," said Lieu.": a scrape joined two quotes, one mark closes and opens; never
            # before narration that no mark closes: "…late."The company said it would reply.")
    out = _other_marks(text, start, end, spans)
    if any(text[s] == "“" for s, _ in spans) and "‘" in text[start:end]:
        # British style: single marks outside, double inside (‘One pupil told me, “I feel safer,” and …’): the
        # double-marked words are the nested quote, the single-marked span the speaker's
        singles = [sp for sp in _other_marks(text, start, end, []) if text[sp[0]] == "‘"]
        outer = [sg for sg in singles if any(sg[0] < s and e <= sg[1] for s, e in spans)
                 and not any(s < sg[0] and sg[1] <= e for s, e in spans)]
        if outer:
            out = sorted([sp for sp in out if not any(sg[0] < sp[0] and sp[1] <= sg[1] for sg in outer)
                          and not any(sp[0] < sg[1] and sg[0] < sp[1] and sp != sg for sg in outer)] + outer)
    return out


# British single marks ‘…’ or '…' used as the main marks (German „…“ and French «…» are read with the double ones)
_OTHER_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))[‘'](?=[\w“\"])")
_CLOSES = {"‘": "’", "'": "'"}
_CLIPPED = re.compile(r"(?:^|\s)[’'][A-Za-z]{1,3}$")


def _other_marks(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the quotes in British single marks added (outside them): ‘…’ and '…'.

    A single mark closes at a ’ (or ') that ends a word and is not an apostrophe inside one ("it’s"),
    preferring one after punctuation (‘We will rebuild,’ said …), so that a plural possessive
    ("the students’ work") inside the quote does not end it. A single mark that never closes in its
    paragraph is an apostrophe, not a quote. (Guardian and BBC style guides: single marks for quotes.)
    """
    if not any(c in text[start:end] for c in "‘'"):
        return spans
    out = list(spans)
    i = start
    while (m := _OTHER_OPEN.search(text, i, end)) is not None:
        o = m.start()
        inside = next((e for s, e in out if s <= o < e), None)
        if inside is not None:
            i = inside
            continue
        nxt = min([s for s, _ in out if s > o], default=end)
        mark = text[o]
        cands = [k for k in range(o + 1, nxt) if text[k] == _CLOSES[mark]
                 and not (k + 1 < end and text[k + 1].isalnum()) and k > o + 1
                 # (not the second mark of a clipped word: "Rock ’n’ roll", "’em")
                 and not _CLIPPED.search(text, max(o + 1, k - 5), k)]
        # (or before punctuation or another opening mark: "He called it ‘rubbish’. ‘We deserved more,’ said …";
        # or after a word that does not end in "s", which no plural possessive does: "chanted ‘out, out’ at")
        after_punct = [k for k in cands if text[k - 1] in ".,!?;:—–…"
                       or text[k - 1].isalpha() and (re.match(r"[.,!?;:)\]]|\s+[‘']", text[k + 1:k + 3])
                                                     or text[k - 1] not in "sS")]
        if not cands and (o == start or text[max(start, o - 2):o].rstrip().endswith(":")) and nxt == end \
                and mark == "‘" and re.search(r"[.!?…]\s*$", text[o:end]):
            # a paragraph (or a colon) that opens a quote, and a paragraph that ends a sentence without closing it:
            # the quote goes on in the next paragraph (British style, as with double marks)
            out.append((o, end))
            i = end
            continue
        if not cands:
            i = o + 1
            continue  # never closed: an apostrophe ('90s, rock 'n' roll)
        close = (after_punct or cands)[0] + 1
        out.append((o, close))
        i = close
    return sorted(out)


def quote_spans(article: Article) -> list[tuple[int, int]]:
    """Every quoted span (marks included) of an article, paragraph by paragraph."""
    return [sp for p in article.paragraphs for sp in _quote_marks(article.text, p.start, p.end)]


def _inner(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    s += 1 if text[s] in "“\"„«‘'" else 0  # (a quote whose opening mark was lost opens at its first word)
    if s < e - 1 and text[s] in "“\"" and text[s - 1] == text[s]:
        s += 1  # (a doubled opening mark, a typo: ““We will forge …”)
    if e > s and text[e - 1] in _CLOSING and e - 1 >= s:
        e -= 1
    return s, e


def ends_sentence(text: str, span: tuple[int, int], after: str) -> bool:
    """Whether a quote ends with a full stop and a capital letter follows: “… dignity.” He stated that …
    is a new sentence, not “…,” he stated. News style ends a quote before its attribution with a
    comma, a question or exclamation mark, or a dash (AP Stylebook, "quotation marks"), never a full
    stop; when the words after it go on past the verb ("He stated that the burqa …"), they are a
    sentence of their own, while “….” Stover said. is still read as an attribution.

    >>> t = '"We cannot wait." He said that it was late.'
    >>> ends_sentence(t, (0, 17), t[17:]), ends_sentence('"We cannot wait," he said.', (0, 17), " he said.")
    (True, False)
    """
    close = text[span[0]:span[1]].rstrip("”\"’' ")
    close = close[:-3] + "." if close.endswith("[.]") else close  # ("… incurable[.]": an editor's full stop)
    return close.endswith(".") and not close.endswith("...") and bool(re.match(r"\s*[A-Z]", after))
