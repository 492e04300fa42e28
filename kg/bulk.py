"""Bulk writes: many actors, statements and articles in large ``UNWIND`` batches, with the
loader's own Cypher (``kg.store``), so a bulk write merges exactly as ``kg load`` does.

Used by ``kg push`` (copying one store into another) and by ``scripts/bench_store``.

>>> with open_store("/tmp/kg-doc-home") as store:   # doctest: +SKIP
...     write_actors(store, [{"id": "UKR", "name": "Ukraine", "type": "state", "aliases": [],
...                           "iso3": "UKR", "wikidata": "Q212"}])
1
"""

from collections import Counter, defaultdict
from collections.abc import Iterable

from kg.store import CREATE_ARTICLE, MERGE_ACTORS, MERGE_STATEMENTS, Store, server_errors
from kg.vocabulary import PREDICATES

BATCH_SIZE = 5000

# The loader's single-article MERGE, unwound over a list: the same SET clauses, not a copy.
MERGE_ARTICLES = "UNWIND $rows AS article\n" + CREATE_ARTICLE.replace("$article", "article")

# The loader's statement MERGE with the pattern written from the object's side: the same
# relationship and the same SET clauses; only where the embedded server starts looking.
_FORWARD, _BACKWARD = "MERGE (s)-[r:%s {id: row.id}]->(o)", "MERGE (o)<-[r:%s {id: row.id}]-(s)"
if _FORWARD not in MERGE_STATEMENTS:
    raise ImportError("kg.store.MERGE_STATEMENTS no longer has the MERGE line kg.bulk turns around")
MERGE_STATEMENTS_FROM_OBJECT = MERGE_STATEMENTS.replace(_FORWARD, _BACKWARD)


def write(store: Store, cypher: str, rows: list[dict], what: str) -> None:
    """Run ``cypher`` with ``$rows`` in one write transaction; a refusal or lost server is a KGError."""
    with server_errors(what, f" while writing {what}"):
        with store.driver.session(database=store.database) as session:
            session.execute_write(lambda tx: tx.run(cypher, rows=rows).consume())


def _batches(rows: Iterable[dict], size: int):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_all(store: Store, cypher: str, rows: Iterable[dict], batch_size: int, what: str) -> int:
    n = 0
    for batch in _batches(rows, batch_size):
        write(store, cypher, batch, what)
        n += len(batch)
    return n


def write_actors(store: Store, rows: Iterable[dict], batch_size: int = BATCH_SIZE) -> int:
    """MERGE actors (rows as :func:`kg.store.actor_row` makes them) by id; returns how many rows."""
    return _write_all(store, MERGE_ACTORS, rows, batch_size, "the actors")


def write_articles(store: Store, rows: Iterable[dict], batch_size: int = BATCH_SIZE) -> int:
    """MERGE articles by id (rows with the keys of the loader's ``$article``); returns how many rows."""
    return _write_all(store, MERGE_ARTICLES, rows, batch_size, "the articles")


def write_statements(store: Store, rows: Iterable[dict], batch_size: int = BATCH_SIZE,
                     degrees: Counter | None = None) -> int:
    """MERGE statement rows (as :func:`kg.store.statement_row` makes them, one source each)
    with the loader's Cypher: grouped by relationship type, ``batch_size`` rows per
    ``UNWIND``, each batch in its own transaction. Returns the number of rows.

    A statement id given twice (two sources) is written in two passes, the second after the
    first, as a second article does in ``kg load``: one ``MERGE`` statement does not reliably
    see what it created itself on every server.

    Each row's ``MERGE`` starts from the endpoint with fewer relationships so far, counted in
    ``degrees`` (pass the same Counter to every call of one bulk write): the embedded server
    looks for an existing relationship by walking the start node's relationships, so
    starting from a hub costs its whole degree per row. Neo4j finds it through the index.
    """
    degrees = Counter() if degrees is None else degrees
    passes, seen = [], Counter()
    for row in rows:
        k = seen[row["id"]]
        seen[row["id"]] += 1
        if k == len(passes):
            passes.append(defaultdict(list))
        from_object = degrees["in", row["object"]] < degrees["out", row["subject"]]
        if k == 0:
            degrees["out", row["subject"]] += 1
            degrees["in", row["object"]] += 1
        passes[k][PREDICATES[row["predicate"]].rel_type, from_object].append(row)
    for by_type in passes:
        for (rel_type, from_object), typed in sorted(by_type.items()):
            cypher = (MERGE_STATEMENTS_FROM_OBJECT if from_object else MERGE_STATEMENTS) % rel_type
            for batch in _batches(typed, batch_size):
                write(store, cypher, batch, "the statements")
    return sum(seen.values())
