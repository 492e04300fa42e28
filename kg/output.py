"""Rendering rows for people (tables) and programs (JSON lines, CSV), and writing files whole."""

import csv
import io
import json
import os
import sys
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path

from tabulate import tabulate

from kg.errors import KGError


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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def output_file(path: str | os.PathLike | None, binary: bool = False):
    """A stream to write ``path`` through: a temporary file beside it that replaces it only
    when the block ends without error, so a failure leaves no half-written file. The file
    gets the mode a plain ``open`` would give it. ``None`` or ``-`` is standard output.
    """
    if path is None or str(path) == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise KGError(f"cannot write {target}: it is a folder")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent if str(target.parent) else ".")
        os.chmod(tmp, 0o666 & ~_umask())
    except OSError as e:
        raise KGError(f"cannot write {target}: {e.strerror or e}") from None
    try:
        with (open(fd, "wb") if binary else open(fd, "w", encoding="utf-8", newline="\n")) as stream:
            yield stream
        os.replace(tmp, target)
    except OSError as e:
        _remove(tmp)
        raise KGError(f"cannot write {target}: {e.strerror or e}") from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(path)
