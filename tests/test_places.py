"""Cities from GeoNames: where a text places them, and what they make of an act."""

import doctest
import json

import pytest

import kg.places
from kg.places import city_named, find_cities

from test_extract import all_acts, article, extract_article


def test_module_doctests():
    assert doctest.testmod(kg.places).failed == 0


@pytest.mark.parametrize("text, expected", [
    ("Shelling hit a market in Kramatorsk on Monday.", [("Kramatorsk", "UKR")]),
    ("Drones struck Sumy overnight.", [("Sumy", "UKR")]),
    ("Fighting raged in the Belgorod region.", [("Belgorod", "RUS")]),
    ("Troops advanced on the town of Pokrovsk.", [("Pokrovsk", "UKR")]),
    ("Strikes on Khan Younis continued.", [("Khan Yunis", "PSE")]),  # a GeoNames spelling of the name
    ("The delegations met in Jeddah.", [("Jeddah", "SAU")]),
    ("The summit opened in Rio de Janeiro.", [("Rio de Janeiro", "BRA")]),  # names with a lower-case particle
    ("Talks resumed in Dar es Salaam.", [("Dar es Salaam", "TZA")]),
    # no word places them, or the name goes on
    ("Victoria Nuland spoke to Lincoln Bloomfield in Mobile Bay.", []),
    ("Jackson said Florence would attend.", []),
    ("Talks resume in March.", []),
])
def test_cities_are_read_where_a_word_places_them(text, expected):
    assert [(c.name, c.state) for c in find_cities(text)] == expected


def test_of_several_cities_of_one_name_the_one_in_a_state_named_else_the_largest():
    assert city_named("Tripoli") == ("Tripoli", "LBY")
    assert city_named("Tripoli", {"LBN"}) == ("Tripoli", "LBN")
    assert city_named("Nowhereville") is None
    assert [c.state for c in find_cities("Lebanese troops deployed in Tripoli.", {"LBN"})] == ["LBN"]


def test_a_town_a_sixth_the_size_of_its_namesake_abroad_is_not_the_one_meant():
    assert city_named("Geneva", {"USA"}) == ("Geneva", "CHE")  # not Geneva, Illinois
    assert city_named("Odessa", {"USA"})[1] == "UKR"  # not Odessa, Texas


def test_the_index_is_cached_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.places, "user_cache_dir", lambda app: str(tmp_path))
    kg.places._index.cache_clear()
    try:
        built = kg.places._index()
        (cache,) = tmp_path.glob("cities-*.json")
        assert "Dnipro" in json.loads(cache.read_text())
        kg.places._index.cache_clear()
        assert kg.places._index() == built
    finally:
        kg.places._index.cache_clear()


@pytest.mark.parametrize("text, expected", [
    # an attack on a city no project list has is on the state it lies in
    ("Report\nA Russian missile hit a children's hospital in Dnipro on Monday.", {("RUS", "attacks", "UKR")}),
    ("Report\nThe Rapid Support Forces shelled El Fasher again.", {("RSF", "attacks", "SDN")}),
    # a meeting in such a city is a visit there by whoever came from elsewhere
    ("Report\nVladimir Putin met Donald Trump in Busan on Thursday.",
     {("vladimir-putin", "meets_with", "donald-trump"), ("vladimir-putin", "visits", "KOR"), ("donald-trump", "visits", "KOR")}),
])
def test_acts_in_cities_no_list_has(text, expected):
    assert all_acts(text) == expected


def test_the_city_is_kept_as_the_place():
    (attack,) = [s for s in extract_article(article("Report\nRussian drones struck Kramatorsk overnight.")) if s.predicate == "attacks"]
    assert (attack.object.id, attack.place) == ("UKR", "Kramatorsk")
