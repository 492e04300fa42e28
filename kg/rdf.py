"""RDF export of the graph: actors, articles and statements in standard vocabularies.

The ontology (``schemas/ontology.ttl``) and the SHACL shapes (``schemas/shapes.ttl``) say what
the export holds. Each statement appears twice:

- as a plain triple, ``<actor/PRK> kgo:sendsTroopsTo <actor/RUS>``, for simple consumers;
- as a statement resource in the RDF reification pattern (``rdf:Statement`` with
  ``rdf:subject``, ``rdf:predicate``, ``rdf:object``), typed ``kgo:Statement`` and ``sem:Event``,
  carrying its date (``dcterms:date``, typed by precision), end (``sem:hasEndTimeStamp``),
  confidence and sources (``prov:wasDerivedFrom`` the articles), and for each source a
  ``prov:Derivation`` with the evidence sentence that article gave and its place in the
  store's list of sources (0: the article that first reported it).

Reading and writing are separate steps: ``read_*`` page through the store with Cypher
(ordered by id, in batches), ``*_triples`` turn one row into rdflib terms, and the writers
serialise them. N-Triples, N-Quads and Turtle are written line by line as rows arrive, so
memory does not grow with the graph; JSON-LD and TriG are built as one rdflib graph first.

>>> iris = Iris("https://example.org/kg/")
>>> iris.actor("Kim Jong Un / \\"KJU\\"")
rdflib.term.URIRef('https://example.org/kg/actor/Kim%20Jong%20Un%20%2F%20%22KJU%22')
"""

import re
from datetime import date
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, NamespaceManager
from rdflib.plugins.serializers.nt import _quoteLiteral
from rdflib.term import _is_valid_uri

from kg.errors import KGError
from kg.output import output_file  # noqa: F401  (the exporters write through it)
from kg.paths import SCHEMAS_DIR
from kg.store import ACTOR_PAGE
from kg.vocabulary import PREDICATES

KGO = Namespace("https://example.org/kg-alliances/ontology#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
DEFAULT_BASE = "https://example.org/kg-alliances/"
ONTOLOGY = SCHEMAS_DIR / "ontology.ttl"
SHAPES = SCHEMAS_DIR / "shapes.ttl"

PREFIXES = {"kgo": KGO, "sem": SEM, "schema": SCHEMA, "wd": WD, "prov": PROV, "dcterms": DCTERMS,
            "rdf": RDF, "rdfs": RDFS, "owl": OWL, "skos": SKOS, "xsd": XSD}

FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads")
STREAMED = ("turtle", "nt", "nquads")  # written as rows arrive; the others are built in memory
QUAD_FORMATS = ("trig", "nquads")  # each article's statements in a named graph

# Actor type → (the ontology's class, the schema.org class).
ACTOR_CLASSES = {
    "state": (KGO.State, SCHEMA.Country),
    "organisation": (KGO.Organisation, SCHEMA.Organization),
    "person": (KGO.Person, SCHEMA.Person),
    "armed_group": (KGO.ArmedGroup, SCHEMA.Organization),
    "place": (KGO.Place, SCHEMA.Place),
}
DATE_TYPES = {"day": (10, XSD.date), "month": (7, XSD.gYearMonth), "year": (4, XSD.gYear)}
PROPERTIES = {name: KGO[p.rdf_property] for name, p in PREDICATES.items()}
QID = re.compile(r"^Q[1-9][0-9]*$")
BATCH = 10_000  # rows a page: the store answers faster in larger pages; memory stays bounded by it

# --- reading the store -------------------------------------------------------------------

ARTICLE_PAGE = """
MATCH (a:Article) WHERE a.id > $after
RETURN a.id AS id, a.url AS url, a.title AS title, toString(a.published) AS published
ORDER BY a.id LIMIT $limit
"""

# One query per relationship type (the type comes from the vocabulary, never from input),
# paged on the statement id, which each type indexes.
STATEMENT_PAGE = """
MATCH (s:Actor)-[r:%s]->(o:Actor)
WHERE r.id > $after AND ($since IS NULL OR r.date >= date($since)) AND ($until IS NULL OR r.date <= date($until))
RETURN r.id AS id, s.id AS subject, r.predicate AS predicate, o.id AS object,
       toString(r.date) AS date, r.precision AS precision, r.date_source AS date_source, toString(r.until) AS until,
       r.confidence AS confidence, r.hedged AS hedged, r.attributed_to AS attributed_to, r.event AS event,
       r.place AS place, r.sources AS sources, r.evidence AS evidence,
       toString(r.reported) AS reported, toString(r.recorded_at) AS recorded_at
ORDER BY r.id LIMIT $limit
"""

STATEMENT_COUNT = """
MATCH (:Actor)-[r]->(:Actor)
WHERE r.predicate IS NOT NULL AND ($since IS NULL OR r.date >= date($since)) AND ($until IS NULL OR r.date <= date($until))
RETURN count(r) AS n
"""


def _pages(store, cypher: str, batch: int, **params):
    for rows in store.pages(cypher, batch, **params):
        yield from rows


def read_actors(store, batch: int = BATCH):
    """Every actor of the store as a dict, by id, ``batch`` at a time."""
    return _pages(store, ACTOR_PAGE, batch)


def read_articles(store, batch: int = BATCH):
    """Every article of the store as a dict, by id, ``batch`` at a time."""
    return _pages(store, ARTICLE_PAGE, batch)


def _window(since: date | None, until: date | None) -> dict:
    return {"since": since.isoformat() if since else None, "until": until.isoformat() if until else None}


def read_statements(store, since: date | None = None, until: date | None = None, batch: int = BATCH):
    """Every statement (relationship) as a dict, predicate by predicate, by id; with ``since``
    or ``until``, only those dated in that window (undated statements are then left out)."""
    for p in PREDICATES.values():
        yield from _pages(store, STATEMENT_PAGE % p.rel_type, batch, **_window(since, until))


def count_statements(store, since: date | None = None, until: date | None = None) -> int:
    """How many statements ``read_statements`` gives for the same window."""
    return store.run(STATEMENT_COUNT, **_window(since, until))[0]["n"]


# --- rows to triples ---------------------------------------------------------------------

class Iris:
    """The export's IRIs under one base: ``actor/ID``, ``statement/ID``, ``article/ID``,
    ``graph/ID``, each id percent-encoded so that any name makes a valid IRI."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = check_base(base)
        self._actors: dict[str, URIRef] = {}

    def _iri(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{quote(key, safe='')}")

    def actor(self, actor_id: str) -> URIRef:
        iri = self._actors.get(actor_id)
        if iri is None:
            if len(self._actors) > 100_000:
                self._actors.clear()
            iri = self._actors[actor_id] = self._iri("actor", actor_id)
        return iri

    def statement(self, statement_id: str) -> URIRef:
        return self._iri("statement", statement_id)

    def article(self, article_id: str) -> URIRef:
        return self._iri("article", article_id)

    def graph(self, article_id: str) -> URIRef:
        return self._iri("graph", article_id)


def check_base(base: str) -> str:
    """The base IRI, ending in ``/`` or ``#``, or a KGError.

    >>> check_base("https://example.org/kg")
    'https://example.org/kg/'
    """
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base or "") or not _is_valid_uri(base):
        raise KGError(f"--base {base!r} is not an absolute IRI (like https://example.org/kg/)")
    return base if base.endswith(("/", "#")) else base + "/"


def actor_triples(row: dict, iris: Iris) -> list[tuple]:
    """The triples of one actor: its classes, name, aliases, id and Wikidata entity."""
    a = iris.actor(row["id"])
    out = [(a, RDF.type, SEM.Actor), (a, DCTERMS.identifier, Literal(row["id"]))]
    out += [(a, RDF.type, c) for c in ACTOR_CLASSES.get(row.get("type"), ())]
    if row.get("name"):
        out.append((a, RDFS.label, Literal(row["name"])))
    out += [(a, SKOS.altLabel, Literal(alias)) for alias in row.get("aliases") or () if alias]
    if row.get("iso3"):
        out.append((a, KGO.iso3, Literal(row["iso3"])))
    if row.get("wikidata") and QID.match(row["wikidata"]):
        out.append((a, OWL.sameAs, WD[row["wikidata"]]))
    return out


def article_triples(row: dict, iris: Iris) -> list[tuple]:
    """The triples of one article: identifier, title, publication date, address."""
    a = iris.article(row["id"])
    out = [(a, RDF.type, SCHEMA.Article), (a, RDF.type, PROV.Entity), (a, DCTERMS.identifier, Literal(row["id"]))]
    if row.get("published"):
        out.append((a, DCTERMS.issued, Literal(row["published"][:10], datatype=XSD.date)))
    if row.get("title"):
        out.append((a, DCTERMS.title, Literal(row["title"])))
    url = row.get("url")
    if url:
        is_iri = re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", url) and _is_valid_uri(url)
        out.append((a, SCHEMA.url, URIRef(url) if is_iri else Literal(url, datatype=XSD.anyURI)))
    return out


def graph_triples(article_id: str, iris: Iris) -> list[tuple]:
    """Provenance of an article's named graph (TriG, N-Quads): derived from the article."""
    g = iris.graph(article_id)
    return [(g, RDF.type, PROV.Entity), (g, PROV.wasDerivedFrom, iris.article(article_id))]


class _Literals(dict):
    """Literals of one datatype by lexical form, made once: dates, confidences and the
    like repeat across statements, and rdflib parses each literal it makes."""

    def __init__(self, datatype=None):
        super().__init__()
        self.datatype = datatype

    def __missing__(self, value):
        if len(self) > 50_000:
            self.clear()
        made = self[value] = Literal(value, datatype=self.datatype)
        return made


_PLAIN, _DATES, _DOUBLES, _DATETIMES = _Literals(), _Literals(XSD.date), _Literals(XSD.double), _Literals(XSD.dateTime)
_BY_PRECISION = {precision: _Literals(datatype) for precision, (_, datatype) in DATE_TYPES.items()}
_TRUE, _FALSE = Literal(True), Literal(False)
_INDEXES = [Literal(i) for i in range(16)]

# The terms every statement uses, made once (rdflib's Namespace makes a new one on each access).
_TYPE, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object
_KGO_STATEMENT, _EVENT, _HAS_ACTOR, _END = KGO.Statement, SEM.Event, SEM.hasActor, SEM.hasEndTimeStamp
_IDENTIFIER, _DATE = DCTERMS.identifier, DCTERMS.date
_DATE_SOURCE, _PRECISION, _CONFIDENCE, _HEDGED, _REPORTED = (
    KGO.dateSource, KGO.datePrecision, KGO.confidence, KGO.hedged, KGO.reported)
_OPTIONAL = (("attributed_to", KGO.attributedTo), ("event", KGO.event), ("place", KGO.place))
_DERIVED, _QUALIFIED, _DERIVATION, _ENTITY, _GENERATED = (
    PROV.wasDerivedFrom, PROV.qualifiedDerivation, PROV.Derivation, PROV.entity, PROV.generatedAtTime)
_SOURCE_INDEX, _EVIDENCE = KGO.sourceIndex, KGO.evidence


def _index(i: int) -> Literal:
    return _INDEXES[i] if i < len(_INDEXES) else Literal(i)


def statement_triples(row: dict, iris: Iris) -> list[tuple]:
    """The plain triple of one statement, then its statement resource (RDF reification),
    then a ``prov:Derivation`` for each source with that source's evidence sentence."""
    s, o = iris.actor(row["subject"]), iris.actor(row["object"])
    p = PROPERTIES[row["predicate"]]
    st = iris.statement(row["id"])
    out = [
        (s, p, o),
        (st, _TYPE, _STATEMENT), (st, _TYPE, _KGO_STATEMENT), (st, _TYPE, _EVENT),
        (st, _SUBJECT, s), (st, _PREDICATE, p), (st, _OBJECT, o),
        (st, _HAS_ACTOR, s), (st, _HAS_ACTOR, o),
        (st, _IDENTIFIER, Literal(row["id"])),
        (st, _DATE_SOURCE, _PLAIN[row.get("date_source") or "none"]),
    ]
    if row.get("date"):
        precision = row.get("precision") if row.get("precision") in DATE_TYPES else "day"
        out += [(st, _DATE, _BY_PRECISION[precision][row["date"][:DATE_TYPES[precision][0]]]),
                (st, _PRECISION, _PLAIN[precision])]
    if row.get("until"):
        out.append((st, _END, _DATES[row["until"][:10]]))
    if row.get("confidence") is not None:
        out.append((st, _CONFIDENCE, _DOUBLES[repr(float(row["confidence"]))]))
    out.append((st, _HEDGED, _TRUE if row.get("hedged") else _FALSE))
    for key, prop in _OPTIONAL:
        if row.get(key):
            out.append((st, prop, _PLAIN[row[key]]))
    if row.get("reported"):
        out.append((st, _REPORTED, _DATES[row["reported"][:10]]))
    if row.get("recorded_at"):
        out.append((st, _GENERATED, _DATETIMES[row["recorded_at"]]))
    evidence, derivations = row.get("evidence") or (), []
    for i, source in enumerate(row.get("sources") or ()):
        article, derivation = iris.article(source), URIRef(f"{st}/source/{i}")
        out += [(st, _DERIVED, article), (st, _QUALIFIED, derivation)]
        derivations += [(derivation, _TYPE, _DERIVATION), (derivation, _ENTITY, article),
                        (derivation, _SOURCE_INDEX, _index(i))]
        if i < len(evidence) and evidence[i]:
            derivations.append((derivation, _EVIDENCE, Literal(evidence[i])))
    return out + derivations


# --- writing -----------------------------------------------------------------------------

def namespace_manager() -> NamespaceManager:
    nsm = NamespaceManager(Graph(bind_namespaces="none"), bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        nsm.bind(prefix, ns, override=True, replace=True)
    return nsm


class LineWriter:
    """N-Triples, N-Quads or Turtle written as triples arrive: memory stays flat.

    Literals go through rdflib's own serialisation (its N-Triples quoting, or ``n3()`` for
    Turtle); IRIs, which this module builds from checked parts, are written between angle
    brackets (Turtle: the vocabulary's as prefixed names). Turtle writes each subject's
    triples as one block with the project's prefixes.
    """

    def __init__(self, out, fmt: str):
        self.out, self.fmt = out, fmt
        self.nsm = namespace_manager() if fmt == "turtle" else None
        self._qnames: dict[URIRef, str] = {}  # the vocabulary's few IRIs as prefixed names
        self.triples = 0
        if fmt == "turtle":
            out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()) + "\n")

    def _term(self, term) -> str:
        if type(term) is URIRef:  # made here from checked parts, or checked (article addresses)
            if self.nsm is None:
                return f"<{term}>"
            if not str.startswith(term, _VOCAB):  # (rdflib's own startswith takes no tuple)
                return f"<{term}>"
            text = self._qnames.get(term)
            if text is None:
                text = self._qnames[term] = term.n3(self.nsm)
            return text
        return term.n3(self.nsm) if self.nsm else _quoteLiteral(term)

    def write(self, triples: list[tuple], graph: URIRef | None = None) -> None:
        """Write triples (into ``graph`` for N-Quads; Turtle groups them by subject)."""
        t = self._term
        if self.fmt == "turtle":
            blocks, subject, lines = [], None, []
            for s, p, o in triples:
                if s != subject:
                    if lines:
                        blocks.append(" ;\n    ".join(lines) + " .\n")
                    subject, lines = s, [f"{t(s)} {t(p)} {t(o)}"]
                else:
                    lines.append(f"{t(p)} {t(o)}")
            if lines:
                blocks.append(" ;\n    ".join(lines) + " .\n")
            self.out.write("".join(blocks))
        else:
            end = f" {t(graph)} .\n" if graph is not None and self.fmt == "nquads" else " .\n"
            self.out.write("".join([f"{t(s)} {t(p)} {t(o)}{end}" for s, p, o in triples]))
        self.triples += len(triples)


_VOCAB = tuple(str(ns) for ns in PREFIXES.values())


def write_stream(out, fmt: str, actors, articles, statements, iris: Iris, progress=None) -> int:
    """Write rows from the store (or anywhere) as N-Triples, N-Quads or Turtle; returns
    the number of triples (or quads) written.

    ``actors``, ``articles`` and ``statements`` are iterables of row dicts as the
    ``read_*`` functions give them. For N-Quads, each statement goes into the named graph
    of each article it came from, and the graphs' provenance into the default graph.

    >>> import io
    >>> out = io.StringIO()
    >>> write_stream(out, "nt", [{"id": "UKR", "name": "Ukraine", "type": "state"}], [], [], Iris())
    5
    """
    if fmt not in STREAMED:
        raise KGError(f"{fmt} is not a streamed format ({', '.join(STREAMED)})")
    writer = LineWriter(out, fmt)
    for row in actors:
        writer.write(actor_triples(row, iris))
    for row in articles:
        writer.write(article_triples(row, iris))
        if fmt == "nquads":
            writer.write(graph_triples(row["id"], iris))
    for row in statements:
        triples = statement_triples(row, iris)
        if fmt == "nquads" and row.get("sources"):
            for source in row["sources"]:
                writer.write(triples, iris.graph(source))
        else:
            writer.write(triples)
        if progress:
            progress(1)
    return writer.triples


def build_graph(fmt: str, actors, articles, statements, iris: Iris, progress=None) -> Graph:
    """The whole export as one rdflib graph (a Dataset with a named graph per article for TriG)."""
    quads = fmt in QUAD_FORMATS
    ds = Dataset() if quads else Graph()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    default = ds.default_graph if quads else ds
    for row in actors:
        for triple in actor_triples(row, iris):
            default.add(triple)
    for row in articles:
        for triple in article_triples(row, iris) + (graph_triples(row["id"], iris) if quads else []):
            default.add(triple)
    for row in statements:
        triples = statement_triples(row, iris)
        targets = [ds.graph(iris.graph(a)) for a in row.get("sources") or ()] if quads else []
        for g in targets or [default]:
            for triple in triples:
                g.add(triple)
        if progress:
            progress(1)
    return ds


RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}


def export(store, out, fmt: str = "turtle", base: str = DEFAULT_BASE, since: date | None = None,
           until: date | None = None, progress=None, batch: int = BATCH) -> int:
    """Write the store's graph to the text stream ``out`` in ``fmt``; returns the number of
    triples written (quads for N-Quads; for JSON-LD and TriG, the triples of the graph).

    >>> with open_store(home) as store, open("kg.nt", "w") as out:   # doctest: +SKIP
    ...     export(store, out, "nt")
    """
    if fmt not in FORMATS:
        raise KGError(f"unknown RDF format {fmt!r} (known: {', '.join(FORMATS)})")
    iris = Iris(base)
    rows = (read_actors(store, batch), read_articles(store, batch), read_statements(store, since, until, batch))
    if fmt in STREAMED:
        return write_stream(out, fmt, *rows, iris, progress)
    graph = build_graph(fmt, *rows, iris, progress)
    out.write(graph.serialize(format=RDFLIB_FORMATS[fmt], auto_compact=True) if fmt == "jsonld"
              else graph.serialize(format=RDFLIB_FORMATS[fmt]))
    return len(graph)


def parse_export(source, fmt: str) -> Graph:
    """An export (a path or a text stream) read back with rdflib (a Dataset for TriG and N-Quads)."""
    graph = Dataset() if fmt in QUAD_FORMATS else Graph()
    if hasattr(source, "read"):
        graph.parse(data=source.read(), format=RDFLIB_FORMATS[fmt])
    else:
        graph.parse(str(source), format=RDFLIB_FORMATS[fmt])
    return graph


def load_ontology() -> Graph:
    """``schemas/ontology.ttl`` as an rdflib graph."""
    return Graph().parse(ONTOLOGY, format="turtle")


def validate(data: Graph) -> tuple[bool, str]:
    """SHACL validation of an export (the union of its graphs, with the ontology beside it)
    against ``schemas/shapes.ttl``: whether it conforms, and pyshacl's report text."""
    from pyshacl import validate as shacl

    shapes = Graph().parse(SHAPES, format="turtle")
    beside = Graph()
    for triple in data.triples((None, None, None)) if not isinstance(data, Dataset) else (
            (s, p, o) for s, p, o, _ in data.quads((None, None, None, None))):
        beside.add(triple)
    beside += load_ontology()  # all of it, annotations too (pyshacl's ont_graph takes only definitions)
    conforms, _, text = shacl(beside, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=False)
    return conforms, text


