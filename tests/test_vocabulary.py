from kg.model import statement_id
from kg.paths import SCHEMAS_DIR
from kg.vocabulary import PREDICATES


def test_vocabulary_has_the_predicates_of_the_design():
    assert len(PREDICATES) == 18
    assert PREDICATES["attacks"].weight == -10.0 and PREDICATES["attacks"].polarity == -1
    assert PREDICATES["supports"].kind == "state" and PREDICATES["supports"].cameo == "05"
    assert {p for p, v in PREDICATES.items() if v.symmetric} == {"cooperates_with", "signs_agreement_with", "meets_with"}


def test_every_predicate_has_its_relationship_indexes():
    schema = (SCHEMAS_DIR / "graph.cypher").read_text()
    for p in PREDICATES.values():
        assert f"FOR ()-[r:{p.rel_type}]-() ON (r.id)" in schema
        assert f"FOR ()-[r:{p.rel_type}]-() ON (r.date)" in schema


def test_statement_id_is_stable_and_keyed_on_the_date():
    a = statement_id("PRK", "sends_troops_to", "RUS", "2024-11-04")
    assert a == statement_id("PRK", "sends_troops_to", "RUS", "2024-11-04")
    assert a != statement_id("PRK", "sends_troops_to", "RUS", "2024-11-05")
    assert a != statement_id("RUS", "sends_troops_to", "PRK", "2024-11-04")


def test_symmetric_statement_ids_ignore_direction():
    assert statement_id("KOR", "meets_with", "EU", "2024-11-04") == statement_id("EU", "meets_with", "KOR", "2024-11-04")
