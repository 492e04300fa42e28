"""The store benchmark runs end to end on a small graph: it loads exactly the statements it
generates and asks every library query (its figures are read by people, not asserted)."""

import subprocess
import sys

from kg.queries import library

from conftest import ROOT


def test_the_store_benchmark_loads_what_it_generates_and_asks_every_query(tmp_path):
    r = subprocess.run([sys.executable, "scripts/bench_store.py", "3000", "--runs", "1", "--ranks", "1,2",
                        "--keep", str(tmp_path / "home")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "loaded 3,000 statements" in r.stdout
    assert r.stdout.count("queries (1 runs each) about the actor ranked") == 2
    for name in library():
        timed = [line for line in r.stdout.splitlines() if line.split()[:2] == [name, "median"]]
        assert len(timed) == 2, (name, r.stdout)
