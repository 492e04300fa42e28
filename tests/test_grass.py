"""schemas/kg.grass, the Neo4j Browser style sheet, read the way Neo4j Browser reads it
(a port of GraphStyleModel.parse of neo4j-browser: rules ``selector { key: value; }``,
single quotes guard braces in captions, no comments)."""

import json
import re

import pytest

from kg.paths import SCHEMAS_DIR
from kg.vocabulary import PREDICATES

GRASS = SCHEMAS_DIR / "kg.grass"
PROPERTIES = json.loads((SCHEMAS_DIR / "graph-properties.json").read_text())
GREEN, RED, GREY = "#4CAF50", "#E53935", "#A5ABB6"


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    rules, keyword, props, in_props, in_string = {}, "", "", False, False
    for c in text:
        if c == "'":
            in_string = not in_string
            continue
        if c == "{" and not in_string:
            in_props = True
        elif c == "}" and not in_string:
            assert in_props, f"unbalanced '}}' after {keyword!r}"
            rules[keyword] = props
            keyword, props, in_props = "", "", False
        elif in_props:
            props += c
        elif not c.isspace():
            keyword += c
    assert not in_props and not in_string and not keyword, "unterminated rule or string"
    parsed = {}
    for selector, body in rules.items():
        pairs = [p.split(":") for p in body.split(";") if p.strip()]
        assert all(len(p) == 2 for p in pairs), (selector, body)  # Browser drops text after a second ':'
        parsed[selector] = {k.strip(): v.strip() for k, v in pairs}
    return parsed


def test_the_style_sheet_parses_as_neo4j_browser_reads_it():
    rules = parse_grass(GRASS.read_text(encoding="utf-8"))
    assert {"node", "relationship", "node.Actor"} <= set(rules)
    assert all(re.fullmatch(r"(node|relationship)(\.\w+)?", s) for s in rules), sorted(rules)


def test_actors_have_readable_captions():
    actor = parse_grass(GRASS.read_text(encoding="utf-8"))["node.Actor"]
    assert actor["caption"] == "{name} ({type})"


def test_every_predicate_is_coloured_by_its_polarity_and_captioned_with_its_date():
    rules = parse_grass(GRASS.read_text(encoding="utf-8"))
    for p in PREDICATES.values():
        rule = rules.get(f"relationship.{p.rel_type}")
        assert rule is not None, f"no style for {p.rel_type}"
        assert rule["color"] == {1: GREEN, -1: RED, 0: GREY}[p.polarity], p.name
        assert "{date}" in rule["caption"], p.name


def test_captions_name_properties_of_the_graph():
    rules = parse_grass(GRASS.read_text(encoding="utf-8"))
    known = {k for keys in PROPERTIES.values() for k in keys}
    used = {name for r in rules.values() for name in re.findall(r"\{(\w+)\}", r.get("caption", ""))}
    assert used and used <= known, used - known


def test_the_parser_catches_a_broken_sheet():
    with pytest.raises(AssertionError):
        parse_grass("node.Actor { caption: '{name}; }")
    with pytest.raises(AssertionError):
        parse_grass("/* a comment's quote */ node { color: #FFF; }")
