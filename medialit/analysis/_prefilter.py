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

import numpy as np

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


# Patterns are looked up by ``id``, not by the pattern: hashing a compiled pattern hashes its whole
# program each time (about 10 µs for a long pattern), an ``id`` costs nothing. Each entry keeps its
# pattern, so no other object can take that ``id`` while the entry is there.
_NEEDS: dict = {}


def _entry(rx: re.Pattern) -> tuple:
    """``(rx, needs(rx), its pieces with their numbers in _FOURS or -1)``, made once per pattern."""
    entry = _NEEDS.get(id(rx))
    if entry is None or entry[0] is not rx:
        if len(_NEEDS) > 4096:  # patterns made afresh again and again (a lexicon reloaded): start over
            _NEEDS.clear()
        pieces = _needs_cached(rx.pattern, rx.flags)
        entry = _NEEDS[id(rx)] = (rx, pieces, tuple((p, _number(p)) for p in pieces or ()))
    return entry


def needs(rx: re.Pattern) -> frozenset | None:
    """Case-folded pieces of which every match of ``rx`` holds one, or ``None`` (cannot tell)."""
    return _entry(rx)[1]


# Each piece of four characters or more is numbered, with a slot for its first and its last four
# characters (:func:`_slots`). :meth:`Parts.where` marks the slots of every four characters of its
# text at once (numpy) and looks for a piece only where both its slots are marked: a piece in the
# text has both its fours there, so no piece that is there is missed; most that are not are never
# looked for (slots are shared by chance by about one four in twenty: those are looked for in vain).
_FOURS: dict = {}
_SLOTS: list = [[], [], None]  # slots of first fours, of last fours, and both as arrays (made when needed)


def _slots(text: str) -> np.ndarray:
    """A slot (0 to 65535) for each run of four characters of ``text``: equal runs, equal slots."""
    c = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64) & 0xFFFF
    keys = (c[:-3] << np.uint64(48)) | (c[1:-2] << np.uint64(32)) | (c[2:-1] << np.uint64(16)) | c[3:]
    return ((keys * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(48)).astype(np.intp)


def _number(piece: str) -> int:
    n = _FOURS.get(piece, -1)
    if n < 0 and len(piece) >= 4 and len(_FOURS) < 50_000:  # (patterns made afresh without end: looked for)
        n = _FOURS[piece] = len(_FOURS)
        _SLOTS[0].append(int(_slots(piece[:4])[0]))
        _SLOTS[1].append(int(_slots(piece[-4:])[0]))
        _SLOTS[2] = None
    return n


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
        entry = self._present.get(id(rx))  # (by id, as in needs(): the entry keeps the pattern alive)
        if entry is None or entry[0] is not rx:
            pieces = needs(rx)
            entry = self._present[id(rx)] = (rx, None if pieces is None else tuple(p for p in pieces if p in self.folded))
        present = entry[1]
        if present is None:
            return True
        for p in present:
            if p in folded_part:
                return True
        return False


class Parts(Within):
    """:class:`Within` for a text given as its parts (sentences or paragraphs), asked by part number.

    For each pattern, the parts that hold one of its pieces are found once, by looking for each
    piece in the parts joined (a piece never holds the joint, ``\\x00``), and only for a piece whose
    first and last four characters the joined text may hold (see :data:`_FOURS`); after that,
    asking about a part is a set lookup. Same answers as ``Within.may_match(rx, parts[k])``.

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
        self._maybe: list = []  # per numbered piece (_FOURS): whether the text has both its fours

    def where(self, rx: re.Pattern) -> set | None:
        """The numbers of the parts that hold a piece ``rx`` needs (None: it cannot tell, try them all)."""
        entry = self._where.get(id(rx))  # (by id, as in needs(): the entry keeps the pattern alive)
        if entry is not None and entry[0] is rx:
            return entry[1]
        _, pieces, numbered = _entry(rx)
        if pieces is None:
            where = None
        else:
            where, known, maybe = set(), self._pieces, self._maybe
            for piece, n in numbered:  # (most pieces are in no part: their sets are empty)
                if n >= 0:
                    if n >= len(maybe):
                        maybe = self._maybe = self._fours()
                    if not maybe[n]:
                        continue  # one of its fours is nowhere in the text: neither is the piece
                found = known.get(piece)
                if found is None:
                    found = self._holding(piece)
                if found:
                    where |= found
        self._where[id(rx)] = (rx, where)
        return where

    def _fours(self) -> list:
        """For each numbered piece, whether the text has a four with the slot of its first four and one
        with the slot of its last (False: the piece is not in the text)."""
        if _SLOTS[2] is None:
            _SLOTS[2] = (np.array(_SLOTS[0], dtype=np.intp), np.array(_SLOTS[1], dtype=np.intp))
        heads, tails = _SLOTS[2]
        marked = np.zeros(1 << 16, dtype=bool)
        if len(self.folded) >= 4:
            marked[_slots(self.folded)] = True
        return (marked[heads] & marked[tails]).tolist()

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
        entry = self._where.get(id(rx))
        where = entry[1] if entry is not None and entry[0] is rx else self.where(rx)
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


def _first(items) -> tuple[set | None, bool]:
    """The characters a match of the parsed ``items`` can start with (None: any) and whether it can be empty."""
    out: set = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars, empty = {chr(av)}, False
        elif op is _c.IN:
            chars, empty = set(), False
            for kind, v in av:
                if kind is _c.LITERAL:
                    chars.add(chr(v))
                elif kind is _c.RANGE and v[1] - v[0] <= 1000:
                    chars.update(map(chr, range(v[0], v[1] + 1)))
                else:  # a negated class, a category (\w, \d): any character may start it
                    return None, False
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero-width: the match starts with what follows
            chars, empty = set(), True
        elif op is _c.SUBPATTERN:
            chars, empty = _first(av[-1])
        elif op is _c.ATOMIC_GROUP:
            chars, empty = _first(av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            chars, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op is _c.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                got, null = _first(branch)
                if got is None:
                    return None, False
                chars |= got
                empty = empty or null
        else:  # any character, a back-reference, a conditional: cannot tell
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def quick(rx: re.Pattern) -> re.Pattern:
    """``rx`` behind a look-ahead on the characters its matches can start with, when they are few: the
    same matches (the look-ahead only lets the engine leave at once the places where none can
    start), found faster where the pattern would try long alternatives at every word. ``rx`` itself
    when that cannot be told (a match may start with any character or be empty, global inline flags,
    verbose patterns). The look-ahead ignores case when any part of the pattern does.

    >>> quick(re.compile(r"\\b(?:many|some)\\s+experts", re.I)).pattern
    '(?=(?i:[ms]))(?:\\\\b(?:many|some)\\\\s+experts)'
    >>> quick(re.compile(r"\\w+")).pattern
    '\\\\w+'
    """
    if _sre is None or not isinstance(rx.pattern, str) or rx.flags & re.VERBOSE or re.match(r"\(\?[aiLmsux]+\)", rx.pattern):
        return rx
    try:
        chars, empty = _first(_sre.parse(rx.pattern, rx.flags))
    except Exception:  # pragma: no cover - an unusual pattern: leave it as it is
        return rx
    if chars is None or empty or not chars or len(chars) > 2000:
        return rx
    ignore = rx.flags & re.IGNORECASE or "(?i" in rx.pattern  # (then the look-ahead matches every case, as the pattern)
    cls = "".join(re.escape(ch) for ch in sorted(chars))
    ahead = f"(?i:[{cls}])" if ignore else f"[{cls}]"
    return re.compile(f"(?={ahead})(?:{rx.pattern})", rx.flags)
