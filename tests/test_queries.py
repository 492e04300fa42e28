"""Every query of the library, run on the embedded server against a graph built for the test
through the real loader, with its exact rows asserted."""

import json
import re
from datetime import date

import pytest

from kg.actors import default_gazetteer
from kg.errors import KGError
from kg.model import Statement
from kg.queries import get_query, library, parse_query
from kg.vocabulary import PREDICATES

from conftest import article, run_kg

GAZ = default_gazetteer()
SPRING = article("Spring digest\nWritten for the query tests.", published=date(2024, 6, 30))
AUTUMN = article("Autumn digest\nWritten for the query tests.", published=date(2024, 11, 6))

# (subject, predicate, object, date cut to its precision or None, evidence or None for a plain one).
# Persons who represent or lead states, a flip (Hungary and Ukraine), reactions to North Korea
# sending troops, triads (Belarus backs both Russia and North Korea), a statement two articles give.
STATEMENTS = {
    SPRING: [
        ("DEU", "supports", "UKR", "2024-02", None),
        ("POL", "supports", "UKR", "2024-03-10", None),
        ("USA", "supplies_weapons_to", "UKR", "2024-03-15", None),
        ("RUS", "attacks", "UKR", "2024-03-20", "Russian missiles hit Kharkiv on 20 March."),
        ("BLR", "supports", "RUS", "2024-04-02", None),
        ("HUN", "supports", "UKR", "2024-04", None),
        ("CHN", "cooperates_with", "RUS", "2024-05-16", None),
        ("kim-jong-un", "meets_with", "vladimir-putin", "2024-06-19", None),
        ("POL", "sanctions", "RUS", "2024-06", None),
    ],
    AUTUMN: [
        ("kim-jong-un", "leads", "PRK", None, None),
        ("vladimir-putin", "leads", "RUS", None, None),
        ("sergei-lavrov", "represents", "RUS", None, None),
        ("annalena-baerbock", "represents", "DEU", None, None),
        ("antony-blinken", "represents", "USA", None, None),
        ("RUS", "attacks", "UKR", "2024-03-20", "The March strike on Kharkiv was recalled."),
        ("HUN", "condemns", "UKR", "2024-08-01", None),
        ("HUN", "meets_with", "UKR", "2024-10-05", None),
        ("PRK", "sends_troops_to", "RUS", "2024-10-20", "North Korea sent troops to Russia."),
        ("JPN", "condemns", "PRK", "2024-10-21", None),
        ("KOR", "condemns", "PRK", "2024-10-22", None),
        ("sergei-lavrov", "supports", "PRK", "2024-10-23", None),
        ("antony-blinken", "condemns", "PRK", "2024-10-24", None),
        ("annalena-baerbock", "condemns", "RUS", "2024-10-25", None),
        ("UKR", "attacks", "PRK", "2024-11-04", None),
        ("DEU", "provides_aid_to", "UKR", "2024-11-05", None),
        ("BLR", "supports", "PRK", "2024-11-20", None),
    ],
}


def statements(art):
    out = []
    for s, p, o, when, evidence in STATEMENTS[art]:
        subject, obj = GAZ.actor(s), GAZ.actor(o)
        precision = None if when is None else {4: "year", 7: "month", 10: "day"}[len(when)]
        out.append(Statement(
            subject=subject, predicate=p, object=obj, date=when, date_precision=precision,
            date_source="explicit" if when else "published", article=art.id,
            evidence=evidence or f"{subject.name} {p.replace('_', ' ')} {obj.name}."))
    return out


@pytest.fixture(scope="module")
def graph(session_store):
    """The test graph, loaded once for this module's read-only queries."""
    session_store.run("MATCH (n) DETACH DELETE n")
    for art in STATEMENTS:
        session_store.load(art, statements(art))
    return session_store


def run(store, name, **params):
    q = get_query(name)
    return store.run(q.cypher, **q.bind({k: str(v) for k, v in params.items()}))


def timeline_row(when, subject, predicate, obj, sources=1):
    return {"date": when, "subject": subject, "predicate": predicate, "object": obj, "confidence": 0.8, "sources": sources}


def test_library_lists_queries_with_headers():
    queries = library()
    assert len(queries) >= 14
    for q in queries.values():
        assert q.description and q.cypher and not q.cypher.rstrip().endswith(";")
        assert q.uses, f"{q.name}: no '// uses:' line"
        for p in q.params:
            assert f":param {p} =>" in q.path.read_text(), f"{q.name}: no :param line for {p}"
        if "limit" in q.params:
            assert "LIMIT $limit" in q.cypher, q.name


def test_typed_patterns_follow_the_vocabulary():
    """Queries name relationship types so the server reads only those; the lists must match
    the predicates' polarity and weight in schemas/predicates.csv."""
    def typed(name):
        return set(re.search(r"\[r:([A-Z_|]+)\]", get_query(name).cypher).group(1).split("|"))

    def rel_types(test):
        return {p.rel_type for p in PREDICATES.values() if test(p)}

    assert typed("shared_partners") == rel_types(lambda p: p.polarity > 0)
    assert typed("shared_adversaries") == rel_types(lambda p: p.polarity < 0)
    assert typed("conflict_joiners") == rel_types(lambda p: abs(p.weight) >= 2)
    assert typed("supporters_of") < rel_types(lambda p: p.polarity > 0)
    assert typed("opponents_of") < rel_types(lambda p: p.polarity < 0)


def test_actor_timeline_includes_the_states_persons(graph):
    rows = run(graph, "actor_timeline", actor="russia")
    assert rows == [
        timeline_row("2024-03-20", "Russia", "attacks", "Ukraine", sources=2),
        timeline_row("2024-04-02", "Belarus", "supports", "Russia"),
        timeline_row("2024-05-16", "China", "cooperates_with", "Russia"),
        timeline_row("2024-06", "Poland", "sanctions", "Russia"),
        timeline_row("2024-06-19", "Kim Jong Un", "meets_with", "Vladimir Putin"),
        timeline_row("2024-10-20", "North Korea", "sends_troops_to", "Russia"),
        timeline_row("2024-10-23", "Sergei Lavrov", "supports", "North Korea"),
        timeline_row("2024-10-25", "Annalena Baerbock", "condemns", "Russia"),
    ]
    assert run(graph, "actor_timeline", actor="RUS", limit=2) == rows[:2]
    assert run(graph, "actor_timeline", actor="UKR", since="2024-04-01", until="2024-10-31") == [
        timeline_row("2024-04", "Hungary", "supports", "Ukraine"),
        timeline_row("2024-08-01", "Hungary", "condemns", "Ukraine"),
        timeline_row("2024-10-05", "Hungary", "meets_with", "Ukraine"),
    ]
    # person level: only what the minister did
    assert run(graph, "actor_timeline", actor="sergei-lavrov") == [
        timeline_row("2024-10-23", "Sergei Lavrov", "supports", "North Korea")]
    assert run(graph, "actor_timeline", actor="Atlantis") == []


def test_pair_history_reads_both_directions_and_persons(graph):
    rows = run(graph, "pair_history", a="North Korea", b="RUS")
    assert rows == [
        {"date": "2024-06-19", "subject": "Kim Jong Un", "predicate": "meets_with", "object": "Vladimir Putin",
         "polarity": 1, "sources": 1, "evidence": "Kim Jong Un meets with Vladimir Putin."},
        {"date": "2024-10-20", "subject": "North Korea", "predicate": "sends_troops_to", "object": "Russia",
         "polarity": 1, "sources": 1, "evidence": "North Korea sent troops to Russia."},
        {"date": "2024-10-23", "subject": "Sergei Lavrov", "predicate": "supports", "object": "North Korea",
         "polarity": 1, "sources": 1, "evidence": "Sergei Lavrov supports North Korea."},
    ]
    assert run(graph, "pair_history", a="RUS", b="PRK") == rows
    assert run(graph, "pair_history", a="sergei-lavrov", b="PRK") == rows[2:]
    assert run(graph, "pair_history", a="PRK", b="RUS", limit=1) == rows[:1]


def stance(who, how, first, last, statements=1, sources=1, key="supporter"):
    return {key: who, "type": "state", "how": how, "first_seen": first, "last_seen": last,
            "statements": statements, "sources": sources}


def test_supporters_of(graph):
    assert run(graph, "supporters_of", actor="Ukraine") == [
        stance("Germany", ["provides_aid_to", "supports"], "2024-02-01", "2024-11-05", statements=2, sources=2),
        stance("Poland", ["supports"], "2024-03-10", "2024-03-10"),
        stance("United States", ["supplies_weapons_to"], "2024-03-15", "2024-03-15"),
        stance("Hungary", ["supports"], "2024-04-01", "2024-04-01"),
    ]
    assert [r["supporter"] for r in run(graph, "supporters_of", actor="UKR", as_of="2024-03-14")] == ["Germany", "Poland"]
    # the foreign minister's support counts for Russia
    assert run(graph, "supporters_of", actor="PRK") == [
        stance("Russia", ["supports"], "2024-10-23", "2024-10-23"),
        stance("Belarus", ["supports"], "2024-11-20", "2024-11-20"),
    ]
    assert run(graph, "supporters_of", actor="UKR", as_of="2024-01-31") == []


def test_opponents_of(graph):
    assert run(graph, "opponents_of", actor="RUS") == [
        stance("Poland", ["sanctions"], "2024-06-01", "2024-06-01", key="opponent"),
        stance("Germany", ["condemns"], "2024-10-25", "2024-10-25", key="opponent"),
    ]
    assert run(graph, "opponents_of", actor="north korea", as_of="2024-10-22") == [
        stance("Japan", ["condemns"], "2024-10-21", "2024-10-21", key="opponent"),
        stance("South Korea", ["condemns"], "2024-10-22", "2024-10-22", key="opponent"),
    ]
    assert [r["opponent"] for r in run(graph, "opponents_of", actor="PRK", limit=3)] == ["Japan", "South Korea", "United States"]


def change(when, subject, predicate, obj, sources=1, key="first_seen"):
    return {key: when, "subject": subject, "predicate": predicate, "object": obj, "statements": 1, "sources": sources}


def test_relations_appeared(graph):
    assert run(graph, "relations_appeared", actor="RUS") == [  # the window's default start, 2024-10-01
        change("2024-10-20", "North Korea", "sends_troops_to", "Russia"),
        change("2024-10-23", "Russia", "supports", "North Korea"),
        change("2024-10-25", "Germany", "condemns", "Russia"),
    ]
    # a one-day window includes its day
    assert run(graph, "relations_appeared", actor="UKR", since="2024-11-04", until="2024-11-04") == [
        change("2024-11-04", "Ukraine", "attacks", "North Korea")]
    assert run(graph, "relations_appeared", actor="UKR", since="2024-12-01") == []


def test_relations_silent(graph):
    assert run(graph, "relations_silent", actor="RUS", since="2024-10-01", until="2024-10-31") == [
        change("2024-06-19", "North Korea", "meets_with", "Russia", key="last_seen"),
        change("2024-06-01", "Poland", "sanctions", "Russia", key="last_seen"),
        change("2024-05-16", "China", "cooperates_with", "Russia", key="last_seen"),
        change("2024-04-02", "Belarus", "supports", "Russia", key="last_seen"),
        change("2024-03-20", "Russia", "attacks", "Ukraine", sources=2, key="last_seen"),
    ]
    assert run(graph, "relations_silent", actor="UKR", since="2024-09-01", limit=2) == [
        change("2024-08-01", "Hungary", "condemns", "Ukraine", key="last_seen"),
        change("2024-04-01", "Hungary", "supports", "Ukraine", key="last_seen"),
    ]
    assert run(graph, "relations_silent", actor="UKR", since="2024-01-01") == []


def alignment(when, who, kind, first, predicates, statements=1):
    return {"first_seen": when, "counterpart": who, "alignment": kind, "first_predicate": first,
            "predicates": predicates, "statements": statements}


def test_new_alignments(graph):
    assert run(graph, "new_alignments", actor="PRK", since="2024-10-01") == [
        alignment("2024-10-21", "Japan", "conflict", "condemns", ["condemns"]),
        alignment("2024-10-22", "South Korea", "conflict", "condemns", ["condemns"]),
        alignment("2024-10-24", "United States", "conflict", "condemns", ["condemns"]),
        alignment("2024-11-04", "Ukraine", "conflict", "attacks", ["attacks"]),
        alignment("2024-11-20", "Belarus", "cooperation", "supports", ["supports"]),
    ]
    assert run(graph, "new_alignments", actor="RUS", since="2024-06-01", until="2024-10-31") == [
        alignment("2024-06-01", "Poland", "conflict", "sanctions", ["sanctions"]),
        alignment("2024-06-19", "North Korea", "cooperation", "meets_with",
                  ["meets_with", "sends_troops_to", "supports"], statements=3),
        alignment("2024-10-25", "Germany", "conflict", "condemns", ["condemns"]),
    ]


def test_polarity_flips(graph):
    assert run(graph, "polarity_flips", actor="Hungary") == [
        {"flipped_on": "2024-08-01", "counterpart": "Ukraine", "flip": "cooperation → conflict",
         "before": "supports", "before_date": "2024-04-01", "after": "condemns"},
        {"flipped_on": "2024-10-05", "counterpart": "Ukraine", "flip": "conflict → cooperation",
         "before": "condemns", "before_date": "2024-08-01", "after": "meets_with"},
    ]
    assert run(graph, "polarity_flips", actor="UKR", since="2024-08-01") == [
        {"flipped_on": "2024-10-05", "counterpart": "Hungary", "flip": "conflict → cooperation",
         "before": "condemns", "before_date": "2024-08-01", "after": "meets_with"},
    ]
    assert run(graph, "polarity_flips", actor="PRK") == []


def month(m, n, coop, conflict, balance):
    return {"month": m, "statements": n, "cooperation": coop, "conflict": conflict, "balance": balance}


def test_cooperation_by_month(graph):
    assert run(graph, "cooperation_by_month", actor="UKR") == [
        month("2024-02", 1, 3.5, 0.0, 3.5),
        month("2024-03", 3, 11.8, -10.0, 1.8),
        month("2024-04", 1, 3.5, 0.0, 3.5),
        month("2024-08", 1, 0.0, -2.0, -2.0),
        month("2024-10", 1, 1.0, 0.0, 1.0),
        month("2024-11", 2, 7.4, -10.0, -2.6),
    ]
    assert run(graph, "cooperation_by_month", actor="UKR", other="Hungary", since="2024-08-01") == [
        month("2024-08", 1, 0.0, -2.0, -2.0),
        month("2024-10", 1, 1.0, 0.0, 1.0),
    ]
    # the leaders' meeting and the foreign minister's support count for the two states
    assert run(graph, "cooperation_by_month", actor="PRK", other="RUS") == [
        month("2024-06", 1, 1.0, 0.0, 1.0),
        month("2024-10", 2, 10.9, 0.0, 10.9),
    ]


def joined(when, who, side, how, toward, statements=1):
    return {"joined": when, "actor": who, "took_side": side, "how": how, "toward": toward, "statements": statements}


def test_conflict_joiners(graph):
    rows = run(graph, "conflict_joiners", side="Ukraine", enemy="RUS")
    assert rows == [
        joined("2024-02-01", "Germany", "Ukraine", "supports", "Ukraine", statements=3),
        joined("2024-03-10", "Poland", "Ukraine", "supports", "Ukraine", statements=2),
        joined("2024-03-15", "United States", "Ukraine", "supplies_weapons_to", "Ukraine"),
        joined("2024-04-01", "Hungary", "Ukraine", "supports", "Ukraine"),
        joined("2024-04-02", "Belarus", "Russia", "supports", "Russia"),
        joined("2024-05-16", "China", "Russia", "cooperates_with", "Russia"),
        joined("2024-08-01", "Hungary", "Russia", "condemns", "Ukraine"),
        joined("2024-10-20", "North Korea", "Russia", "sends_troops_to", "Russia"),
    ]
    assert run(graph, "conflict_joiners", side="UKR", enemy="RUS", since="2024-05-01") == [
        joined("2024-05-16", "China", "Russia", "cooperates_with", "Russia"),
        joined("2024-06-01", "Poland", "Ukraine", "sanctions", "Russia"),
        joined("2024-08-01", "Hungary", "Russia", "condemns", "Ukraine"),
        joined("2024-10-20", "North Korea", "Russia", "sends_troops_to", "Russia"),
        joined("2024-10-25", "Germany", "Ukraine", "condemns", "Russia", statements=2),
    ]


def reaction(when, days, reactor, via, kind, predicate, target):
    return {"date": when, "days_after": days, "reactor": reactor, "via": via, "reaction": kind,
            "predicate": predicate, "target": target, "sources": 1}


TROOPS = {"subject": "North Korea", "predicate": "sends_troops_to", "object": "Russia"}


def test_reactions_to_north_korea_sending_troops(graph):
    week = [
        reaction("2024-10-21", 1, "Japan", None, "opposed", "condemns", "North Korea"),
        reaction("2024-10-22", 2, "South Korea", None, "opposed", "condemns", "North Korea"),
        reaction("2024-10-23", 3, "Russia", "Sergei Lavrov", "backed", "supports", "North Korea"),
        reaction("2024-10-24", 4, "United States", "Antony Blinken", "opposed", "condemns", "North Korea"),
        reaction("2024-10-25", 5, "Germany", "Annalena Baerbock", "opposed", "condemns", "Russia"),
    ]
    assert run(graph, "reactions_to", **TROOPS) == week
    assert run(graph, "reactions_to", **TROOPS, days=31) == week + [
        reaction("2024-11-04", 15, "Ukraine", None, "opposed", "attacks", "North Korea"),
        reaction("2024-11-20", 31, "Belarus", None, "backed", "supports", "North Korea"),
    ]
    assert run(graph, "reactions_to", subject="PRK", object="RUS") == week  # the default predicate
    assert run(graph, "reactions_to", **TROOPS, days=0) == []
    assert run(graph, "reactions_to", **TROOPS, since="2024-10-21") == []  # no such event after that day
    assert run(graph, "reactions_to", subject="PRK", predicate="attacks", object="RUS") == []


def test_shared_adversaries_and_partners(graph):
    assert run(graph, "shared_adversaries", a="USA", b="KOR") == [
        {"adversary": "North Korea", "type": "state", "with_a": 1, "with_b": 1, "last_seen": "2024-10-24"}]
    assert run(graph, "shared_adversaries", a="USA", b="KOR", as_of="2024-10-23") == []
    assert run(graph, "shared_adversaries", a="Ukraine", b="Poland") == [
        {"adversary": "Russia", "type": "state", "with_a": 1, "with_b": 1, "last_seen": "2024-06-01"}]
    assert run(graph, "shared_partners", a="RUS", b="PRK") == [
        {"partner": "Belarus", "type": "state", "with_a": 1, "with_b": 1, "last_seen": "2024-11-20"}]
    assert run(graph, "shared_partners", a="RUS", b="PRK", as_of="2024-11-19") == []


def test_path_between(graph):
    assert run(graph, "path_between", a="Germany", b="PRK") == [
        {"hops": 2, "path": ["Germany", "Russia", "North Korea"], "first_step": ["condemns"],
         "second_step": ["meets_with", "sends_troops_to", "supports"]},
        {"hops": 2, "path": ["Germany", "Ukraine", "North Korea"], "first_step": ["provides_aid_to", "supports"],
         "second_step": ["attacks"]},
    ]
    # before Ukraine's strike, Germany reaches North Korea only through its foreign minister's words on Russia
    assert run(graph, "path_between", a="DEU", b="PRK", as_of="2024-10-31") == [
        {"hops": 2, "path": ["Germany", "Russia", "North Korea"], "first_step": ["condemns"],
         "second_step": ["meets_with", "sends_troops_to", "supports"]},
    ]
    assert run(graph, "path_between", a="RUS", b="UKR", limit=2) == [
        {"hops": 1, "path": ["Russia", "Ukraine"], "first_step": ["attacks"], "second_step": []},
        {"hops": 2, "path": ["Russia", "Germany", "Ukraine"], "first_step": ["condemns"],
         "second_step": ["provides_aid_to", "supports"]},
    ]
    assert run(graph, "path_between", a="DEU", b="PRK", as_of="2024-10-01") == []


def test_provenance(graph):
    attack = {"date": "2024-03-20", "subject": "Russia", "predicate": "attacks", "object": "Ukraine", "url": None}
    assert run(graph, "provenance", a="Russia", b="Ukraine") == [
        {**attack, "article": SPRING.id, "title": "Spring digest", "published": "2024-06-30",
         "sentence": "Russian missiles hit Kharkiv on 20 March."},
        {**attack, "article": AUTUMN.id, "title": "Autumn digest", "published": "2024-11-06",
         "sentence": "The March strike on Kharkiv was recalled."},
    ]
    rows = run(graph, "provenance", a="RUS", b="PRK", predicate="supports")
    assert [(r["subject"], r["object"], r["title"], r["sentence"]) for r in rows] == [
        ("Sergei Lavrov", "North Korea", "Autumn digest", "Sergei Lavrov supports North Korea.")]
    assert run(graph, "provenance", a="RUS", b="PRK", predicate="attacks") == []


def test_kg_query_json_for_a_library_query(graph, home, server):
    r = run_kg("query", "reactions_to", "-p", "subject=PRK", "-p", "predicate=sends_troops_to", "-p", "object=RUS",
               "-p", "days=3", "--format", "json", home=home)
    assert r.returncode == 0, r.stderr
    assert [(x["reactor"], x["via"], x["reaction"]) for x in json.loads(r.stdout)] == [
        ("Japan", None, "opposed"), ("South Korea", None, "opposed"), ("Russia", "Sergei Lavrov", "backed")]
    bad = run_kg("query", "reactions_to", "-p", "subject=PRK", "-p", "predicate=x", "-p", "object=RUS",
                 "-p", "days=a week", home=home)
    assert bad.returncode != 0 and "days must be an integer" in bad.stderr and "Traceback" not in bad.stderr


def test_unknown_query_suggests_the_closest_names():
    with pytest.raises(KGError, match="did you mean supporters_of"):
        get_query("supporter_of")
    with pytest.raises(KGError, match="did you mean shared_partners"):
        get_query("shared_partner")


def test_missing_and_badly_typed_parameters():
    q = get_query("supporters_of")
    with pytest.raises(KGError, match="needs -p actor"):
        q.bind({})
    with pytest.raises(KGError, match="as_of must be a date"):
        q.bind({"actor": "UKR", "as_of": "last week"})
    with pytest.raises(KGError, match="has no parameter actr"):
        q.bind({"actr": "UKR"})
    with pytest.raises(KGError, match="limit must be an integer"):
        q.bind({"actor": "UKR", "limit": "ten"})
    assert q.bind({"actor": "UKR"}) == {"actor": "UKR", "as_of": "2100-12-31", "limit": 100}


def test_a_header_without_name_is_an_error(tmp_path):
    bad = tmp_path / "bad.cypher"
    bad.write_text("// description: nothing\nRETURN 1")
    with pytest.raises(KGError, match="needs '// name:'"):
        parse_query(bad)


def test_the_uses_line_is_read(tmp_path):
    q = tmp_path / "q.cypher"
    q.write_text("// name: q\n// description: d\n// uses: actor_id\nRETURN 1")
    assert parse_query(q).uses == "actor_id"
