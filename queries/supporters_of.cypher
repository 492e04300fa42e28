// name: supporters_of
// description: Who has backed an actor (support, aid, weapons, troops) up to a date, first and last seen.
// param actor: string, required — the actor's id or name (UKR, Ukraine)
// param as_of: date, default 2100-12-31 — count statements dated on or before this day
// :param actor => 'UKR';
// :param as_of => '2100-12-31';
MATCH (target:Actor)
WHERE target.id = $actor OR toLower(target.name) = toLower($actor)
MATCH (s:Actor)-[r]->(target)
WHERE r.predicate IN ['supports', 'provides_aid_to', 'supplies_weapons_to', 'sends_troops_to']
  AND r.date <= date($as_of)
WITH s, r ORDER BY r.predicate
RETURN s.name AS supporter, s.type AS type, collect(DISTINCT r.predicate) AS how,
       toString(min(r.date)) AS first_seen, toString(max(r.date)) AS last_seen,
       count(r) AS statements, sum(size(r.sources)) AS sources
ORDER BY first_seen, supporter;
