"""The subject of a sentence that names two or more people: whom a later "he" or "she" most likely means.

:func:`.speakers.resolve_pronoun` reads the sentence before a pronoun; when it names several people, the
pronoun means the one the sentence is about, when the sentence says so plainly ("James Webb addressed a
memo to Hiden T. Cox": Webb), else nobody (a wrong name is worse than none).

>>> text = "When Joe Biden arrived in Paris, Emmanuel Macron greeted him."
>>> sentence_subject(text, 0, [(5, 14, "Joe Biden"), (33, 48, "Emmanuel Macron")])
'Emmanuel Macron'
"""

from __future__ import annotations

import re

from ._prefilter import quick
from ._text import surname
from .names import HONORIFICS, JOB_TITLES

_SAYS_AFTER = re.compile(r",?\s+(?:(?:has|had|also|then|later)\s+)*(?:said|says|told|tells|added|explained|stated|"
                         r"announced|noted|declared|insisted|argued|replied|wrote|praised|criticized|criticised|welcomed|"
                         r"thanked|hailed|condemned|defended|warned|urged)\b")
_SAYS_AFTER_DESC = re.compile(r",\s+(?:who\s+[^,“”\"]{2,100}|(?:a|an|the|of|from|at|for|former|\d{1,3})\b[^,“”\"]{0,160}"
                              r"|(?-i:[a-z])[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:of|at|for)\s+[^,“”\"]{1,80}),"
                              + _SAYS_AFTER.pattern[2:])

_ASIDE = re.compile(r"\s[—–]\s[^—–.!?“”\"]{1,150}?\s[—–]\s|\s--\s[^.!?“”\"]{1,150}?\s--\s|\([^()]{1,150}\)")
_COMPARED = re.compile(r"\b(?:[Uu]nlike|[Ll]ike|[Bb]esides|[Ee]xcept(?:\s+for)?|[Aa]part\s+from|[Rr]ather\s+than)\s+"
                       r"(?:(?:[A-Z][\w.’'\-]*|the)\s+){0,4}$")
# (perhaps with a few job words: "was asked about rival manager Paolo Ferri", "worked under engineer Tom Adeyemi")
_PREP_BEFORE = re.compile(r"\b(?:with|to|by|from|of|for|at|about|against|under|beside|alongside|met|thanked|visited)\s+"
                          r"(?:(?:[A-Z][\w.’'\-]*|(?!(?:and|or|but|said|says|told|that|who|which|when|while)\b)[a-z]+)\s+){0,4}$")


_OPENING_PHRASES = re.compile(r"\s*(?:[^,;:“”\"]{1,80},\s+){1,3}")
# opening phrases, then a title and whose it is: "On Sunday, China’s Vice President " before the name
_LEAD_TITLE = re.compile(r"\s*(?:[^,;:“”\"]{1,80},\s+){1,3}(?:[A-Z][\w’'.\-]*\s+){0,4}")
# the verb after a subject, perhaps after a "who" clause set off by commas
_VERB_AFTER = re.compile(r"(?:,\s+who\s[^“”\";]{3,160}?,)?\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?"
                         r"(?:[a-z]+ed|[a-z]+s|met|spoke|said|told|gave|took|made|went|came|wrote|sent|led|held|left|saw|"
                         r"began|won|lost|ran|sat|stood)\b(?!,)")
# (or an opening phrase that names someone: "In an interview with filmmaker Robert H. Lieberman, Hun Sen spoke …")
_OPENING_CLAUSE = re.compile(r"\s*(?:When|As|After|Before|While|Although|Though|Because|Since|Once|Until|If|By\s+the\s+time|"
                             r"Even\s+as|In|During|At|Following|Throughout|Amid|Despite|Speaking\s+(?:to|with|at|on)|"
                             r"Asked\s+(?:about|by|if|whether))\s[^,;:“”\"]{3,120},\s+")
# a sentence whose subject is a person the article does not name: "In the skit, the young woman makes …"
UNNAMED_SUBJECT = re.compile(r"(?:^|^\s*[A-Z][^,.;]{0,40},\s+|^\s*[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}:\s+)\s*(?:(?:But|And|Yet|Still)\s+)?"
                             r"(?:(?P<the>[Tt]he)|[Aa]n?|One|Another)\s+(?:(?:[a-z][\w\-]*|[A-Z][a-z]+)\s+){0,2}"
                             r"(?:woman|man|girl|boy|child|mother|father|wife|husband|son|daughter|brother|sister|"
                             r"friend|student|teacher|soldier|driver|victim|suspect|character|actor|actress|groom|"
                             r"bride|patient|pilot|officer|doctor|nurse|farmer|worker|witness|resident|administrator|"
                             r"chief|councilor|councillor|villager|official|voter|monitor|guard|teenager|head|leader|"
                             r"judge|prosecutor|lawyer|attorney|spokesman|spokeswoman|spokesperson|director|manager|"
                             r"commander|captain|coach|owner|founder|editor|reporter|researcher|expert|analyst|"
                             r"investigator|inspector|miner|shopkeeper|vendor|trader|fisherman|merchant|passenger|neighbor|"
                             r"neighbour|protester|demonstrator|refugee|migrant|survivor|activist|engineer|mechanic|clerk|"
                             r"retiree|constituent|veteran|diplomat|grandmother|grandfather|detainee|prisoner|employee|staffer|"
                             r"volunteer|parent|relative|colleague|aide|adviser|advisor|source|insider|banker|economist|lawmaker|executive|"
                             r"businessman|businesswoman|entrepreneur|scientist|professor|academic|scholar)"
                             # "The head of the police's internal investigators told the court …"
                             r"(?:\s+(?:of|at|for)\s+[^,.;“”\"]{1,60}?|(?(the)(?!)|(?:\s+(?:in|from|on)\s+[^,.;“”\"]{1,60}?|\s+[a-z]+ing\s+[a-z]+"
                             # ("A guard who worked at the center told VOA", "A diplomat involved in the talks said")
                             r"|\s+(?:who|that)(?:\s+[^\s,.;“”\"]+){1,12}?|\s+(?:involved|based|stationed|living|working)\s+(?:in|at|with|on)"
                             r"(?:\s+[^\s,.;“”\"]+){1,6}?)))?"
                             # ("A farmer in the village, who asked not to be named, said", "A young miner standing nearby laughed";
                             # not "The young woman, who …, remains": the one named before)
                             r"(?(the)|(?:,\s+(?:who|speaking|standing|asking)\s[^.;“”\"]{1,100}?,)?)\s+"
                             r"(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?(?:[a-z]+(?:s|ed)|said|told|made|gave|took|spoke|went|came|ran|stood|struck|shot|hit|drove|"
                             r"sat|saw|held|left|got|knew|began|brought|fell|felt|kept|led|met|paid|put|thought|wrote)\b")
# a sentence whose subject is a person given only by their job: "The Tory Shadow Health Secretary has …"
ROLE_SUBJECT = re.compile(r"\s*(?:The|A|An)\s+(?:[A-Z][\w’'\-]*\s+){0,5}(?:Secretary|Minister|Spokesman|Spokeswoman|"
                          r"Spokesperson|Director|Chief|President|Chairman|Chairwoman|Governor|Mayor|Senator|"
                          r"Ambassador|Commissioner)\b")


def sentence_subject(text: str, sent_start: int, names: list[tuple[int, int, str]]) -> str | None:
    """The person who is the subject of a sentence naming two or more people, when the sentence
    says so plainly: the first name opens the sentence (within its first six words) and the
    others come after a verb or preposition ("James Webb addressed a memo to Hiden T. Cox"), not
    after "and" or a comma (then they share the subject, and the pronoun stays unclear)."""
    # ("And in Alabama — a state Trump claimed — Pastor Robby Boyd told VOA": a name in an aside is never the subject)
    asides = [(sent_start + a.start(), sent_start + a.end()) for a in _ASIDE.finditer(text[sent_start:sent_start + 800])]
    if asides and (kept := [n for n in names if not any(a <= n[0] < b for a, b in asides)]) and len(kept) < len(names):
        if len({surname(n[2]) for n in kept}) == 1 and re.match(r"\s+(?:has\s+|had\s+|also\s+)?[a-z]+\b", text[kept[0][1]:kept[0][1] + 30]):
            return kept[0][2]
        names = kept
    # "During a news conference with Prime Minister Paul Martin, Bush said …": the one name right before
    # "said" is the subject when every other name follows a preposition
    # (a description set off by commas may stand between: "Pov Meta, of Voice of Democracy, said")
    said = [(n, m.end()) for n in names if (m := _SAYS_AFTER.match(text, n[1]) or _SAYS_AFTER_DESC.match(text, n[1]))]
    if len({end for _, end in said}) == 1 and len(said) > 1:
        said = said[:1]  # ("Paul Eckloff, a veteran … of Presidents Obama and Trump, said": the last name ends his description)
    if said and len({surname(n) for (_, _, n), _ in said}) == 1:
        who, verb_end = said[0]
        others = [n for n in names if surname(n[2]) != surname(who[2])]
        # (or is someone's: "Sothearin’s wife, Lam Chantha, said": the wife speaks; or comes after the verb, in
        # what was said: "said the fear of going to jail like Yeang Sothearin was affecting them")
        # (or stands in the description set off by commas between the name and the verb: "Deb Haaland, the first
        # Native American to serve …, praised")
        if all(_PREP_BEFORE.search(text, max(0, s - 60), s) or text[e:e + 2] in ("’s", "'s") or s >= who[1]
               for s, e, _ in others):
            return who[2]
    # "When Joe Biden arrived in Paris, Emmanuel Macron greeted him": the main clause's subject, not the opening
    # clause's
    if (clause := _OPENING_CLAUSE.match(text, sent_start)) and (main := [n for n in names if n[0] >= clause.end()]) \
            and any(n[0] < clause.end() for n in names) and len(text[clause.end():main[0][0]].split()) <= 4 \
            and re.match(r"\s+(?!and\b|or\b)(?:has\s+|had\s+|also\s+)?[a-z]+\b", text[main[0][1]:main[0][1] + 30]):
        return main[0][2]
    # "Wednesday, the same day that he dropped out, Bloomberg endorsed his former rival, Joe Biden": after opening
    # phrases, a name and its verb; the others come after that verb (not after "and")
    if _OPENING_PHRASES.fullmatch(text, sent_start, names[0][0]) \
            and re.match(r"\s+(?:has\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b", text[names[0][1]:names[0][1] + 30]) \
            and all(not re.search(r"\b(?:and|or)\b", text[names[0][1]:n[0]]) for n in names[1:]):
        return names[0][2]
    # "On Sunday, China’s Vice President Han Zheng, who was in Washington, met with … Elon Musk": after opening phrases
    # and a title, a name, perhaps a "who" clause, then its verb: the others are in that clause or after the verb
    if _LEAD_TITLE.fullmatch(text, sent_start, names[0][0]) is not None and _VERB_AFTER.match(text, names[0][1]):
        return names[0][2]
    # "But unlike Hun Sen, who fled, Chao La recalls …": the person compared with is not the subject
    compared = [n for n in names if _COMPARED.search(text, max(0, n[0] - 20), n[0])]
    rest = [n for n in names if n not in compared]
    if compared and len({surname(n) for _, _, n in rest}) == 1 and re.match(r"\s+[a-z]", text[rest[0][1]:]) \
            and not _PREP_BEFORE.search(text, max(0, rest[0][0] - 60), rest[0][0]):
        return rest[0][2]
    first, second = names[0], names[1]
    if len(text[sent_start:first[0]].split()) > 6:
        return None
    if re.match(r",?\s+(?:also\s+|then\s+|later\s+)?(?:asked|questioned|pressed|quizzed|interviewed|challenged)\b", text[first[1]:]):
        return None  # "Priya Natarajan asked the minister, Colin Drummond, whether …": the answer is likely his
    between = text[first[1]:second[0]]
    if len(names) == 2 and re.fullmatch(r",\s+(?:who|whose)\s[^,.;:“”\"]*", between) \
            and re.match(r",\s+(?:[a-z]+ly\s+|also\s+)?[a-z]+(?:s|ed)\b", text[second[1]:second[1] + 40]):
        # "Diaz, who works with Pumisacho, echoes those sentiments": the second name is in the first one's clause
        return first[2]
    # "Kim King, a park ranger from the refuge, echoed Kline's message": a description set off by
    # commas belongs to the first person; what follows it is the verb
    between = re.sub(r"^,\s+(?:a|an|the|who|whose)\s[^,]{2,100},(?=\s+[a-z])", "", between)
    # "Ruiz and Berg", "Ruiz, with Berg, said": they share the subject; "after connecting with Berg", "visited
    # farms and schools with Berg": an object
    # ("Lisa Grant and her colleague, Detective Constable Emma Shah, interviewed": they share it too)
    # ("Anna Lindqvist and her Finnish counterpart Maria Koskinen toured")
    if re.search(r"(?:^|\s)(?:and|or|&|while|whereas|but|although|though|as)\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}[a-z]+,?\s+"
                 r"|(?:[a-z][\w-]*\s+){1,2})?"  # ("Judge Martin Olley and prosecutor Neil Hart had worked")
                 r"(?:[A-Z][\w.’'-]*\s+){0,3}$"
                 r"|(?:^|,)\s*(?:along\s+|together\s+)?with\s", between) \
            or between.strip() in ("", ",") or "," in between[:3]:
        return None
    if not re.search(r"\b[a-z]{3,}\b", between):
        return None
    return first[2]


# the patterns searched most, behind a look-ahead on the characters their matches start with (same matches,
# found faster: _prefilter.quick)
_COMPARED = quick(_COMPARED)


def as_person(text: str, upto: int, name: str) -> bool:
    """Whether the article, before ``upto``, marks ``name`` as a person: a job or a form of address before it
    ("midfielder James Maddison", "President George W. Bush", "Dr. Ana Ruiz"), or a verb of speech after it
    ("Bush said"); a club or a firm ("Tottenham Hotspur confirmed the signing") has neither."""
    last = re.escape(surname(name))
    for m in re.finditer(rf"(?P<w>[\w.’'-]+)\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}{last}\b(?P<after>\s+(?:has\s+|had\s+)?\w+)?",
                         text[:upto]):
        if m.group("w").strip(".,").capitalize() in JOB_TITLES | HONORIFICS \
                or m.group("after") and m.group("after").split()[-1] in _SAID_WORDS:
            return True
    return bool(re.match(rf"{last}\s+(?:has\s+|had\s+)?(?:{'|'.join(_SAID_WORDS)})\b", text[:upto]))


_SAID_WORDS = ("said", "says", "told", "added", "stated", "explained", "wrote", "tweeted", "announced", "asked", "replied")
