"""One self-contained HTML page of the alliance analytics: the network and timeline pictures
(embedded as data URIs), and the tables of blocs, conflicts, moves, unbalanced triads and
brokers. No scripts, no external files: it opens from disk in any browser.

Elements carry stable ids (``summary``, ``network``, ``timeline``, ``blocs``, ``conflicts``,
``moves``, ``unbalanced``, ``brokers``) so that programs can find them.
"""

import base64
import html
import os
from datetime import UTC, datetime
from pathlib import Path

from kg import analytics as an
from kg.output import plain
from kg.plots import image_bytes, network_figure, timeline_figure, write_atomically

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
.note { color: #666; font-size: .9rem; } figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; } dt { font-weight: 600; }
"""


def table(rows: list[dict], table_id: str, empty: str) -> str:
    """Rows as an HTML table with the given id, or a paragraph saying there are none."""
    if not rows:
        return f'<p id="{table_id}" class="empty">{html.escape(empty)}</p>'
    head = "".join(f"<th>{html.escape(str(k))}</th>" for k in rows[0])
    body = []
    for r in rows:
        cells = []
        for v in r.values():
            v = plain(v)
            text = ", ".join(map(str, v)) if isinstance(v, list) else "" if v is None else str(v)
            cls = ' class="num"' if isinstance(v, (int, float)) and not isinstance(v, bool) else ""
            cells.append(f"<td{cls}>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def figure(fig, figure_id: str, alt: str) -> str:
    data = base64.b64encode(image_bytes(fig, "png")).decode("ascii")
    return (f'<figure id="{figure_id}"><img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'
            f"<figcaption class=\"note\">{html.escape(alt)}</figcaption></figure>")


def report_html(rows: list[dict], window: an.Window | None = None, weight: str = "net",
                actor: str | None = None, top: int = 3) -> str:
    """The report page for the relation rows of :func:`kg.analytics.relations`.

    ``actor`` (id or name) is the one whose timeline is drawn: by default the actor with
    the most statements.
    """
    window = window or an.Window()
    g = an.signed_graph(rows, weight)
    found = an.blocs(g)
    monthly = an.graphs_by_month(rows, weight)
    actor_id, actor_name = an.find_actor(rows, actor or an.busiest_actor(rows))
    balance = an.balance_sections(g)
    summary = balance["summary"][0]
    facts = {
        "Window": str(window),
        "Months with relations": f"{len(monthly)} ({next(iter(monthly))} to {next(reversed(monthly))})",
        "Actors": g.number_of_nodes(),
        "Related pairs": f"{g.number_of_edges()} ({sum(1 for *_, s in g.edges(data='sign') if s > 0)} cooperative, "
                         f"{sum(1 for *_, s in g.edges(data='sign') if s < 0)} conflictual)",
        "Statements": sum(r["statements"] for r in rows),
        "Edge weight": f"{weight}: {an.WEIGHTS[weight]}",
        "Triads balanced": f"{summary['balanced']} of {summary['triads']}",
    }
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Alliance report: {html.escape(str(window))}</title><style>{STYLE}</style></head><body>",
        (f"<h1>Alliance report</h1><p class=\"note\">{html.escape(str(window))} · generated "
         f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} by kg</p>"),
        '<section><h2>Summary</h2><dl id="summary">'
        + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(str(v))}</dd>" for k, v in facts.items()) + "</dl></section>",
        "<section><h2>Network and blocs</h2>",
        figure(network_figure(g, found, f"Signed actor network, {window}"), "network",
               "Actors coloured by bloc; green lines cooperation, red dashed lines conflict, thicker is stronger."),
        table(an.bloc_rows(g, found), "blocs", "No blocs."),
        "<h3>Conflicts between blocs</h3>",
        table(an.conflicts(g, found), "conflicts", "No conflictual relations between blocs."),
        "<h3>Who moved</h3><p class=\"note\">Actors whose bloc changed from one month with relations to the next.</p>",
        table(an.moves(monthly), "moves", "Nobody changed bloc from one month to the next."),
        "</section><section><h2>Structural balance</h2>",
        '<p class="note">Triads whose signs multiply to a negative: alignments under strain.</p>',
        table(balance["unbalanced"], "unbalanced", "Every triad is balanced."),
        "</section><section><h2>Brokers</h2>",
        ('<p class="note">Per month, the actors through which cooperation runs from one bloc to another: '
         "bridging is the share of cross-bloc pairs whose shortest cooperative paths pass through the actor, "
         "participation how evenly its cooperation spreads over blocs (0: its own bloc only), betweenness "
         "the same as bridging over all pairs.</p>"),
        table(an.brokers_by_month(monthly, top), "brokers", "No brokers: no actor cooperates across blocs."),
        f"</section><section><h2>Timeline: {html.escape(actor_name)}</h2>",
        figure(timeline_figure(an.timeline(rows, actor_id, weight), actor_name, what=f"{weight} cooperation"), "timeline",
               f"{actor_name}: {weight} cooperation per month with each partner."),
        "</section></body></html>",
    ]
    return "\n".join(parts)


def write_report(text: str, path: str | os.PathLike) -> Path:
    """Write the page to ``path``: whole, or not at all."""
    return write_atomically(path, text.encode("utf-8"))
