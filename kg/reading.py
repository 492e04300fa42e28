"""Reading article files: text in, or a clear error for anything that is not an article."""

import sys
from datetime import date
from pathlib import Path

from kg.errors import KGError
from kg.model import Article


def parse_day(value: str, what: str = "date") -> date:
    """Parse an ISO calendar date, or raise a KGError that names the bad value.

    >>> parse_day("2024-11-05")
    datetime.date(2024, 11, 5)
    """
    try:
        return date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise KGError(f"{what} {value!r} is not a date (expected YYYY-MM-DD)") from None


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text of an article, or a KGError saying why the bytes are not one."""
    if b"\x00" in data[:8192]:
        raise KGError(f"{name} is a binary file, not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise KGError(f"{name} is not UTF-8 text (byte {data[e.start]:#04x} at offset {e.start})") from None
    if not text.strip():
        raise KGError(f"{name} is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: str) -> bytes:
    """The bytes of a file, or of standard input for ``-``."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise KGError(f"{path}: no such file")
    if p.is_dir():
        raise KGError(f"{path} is a folder, not an article file")
    try:
        return p.read_bytes()
    except OSError as e:
        raise KGError(f"{path}: cannot read ({e.strerror})") from None


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def read_article(path: str, published: date | None, url: str | None = None) -> Article:
    """Read one article file (``-`` for standard input).

    Plain text has no publication date of its own, so ``published`` is required:
    relative dates ("on Monday") are anchored on it.
    """
    name = "standard input" if path == "-" else path
    text = decode_text(read_bytes(path), name)
    if published is None:
        raise KGError(f"{name}: give the publication date with --published YYYY-MM-DD")
    return Article(text=text, published=published, url=url, title=first_line(text)[:300])


ARTICLE_SUFFIXES = {".txt", ".text", ".md"}


def expand_paths(paths: list[str]) -> list[str]:
    """Files named, plus the article files (.txt, .md) inside folders named, sorted."""
    out = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise KGError(f"{path}: no article files (.txt, .md) in this folder")
            out.extend(found)
        else:
            out.append(path)
    return out
