// name: polarity_flips
// description: Where an actor's relation with a counterpart flipped between cooperation and conflict (consecutive statements of opposite polarity, either direction); persons count for the state or organisation they represent or lead.
// param actor: string, required — the actor's id or name (HUN, Hungary)
// param since: date, default 1900-01-01 — only statements from this day on
// param until: date, default 2100-12-31 — only statements up to this day
// param limit: integer, default 100 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), the actor's own relationships
// :param actor => 'HUN';
// :param since => '1900-01-01';
// :param until => '2100-12-31';
// :param limit => 100;
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(a)
WHERE person.type = 'person'
WITH a, [a] + collect(person) AS selves
UNWIND selves AS me
WITH a.id AS actor, me, date($since) AS since, date($until) AS until
MATCH (me)-[r]-(x:Actor)
WHERE r.date >= since AND r.date <= until AND r.polarity <> 0
WITH actor, x.id AS x, collect(DISTINCT toString(r.date) + '|' + r.predicate + '|' + toString(r.polarity)) AS events
MATCH (c:Actor {id: x})
OPTIONAL MATCH (c)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE c.type = 'person'
WITH actor, coalesce(state, c) AS other, events
WHERE other.id <> actor
WITH other.id AS other, other.name AS counterpart, collect(events) AS lists
CALL (lists) {
  UNWIND lists AS events
  UNWIND events AS event
  WITH event
  WITH event ORDER BY event
  RETURN collect(split(event, '|')) AS seq
}
UNWIND range(1, size(seq) - 1) AS i
WITH counterpart, seq[i - 1] AS before, seq[i] AS after
WHERE before[2] <> after[2]
RETURN after[0] AS flipped_on, counterpart,
       CASE WHEN after[2] = '1' THEN 'conflict → cooperation' ELSE 'cooperation → conflict' END AS flip,
       before[1] AS before, before[0] AS before_date, after[1] AS after
ORDER BY flipped_on, counterpart
LIMIT $limit;
