"""Skip a regular expression where it cannot match: the words every match must contain.

The analyses run dozens of regular expressions over every sentence, and most of them find
nothing in most sentences. Python's ``re`` tries each pattern at every position of the text;
a plain substring test (``"said" in text``) is many times faster. :func:`needs` reads a
compiled pattern (with Python's own parser, ``re._parser``) and returns literal pieces of
which *every* match must contain at least one, or ``None`` when it cannot tell. A caller
then runs the pattern only on text that holds one of them (:func:`may_match`), so results
are exactly those of running the pattern everywhere: nothing a pattern finds is skipped.

The pieces are compared after case folding (text and pieces alike), so the test is sound for
patterns with ``re.IGNORECASE`` too: ``re`` matches a letter without regard to case exactly
where the case-folded characters are equal, except for the Turkish dotted and dotless i
(``İ``, ``ı``), which :func:`fold` maps to ``i`` (checked for every Unicode character against
every ASCII letter, digit and sign in tests/analysis/test_prefilter.py). Only ASCII characters
and typographic quotes are used in pieces.

>>> rx = re.compile(r"\\b(?:many|some)\\s+(?:analysts|experts)\\s+(?:say|said)\\b", re.I)
>>> sorted(needs(rx))
['analysts', 'experts']
>>> may_match(rx, fold("Some Experts said so.")), may_match(rx, fold("Nobody did."))
(True, False)
"""

from __future__ import annotations

from bisect import bisect_right
import re
from functools import lru_cache

try:  # the parser ``re`` itself uses (Python 3.11+); without it, no pattern is skipped
    from re import _parser as _sre
    from re import _constants as _c
except ImportError:  # pragma: no cover - other Pythons
    _sre = _c = None

#: Characters a piece may hold: their case folding is themselves or one ASCII letter.
_SAFE = frozenset(chr(c) for c in range(0x20, 0x7F)) | frozenset("’‘“”")
_FOLD_FIX = {"ı": "i", "i\u0307": "i"}  # re.I matches "i" to both; casefold() keeps them apart


def fold(text: str) -> str:
    """``text`` case-folded the way :func:`may_match` compares it ("İ" and "ı" become "i")."""
    t = text.casefold()
    if "ı" in t or "\u0307" in t:
        for a, b in _FOLD_FIX.items():
            t = t.replace(a, b)
    return t


def _best(options: list[frozenset]) -> frozenset | None:
    """Of several pieces-sets that all hold, the most selective: longest shortest piece, then fewest."""
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _needs(items) -> frozenset | None:
    options: list[frozenset] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset(["".join(run).casefold()]))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and chr(av) in _SAFE:
            run.append(chr(av))
            continue
        close_run()
        if op is _c.SUBPATTERN:
            got = _needs(av[-1])
        elif op is _c.ATOMIC_GROUP:
            got = _needs(av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            got = _needs(av[2]) if av[0] >= 1 else None
        elif op is _c.BRANCH:
            sets = [_needs(branch) for branch in av[1]]
            got = None if any(s is None for s in sets) else frozenset().union(*sets)
        else:  # a class of characters, any character, an anchor, a look-around, a back-reference
            got = None
        if got:
            options.append(got)
    close_run()
    return _best(options)


@lru_cache(maxsize=1024)
def _needs_cached(pattern: str, flags: int) -> frozenset | None:
    if _sre is None or isinstance(pattern, bytes):
        return None
    try:
        return _needs(_sre.parse(pattern, flags))
    except Exception:  # an unusual pattern: never skip it
        return None


_NEEDS: dict = {}


def needs(rx: re.Pattern) -> frozenset | None:
    """Case-folded pieces of which every match of ``rx`` holds one, or ``None`` (cannot tell)."""
    found = _NEEDS.get(rx, _NEEDS)
    if found is _NEEDS:
        if len(_NEEDS) > 4096:  # patterns made afresh again and again (a lexicon reloaded): start over
            _NEEDS.clear()
        found = _NEEDS[rx] = _needs_cached(rx.pattern, rx.flags)
    return found


def may_match(rx: re.Pattern, folded: str) -> bool:
    """False only when ``rx`` cannot match in the text whose :func:`fold` is ``folded``."""
    pieces = needs(rx)
    return pieces is None or any(p in folded for p in pieces)


class Within:
    """:func:`may_match` for the parts (sentences) of one text, asking first which pieces the whole holds.

    A piece that the whole text lacks is in none of its parts, so each part is tested only for
    the pieces the whole holds (usually few or none): many patterns are then skipped for a
    whole article at the cost of one look per piece.

    >>> rx = re.compile(r"\\b(?:experts|analysts)\\s+say\\b", re.I)
    >>> art = Within(fold("Experts say it works. Nobody else does."))
    >>> art.may_match(rx, fold("Experts say it works.")), art.may_match(rx, fold("Nobody else does."))
    (True, False)
    """

    def __init__(self, folded: str):
        self.folded = folded
        self._present: dict = {}

    def may_match(self, rx: re.Pattern, folded_part: str) -> bool:
        """False only when ``rx`` cannot match in the part (a piece of the whole) whose fold is given."""
        present = self._present.get(rx, self)
        if present is self:
            pieces = needs(rx)
            present = None if pieces is None else tuple(p for p in pieces if p in self.folded)
            self._present[rx] = present
        if present is None:
            return True
        for p in present:
            if p in folded_part:
                return True
        return False


class Parts(Within):
    """:class:`Within` for a text given as its parts (sentences or paragraphs), asked by part number.

    For each pattern, the parts that hold one of its pieces are found once, by looking for each
    piece in the parts joined (a piece never holds the joint, ``\\x00``); after that, asking about a
    part is a set lookup. Same answers as ``Within.may_match(rx, parts[k])``.

    >>> rx = re.compile(r"\\b(?:experts|analysts)\\s+say\\b", re.I)
    >>> parts = Parts([fold("Experts say it works."), fold("Nobody else does.")])
    >>> parts.may_match_at(rx, 0), parts.may_match_at(rx, 1)
    (True, False)
    """

    def __init__(self, folded_parts: list[str]):
        self.parts = folded_parts
        super().__init__("\x00".join(folded_parts))
        self._starts, at = [], 0
        for part in folded_parts:
            self._starts.append(at)
            at += len(part) + 1
        self._where: dict = {}
        self._pieces: dict = {}

    def where(self, rx: re.Pattern) -> set | None:
        """The numbers of the parts that hold a piece ``rx`` needs (None: it cannot tell, try them all)."""
        where = self._where.get(rx, self)
        if where is self:
            pieces = needs(rx)
            if pieces is None:
                where = None
            else:
                where, known = set(), self._pieces
                for piece in pieces:  # (most pieces are in no part: their sets are empty)
                    found = known.get(piece)
                    if found is None:
                        found = self._holding(piece)
                    if found:
                        where |= found
            self._where[rx] = where
        return where

    def _holding(self, piece: str) -> set:
        """The numbers of the parts that hold ``piece``, looked for once per text (patterns share pieces)."""
        found = self._pieces.get(piece)
        if found is None:
            found, joined, starts = set(), self.folded, self._starts
            i = joined.find(piece)
            while i >= 0:
                k = bisect_right(starts, i) - 1
                found.add(k)
                # the rest of this part can only say "part k" again: go on from the next part
                i = joined.find(piece, starts[k + 1]) if k + 1 < len(starts) else -1
            self._pieces[piece] = found
        return found

    def may_match_at(self, rx: re.Pattern, k: int) -> bool:
        """False only when ``rx`` cannot match in part ``k``."""
        where = self._where.get(rx, self)
        if where is self:
            where = self.where(rx)
        return where is None or k in where

    def todo(self, patterns: list[re.Pattern]) -> list[list[int]]:
        """For each part, the numbers of the ``patterns`` that may match in it, in order: the parts
        a pattern is tried on are looked up once per pattern, not once per part."""
        out: list[list[int]] = [[] for _ in self.parts]
        for i, rx in enumerate(patterns):
            where = self.where(rx)
            for k in (range(len(self.parts)) if where is None else sorted(where)):
                out[k].append(i)
        return out
