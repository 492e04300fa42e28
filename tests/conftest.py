"""Fixtures: one real embedded ArcadeDB server for the whole session, reached over Bolt."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kg.embedded import embedded
from kg.model import Article
from kg.store import connect

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed"


_exit_status = 0


def pytest_sessionfinish(session, exitstatus):
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without the JVM's shutdown in the interpreter's exit, which can crash the
    process (status 139) after every test has passed; the servers are stopped by then."""
    if "jpype" in sys.modules and sys.modules["jpype"].isJVMStarted():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status)


@pytest.fixture(scope="session")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("kg-home")


@pytest.fixture(scope="session")
def server(home):
    with embedded(home) as conn:
        yield conn


@pytest.fixture(scope="session")
def session_store(server):
    store = connect(server)
    store.ensure_schema()
    yield store
    store.driver.close()


@pytest.fixture
def store(session_store):
    """The session's store, emptied before the test."""
    session_store.run("MATCH (n) DETACH DELETE n")
    return session_store


def article(text: str, published=date(2024, 11, 5), url=None) -> Article:
    return Article(text=text, published=published, url=url, title=text.splitlines()[0])


def run_kg(*args, home=None, env=None, stdin=None, timeout=180):
    """Run the real ``kg`` command in a child process; returns the CompletedProcess."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    if home is not None:
        full_env["KG_HOME"] = str(home)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *map(str, args)], cwd=ROOT, env=full_env, input=stdin,
        capture_output=True, text=True, timeout=timeout,
    )
