
import pytest

from kg import store as store_module
from kg.errors import KGError
from kg.extract import extract_article

from conftest import article

FIRST = article("Deployment\nNorth Korea sent troops to Russia on Monday.\nJapan pledged humanitarian aid to Ukraine.")
SECOND = article("Another report\nNorth Korea sent troops to Russia on Monday, officials said.")


def load(store, a):
    return store.load(a, extract_article(a))


def test_an_article_is_stored_with_its_statements_and_actors(store):
    result = load(store, FIRST)
    assert (result.new, result.corroborated, result.actors) == (2, 0, 4)
    rows = store.run("MATCH (s:Actor)-[r]->(o:Actor) RETURN s.id AS s, type(r) AS t, o.id AS o, "
                     "toString(r.date) AS d, r.precision AS p, r.sources AS src, r.weight AS w, r.polarity AS pol ORDER BY t")
    assert rows == [
        {"s": "JPN", "t": "PROVIDES_AID_TO", "o": "UKR", "d": "2024-11-05", "p": "day", "src": [FIRST.id], "w": 7.4, "pol": 1},
        {"s": "PRK", "t": "SENDS_TROOPS_TO", "o": "RUS", "d": "2024-11-04", "p": "day", "src": [FIRST.id], "w": 7.4, "pol": 1},
    ]
    (art,) = store.run("MATCH (a:Article) RETURN a.id AS id, toString(a.published) AS published, a.sha256 AS sha")
    assert art == {"id": FIRST.id, "published": "2024-11-05", "sha": FIRST.sha256}


def test_loading_the_same_article_twice_changes_nothing(store):
    load(store, FIRST)
    before = store.stats()
    again = load(store, FIRST)
    assert again.already_loaded and again.new == 0
    assert store.stats() == before


def test_the_same_fact_from_two_articles_is_one_relationship_with_two_sources(store):
    load(store, FIRST)
    result = load(store, SECOND)
    assert (result.new, result.corroborated) == (0, 1)
    (row,) = store.run("MATCH (:Actor {id: 'PRK'})-[r:SENDS_TROOPS_TO]->(:Actor {id: 'RUS'}) RETURN r.sources AS s, size(r.evidence) AS e")
    assert row == {"s": [FIRST.id, SECOND.id], "e": 2}


def test_a_symmetric_fact_told_the_other_way_round_is_the_same_relationship(store):
    load(store, article("Talks\nMaia Sandu met Emmanuel Macron in Paris on Friday."))
    result = load(store, article("Talks again\nEmmanuel Macron met Maia Sandu in Paris on Friday."))
    assert (result.new, result.corroborated) == (0, 4)  # the meeting, Sandu's visit to France and the two roles
    rows = store.run("MATCH (s:Actor)-[r:MEETS_WITH]->(o:Actor) RETURN s.id AS s, o.id AS o, size(r.sources) AS n")
    assert rows == [{"s": "maia-sandu", "o": "emmanuel-macron", "n": 2}]


def test_two_dated_events_stay_two_relationships(store):
    load(store, article("Strikes\nRussia attacked Ukraine on Monday."))
    load(store, article("Strikes again\nRussia attacked Ukraine on Sunday."))
    assert store.run("MATCH (:Actor {id: 'RUS'})-[r:ATTACKS]->() RETURN count(r) AS n") == [{"n": 2}]


def test_month_precision_is_stored_as_the_first_day_with_its_precision(store):
    load(store, article("Occupation\nThe town of Kursk has been occupied by Ukraine since August."))
    assert store.run("MATCH ()-[r:OCCUPIES]->() RETURN toString(r.date) AS d, r.precision AS p") == [{"d": "2024-08-01", "p": "month"}]


def test_a_failed_load_leaves_nothing_half_written(store, monkeypatch):
    load(store, SECOND)
    before = store.stats()
    monkeypatch.setattr(store_module, "CREATE_ARTICLE", "RETURN 1 / 0 AS broken")
    with pytest.raises(KGError, match="nothing stored"):
        load(store, FIRST)
    assert store.stats() == before
    assert store.run("MATCH (a:Actor {id: 'JPN'}) RETURN count(a) AS n") == [{"n": 0}]


def test_schema_is_applied_idempotently(store):
    store.ensure_schema()
    store.ensure_schema()
    names = {r["name"] for r in store.run("SHOW CONSTRAINTS")}
    assert {"actor_id", "article_id"} <= names


def test_stats(store):
    load(store, FIRST)
    s = store.stats()
    assert s["actors"] == 4 and s["articles"] == 1
    assert s["statements"] == {"provides_aid_to": 1, "sends_troops_to": 1}
    assert (s["first"].iso_format(), s["last"].iso_format()) == ("2024-11-04", "2024-11-05")
