// name: new_alignments
// description: Counterparts with whom an actor first cooperated, or first clashed, within a time window (by the statements' polarity, either direction); persons count for the state or organisation they represent or lead.
// param actor: string, required — the actor's id or name (PRK, North Korea)
// param since: date, default 2024-10-01 — the window's first day
// param until: date, default 2100-12-31 — the window's last day
// param limit: integer, default 100 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), the actor's own relationships
// :param actor => 'PRK';
// :param since => '2024-10-01';
// :param until => '2100-12-31';
// :param limit => 100;
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(a)
WHERE person.type = 'person'
WITH a, [a] + collect(person) AS selves, date($since) AS since, date($until) AS until
UNWIND selves AS me
MATCH (me)-[r]-(x:Actor)
WHERE r.date <= until AND r.polarity <> 0
WITH a, since, x, r.polarity AS polarity, min(toString(r.date) + ' ' + r.predicate) AS first,
     collect(DISTINCT CASE WHEN r.date >= since THEN r.predicate END) AS predicates,
     sum(CASE WHEN r.date >= since THEN 1 ELSE 0 END) AS statements
OPTIONAL MATCH (x)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE x.type = 'person'
WITH a, since, coalesce(state, x) AS other, polarity, first, predicates, statements
WHERE other <> a
WITH since, other, polarity, min(first) AS first, reduce(acc = [], p IN collect(predicates) | acc + p) AS predicates,
     sum(statements) AS statements
WHERE date(left(first, 10)) >= since
UNWIND CASE WHEN predicates = [] THEN [null] ELSE predicates END AS predicate
WITH other, polarity, first, statements, predicate ORDER BY predicate
WITH other, polarity, first, statements, collect(DISTINCT predicate) AS predicates
RETURN left(first, 10) AS first_seen, other.name AS counterpart,
       CASE WHEN polarity > 0 THEN 'cooperation' ELSE 'conflict' END AS alignment,
       split(first, ' ')[1] AS first_predicate, predicates, statements
ORDER BY first_seen, counterpart, alignment
LIMIT $limit;
