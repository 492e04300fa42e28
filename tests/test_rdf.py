"""RDF export: an export of statements written for the test, validated by pyshacl against
schemas/shapes.ttl, parsed back by rdflib, and questioned with SPARQL beside the Cypher library."""

import io
from datetime import date
from urllib.parse import unquote

import pytest
from conftest import article, run_kg
from test_cli import one_clear_line
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg import rdf
from kg.actors import default_gazetteer
from kg.errors import KGError
from kg.model import Actor, Statement
from kg.paths import QUERIES_DIR
from kg.queries import get_query
from kg.rdf import (
    FORMATS,
    KGO,
    QUAD_FORMATS,
    WD,
    Iris,
    check_base,
    export,
    load_ontology,
    parse_export,
    statement_triples,
    validate,
    write_stream,
)
from kg.vocabulary import PREDICATES

GAZ = default_gazetteer()
NASTY = Actor(id='o\'brien / "the" 金 #1?', name='Seán "The Slash" O\'Brien / 金正恩 #1?', type="person",
              aliases=("S. O'Brien",))
GROUP = Actor(id="wagner group", name="Wagner Group", type="armed_group", wikidata="Q1138296")
ENVOY = Actor(id="jane-roe", name="Jane Roe", type="person")
LEADER = Actor(id="john-doe", name="John Doe", type="person")
FIRST = article("First report\nOne.", published=date(2024, 11, 5), url="https://news.example/a?id=1&x=2")
SECOND = article("Second report\nTwo.", published=date(2024, 11, 6))


def st(subject, predicate, obj, when, precision="day", art=FIRST, **kw):
    subject = subject if isinstance(subject, Actor) else GAZ.actor(subject)
    obj = obj if isinstance(obj, Actor) else GAZ.actor(obj)
    return Statement(subject=subject, predicate=predicate, object=obj, date=when, date_precision=precision,
                     date_source=kw.pop("date_source", "explicit"),
                     evidence=kw.pop("evidence", f"{subject.name} {predicate} {obj.name} ({when})"), article=art.id, **kw)


@pytest.fixture
def graph(store):
    """Statements written for the test: three precisions, an undated role, an end date,
    a hedged claim, a statement two articles report, and actors with awkward names."""
    store.load(FIRST, [
        st("DEU", "supports", "UKR", "2024-02", "month"),
        st("DEU", "provides_aid_to", "UKR", "2024-11-05"),
        st("PRK", "sends_troops_to", "RUS", "2024-10-20", evidence='He said "troops"\nwere sent.'),
        st("PRK", "supports", "RUS", "2024", "year"),
        st("RUS", "attacks", "UKR", "2024-11-04", hedged=True, attributed_to="Kyiv", confidence=0.6, place="Kharkiv"),
        st("POL", "supports", "UKR", "2024-11-01"),
        st("RUS", "occupies", "UKR", "2022-03", "month", until="2024-09-01"),
        st(NASTY, "represents", "IRL", None, None, date_source="none"),
        st(NASTY, "condemns", GROUP, "2024-11-02", event="ev-1"),
        st(GROUP, "attacks", "UKR", "2024-11-03"),
        st(ENVOY, "represents", "POL", None, None, date_source="none"),
        st(ENVOY, "supports", "UKR", "2024-11-02"),
        st(LEADER, "leads", "UKR", None, None, date_source="none"),
        st("FRA", "supports", LEADER, "2024-10-01"),
    ])
    store.load(SECOND, [
        st("DEU", "provides_aid_to", "UKR", "2024-11-05", art=SECOND, evidence="Germany sent aid again."),
        st("RUS", "attacks", "UKR", "2024-11-03", art=SECOND),
        st("UKR", "attacks", "PRK", "2024-11-04", art=SECOND),
        st("FRA", "meets_with", "DEU", "2024-11-06", art=SECOND),
    ])
    return store


def statement_count(store) -> int:
    return store.run("MATCH (:Actor)-[r]->(:Actor) WHERE r.predicate IS NOT NULL RETURN count(r) AS n")[0]["n"]


def exported(store, fmt="nt", **kw) -> str:
    out = io.StringIO()
    export(store, out, fmt, **kw)
    return out.getvalue()


def as_graph(text: str, fmt: str = "nt") -> Graph:
    """An export as one rdflib graph (the union of the named graphs for TriG and N-Quads)."""
    parsed = parse_export(io.StringIO(text), fmt)
    if fmt not in QUAD_FORMATS:
        return parsed
    union = Graph()
    for s, p, o, _ in parsed.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def statements_in(g) -> set:
    return set(g.subjects(RDF.type, KGO.Statement))


# --- the export --------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_parses_back_to_the_statements_of_the_graph(graph, fmt, tmp_path):
    path = tmp_path / f"export.{fmt}"
    with open(path, "w", encoding="utf-8") as out:
        export(graph, out, fmt)
    parsed = parse_export(path, fmt)
    union = as_graph(path.read_text(encoding="utf-8"), fmt)
    assert len(statements_in(union)) == statement_count(graph) == 17
    assert len(set(union.subjects(RDF.type, KGO.State))) == 7
    literals = [o for o in union.objects() if isinstance(o, Literal)]
    assert [o for o in literals if o.ill_typed] == []  # every typed literal is a valid lexical form
    assert {o.datatype for o in literals} >= {XSD.date, XSD.gYearMonth, XSD.gYear, XSD.double, XSD.dateTime, XSD.boolean}
    if fmt in QUAD_FORMATS:
        graphs = {g.identifier for g in parsed.graphs() if len(g) and g.identifier != parsed.default_graph.identifier}
        iris = Iris()
        assert graphs == {iris.graph(FIRST.id), iris.graph(SECOND.id)}
        assert (iris.graph(FIRST.id), PROV.wasDerivedFrom, iris.article(FIRST.id)) in union
        second = parsed.graph(iris.graph(SECOND.id))
        assert len(statements_in(second)) == 4  # its own three, and the aid it corroborates


@pytest.mark.parametrize("fmt", ["nt", "turtle", "trig", "nquads", "jsonld"])
def test_the_export_satisfies_the_shapes(graph, fmt):
    conforms, report = validate(as_graph(exported(graph, fmt), fmt))
    assert conforms, report


def test_each_statement_is_a_plain_triple_and_a_statement_resource(graph):
    g = as_graph(exported(graph))
    iris = Iris()
    prk, rus = iris.actor("PRK"), iris.actor("RUS")
    assert (prk, KGO.sendsTroopsTo, rus) in g
    (node,) = g.subjects(RDF.predicate, KGO.sendsTroopsTo)
    assert {(p, o) for p, o in g.predicate_objects(node)} >= {
        (RDF.type, RDF.Statement), (RDF.subject, prk), (RDF.object, rus),
        (DCTERMS.date, Literal("2024-10-20", datatype=XSD.date)), (KGO.datePrecision, Literal("day")),
        (KGO.confidence, Literal("0.8", datatype=XSD.double)), (PROV.wasDerivedFrom, iris.article(FIRST.id)),
    }
    (derivation,) = g.objects(node, PROV.qualifiedDerivation)
    assert g.value(derivation, KGO.evidence) == Literal('He said "troops"\nwere sent.')
    assert g.value(derivation, PROV.entity) == iris.article(FIRST.id)


def test_a_statement_two_articles_report_keeps_each_sentence_with_its_article(graph):
    g = as_graph(exported(graph))
    iris = Iris()
    (node,) = g.subjects(RDF.predicate, KGO.providesAidTo)
    derivations = {int(g.value(d, KGO.sourceIndex)): (g.value(d, PROV.entity), str(g.value(d, KGO.evidence)))
                   for d in g.objects(node, PROV.qualifiedDerivation)}
    assert derivations == {0: (iris.article(FIRST.id), "Germany provides_aid_to Ukraine (2024-11-05)"),
                           1: (iris.article(SECOND.id), "Germany sent aid again.")}


def test_dates_are_typed_by_precision_and_undated_roles_say_so(graph):
    g = as_graph(exported(graph))
    iris = Iris()

    def node(subject, prop):
        (n,) = set(g.subjects(RDF.subject, iris.actor(subject))) & set(g.subjects(RDF.predicate, prop))
        return n

    assert g.value(node("DEU", KGO.supports), DCTERMS.date) == Literal("2024-02", datatype=XSD.gYearMonth)
    assert g.value(node("PRK", KGO.supports), DCTERMS.date) == Literal("2024", datatype=XSD.gYear)
    assert g.value(node("PRK", KGO.supports), KGO.datePrecision) == Literal("year")
    assert g.value(node("DEU", KGO.providesAidTo), DCTERMS.date) == Literal("2024-11-05", datatype=XSD.date)
    role = node(NASTY.id, KGO.represents)
    assert g.value(role, DCTERMS.date) is None and g.value(role, KGO.dateSource) == Literal("none")
    occupation = node("RUS", KGO.occupies)
    assert g.value(occupation, DCTERMS.date) == Literal("2022-03", datatype=XSD.gYearMonth)
    end = URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasEndTimeStamp")
    assert g.value(occupation, end) == Literal("2024-09-01", datatype=XSD.date)


def test_iris_are_safe_for_any_actor_name(graph):
    iri = Iris().actor(NASTY.id)
    assert all(c.isascii() and c not in ' "<>{}|\\^`' for c in str(iri))
    assert unquote(str(iri).rsplit("/", 1)[1]) == NASTY.id
    for fmt in ("nt", "turtle", "jsonld"):
        g = as_graph(exported(graph, fmt), fmt)
        assert g.value(iri, RDFS.label) == Literal(NASTY.name)
        assert (iri, KGO.condemns, Iris().actor(GROUP.id)) in g


def test_actors_take_their_classes_and_wikidata_entities(graph):
    g = as_graph(exported(graph))
    iris = Iris()
    schema = "https://schema.org/"
    assert set(g.objects(iris.actor("UKR"), RDF.type)) == {KGO.State, URIRef(schema + "Country"), URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Actor")}
    assert (iris.actor(NASTY.id), RDF.type, URIRef(schema + "Person")) in g
    assert (iris.actor(GROUP.id), OWL.sameAs, WD.Q1138296) in g
    assert GAZ.actor("UKR").wikidata and (iris.actor("UKR"), OWL.sameAs, WD[GAZ.actor("UKR").wikidata]) in g
    assert (iris.article(FIRST.id), URIRef(schema + "url"), URIRef(FIRST.url)) in g


def test_since_and_until_keep_the_statements_dated_in_between(graph):
    g = as_graph(exported(graph, since=date(2024, 11, 3), until=date(2024, 11, 4)))
    dates = sorted(str(g.value(n, DCTERMS.date)) for n in statements_in(g))
    assert dates == ["2024-11-03", "2024-11-03", "2024-11-04", "2024-11-04"]


def test_another_base(graph):
    g = as_graph(exported(graph, base="urn:x-kg:"))
    assert (URIRef("urn:x-kg:/actor/PRK"), KGO.sendsTroopsTo, URIRef("urn:x-kg:/actor/RUS")) in g
    with pytest.raises(KGError, match="not an absolute IRI"):
        check_base("no scheme/")
    with pytest.raises(KGError, match="not an absolute IRI"):
        check_base("https://bad base/")


def test_an_empty_store_exports_a_valid_empty_graph(store):
    for fmt in FORMATS:
        assert statements_in(as_graph(exported(store, fmt), fmt)) == set()


# --- shapes: broken graphs fail ----------------------------------------------------------

@pytest.fixture
def valid(graph):
    return as_graph(exported(graph))


def test_a_statement_without_a_date_fails(valid):
    (node,) = valid.subjects(RDF.predicate, KGO.sendsTroopsTo)
    valid.remove((node, DCTERMS.date, None))
    conforms, report = validate(valid)
    assert not conforms and "Xone" in report and str(node) in report


def test_an_actor_without_a_name_fails(valid):
    actor = Iris().actor("PRK")
    valid.remove((actor, RDFS.label, None))
    conforms, report = validate(valid)
    assert not conforms and "an actor has exactly one name" in report


def test_a_statement_without_its_plain_triple_fails(valid):
    valid.remove((Iris().actor("PRK"), KGO.sendsTroopsTo, Iris().actor("RUS")))
    conforms, report = validate(valid)
    assert not conforms and "plain triple" in report


def test_a_date_that_does_not_match_its_precision_fails(valid):
    (node,) = valid.subjects(RDF.predicate, KGO.sendsTroopsTo)
    valid.set((node, DCTERMS.date, Literal("2024-10", datatype=XSD.gYearMonth)))
    conforms, report = validate(valid)
    assert not conforms and "does not match its precision" in report


def test_a_predicate_outside_the_vocabulary_fails(valid):
    (node,) = valid.subjects(RDF.predicate, KGO.sendsTroopsTo)
    valid.set((node, RDF.predicate, KGO.likes))
    valid.add((Iris().actor("PRK"), KGO.likes, Iris().actor("RUS")))
    conforms, report = validate(valid)
    assert not conforms and "property of the vocabulary" in report


# --- ontology ----------------------------------------------------------------------------

def test_the_ontology_has_a_property_for_each_predicate_with_its_annotations():
    ont = load_ontology()
    for name, p in PREDICATES.items():
        prop = KGO[p.rdf_property]
        assert (prop, RDF.type, OWL.ObjectProperty) in ont
        assert str(ont.value(prop, KGO.predicateName)) == name
        assert ont.value(prop, RDFS.label) and str(ont.value(prop, RDFS.comment)) == p.meaning
        assert int(ont.value(prop, KGO.polarity)) == p.polarity
        assert (str(ont.value(prop, KGO.cameo)) if p.cameo else None) == (p.cameo or None)
        assert ((prop, RDF.type, OWL.SymmetricProperty) in ont) == p.symmetric
    for cls in (KGO.State, KGO.Organisation, KGO.Person, KGO.ArmedGroup, KGO.Place):
        assert (cls, RDFS.subClassOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Actor")) in ont


# --- streaming ---------------------------------------------------------------------------

def test_streamed_rows_give_the_same_triples_as_rdflib_builds(graph):
    """The line writer and rdflib's own serialiser agree on every triple."""
    from kg.rdf import build_graph, read_actors, read_articles, read_statements
    iris = Iris()
    built = build_graph("nt", read_actors(graph), read_articles(graph), read_statements(graph), iris)
    streamed = Graph().parse(data=exported(graph, "nt"), format="nt")
    assert len(built) == len(streamed) and set(built) == set(streamed)
    rows = list(read_statements(graph, batch=3))  # pages of three, as many pages as needed
    assert len(rows) == len({r["id"] for r in rows}) == 17
    out = io.StringIO()
    write_stream(out, "nt", [], [], rows[:1], iris)
    assert out.getvalue().count("\n") == len(statement_triples(rows[0], iris))


# --- SPARQL beside Cypher ----------------------------------------------------------------

def sparql(g, name, **params):
    text = (QUERIES_DIR / "sparql" / f"{name}.rq").read_text(encoding="utf-8")
    result = g.query(text, initBindings={k: Literal(v) for k, v in params.items()})
    return [{str(k): (v.toPython() if v is not None else None) for k, v in row.asdict().items()} | 
            {str(k): None for k in result.vars if row[str(k)] is None} for row in result]


def cypher(store, name, **params):
    q = get_query(name)
    rows = store.run(q.cypher, **q.bind(params))
    return [{k: (v.iso_format() if hasattr(v, "iso_format") else v) for k, v in r.items()} for r in rows]


CASES = [
    ("actor_timeline", {"actor": "UKR"}),
    ("actor_timeline", {"actor": "russia", "since": "2024-01-01", "until": "2024-11-03"}),
    ("actor_timeline", {"actor": NASTY.id}),
    ("actor_timeline", {"actor": "IRL"}),
    ("pair_history", {"a": "North Korea", "b": "RUS"}),
    ("pair_history", {"a": "UKR", "b": "Russia"}),
    ("pair_history", {"a": NASTY.name, "b": "IRL"}),
    ("pair_history", {"a": "Poland", "b": "UKR"}),
    ("supporters_of", {"actor": "Ukraine"}),
    ("supporters_of", {"actor": "UKR", "as_of": "2024-10-31"}),
    ("supporters_of", {"actor": "RUS"}),
    ("supporters_of", {"actor": LEADER.name}),
]


@pytest.mark.parametrize("name,params", CASES)
def test_sparql_gives_the_answers_of_the_cypher_query(graph, name, params):
    q = get_query(name)
    bound = q.bind(params)
    g = as_graph(exported(graph)) + load_ontology()
    expected = cypher(graph, name, **params)
    got = sparql(g, name, **bound)
    if name == "supporters_of":  # Cypher collects a list, SPARQL joins a string
        for row in got:
            row["how"] = sorted(row["how"].split())
        for row in expected:
            row["how"] = sorted(row["how"])
    assert expected, "the case must have answers"
    assert got == expected


# --- command line ------------------------------------------------------------------------

def test_cli_writes_each_format_to_a_file(graph, home, tmp_path):
    for fmt in ("nt", "trig"):
        out = tmp_path / f"kg.{fmt}"
        r = run_kg("export", "rdf", "--format", fmt, "-o", out, home=home)
        assert r.returncode == 0, r.stderr
        assert "17 statements" in r.stderr
        assert len(statements_in(as_graph(out.read_text(encoding="utf-8"), fmt))) == 17
    r = run_kg("export", "rdf", "--since", "2024-11-04", home=home)
    assert r.returncode == 0, r.stderr
    assert len(statements_in(Graph().parse(data=r.stdout, format="turtle"))) == 4


def test_cli_errors_are_one_line_and_leave_no_file(home, server, tmp_path):
    assert "--since" in one_clear_line(run_kg("export", "rdf", "--since", "2024-13-01", "-o", tmp_path / "x.nt", home=home))
    assert "xml" in one_clear_line(run_kg("export", "rdf", "--format", "xml", home=home))
    assert "base" in one_clear_line(run_kg("export", "rdf", "--base", "not an iri", home=home))
    missing = tmp_path / "no" / "such" / "folder" / "x.nt"
    assert "cannot write" in one_clear_line(run_kg("export", "rdf", "-o", missing, home=home))
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    assert "cannot write" in one_clear_line(run_kg("export", "rdf", "-o", a_file / "x.nt", home=home))
    assert "folder" in one_clear_line(run_kg("export", "rdf", "-o", tmp_path, home=home))
    assert a_file.read_text() == "not a folder"
    assert list(tmp_path.rglob("*.nt")) == [] and list(tmp_path.rglob("*.part")) == []


def test_a_failed_export_leaves_the_old_file_as_it_was(graph, tmp_path, monkeypatch):
    target = tmp_path / "kg.nt"
    target.write_text("old\n")

    first = next(rdf.read_statements(graph))

    def broken(*args, **kwargs):  # the server goes away after the first statement
        yield first
        raise KGError("lost the graph server: test")

    monkeypatch.setattr(rdf, "read_statements", broken)
    with pytest.raises(KGError), rdf.output_file(target) as out:
        export(graph, out, "nt")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.nt"]


def test_the_exporters_cypher_lints_clean(tmp_path):
    """Neo4j's own linter (as tests/test_cypher_lint.py runs it) accepts what the exporter sends."""
    import test_cypher_lint as linter

    if linter.pytestmark.args[0]:
        pytest.skip(linter.pytestmark.kwargs["reason"])
    sent = {"actors": rdf.ACTOR_PAGE, "articles": rdf.ARTICLE_PAGE, "count": rdf.STATEMENT_COUNT,
            **{f"statements_{p.name}": rdf.STATEMENT_PAGE % p.rel_type for p in PREDICATES.values()}}
    found = linter.lint(tmp_path, items=[{"name": k, "query": v} for k, v in sent.items()])
    assert set(found) == set(sent) and all(d == [] for d in found.values()), {k: v for k, v in found.items() if v}
