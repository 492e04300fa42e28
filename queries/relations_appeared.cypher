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
WITH a, [a] + collect(person) AS selves
UNWIND selves AS me
WITH a.id AS actor, a.name AS name, me, date($since) AS since, date($until) AS until
MATCH (me)-[r]-(x:Actor)
WHERE r.date <= until
WITH actor, name, since, x.id AS x, r.predicate AS predicate, startNode(r) = me AS outgoing, min(r.date) AS day,
     count(r) AS statements, sum(size(r.sources)) AS sources
WITH actor, name, since, x, collect([predicate, outgoing, day, statements, sources]) AS relations
MATCH (c:Actor {id: x})
OPTIONAL MATCH (c)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE c.type = 'person'
WITH actor, name, since, coalesce(state, c) AS other, relations
WHERE other.id <> actor
UNWIND relations AS rel
WITH actor, name, since, other.id AS other, other.name AS other_name, rel[0] AS predicate, rel[1] AS outgoing,
     min(rel[2]) AS day, sum(rel[3]) AS statements, sum(rel[4]) AS sources
WHERE day >= since
RETURN toString(day) AS first_seen,
       CASE WHEN outgoing THEN name ELSE other_name END AS subject, predicate,
       CASE WHEN outgoing THEN other_name ELSE name END AS object, statements, sources
ORDER BY first_seen, predicate, subject, object
LIMIT $limit;
