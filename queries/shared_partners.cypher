// name: shared_partners
// description: Shared partners of two actors as of a date: actors both cooperate with (statements of positive polarity, either direction), with each side's statement count and the last day seen; persons count for the state or organisation they represent or lead.
// param a: string, required — one actor's id or name (RUS, Russia)
// param b: string, required — the other actor's id or name (PRK, North Korea)
// param as_of: date, default 2100-12-31 — count statements dated on or before this day
// param limit: integer, default 100 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), the two actors' own relationships of the positive types
// :param a => 'RUS';
// :param b => 'PRK';
// :param as_of => '2100-12-31';
// :param limit => 100;
MATCH (a:Actor)
WHERE a.id = $a OR toLower(a.name) = toLower($a)
MATCH (b:Actor)
WHERE b.id = $b OR toLower(b.name) = toLower($b)
UNWIND [a, b] AS anchor
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(anchor)
WHERE person.type = 'person'
WITH a, b, anchor, [anchor] + collect(person) AS selves, date($as_of) AS as_of
UNWIND selves AS me
MATCH (me)-[r:SUPPORTS|PROVIDES_AID_TO|SENDS_TROOPS_TO|SUPPLIES_WEAPONS_TO|COOPERATES_WITH|SIGNS_AGREEMENT_WITH|MEETS_WITH|VISITS]-(x:Actor)
WHERE r.date <= as_of
WITH a, b, anchor, x, count(r) AS statements, max(r.date) AS last
OPTIONAL MATCH (x)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE x.type = 'person'
WITH a, b, anchor, coalesce(state, x) AS c, statements, last
WHERE NOT c IN [a, b]
WITH c, sum(CASE WHEN anchor = a THEN statements ELSE 0 END) AS with_a,
     sum(CASE WHEN anchor = b THEN statements ELSE 0 END) AS with_b, max(last) AS last
WHERE with_a > 0 AND with_b > 0
RETURN c.name AS partner, c.type AS type, with_a, with_b, toString(last) AS last_seen
ORDER BY with_a + with_b DESC, partner
LIMIT $limit;
