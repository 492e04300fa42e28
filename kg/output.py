"""Rendering rows for people (tables) and programs (JSON lines, CSV)."""

import csv
import io
import json

from tabulate import tabulate


def plain(value):
    """Driver values (dates, datetimes) as JSON-friendly values."""
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def render(rows: list[dict], fmt: str) -> str:
    """Rows as an aligned table, a JSON array or CSV with a header line."""
    rows = [{k: plain(v) for k, v in r.items()} for r in rows]
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        if rows:
            writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in r.items()} for r in rows)
        return buffer.getvalue().rstrip("\n")
    if not rows:
        return "(no rows)"
    return tabulate(
        [[", ".join(map(str, v)) if isinstance(v, list) else v for v in r.values()] for r in rows],
        headers=list(rows[0]),
        tablefmt="simple",
    )
