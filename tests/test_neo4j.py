"""The same load and queries against a real Neo4j 5 server, when NEO4J_URI names one."""

import os

import pytest

from kg.extract import extract_article
from kg.queries import library
from kg.reading import read_article
from kg.store import connect, neo4j_settings

from conftest import ROOT

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set: no Neo4j 5 server to test against"),
]


@pytest.fixture(scope="module")
def neo4j_store():
    store = connect(neo4j_settings(os.environ["NEO4J_URI"]))
    store.run("MATCH (n) WHERE n:Actor OR n:Article DETACH DELETE n")
    store.ensure_schema()
    yield store
    store.driver.close()


def test_load_is_idempotent_on_neo4j(neo4j_store):
    from datetime import date

    for path in sorted((ROOT / "examples").glob("*.txt")):
        a = read_article(str(path), date(2024, 11, 5))
        first = neo4j_store.load(a, extract_article(a))
        assert not first.already_loaded
        assert neo4j_store.load(a, extract_article(a)).already_loaded
    assert neo4j_store.stats()["articles"] == 3


@pytest.mark.parametrize("name", sorted(library()))
def test_every_query_runs_on_neo4j(neo4j_store, name):
    q = library()[name]
    defaults = {"actor": "UKR", "a": "PRK", "b": "RUS"}
    neo4j_store.run(q.cypher, **q.bind({k: v for k, v in defaults.items() if k in q.params}))
