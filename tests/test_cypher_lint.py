"""Every Cypher statement the project ships or sends is checked by Neo4j's own linter
(@neo4j-cypher/language-support, see scripts/cypher-lint) against the project's labels,
relationship types and property keys, so a typo fails the suite."""

import json
import re
import shutil
import subprocess

import pytest

from kg import analytics, bulk, push, store
from kg.paths import QUERIES_DIR, SCHEMAS_DIR
from kg.queries import library
from kg.vocabulary import PREDICATES

from conftest import ROOT

LINTER = ROOT / "scripts" / "cypher-lint"
pytestmark = pytest.mark.skipif(
    not (shutil.which("node") and (LINTER / "node_modules").exists()),
    reason="the Cypher linter is not installed (scripts/cypher-lint/install, run by scripts/test)",
)
PROPERTIES = json.loads((SCHEMAS_DIR / "graph-properties.json").read_text())


def schema(tmp_path):
    params = {p: None for q in library().values() for p in q.params}
    params.update(rows=[], ids=[], article={}, id="", since="", until="", rollup=True, after="", limit=0)
    path = tmp_path / "schema.json"
    path.write_text(json.dumps({
        "labels": ["Actor", "Article"],
        "relationshipTypes": [p.rel_type for p in PREDICATES.values()],
        "propertyKeys": sorted({k for keys in PROPERTIES.values() for k in keys}),
        "parameters": params,
    }))
    return path


def lint(tmp_path, *files, items=None):
    args = ["node", str(LINTER / "lint.mjs"), "--schema", str(schema(tmp_path))]
    if items is not None:
        r = subprocess.run(args + ["--stdin"], input=json.dumps(items), capture_output=True, text=True)
    else:
        r = subprocess.run(args + [str(f) for f in files], capture_output=True, text=True)
    assert r.returncode in (0, 1), r.stderr
    return {x["name"]: x["diagnostics"] for x in json.loads(r.stdout)}


def test_query_library_and_schema_lint_clean(tmp_path):
    files = sorted(QUERIES_DIR.glob("*.cypher")) + [SCHEMAS_DIR / "graph.cypher"]
    found = lint(tmp_path, *files)
    assert found and all(diags == [] for diags in found.values()), found


def test_the_loaders_cypher_lints_clean(tmp_path):
    sent = {
        "merge_actors": store.MERGE_ACTORS, "create_article": store.CREATE_ARTICLE,
        "article_exists": store.ARTICLE_EXISTS, **{f"stats_{k}": v for k, v in store.STATS.items()},
        **{f"{name}_{p.name}": cypher % p.rel_type for p in PREDICATES.values() for name, cypher in (
            ("stored", store.STORED_STATEMENTS), ("add_sources", store.ADD_SOURCES), ("create", store.CREATE_STATEMENTS))},
        "bulk_merge_articles": bulk.MERGE_ARTICLES, "push_read_actors": push.READ_ACTORS,
        "push_read_statements": push.READ_STATEMENTS, "push_read_articles": push.READ_ARTICLES,
    }
    found = lint(tmp_path, items=[{"name": k, "query": v} for k, v in sent.items()])
    assert all(diags == [] for diags in found.values()), {k: v for k, v in found.items() if v}


def test_the_analytics_cypher_lints_clean(tmp_path):
    found = lint(tmp_path, items=[{"name": "relations", "query": analytics.RELATIONS}])
    assert found == {"relations": []}, found


def test_the_properties_file_matches_what_the_loader_writes():
    assert set(re.findall(r"\b(\w+): ", store.CREATE_STATEMENTS)) == set(PROPERTIES["statement"])
    assert set(re.findall(r"\ba\.(\w+) =", store.MERGE_ACTORS)) == set(PROPERTIES["Actor"]) - {"id"}


@pytest.mark.parametrize("typo, expected", [
    ("MATCH (a:Actr) RETURN a.name", "Actr"),
    ("MATCH ()-[r:SUPORTS]->() RETURN r.date", "SUPORTS"),
    ("MATCH (a:Actor) RETURN a.nmae", "nmae"),
    ("MATCH (a:Actor) RETURN a.name ORDER BY", "Invalid input"),
])
def test_a_typo_fails_the_lint(tmp_path, typo, expected):
    (diags,) = lint(tmp_path, items=[{"name": "typo", "query": typo}]).values()
    assert any(expected in d["message"] for d in diags), diags
