"""Reading article files: text or HTML in, or a clear error for anything that is not an article."""

import re
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


HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)


def is_html(text: str) -> bool:
    """Whether a file's text is an HTML page (by its start, whatever the file is called)."""
    return bool(HTML_START.match(text[:4096]))


ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
MIN_ARTICLE_WORDS = 5  # fewer is a menu or a stub, not an article


def read_html(page: str, name: str, published: date | None = None, url: str | None = None) -> Article:
    """The article in an HTML page: main text, title, publication date and URL, read with
    trafilatura from the page and its metadata (navigation, scripts, footers and comments dropped).

    ``published`` and ``url``, when given, override what the page says.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise KGError(f"{name}: found no article text in this HTML page")
    if published is None and doc.date:
        published = parse_day(doc.date, f"{name}: the page's publication date")
    if published is None:
        raise KGError(f"{name}: the page gives no publication date; give it with --published YYYY-MM-DD")
    title = (doc.title or first_line(text))[:300]
    return Article(text=with_entry_stamps(text, page), published=published, url=url or doc.url, title=title)


def entry_stamps(page: str) -> dict[str, str]:
    """Live-blog entry dates from ``<time datetime=…>`` elements: the first heading or
    paragraph after each, mapped to the day it gives (main-text extraction drops them)."""
    from lxml import html

    try:
        tree = html.fromstring(page)
    except (ValueError, html.etree.ParserError):
        return {}
    out = {}
    for t in tree.iter("time"):
        day = (t.get("datetime") or "")[:10]
        if not ISO_DAY.fullmatch(day):
            continue
        following = t.xpath("following::*[self::h1 or self::h2 or self::h3 or self::h4 or self::p][normalize-space()][1]")
        if following:
            out.setdefault(" ".join(following[0].text_content().split()), day)
    return out


def with_entry_stamps(text: str, page: str) -> str:
    """The extracted text with each live-blog entry's date as a line of its own before it."""
    stamps = entry_stamps(page)
    if not stamps:
        return text
    lines = []
    for line in text.split("\n"):
        day = stamps.get(" ".join(line.split()))
        if day:
            lines.append(day)
        lines.append(line)
    return "\n".join(lines)


def read_article(path: str, published: date | None, url: str | None = None) -> Article:
    """Read one article file (``-`` for standard input): plain text or an HTML page.

    Plain text has no publication date of its own, so ``published`` is required:
    relative dates ("on Monday") are anchored on it. An HTML page gives its own date
    and URL from its metadata unless ``published`` or ``url`` is given.
    """
    name = "standard input" if path == "-" else path
    text = decode_text(read_bytes(path), name)
    if is_html(text):
        return read_html(text, name, published, url)
    if published is None:
        raise KGError(f"{name}: give the publication date with --published YYYY-MM-DD")
    return Article(text=text, published=published, url=url, title=first_line(text)[:300])


ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}


def expand_paths(paths: list[str]) -> list[str]:
    """Files named, plus the article files (.txt, .md, .html) inside folders named, sorted."""
    out = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise KGError(f"{path}: no article files (.txt, .md, .html) in this folder")
            out.extend(found)
        else:
            out.append(path)
    return out
