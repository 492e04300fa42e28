// name: actor_timeline
// description: An actor's dated relations in both directions, oldest first; a state's timeline includes what the persons who represent or lead it said and did.
// param actor: string, required — the actor's id or name (UKR, Ukraine)
// param since: date, default 1900-01-01 — from this day on
// param until: date, default 2100-12-31 — up to and including this day
// param limit: integer, default 200 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), the actor's own relationships
// :param actor => 'UKR';
// :param since => '1900-01-01';
// :param until => '2100-12-31';
// :param limit => 200;
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(a)
WHERE person.type = 'person'
WITH a, [a] + collect(person) AS selves, date($since) AS since, date($until) AS until
UNWIND range(0, size(selves) - 1) AS i
WITH selves[i] AS me, selves[..i] AS earlier, since, until
MATCH (me)-[r]-(x:Actor)
WHERE r.date >= since AND r.date <= until AND NOT x IN earlier
WITH r ORDER BY r.date, r.predicate LIMIT $limit
RETURN left(toString(r.date), CASE r.precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END) AS date,
       startNode(r).name AS subject, r.predicate AS predicate, endNode(r).name AS object,
       r.confidence AS confidence, size(r.sources) AS sources
ORDER BY r.date, predicate, subject, object;
