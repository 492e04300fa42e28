// name: pair_history
// description: Everything two actors did to each other, in either direction, oldest first.
// param a: string, required — one actor's id or name (PRK, North Korea)
// param b: string, required — the other actor's id or name (RUS, Russia)
// :param a => 'PRK';
// :param b => 'RUS';
MATCH (x:Actor)
WHERE x.id = $a OR toLower(x.name) = toLower($a)
MATCH (y:Actor)
WHERE y.id = $b OR toLower(y.name) = toLower($b)
MATCH (s:Actor)-[r]->(o:Actor)
WHERE (s = x AND o = y) OR (s = y AND o = x)
RETURN left(toString(r.date), CASE r.precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END) AS date,
       s.name AS subject, r.predicate AS predicate, o.name AS object, r.polarity AS polarity,
       size(r.sources) AS sources, r.evidence[0] AS evidence
ORDER BY r.date, predicate, subject;
