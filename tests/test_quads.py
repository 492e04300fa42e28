"""Quads in the ICEWS14 / ICEWS18 layout: written from the store, read back into a fresh one."""

from datetime import date

import pytest

from kg.actors import default_gazetteer
from kg.errors import KGError
from kg.model import Actor, Statement
from kg.quads import export_quads, map_relation, read_quads
from kg.vocabulary import PREDICATES

from conftest import article, run_kg
from test_cli import one_clear_line

GAZ = default_gazetteer()
ENVOY = Actor(id="jane-roe", name="Jane Roe", type="person")
NAMESAKE = Actor(id="georgia-us", name="Georgia", type="place")
REPORT = article("Quads report\nOne.", published=date(2024, 11, 6))


def st(subject, predicate, obj, when, precision="day"):
    subject = subject if isinstance(subject, Actor) else GAZ.actor(subject)
    obj = obj if isinstance(obj, Actor) else GAZ.actor(obj)
    return Statement(subject=subject, predicate=predicate, object=obj, date=when, date_precision=precision,
                     date_source="explicit" if when else "none", evidence=f"{subject.name} {predicate} {obj.name}",
                     article=REPORT.id)


STATEMENTS = [
    st("PRK", "sends_troops_to", "RUS", "2024-10-20"),
    st("RUS", "attacks", "UKR", "2024-11-04"),
    st("RUS", "attacks", "UKR", "2024-11-03"),
    st("DEU", "supports", "UKR", "2024-02", "month"),
    st("FRA", "meets_with", "DEU", "2024-11-06"),
    st(ENVOY, "represents", "POL", None, None),
    st(ENVOY, "visits", NAMESAKE, "2024-11-05"),
    st("GEO", "condemns", "RUS", "2024-11-05"),
]


@pytest.fixture
def graph(store):
    store.load(REPORT, STATEMENTS)
    return store


def dated(store):
    rows = store.run("MATCH (s:Actor)-[r]->(o:Actor) WHERE r.date IS NOT NULL "
                     "RETURN s.id AS s, r.predicate AS p, o.id AS o, toString(r.date) AS d")
    return sorted((r["s"], r["p"], r["o"], r["d"]) for r in rows)


def lines(path):
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_folder_has_the_benchmark_layout(graph, tmp_path):
    result = export_quads(graph, tmp_path / "q")
    folder = tmp_path / "q"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["train.txt", "entity2id.txt", "relation2id.txt", "stat.txt", "time2id.txt", "entity2actor.txt"])
    quads = lines(folder / "train.txt")
    assert (result.quads, result.undated) == (7, 1)
    assert len(quads) == 7 and all(len(q) == 4 and all(c.isdigit() for c in q) for q in quads)
    times = [int(q[3]) for q in quads]
    assert times == sorted(times) and times[0] == 0 and all(t % 24 == 0 for t in times)
    entities = {name: int(i) for name, i in lines(folder / "entity2id.txt")}
    relations = {name: int(i) for name, i in lines(folder / "relation2id.txt")}
    assert list(relations) == list(PREDICATES) and sorted(relations.values()) == list(range(len(PREDICATES)))
    assert sorted(entities.values()) == list(range(len(entities)))
    assert "Georgia (GEO)" in entities and "Georgia (georgia-us)" in entities  # names stay unique
    assert lines(folder / "stat.txt") == [[str(len(entities)), str(len(relations)), "0"]]
    days = {int(t): d for d, t in lines(folder / "time2id.txt")}
    by_id = {i: name for name, i in entities.items()}
    named = {(by_id[int(s)], list(relations)[int(r)], by_id[int(o)], days[int(t)]) for s, r, o, t in quads}
    assert ("North Korea", "sends_troops_to", "Russia", "2024-10-20") in named
    assert ("Germany", "supports", "Ukraine", "2024-02-01") in named  # a month counts from its first day
    assert days[0] == "2024-02-01" and days[max(days)] == "2024-11-06"
    assert max(days) == (date(2024, 11, 6) - date(2024, 2, 1)).days * 24


def test_export_then_load_gives_the_same_statements(graph, tmp_path):
    before = dated(graph)
    export_quads(graph, tmp_path)
    graph.run("MATCH (n) DETACH DELETE n")
    read = read_quads(tmp_path / "train.txt")
    assert not read.unmapped and read.new_actors == 0
    result = graph.load(read.article, read.statements)
    assert result.new == len(before) == 7
    assert dated(graph) == before
    types = {r["id"]: r["type"] for r in graph.run("MATCH (a:Actor) RETURN a.id AS id, a.type AS type")}
    assert types["jane-roe"] == "person" and types["georgia-us"] == "place"
    again = read_quads(tmp_path / "train.txt")
    assert graph.load(again.article, again.statements).already_loaded


def test_names_and_cameo_codes_map_onto_the_vocabulary_and_the_rest_is_reported(tmp_path):
    path = tmp_path / "events.txt"
    path.write_text("Russia\tattacks\tUkraine\t2024-11-04\n"
                    "North Korea\t062\tRussia\t2024-10-20\n"
                    "Citizen (Afghanistan)\t190\tRussia\t2024-11-02\n"
                    "Germany\tMake statement\tUkraine\t2024-11-01\n"
                    "Germany\tMake statement\tPoland\t2024-11-01\n"
                    "Japan\tprovides aid to\tUkraine\t2024-11-05\n", encoding="utf-8")
    read = read_quads(path)
    got = {(s.subject.id, s.predicate, s.object.id, s.date) for s in read.statements}
    assert got == {("RUS", "attacks", "UKR", "2024-11-04"), ("PRK", "sends_troops_to", "RUS", "2024-10-20"),
                   ("Citizen (Afghanistan)", "attacks", "RUS", "2024-11-02"), ("JPN", "provides_aid_to", "UKR", "2024-11-05")}
    assert read.unmapped == {"Make statement": 2}
    assert read.new_actors == 1
    assert read.article.published == date(2024, 11, 5)


def test_relations_map_by_name_property_or_cameo_code():
    assert map_relation("sends_troops_to") == map_relation("Sends troops to") == map_relation("sendsTroopsTo") == "sends_troops_to"
    assert map_relation("072") == "supplies_weapons_to"  # the longest code wins over 07
    assert map_relation("0711") == "provides_aid_to"
    assert map_relation("1952") == "attacks"
    assert map_relation("043") == "meets_with"
    assert map_relation("010") is None and map_relation("Make a visit") is None and map_relation("") is None


def test_a_time_that_is_neither_a_date_nor_in_the_map_is_an_error(tmp_path):
    path = tmp_path / "test.txt"
    path.write_text("Russia\tattacks\tUkraine\t6480\n", encoding="utf-8")
    with pytest.raises(KGError, match=r"test.txt:1: time '6480' is neither a date nor in time2id.txt"):
        read_quads(path)
    path.write_text("Russia attacks Ukraine\n", encoding="utf-8")
    with pytest.raises(KGError, match="separated by tabs"):
        read_quads(path)


def test_cli_export_and_load(graph, home, tmp_path):
    r = run_kg("export", "quads", "-o", tmp_path / "q", home=home)
    assert r.returncode == 0, r.stderr
    assert "7 quads" in r.stderr and "1 undated statements left out" in r.stderr
    graph.run("MATCH (n) DETACH DELETE n")
    (tmp_path / "more.txt").write_text("Russia\tattacks\tUkraine\t2024-11-09\nRussia\tConsult\tChina\t2024-11-09\n")
    r = run_kg("load", "--format", "quads", tmp_path / "q", tmp_path / "more.txt", home=home)
    assert r.returncode == 0, r.stderr
    assert "7 quads: 7 new statements" in r.stdout and "1 quads: 1 new statements" in r.stdout
    assert "1 lines left out" in r.stderr and "'Consult' (1)" in r.stderr
    assert len(dated(graph)) == 8


def test_cli_errors_are_one_line(home, server, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("Russia\tattacks\tUkraine\tyesterday\n")
    assert "yesterday" in one_clear_line(run_kg("load", "--format", "quads", bad, home=home))
    assert "cannot read" in one_clear_line(run_kg("load", "--format", "quads", tmp_path / "missing.txt", home=home))
    assert "--published" in one_clear_line(run_kg("load", "--format", "quads", "--published", "2024-11-05", bad, home=home))
    assert "cannot write" in one_clear_line(run_kg("export", "quads", "-o", bad / "sub", home=home))


def test_a_failed_export_leaves_the_folder_as_it_was(graph, tmp_path, monkeypatch):
    from kg import quads

    export_quads(graph, tmp_path / "q")
    before = {p.name: p.read_bytes() for p in (tmp_path / "q").iterdir()}

    def half_then_fail(staging, *args):
        (staging / "train.txt").write_text("0\t0\t0\t0\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(quads, "_write_files", half_then_fail)
    with pytest.raises(OSError):
        export_quads(graph, tmp_path / "q")
    assert {p.name: p.read_bytes() for p in (tmp_path / "q").iterdir()} == before


def test_unreadable_map_files_are_one_clear_error(tmp_path):
    (tmp_path / "train.txt").write_text("0\t0\t1\t0\n")
    (tmp_path / "entity2id.txt").write_bytes(b"Kyiv \xff\t0\n")
    with pytest.raises(KGError, match="entity2id.txt: not UTF-8 text"):
        read_quads(tmp_path / "train.txt")
