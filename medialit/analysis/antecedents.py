"""Antecedents: which names in a sentence a later "he" or "she" can never mean.

A pronoun means a person the article named before it (:func:`.speakers.resolve_pronoun`), but not every
name in the sentence before is a person who could speak next: someone spoken to ("Speaking to Martin Smith
of PBS, he said"), the topic of an opening phrase ("On the future of striker Luca Pace, he added"), a part
an actor plays ("his role as Jimmy Cole"), a place after a verb of going ("The boat leaves from Glen Orrin"), a
name that only says whose job it is ("a former White House steward", "Real Cantera midfielder Iker Solano"),
and the label of an interview answer ("Mensah: A soldier came …. He said"), who would say "I". The rules follow how news and features refer back to people (Bell
1991, *The Language of News Media*, ch. 9).
"""
from __future__ import annotations

import re

#: Jobs and roles that name a person by what they do ("a spokesperson", "the coach"): the people words of
#: :data:`.speakers.ROLE` and of the job after a name here.
PERSON_ROLE = (r"spokesperson|spokesman|spokeswoman|official|officials|representative|representatives|"
               r"executive|source|sources|aide|adviser|advisor|diplomat|insider|witness|resident|"
               r"statement|employee|worker|staff member|member|analyst|expert|researcher|officer|minister|"
               r"secretary|director|chief|mayor|governor|president|chairman|chairwoman|chair|head|commander|"
               r"leader|manager|editor|professor|teacher|doctor|lawyer|scientist|engineer|prosecutor|judge|"
               r"reporter|journalist|correspondent|columnist|critic|commentator|eyewitness|bystander|onlooker|"
               r"survivor|neighbou?r|relative|colleague|passer-by|commissioner|ambassador|envoy|coach|captain|"
               r"sheriff|attorney|senators|senator|lawmakers|lawmaker|legislators|legislator|governors|mayors|inspector|superintendent|councill?or|administrator|"
               r"founder|organi[sz]er|activist|coordinator|physician|principal|authors|co-authors|author|"
               # (clergy, rulers, ranks and other people named by what they are: "the archbishop said “…”")
               r"archbishop|bishop|cardinal|pope|rabbi|imam|pastor|priest|cleric|chaplain|premier|chancellor|king|queen|"
               r"prince|princess|general|colonel|admiral|sergeant|detective|surgeon|dean|candidate|owner|farmer|student|"
               r"nurse|defendant|plaintiff|participant|participants|panelist|panelists|counsell?ors?|"
               r"retiree|constituent|veteran|mother|father|grandmother|grandfather|parent|"
               # (trades and service: "a waitress says", "a Miami bartender says")
               r"waitress|waiter|bartender|server|cashier|barista|chef|cook|clerk|hairdresser|stylist|barber|trucker|mechanic|"
               r"electrician|plumber|welder|contractor|entrepreneur|tourist|visitor|traveler|traveller|shopper|customer|"
               # (people who try or use something: "As one evaluator said, “…”", "according to one tester, “…”")
               r"evaluator|tester|reviewer|user|attendee|respondent|interviewee|volunteer|applicant")
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|by|from|for)\s+$")
_TOPIC_OPENING = re.compile(r"\s*(?:On|About|Regarding|As\s+for|Asked\s+about|Turning\s+to)\b[^,.;“”\"]*$")
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|former)\s+$")
# a place after a verb of going or living: "The boat leaves from Glen Orrin", "she grew up in Carol Stream"
_PLACE_BEFORE = re.compile(r"\b(?:leaves?|left|leaving|sails?|sailed|departs?|departed|arrives?|arrived|lives?|lived|living|based|"
                           r"born|grew\s+up|moved|travel(?:l)?ed|flew|flies|went|returned|drove|walked|runs?|ran|crossed|"
                           r"headed)\s+(?:\w+\s+)?(?:from|to|in|at|into|near|across|through|towards?)\s+$")
_JOB_AFTER = re.compile(rf"\s+(?:(?!(?:[a-z]+ed|and|or|but|with|said|says|told|tells|wrote|writes|asked|asks)\s)[a-z]+\s+)?(?:{PERSON_ROLE}|[a-z]+(?:er|or|ist|ian|ard|man|woman))\b")  # (not a verb: "substituted striker")
# someone nobody names put the words that follow: "which one scholar has called a “…”", "what critics dubbed “…”"
UNNAMED_CALLED = re.compile(r"\b(?:(?:one|a|an|some|many|several|other)\s+)?(?:[a-z]+\s+){0,2}?(?:scholars?|experts?|analysts?|critics?|observers?|"
                            r"officials?|commentators?|historians?|researchers?|economists?)\s+(?:has\s+|have\s+|had\s+)?(?:called|dubbed|"
                            r"described|termed|labell?ed)\s+(?:it\s+|this\s+|them\s+)?(?:as\s+)?(?:an?\s+|the\s+)?$")
#: Words before a part someone plays: "the character of", "his role as", "played the villain".
PLAYED_BEFORE = re.compile(r"\b(?:character(?:\s+of)?|(?:role|part)\s+(?:of|as)|play(?:s|ed|ing)?(?:\s+the\s+(?:role|part)\s+of"
                           r"|\s+the\s+[a-z]+)?)\s+$")

# what someone said, right before another person's name: "said that Trump"
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|argued|argues|noted|notes|believes|thinks|warned|warns)\s+(?:that\s+)?$")
#: A person's relative named by one word beside them: "Marco Bellini and his brother Luca" (either may be "he").
AND_KIN_NAMED = re.compile(r",?(?:\s+\d{1,3},)?(?:\s+[^,.;“”\"]{1,60},)?\s+and\s+(?:his|her|their)\s+(?:[\w-]+,?\s+){0,2}[A-Z][a-z]+\b")
_KIN_HE = re.compile(r"\b(?:husband|son|brother|father|boyfriend|nephew|uncle|grandfather|grandson|stepson|stepfather)\b")
_KIN_SHE = re.compile(r"\b(?:wife|daughter|sister|mother|girlfriend|niece|aunt|grandmother|granddaughter|stepdaughter|stepmother)\b")


def kin_beside(text: str, names: list[tuple[int, int, str]], pronoun: str | None) -> bool:
    """Whether one of ``names`` has a relative named beside them ("Marco Bellini and his brother Luca") whom a later
    ``pronoun`` may mean as well: a brother for "he", a mother for "she", any relative when the pronoun is unknown."""
    for n in names:
        if (k := AND_KIN_NAMED.match(text, n[1])):
            said = "he" if _KIN_HE.search(k.group()) else "she" if _KIN_SHE.search(k.group()) else None
            if pronoun is None or said in (None, pronoun):
                return True
    return False


_INVERTED = re.compile(r"[,—–]\s*(?:said|says)\s+$")
_REPORTED_THAT = re.compile(r"\b(?:said|says|told\s+\w+|argued|argues|noted|notes|believes|thinks|warned|warns)\s+that\b")
_NAME_AS_WORD = re.compile(r"(?:[’']s)?\s+(?:administration|government|campaign|era|presidency|camp)\b")


def not_meant(text: str, names: list[tuple[int, int, str]], sent_start: int, sent_end: int,
              before: int) -> list[tuple[int, int, str]]:
    """``names`` (``(start, end, name)`` in one sentence of ``text``, from ``sent_start`` to ``sent_end``) less
    those a pronoun at offset ``before`` cannot mean.

    >>> t = "A former White House steward met Ana Ruiz. He left."
    >>> [n for _, _, n in not_meant(t, [(9, 20, "White House"), (33, 41, "Ana Ruiz")], 0, 42, 43)]
    ['Ana Ruiz']
    """
    if sent_end > before:
        names = [n for n in names if not _OBJECT_BEFORE.search(text, max(0, n[0] - 20), n[0])
                 and not (_TOPIC_OPENING.match(text, sent_start, n[0]) and "," in text[n[1]:before])]
    starts = {m[0] for m in names}
    # ("Bradley Bowman … said that Trump, who …, would not want …. “…,” he told VOA": the one reported on, when the
    # one who said it is named before in the sentence)
    said = [m.start() for m in _REPORTED_THAT.finditer(text, sent_start, before)]
    # (but ", said Monten." after a clause is who said it, the attribution turned round)
    names = [n for n in names if not (_REPORTED_BEFORE.search(text, max(0, n[0] - 30), n[0]) and any(m[1] <= n[0] for m in names)
                                      and not _INVERTED.search(text, max(0, n[0] - 12), n[0]))
             and not any(at < n[0] and any(m[1] <= at and not re.search(r"\b(?:who|which|whom)\b", text[m[1]:at]) for m in names)
                         for at in said)
             and not _NAME_AS_WORD.match(text, n[1])]  # (nor "the Biden administration's handling": a name as a word)
    return [n for n in names if not PLAYED_BEFORE.search(text, max(0, n[0] - 30), n[0])
            and not _PLACE_BEFORE.search(text, max(0, n[0] - 40), n[0])
            and not ((j := _JOB_AFTER.match(text, n[1])) and j.end() + 1 in starts)
            and not (_A_BEFORE.search(text, max(0, n[0] - 12), n[0]) and _JOB_AFTER.match(text, n[1]))
            and not (text.startswith(":", n[1]) and not text[sent_start:n[0]].strip())]
