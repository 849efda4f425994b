"""The verbs of speech: the words that introduce what someone said ("said", "told", "warned", "tweeted").

:mod:`.speech` builds its patterns from :data:`SPEECH_VERBS`; :mod:`.sources` reads indirect speech with
them. The list follows the verbs of communication of Levin (1993), *English Verb Classes and Alternations*,
37.1-37.8, as news reports, features and profiles use them.

>>> "said" in SPEECH_VERBS, "objects" in SPEECH_VERBS   # (a present tense that is also a common noun is left out)
(True, False)
"""

#: Verbs (and verb phrases) that introduce what someone said.
SPEECH_VERBS = (
    "revealed", "reveals", "reiterated", "reiterates", "detailed", "details", "disclosed", "discloses",
    "puts it", "put it", "pointed out", "points out", "went on", "goes on", "told reporters",
    "made clear", "makes clear", "made it clear", "makes it clear", "shot back", "fired back", "hit back",
    "said", "says", "say", "explains", "explained", "stated", "states", "added", "adds", "noted", "notes",
    "told", "tells", "argued", "argues", "asked", "asks", "wrote", "writes", "recalled", "recalls",
    "insisted", "insists", "warned", "warns", "remarked", "remarks", "observed", "observes",
    "commented", "comments", "continued", "continues", "emphasized", "emphasizes", "emphasised",
    "emphasises", "acknowledged", "acknowledges", "declared", "declares", "announced", "announces",
    "replied", "replies", "suggested", "suggests", "admitted", "admits", "agreed", "agrees",
    "concluded", "concludes", "stressed", "stresses", "urged", "urges", "maintained", "maintains",
    "claimed", "claims", "predicted", "predicts", "explained", "recounted", "recounts", "joked",
    "laughed", "cautioned", "cautions", "reflected", "reflects", "believes", "believed",
    "posted", "posts", "tweeted", "tweets", "texted", "responded", "responds", "answered",
    "conceded", "concedes", "confirmed", "confirms", "denied", "denies", "estimated", "estimates", "asserted",
    "asserts", "alleged", "alleges", "vowed", "vows", "pledged", "promised", "testified", "complained",
    "complains", "wondered", "demanded", "shouted", "exclaimed", "whispered", "boasted", "countered",
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
)
