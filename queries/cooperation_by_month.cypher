// name: cooperation_by_month
// description: Net cooperation per month of an actor with one counterpart or with all (sum of the statements' Goldstein-like weights, cooperation minus conflict), to plot a trend; persons count for the state or organisation they represent or lead; year-precise statements are left out.
// param actor: string, required — the actor's id or name (RUS, Russia)
// param other: string, default * — the counterpart's id or name, or * for all
// param since: date, default 1900-01-01 — from this day on
// param until: date, default 2100-12-31 — up to and including this day
// uses: actor_id (a name: a scan of the Actor nodes), the actor's own relationships
// :param actor => 'RUS';
// :param other => '*';
// :param since => '1900-01-01';
// :param until => '2100-12-31';
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(a)
WHERE person.type = 'person'
WITH a, [a] + collect(person) AS selves
UNWIND selves AS me
WITH a.id AS actor, me, date($since) AS since, date($until) AS until
MATCH (me)-[r]-(x:Actor)
WHERE r.date >= since AND r.date <= until AND r.precision <> 'year'
WITH actor, x.id AS x, date.truncate('month', r.date) AS month, count(r) AS statements,
     sum(CASE WHEN r.weight > 0 THEN r.weight ELSE 0.0 END) AS cooperation,
     sum(CASE WHEN r.weight < 0 THEN r.weight ELSE 0.0 END) AS conflict
WITH actor, x, collect([month, statements, cooperation, conflict]) AS months
MATCH (c:Actor {id: x})
OPTIONAL MATCH (c)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE c.type = 'person'
WITH actor, coalesce(state, c) AS other, months
WHERE other.id <> actor AND ($other = '*' OR other.id = $other OR toLower(other.name) = toLower($other))
UNWIND months AS m
WITH m[0] AS month, sum(m[1]) AS statements, sum(m[2]) AS cooperation, sum(m[3]) AS conflict
RETURN left(toString(month), 7) AS month, statements, round(cooperation, 1) AS cooperation,
       round(conflict, 1) AS conflict, round(cooperation + conflict, 1) AS balance
ORDER BY month;
