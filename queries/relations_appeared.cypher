// name: relations_appeared
// description: Relations of an actor first seen within a time window (a counterpart and predicate never stated before); persons count for the state or organisation they represent or lead.
// param actor: string, required — the actor's id or name (RUS, Russia)
// param since: date, default 2024-10-01 — the window's first day
// param until: date, default 2100-12-31 — the window's last day
// param limit: integer, default 100 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), the actor's own relationships
// :param actor => 'RUS';
// :param since => '2024-10-01';
// :param until => '2100-12-31';
// :param limit => 100;
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(a)
WHERE person.type = 'person'
WITH a, [a] + collect(person) AS selves, date($since) AS since, date($until) AS until
UNWIND selves AS me
MATCH (me)-[r]-(x:Actor)
WHERE r.date <= until
WITH a, since, x, r.predicate AS predicate, startNode(r) = me AS outgoing, min(r.date) AS day, count(r) AS statements,
     sum(size(r.sources)) AS sources
OPTIONAL MATCH (x)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE x.type = 'person'
WITH a, since, coalesce(state, x) AS other, predicate, outgoing, day, statements, sources
WHERE other <> a
WITH a, since, other, predicate, outgoing, min(day) AS day, sum(statements) AS statements, sum(sources) AS sources
WHERE day >= since
RETURN toString(day) AS first_seen,
       CASE WHEN outgoing THEN a.name ELSE other.name END AS subject, predicate,
       CASE WHEN outgoing THEN other.name ELSE a.name END AS object, statements, sources
ORDER BY first_seen, predicate, subject, object
LIMIT $limit;
