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

from kg.store import CREATE_ARTICLE, MERGE_ACTORS, Store, server_errors, write_statement_rows
from kg.vocabulary import PREDICATES

BATCH_SIZE = 10_000

# The loader's single-article MERGE, unwound over a list: the same SET clauses, not a copy.
MERGE_ARTICLES = "UNWIND $rows AS article\n" + CREATE_ARTICLE.replace("$article", "article")

def write(store: Store, cypher: str, rows: list[dict], what: str) -> None:
    """Run ``cypher`` with ``$rows`` in one write transaction; a refusal or lost server is a KGError."""
    transaction(store, lambda tx: tx.run(cypher, rows=rows).consume(), what)


def transaction(store: Store, work, what: str):
    """Run ``work(tx)`` in one write transaction; a refusal or lost server is a KGError."""
    with server_errors(what, f" while writing {what}"):
        with store.driver.session(database=store.database) as session:
            return session.execute_write(work)


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


def write_statements(store: Store, rows: Iterable[dict], batch_size: int = BATCH_SIZE) -> int:
    """Store statement rows (as :func:`kg.store.statement_row` makes them, one source each)
    as the loader does (:func:`kg.store.write_statement_rows`): grouped by relationship
    type, ``batch_size`` rows per batch, each batch in its own transaction. Returns the
    number of rows.

    A statement id given twice (two sources) is written in two passes, the second after the
    first, as a second article does in ``kg load``.
    """
    passes, seen = [], Counter()
    for row in rows:
        k = seen[row["id"]]
        seen[row["id"]] += 1
        if k == len(passes):
            passes.append(defaultdict(list))
        passes[k][PREDICATES[row["predicate"]].rel_type].append(row)
    for by_type in passes:
        for rel_type, typed in sorted(by_type.items()):
            for batch in _batches(typed, batch_size):
                transaction(store, lambda tx: write_statement_rows(tx, rel_type, batch), "the statements")
    return sum(seen.values())
