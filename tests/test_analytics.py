"""Alliance analytics: the algorithms on small signed graphs with known answers, the one
query on the real embedded server, the pictures, and the `kg analyze` / `kg plot` commands."""

import doctest
import json
import os
import xml.etree.ElementTree as ET
from datetime import date

import matplotlib.image
import networkx as nx
import pytest

import kg.analytics
import kg.plots
from kg import analytics as an
from kg.errors import KGError
from kg.model import Actor, Article, Statement
from kg.plots import network_figure, save, timeline_figure
from kg.store import connect, neo4j_settings

from conftest import run_kg


def signed(*edges):
    """A signed graph from (a, b, weight) triples."""
    g = nx.Graph()
    for a, b, w in edges:
        g.add_edge(a, b, weight=w, sign=1 if w > 0 else -1, statements=abs(w))
    return g


TWO_BLOCS = signed(
    ("USA", "GBR", 3), ("USA", "UKR", 2), ("GBR", "UKR", 2), ("POL", "UKR", 1), ("POL", "USA", 1),
    ("RUS", "PRK", 3), ("RUS", "IRN", 2), ("IRN", "PRK", 1), ("BLR", "RUS", 2),
    ("RUS", "UKR", -4), ("USA", "IRN", -2),
)


def members(found):
    return sorted(sorted(b) for b in found)


def test_module_doctests():
    for module in (kg.analytics, kg.plots):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module


# --- the algorithms on plain networkx graphs -------------------------------------------------


def test_blocs_are_the_cooperating_groups_and_their_conflicts_are_listed():
    found = an.blocs(TWO_BLOCS)
    assert members(found) == [["BLR", "IRN", "PRK", "RUS"], ["GBR", "POL", "UKR", "USA"]]
    assert [(r["a"], r["b"], r["weight"]) for r in an.conflicts(TWO_BLOCS, found)] == [("RUS", "UKR", -4), ("IRN", "USA", -2)]
    assert an.blocs(TWO_BLOCS) == found  # seeded: the same graph, the same blocs


def test_an_actor_with_only_conflicts_is_a_bloc_of_its_own():
    g = signed(("A", "B", 2), ("C", "A", -1))
    assert members(an.blocs(g)) == [["A", "B"], ["C"]]
    assert an.bloc_names(g, an.blocs(g)) == ["A +1", "C"]


def test_triads_by_structural_balance():
    g = signed(("A", "B", 2), ("B", "C", 1), ("A", "C", -1),   # friend of my friend is my enemy
               ("C", "D", -2), ("A", "D", 1),                  # A, C, D: + - -  balanced
               ("D", "E", -2), ("C", "E", -3))                 # C, D, E: - - -  three enemies
    found = {tuple(t["actors"]): (t["kind"], t["balanced"]) for t in an.triads(g)}
    assert found == {
        ("A", "B", "C"): ("friend of my friend is my enemy", False),
        ("A", "C", "D"): ("enemy of my enemy is my friend", True),
        ("C", "D", "E"): ("three enemies", False),
    }
    first = an.triads(g)[0]  # unbalanced first, the strongest strain first
    assert first["actors"] == ["C", "D", "E"] and first["enemies"] == ["C–D", "C–E", "D–E"] and first["strain"] == 2
    assert an.balance(g) == {"triads": 3, "balanced": 1, "unbalanced": 2, "share_balanced": 0.333,
                             "by_kind": {"friend of my friend is my enemy": 1, "enemy of my enemy is my friend": 1,
                                         "three enemies": 1}}
    sections = an.balance_sections(g)
    assert [t["actors"] for t in sections["unbalanced"]] == [["C", "D", "E"], ["A", "B", "C"]]  # strongest strain first
    assert sections["summary"][0]["three enemies"] == 1 and sections["summary"][0]["allies"] == 0


def test_the_actor_between_two_blocs_is_the_top_broker():
    g = signed(("A1", "A2", 3), ("A2", "A3", 3), ("A1", "A3", 3),
               ("B1", "B2", 3), ("B2", "B3", 3), ("B1", "B3", 3),
               ("X", "A1", 1), ("X", "B1", 1), ("A2", "B2", -2))
    found = [frozenset({"A1", "A2", "A3", "X"}), frozenset({"B1", "B2", "B3"})]
    rows = an.brokers(g, found)
    assert rows[0]["actor"] == "X" and rows[0]["participation"] == 0.5 and rows[0]["blocs"] == 2
    assert {r["actor"] for r in rows if r["participation"] > 0} == {"X", "B1"}  # B1's one tie outside is to X
    assert "A2" not in {r["actor"] for r in rows}  # a conflict is no bridge


def test_who_moved_between_months():
    october = signed(("USA", "GBR", 2), ("USA", "TUR", 2), ("GBR", "TUR", 1), ("RUS", "PRK", 2), ("RUS", "IRN", 2), ("PRK", "IRN", 1))
    november = signed(("USA", "GBR", 2), ("RUS", "PRK", 2), ("RUS", "IRN", 2), ("RUS", "TUR", 2), ("IRN", "TUR", 1), ("TUR", "USA", -1))
    rows = an.moves({"2024-10": october, "2024-11": november})
    assert rows == [{"month": "2024-11", "actor": "TUR", "since": "2024-10", "left": ["GBR", "USA"], "joined": ["IRN", "PRK", "RUS"]}]
    assert an.moves({"2024-10": october, "2024-11": october}) == []


def test_bloc_labels_follow_the_larger_part_when_a_bloc_splits():
    labels = an.track({"m1": [frozenset("ABCD")], "m2": [frozenset("ABC"), frozenset("D")]})
    assert labels["m2"]["A"] == labels["m1"]["A"] and labels["m2"]["D"] != labels["m1"]["D"]


ROWS = [
    {"month": "2024-10", "a": "RUS", "a_name": "Russia", "b": "UKR", "b_name": "Ukraine", "statements": 3, "sources": 4,
     "net": -3, "confidence": -2.4, "sources_weighted": -4, "goldstein": -30.0},
    {"month": "2024-10", "a": "UKR", "a_name": "Ukraine", "b": "USA", "b_name": "United States", "statements": 1, "sources": 2,
     "net": 1, "confidence": 0.8, "sources_weighted": 2, "goldstein": 3.5},
    {"month": "2024-11", "a": "RUS", "a_name": "Russia", "b": "UKR", "b_name": "Ukraine", "statements": 2, "sources": 2,
     "net": 0, "confidence": 0.2, "sources_weighted": 0, "goldstein": -2.0},
]


def test_the_signed_graph_sums_months_and_chooses_the_weight():
    g = an.signed_graph(ROWS)
    assert g["RUS"]["UKR"] == {"weight": -3, "sign": -1, "statements": 5, "sources": 6}
    assert an.signed_graph(ROWS, "sources")["UKR"]["USA"]["weight"] == 2
    assert an.signed_graph(ROWS, "goldstein")["RUS"]["UKR"]["weight"] == -32.0
    november = an.graphs_by_month(ROWS)["2024-11"]
    assert set(november) == {"RUS", "UKR"} and november.number_of_edges() == 0  # cancelled out: no edge
    with pytest.raises(KGError, match="unknown weight"):
        an.signed_graph(ROWS, "votes")


def test_timeline_of_an_actor_by_id_or_name_and_a_clear_error_otherwise():
    assert an.timeline(ROWS, "UKR") == an.timeline(ROWS, "ukraine") == [
        {"month": "2024-10", "partner": "Russia", "value": -3, "statements": 3},
        {"month": "2024-10", "partner": "United States", "value": 1, "statements": 1},
        {"month": "2024-11", "partner": "Russia", "value": 0, "statements": 2},
    ]
    with pytest.raises(KGError, match="did you mean Ukraine"):
        an.timeline(ROWS, "Ukrain")
    assert an.busiest_actor(ROWS) == "UKR"


@pytest.mark.parametrize("kwargs, message", [
    ({"month": "2024-13"}, "--month '2024-13' is not a month"),
    ({"month": "Nov 2024"}, "expected YYYY-MM"),
    ({"start": "2024-11", "end": "2024-10"}, "--from 2024-11 is after --to 2024-10"),
    ({"month": "2024-11", "start": "2024-10"}, "either --month or --from/--to"),
])
def test_bad_windows(kwargs, message):
    with pytest.raises(KGError, match=message):
        an.Window.of(**kwargs)


def test_windows():
    assert an.Window.of(start="2024-11", end="2024-12").params() == {"since": "2024-11-01", "until": "2025-01-01"}
    assert an.Window.of(month="2024-01").with_month_before() == an.Window("2023-12", "2024-01")
    assert an.Window().params() == {"since": "1900-01-01", "until": "2100-01-01"}


# --- the one query, on the real embedded server -----------------------------------------------

def state(i, name):
    return Actor(i, name, "state")


USA, GBR, POL, UKR = state("USA", "United States"), state("GBR", "United Kingdom"), state("POL", "Poland"), state("UKR", "Ukraine")
RUS, PRK, IRN, BLR, TUR = state("RUS", "Russia"), state("PRK", "North Korea"), state("IRN", "Iran"), state("BLR", "Belarus"), state("TUR", "Turkey")
PUTIN, KIM = Actor("vladimir-putin", "Vladimir Putin", "person"), Actor("kim-jong-un", "Kim Jong Un", "person")
KURSK = Actor("kursk", "Kursk", "place")

OCTOBER = [
    (USA, "supports", UKR), (GBR, "supplies_weapons_to", UKR), (USA, "cooperates_with", GBR),
    (POL, "provides_aid_to", UKR), (POL, "cooperates_with", USA),
    (PRK, "sends_troops_to", RUS), (IRN, "supplies_weapons_to", RUS), (BLR, "cooperates_with", RUS),
    (PUTIN, "represents", RUS), (KIM, "leads", PRK), (PUTIN, "meets_with", KIM),   # rolls up to RUS–PRK
    (RUS, "attacks", UKR), (UKR, "attacks", RUS), (USA, "sanctions", RUS), (GBR, "condemns", IRN),
    (TUR, "cooperates_with", USA), (TUR, "signs_agreement_with", GBR), (TUR, "meets_with", RUS),
    (RUS, "attacks", KURSK),                                                          # a place: left out
]
NOVEMBER = [
    (USA, "supports", UKR), (GBR, "provides_aid_to", UKR), (POL, "cooperates_with", USA),
    (PRK, "sends_troops_to", RUS), (IRN, "supplies_weapons_to", RUS), (BLR, "cooperates_with", RUS),
    (RUS, "attacks", UKR), (TUR, "signs_agreement_with", RUS), (TUR, "cooperates_with", IRN),
    (TUR, "condemns", USA),
]


def statements(triples, day, **kw):
    return [Statement(s, p, o, day, kw.get("precision", "day"), "explicit", f"{s.name} {p} {o.name}.", "test",
                      confidence=kw.get("confidence", 0.8)) for s, p, o in triples]


def load_world(store):
    """Two months of two blocs; Turkey moves from the western one to the eastern one."""
    october = statements(OCTOBER, "2024-10-03") + statements([(RUS, "attacks", UKR)], "2024-10")  # month precision
    october += statements([(USA, "supports", UKR)], "2024", precision="year")                  # left out: year only
    october += statements([(USA, "supports", POL)], None, precision=None)                      # left out: undated
    store.load(Article("October\nwritten for the test", date(2024, 10, 31)), october)
    store.load(Article("November\nwritten for the test", date(2024, 11, 30)), statements(NOVEMBER, "2024-11-12"))
    # The same fact from a second article: one relationship, two sources.
    store.load(Article("November again\nwritten for the test", date(2024, 11, 30)),
               statements([(RUS, "attacks", UKR)], "2024-11-12"))


def test_the_query_sums_pairs_per_month_in_the_database(store):
    load_world(store)
    rows = an.relations(store)
    by_key = {(r["month"], r["a"], r["b"]): r for r in rows}
    assert {m for m, _, _ in by_key} == {"2024-10", "2024-11"}
    # Both directions and the month-precision attack count for the one pair.
    assert by_key["2024-10", "RUS", "UKR"] == {
        "month": "2024-10", "a": "RUS", "a_name": "Russia", "b": "UKR", "b_name": "Ukraine", "statements": 3, "sources": 3,
        "net": -3, "confidence": pytest.approx(-2.4), "sources_weighted": -3, "goldstein": -30.0}
    assert by_key["2024-11", "RUS", "UKR"]["sources"] == 2 and by_key["2024-11", "RUS", "UKR"]["sources_weighted"] == -2
    assert by_key["2024-10", "PRK", "RUS"]["statements"] == 2        # troops + the leaders' meeting, rolled up
    assert by_key["2024-10", "UKR", "USA"]["statements"] == 1        # the year-precision statement is left out
    assert not any("kursk" in (r["a"], r["b"]) or "vladimir-putin" in (r["a"], r["b"]) for r in rows)
    assert ("2024-10", "POL", "USA") in by_key and by_key["2024-10", "POL", "USA"]["statements"] == 1  # undated left out
    apart = an.relations(store, rollup=False)
    assert {(r["a"], r["b"]) for r in apart if r["month"] == "2024-10"} >= {("kim-jong-un", "vladimir-putin")}
    assert [r["month"] for r in an.relations(store, an.Window.of(month="2024-11"))] == ["2024-11"] * 10


def test_blocs_moves_balance_and_brokers_of_the_stored_graph(store):
    load_world(store)
    rows = an.relations(store)
    sections = an.bloc_sections(rows)
    blocs = sorted(sorted(b["members"]) for b in sections["blocs"])
    assert blocs == [["Belarus", "Iran", "North Korea", "Russia", "Turkey"], ["Poland", "Ukraine", "United Kingdom", "United States"]]
    assert ("Russia", "Ukraine") in {(c["a"], c["b"]) for c in sections["conflicts"]}
    assert [(m["month"], m["actor"]) for m in sections["moves"]] == [("2024-11", "Turkey")]
    october = an.graphs_by_month(rows)["2024-10"]
    unbalanced = [t for t in an.triads(october) if not t["balanced"]]
    assert ["Russia", "Turkey", "United States"] in [t["actors"] for t in unbalanced]
    assert {"actors": ["Russia", "Ukraine", "United States"], "kind": "enemy of my enemy is my friend"}.items() <= next(
        t for t in an.triads(october) if t["actors"] == ["Russia", "Ukraine", "United States"]).items()
    brokers = an.brokers_by_month(an.graphs_by_month(rows), top=1)
    assert (brokers[0]["month"], brokers[0]["actor"]) == ("2024-10", "Turkey")


@pytest.mark.neo4j
@pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set: no Neo4j 5 server to test against")
def test_the_same_analysis_on_neo4j(store):
    neo4j = connect(neo4j_settings(os.environ["NEO4J_URI"]))
    try:
        neo4j.run("MATCH (n) WHERE n:Actor OR n:Article DETACH DELETE n")
        neo4j.ensure_schema()
        load_world(neo4j)
        load_world(store)
        def rounded(rows):
            return [{k: round(v, 6) if isinstance(v, float) else v for k, v in r.items()} for r in rows]

        assert rounded(an.relations(neo4j)) == rounded(an.relations(store))
        assert an.bloc_sections(an.relations(neo4j)) == an.bloc_sections(an.relations(store))
    finally:
        neo4j.driver.close()


def test_an_empty_window_is_a_clear_error(store):
    load_world(store)
    with pytest.raises(KGError, match="no dated relations between actors in 2023-01"):
        an.relations(store, an.Window.of(month="2023-01"))


# --- pictures ---------------------------------------------------------------------------------

def check_png(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = matplotlib.image.imread(path)
    assert pixels.shape[0] > 100 and pixels.shape[1] > 100 and pixels.std() > 0  # decodes, and is not blank


def check_svg(path):
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 5


def test_each_picture_is_a_valid_image_in_either_format(tmp_path):
    timeline = timeline_figure(an.timeline(ROWS, "UKR"), "Ukraine")
    network = network_figure(TWO_BLOCS, an.blocs(TWO_BLOCS))
    check_png(save(timeline, tmp_path / "timeline.png"))
    check_svg(save(timeline, tmp_path / "timeline.svg"))
    check_png(save(network, tmp_path / "network.PNG"))
    check_svg(save(network, tmp_path / "network.svg"))
    assert "<!-- Russia -->" in (tmp_path / "timeline.svg").read_text()  # a partner, drawn with its name
    assert "<!-- UKR -->" in (tmp_path / "network.svg").read_text()  # an actor of the graph, labelled


def test_the_timeline_has_every_month_between_the_first_and_the_last():
    rows = [{"month": "2024-11", "partner": "Russia", "value": -1, "statements": 1},
            {"month": "2025-02", "partner": "Russia", "value": 2, "statements": 2}]
    (ax,) = timeline_figure(rows, "Ukraine").axes
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert list(ax.get_lines()[0].get_ydata()) == [-1, 0, 0, 2]


def test_a_picture_needs_a_png_or_svg_name_and_a_folder_that_exists(tmp_path):
    fig = network_figure(TWO_BLOCS, an.blocs(TWO_BLOCS))
    with pytest.raises(KGError, match=r"'net.jpg': give a file name ending in .png or .svg"):
        save(fig, tmp_path / "net.jpg")
    with pytest.raises(KGError, match="cannot write"):
        save(fig, tmp_path / "missing" / "net.png")
    assert list(tmp_path.iterdir()) == []


# --- the commands -----------------------------------------------------------------------------

@pytest.fixture
def world(home, server, store):
    load_world(store)
    return lambda *args: run_kg(*args, home=home)


def test_analyze_commands(world):
    r = world("analyze", "blocs", "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out) == {"blocs", "conflicts", "moves"} and out["moves"][0]["actor"] == "Turkey"
    r = world("analyze", "blocs", "--month", "2024-11", "--only", "moves", "--format", "csv")
    assert r.returncode == 0 and r.stdout.splitlines()[0] == "month,actor,since,left,joined" and "Turkey" in r.stdout
    r = world("analyze", "balance", "--month", "2024-10")
    assert r.returncode == 0 and "unbalanced:" in r.stdout and "friend of my friend is my enemy" in r.stdout
    r = world("analyze", "centrality", "--top", "1", "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)[0]["actor"] == "Turkey"


def test_plot_commands(world, tmp_path):
    r = world("plot", "timeline", "-p", "actor=Turkey", "-o", tmp_path / "turkey.png")
    assert r.returncode == 0, r.stderr
    check_png(tmp_path / "turkey.png")
    r = world("plot", "network", "--month", "2024-10", "-o", tmp_path / "october.svg")
    assert r.returncode == 0, r.stderr
    check_svg(tmp_path / "october.svg")


@pytest.mark.parametrize("args, message", [
    (["analyze", "blocs", "--month", "2024-13"], "--month '2024-13' is not a month (expected YYYY-MM)"),
    (["analyze", "balance", "--month", "2023-01"], "no dated relations between actors in 2023-01"),
    (["analyze", "blocs", "--month", "2023-01"], "no dated relations between actors in 2023-01"),
    (["analyze", "blocs", "--format", "csv"], "CSV holds one table: choose it with --only"),
    (["plot", "timeline", "-p", "actor=Turky", "-o", "x.png"], "no relations of 'Turky' in this window; did you mean Turkey?"),
    (["plot", "timeline", "-o", "x.png"], "plot timeline takes one parameter: -p actor=NAME"),
    (["plot", "network", "-o", "x.pdf"], "give a file name ending in .png or .svg"),
])
def test_command_errors_are_one_line(world, args, message):
    r = world(*args)
    assert r.returncode != 0 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
