"""Reading articles: plain text needs a date; an HTML page gives its own text, title, date and URL."""

from datetime import date

import pytest

from kg.errors import KGError
from kg.reading import expand_paths, is_html, read_article

from conftest import ROOT

PAGE = ROOT / "tests" / "data" / "liveblog-page.html"


def test_an_html_page_gives_its_main_text_and_metadata():
    a = read_article(str(PAGE), None)
    assert a.published == date(2025, 3, 12)
    assert a.url == "https://news.example.org/live/2025/03/baltic-ministers"
    assert a.title == "Live: Baltic ministers meet as drills begin"
    assert "Finland pledged to send two more air defence systems" in a.text
    assert "Moscow reacts" in a.text.splitlines()  # entry headlines stay lines of their own
    for chrome in ("var tracking", "Germany condemns Russia", "Subscribe", "All rights reserved", "color: red"):
        assert chrome not in a.text


def test_given_date_and_url_override_the_page():
    a = read_article(str(PAGE), date(2025, 3, 13), "https://mirror.example.net/a")
    assert (a.published, a.url) == (date(2025, 3, 13), "https://mirror.example.net/a")


def test_a_page_without_a_date_asks_for_one(tmp_path):
    page = tmp_path / "undated.html"
    page.write_text("<!doctype html><html><body><article><p>" + "Germany condemned Russia over the strike on the port. " * 4
                    + "</p></article></body></html>", encoding="utf-8")
    with pytest.raises(KGError, match="gives no publication date; give it with --published"):
        read_article(str(page), None)
    assert read_article(str(page), date(2025, 1, 2)).published == date(2025, 1, 2)


def test_a_page_with_no_article_text(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(KGError, match="found no article text"):
        read_article(str(page), date(2025, 1, 2))


def test_html_is_told_by_its_start_not_its_name():
    assert is_html("<!DOCTYPE html>\n<html>") and is_html("  <html lang='en'>") and is_html("<?xml version='1.0'?>\n<html>")
    assert not is_html("Live: troops <b>move</b>\nNorth Korea sent troops.")


def test_plain_text_needs_a_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Headline\nGermany backed Ukraine.", encoding="utf-8")
    with pytest.raises(KGError, match="give the publication date with --published"):
        read_article(str(f), None)


def test_folders_give_text_and_html_files(tmp_path):
    for name in ("b.html", "a.txt", "c.md", "skip.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.rsplit("/", 1)[1] for p in expand_paths([str(tmp_path)])] == ["a.txt", "b.html", "c.md"]


def test_live_blog_entries_keep_their_own_time_stamps():
    from kg.extract import extract_article

    a = read_article(str(PAGE), None)
    assert a.text.splitlines()[2:4] == ["2025-03-11", "Tallinn talks open"]
    (backing,) = [s for s in extract_article(a) if s.predicate == "supports"]
    assert (backing.subject.id, backing.object.id, backing.date, backing.date_source) == ("FIN", "EST", "2025-03-10", "entry")
