"""The verbs of speech: the words that introduce what someone said ("said", "told", "warned", "tweeted").

:mod:`.speech` builds its patterns from :data:`SPEECH_VERBS`; :mod:`.sources` reads indirect speech with
them. The list follows the verbs of communication of Levin (1993), *English Verb Classes and Alternations*,
37.1-37.8, as news reports, features and profiles use them.

>>> "said" in SPEECH_VERBS, "objects" in SPEECH_VERBS   # (a present tense that is also a common noun is left out)
(True, False)
"""

import re

from ._text import NAME

#: Verbs (and verb phrases) that introduce what someone said.
SPEECH_VERBS = (
    "revealed", "reveals", "reiterated", "reiterates", "detailed", "details", "disclosed", "discloses",
    "puts it", "put it", "describes it", "described it", "pointed out", "points out", "went on", "goes on", "told reporters", "summed it up", "sums it up",
    "summed up", "sums up",
    "made clear", "makes clear", "made it clear", "makes it clear", "shot back", "fired back", "hit back",
    "said", "says", "say", "explains", "explained", "stated", "states", "added", "adds", "noted", "notes",
    "told", "tells", "argued", "argues", "asked", "asks", "wrote", "writes", "recalled", "recalls", "remembers", "remembered",
    "insisted", "insists", "warned", "warns", "remarked", "remarks", "observed", "observes",
    "commented", "comments", "continued", "continues", "emphasized", "emphasizes", "emphasised",
    "emphasises", "acknowledged", "acknowledges", "declared", "declares", "announced", "announces",
    "replied", "replies", "suggested", "suggests", "admitted", "admits", "agreed", "agrees",
    "concluded", "concludes", "stressed", "stresses", "urged", "urges", "implored", "implores", "pleaded", "pleads", "maintained", "maintains",
    "claimed", "claims", "predicted", "predicts", "explained", "recounted", "recounts", "joked",
    "laughed", "cautioned", "cautions", "reflected", "reflects", "believes", "believed",
    "posted", "posts", "tweeted", "tweets", "texted", "responded", "responds", "answered",
    "conceded", "concedes", "confirmed", "confirms", "denied", "denies", "estimated", "estimates", "asserted",
    "asserts", "alleged", "alleges", "vowed", "vows", "pledged", "promised", "testified", "complained",
    "complains", "wondered", "demanded", "shouted", "exclaimed", "whispered", "boasted", "bragged", "brags", "countered",
    "reported", "reports", "indicated", "indicates", "reminded", "reminds", "advised", "advises", "thinks",
    "cited", "cites", "chanted", "chant", "chants", "sang", "yelled", "screamed", "shouted", "shouts", "cried",
    # more verbs of communication (Levin 1993, *English Verb Classes and Alternations*, 37.1-37.8: say,
    # manner of speaking, complain, advise) as features and profiles use them: past tense, and present
    # tense only where the form is not also a common noun ("objects", "protests", "shares")
    "shared", "proposed", "clarified", "clarifies", "elaborated", "elaborates", "mentioned",
    "affirmed", "affirms", "assured", "assures", "quipped", "quips", "mused",
    "lamented", "marveled", "marvelled", "hinted", "specified", "specifies", "stipulated", "stipulates",
    "underscored", "underscores", "underlined", "summarized", "summarizes", "summarised", "summarises",
    "proclaimed", "proclaims", "reasoned", "recollected", "repeated", "retorted",
    "protested", "objected", "contended", "contends", "conceded",
    "informed", "informs", "instructed", "explains", "counseled", "counselled",
    "grumbled", "griped", "muttered", "murmured", "sighed", "stated", "declared", "opined", "opines",
    "highlighted", "expressed", "expresses", "observed", "reckoned", "reckons", "guessed",
    "joked", "beamed", "enthused", "enthuses", "gushed", "raved", "recalled",
    # present tense of the manner verbs features use after a quote ("…,” he frets in one video)
    "frets", "fretted", "laments", "marvels", "muses", "jokes", "sighs", "quipped", "boasts", "grumbles",
    "shrugged", "smiled", "snapped", "scoffed", "laughs", "smiles", "shrugs", "grins", "grinned",
    # reactions and stances a report credits to someone ("Mick Jagger also reacted on Twitter", "the Prime
    # Minister apologised for …", "Sanders endorsed Biden")
    "reacted", "apologised", "apologized", "endorsed", "speculated", "speculates",
    # a view taken up or a reason given ("Hudayar echoed these sentiments", "Turkel pointed to the bipartisan support")
    "echoed", "echoes", "pointed to",
    # the plural present after a quote, for two people or a group named together ("“…,” write the Senators")
    "write",
    # advice a profile credits ("Grama encourages everyone to …"); never inverted after a quote (speech._AFTER_VS)
    "encourages", "encouraged",
)

#: "shares" is also a common noun ("Apple shares fell"): a verb of speech only where it closes its clause or opens what
#: is shared ("“…,” Short shares.", "…, Townsend shares.", "Lee shares that …"). :mod:`.speech` adds it to its verbs so.
SHARES = r"shares(?=\s*[.,;:!?]|\s+(?:that|how|why|what|about)\b|\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b(?!\s+(?:fell|rose|dropped|climbed|jumped|slid|gained|lost)\b))"  # ("“…,” shares Ruth Abernathy")


#: After "adding that" or "saying that", another subject's words: "adding that Foreign Minister Lin had called the
#: proposal “…”", "saying that many told her they were “…”" quote Lin and the many, not the one adding.
NESTED_SPEECH = re.compile(r"\s+that\s+[^“”\"]*?\b(?:said|says|called|calls|promised|told|described|termed|warned|"
                           r"urged|insisted|claimed|vowed|pledged|wrote)\b")

#: Before a colon, someone else's words: "repeated the minister’s instruction to staff:", "the promise Governor
#: Marsh made in March:", "a text message from a constituent:", "the words of her late father:", "the inscription
#: carved above the door:". What follows the colon is theirs, not the subject's.
OTHERS_WORDS = re.compile(
    r"[’']s\s+(?:[a-z]+\s+){0,2}(?:words|promise|instructions?|orders?|message|letter|remarks?|advice|warning|plea|post|"
    r"tweet|note|line|lines)\b"
    r"|\b(?:words|promise|instructions?|message|letter|remarks?|line|lines|post|tweet|note|quote|quotation|e-?mail|"
    r"text)\s+(?:of|from|by)\s"
    r"|\b(?:promise|instructions?|message|words|pledge|vow|warning)\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:made|gave|issued|sent|"
    r"wrote|delivered)\b"
    r"|\b(?:inscription|motto|slogan|epitaph|proverb|verse|passage)\b")

#: A capitalised name, then a verb of a view held or a judgement made ("But Omar strongly disagrees.", "Kessler
#: praised the decision."): someone new who may speak next. Group 1 is the name as written.
VIEW_OF = re.compile(r"\b([A-Z][\w’'-]+)\s+(?:\w+ly\s+)?(?:disagree[sd]?|praise[sd]|critici[sz]e[sd]|welcome[sd]|applaud(?:s|ed)|"
                     r"object(?:s|ed)|counter(?:s|ed)|reject(?:s|ed)|dismiss(?:es|ed)|hail(?:s|ed)|echo(?:es|ed)|question(?:s|ed))\b")

#: Whose words follow a colon when no verb of saying stands before it: "Kent’s short and central takeaway: “…”" (the one
#: whose advice, answer or verdict it is, named in the possessive). The ``verb`` group is empty.
OWNER_COLON = re.compile(rf"(?<![\w’'])(?P<speaker>{NAME})[’']s\s+(?:[a-z]+,?\s+(?:and\s+)?){{0,3}}(?:advice|takeaway|message|answer|"
                         rf"response|reply|conclusion|verdict|summary|explanation|assessment|recommendation|prediction|tip|"
                         rf"view|reasoning|motto|mantra|philosophy|words)(?P<verb>)\s*:\s*$")
