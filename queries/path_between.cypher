// name: path_between
// description: How two actors are linked as of a date: their direct relations and the actors that link them in two steps, shortest first, with the predicates on each step; persons count for the state or organisation they represent or lead.
// param a: string, required — one actor's id or name (DEU, Germany)
// param b: string, required — the other actor's id or name (PRK, North Korea)
// param as_of: date, default 2100-12-31 — only statements dated on or before this day
// param limit: integer, default 25 — at most this many paths
// uses: actor_id (a name: a scan of the Actor nodes), the two actors' own relationships
// :param a => 'DEU';
// :param b => 'PRK';
// :param as_of => '2100-12-31';
// :param limit => 25;
MATCH (a:Actor)
WHERE a.id = $a OR toLower(a.name) = toLower($a)
MATCH (b:Actor)
WHERE b.id = $b OR toLower(b.name) = toLower($b)
UNWIND [a, b] AS anchor
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(anchor)
WHERE person.type = 'person'
WITH a, b, anchor, [anchor] + collect(person) AS selves, date($as_of) AS as_of
UNWIND selves AS me
MATCH (me)-[r]-(x:Actor)
WHERE r.date <= as_of
WITH a, b, anchor, x, collect(DISTINCT r.predicate) AS predicates
OPTIONAL MATCH (x)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE x.type = 'person'
WITH a, b, anchor, coalesce(state, x) AS m, predicates
WHERE m <> anchor
UNWIND predicates AS predicate
WITH a, b, anchor, m, predicate ORDER BY predicate
WITH a, b, m, collect(DISTINCT CASE WHEN anchor = a THEN predicate END) AS first_step,
     collect(DISTINCT CASE WHEN anchor = b THEN predicate END) AS second_step
WHERE size(first_step) > 0 AND (m = b OR (m <> a AND size(second_step) > 0))
RETURN CASE WHEN m = b THEN 1 ELSE 2 END AS hops,
       CASE WHEN m = b THEN [a.name, b.name] ELSE [a.name, m.name, b.name] END AS path,
       first_step, CASE WHEN m = b THEN [] ELSE second_step END AS second_step
ORDER BY hops, path
LIMIT $limit;
