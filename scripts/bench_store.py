"""Store benchmark: load a generated graph into a fresh embedded store, then time the query library.

Usage: scripts/bench_store [STATEMENTS] [--actors N] [--batch-size N] [--runs N] [--ranks 1,10,100] [--keep DIR]

The graph is realistic in shape, not in content: 5,000 actors of mixed types (states,
organisations, persons who represent states, armed groups, places) whose activity is
skewed (Zipf-like: a few actors take part in most statements), STATEMENTS distinct dated
statements over three years with predicates in rough GDELT/ICEWS proportions, about ten per
article, and about one in ten reported again by a later article (a second source). It is
written through kg.bulk with the loader's own Cypher, then every query of the library
runs --runs times about the actors of the --ranks by number of statements (1 is the most
connected, the worst case); the median latency is printed with the indexes the query says
it uses (its ``// uses:`` header line).
"""

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate

from kg.bulk import BATCH_SIZE, write_actors, write_articles, write_statements
from kg.errors import KGError
from kg.model import Article, statement_id
from kg.queries import library
from kg.store import open_store
from kg.vocabulary import PREDICATES

# Share of each predicate among statements between non-person actors (rough GDELT/ICEWS shape:
# talk and verbal conflict dominate, material acts are rarer).
MIX = {
    "meets_with": 18, "supports": 11, "condemns": 10, "accuses": 8, "visits": 7, "cooperates_with": 7,
    "attacks": 8, "concerned_about": 6, "threatens": 5, "provides_aid_to": 5, "signs_agreement_with": 3,
    "sanctions": 3, "supplies_weapons_to": 3, "sends_troops_to": 1.5, "occupies": 1, "defeats": 1,
}
LEADERS = 0.05  # the share of persons who lead an organisation; the others represent a state
TYPES = {"state": 200, "organisation": 400, "armed_group": 300, "place": 300}  # the rest are persons
START, DAYS = date(2023, 1, 1), 3 * 365
PER_ARTICLE = 10
CORROBORATED = 0.1
CHUNK = 200_000
EXAMPLE = {"date": "2025-01-01", "integer": "10", "float": "0.5"}  # for required non-actor parameters


def make_actors(n: int, rng: random.Random) -> list[dict]:
    actors = []
    for kind, count in TYPES.items():
        actors += [{"id": f"{kind[:3].upper()}{i:04d}", "name": f"{kind.title()} {i}", "type": kind,
                    "aliases": [], "iso3": None, "wikidata": None} for i in range(count)]
    actors += [{"id": f"person-{i}", "name": f"Person {i}", "type": "person", "aliases": [],
                "iso3": None, "wikidata": None} for i in range(n - len(actors))]
    # Zipf-like activity; states and organisations tend to rank higher than the rest.
    rng.shuffle(actors)
    actors.sort(key=lambda a: rng.random() * (1 if a["type"] in ("state", "organisation") else 4))
    return actors


def as_stated(day: date, precision: str) -> str:
    return day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]


def statements(n: int, actors: list[dict], rng: random.Random):
    """Yield (subject, predicate, object, day, precision) until ``n`` distinct statements;
    the first ones give each person a role: most represent one of the busier states, a few
    lead one of the busier organisations."""
    states = [a for a in actors if a["type"] == "state"]
    organisations = [a for a in actors if a["type"] == "organisation"]
    weights = list(accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(actors))))
    predicates, shares = zip(*MIX.items())
    seen = set()

    def add(key):
        s, p, o, day, precision = key
        stated = statement_id(s, p, o, as_stated(day, precision))
        if stated in seen or s == o:  # the same id: the same fact, or a symmetric one the other way round
            return None
        seen.add(stated)
        return key

    for a in actors:
        if a["type"] == "person" and len(seen) < n:
            day = START + timedelta(days=rng.randrange(DAYS))
            role, of = ("leads", organisations[:60]) if rng.random() < LEADERS else ("represents", states[:60])
            yield add((a["id"], role, rng.choice(of)["id"], day, "day"))
    while len(seen) < n:
        s, o = rng.choices(actors, cum_weights=weights, k=2)
        precision = rng.choices(("day", "month", "year"), (85, 11, 4))[0]
        day = START + timedelta(days=rng.randrange(DAYS))
        day = {"day": day, "month": day.replace(day=1), "year": day.replace(month=1, day=1)}[precision]
        key = add((s["id"], rng.choices(predicates, shares)[0], o["id"], day, precision))
        if key:
            yield key


def reports(n: int, actors: list[dict], rng: random.Random, now: str):
    """Yield (article row, statement rows) per generated article; about one statement in ten is
    reported again by a later article."""
    recent, article_no, batch = [], 0, []

    def article(batch):
        nonlocal article_no
        article_no += 1
        published = max(row[3] for row in batch) + timedelta(days=rng.randrange(3))
        a = Article(f"Generated report {article_no}", published, url=f"https://example.org/{article_no}")
        rows = []
        for s, p, o, day, precision in batch:
            pred = PREDICATES[p]
            text = as_stated(day, precision)
            rows.append({
                "id": statement_id(s, p, o, text), "subject": s, "object": o, "predicate": p,
                "weight": pred.weight, "polarity": pred.polarity, "date": day.isoformat(), "precision": precision,
                "date_source": "explicit", "until": None, "confidence": round(rng.uniform(0.5, 0.95), 2),
                "hedged": rng.random() < 0.05, "attributed_to": None, "event": None, "place": None,
                "article": a.id, "evidence": f"Generated sentence: {s} {p} {o} ({text}).",
                "reported": published.isoformat(), "recorded_at": now,
            })
        return {"id": a.id, "url": a.url, "title": a.text, "published": published.isoformat(), "sha256": a.sha256,
                "loaded_at": now, "statements": len(rows)}, rows

    for key in statements(n, actors, rng):
        batch.append(key)
        if len(recent) < 100_000:
            recent.append(key)
        else:
            recent[rng.randrange(len(recent))] = key
        if rng.random() < CORROBORATED and len(recent) > 1000:
            again = recent[rng.randrange(len(recent) - 500)]  # an earlier one, not of this article
            if again not in batch:
                batch.append(again)
        if len(batch) >= PER_ARTICLE:
            yield article(batch)
            batch = []
    if batch:
        yield article(batch)


def load(store, n, actors, rng, batch_size):
    now = datetime.now(UTC).isoformat()
    write_actors(store, actors, batch_size)
    counts, write_seconds = Counter(), 0.0
    arts, rows = [], []

    def flush():
        nonlocal write_seconds
        t = time.perf_counter()
        write_statements(store, rows, batch_size)
        write_articles(store, arts, batch_size)
        write_seconds += time.perf_counter() - t
        counts["rows"] += len(rows)
        counts["articles"] += len(arts)
        arts.clear()
        rows.clear()
        print(f"  {counts['rows']:>9,} statement rows written, {counts['rows'] / write_seconds:,.0f}/s", file=sys.stderr)

    for art, statement_rows in reports(n, actors, rng, now):
        arts.append(art)
        rows.extend(statement_rows)
        if len(rows) >= CHUNK:
            flush()
    flush()
    return counts, write_seconds


def ranked_pairs(store, ranks: list[int]) -> list[tuple[int, dict, dict]]:
    """For each rank (1 = the most connected actor), the actor of that rank and its most
    frequent counterpart, with their numbers of statements."""
    top = store.run("MATCH (a:Actor)-[r]-() RETURN a.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT $k",
                    k=max(ranks))
    pairs = []
    for rank in ranks:
        a = top[rank - 1]
        (b,) = store.run("MATCH (a:Actor {id: $id})-[r]-(b:Actor) RETURN b.id AS id, count(r) AS n "
                         "ORDER BY n DESC, id LIMIT 1", id=a["id"])
        (b,) = store.run("MATCH (b:Actor {id: $id})-[r]-() RETURN b.id AS id, count(r) AS n", id=b["id"])
        pairs.append((rank, a, b))
    return pairs


def uses(query) -> str:
    for line in query.path.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("//") and line.strip()[2:].strip().startswith("uses:"):
            return line.split("uses:", 1)[1].strip()
    return "n/a"


def bench_queries(store, runs: int, ranks: list[int]) -> None:
    """The median latency of every library query, asked about the actor of each rank and its
    most frequent counterpart: the most connected actor is the worst case, and a query about
    the hundredth is what most questions look like."""
    for rank, top, other in ranked_pairs(store, ranks):
        a, b = top["id"], other["id"]
        print(f"queries ({runs} runs each) about the actor ranked {rank} by statements, {a} "
              f"({top['n']:,} statements), and its most frequent counterpart {b} ({other['n']:,}):")
        for q in library().values():
            required = [p for p in q.params.values() if p.required]
            strings = iter([a, b, a])
            params = q.bind({p.name: next(strings) if p.type == "string" else EXAMPLE[p.type] for p in required})
            times, rows = [], 0
            try:
                for _ in range(runs):
                    t = time.perf_counter()
                    rows = len(store.run(q.cypher, **params))
                    times.append(time.perf_counter() - t)
            except KGError as e:
                print(f"  {q.name:28s} failed: {e}")
                continue
            print(f"  {q.name:28s} median {statistics.median(times) * 1000:8.1f} ms  ({rows:>6} rows)  uses: {uses(q)}",
                  flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("statements", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ranks", default="1,10,100",
                        help="Ask the queries about the actors of these ranks by statements (default 1,10,100).")
    parser.add_argument("--keep", metavar="DIR", help="Use (and keep) this home instead of a temporary one.")
    args = parser.parse_args()
    rng = random.Random(7)
    actors = make_actors(args.actors, rng)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp, open_store(args.keep or tmp) as store:
        start = time.perf_counter()
        counts, write_seconds = load(store, args.statements, actors, rng, args.batch_size)
        wall = time.perf_counter() - start
        stats = store.stats()
        distinct = sum(stats["statements"].values())
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"loaded {distinct:,} statements ({counts['rows']:,} statement rows, the rest second sources) "
              f"among {stats['actors']:,} actors from {counts['articles']:,} articles, "
              f"{stats['first']} to {stats['last']}")
        print(f"  {distinct / write_seconds:,.0f} statements/s written ({write_seconds:.1f} s in the store; "
              f"{distinct / wall:,.0f}/s over {wall:.1f} s wall time including generation)")
        print(f"  peak memory {peak:,.0f} MiB (Python and the in-process JVM together; ru_maxrss)")
        bench_queries(store, args.runs, [int(r) for r in args.ranks.split(',')])


if __name__ == "__main__":
    main()
