"""Alliance analytics: the shape of the whole graph, as networkx graphs and plain rows.

One Cypher query (``RELATIONS``) aggregates the store's dated statements per pair of actors
and month; everything else is plain functions over those rows and the graphs built from them:

- a **signed actor graph** (undirected; edge weight = the pair's summed polarity, or a
  weighted variant), :func:`signed_graph`;
- **blocs**: communities of its cooperative part, :func:`blocs`, the conflicts between them,
  :func:`conflicts`, and who moved from one month's bloc to another's, :func:`moves`;
- **structural balance** of its triads, :func:`triads`;
- **brokers** between blocs, :func:`brokers`;
- an actor's **timeline** of net cooperation per partner and month, :func:`timeline`.

Choices, so that results can be read right:

- Each statement counts once for its pair, whatever its direction: "A attacks B" is conflict
  between A and B. Symmetric predicates (``cooperates_with``, ``meets_with``,
  ``signs_agreement_with``), stored once, count the same way.
- A statement counts in the month of its ``date``. Undated statements and those known only
  to the year are left out (they cannot be placed in a month).
- Persons count for the state or organisation they ``REPRESENTS`` / ``LEADS`` (the one with
  the smallest id when there are several), unless asked to keep them apart; places and
  predicates of no polarity (``defeats``, ``represents``, ``leads``) are left out.

>>> rows = [{"month": "2024-10", "a": "RUS", "a_name": "Russia", "b": "UKR", "b_name": "Ukraine",
...          "statements": 2, "sources": 3, "net": -2, "confidence": -1.6, "sources_weighted": -3,
...          "goldstein": -20.0}]
>>> g = signed_graph(rows)
>>> g["RUS"]["UKR"]["weight"], g["RUS"]["UKR"]["sign"]
(-2, -1)
"""

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.errors import KGError

WEIGHTS = {
    "net": "sum of polarities: +1 per cooperative statement, -1 per conflictual one",
    "confidence": "polarity × confidence, summed",
    "sources": "polarity × number of sources, summed",
    "goldstein": "sum of the predicates' Goldstein-like weights (-10 … +10)",
}

# Per pair of actors (a < b by id) and month: the statements between them, aggregated in the
# database. Persons roll up to the actor they represent or lead when $rollup is true.
RELATIONS = """
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.polarity <> 0 AND r.precision IN ['day', 'month']
  AND r.date >= date($since) AND r.date < date($until)
WITH r, s, o,
     reduce(m = null, x IN [(s)-[:REPRESENTS|LEADS]->(f:Actor) | f] |
            CASE WHEN m IS NULL OR x.id < m.id THEN x ELSE m END) AS s_for,
     reduce(m = null, x IN [(o)-[:REPRESENTS|LEADS]->(f:Actor) | f] |
            CASE WHEN m IS NULL OR x.id < m.id THEN x ELSE m END) AS o_for
WITH r,
     CASE WHEN $rollup AND s_for IS NOT NULL THEN s_for ELSE s END AS x,
     CASE WHEN $rollup AND o_for IS NOT NULL THEN o_for ELSE o END AS y
WHERE x.id <> y.id AND coalesce(x.type, '') <> 'place' AND coalesce(y.type, '') <> 'place'
WITH r, left(toString(r.date), 7) AS month,
     CASE WHEN x.id < y.id THEN x ELSE y END AS a,
     CASE WHEN x.id < y.id THEN y ELSE x END AS b
RETURN month, a.id AS a, a.name AS a_name, b.id AS b, b.name AS b_name,
       count(r) AS statements, sum(size(r.sources)) AS sources,
       sum(r.polarity) AS net,
       sum(r.polarity * r.confidence) AS confidence,
       sum(r.polarity * size(r.sources)) AS sources_weighted,
       sum(r.weight) AS goldstein
ORDER BY month, a, b
"""

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def parse_month(value: str, what: str = "--month") -> str:
    """A month as ``YYYY-MM``, or a KGError that names the bad value.

    >>> parse_month("2024-11")
    '2024-11'
    """
    value = (value or "").strip()
    if not MONTH.match(value):
        raise KGError(f"{what} {value!r} is not a month (expected YYYY-MM)")
    return value


def next_month(month: str) -> str:
    """The month after ``month``.

    >>> next_month("2024-12")
    '2025-01'
    """
    year, mon = int(month[:4]), int(month[5:])
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"


def previous_month(month: str) -> str:
    """The month before ``month``.

    >>> previous_month("2025-01")
    '2024-12'
    """
    year, mon = int(month[:4]), int(month[5:])
    return f"{year - (mon == 1):04d}-{(mon - 2) % 12 + 1:02d}"


@dataclass(frozen=True)
class Window:
    """Months from ``first`` to ``last``, both included; ``None`` leaves that end open.

    >>> Window.of(month="2024-11").params()
    {'since': '2024-11-01', 'until': '2024-12-01'}
    >>> str(Window.of(start="2024-09"))
    'from 2024-09'
    """

    first: str | None = None
    last: str | None = None

    @classmethod
    def of(cls, month: str | None = None, start: str | None = None, end: str | None = None) -> "Window":
        """The window of ``--month`` or of ``--from`` / ``--to`` (checked)."""
        if month and (start or end):
            raise KGError("give either --month or --from/--to, not both")
        if month:
            m = parse_month(month)
            return cls(m, m)
        first = parse_month(start, "--from") if start else None
        last = parse_month(end, "--to") if end else None
        if first and last and first > last:
            raise KGError(f"--from {first} is after --to {last}")
        return cls(first, last)

    def with_month_before(self) -> "Window":
        """The window and the month before it, to tell who moved in its first month."""
        return Window(previous_month(self.first), self.last) if self.first else self

    def params(self) -> dict:
        return {"since": f"{self.first or '1900-01'}-01", "until": f"{next_month(self.last) if self.last else '2100-01'}-01"}

    def __str__(self) -> str:
        if self.first and self.first == self.last:
            return self.first
        if self.first and self.last:
            return f"{self.first} to {self.last}"
        if self.first or self.last:
            return f"from {self.first}" if self.first else f"up to {self.last}"
        return "all months"


def relations(store, window: Window = Window(), rollup: bool = True, month_before: bool = False) -> list[dict]:
    """The rows of :data:`RELATIONS` for a window (and the month before it, when asked, to
    tell who moved in its first month), or a KGError when the window holds none."""
    rows = store.run(RELATIONS, rollup=rollup, **(window.with_month_before() if month_before else window).params())
    if not any(window.first is None or r["month"] >= window.first for r in rows):
        raise KGError(f"no dated relations between actors in {window} (only statements dated to the day or month count)")
    return rows


def _check_weight(weight: str) -> str:
    if weight not in WEIGHTS:
        raise KGError(f"unknown weight {weight!r}; choose one of {', '.join(WEIGHTS)}")
    return "sources_weighted" if weight == "sources" else weight


def signed_graph(rows: list[dict], weight: str = "net") -> nx.Graph:
    """The undirected signed actor graph of ``rows`` (all their months summed).

    Edge attributes: ``weight`` (see :data:`WEIGHTS`), ``sign`` (+1 or -1), ``statements``,
    ``sources``. A pair whose statements cancel out (weight 0) has no edge; its actors stay
    as nodes. Node attribute: ``name``.

    >>> g = signed_graph([{"a": "A", "a_name": "A", "b": "B", "b_name": "B", "net": 1, "statements": 1, "sources": 1}])
    >>> list(g.edges(data="sign"))
    [('A', 'B', 1)]
    """
    key = _check_weight(weight)
    g = nx.Graph()
    totals = defaultdict(lambda: [0, 0, 0])
    for r in sorted(rows, key=lambda r: (r["a"], r["b"])):
        g.add_node(r["a"], name=r["a_name"])
        g.add_node(r["b"], name=r["b_name"])
        t = totals[r["a"], r["b"]]
        t[0] += r[key]
        t[1] += r["statements"]
        t[2] += r["sources"]
    for (a, b), (w, n, src) in totals.items():
        w = round(w, 6)
        if w:
            g.add_edge(a, b, weight=w, sign=1 if w > 0 else -1, statements=n, sources=src)
    return g


def graphs_by_month(rows: list[dict], weight: str = "net") -> dict[str, nx.Graph]:
    """One signed graph per month that has rows, oldest first."""
    months = defaultdict(list)
    for r in rows:
        months[r["month"]].append(r)
    return {m: signed_graph(months[m], weight) for m in sorted(months)}


def positive_part(g: nx.Graph) -> nx.Graph:
    """All actors of ``g`` with only its cooperative (positive) edges."""
    p = nx.Graph()
    p.add_nodes_from(g.nodes(data=True))
    p.add_edges_from((a, b, d) for a, b, d in g.edges(data=True) if d["sign"] > 0)
    return p


def name(g: nx.Graph, node: str) -> str:
    return g.nodes[node].get("name") or node


def blocs(g: nx.Graph, seed: int = 1) -> list[frozenset]:
    """Blocs: the Louvain communities of the cooperative part of ``g`` (fixed seed, so the
    same graph always gives the same blocs), largest first. An actor with no cooperative
    tie is a bloc of its own.

    >>> g = nx.Graph()
    >>> g.add_edges_from([("A", "B", {"weight": 2, "sign": 1}), ("C", "D", {"weight": 1, "sign": 1}),
    ...                   ("B", "C", {"weight": -3, "sign": -1})])
    >>> [sorted(b) for b in blocs(g)]
    [['A', 'B'], ['C', 'D']]
    """
    p = positive_part(g)
    found = nx.community.louvain_communities(p, weight="weight", seed=seed) if p.number_of_edges() else [{n} for n in p]
    return sorted((frozenset(b) for b in found), key=lambda b: (-len(b), min(name(g, n) for n in b)))


def bloc_names(g: nx.Graph, found: list[frozenset]) -> list[str]:
    """A readable name for each bloc: its member with the most cooperation, and how many others.

    >>> g = nx.Graph([("A", "B", {"weight": 2, "sign": 1}), ("B", "C", {"weight": 1, "sign": 1})])
    >>> bloc_names(g, [frozenset("ABC")])
    ['B +2']
    """
    p = positive_part(g)
    out = []
    for b in found:
        lead = min(b, key=lambda n: (-p.degree(n, weight="weight"), name(g, n)))
        out.append(name(g, lead) + (f" +{len(b) - 1}" if len(b) > 1 else ""))
    return out


def membership(found: list[frozenset]) -> dict[str, int]:
    """Actor → index of its bloc."""
    return {n: i for i, b in enumerate(found) for n in b}


def bloc_rows(g: nx.Graph, found: list[frozenset]) -> list[dict]:
    """One row per bloc: its name, size, members, and its cooperative ties inside."""
    names = bloc_names(g, found)
    return [{"bloc": names[i], "size": len(b), "members": sorted(name(g, n) for n in b),
             "cooperation": round(sum(d["weight"] for _, _, d in g.subgraph(b).edges(data=True) if d["sign"] > 0), 3)}
            for i, b in enumerate(found)]


def conflicts(g: nx.Graph, found: list[frozenset]) -> list[dict]:
    """The conflictual edges of ``g`` between different blocs, most hostile first.

    >>> g = nx.Graph([("A", "B", {"weight": 2, "sign": 1}), ("B", "C", {"weight": -3, "sign": -1})])
    >>> [(r["a"], r["b"], r["weight"]) for r in conflicts(g, blocs(g))]
    [('B', 'C', -3)]
    """
    of, names = membership(found), bloc_names(g, found)
    rows = []
    for a, b, d in g.edges(data=True):
        if d["sign"] < 0 and of[a] != of[b]:
            (x, bx), (y, by) = sorted([(a, of[a]), (b, of[b])], key=lambda t: name(g, t[0]))
            rows.append({"bloc_a": names[bx], "a": name(g, x), "bloc_b": names[by], "b": name(g, y),
                         "weight": d["weight"], "statements": d.get("statements")})
    return sorted(rows, key=lambda r: (r["weight"], r["a"], r["b"]))


def track(monthly: dict[str, list[frozenset]]) -> dict[str, dict[str, int]]:
    """Stable bloc labels across months: each month's blocs are matched to the labels seen
    before by shared members (greatest overlap first, one bloc per label); a bloc that
    matches none gets a new label. Returns month → actor → label.

    >>> labels = track({"m1": [frozenset("AB"), frozenset("CD")], "m2": [frozenset("ABC"), frozenset("D")]})
    >>> labels["m2"]["C"] == labels["m2"]["A"], labels["m2"]["D"] == labels["m1"]["D"]
    (True, True)
    """
    latest: dict[int, frozenset] = {}
    out = {}
    for month, found in monthly.items():
        pairs = sorted(((-len(b & members), label, i) for i, b in enumerate(found)
                        for label, members in latest.items() if b & members))
        given, used = {}, set()
        for _, label, i in pairs:
            if i not in given and label not in used:
                given[i] = label
                used.add(label)
        fresh = len(latest)
        for i in range(len(found)):
            if i not in given:
                given[i], fresh = fresh, fresh + 1
        for i, b in enumerate(found):
            latest[given[i]] = b
        out[month] = {n: given[i] for i, b in enumerate(found) for n in b}
    return out


def moves(graphs: dict[str, nx.Graph], seed: int = 1) -> list[dict]:
    """Who changed bloc from one month with relations to the next: the actor, the month,
    the bloc it left and the bloc it joined (their other members that month).

    >>> def g(pos):  # a graph of cooperating pairs
    ...     return nx.Graph([(a, b, {"weight": 1, "sign": 1}) for a, b in pos])
    >>> [(r["actor"], r["left"], r["joined"]) for r in moves({"m1": g(["AB", "CD", "CE"]), "m2": g(["AB", "BC", "DE"])})]
    [('C', ['D', 'E'], ['A', 'B'])]
    """
    monthly = {m: blocs(g, seed) for m, g in graphs.items()}
    labels = track(monthly)
    rows, last = [], {}
    for month, g in graphs.items():
        by_label = defaultdict(set)
        for n, label in labels[month].items():
            by_label[label].add(n)
        for n in sorted(g, key=lambda n: name(g, n)):
            label = labels[month][n]
            if n in last and last[n][1] != label:
                prev_month, _, prev_members = last[n]
                rows.append({"month": month, "actor": name(g, n), "since": prev_month,
                             "left": sorted(prev_members - {name(g, n)}),
                             "joined": sorted(name(g, x) for x in by_label[label] - {n})})
        for n in g:
            members = {name(g, x) for x in by_label[labels[month][n]]}
            last[n] = (month, labels[month][n], members)
    return rows


def bloc_sections(rows: list[dict], weight: str = "net", first: str | None = None, seed: int = 1) -> dict[str, list[dict]]:
    """The blocs of the months of ``rows`` from ``first`` on, the conflicts between them, and
    who moved from month to month (counting from the first month of ``rows``, which may be
    the month before ``first``: see :meth:`Window.with_month_before`)."""
    g = signed_graph([r for r in rows if first is None or r["month"] >= first], weight)
    found = blocs(g, seed)
    return {"blocs": bloc_rows(g, found), "conflicts": conflicts(g, found),
            "moves": [m for m in moves(graphs_by_month(rows, weight), seed) if first is None or m["month"] >= first]}


KINDS = {
    "+++": ("allies", True),
    "+--": ("enemy of my enemy is my friend", True),
    "++-": ("friend of my friend is my enemy", False),
    "---": ("three enemies", False),
}


def triads(g: nx.Graph) -> list[dict]:
    """Every triangle of ``g`` (all three pairs related), with its structural balance.

    A triad is balanced when the product of its three signs is positive (Cartwright and
    Harary): three allies, or two allies sharing an enemy. "Friend of my friend is my enemy"
    (two positive, one negative) is unbalanced: an alignment under strain. Three enemies is
    unbalanced too under this strict rule (Davis's weak balance would accept it); ``kind``
    tells them apart. ``strain`` is the triad's smallest absolute edge weight, the
    strength of its weakest tie. Sorted unbalanced first, then by strain.

    >>> g = nx.Graph([("A", "B", {"weight": 2, "sign": 1}), ("B", "C", {"weight": 1, "sign": 1}),
    ...               ("A", "C", {"weight": -1, "sign": -1})])
    >>> [(t["actors"], t["kind"], t["balanced"]) for t in triads(g)]
    [(['A', 'B', 'C'], 'friend of my friend is my enemy', False)]
    """
    rows = []
    for a, b, c in _triangles(g):
        edges = [g[a][b], g[a][c], g[b][c]]
        signs = "".join(sorted("+" if e["sign"] > 0 else "-" for e in edges))
        kind, balanced = KINDS[signs]
        names = sorted(name(g, n) for n in (a, b, c))
        friends = [f"{name(g, x)}–{name(g, y)}" for x, y in ((a, b), (a, c), (b, c)) if g[x][y]["sign"] > 0]
        enemies = [f"{name(g, x)}–{name(g, y)}" for x, y in ((a, b), (a, c), (b, c)) if g[x][y]["sign"] < 0]
        rows.append({"actors": names, "signs": signs, "kind": kind, "balanced": balanced,
                     "friends": sorted(friends), "enemies": sorted(enemies),
                     "strain": min(abs(e["weight"]) for e in edges)})
    return sorted(rows, key=lambda r: (r["balanced"], -r["strain"], r["actors"]))


def _triangles(g: nx.Graph):
    """Each triangle once, as nodes in sorted order."""
    for a in sorted(g):
        for b, c in combinations(sorted(n for n in g[a] if n > a), 2):
            if g.has_edge(b, c):
                yield a, b, c


def balance(g: nx.Graph, found: list[dict] | None = None) -> dict:
    """Counts of triads by kind and the share that is balanced (``found``: the triads of
    ``g`` when already at hand).

    >>> g = nx.Graph([("A", "B", {"weight": 1, "sign": 1}), ("B", "C", {"weight": -1, "sign": -1}),
    ...               ("A", "C", {"weight": -1, "sign": -1})])
    >>> balance(g)
    {'triads': 1, 'balanced': 1, 'unbalanced': 0, 'share_balanced': 1.0, 'by_kind': {'enemy of my enemy is my friend': 1}}
    """
    found = triads(g) if found is None else found
    ok = sum(t["balanced"] for t in found)
    return {"triads": len(found), "balanced": ok, "unbalanced": len(found) - ok,
            "share_balanced": round(ok / len(found), 3) if found else None,
            "by_kind": dict(Counter(t["kind"] for t in found))}


def balance_sections(g: nx.Graph) -> dict[str, list[dict]]:
    """The balance summary as one row (a column per kind of triad) and the unbalanced triads."""
    found = triads(g)
    summary = balance(g, found)
    by_kind = summary.pop("by_kind")
    unbalanced = [{k: t[k] for k in ("actors", "kind", "friends", "enemies", "strain")} for t in found if not t["balanced"]]
    return {"summary": [summary | {kind: by_kind.get(kind, 0) for kind, _ in KINDS.values()}], "unbalanced": unbalanced}


def brokers(g: nx.Graph, found: list[frozenset] | None = None) -> list[dict]:
    """Actors that broker between blocs, best brokers first.

    Three measures on the cooperative part of ``g`` (each tie one step):

    - ``bridging``: the share of pairs of actors of different blocs, joined by cooperation,
      whose shortest cooperative paths pass through this actor (networkx
      ``betweenness_centrality_subset``, a path shared by several shortest ones counting
      its part) — who sits between the blocs;
    - ``participation``: how evenly its cooperation is spread over blocs,
      ``1 - Σ_s (k_s / k)²`` with ``k_s`` its cooperative weight towards bloc ``s`` and
      ``k`` the total (Guimerà and Amaral's participation coefficient): 0 when it cooperates
      within its own bloc only, towards 1 the more blocs share its cooperation;
    - ``betweenness``: plain normalised betweenness centrality, for comparison: a bloc's
      hub has a high one without bridging anything.

    ``blocs`` counts the blocs it cooperates with. Only actors that bridge or participate
    are listed, sorted by bridging, then participation.

    >>> g = nx.Graph([("A", "B", {"weight": 1, "sign": 1}), ("B", "C", {"weight": 1, "sign": 1})])
    >>> [(r["actor"], r["bridging"], r["participation"]) for r in brokers(g, [frozenset("AB"), frozenset("C")])]
    [('B', 0.5, 0.5)]
    """
    found = blocs(g) if found is None else found
    p = positive_part(g)
    of, names = membership(found), bloc_names(g, found)
    between = nx.betweenness_centrality(p, normalized=True)
    pairs = 0  # pairs of actors of different blocs joined by cooperation
    for component in nx.connected_components(p):
        sizes = Counter(of[n] for n in component)
        pairs += (len(component) ** 2 - sum(k * k for k in sizes.values())) // 2
    bridging = Counter()
    for i, b in enumerate(found):
        later = [n for n in p if of[n] > i]
        for n, share in nx.betweenness_centrality_subset(p, sources=list(b), targets=later, normalized=False).items():
            bridging[n] += 2 * share  # networkx halves the count on undirected graphs
    rows = []
    for n in p:
        towards = Counter({of[n]: 0})  # its own bloc counts even with no tie inside
        for m, d in p[n].items():
            towards[of[m]] += d["weight"]
        k = sum(towards.values())
        part = 1 - sum((w / k) ** 2 for w in towards.values()) if k else 0.0
        bridge = bridging[n] / pairs if pairs else 0.0
        if bridge > 0 or part > 0:
            rows.append({"actor": name(g, n), "bloc": names[of[n]], "bridging": round(bridge, 3),
                         "participation": round(part, 3), "betweenness": round(between[n], 3),
                         "blocs": sum(1 for w in towards.values() if w > 0)})
    return sorted(rows, key=lambda r: (-r["bridging"], -r["participation"], r["actor"]))


def brokers_by_month(graphs: dict[str, nx.Graph], top: int = 3, seed: int = 1) -> list[dict]:
    """The ``top`` brokers of each month (see :func:`brokers`), with the month first."""
    return [{"month": m, **r} for m, g in graphs.items() for r in brokers(g, blocs(g, seed))[:top]]


def find_actor(rows: list[dict], actor: str) -> tuple[str, str]:
    """(id, name) of the actor named ``actor`` (id or name, any case) in ``rows``, or a
    KGError that suggests close names."""
    names = {}
    for r in rows:
        names[r["a"]] = r["a_name"]
        names[r["b"]] = r["b_name"]
    wanted = actor.strip().lower()
    for i, n in names.items():
        if wanted in (i.lower(), (n or "").lower()):
            return i, n or i
    close = difflib.get_close_matches(actor, sorted(set(names.values()) | set(names)), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise KGError(f"no relations of {actor!r} in this window{hint}")


def timeline(rows: list[dict], actor: str, weight: str = "net") -> list[dict]:
    """Net cooperation per month between ``actor`` (id or name) and each partner:
    rows of month, partner, value (see :data:`WEIGHTS`) and statements, oldest first.

    >>> rows = [{"month": "2024-10", "a": "RUS", "a_name": "Russia", "b": "UKR", "b_name": "Ukraine",
    ...          "net": -2, "statements": 2, "sources": 2}]
    >>> timeline(rows, "ukraine")
    [{'month': '2024-10', 'partner': 'Russia', 'value': -2, 'statements': 2}]
    """
    key = _check_weight(weight)
    me, _ = find_actor(rows, actor)
    out = []
    for r in rows:
        if me in (r["a"], r["b"]):
            partner = r["b_name"] if r["a"] == me else r["a_name"]
            out.append({"month": r["month"], "partner": partner, "value": round(r[key], 6), "statements": r["statements"]})
    return sorted(out, key=lambda r: (r["month"], r["partner"]))


def busiest_actor(rows: list[dict]) -> str:
    """The id of the actor with the most statements in ``rows`` (ties: smallest id)."""
    count = Counter()
    for r in rows:
        count[r["a"]] += r["statements"]
        count[r["b"]] += r["statements"]
    return min(count, key=lambda a: (-count[a], a))
