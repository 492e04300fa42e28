"""The same load and queries against a real Neo4j 5 server, when NEO4J_URI names one."""

import os
import re

import pytest

from kg.extract import extract_article
from kg.push import push
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


STATEMENTS = ("MATCH (s:Actor)-[r]->(o:Actor) RETURN s.id AS s, type(r) AS type, o.id AS o, r.id AS id, "
              "r.sources AS sources, r.evidence AS evidence, toString(r.date) AS date, r.precision AS precision, "
              "r.confidence AS confidence, toString(r.recorded_at) AS recorded_at ORDER BY r.id")


def test_push_into_neo4j_copies_everything_and_twice_changes_nothing(store, neo4j_store):
    from datetime import date

    for path in sorted((ROOT / "examples").glob("*.txt")):
        a = read_article(str(path), date(2024, 11, 5))
        store.load(a, extract_article(a))
    neo4j_store.run("MATCH (n) WHERE n:Actor OR n:Article DETACH DELETE n")
    counts = push(store, neo4j_store, batch_size=7)
    source = store.stats()
    assert counts == {"actors": source["actors"], "statements": sum(source["statements"].values()), "articles": 3}
    pushed = neo4j_store.run(STATEMENTS)
    assert pushed == store.run(STATEMENTS)
    push(store, neo4j_store)
    assert neo4j_store.run(STATEMENTS) == pushed
    assert neo4j_store.stats() == source


BROWSER_PARAM = re.compile(r"^//\s*:param\s+(\w+)\s*=>\s*(.+?);?$")


def browser_params(store, q) -> dict:
    """The values a query's ``// :param`` lines set when pasted into Neo4j Browser,
    evaluated by the server as Browser has it do."""
    lines = (BROWSER_PARAM.match(line.strip()) for line in q.path.read_text(encoding="utf-8").splitlines())
    return {m[1]: store.run(f"RETURN {m[2]} AS v")[0]["v"] for m in lines if m}


@pytest.mark.parametrize("name", sorted(library()))
def test_every_query_runs_on_neo4j_as_pasted_into_browser(neo4j_store, name):
    q = library()[name]
    params = browser_params(neo4j_store, q)
    assert set(params) == set(q.params), "every parameter needs its :param line"
    neo4j_store.run(q.cypher, **params)
