// name: actor_timeline
// description: An actor's dated relations in both directions, oldest first.
// param actor: string, required — the actor's id or name (UKR, Ukraine)
// param since: date, default 1900-01-01 — from this day on
// param until: date, default 2100-12-31 — up to and including this day
// :param actor => 'UKR';
// :param since => '1900-01-01';
// :param until => '2100-12-31';
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
MATCH (s:Actor)-[r]->(o:Actor)
WHERE (s = a OR o = a) AND r.date >= date($since) AND r.date <= date($until)
RETURN left(toString(r.date), CASE r.precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END) AS date,
       s.name AS subject, r.predicate AS predicate, o.name AS object,
       r.confidence AS confidence, size(r.sources) AS sources
ORDER BY r.date, predicate, subject, object;
