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
WITH a, [a] + collect(person) AS selves, date($since) AS since, date($until) AS until
UNWIND selves AS me
MATCH (me)-[r]-(x:Actor)
WHERE r.date >= since AND r.date <= until AND r.polarity <> 0
WITH a, x, collect(toString(r.date) + '|' + r.predicate + '|' + toString(r.polarity)) AS events
OPTIONAL MATCH (x)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE x.type = 'person'
WITH a, coalesce(state, x) AS other, events
WHERE other <> a
UNWIND events AS event
WITH other.id + '|' + event AS key
WITH key ORDER BY key
WITH split(key, '|') AS key
WITH key[0] AS other, collect(key[1..]) AS seq
UNWIND range(1, size(seq) - 1) AS i
WITH other, seq[i - 1] AS before, seq[i] AS after
WHERE before[2] <> after[2]
MATCH (counterpart:Actor {id: other})
RETURN after[0] AS flipped_on, counterpart.name AS counterpart,
       CASE WHEN after[2] = '1' THEN 'conflict → cooperation' ELSE 'cooperation → conflict' END AS flip,
       before[1] AS before, before[0] AS before_date, after[1] AS after
ORDER BY flipped_on, counterpart
LIMIT $limit;
