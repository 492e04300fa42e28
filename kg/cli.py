"""The ``kg`` command: a thin layer over the library functions of ``kg``."""

import functools
import json
import os
import signal
import sys
import threading

import click
from platformdirs import user_data_dir

from kg.bulk import BATCH_SIZE
from kg import analytics as an
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
@click.option("--format", "fmt", type=click.Choice(["text", "quads"]), default="text", show_default=True,
              help="text: articles to extract from; quads: ICEWS-style quads files (see `kg export quads`).")
@store_options
@clear_errors
def load(paths, published, url, fmt, home, neo4j_uri):
    """Extract and store articles: files, folders of .txt/.md/.html files, or - for standard input.

    An HTML page gives its own publication date and URL; plain text needs --published.

    Every article is read and extracted before anything is stored, and each is stored in
    one transaction, so bad input leaves the store as it was. Loading an article again
    changes nothing.
    """
    from tqdm import tqdm

    if fmt == "quads":
        return load_quads(paths, published or url, home, neo4j_uri)
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


@main.command("push")
@click.option("--batch-size", type=click.IntRange(min=1), default=BATCH_SIZE, show_default=True,
              help="Rows per UNWIND batch; each batch is one transaction.")
@store_options
@clear_errors
def push_command(batch_size, home, neo4j_uri):
    """Copy the embedded store of HOME into the Neo4j server given by --neo4j-uri (or NEO4J_URI).

    Actors, statements and articles are merged by id, page by page, so pushing again
    changes nothing, a statement the server already has gains only the sources it lacked,
    and an interrupted push is completed by pushing again.
    """
    from tqdm import tqdm

    from kg.push import push

    if not neo4j_uri:
        raise KGError("push copies the embedded store into Neo4j: give the server with --neo4j-uri URI or NEO4J_URI")
    with open_store(home) as source, open_store(home, neo4j_uri) as target:
        s = source.stats()
        total = s["actors"] + s["articles"] + sum(s["statements"].values())
        with tqdm(total=total, desc="pushing", unit="row", file=sys.stderr) as bar:
            counts = push(source, target, batch_size, progress=bar.update)
    click.echo(f"pushed {counts['actors']} actors, {counts['statements']} statements and "
               f"{counts['articles']} articles to {neo4j_uri}")


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


def load_quads(paths, article_option, home, neo4j_uri):
    """``kg load --format quads``: each file as one source, relations mapped onto the vocabulary."""
    from kg.quads import read_quads

    if article_option:
        raise KGError("--published and --url are for articles; quads files carry their own dates")
    read = [read_quads(p) for p in paths]
    with open_store(home, neo4j_uri) as store:
        for path, q in zip(paths, read):
            result = store.load(q.article, q.statements)
            done = "already loaded; nothing changed" if result.already_loaded else (
                f"{result.new} new statements, {result.corroborated} corroborated, {result.actors} actors")
            click.echo(f"{path}: {len(q.statements)} quads: {done}")
            if q.new_actors:
                click.echo(f"{path}: {q.new_actors} entities the gazetteer does not know were added as organisations", err=True)
            if q.unmapped:
                kept = ", ".join(f"{r!r} ({n})" for r, n in q.unmapped.most_common())
                click.echo(f"{path}: {sum(q.unmapped.values())} lines left out, their relations are not in the vocabulary: {kept}", err=True)


@main.group()
def export():
    """Write the graph out: as RDF (linked data) or as quads for temporal link prediction."""


@export.command("rdf")
@click.option("--format", "fmt", default="turtle", show_default=True, metavar="turtle|nt|jsonld|trig|nquads",
              help="turtle, nt and nquads are written as the graph is read, in little memory; "
              "jsonld and trig are built in memory first. trig and nquads put each article's statements in a named graph.")
@click.option("-o", "--output", default=None, metavar="FILE",
              help="Write to FILE (replaced only once the export is complete) instead of standard output.")
@click.option("--base", default="https://example.org/kg-alliances/", show_default=True, metavar="IRI",
              help="Base of the IRIs of actors (IRI/actor/ID), statements, articles and graphs.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only statements dated on or after this day (undated ones are left out).")
@click.option("--until", metavar="YYYY-MM-DD", help="Only statements dated on or before this day (undated ones are left out).")
@store_options
@clear_errors
def export_rdf(fmt, output, base, since, until, home, neo4j_uri):
    """The graph as RDF: actors, articles, and each statement as a plain triple and as an
    rdf:Statement with its date, confidence, evidence and sources.

    The vocabulary is schemas/ontology.ttl; exports satisfy the SHACL shapes of
    schemas/shapes.ttl (pyshacl -s schemas/shapes.ttl -e schemas/ontology.ttl FILE).
    """
    from tqdm import tqdm

    from kg.rdf import FORMATS, check_base, count_statements, output_file
    from kg.rdf import export as export_graph

    if fmt not in FORMATS:
        raise KGError(f"unknown RDF format {fmt!r} (known: {', '.join(FORMATS)})")
    since_day = parse_day(since, "--since") if since else None
    until_day = parse_day(until, "--until") if until else None
    check_base(base)
    with open_store(home, neo4j_uri) as store:
        total = count_statements(store, since_day, until_day)
        with tqdm(total=total, desc="exporting", unit="statement", disable=total < 10_000, file=sys.stderr) as bar, \
                output_file(output) as out:
            triples = export_graph(store, out, fmt, base, since_day, until_day, progress=bar.update)
    unit = "quads" if fmt == "nquads" else "triples"
    click.echo(f"{total} statements, {triples} {unit}" + (f" written to {output}" if output else ""), err=True)


@export.command("quads")
@click.option("-o", "--output", required=True, metavar="FOLDER",
              help="The folder to write train.txt and its id maps into (made if missing).")
@store_options
@clear_errors
def export_quads(output, home, neo4j_uri):
    """The graph as ICEWS14/ICEWS18-style quads for temporal link prediction (RE-Net, xERTE, ...).

    FOLDER/train.txt holds one statement a line, subject_id TAB relation_id TAB object_id TAB
    time, with entity2id.txt, relation2id.txt and stat.txt as the benchmarks ship them.
    Time is in hours since the first date, one day = 24; time2id.txt gives each time's date
    and entity2actor.txt each entity's actor id and type, so `kg load --format quads
    FOLDER/train.txt` reads it back. Undated statements are left out.
    """
    from kg.quads import export_quads as write_quads

    with open_store(home, neo4j_uri) as store:
        r = write_quads(store, output)
    undated = f"; {r.undated} undated statements left out" if r.undated else ""
    click.echo(f"{r.quads} quads, {r.entities} entities, {r.relations} relations, {r.times} days written to {output}{undated}", err=True)


def window_options(command):
    """The months to analyse and how to weigh the relations (``kg analyze``, ``kg plot``, ``kg report``)."""
    for option in reversed([
        click.option("--month", metavar="YYYY-MM", help="Only this month."),
        click.option("--from", "start", metavar="YYYY-MM", help="From this month on."),
        click.option("--to", "end", metavar="YYYY-MM", help="Up to and including this month."),
        click.option("--weight", type=click.Choice(list(an.WEIGHTS)), default="net", show_default=True,
                     help="Edge weight: " + "; ".join(f"{k}: {v}" for k, v in an.WEIGHTS.items()) + "."),
        click.option("--persons", is_flag=True,
                     help="Keep persons apart instead of counting them for the state or organisation they represent or lead."),
    ]):
        command = option(command)
    return command


def print_sections(sections: dict, fmt: str, only: str | None):
    """Several tables: titled one after the other, as one JSON object, or the --only one."""
    if only:
        click.echo(render(sections[only], fmt))
    elif fmt == "json":
        click.echo(json.dumps(plain(sections), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        raise KGError(f"CSV holds one table: choose it with --only ({', '.join(sections)})")
    else:
        click.echo("\n\n".join(f"{title}:\n{render(rows, 'table')}" for title, rows in sections.items()))


FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)


def window_relations(home, neo4j_uri, window, persons, month_before=False):
    """The relation rows of a window (checked before the store is opened), read in one query."""
    with open_store(home, neo4j_uri) as store:
        return an.relations(store, window, rollup=not persons, month_before=month_before)


def actor_param(params, command, required):
    """The actor of ``-p actor=NAME``, the one parameter ``kg plot timeline`` and ``kg report`` take."""
    given = parse_params(params)
    if set(given) - {"actor"} or (required and "actor" not in given):
        raise KGError(f"{command} takes one parameter: -p actor=NAME")
    return given.get("actor")


@main.group()
def analyze():
    """The shape of the whole graph: blocs, structural balance, brokers.

    Each analysis reads the store with one query that sums, per pair of actors and month,
    the polarity of their statements (either direction), and works on the signed graph that
    makes. Statements count in the month of their date; undated ones and those known only to
    the year are left out.
    """


@analyze.command("blocs")
@window_options
@click.option("--only", type=click.Choice(["blocs", "conflicts", "moves"]), help="Print only this table.")
@FORMAT
@store_options
@clear_errors
def analyze_blocs(month, start, end, weight, persons, only, fmt, home, neo4j_uri):
    """Blocs (communities of cooperating actors), the conflicts between them, and who moved
    from one bloc to another from one month to the next (with --month, since the month before)."""
    window = an.Window.of(month, start, end)
    rows = window_relations(home, neo4j_uri, window, persons, month_before=True)
    print_sections(an.bloc_sections(rows, weight, window.first), fmt, only)


@analyze.command("balance")
@window_options
@click.option("--only", type=click.Choice(["summary", "unbalanced"]), help="Print only this table.")
@FORMAT
@store_options
@clear_errors
def analyze_balance(month, start, end, weight, persons, only, fmt, home, neo4j_uri):
    """Triads (three actors all related) by structural balance. Allies of allies, and enemies
    of a common enemy, are balanced; a friend of my friend who is my enemy is not: the
    unbalanced triads are where alignments are under strain."""
    rows = window_relations(home, neo4j_uri, an.Window.of(month, start, end), persons)
    print_sections(an.balance_sections(an.signed_graph(rows, weight)), fmt, only)


@analyze.command("centrality")
@window_options
@click.option("--top", type=click.IntRange(min=1), default=3, show_default=True, help="Brokers listed per month.")
@FORMAT
@store_options
@clear_errors
def analyze_centrality(month, start, end, weight, persons, top, fmt, home, neo4j_uri):
    """The actors that broker between blocs, per month: bridging (the share of pairs of
    actors of different blocs whose shortest cooperative paths pass through the actor),
    participation (0 when it cooperates within its own bloc only, towards 1 the more evenly
    it cooperates with several blocs) and, for comparison, plain betweenness."""
    rows = window_relations(home, neo4j_uri, an.Window.of(month, start, end), persons)
    click.echo(render(an.brokers_by_month(an.graphs_by_month(rows, weight), top), fmt))


@main.group()
def plot():
    """Pictures as PNG or SVG files, by the output file's suffix."""


OUTPUT = click.option("-o", "--output", required=True, metavar="FILE", help="The picture to write: FILE.png or FILE.svg.")


@plot.command("timeline")
@click.option("-p", "--param", "params", multiple=True, metavar="actor=NAME", help="The actor (id or name), as -p actor=Ukraine.")
@OUTPUT
@window_options
@click.option("--top", type=click.IntRange(min=1), default=8, show_default=True, help="Partners drawn; the rest are summed as 'others'.")
@store_options
@clear_errors
def plot_timeline(params, output, month, start, end, weight, persons, top, home, neo4j_uri):
    """An actor's net cooperation per month with each partner (above zero cooperation,
    below conflict)."""
    from kg.plots import image_format, save, timeline_figure

    wanted = actor_param(params, "plot timeline", required=True)
    image_format(output)
    rows = window_relations(home, neo4j_uri, an.Window.of(month, start, end), persons)
    _, actor = an.find_actor(rows, wanted)
    save(timeline_figure(an.timeline(rows, wanted, weight), actor, top, f"{weight} cooperation"), output)
    click.echo(f"wrote {output}")


@plot.command("network")
@OUTPUT
@window_options
@store_options
@clear_errors
def plot_network(output, month, start, end, weight, persons, home, neo4j_uri):
    """The signed actor network: blocs coloured, cooperation green, conflict red dashed."""
    from kg.plots import image_format, network_figure, save

    image_format(output)
    window = an.Window.of(month, start, end)
    g = an.signed_graph(window_relations(home, neo4j_uri, window, persons), weight)
    save(network_figure(g, an.blocs(g), f"Signed actor network, {window}"), output)
    click.echo(f"wrote {output}")


@main.command()
@click.option("-o", "--output", required=True, metavar="FILE", help="The HTML page to write.")
@click.option("-p", "--param", "params", multiple=True, metavar="actor=NAME",
              help="The actor whose timeline is drawn (default: the one with the most statements).")
@window_options
@click.option("--top", type=click.IntRange(min=1), default=3, show_default=True, help="Brokers listed per month.")
@store_options
@clear_errors
def report(output, params, month, start, end, weight, persons, top, home, neo4j_uri):
    """One self-contained HTML page (no server, no scripts): the network and an actor's
    timeline, the blocs, the conflicts between them, who moved, the unbalanced triads and
    the brokers."""
    from kg.report import report_html, write_report

    actor = actor_param(params, "report", required=False)
    window = an.Window.of(month, start, end)
    rows = window_relations(home, neo4j_uri, window, persons)
    write_report(report_html(rows, window, weight, actor, top), output)
    click.echo(f"wrote {output}")


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
