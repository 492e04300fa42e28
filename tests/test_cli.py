"""The kg command, run as a user runs it: a child process on the session's home, whose
embedded server the test process runs, so each command uses it through server.json."""

import json
import os

import pytest

from conftest import ROOT, run_kg

EXAMPLES = ROOT / "examples"


def one_clear_line(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def kg(home, server, store):
    def call(*args, **kw):
        return run_kg(*args, home=home, **kw)
    return call


def test_extract_prints_jsonl_without_storing(kg, store):
    r = kg("extract", EXAMPLES / "moldova-runoff.txt", "--published", "2024-11-04", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert {"subject", "predicate", "object", "date", "date_precision", "evidence", "confidence", "article"} <= set(rows[0])
    assert ("maia-sandu", "defeats", "alexandr-stoianoglo") in {(x["subject"]["id"], x["predicate"], x["object"]["id"]) for x in rows}
    assert store.stats()["articles"] == 0


def test_extract_table_marks_evidence(kg):
    r = kg("extract", "-", "--published", "2024-11-05", stdin="Aid\nJapan pledged new humanitarian aid to Ukraine.\n")
    assert r.returncode == 0, r.stderr
    assert "[Japan] <<pledged>> new humanitarian aid to [Ukraine]." in r.stdout


def test_extract_and_load_an_html_page_with_its_own_date_and_url(kg, store):
    page = ROOT / "tests" / "data" / "liveblog-page.html"
    r = kg("extract", page, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert ("EST", "meets_with", "FIN", "2025-03-11", "Tallinn") in {
        (x["subject"]["id"], x["predicate"], x["object"]["id"], x["date"], x["place"]) for x in rows}
    r = kg("load", page)
    assert r.returncode == 0, r.stderr
    (url,) = store.run("MATCH (a:Article) RETURN a.url AS url, toString(a.published) AS day")
    assert url == {"url": "https://news.example.org/live/2025/03/baltic-ministers", "day": "2025-03-12"}
    places = store.run("MATCH (:Actor {id: 'EST'})-[r:MEETS_WITH]-(:Actor {id: 'FIN'}) RETURN r.place AS place")
    assert places == [{"place": "Tallinn"}]


def test_extract_shows_hypothetical_statements_only_when_asked(kg):
    text = "Warning\nFrance could send troops to Ukraine next year.\n"
    plain = kg("extract", "-", "--published", "2024-11-05", stdin=text)
    assert "France" not in plain.stdout and "0 statements" in plain.stderr
    marked = kg("extract", "-", "--published", "2024-11-05", "--hypothetical", stdin=text)
    assert "hypothetical" in marked.stdout and "[France] could <<send>> troops to [Ukraine]" in marked.stdout


def test_load_a_folder_then_again(kg, store):
    r = kg("load", EXAMPLES, "--published", "2024-11-05")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("loaded 3 article(s): ")
    assert "corroborated" in r.stdout and "actors" in r.stdout
    assert store.stats()["articles"] == 3
    again = kg("load", EXAMPLES, "--published", "2024-11-05")
    assert again.returncode == 0 and "nothing changed" in again.stdout


def test_query_and_stats(kg):
    kg("load", EXAMPLES, "--published", "2024-11-05")
    r = kg("query", "pair_history", "-p", "a=North Korea", "-p", "b=Russia", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert ("North Korea", "sends_troops_to", "Russia") in {(x["subject"], x["predicate"], x["object"]) for x in json.loads(r.stdout)}
    csv_out = kg("query", "supporters_of", "-p", "actor=UKR", "--format", "csv")
    assert csv_out.stdout.splitlines()[0] == "supporter,type,how,first_seen,last_seen,statements,sources"
    stats = kg("stats")
    assert "articles:   3" in stats.stdout


def test_queries_lists_names_descriptions_and_parameters(kg):
    r = kg("queries")
    assert "supporters_of" in r.stdout and "-p actor=<string>  (required)" in r.stdout


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"  \n\n", "is empty"),
    (b"\x00\x01\x02binary", "is a binary file"),
    ("Kyiv é".encode("latin-1"), "is not UTF-8 text"),
])
def test_bad_files_give_one_clear_line_and_store_nothing(kg, store, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert message in one_clear_line(kg("load", bad, "--published", "2024-11-05"))
    assert message in one_clear_line(kg("extract", bad, "--published", "2024-11-05"))
    assert store.stats()["articles"] == 0


def test_one_bad_file_among_good_ones_stores_nothing(kg, store, tmp_path):
    (tmp_path / "good.txt").write_text("Aid\nJapan pledged new humanitarian aid to Ukraine.\n")
    (tmp_path / "empty.txt").write_text("")
    assert "is empty" in one_clear_line(kg("load", tmp_path, "--published", "2024-11-05"))
    assert store.stats()["articles"] == 0


def test_other_bad_input(kg, store):
    assert "no such file" in one_clear_line(kg("load", "nowhere.txt", "--published", "2024-11-05"))
    assert "not a date" in one_clear_line(kg("extract", EXAMPLES / "moldova-runoff.txt", "--published", "5/11"))
    assert "--published" in one_clear_line(kg("extract", EXAMPLES / "moldova-runoff.txt"))
    assert "did you mean supporters_of" in one_clear_line(kg("query", "supporter_of"))
    assert "needs -p actor" in one_clear_line(kg("query", "supporters_of"))
    assert "must be a date" in one_clear_line(kg("query", "supporters_of", "-p", "actor=UKR", "-p", "as_of=soon"))
    assert store.stats()["articles"] == 0


def test_a_neo4j_server_that_is_down(kg):
    line = one_clear_line(kg("stats", "--neo4j-uri", "bolt://127.0.0.1:9"))
    assert "cannot reach the graph server at bolt://127.0.0.1:9" in line


def test_a_server_that_refuses_the_password(kg, server):
    r = kg("load", EXAMPLES / "moldova-runoff.txt", "--published", "2024-11-05", "--neo4j-uri", server.uri,
           env={"NEO4J_USERNAME": "root", "NEO4J_PASSWORD": "wrong-password", "NEO4J_DATABASE": "kg"})
    assert "refused the user name or password" in one_clear_line(r)


def test_a_fresh_home_starts_and_stops_its_own_server_quietly(tmp_path):
    home = tmp_path / "fresh"
    r = run_kg("load", EXAMPLES / "moldova-runoff.txt", "--published", "2024-11-04", home=home)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""  # the JVM's log lines go to the home, not the terminal
    assert (home / "logs" / "arcadedb.log").exists()
    assert oct((home / "password").stat().st_mode & 0o777) == "0o600"
    assert not (home / "server.json").exists()
    assert "articles:   1" in run_kg("stats", home=home).stdout


def test_serve_keeps_the_store_running_for_other_commands_and_clients(tmp_path):
    import subprocess
    import sys

    from neo4j import GraphDatabase

    home = tmp_path / "served"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | {"KG_HOME": str(home)}
    serve = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve"], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = serve.stdout.readline()
        assert line.startswith("serving ") and "bolt://127.0.0.1:" in line, serve.stderr.read()
        uri = line.split(" at ")[1].split()[0]
        assert "nothing changed" not in run_kg("load", EXAMPLES / "moldova-runoff.txt", "--published", "2024-11-04", home=home).stdout
        second = run_kg("serve", home=home)
        assert "already served by another kg process" in one_clear_line(second)
        password = (home / "password").read_text().strip()
        with GraphDatabase.driver(uri, auth=("root", password)) as driver:
            records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n", database_="kg")
        assert records[0]["n"] == 1
    finally:
        serve.terminate()
        serve.wait(timeout=60)
    assert serve.returncode == 0
    assert not (home / "server.json").exists()
    assert "articles:   1" in run_kg("stats", home=home).stdout
