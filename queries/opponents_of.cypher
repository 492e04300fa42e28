// name: opponents_of
// description: Who has acted against an actor (condemns, accuses, threatens, sanctions, attacks, occupies) up to a date, first and last seen, how many sources; a person's statements count for the state or organisation they represent or lead, on both sides.
// param actor: string, required — the actor's id or name (RUS, Russia)
// param as_of: date, default 2100-12-31 — count statements dated on or before this day
// param limit: integer, default 100 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), the actor's incoming relationships of the hostile types
// :param actor => 'RUS';
// :param as_of => '2100-12-31';
// :param limit => 100;
MATCH (target:Actor)
WHERE target.id = $actor OR toLower(target.name) = toLower($actor)
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(target)
WHERE person.type = 'person'
WITH target, [target] + collect(person) AS selves, date($as_of) AS as_of
UNWIND selves AS me
MATCH (x:Actor)-[r:CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS|OCCUPIES]->(me)
WHERE r.date <= as_of
WITH target, x, r.predicate AS predicate, min(r.date) AS first, max(r.date) AS last, count(r) AS statements,
     sum(size(r.sources)) AS sources
OPTIONAL MATCH (x)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE x.type = 'person'
WITH target, coalesce(state, x) AS s, predicate, first, last, statements, sources
WHERE s <> target
WITH s, predicate, min(first) AS first, max(last) AS last, sum(statements) AS statements, sum(sources) AS sources
ORDER BY predicate
RETURN s.name AS opponent, s.type AS type, collect(predicate) AS how,
       toString(min(first)) AS first_seen, toString(max(last)) AS last_seen,
       sum(statements) AS statements, sum(sources) AS sources
ORDER BY first_seen, opponent
LIMIT $limit;
