"""Given names: first names that records from many countries give almost only to men or only to women.

The table (``first_names.tsv``, built by ``bench/first_names.py`` from the name data of nomquamgender 0.1.4, MIT
licence, (c) 2022 Ian Van Buskirk; Van Buskirk, Clauset and Larremore, ICWSM 2023: names from 10 or more sources
and 1,000 or more bearers with p(woman) at most 0.05 or at least 0.95) is read in two places:
:mod:`.pronouns` rules a pronoun's reading out with it, and :mod:`.names` tells where a person's name starts at the
end of a long title ("Director of the Office of Management and Budget Caleb Marsh"). A name missing from the table
(shared across cultures, rare) proves nothing.

>>> given_name("caleb"), given_name("angela"), given_name("budget")
('he', 'she', None)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """``{first name (lower case): "he" | "she"}`` from ``first_names.tsv``."""
    table = Path(__file__).with_name("first_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))


def given_name(word: str) -> str | None:
    """``"he"`` or ``"she"`` for a first name in the table (any case), else None."""
    return _table().get(word.lower())
