"""The ``kg`` command: a thin layer over the library functions of ``kg``."""

import functools
import json
import os
import signal
import sys
import threading

import click
from platformdirs import user_data_dir

from kg.embedded import EmbeddedServer, Home
from kg.errors import KGError
from kg.extract import extract_article, extract_many, mark_evidence
from kg.output import plain, render
from kg.queries import get_query, library
from kg.reading import expand_paths, parse_day, read_article
from kg.store import open_store


def leave(code: int):
    """Exit with ``code``; once a JVM runs in this process, skip the interpreter's shutdown."""
    if "jpype" in sys.modules and sys.modules["jpype"].isJVMStarted():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def default_home() -> str:
    return os.environ.get("KG_HOME") or user_data_dir("kg", appauthor=False)


def store_options(command):
    """``--home`` and ``--neo4j-uri``, which every command takes."""
    command = click.option(
        "--neo4j-uri", envvar="NEO4J_URI", default=None, metavar="URI",
        help="Use this Neo4j server instead of the embedded store (also NEO4J_URI; "
        "credentials from NEO4J_USERNAME, NEO4J_PASSWORD, database from NEO4J_DATABASE).",
    )(command)
    command = click.option(
        "--home", type=click.Path(file_okay=False), default=default_home, show_default="KG_HOME or the user data folder",
        help="Folder of the embedded store: its data, password and log.",
    )(command)
    return command


def clear_errors(command):
    """Turn a KGError into one clear line on standard error and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KGError as e:
            raise click.ClickException(str(e)) from None

    return wrapper


def published_option(command):
    return click.option(
        "--published", metavar="YYYY-MM-DD", callback=lambda ctx, p, v: None if v is None else _day(v),
        help="Publication date; relative dates (\"on Monday\") are anchored on it. Required for plain text.",
    )(command)


def _day(value):
    try:
        return parse_day(value, "--published")
    except KGError as e:
        raise click.ClickException(str(e)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-alliances")
def main():
    """Turn news articles into a temporal knowledge graph of geopolitical actors,
    and ask how alliances evolve."""


@main.command()
@click.argument("file")
@published_option
@click.option("--url", help="Where the article was published (kept as provenance).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--hypothetical", is_flag=True,
              help="Also show what the article says could, would or is planned to happen, marked as such "
              "(never stored by `kg load`).")
@store_options
@clear_errors
def extract(file, published, url, fmt, hypothetical, home, neo4j_uri):
    """Print the dated statements found in one article FILE (- for standard input),
    without storing anything. FILE is plain text or an HTML page; a page gives its own
    publication date and URL unless --published or --url is given.

    The table marks each statement's evidence: [actors] and <<trigger>>.
    """
    article = read_article(file, published, url)
    statements = extract_article(article, hypothetical=hypothetical)
    if fmt == "jsonl":
        for s in statements:
            click.echo(json.dumps(s.as_dict(), ensure_ascii=False))
        return
    rows = [{"date": s.date or "", "subject": s.subject.name, "predicate": s.predicate, "object": s.object.name,
             **({"modality": s.modality} if hypothetical else {}), "place": s.place or "",
             "conf": s.confidence, "evidence": mark_evidence(s)} for s in statements]
    click.echo(render(rows, "table"))
    click.echo(f"{len(statements)} statements from {article.id}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@click.option("--url", help="Where the article was published (for a single article).")
@store_options
@clear_errors
def load(paths, published, url, home, neo4j_uri):
    """Extract and store articles: files, folders of .txt/.md/.html files, or - for standard input.

    An HTML page gives its own publication date and URL; plain text needs --published.

    Every article is read and extracted before anything is stored, and each is stored in
    one transaction, so bad input leaves the store as it was. Loading an article again
    changes nothing.
    """
    from tqdm import tqdm

    files = expand_paths(list(paths))
    if url and len(files) > 1:
        raise KGError("--url names one article; give it with a single file")
    articles = [read_article(f, published, url) for f in files]
    with tqdm(total=len(articles), desc="extracting", unit="article", disable=len(articles) < 2, file=sys.stderr) as bar:
        extracted = list(zip(articles, extract_many(articles, progress=bar.update)))
    totals = {"new": 0, "corroborated": 0, "loaded": 0, "already": 0}
    actors = set()
    with open_store(home, neo4j_uri) as store:
        for article, statements in tqdm(extracted, desc="loading", unit="article", disable=len(extracted) < 2, file=sys.stderr):
            result = store.load(article, statements)
            if result.already_loaded:
                totals["already"] += 1
                continue
            totals["loaded"] += 1
            totals["new"] += result.new
            totals["corroborated"] += result.corroborated
            actors.update(a.id for s in statements for a in (s.subject, s.object))
    if totals["already"] == len(extracted):
        click.echo(f"already loaded: {totals['already']} article(s); nothing changed")
        return
    skipped = f" ({totals['already']} already loaded, unchanged)" if totals["already"] else ""
    click.echo(
        f"loaded {totals['loaded']} article(s){skipped}: {totals['new']} new statements, "
        f"{totals['corroborated']} corroborated, {len(actors)} actors"
    )


def parse_params(pairs):
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise KGError(f"-p takes key=value, got {pair!r}")
        out[key.strip()] = value
    return out


@main.command()
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter; repeat for more.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@store_options
@clear_errors
def query(name, params, fmt, home, neo4j_uri):
    """Run the query NAME of the library (see `kg queries`)."""
    q = get_query(name)
    bound = q.bind(parse_params(params))
    with open_store(home, neo4j_uri) as store:
        rows = store.run(q.cypher, **bound)
    click.echo(render(rows, fmt))


@main.command()
@store_options
def queries(home, neo4j_uri):
    """List the queries of the library with their descriptions and parameters."""
    for q in library().values():
        click.echo(f"{q.name}\n    {q.description}")
        for p in q.params.values():
            need = "required" if p.required else f"default {p.default}"
            click.echo(f"    -p {p.name}=<{p.type}>  ({need}) {p.help}")


@main.command()
@store_options
@clear_errors
def stats(home, neo4j_uri):
    """Counts of actors, articles and statements per predicate, first and last dates."""
    with open_store(home, neo4j_uri) as store:
        s = store.stats()
    click.echo(f"actors:     {s['actors']}")
    click.echo(f"articles:   {s['articles']}")
    click.echo(f"statements: {sum(s['statements'].values())}")
    for predicate, n in s["statements"].items():
        click.echo(f"  {predicate:22s} {n}")
    click.echo(f"first date: {plain(s['first']) or '-'}")
    click.echo(f"last date:  {plain(s['last']) or '-'}")


@main.command()
@store_options
@clear_errors
def serve(home, neo4j_uri):
    """Run the embedded store of HOME in the foreground until Ctrl-C.

    Other kg commands on the same home use it at once, and any Bolt client on this
    machine can query it (user root, password in HOME/password).
    """
    if neo4j_uri:
        raise KGError("serve runs the embedded store; it has nothing to do with --neo4j-uri")
    server = EmbeddedServer(Home(home))
    conn = server.start()
    if not server.owns_server:
        raise KGError(f"{home} is already served by another kg process at {conn.uri}")
    with open_store(home) as _:
        pass  # applies the schema, through the server just started
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    click.echo(f"serving {Home(home).path} at {conn.uri} (database {conn.database}, user {conn.user}); Ctrl-C stops")
    try:
        stop.wait()
    finally:
        server.stop()
        click.echo("stopped", err=True)


def run():
    """The ``kg`` command: ``main``, then leave without the embedded server's JVM shutting down
    in the interpreter's exit, which can crash the process after the work is done (the server
    itself is already stopped and its files closed by then)."""
    try:
        main()
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    leave(code)


if __name__ == "__main__":
    run()
