// name: reactions_to
// description: Reactions to an event: who backed or opposed (condemned, sanctioned, attacked…) its subject or object within some days of its first statement (e.g. reactions to North Korea sending troops to Russia); a person's statement counts for the state or organisation they represent or lead.
// param subject: string, required — who acted: id or name (PRK, North Korea)
// param predicate: string, default sends_troops_to — what they did (a predicate of the vocabulary)
// param object: string, required — to whom: id or name (RUS, Russia)
// param since: date, default 1900-01-01 — the event is the first such statement on or after this day
// param days: integer, default 7 — reactions up to this many days after the event
// param limit: integer, default 100 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), the subject's relationships, the two parties' incoming relationships
// :param subject => 'PRK';
// :param predicate => 'sends_troops_to';
// :param object => 'RUS';
// :param since => '1900-01-01';
// :param days => 7;
// :param limit => 100;
MATCH (s:Actor)
WHERE s.id = $subject OR toLower(s.name) = toLower($subject)
MATCH (o:Actor)
WHERE o.id = $object OR toLower(o.name) = toLower($object)
MATCH (s)-[event]->(o)
WHERE event.predicate = $predicate AND event.date >= date($since)
WITH s, o, min(event.date) AS day
UNWIND [s, o] AS target
OPTIONAL MATCH (person:Actor)-[:REPRESENTS|LEADS]->(target)
WHERE person.type = 'person'
WITH s, day, day + duration({days: $days}) AS last_day, target, [target] + collect(person) AS selves
UNWIND selves AS me
MATCH (x:Actor)-[r]->(me)
WHERE r.date >= day AND r.date <= last_day AND r.polarity <> 0
OPTIONAL MATCH (x)-[:REPRESENTS|LEADS]->(state:Actor)
WHERE x.type = 'person'
WITH s, day, target, x, r, coalesce(state, x) AS reactor
WHERE reactor <> s AND reactor <> target
RETURN toString(r.date) AS date, duration.inDays(day, r.date).days AS days_after, reactor.name AS reactor,
       CASE WHEN x <> reactor THEN x.name END AS via,
       CASE WHEN r.polarity > 0 THEN 'backed' ELSE 'opposed' END AS reaction,
       r.predicate AS predicate, target.name AS target, size(r.sources) AS sources
ORDER BY date, reactor, predicate
LIMIT $limit;
