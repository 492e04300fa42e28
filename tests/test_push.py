"""kg push, against a real second server: ``kg serve`` on another home, run as a child
process, is the Bolt target (what a Neo4j server is to a user)."""

import selectors
import subprocess
import sys

import pytest

from kg import push as push_module
from kg.embedded import Connection, Home
from kg.bulk import write_actors, write_statements
from kg.extract import extract_article
from kg.push import push
from kg.store import actor_row, connect, statement_row

from conftest import ROOT, article, run_kg

FIRST = article("Deployment\nNorth Korea sent troops to Russia on Monday.\nJapan pledged humanitarian aid to Ukraine.")
SECOND = article("Another report\nNorth Korea sent troops to Russia on Monday, officials said.")
THIRD = article("Talks\nMaia Sandu met Emmanuel Macron in Paris on Friday.\nRussia attacked Ukraine on Sunday.")


@pytest.fixture(scope="module")
def target_server(tmp_path_factory):
    home = tmp_path_factory.mktemp("kg-target")
    errors = home / "serve.stderr"
    with open(errors, "w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--home", str(home)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=err, text=True)
    try:
        with selectors.DefaultSelector() as waiting:
            waiting.register(proc.stdout, selectors.EVENT_READ)
            ready = waiting.select(timeout=180)
        line = proc.stdout.readline() if ready else ""  # "serving HOME at bolt://127.0.0.1:PORT (...)" once it listens
        if not line.startswith("serving"):
            pytest.fail(f"kg serve did not start: {line}{errors.read_text()}")
        uri = line.split(" at ", 1)[1].split()[0]
        yield Connection(uri, "root", Home(home).password(), "kg")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def target(target_server):
    store = connect(target_server)
    store.run("MATCH (n) DETACH DELETE n")
    yield store
    store.driver.close()


def load(store, *articles):
    for a in articles:
        store.load(a, extract_article(a))


def dump(store) -> dict:
    """Everything a store holds, in a fixed order, for comparing two stores."""
    return {
        "actors": store.run("MATCH (a:Actor) RETURN properties(a) AS p ORDER BY a.id"),
        "statements": store.run("MATCH (s:Actor)-[r]->(o:Actor) RETURN s.id AS s, type(r) AS t, o.id AS o, "
                                "properties(r) AS p ORDER BY r.id"),
        "articles": store.run("MATCH (a:Article) RETURN properties(a) AS p ORDER BY a.id"),
    }


def test_push_copies_the_store_and_pushing_again_changes_nothing(store, target):
    load(store, FIRST, SECOND, THIRD)
    source = dump(store)
    assert any(len(row["p"]["sources"]) == 2 for row in source["statements"])  # a corroborated statement
    counts = push(store, target)
    assert counts == {"actors": len(source["actors"]), "statements": len(source["statements"]), "articles": 3}
    assert dump(target) == source
    assert target.stats() == store.stats()
    push(store, target)
    assert dump(target) == source


def test_push_in_pages_of_one(store, target, monkeypatch):
    load(store, FIRST, SECOND, THIRD)
    monkeypatch.setattr(push_module, "SUBJECTS_PER_PAGE", 1)
    seen = []
    push(store, target, batch_size=1, progress=seen.append)
    assert dump(target) == dump(store)
    held = dump(store)
    assert sum(seen) == sum(map(len, held.values()))
    # one page per actor, then one per subject (its statements), then one per article
    assert len(seen) == 2 * len(held["actors"]) + len(held["articles"])


def test_a_statement_the_target_has_gains_only_the_missing_source(store, target):
    load(store, FIRST)
    push(store, target)
    load(store, SECOND)
    push(store, target)
    (row,) = target.run("MATCH (:Actor {id: 'PRK'})-[r:SENDS_TROOPS_TO]->(:Actor {id: 'RUS'}) "
                        "RETURN r.sources AS sources, size(r.evidence) AS evidence")
    assert row == {"sources": [FIRST.id, SECOND.id], "evidence": 2}
    assert dump(target) == dump(store)


def test_bulk_writes_store_as_the_loader_does(store, target):
    load(store, FIRST, SECOND)
    extracted = [(a, extract_article(a)) for a in (FIRST, SECOND)]
    actors = {s.subject.id: s.subject for _, sts in extracted for s in sts} | {
        s.object.id: s.object for _, sts in extracted for s in sts}
    rows = [statement_row(s, a, "2024-11-05T12:00:00+00:00") for a, sts in extracted for s in sts]
    write_actors(target, [actor_row(a) for a in actors.values()])
    assert write_statements(target, rows) == 3
    without_time = ("MATCH (s:Actor)-[r]->(o:Actor) RETURN s.id AS s, type(r) AS t, o.id AS o, r.sources AS sources, "
                    "r.evidence AS evidence, r.confidence AS confidence, toString(r.date) AS date ORDER BY r.id")
    assert target.run(without_time) == store.run(without_time)


def test_kg_push_command(home, server, store, target, target_server):
    load(store, FIRST)
    env = {"NEO4J_USERNAME": target_server.user, "NEO4J_PASSWORD": target_server.password,
           "NEO4J_DATABASE": target_server.database}
    r = run_kg("push", "--neo4j-uri", target_server.uri, "--batch-size", "2", home=home, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"pushed 4 actors, 2 statements and 1 articles to {target_server.uri}"
    assert dump(target) == dump(store)


def test_kg_push_needs_a_target(home, server):
    r = run_kg("push", home=home)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip() == ("Error: push copies the embedded store into Neo4j: "
                                "give the server with --neo4j-uri URI or NEO4J_URI")
