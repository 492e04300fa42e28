"""The graph store: one ``neo4j`` driver and one set of Cypher statements for both servers,
the embedded ArcadeDB and a real Neo4j 5."""

import os
import re
from collections import defaultdict
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable

from kg.embedded import Connection, embedded
from kg.errors import KGError
from kg.model import Actor, Article, Statement
from kg.paths import SCHEMAS_DIR
from kg.vocabulary import PREDICATES


def cypher_statements(text: str) -> list[str]:
    """The statements of a Cypher file: comments dropped, split on semicolons at line ends."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in re.split(r";\s*$", body, flags=re.MULTILINE) if s.strip()]


SCHEMA_STATEMENTS = cypher_statements((SCHEMAS_DIR / "graph.cypher").read_text(encoding="utf-8"))

MERGE_ACTORS = """
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.type = row.type, a.aliases = row.aliases,
              a.iso3 = row.iso3, a.wikidata = row.wikidata
RETURN count(a) AS actors
"""

CREATE_ARTICLE = """
MERGE (a:Article {id: $article.id})
ON CREATE SET a.url = $article.url, a.title = $article.title, a.published = date($article.published),
              a.sha256 = $article.sha256, a.loaded_at = datetime($article.loaded_at),
              a.statements = $article.statements
RETURN a.id AS id
"""

ARTICLE_EXISTS = "MATCH (a:Article {id: $id}) RETURN a.id AS id"

# A page of actors in id order, through the id constraint's index (keyset paging: a page starts
# after the last id of the one before), for those who read the whole graph (push, export).
ACTOR_PAGE = """
MATCH (a:Actor) WHERE a.id > $after
RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, a.iso3 AS iso3, a.wikidata AS wikidata
ORDER BY a.id LIMIT $limit
"""

# One template per relationship type: the type cannot be a parameter, so it is filled in
# from the vocabulary (never from user input). A statement is keyed on its id whatever its
# direction (a symmetric one may come subject-first from one article and object-first from
# another): the ids already stored are found through the relationship id index, those
# statements gain the new source, and only the others are created. (A MERGE on the pattern
# would miss a statement stored the other way round, and the embedded server answers it by
# walking the start node's relationships, which costs a hub its whole degree per row.)
STORED_STATEMENTS = "MATCH ()-[r:%s]->() WHERE r.id IN $ids RETURN r.id AS id"

ADD_SOURCES = """
MATCH ()-[r:%s]->() WHERE r.id IN keys($rows)
WITH r, $rows[r.id] AS row
SET r.evidence = CASE WHEN row.article IN r.sources THEN r.evidence ELSE r.evidence + row.evidence END,
    r.sources = CASE WHEN row.article IN r.sources THEN r.sources ELSE r.sources + row.article END,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
"""

# The properties are written in the CREATE itself: a SET clause per property costs the
# embedded server a record update each (a third of the speed).
CREATE_STATEMENTS = """
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject})
MATCH (o:Actor {id: row.object})
CREATE (s)-[r:%s {
    id: row.id, predicate: row.predicate, weight: row.weight, polarity: row.polarity,
    date: CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    precision: row.precision, date_source: row.date_source,
    until: CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END,
    confidence: row.confidence, hedged: row.hedged, attributed_to: row.attributed_to,
    event: row.event, place: row.place, sources: [row.article], evidence: [row.evidence],
    reported: date(row.reported), recorded_at: datetime(row.recorded_at)
}]->(o)
"""


def write_statement_rows(tx, rel_type: str, rows: list[dict]) -> tuple[int, int]:
    """Store statement rows of one relationship type, with distinct ids, in the transaction
    ``tx``: a stored statement gains the row's article as a source (once), the others are
    created. Returns (created, already stored)."""
    stored = {r["id"] for r in tx.run(STORED_STATEMENTS % rel_type, ids=[row["id"] for row in rows])}
    if stored:
        tx.run(ADD_SOURCES % rel_type, rows={row["id"]: row for row in rows if row["id"] in stored}).consume()
    new = [row for row in rows if row["id"] not in stored]
    if new:
        tx.run(CREATE_STATEMENTS % rel_type, rows=new).consume()
    return len(new), len(stored)


STATS = {
    "actors": "MATCH (a:Actor) RETURN count(a) AS n",
    "articles": "MATCH (a:Article) RETURN count(a) AS n",
    "by_predicate": "MATCH ()-[r]->() WHERE r.predicate IS NOT NULL "
    "RETURN r.predicate AS predicate, count(r) AS statements ORDER BY statements DESC, predicate",
    "dates": "MATCH ()-[r]->() WHERE r.date IS NOT NULL RETURN min(r.date) AS first, max(r.date) AS last",
}


def _first_day(iso: str | None) -> str | None:
    """``2024-08`` → ``2024-08-01``: the stored date is the period's first day; precision says which."""
    if iso is None:
        return None
    return {4: iso + "-01-01", 7: iso + "-01", 10: iso}[len(iso)]


@dataclass
class LoadResult:
    article: str
    already_loaded: bool = False
    new: int = 0
    corroborated: int = 0
    actors: int = 0


@contextmanager
def server_errors(refused: str = "a query", lost: str = ""):
    """The driver's errors as one clear KGError: what the server refused, or that it was lost."""
    try:
        yield
    except Neo4jError as e:
        raise KGError(f"the graph server refused {refused}: {' '.join(str(e.message or e).split())}") from None
    except DriverError as e:
        raise KGError(f"lost the graph server{lost}: {' '.join(str(e).split())}") from None


class Store:
    """Cypher over Bolt against one database of one server."""

    def __init__(self, driver: neo4j.Driver, database: str | None):
        self.driver = driver
        self.database = database

    def run(self, cypher: str, **params) -> list[dict]:
        """Run one read or write statement in its own transaction and return its rows."""
        with server_errors():
            with self.driver.session(database=self.database) as session:
                return [dict(r) for r in session.run(cypher, params)]

    def pages(self, cypher: str, limit: int, **params):
        """The rows of ``cypher`` a page at a time, in id order: keyset paging on ``$after``
        (the last id of the page before) with ``$limit`` rows, so no page depends on the
        size of the store."""
        after = ""
        while True:
            rows = self.run(cypher, after=after, limit=limit, **params)
            if rows:
                yield rows
            if len(rows) < limit:
                return
            after = rows[-1]["id"]

    def ensure_schema(self) -> None:
        """Apply the constraints and indexes of ``schemas/graph.cypher`` (idempotent)."""
        for statement in SCHEMA_STATEMENTS:
            self.run(statement)

    def has_article(self, article_id: str) -> bool:
        return bool(self.run(ARTICLE_EXISTS, id=article_id))

    def load(self, article: Article, statements: list[Statement]) -> LoadResult:
        """Store an article and its statements in one transaction: all of it or nothing.

        The same article twice changes nothing; a statement another article already gave
        gains this article as a second source instead of becoming a second relationship.
        """
        result = LoadResult(article=article.id)
        now = datetime.now(timezone.utc).isoformat()
        actors = {s.subject.id: s.subject for s in statements} | {s.object.id: s.object for s in statements}
        by_type = defaultdict(dict)
        for s in statements:
            by_type[PREDICATES[s.predicate].rel_type].setdefault(s.id, statement_row(s, article, now))

        def work(tx):
            if tx.run(ARTICLE_EXISTS, id=article.id).single():
                result.already_loaded = True
                return
            tx.run(MERGE_ACTORS, rows=[actor_row(a) for a in actors.values()]).consume()
            for rel_type, rows in sorted(by_type.items()):
                new, stored = write_statement_rows(tx, rel_type, list(rows.values()))
                result.new += new
                result.corroborated += stored
            tx.run(CREATE_ARTICLE, article={
                "id": article.id, "url": article.url, "title": article.title,
                "published": article.published.isoformat(), "sha256": article.sha256,
                "loaded_at": now, "statements": sum(len(r) for r in by_type.values()),
            }).consume()
            result.actors = len(actors)

        try:
            with self.driver.session(database=self.database) as session:
                session.execute_write(work)
        except Neo4jError as e:
            raise KGError(f"nothing stored for {article.id}: the graph server refused the load: {' '.join(str(e.message or e).split())}") from None
        except DriverError as e:
            raise KGError(f"nothing stored for {article.id}: lost the graph server: {' '.join(str(e).split())}") from None
        return result

    def stats(self) -> dict:
        """Counts of actors, articles and statements per predicate, and the first and last dates."""
        dates = self.run(STATS["dates"])
        return {
            "actors": self.run(STATS["actors"])[0]["n"],
            "articles": self.run(STATS["articles"])[0]["n"],
            "statements": {r["predicate"]: r["statements"] for r in self.run(STATS["by_predicate"])},
            "first": dates[0]["first"] if dates else None,
            "last": dates[0]["last"] if dates else None,
        }


def actor_row(a: Actor) -> dict:
    return {"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
            "iso3": a.iso3, "wikidata": a.wikidata}


def statement_row(s: Statement, article: Article, now: str) -> dict:
    p = PREDICATES[s.predicate]
    return {
        "id": s.id, "subject": s.subject.id, "object": s.object.id, "predicate": s.predicate,
        "weight": p.weight, "polarity": p.polarity,
        "date": _first_day(s.date), "precision": s.date_precision, "date_source": s.date_source,
        "until": _first_day(s.until), "confidence": s.confidence, "hedged": s.hedged,
        "attributed_to": s.attributed_to, "event": s.event, "place": s.place,
        "article": article.id, "evidence": s.evidence,
        "reported": article.published.isoformat(), "recorded_at": now,
    }


def neo4j_settings(uri: str | None) -> Connection | None:
    """A Neo4j connection from ``--neo4j-uri`` and the variables Neo4j's own tools read."""
    if not uri:
        return None
    return Connection(
        uri=uri,
        user=os.environ.get("NEO4J_USERNAME", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", ""),
        database=os.environ.get("NEO4J_DATABASE") or None,
    )


def connect(conn: Connection) -> Store:
    """A Store on a Bolt server, checked to answer, or a KGError that says why not."""
    try:
        driver = GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password), connection_timeout=10)
        driver.verify_connectivity()
    except AuthError:
        raise KGError(f"the graph server at {conn.uri} refused the user name or password") from None
    except (ServiceUnavailable, OSError) as e:
        raise KGError(f"cannot reach the graph server at {conn.uri}: {' '.join(str(e).split())}") from None
    except (ValueError, ClientError, Neo4jError) as e:
        raise KGError(f"cannot use the graph server at {conn.uri}: {' '.join(str(e).split())}") from None
    return Store(driver, conn.database)


@contextmanager
def open_store(home: str, neo4j_uri: str | None = None):
    """The store to use: Neo4j when a URI is given, else the home's embedded server.

    >>> with open_store("/tmp/kg-doc-home") as store:   # doctest: +SKIP
    ...     store.stats()["actors"]
    0
    """
    with ExitStack() as stack:
        conn = neo4j_settings(neo4j_uri) or stack.enter_context(embedded(home))
        store = connect(conn)
        stack.callback(store.driver.close)
        store.ensure_schema()
        yield store
