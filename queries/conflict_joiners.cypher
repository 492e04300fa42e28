// name: conflict_joiners
// description: Who joined a conflict between two sides: the first day each actor acted for or against a side (backing one side: support, aid, weapons, troops, cooperation, agreements; or acting against the other: condemnation, accusation, threats, sanctions, attacks, occupation); persons count for the state or organisation they represent or lead.
// param side: string, required — one side's id or name (UKR, Ukraine)
// param enemy: string, required — the other side's id or name (RUS, Russia)
// param since: date, default 1900-01-01 — only statements from this day on
// param limit: integer, default 100 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), the two sides' incoming relationships of the backing and hostile types
// :param side => 'UKR';
// :param enemy => 'RUS';
// :param since => '1900-01-01';
// :param limit => 100;
MATCH (s:Actor)
WHERE s.id = $side OR toLower(s.name) = toLower($side)
MATCH (e:Actor)
WHERE e.id = $enemy OR toLower(e.name) = toLower($enemy)
UNWIND [s, e] AS target
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(target)
WHERE person.type = 'person'
WITH s, e, target, [target] + collect(person) AS selves, date($since) AS since
UNWIND selves AS me
MATCH (x:Actor)-[r:SUPPORTS|PROVIDES_AID_TO|SENDS_TROOPS_TO|SUPPLIES_WEAPONS_TO|COOPERATES_WITH|SIGNS_AGREEMENT_WITH|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS|OCCUPIES]->(me)
WHERE r.date >= since
WITH s, e, target, x, (target = s) = (r.polarity > 0) AS for_side,
     min(toString(r.date) + '|' + r.predicate + '|' + target.name) AS first, count(r) AS statements
OPTIONAL MATCH (x)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE x.type = 'person'
WITH s, e, coalesce(state, x) AS actor, for_side, first, statements
WHERE NOT actor IN [s, e]
WITH actor, CASE WHEN for_side THEN s ELSE e END AS took, min(first) AS first, sum(statements) AS statements
WITH actor, took, split(first, '|') AS first, statements
RETURN first[0] AS joined, actor.name AS actor, took.name AS took_side, first[1] AS how, first[2] AS toward, statements
ORDER BY joined, actor
LIMIT $limit;
