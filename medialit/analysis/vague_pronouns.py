"""Vague sources that go on in a pronoun: "Activists claim that …. They say the school is responsible" ("they" are
still the activists, whom nobody named), "their supporters gathered …, looking forward to what they told VOA".

:func:`they_cues` gives the spans :func:`.attribution.find_attributions` adds as vague, each with its reason.

>>> import pathlib, tempfile
>>> from medialit import find_attributions
>>> path = pathlib.Path(tempfile.mkdtemp()) / "water.txt"
>>> _ = path.write_text("Residents said the water was dirty. They added that the council ignored them.")
>>> find_attributions(path).cue.tolist()
['Residents said', 'They added']
"""

from __future__ import annotations

import re

from .names import _people_in
from .speakers import GROUP_SUBJECT as _GROUP_SUBJECT
from ._vague_words import _PEOPLE_WORDS

# "They say", "They have long argued": a sentence that goes on with what a group just named says
_THEY_INNER = re.compile(r"(?<![\w’'-])(?P<cue>they\s+(?:still\s+|also\s+|later\s+)?(?:told|tell|say|said|says|claimed|insisted|"
                         r"argued|believe|believed|complained|warned|observed|concluded|reported|add|added|noted)\b)")
_UNNAMED_GROUP = re.compile(r"\b(?:their\s+|the\s+|many\s+|some\s+|several\s+|other\s+)?(?:" + "|".join(_PEOPLE_WORDS) + r")\b")
_THEY_SAY = re.compile(r"\s*(?:(?:But|And|However|Still|Yet|Rather|Instead|Also|So|Now|Then|Further|Moreover),?\s+)?(?P<cue>[Tt]hey(?:\s+(?:have|had|also|still|now|further|"
                       r"often|long|repeatedly))*\s+(?:say|said|claim|claimed|accuse|accused|argue|argued|believe|"
                       r"believed|allege|alleged|insist|insisted|fear|feared|warn|warned|conclude|concluded|suggest|"
                       r"suggested|maintain|maintained|contend|contended|point\s+out|pointed\s+out|point\s+to|pointed\s+to|"
                       r"state|stated|report|reported|found|find|know|knew|think|thought|expect|expected|observed|"
                       r"estimate|estimated|propose|proposed|hypothesi[sz]e|hypothesi[sz]ed|determined|discovered|"
                       r"showed|noted|predict|predicted|recommend|recommended|calculated|add|added|tell|told|explain|explained)\b)")


def _has_vague(sent, found: list[dict]) -> bool:
    """Whether a vague cue found so far starts in ``sent``."""
    return any(f["kind"] == "vague" and sent.start <= f["start"] < sent.end for f in found)


def _group_before(art, k: int, found: list[dict]) -> bool:
    """Whether "They" opening sentence ``k`` goes on for an unnamed group: the sentence before has a vague cue, or
    opens with a group and names nobody; or, when that sentence names nobody and credits no one, the sentence before it
    does ("US authorities claimed …. Listed states were: …. They also stated …")."""
    for j in (k - 1, k - 2):
        if j < 0:
            return False
        sent = art.sentences[j]
        if any(sent.start <= f["start"] < sent.end and f["kind"] != "vague" for f in found):
            return False
        if _has_vague(sent, found):
            return True
        if _people_in(sent.text, 0, []):  # ("The study's lead authors, Wilson and Nick Hawco, had hypothesized": named)
            return False
        if _GROUP_SUBJECT.match(sent.text):
            return True
    return False


def they_cues(art, k: int, chunk: str, base: int, found: list[dict], spoken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, reason) of each "they" in sentence ``k`` (text ``chunk``, starting at ``base`` in the article) that
    goes on for an unnamed group: at the sentence's opening after a sentence whose source was vague (see
    :func:`_group_before`), or inside it after an unnamed group with nobody named in between, outside quotes
    (``spoken``: spans of quoted words). ``found``: the attributions found so far, as dicts with start, kind."""
    out = []
    they = _THEY_SAY.match(chunk) if k and re.match(r"\s*(?:[A-Z][a-z]+,?\s+)?[Tt]hey\b", chunk) else None
    if they and _group_before(art, k, found):
        out.append((base + they.start("cue"), base + they.end("cue"),
                    "'they' are the unnamed group of the sentence before: still nobody a reader could ask"))
    for inner in (_THEY_INNER.finditer(chunk) if "they " in chunk else ()):
        lead = chunk[:inner.start()]
        group = list(_UNNAMED_GROUP.finditer(lead))
        prev = k and _has_vague(art.sentences[k - 1], found)
        after = lead[group[-1].end():] if group else lead
        if (group or prev) and not _people_in(after, 0, []) and not any(x <= base + inner.start() < y for x, y in spoken):
            out.append((base + inner.start("cue"), base + inner.end("cue"),
                        "'they' are an unnamed group the sentence names: still nobody a reader could ask"))
    return out
