// name: pair_history
// description: Everything two actors did to each other, in either direction, oldest first; each side includes the persons who represent or lead it.
// param a: string, required — one actor's id or name (PRK, North Korea)
// param b: string, required — the other actor's id or name (RUS, Russia)
// param limit: integer, default 200 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), the first actor's own relationships
// :param a => 'PRK';
// :param b => 'RUS';
// :param limit => 200;
MATCH (x:Actor)
WHERE x.id = $a OR toLower(x.name) = toLower($a)
MATCH (y:Actor)
WHERE y.id = $b OR toLower(y.name) = toLower($b)
OPTIONAL MATCH (px:Actor)-[:REPRESENTS|LEADS]->(x)
WHERE px.type = 'person'
WITH x, y, [x] + collect(px) AS xs
OPTIONAL MATCH (py:Actor)-[:REPRESENTS|LEADS]->(y)
WHERE py.type = 'person'
WITH y, xs, [y] + collect(py) AS ys
UNWIND xs AS me
MATCH (me)-[r]-(other:Actor)
WHERE other IN ys
WITH r ORDER BY r.date, r.predicate LIMIT $limit
RETURN left(toString(r.date), CASE r.precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END) AS date,
       startNode(r).name AS subject, r.predicate AS predicate, endNode(r).name AS object, r.polarity AS polarity,
       size(r.sources) AS sources, r.evidence[0] AS evidence
ORDER BY r.date, predicate, subject;
