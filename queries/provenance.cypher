// name: provenance
// description: The articles and sentences behind the relations of two actors (either direction, one predicate or all): one row per source, with the article's title, address and publication day; each side includes the persons who represent or lead it.
// param a: string, required — one actor's id or name (RUS, Russia)
// param b: string, required — the other actor's id or name (UKR, Ukraine)
// param predicate: string, default * — only this predicate (attacks), or * for all
// param limit: integer, default 100 — at most this many rows
// uses: actor_id (a name: a scan of the Actor nodes), article_id, the first actor's own relationships
// :param a => 'RUS';
// :param b => 'UKR';
// :param predicate => '*';
// :param limit => 100;
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
WHERE other IN ys AND ($predicate = '*' OR r.predicate = $predicate)
UNWIND range(0, size(r.sources) - 1) AS i
WITH r, i ORDER BY r.date, r.predicate, i LIMIT $limit
OPTIONAL MATCH (article:Article {id: r.sources[i]})
RETURN left(toString(r.date), CASE r.precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END) AS date,
       startNode(r).name AS subject, r.predicate AS predicate, endNode(r).name AS object,
       r.sources[i] AS article, article.title AS title, article.url AS url,
       toString(article.published) AS published, r.evidence[i] AS sentence
ORDER BY r.date, predicate, subject, published, article;
