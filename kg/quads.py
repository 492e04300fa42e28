"""The graph as temporal quads in the layout of the ICEWS14 / ICEWS18 benchmarks, for
temporal link-prediction methods (RE-Net, xERTE, TTransE and the like), and back.

A quads folder holds, like the benchmarks' data folders:

- ``train.txt`` — one statement a line, ``subject_id<TAB>relation_id<TAB>object_id<TAB>time``,
  ordered by time; ids, not names, as in the benchmarks;
- ``entity2id.txt`` — ``name<TAB>id`` for every actor (a name two actors share gets the
  actor's id in brackets, so that names stay unique);
- ``relation2id.txt`` — ``predicate<TAB>id`` for every predicate of the vocabulary, in the
  order of ``schemas/predicates.csv`` (ids stay the same from one export to the next);
- ``stat.txt`` — ``entities<TAB>relations<TAB>0``;

and two files the benchmarks lack, so that nothing is lost on the way back:

- ``time2id.txt`` — ``YYYY-MM-DD<TAB>time`` for each date;
- ``entity2actor.txt`` — ``id<TAB>actor id<TAB>type<TAB>wikidata`` for each entity.

Time is in hours since the first date of the export, in steps of 24 (one a day), as in
RE-Net's ICEWS18 (``0, 24, 48, ...``). A month or year date counts as its first day.
Undated statements (persons' roles) have no place in the layout and are left out.

>>> map_relation("sends troops to"), map_relation("190"), map_relation("Make statement")
('sends_troops_to', 'attacks', None)
"""

import os
import re
import shutil
import tempfile
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.errors import KGError
from kg.model import ACTOR_TYPES, Actor, Article, Statement
from kg.output import output_file
from kg.rdf import BATCH, read_actors, read_statements
from kg.vocabulary import PREDICATES

QUADS, ENTITIES, RELATIONS, STAT, TIMES, ACTORS = (
    "train.txt", "entity2id.txt", "relation2id.txt", "stat.txt", "time2id.txt", "entity2actor.txt")
FILES = (QUADS, ENTITIES, RELATIONS, STAT, TIMES, ACTORS)
HOURS_PER_STEP = 24


@dataclass
class QuadsExport:
    quads: int = 0
    undated: int = 0
    entities: int = 0
    relations: int = 0
    times: int = 0


def export_quads(store, folder, batch: int = BATCH) -> QuadsExport:
    """Write the store's statements as a quads folder (see the module's description).

    All files are written in a staging folder inside ``folder`` and moved into place only
    when every one is complete, so a failure leaves the folder's files as they were.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise KGError(f"cannot write {folder}: it is not a folder")
    result = QuadsExport()
    relations = {name: i for i, name in enumerate(PREDICATES)}
    dated = []
    for r in read_statements(store, batch=batch):
        if r["date"] is None:
            result.undated += 1
            continue
        dated.append((date.fromisoformat(r["date"][:10]), r["subject"], relations[r["predicate"]], r["object"]))
    actors = list(read_actors(store, batch))  # after the statements: every actor they name is there
    number = {a["id"]: i for i, a in enumerate(actors)}
    rows = [(day, number[s], r, number[o]) for day, s, r, o in dated]
    rows.sort()
    epoch = rows[0][0] if rows else None
    times = {}
    for day, *_ in rows:
        times.setdefault(day, (day - epoch).days * HOURS_PER_STEP)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".quads.", dir=folder))
    except OSError as e:
        raise KGError(f"cannot write {folder}: {e.strerror or e}") from None
    try:
        _write_files(staging, rows, actors, relations, times)
        for name in FILES:
            os.replace(staging / name, folder / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    result.quads, result.entities, result.relations, result.times = len(rows), len(actors), len(relations), len(times)
    return result


def _write_files(staging: Path, rows, actors, relations, times) -> None:
    names = Counter(a["name"] for a in actors)
    with ExitStack() as files:
        out = {name: files.enter_context(output_file(staging / name)) for name in FILES}
        out[QUADS].writelines(f"{s}\t{r}\t{o}\t{times[day]}\n" for day, s, r, o in rows)
        for i, a in enumerate(actors):
            name = a["name"] or a["id"]
            unique = name if names[a["name"]] == 1 else f"{name} ({a['id']})"
            out[ENTITIES].write(f"{_clean(unique)}\t{i}\n")
            out[ACTORS].write(f"{i}\t{_clean(a['id'])}\t{a['type'] or ''}\t{a['wikidata'] or ''}\n")
        out[RELATIONS].writelines(f"{name}\t{i}\n" for name, i in relations.items())
        out[STAT].write(f"{len(actors)}\t{len(relations)}\t0\n")
        out[TIMES].writelines(f"{day.isoformat()}\t{t}\n" for day, t in times.items())


def _clean(text: str) -> str:
    """A name on one line with no tab: the layout has no quoting."""
    return " ".join(text.split())


def map_relation(relation: str) -> str | None:
    """The vocabulary's predicate for a relation given by name (``sends_troops_to``,
    ``sends troops to``, ``sendsTroopsTo``) or CAMEO code (the longest code of the
    vocabulary it starts with: ``190`` → ``19`` attacks), or None."""
    key = relation.strip()
    if re.fullmatch(r"\d{2,4}", key):
        codes = [(len(p.cameo), name) for name, p in PREDICATES.items() if p.cameo and key.startswith(p.cameo)]
        return max(codes)[1] if codes else None
    snake = re.sub(r"[\s-]+", "_", key.lower())
    if snake in PREDICATES:
        return snake
    return next((name for name, p in PREDICATES.items() if p.rdf_property.lower() == key.lower()), None)


@dataclass
class QuadsRead:
    """What a quads file gives: one article standing for the file, its statements, and
    what could not be mapped onto the vocabulary."""

    article: Article
    statements: list[Statement]
    unmapped: Counter = field(default_factory=Counter)  # relation -> lines
    new_actors: int = 0


def _read_rows(path: Path) -> list[list[str]]:
    """The tab-separated cells of a map file beside the quads; none when it is not there."""
    if not path.exists():
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(f"cannot read {path}: {getattr(e, 'strerror', None) or 'not UTF-8 text'}") from None
    return [[c.strip() for c in line.split("\t")] for line in lines if "\t" in line]


def read_quads(path, gazetteer=None) -> QuadsRead:
    """Read a quads file, or the ``train.txt`` of a folder (ids with the map files beside
    it, or names and ISO dates), into statements. Relations outside the vocabulary are counted in ``unmapped`` and left out.

    Actors come from ``entity2actor.txt`` when it is there, else from the gazetteer by
    name; a name neither knows becomes an organisation with the name as its id.
    """
    from kg.actors import default_gazetteer

    path = Path(path)
    if path.is_dir():
        path = path / QUADS
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from None
    gazetteer = gazetteer or default_gazetteer()
    entity_names = {cells[1]: cells[0] for cells in _read_rows(path.parent / ENTITIES)}
    relation_names = {cells[1]: cells[0] for cells in _read_rows(path.parent / RELATIONS)}
    time_days = {cells[1]: cells[0] for cells in _read_rows(path.parent / TIMES)}
    actor_rows = {cells[0]: cells for cells in _read_rows(path.parent / ACTORS)}
    actors: dict[str, Actor] = {}
    result = QuadsRead(article=None, statements=[])

    def actor(cell: str) -> Actor:
        if cell in actors:
            return actors[cell]
        name = entity_names.get(cell, cell)
        row = actor_rows.get(cell) if cell in entity_names else None
        if row and len(row) >= 3 and row[2] in ACTOR_TYPES:
            plain_name = name.removesuffix(f" ({row[1]})")
            found = Actor(id=row[1], name=plain_name, type=row[2], wikidata=(row[3] if len(row) > 3 and row[3] else None))
        else:
            found = gazetteer.lookup(name)
            if found is None:
                found = Actor(id=name, name=name, type="organisation")
                result.new_actors += 1
        actors[cell] = found
        return found

    latest = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 4:
            raise KGError(f"{path}:{n}: expected subject, relation, object and time separated by tabs")
        s, r, o, t = cells[:4]
        relation = relation_names.get(r, r)
        predicate = map_relation(relation)
        if predicate is None:
            result.unmapped[relation] += 1
            continue
        day = _day(time_days.get(t, t), path, n)
        latest = max(latest, day) if latest else day
        subject, obj = actor(s), actor(o)
        result.statements.append(Statement(
            subject=subject, predicate=predicate, object=obj, date=day.isoformat(), date_precision="day",
            date_source="explicit", evidence=f"{subject.name}\t{relation}\t{obj.name}\t{day.isoformat()}",
            article="", confidence=0.8,
        ))
    result.article = Article(text=text, published=latest or date.today(), title=f"quads {path.name}")
    for s in result.statements:
        s.article = result.article.id
    return result


def _day(value: str, path: Path, n: int) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise KGError(f"{path}:{n}: time {value!r} is neither a date nor in {TIMES} beside the file") from None
