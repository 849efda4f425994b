"""Vague sources that are groups acting together, counted or described but never named: "More than 70
organizations wrote to the agency", "12 Republican senators have come out publicly saying", "Over 100 national
security experts signed an open letter", "He is remembered by many as", "We heard from a wide variety of
voices", "brought to his attention by a bipartisan group of county commissioners" (issue 12).

A count says how many spoke, not who: a reader cannot look any of them up. The subject must open its clause
(a count after "along with" or "joined by" belongs to the named people beside it), and the verb must be one of
speaking together: writing or signing a letter, coming out for or against, voting. :mod:`.vague` reads
:data:`GROUP_CUES` in its cue list. Sources: Bell 1991, *The Language of News Media*, ch. 10 (sources identified
only by category or number); the AP Stylebook on anonymous sources.

>>> import re
>>> def cue(text):
...     return next((m.group() for p, _ in GROUP_CUES if (m := re.search(p, text, re.I))), None)
>>> cue("More than 70 organizations wrote to Administrator Mary Wakefield urging the continuation.")
'More than 70 organizations wrote to'
>>> cue("Senators Ann Ray and Bo Lee, along with 12 colleagues, wrote to the FAA.") is None
True
>>> cue("The 12 senators wrote to the FAA.") is None
True
>>> cue("He is remembered by many as humorous and kind.")
'remembered by many'
"""

from __future__ import annotations

# a count in figures or words ("17", "Twenty-five", "Dozens of"); the cues are read with re.IGNORECASE
_NUMBER = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
           r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:dozens|hundreds|thousands)\s+of)(?:-[a-z]+)?")
# where a clause starts: the sentence's start, after a semicolon, a colon, a dash, an opening phrase's comma ("Over the
# past week, more than 8,100 Coloradans have signed") or an opening mark, or after "when",
# "after" or "since" (never after ", and": "Senators A, B, and 12 colleagues wrote" are the named and theirs)
_CLAUSE = r"(?:^|(?<=[.!?;:—]\s)|(?<=[^\d],\s)|(?<=[“\"])|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\bsince\s))"
# what a group does together, in the words of a release: a letter written, signed, sent; a stand taken in public
_TOGETHER = (r"(?:wrote\s+(?:to|a|an|that|in)\b|(?:signed|co-signed|cosigned)\s+(?:on\s+to\s+|onto\s+)?(?:an?|the|their|my|our|his|her)\s+(?:[\w-]+\s+){0,2}?"
             r"(?:letter|petition|statement|brief|declaration)\b|(?:sent|released|issued|penned)\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}?"
             r"(?:letter|statement|petition)\b|came\s+out\s+(?:\w+ly\s+)?(?:saying|against|in\s+(?:favou?r|support|opposition))\b|"
             r"have\s+come\s+out\s+(?:\w+ly\s+)?(?:saying|against|in\s+(?:favou?r|support|opposition))\b|voted\s+(?:against|for|to)\b)")

#: (pattern, reason) pairs, read with re.IGNORECASE.
GROUP_CUES: list[tuple[str, str]] = [
    # "More than 70 organizations wrote to", "17 state Attorneys General wrote to you", "25 Muslim leaders released an
    # open letter", "10 out of the 11 experts on the council voted against": a count of people or groups, none named
    (_CLAUSE + r"(?:(?:more\s+than|over|nearly|almost|about|at\s+least|some)\s+)?" + _NUMBER
     + r"(?:\s+out\s+of\s+(?:the\s+)?\d+)?\s+(?!(?:of\s+)?(?:us|them|you|whom|these|those|the|our|my|his|her|their)\b)"
     r"(?:[\w’'.-]+\s+){0,5}?(?:(?-i:[a-z][\w-]*s|[A-Z][\w-]*s)|(?-i:General|[Ll]eadership))"
     r"(?:\s+(?:from|of|in|across|at|on)\s+(?:[\w’'.-]+\s+){1,6}?)?(?:,\s+[^,“”\"]{3,60},)?\s+(?:have\s+|had\s+)?(?:also\s+|jointly\s+|publicly\s+|recently\s+|already\s+)?"
     + _TOGETHER,
     "a number of people or groups, none of them named ('More than 70 organizations wrote'): which ones?"),
    # "We've spoken with over 50 people from 10 agencies": people counted, none named (not "surveyed 8,800 customers": the
    # writer's own survey)
    (r"\b(?:spoken|spoke|speak|talked|talk)\s+(?:with|to)\s+(?:(?:more\s+than|over|nearly|almost|about|at\s+least|some)\s+)?" + _NUMBER
     + r"\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:people|users|customers|employees|staff|stakeholders|experts|officials|residents|"
     r"participants|teams|agencies|members|families|parents)\b",
     "a number of people or groups, none of them named ('spoke with over 50 people'): who were they?"),
    # "He is remembered by many as", "is regarded by some as", "considered by most to be": a view nobody is said to hold
    (r"\b(?:remembered|regarded|considered|seen|viewed|described|known|hailed|praised|credited|blamed|celebrated|revered|"
     r"recognized|recognised|criticized|criticised|dubbed|labell?ed)\s+(?:\w+\s+)?by\s+(?:many|most|some|others|critics)\b(?!\s+(?:of|in)\b)",
     "'remembered by many': by whom?"),
    # "We heard from a wide variety of voices", "what we're hearing and seeing from the food industry": people heard,
    # named only as a whole
    (r"\b(?:heard|hearing|hear)(?:\s+and\s+seeing)?\s+from\s+(?:the\s+|our\s+|many\s+|so\s+many\s+)?(?:a\s+(?:wide\s+|broad\s+|diverse\s+)?"
     r"(?:variety|range|number|host|lot|cross-section)\s+of\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:voices|stakeholders|folks|industry|sector|"
     r"community|communities|advocates|experts|leaders|producers|growers|partners)\b",
     "people heard, named only as a whole ('a wide variety of voices'): who?"),
    # "is seen in some quarters as", "There is broad agreement among health economists", "A growing chorus of rural
    # lawmakers has urged": a view given to a part of a crowd, never named (newcomer adv70)
    (r"\b(?:in|by|from)\s+some\s+quarters\b|\b(?:broad|wide|general|growing|near-universal)\s+(?:agreement|consensus)\s+"
     r"(?:among|within)\s+(?:[\w-]+\s+){0,2}?(?-i:[a-z][\w-]*s)\b|\ban?\s+(?:growing\s+|rising\s+|loud\s+)?chorus\s+of\s+(?:[\w-]+\s+){0,3}?(?-i:[a-z][\w-]*s)\b",
     "a part of a crowd, never named ('in some quarters', 'a growing chorus of lawmakers'): who?"),
    # "brought to Congressman X's attention by a bipartisan group of county commissioners": people who raised it, none named
    (r"\b(?:attention|raised|voiced|flagged|suggested|proposed)\s+by\s+an?\s+(?:[\w-]+\s+)?(?:group|coalition|number)\s+of\s+"
     r"(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?-i:[a-z][\w-]*s)\b",
     "a group that raised it, none of its members named: who?"),
]
