"""Words in quotation marks that quote nobody: titles, a group's name, terms set off as terms.

:func:`~medialit.analysis.quotes.find_quotes` asks these before it reads quoted words as someone's: a title
("a film called “Tell No One”"), a group's name after a person ("Anna Franowska of “Have no fear”"), a term
("the phrase “nanny state”", "so-called “experts”"), a title inside a speaker's description.

>>> is_title("Bridges of Heritage", "the exhibition ")
True
>>> is_title("we will rebuild", "she said ")
False
"""

from __future__ import annotations

import re

from ._prefilter import quick
from ._text import WORD_RE
from .speech import _VERB

#: Words before a title in quotation marks ("a film called", "the exhibition", "author of").
TITLE_CUE = re.compile(r"(?:titled|entitled|called|named|dubbed|known as|the|a|an|its|their|his|her|show|presented|"
                       # ("the Executive Order on “Advancing …”", "emails with the subject line “Your Loan …”")
                       r"(?:Executive\s+Order|Proclamation|Memorandum|Act)\s+on|subject\s+line|"
                       r"programme|program|podcast|series|film|movie|documentary|book|novel|song|album|column|"
                       r"newspaper|magazine|episode|paper|headline|play|exhibition|campaign|slogan|"
                       r"(?:author|writer|director|editor|creator|producer|host|star)\s+of"
                       # ("In her lecture, “Why We Explore,” astronaut Dana Kowalczyk recalled": the lecture's title)
                       r"|(?:lecture|talk|keynote|speech|presentation|essay|op-ed|sermon|memoir),"
                       # ("a workshop entitled, “The Attention Economy: …”", "a quarterly report entitled: “Measuring …”")
                       r"|(?:titled|entitled)[,:])\s*$",
                       re.I)
#: "entitled" or "titled" right before the marks: a title, whoever the sentence says speaks ("I share a report entitled:
#: “Measuring Stability …”"); a stronger cue than :data:`TITLE_CUE`, which yields to a credit
ENTITLED = re.compile(r"\b(?:titled|entitled)[,:]?\s*$")
# a verb of speech or of judgement before a few quoted words: someone's words ("criticized the “new nanny
# state approach”", "said it was “far too slow”"), not a term set off in quotation marks
JUDGED = re.compile(rf"\b(?:{_VERB}|criticized|criticised|accused|condemned|denounced|blamed|refused|rejected|"
                    rf"dismissed|mocked|praised|because)\b")
#: Reported speech up to the marks ("then claiming that the sites were “completely and totally obliterated”"): the few
#: words after it are a partial quote of someone's, never a term, even where the sentence names no one.
CLAIMED_THAT = re.compile(r"\b(?:said|claim|say|stat|insist|declar|boast|assert|announc|warn|argu|promis|tweet|post)"
                          r"(?:ing|ed|d|s)?\s+that\b[^.!?;:“”\"]*$")
#: A term set off as a term: "the phrase", "so-called", someone's ("Trump's “witch hunt”").
TERM_BEFORE = re.compile(r"(?:\b(?:the|a|this|that|its|their|his|her|[\w-]+[’']s)\s+(?:[a-z]+\s+)?(?:phrase|term|word|words|expression|"
                         r"label|slogan|motto|catchphrase|concept|notion|idea\s+of|nickname),?|\bso-called|\b[A-Z][\w-]*[’']s"
                         # (a grade on a list: "which of the closures listed as “severe”", "towers rated as “high risk”")
                         r"|\b(?:listed|rated|classified|designated|categori[sz]ed|graded|ranked)\s+as"
                         # (words shown as words: "the Great Seal bears three words: “E pluribus unum.”")
                         r"|\b(?:two|three|four|five|six|these|those|the|simple|few)\s+words:)\s*$")
#: Small words a title leaves in lower case (in English, and in Spanish, French, Italian, Portuguese, Dutch and German
#: titles an English text quotes: “Paciencia y Fe”, “La Vie en Rose”).
SMALL = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "at", "by", "between", "from",
         "or", "nor", "but", "as", "into", "over", "under",
         "y", "e", "o", "de", "del", "la", "las", "el", "los", "con", "por", "para", "en", "et", "du", "des", "le", "les",
         "di", "da", "do", "dos", "das", "van", "von", "der", "und"}

#: A title inside a speaker's description after a quote ("Irene Sun, the author of “The Next Factory of the World,”").
TITLE_IN_DESC = re.compile(r"(?<=\s)[“\"](?:[A-Z][\w’'-]*|of|the|and|a|an|in|on|for|to)(?:\s+(?:[A-Z][\w’'-]*|of|the|and|a|an|in|"
                           r"on|for|to|at|with)){0,8}[,.]?[”\"](?=[\s,]|$)")


def is_title(inner: str, before: str) -> bool:
    """Whether quoted words ``inner`` (``before``: the text before the opening mark) are a title: every
    content word capitalised and no full sentence, or capitalised after a title's cue word."""
    ws = WORD_RE.findall(inner)
    content = [w for w in ws if w.lower() not in SMALL]
    if not content:
        return False
    # (every part of a hyphenated word too: “Soviet-style” is an adjective someone used, “Spider-Man” a name)
    capitalised = all((w[0].isupper() or w[0].isdigit())
                      and not any(part[:1].islower() and len(part) > 3 and part not in SMALL for part in w.split("-")[1:])
                      for w in content)
    ends_sentence = inner.rstrip().endswith((".", "!", "?"))
    if not capitalised and re.search(r"\b(?:formally\s+|officially\s+)?(?:titled|entitled)\s+(?:the\s+)?$", before) and ws[0][:1].isupper() \
            and sum(w[0].isupper() for w in content) >= 0.7 * len(content):
        return True  # ("formally titled the “Honoring our Promise to Address … Act of 2022,”": a law's title, a word or two in lower case)
    return capitalised and not ends_sentence or (capitalised and bool(TITLE_CUE.search(before)))


_WORK_BEFORE = re.compile(r"\b(?:told|to|on|nicknamed|dubbed|known\s+as|appearing\s+on|speaking\s+(?:on|to)"
                          # ("The exercise, code-named “Blue Horizon,”", "billed as the “March for Dignity,”", "Operation
                          # “Northern Shield” ended": a name given to a thing)
                          r"|code-?named|billed\s+as(?:\s+the)?|branded(?:\s+as)?|(?-i:Operation|Exercise|Project|Initiative)"
                          # ("Marisa Delgado wrote “Paper Boats”", "The band closed with “Harbor Lights,”", "On her podcast,
                          # “Small Town Noise,”": a work written, played or hosted, in Title Case)
                          r"|wrote|penned|recorded|composed|directed|published|sang|performed|(?:closed|opened|ended|began)\s+with"
                          r"|(?:podcast|album|song|novel|book|film|show|series|memoir|play|poem|lecture|talk|keynote|speech|"
                          r"presentation|essay|sermon),?"
                          # ("who played the villain Count Draxis in “Shadow Crown,” said": the film a part is in)
                          r"|(?:starred|starring|appeared|appearing|played|playing|role|roles|cast|character)\b[^.“”\"]{0,60}\bin)\s*$")
_WORK_AFTER = re.compile(r"\s*(?:author|director|star|actor|actress|host|creator|writer|producer|presenter|singer|"
                         r"programme|program|show|series|podcast|film|book|interview|episode)\b"
                         r"|,?\s+(?:the|a|an|her|his|their)\s+(?:\w+\s+)?(?:song|novel|book|album|film|memoir|play|poem|documentary)\b")


def is_named_work(inner: str, before: str, after: str) -> bool:
    """A title or nickname in quotation marks beside a speaker: a programme someone told or spoke on ("Lopez told
    “Good Morning America” on Monday"), a work whose author speaks ("“Eat, Pray, Love” author Elizabeth Gilbert
    said"), a nickname ("Dunn, nicknamed “Bulldozer,” said"). Never a part of the speaker's quote.

    >>> is_named_work("Good Morning America", "Lopez told ", " on Monday."), is_named_work("We lost.", "she told ", "")
    (True, False)
    """
    if len(WORD_RE.findall(inner)) <= 8 and _THING_AFTER.match(after) and _DETERMINER_END.search(before) \
            and not re.search(r"\b(?:calls?|called|terms?|termed|describes?|described)\s+(?:it\s+)?(?:a|an|the)\s+$", before):
        return True  # "admitted he had been wrong to back the “Milan doesn't stop” campaign": a campaign's name
    if len(WORD_RE.findall(inner)) <= 5 and re.search(r"\b(?:the|its|their|his|her|our|this|that)\s+(?:(?!(?:so-called|called)\b)[a-z0-9][\w-]*\s+){0,2}$", before) \
            and _THING_END.search(inner.rstrip(" ,.").lower()):
        return True  # "codifies the “clear statement rule”", "this new “Stream Protection Rule.”", "his 11th annual “Listening Tour”"
    if _SIGN_READ.search(before) or _LEGAL_WORDING.search(before):
        # "A sign at the checkpoint read “Stop. Military Zone.”"; the wording of a rule or a law: "a lender must provide
        # “a clear and conspicuous disclosure,”", "the requirement that goods be “produced in the United States.”"
        return True
    if _DOCUMENT_NUMBER.search(before) and (is_title(inner.rstrip(" ,."), "") or re.match(
            r"(?:A\s+bill|An\s+Act|Joint\s+Resolution|Concurrent\s+Resolution|Resolution)\b", inner)):
        # "signed Executive Order 14112, “Advancing Access to Maternal Health Care in Rural America.”"; a resolution's
        # long title: "H.J. Res. 87, “Joint Resolution providing congressional disapproval under chapter 8 …”"
        return True
    return len(WORD_RE.findall(inner)) <= 8 and is_title(inner.rstrip(" ,"), "") \
        and bool(_WORK_BEFORE.search(before) or _WORK_AFTER.match(after))


_THING_AFTER = re.compile(r"[\s,]*(?:[a-z]+\s+)?(?:campaign|slogan|motto|hashtag|movement|initiative|doctrine|rally|tour|exhibition|"
                          r"agenda|program|programme|project|plan|policy|framework|strategy|scheme|amendments?|act|bill|law|"
                          r"fund|partnership|operation|exercise|approach|mentality|mindset|attitude|philosophy)\b")
_THING_END = re.compile(r"\b(?:rule|doctrine|policy|principle|standard|test|clause|provision|loophole|exception|initiative|"
                        r"program|programme|plan|strategy|framework|agenda|act|tour|campaign|summit|forum|conference|series|"
                        r"festival)$")
_DETERMINER_END = re.compile(r"\b(?:(?i:the|a|an|its|his|her|their|our)|[A-Za-z][\w\-]*[’']s)\s+$")
_LEGAL_WORDING = re.compile(r"(?:\b(?:must|shall)\s+(?:\w+\s+){0,2}?(?:provide|include|be|act|submit|ensure|contain|state|"
                            r"disclose|certify)|\brequirements?\s+that\s+(?:\w+\s+){1,4}?(?:be|is|are)|\b(?:the|a)\s+(?:term|phrase|"
                            r"definition\s+of)|\b(?:a|the|new)\s+definition:|\b(?:revised|amended)\s+to\s+read:"
                            r"|\b(?:rule|statute|regulation|law|section|provision|clause|code)\s+(?:that\s+)?(?:requires|"
                            r"defines|reads|provides)\b[^.;:]{0,120}?)\s*(?:(?:the|that|as)\s+)?$")
_DOCUMENT_NUMBER = re.compile(r"\b(?-i:Executive\s+Order|Proclamation|Memorandum|Public\s+Law|Directive|Resolution|H\.R\.|S\."
                              r"|[HS]\.\s?J\.\s?Res\.|[HS]\.\s?Res\.|[HS]\.\s?Con\.\s?Res\.)"
                              r"\s+(?:No\.\s+)?[\d-]+,?\s+(?:titled\s+|entitled\s+)?$")
_SIGN_READ = re.compile(r"\b(?:sign|signs|banner|banners|placard|placards|poster|posters|shirt|shirts|T-shirt|T-shirts|t-shirt|"
                        r"plaque|sticker|stickers|billboard|billboards|cap|caps|hat|hats)\b[^.“”\"]{0,50}?\b(?:read|reads|"
                        r"reading|bearing|bore)(?:\s+[“\"][^“”\"]{1,60}[”\"],?(?:\s+(?:and|or))?)*\s*$")  # (a list of them too)


#: Words nobody said, imagined for the reader ("Now, you might think, “Of course it works!”", "One may ask: “Why?”").
IMAGINED = re.compile(r"\b(?:you|one|some|someone|many|readers?|people)\s+(?:might|may|could|would|will)\s+(?:well\s+)?"
                      r"(?:think|say|ask|wonder|imagine|expect|object)\b,?:?\s*$|\bas\s+if\s+to\s+say,?:?\s*$"
                      # ("Imagine a farmer in Iowa who asks, “Will this rule cost me my land?”")
                      r"|\bimagine\s+(?:a|an|the|your|you)\b[^.“”\"]{0,100}\b(?:asks?|asking|says?|saying|wonders?|wondering)\b,?:?\s*$", re.I)


#: A term the sentence goes on to define ("companies engaging in “shrinkflation,” the practice of …").
DEFINED_AFTER = re.compile(r"[\s,]*[”\"]?,?\s*(?:the|a|an)\s+(?:practice|term|phrase|word|process|trend|idea|concept|tactic|"
                           r"strategy|scheme|name\s+given)\s+(?:of|for|in|where|that|used|coined|by)\b")


# (a person's full name before "of": "accused China of “encouraging dependency”" quotes someone)
NAME_OF = re.compile(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+(?:of|from|at|with)\s*$")


def is_group_name(inner: str, before: str) -> bool:
    """A few words in quotation marks right after "Name of": a group's name ("Anna Franowska of “Have no
    fear”, an abuse victim support charity, told Reuters"), never a quote, whatever attribution follows."""
    words = WORD_RE.findall(inner)
    if inner.rstrip().endswith((".", "!", "?", ",")) or len(words) > 6:
        return False
    # (or a group known by a name in marks after "the": "represented the “Port Chicago 50” in their appeal")
    return bool(NAME_OF.search(before)) or 1 < len(words) <= 5 and all(w[0].isupper() or w[0].isdigit() for w in words) \
        and bool(_THE_BEFORE.search(before))


_THE_BEFORE = re.compile(r"(?<![\w’'-])the\s+$")


# the patterns searched most, behind a look-ahead on the characters their matches start with (same matches,
# found faster: _prefilter.quick)
TITLE_CUE, JUDGED = map(quick, (TITLE_CUE, JUDGED))
