"""The query library: ``queries/*.cypher`` files, each with a header that names it.

A header looks like this (the ``:param`` lines are what Neo4j Browser needs)::

    // name: supporters_of
    // description: Who backs an actor, with first and last seen and the number of sources.
    // param actor: string, required — the actor's id or name
    // param as_of: date, default 2100-01-01 — only statements dated on or before this day
    // uses: actor_id (a name: a scan of the Actor nodes), the actor's own relationships
    // :param actor => 'UKR';
    // :param as_of => '2100-01-01';

The ``uses`` line says what the query relies on to stay fast on a large graph (indexes, typed expansions).

>>> library()["supporters_of"].params["actor"].required
True
"""

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.errors import KGError
from kg.paths import QUERIES_DIR

PARAM_LINE = re.compile(
    r"^//\s*param\s+(?P<name>\w+)\s*:\s*(?P<type>string|date|integer|float)\s*,\s*"
    r"(?:(?P<required>required)|default\s+(?P<default>\S+))\s*(?:[—–-]+\s*(?P<help>.*))?$"
)


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    default: str | None
    help: str

    def convert(self, raw: str):
        """The value a user typed, as the query expects it, or a KGError."""
        try:
            if self.type == "integer":
                return int(raw)
            if self.type == "float":
                return float(raw)
            if self.type == "date":
                return date.fromisoformat(raw).isoformat()
        except ValueError:
            article = "an" if self.type == "integer" else "a"
            raise KGError(f"parameter {self.name} must be {article} {self.type}, got {raw!r}") from None
        return raw


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    cypher: str
    path: Path
    params: dict[str, Param] = field(default_factory=dict)
    uses: str = ""  # the indexes it relies on, from the '// uses:' line

    def bind(self, given: dict[str, str]) -> dict:
        """Parameters for the driver: typed values of those given, defaults for the rest."""
        unknown = sorted(set(given) - set(self.params))
        if unknown:
            raise KGError(f"query {self.name} has no parameter {unknown[0]} (it takes: {', '.join(self.params) or 'none'})")
        out = {}
        for p in self.params.values():
            if p.name in given:
                out[p.name] = p.convert(given[p.name])
            elif p.required:
                raise KGError(f"query {self.name} needs -p {p.name}=… ({p.help or p.type})")
            else:
                out[p.name] = p.convert(p.default)
        return out


def parse_query(path: Path) -> Query:
    """Read one ``.cypher`` file of the library; a malformed header is a KGError."""
    text = path.read_text(encoding="utf-8")
    meta, params = {}, {}
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("//"):
            continue
        m = PARAM_LINE.match(line)
        if m:
            params[m["name"]] = Param(m["name"], m["type"], bool(m["required"]), m["default"], (m["help"] or "").strip())
            continue
        key, _, value = line[2:].strip().partition(":")
        if key in ("name", "description", "uses") and value:
            meta[key] = value.strip()
    if "name" not in meta or "description" not in meta:
        raise KGError(f"{path}: the header needs '// name:' and '// description:' lines")
    cypher = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//")).strip().rstrip(";")
    return Query(meta["name"], meta["description"], cypher, path, params, meta.get("uses", ""))


def library(folder: Path = QUERIES_DIR) -> dict[str, Query]:
    """All queries of the library by name."""
    queries = (parse_query(p) for p in sorted(folder.glob("*.cypher")))
    return {q.name: q for q in queries}


def get_query(name: str, folder: Path = QUERIES_DIR) -> Query:
    """A query by name, or a KGError that suggests the closest names."""
    queries = library(folder)
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, queries, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(queries)}"
    raise KGError(f"no query named {name!r}{hint}")
