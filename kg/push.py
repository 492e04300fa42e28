"""Copy one store into another (``kg push``): actors, statements, then articles, read in
pages and merged with the loader's own Cypher, so pushing twice changes nothing and a
statement the target already has gains only the sources it lacked.

>>> from kg.store import connect, neo4j_settings, open_store            # doctest: +SKIP
>>> with open_store("~/.local/share/kg") as source:                     # doctest: +SKIP
...     target = connect(neo4j_settings("neo4j://localhost:7687"))
...     push(source, target)
{'actors': 172, 'statements': 1480, 'articles': 3}
"""

from collections.abc import Callable
from itertools import zip_longest

from kg.bulk import BATCH_SIZE, write_actors, write_articles, write_statements
from kg.store import ACTOR_PAGE, Store

# Pages are read in id order through the id constraints' indexes (keyset paging: a page
# starts after the last id of the one before), so no page depends on the size of the store.
READ_ACTORS = ACTOR_PAGE

# Statements are read by their subject: a page of subjects and all their outgoing statements.
READ_STATEMENTS = """
MATCH (s:Actor) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $limit
MATCH (s)-[r]->(o:Actor)
WHERE r.id IS NOT NULL
RETURN s.id AS subject, o.id AS object, r.id AS id, r.predicate AS predicate, r.weight AS weight,
       r.polarity AS polarity, r.date AS date, r.precision AS precision, r.date_source AS date_source,
       r.until AS until, r.confidence AS confidence, r.hedged AS hedged, r.attributed_to AS attributed_to,
       r.event AS event, r.place AS place, r.sources AS sources, r.evidence AS evidence,
       r.reported AS reported, r.recorded_at AS recorded_at
"""

READ_ARTICLES = """
MATCH (a:Article) WHERE a.id > $after
RETURN a.id AS id, a.url AS url, a.title AS title, a.published AS published, a.sha256 AS sha256,
       a.loaded_at AS loaded_at, a.statements AS statements
ORDER BY a.id LIMIT $limit
"""

SUBJECTS_PER_PAGE = 100


def as_sent(row: dict) -> dict:
    """A row read back, as the loader sends it: dates and times as ISO text (which every
    server's ``date()`` and ``datetime()`` take; not all take their own temporal values)."""
    return {k: v.iso_format() if hasattr(v, "iso_format") else v for k, v in row.items()}


def statement_rows(stored: dict) -> list[dict]:
    """A stored statement as loader rows, one per source in the order the sources came,
    each with the evidence that source gave."""
    base = {k: v for k, v in as_sent(stored).items() if k not in ("sources", "evidence")}
    pairs = zip_longest(stored["sources"] or [], stored["evidence"] or [], fillvalue="")
    return [{**base, "article": article, "evidence": evidence} for article, evidence in pairs if article]


def subject_pages(store: Store):
    """Yield the statements of ``SUBJECTS_PER_PAGE`` subjects at a time, as loader rows."""
    after = ""
    while True:
        subjects = store.run(READ_ACTORS, after=after, limit=SUBJECTS_PER_PAGE)
        if not subjects:
            return
        rows = store.run(READ_STATEMENTS, after=after, limit=SUBJECTS_PER_PAGE)
        yield [row for stored in rows for row in statement_rows(stored)], len(rows)
        after = subjects[-1]["id"]


def push(source: Store, target: Store, batch_size: int = BATCH_SIZE,
         progress: Callable[[int], object] | None = None) -> dict:
    """Merge every actor, statement and article of ``source`` into ``target``.

    Actors first, then statements (each source of a statement as one loader row, so the
    target merges sources and evidence as ``kg load`` does), then articles last: an
    article present in the target means its statements are there too. Idempotent; an
    interrupted push is completed by pushing again. ``progress(n)`` is called with the
    number of actors, statements or articles just written. Returns the counts read.
    """
    progress = progress or (lambda n: None)
    target.ensure_schema()
    counts = {"actors": 0, "statements": 0, "articles": 0}
    for rows in source.pages(READ_ACTORS, batch_size):
        write_actors(target, rows, batch_size)
        counts["actors"] += len(rows)
        progress(len(rows))
    for rows, statements in subject_pages(source):
        write_statements(target, rows, batch_size)
        counts["statements"] += statements
        progress(statements)
    for rows in source.pages(READ_ARTICLES, batch_size):
        write_articles(target, [as_sent(row) for row in rows], batch_size)
        counts["articles"] += len(rows)
        progress(len(rows))
    return counts
