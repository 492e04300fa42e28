from datetime import date

import pytest

from kg.timex import find_times, parse_timestamp, read_dateline

TUESDAY = date(2024, 11, 5)


@pytest.mark.parametrize("text, iso, precision", [
    ("The talks took place on Monday.", "2024-11-04", "day"),
    ("Monday's clashes were the first.", "2024-11-04", "day"),
    ("They met on Tuesday.", "2024-11-05", "day"),
    ("They met last Tuesday.", "2024-10-29", "day"),
    ("The town has been held since August.", "2024-08", "month"),
    ("It was chaired by Malta in December.", "2023-12", "month"),
    ("Elections were held in 2023.", "2023", "year"),
    ("Earlier this year the agency warned of shortages.", "2024", "year"),
    ("The accord was signed on 3 March 2022.", "2022-03-03", "day"),
    ("The accord was signed on March 3, 2022.", "2022-03-03", "day"),
    ("The deal was struck in June 2023.", "2023-06", "month"),
    ("Officials spoke yesterday.", "2024-11-04", "day"),
    ("The strike happened two days ago.", "2024-11-03", "day"),
])
def test_time_expressions_resolve_against_the_anchor(text, iso, precision):
    found = find_times(text, TUESDAY)
    assert [(t.when.iso(), t.when.precision) for t in found][:1] == [(iso, precision)]


def test_future_months_and_weekdays_point_forward():
    found = find_times("The chair will pass to France in December and talks will resume on Friday.", TUESDAY)
    assert [t.when.iso() for t in found] == ["2024-12", "2024-11-08"]


def test_until_is_an_end_not_a_start():
    (t,) = find_times("Britain holds the post until the end of November.", TUESDAY)
    assert (t.role, t.when.iso()) == ("until", "2024-11")


def test_time_stamp_lines():
    assert parse_timestamp("5 November 2024 10:32 GMT") == date(2024, 11, 5)
    assert parse_timestamp("Monday 4 November 2024") == date(2024, 11, 4)
    assert parse_timestamp("Kyiv said on Monday that it had advanced") is None


def test_an_iso_time_stamp_line_is_read_year_month_day():
    from kg.timex import parse_timestamp

    assert parse_timestamp("2025-03-11") == date(2025, 3, 11)
    assert parse_timestamp("11 March 2025 09:15 GMT") == date(2025, 3, 11)


def test_last_month_names_nights_ago_and_a_records_baseline():
    anchor = date(2024, 9, 11)
    assert [(t.role, t.when.iso()) for t in find_times("Fines have grown since last July.", anchor)] == [("since", "2024-07")]
    assert [t.when.iso() for t in find_times("The drones came a couple of nights ago.", anchor)] == ["2024-09-09"]
    assert find_times("It was the heaviest shelling of the city since 2016.", anchor) == []
    assert [t.when.iso() for t in find_times("Troops have held the pass since 2016.", anchor)] == ["2016"]
    assert [t.when.iso() for t in find_times("Protests have gone on since 2019.", anchor)] == ["2019"]


def test_since_a_day_of_a_month_keeps_the_day():
    anchor = date(2025, 6, 16)
    assert [(t.role, t.when.iso(), t.when.precision) for t in find_times("Fighting has gone on since May 10, officials said.", anchor)] \
        == [("since", "2025-05-10", "day")]
    assert [(t.role, t.when.iso()) for t in find_times("Shelling resumed since 3 December.", anchor)] == [("since", "2024-12-03")]


def test_an_event_named_by_its_year_dates_the_sentence_but_a_year_as_a_modifier_does_not():
    anchor = date(2024, 12, 9)
    assert [(t.when.iso(), t.when.precision) for t in find_times("The hills were taken in the 1973 war.", anchor)] == [("1973", "year")]
    assert [t.when.iso() for t in find_times("He lost during the 2019 presidential election.", anchor)] == ["2019"]
    assert find_times("The line was drawn by a 1949 armistice deal.", anchor) == []


def test_a_holiday_is_its_day_shortly_after_it_and_undated_later():
    assert [(t.when.iso(), t.when.precision) for t in find_times("The Christmas Day strikes hit the grid.", date(2024, 12, 27))] \
        == [("2024-12-25", "day")]
    assert [t.when.iso() for t in find_times("Talks resumed on New Year's Day.", date(2025, 1, 3))] == ["2025-01-01"]
    assert find_times("A Christmas Day truce was discussed.", date(2024, 11, 5)) == []


@pytest.mark.parametrize("text, expected", [
    # a wire dateline dates the filing: "on Monday" counts back from it, and it dates nothing itself
    ("CAIRO, Egypt, Oct 30 (AP): The two ministers spoke on Monday about the border.", ["2024-10-28"]),
    ("Lagos, Nov 1 (Reuters) Nigeria recalled its envoy on Thursday.", ["2024-10-31"]),
    ("OSLO, 30 October 2024: Norway pledged more aid.", []),
    ("VIENNA, Oct. 29. /APA/. Austria summoned the ambassador.", []),
    ("Weeks after the October 7 attack, Israel struck Gaza.", ["2024-10-07"]),  # no dateline
])
def test_a_wire_dateline_anchors_weekdays_and_dates_nothing_itself(text, expected):
    assert [t.when.iso() for t in find_times(text, TUESDAY)] == expected


@pytest.mark.parametrize("text, filed", [
    ("CAIRO, Egypt, Oct 30 (AP): The two ministers spoke about the border.", "2024-10-30"),
    ("BEIJING, April 26 (Reuters) - China said it would respond.", "2024-04-26"),
    ("UNITED NATIONS, Nov 4 — The council met.", "2024-11-04"),
    # a weekday or a title before a date is no dateline
    ("Tuesday, Oct 29 - Germany sent tanks to Ukraine.", None),
    ("President Biden, Oct 29: the United States condemned the strike.", None),
])
def test_a_dateline_gives_the_day_the_report_was_filed(text, filed):
    end, day = read_dateline(text, TUESDAY)
    assert (day.iso() if day else None) == filed and (end > 0) == (filed is not None)


def test_a_weekday_before_its_date_is_that_date():
    found = find_times("On Tuesday, October 29, 2024, the envoys met; on Friday, 1 November 2024, they signed.", TUESDAY)
    assert [(t.text, t.when.iso()) for t in found] == [
        ("On Tuesday, October 29, 2024", "2024-10-29"), ("on Friday, 1 November 2024", "2024-11-01")]


@pytest.mark.parametrize("text, dated", [
    # a war a statement is set in dates it; a war a parade or an anniversary remembers does not
    ("The village was destroyed during World War II.", True),
    ("Kim watched the World War II anniversary parade in Beijing.", False),
    ("Leaders marked the 80th anniversary of the end of World War II.", False),
])
def test_a_remembered_war_is_no_time(text, dated):
    assert bool(find_times(text, TUESDAY)) == dated


@pytest.mark.parametrize("text", [
    "The president hosted his guest from March 3rd to 6th, 2023, in the capital.",
    "The talks ran from 3 to 6 March 2023 in Geneva.",
    "The summit took place on March 3-6, 2023.",
])
def test_a_span_of_days_is_dated_by_its_first_day_in_its_own_year(text):
    assert [(t.when.iso(), t.when.precision) for t in find_times(text, TUESDAY)] == [("2023-03-03", "day")]


def test_this_week_is_dated_by_the_news_day_and_last_week_by_its_month():
    assert [(t.when.iso(), t.when.precision) for t in find_times("The envoys met earlier this week in Doha.", TUESDAY)] == [(TUESDAY.isoformat(), "day")]
    assert [t.when.precision for t in find_times("The envoys met last week in Doha.", TUESDAY)] == ["month"]
