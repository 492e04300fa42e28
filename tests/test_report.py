"""The HTML report: built from the stored graph, self-contained, and opened in a real headless
Chromium, whose rendered page and screenshot are checked."""

import base64
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from kg import analytics as an
from kg.report import report_html, write_report

from conftest import run_kg
from test_analytics import check_png, load_world

IDS = ["summary", "network", "blocs", "conflicts", "moves", "unbalanced", "brokers", "timeline"]


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.skip("no Chromium found (chromium or chromium-browser on PATH); .ci/run installs Debian's chromium package")


def headless(browser, profile, *args, timeout=120):
    """Run Chromium headless on its own profile, offline, and return what it printed."""
    r = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
         f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=timeout,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


class Elements(HTMLParser):
    """Ids, image sources and external references of a page."""

    def __init__(self, text):
        super().__init__()
        self.ids, self.images, self.external = {}, [], []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids[attrs["id"]] = tag
        if tag == "img":
            self.images.append(attrs.get("src", ""))
        for key in ("src", "href"):
            if attrs.get(key) and not attrs[key].startswith(("data:", "#")):
                self.external.append(attrs[key])


@pytest.fixture
def page(store, tmp_path):
    load_world(store)
    path = tmp_path / "report.html"
    write_report(report_html(an.relations(store), an.Window(), actor="Turkey"), path)
    return path


def test_the_report_is_one_self_contained_page_with_its_parts(page, tmp_path):
    text = page.read_text(encoding="utf-8")
    found = Elements(text)
    assert {i: found.ids.get(i) for i in IDS} == {
        "summary": "dl", "network": "figure", "blocs": "table", "conflicts": "table", "moves": "table",
        "unbalanced": "table", "brokers": "table", "timeline": "figure"}
    assert found.external == [] and "<script" not in text and "<link" not in text
    assert len(found.images) == 2
    for i, src in enumerate(found.images):
        assert src.startswith("data:image/png;base64,")
        (tmp_path / f"image{i}.png").write_bytes(base64.b64decode(src.split(",", 1)[1]))
        check_png(tmp_path / f"image{i}.png")
    assert "Turkey" in text and "friend of my friend is my enemy" in text


def test_the_report_renders_in_headless_chromium(page, tmp_path):
    browser = chromium()
    dom = headless(browser, tmp_path / "profile", "--dump-dom", page.as_uri())
    found = Elements(dom)
    assert all(i in found.ids for i in IDS), found.ids
    moves = re.search(r'<table id="moves">.*?</table>', dom, re.DOTALL).group(0)
    assert "Turkey" in moves and "2024-11" in moves
    shot = tmp_path / "report.png"
    headless(browser, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000", "--hide-scrollbars", page.as_uri())
    check_png(shot)


def test_kg_report_writes_the_page_and_says_so(home, server, store, tmp_path):
    load_world(store)
    out = tmp_path / "alliances.html"
    r = run_kg("report", "-o", out, "--from", "2024-10", "--to", "2024-11", home=home)
    assert r.returncode == 0 and r.stdout.strip() == f"wrote {out}", r.stderr
    ids = Elements(out.read_text(encoding="utf-8")).ids
    assert all(i in ids for i in IDS)
    r = run_kg("report", "-o", tmp_path / "no-such-folder" / "x.html", home=home)
    assert r.returncode == 1 and "cannot write" in r.stderr and len(r.stderr.strip().splitlines()) == 1
