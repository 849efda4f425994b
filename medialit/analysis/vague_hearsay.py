"""Vague sources the writer or a speaker only heard or read of: "I'm told little Jacob has had a hard time", "we have
been told that the plant will close", "I read that he liked to do the same", "Many of you shared with me how you may
lose your job" (issue 12).

Hearsay in the first person names no one: told by whom, read where, which of you? A student can ask each of these.
Never an order ("we are told to wait", "I have been told not to"), never someone named ("I was told by the mayor").
:mod:`.vague` reads :data:`HEARSAY_CUES` in its cue list, after the group cues; they count inside a speaker's quote
too (:mod:`.attribution`). Sources: Bell 1991, *The Language of News Media*, ch. 10 (unattributed and vaguely
attributed claims); the AP Stylebook on anonymous sources.

>>> import re
>>> def cue(text):
...     return next((m.group() for p, _ in HEARSAY_CUES if (m := re.search(p, text, re.I))), None)
>>> cue("I’m told the boy has had a hard time."), cue("I was told by the mayor that it will close.")
('I’m told', None)
>>> cue("I read that he liked to do the same."), cue("I read that book twice.")
('I read that', None)
>>> cue("Many of you shared with me how you may lose your job.")
'Many of you shared'
"""

from __future__ import annotations

from ._vague_words import _PEOPLE

# "I'm told", "we have been told": the first person, told
_WE_TOLD = (r"(?<![\w’'-])(?:I(?:[’']m|\s+am|\s+was|[’']ve\s+been|\s+have\s+been|\s+had\s+been)|we(?:[’']re|\s+are|\s+were|[’']ve\s+been|"
            r"\s+have\s+been|\s+had\s+been))\s+(?:\w+ly\s+)?told")

#: (pattern, reason) pairs, read with re.IGNORECASE.
HEARSAY_CUES: list[tuple[str, str]] = [
    # "I'm told", "we have been told that", ", I am told.": told by nobody named (not "told by" someone, not an order:
    # "told to", "told not to"); or told by people named only by what they are: "I'm told by two members of the council"
    (_WE_TOLD + r"(?!\s+(?:by|to|not\s+to|never\s+to)\b)(?=\s+(?:that\b|\w+\s)|\s*[.;,!?])"
     r"|" + _WE_TOLD + r"\s+by\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?" + _PEOPLE + r"\b",
     "'I am told' or 'we have been told': told by whom?"),
    # "I read that he liked", "we have heard that the plant": read or heard where, from whom? (a clause follows "that",
    # never a thing: "I read that book")
    (r"(?<![\w’'-])(?:I|we)(?:\s+have|[’']ve|\s+had|[’']d)?\s+(?:\w+ly\s+|also\s+|often\s+)?(?:read|heard|seen)\s+(?:reports\s+|stories\s+)?"
     r"that(?=\s+(?:he|she|they|it|there|this|these|those|the|a|an|some|many|most|(?-i:[A-Z])[\w’'-]+)\s+(?!(?:book|song|film|movie|"
     r"story|article|report|letter|name|line|word|one|before|too|again)\b))",
     "'I read that' or 'we have heard that': read where, heard from whom?"),
    # "Many of you shared with me how", "As most of you agree": the people addressed, counted but never named
    (r"\b(?:many|most|some|several|so\s+many|a\s+number|countless|thousands|hundreds|dozens)\s+of\s+you\s+(?:have\s+|also\s+|already\s+)*"
     r"(?:shared|told|wrote|write|called|said|say|agree|agreed|expressed|raised|asked|believe|feel|felt|worry|worried|contacted|reached\s+out)\b",
     "'many of you': which of you?"),
    # "Coleman heard from local health officials and residents about", "to listen to residents and health professionals voice
    # their concerns", "several of my constituents called my office": people heard or who called, named only by what they are
    # (heard, in the past: "to hear from senior members" is a plan; listened to them voicing something, never "we must
    # listen to workers")
    # (and what they told: "that", "how", "about the need for"; never a topic only: "heard from researchers at the center
    # about the experiment")
    (r"\bheard\s+from\s+(?:(?-i:[a-z][\w-]*)\s+(?:and\s+)?){0,4}?" + _PEOPLE + r"(?-i:(?![\w’'-]|\s+[A-Z][a-z]))"
     r"(?=(?:\s+[^\s.;:“”\"]+){0,8}?\s+(?:that|how|about\s+(?:the\s+|their\s+)?(?:need|concerns?|importance|impact|challenges|"
     r"problems|struggles|dangers|effects|costs|fears|worries)|who\s+(?:said|say|told|worry|fear))\b)"
     r"|\blisten(?:s|ed|ing)?\s+to\s+(?:(?-i:[a-z][\w-]*)\s+(?:and\s+)?){0,4}?" + _PEOPLE + r"(?-i:(?![\w’'-]|\s+[A-Z][a-z]))"
     r"(?=(?:\s+[^\s.;:“”\"]+){0,8}?\s+(?:voice|voicing|share|sharing|describe|describing|explain|explaining|tell|telling)\b)"
     r"|\b(?:many|most|some|several|dozens|hundreds|thousands|a\s+number)\s+of\s+(?:my|our)\s+constituents\b(?:\s+[\w’'-]+){0,4}?\s+"
     r"(?:have\s+)?(?:called|contacted|emailed|e-mailed|written|wrote|reached\s+out|told|shared)\b",
     "people heard, named only by what they are ('heard from local officials and residents'): who?"),
    # "A watchdog organization alerted the IRS that": a group nobody names, its warning given
    (r"(?<![\w’'-])(?:an?|one|another)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?:organi[sz]ation|group|watchdog|non-?profit|coalition)\s+"
     r"(?:alerted|notified|informed|warned|told|reported|revealed|disclosed)\b",
     "an organisation nobody names ('a watchdog organization alerted'): which one?"),
    # "Sen. X joined a bi-partisan group of 43 other senators in calling for": colleagues counted, never named
    (r"\bjoined\s+(?:a\s+)?(?:bi-?partisan\s+)?(?:group\s+of\s+|coalition\s+of\s+)?(?:\d+|dozens|several|many|more\s+than\s+\d+|(?-i:[a-z]+ty(?:-[a-z]+)?))\s+"
     r"(?:other\s+|fellow\s+)?(?:senators|colleagues|members|lawmakers|representatives|governors|mayors|legislators)\s+in\s+"
     r"(?:calling|urging|asking|demanding|pressing|writing|requesting|opposing|supporting)\b",
     "colleagues counted but never named ('joined 43 other senators in calling for'): which ones?"),
    # "Some of our favorite customer quotes include", "one final comment we received", "We also received a ton of constructive
    # feedback", "We hear from agencies that": words of customers, users or agencies nobody names (never "feedback from
    # the EPA": its giver named)
    # (feedback as a thing to gather is no one's words: "we gathered user feedback"; nor "the public comments we received
    # reflect": a count of them, not what one said)
    (r"\b(?:customer|user|reader|visitor|participant|attendee|listener|viewer|stakeholder)\s+(?:quotes|testimonials)\b"
     r"|\b(?:one|a|another|the)\s+(?:(?:final|last|first|recent|typical)\s+)?(?:comment|response|complaint)\s+(?:that\s+)?we"
     r"(?:[’']ve|\s+have|\s+had)?\s+(?:\w+ly\s+|also\s+)?(?:received|got|gotten|heard)\b"
     r"|\b(?:we|I)(?:[’']ve|\s+have|\s+had)?\s+(?:also\s+|\w+ly\s+)?received\s+(?:(?:a\s+(?:ton|lot|great\s+deal|wealth|flood|number|"
     r"range)|lots|plenty|tons)\s+of\s+|much\s+|some\s+|many\s+)?(?:(?-i:[a-z][\w-]*)\s+)?(?:feedback|comments|responses)\b"
     r"(?!\s+from\s+(?:the\s+)?(?-i:[A-Z]))"
     r"|\b(?:we|I)\s+(?:often\s+|always\s+|regularly\s+|frequently\s+|also\s+)?hear\s+from\s+(?:(?:many|some|other|our|federal|"
     r"state|local)\s+)?(?:agencies|customers|users|colleagues|partners|employees|teams|members|constituents|families|"
     r"parents|businesses|people)\s+(?:that|who|about|how)\b"
     # ("Here is what some of our customers have said since launch:", "Early feedback suggests that")
     r"|\bwhat\s+(?:(?:some|many|a\s+few|several|one|most)\s+of\s+)?(?:our|the|their|your)\s+(?:customers|users|readers|visitors|"
     r"participants|attendees|listeners|viewers|students|members|clients|patients)\s+(?:have\s+|had\s+)?(?:said|told\s+us|written|shared)\b"
     r"|\b(?:early|initial|preliminary|user|customer|public)\s+feedback\s+(?:\w+ly\s+)?(?:suggests|suggested|shows|showed|indicates|"
     r"indicated|has\s+shown|says|said)\b",
     "words of people nobody names ('customer quotes', 'comments we received'): whose?"),
    # "The feedback I received at ISPIM was that", "the feedback we got was": feedback from people nobody names
    # (not "the feedback from Dr. Lee": its giver named)
    (r"\bthe\s+(?:(?-i:[a-z]+)\s+)?(?:feedback|response|reaction)\s+(?:I|we)\s+(?:have\s+|had\s+)?(?:received|got|heard|gathered|"
     r"collected|gotten)\b[^.;:“”\"]{0,60}?\s+(?:was|is|has\s+been)\s+(?:that|overwhelmingly|very|mostly|largely)\b",
     "feedback from people nobody names ('the feedback I received was that'): from whom?"),
]
