import pytest

from kg.actors import default_gazetteer
from kg.errors import KGError
from kg.model import Statement
from kg.queries import get_query, library, parse_query

from conftest import article

GAZ = default_gazetteer()


def st(subject, predicate, obj, when, precision="day", art=None):
    return Statement(subject=GAZ.actor(subject), predicate=predicate, object=GAZ.actor(obj), date=when,
                     date_precision=precision, date_source="explicit", evidence=f"{subject} {predicate} {obj} ({when})",
                     article=art.id)


@pytest.fixture
def graph(store):
    """A small graph of statements written for the test, from two articles."""
    a1, a2 = article("First report\nOne."), article("Second report\nTwo.")
    store.load(a1, [
        st("DEU", "supports", "UKR", "2024-02", "month", a1),
        st("DEU", "provides_aid_to", "UKR", "2024-11-05", art=a1),
        st("PRK", "sends_troops_to", "RUS", "2024-10-20", art=a1),
        st("PRK", "supports", "RUS", "2024-09", "month", a1),
        st("RUS", "attacks", "UKR", "2024-11-04", art=a1),
        st("POL", "supports", "UKR", "2024-11-01", art=a1),
    ])
    store.load(a2, [
        st("DEU", "provides_aid_to", "UKR", "2024-11-05", art=a2),
        st("RUS", "attacks", "UKR", "2024-11-03", art=a2),
        st("UKR", "attacks", "PRK", "2024-11-04", art=a2),
    ])
    return store


def run(store, name, **params):
    q = get_query(name)
    return store.run(q.cypher, **q.bind(params))


def test_library_lists_queries_with_headers():
    queries = library()
    assert {"actor_timeline", "pair_history", "supporters_of"} <= set(queries)
    for q in queries.values():
        assert q.description and q.cypher and not q.cypher.rstrip().endswith(";")
        for p in q.params:
            assert f":param {p} =>" in q.path.read_text(), f"{q.name}: no :param line for {p}"


def test_supporters_of(graph):
    assert run(graph, "supporters_of", actor="Ukraine") == [
        {"supporter": "Germany", "type": "state", "how": ["provides_aid_to", "supports"], "first_seen": "2024-02-01",
         "last_seen": "2024-11-05", "statements": 2, "sources": 3},
        {"supporter": "Poland", "type": "state", "how": ["supports"], "first_seen": "2024-11-01",
         "last_seen": "2024-11-01", "statements": 1, "sources": 1},
    ]
    assert [r["supporter"] for r in run(graph, "supporters_of", actor="UKR", as_of="2024-10-31")] == ["Germany"]


def test_pair_history_reads_both_directions(graph):
    rows = run(graph, "pair_history", a="North Korea", b="RUS")
    assert [(r["date"], r["subject"], r["predicate"], r["object"]) for r in rows] == [
        ("2024-09", "North Korea", "supports", "Russia"),
        ("2024-10-20", "North Korea", "sends_troops_to", "Russia"),
    ]
    assert run(graph, "pair_history", a="RUS", b="PRK") == rows


def test_actor_timeline(graph):
    rows = run(graph, "actor_timeline", actor="PRK", since="2024-10-01")
    assert [(r["date"], r["subject"], r["predicate"], r["object"], r["sources"]) for r in rows] == [
        ("2024-10-20", "North Korea", "sends_troops_to", "Russia", 1),
        ("2024-11-04", "Ukraine", "attacks", "North Korea", 1),
    ]


def test_unknown_query_suggests_the_closest_names():
    with pytest.raises(KGError, match="did you mean supporters_of"):
        get_query("supporter_of")


def test_missing_and_badly_typed_parameters():
    q = get_query("supporters_of")
    with pytest.raises(KGError, match="needs -p actor"):
        q.bind({})
    with pytest.raises(KGError, match="as_of must be a date"):
        q.bind({"actor": "UKR", "as_of": "last week"})
    with pytest.raises(KGError, match="has no parameter actr"):
        q.bind({"actr": "UKR"})


def test_a_header_without_name_is_an_error(tmp_path):
    bad = tmp_path / "bad.cypher"
    bad.write_text("// description: nothing\nRETURN 1")
    with pytest.raises(KGError, match="needs '// name:'"):
        parse_query(bad)
