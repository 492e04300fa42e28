"""Pictures of the analytics: an actor's timeline and the signed network with its blocs,
as PNG or SVG by the file's suffix. Drawn with matplotlib on bare Figures, not pyplot: no
display needed and no global state.

>>> import networkx as nx
>>> g = nx.Graph([("A", "B", {"weight": 2, "sign": 1}), ("B", "C", {"weight": -1, "sign": -1})])
>>> fig = network_figure(g, [frozenset("AB"), frozenset("C")])
>>> image_bytes(fig, "png")[:8]
b'\\x89PNG\\r\\n\\x1a\\n'
"""

import io
import os
from collections import defaultdict
from pathlib import Path

import networkx as nx
from matplotlib.figure import Figure

from kg.analytics import bloc_names, membership, name, next_month
from kg.errors import KGError
from kg.output import output_file

FORMATS = {".png": "png", ".svg": "svg"}
COOPERATION, CONFLICT = "#2b8a3e", "#c92a2a"
# Colour-blind-safe qualitative palette (Okabe and Ito) for the blocs; grey after that.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
OTHER = "#bbbbbb"


def image_format(path: str | os.PathLike) -> str:
    """``png`` or ``svg`` from a file name, or a KGError for any other suffix.

    >>> image_format("out/network.SVG")
    'svg'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise KGError(f"cannot draw {Path(path).name!r}: give a file name ending in .png or .svg")
    return FORMATS[suffix]


def image_bytes(fig: Figure, fmt: str) -> bytes:
    """The figure as PNG or SVG bytes (no dates or other metadata that change between runs)."""
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(buffer, format=fmt, dpi=110, metadata=metadata)
    return buffer.getvalue()


def save(fig: Figure, path: str | os.PathLike) -> Path:
    """Write the figure to ``path`` in the format its suffix names."""
    return write_atomically(path, image_bytes(fig, image_format(path)))


def write_atomically(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole, or leave the file as it was (a KGError says why)."""
    with output_file(path, binary=True) as out:
        out.write(data)
    return Path(path)


def timeline_figure(rows: list[dict], actor: str, top: int = 8, what: str = "net cooperation") -> Figure:
    """Lines of ``value`` per month with each partner (rows of :func:`kg.analytics.timeline`);
    the ``top`` partners with the most statements are drawn, the others summed as "others".
    Months without statements between the first and the last are drawn at zero."""
    months = [min(r["month"] for r in rows)] if rows else []
    while months and months[-1] < max(r["month"] for r in rows):
        months.append(next_month(months[-1]))  # every month in between, quiet ones at zero
    weight = defaultdict(int)
    for r in rows:
        weight[r["partner"]] += r["statements"]
    shown = sorted(weight, key=lambda p: (-weight[p], p))[:top]
    series = defaultdict(lambda: [0.0] * len(months))
    for r in rows:
        series[r["partner"] if r["partner"] in shown else "others"][months.index(r["month"])] += r["value"]
    fig = Figure(figsize=(8, 4.2), layout="constrained")
    ax = fig.add_subplot()
    x = range(len(months))
    for i, partner in enumerate(shown + (["others"] if "others" in series else [])):
        colour = PALETTE[i % len(PALETTE)] if partner != "others" else OTHER
        ax.plot(x, series[partner], marker="o", color=colour, label=partner, linewidth=1.8)
    ax.axhline(0, color="#444444", linewidth=0.8)
    ax.set_xticks(list(x), months, rotation=45 if len(months) > 6 else 0, ha="right" if len(months) > 6 else "center")
    ax.set_ylabel(f"{what} (+ cooperation, − conflict)")
    ax.set_title(f"{actor}: {what} per month with each partner")
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False, fontsize="small")
    return fig


def network_figure(g: nx.Graph, found: list[frozenset], title: str = "Signed actor network", seed: int = 7) -> Figure:
    """The signed network: actors coloured by bloc, cooperation as green lines, conflict as
    red dashed lines, line width growing with the absolute weight. The layout is seeded,
    so the same graph gives the same picture."""
    of, names = membership(found), bloc_names(g, found)
    fig = Figure(figsize=(8, 6.5), layout="constrained")
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    if not g:
        return fig
    # Lay out on cooperation (conflict pushes apart rather than pulls together).
    layout = nx.Graph()
    layout.add_nodes_from(sorted(g))
    layout.add_edges_from((a, b, {"weight": d["weight"]}) for a, b, d in sorted(g.edges(data=True)) if d["sign"] > 0)
    pos = nx.spring_layout(layout, seed=seed, weight="weight", k=1.6 / max(len(g), 1) ** 0.5)
    top = max((abs(d["weight"]) for _, _, d in g.edges(data=True)), default=1)
    for a, b, d in g.edges(data=True):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot([x1, x2], [y1, y2], color=COOPERATION if d["sign"] > 0 else CONFLICT,
                linestyle="-" if d["sign"] > 0 else "--", linewidth=0.8 + 3.2 * abs(d["weight"]) / top, alpha=0.75, zorder=1)
    colours = [PALETTE[of[n]] if of[n] < len(PALETTE) and len(found[of[n]]) > 1 else OTHER for n in g]
    ax.scatter([pos[n][0] for n in g], [pos[n][1] for n in g], s=420, c=colours, edgecolors="white", linewidths=1.5, zorder=2)
    for n in g:
        ax.annotate(name(g, n), pos[n], xytext=(0, 14), textcoords="offset points", ha="center", fontsize=9, zorder=3)
    handles = [ax.scatter([], [], s=80, c=PALETTE[i]) for i, b in enumerate(found) if i < len(PALETTE) and len(b) > 1]
    labels = [names[i] for i, b in enumerate(found) if i < len(PALETTE) and len(b) > 1]
    handles += [ax.plot([], [], color=COOPERATION)[0], ax.plot([], [], color=CONFLICT, linestyle="--")[0]]
    labels += ["cooperation", "conflict"]
    ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize="small", title="blocs")
    ax.margins(0.12)
    return fig
