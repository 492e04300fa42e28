"""Time expressions → dates with a precision, anchored on the entry's or the article's date.

Precision follows Wikidata's: day (11), month (10), year (9). "In 2024" is the year 2024,
not 1 January 2024; "on Monday" is the Monday on or before the anchor date.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil import parser as dateutil_parser

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "a few": 3, "a couple of": 2}

MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?P<year>(?:19|20)\d\d)"
# "on Tuesday, October 29, 2024" is one day, not a Tuesday and a date
ANY_WEEKDAY = WEEKDAY.replace("(?P<weekday>", "(?:")
NAMED_DAY = r"(?:(?:on )?" + ANY_WEEKDAY + r",? )?"
DAY_SPAN = r"(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?"

# (name, pattern); the first pattern that matches a span wins, so longer forms come first.
PATTERNS = [
    ("iso", rf"\b(?P<iso>{YEAR}-(?P<m>\d\d)-(?P<d>\d\d))\b"),
    # a span of days is dated by its first: "from 18 to 21 November 2024", "November 18th to 21st, 2024"
    ("day_month_year", rf"\b{NAMED_DAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{DAY_SPAN} {MONTH},? {YEAR}\b"),
    ("month_day_year", rf"\b{NAMED_DAY}{MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?{DAY_SPAN},? {YEAR}\b"),
    ("until_end", rf"\buntil (?:the )?end of {MONTH}(?: {YEAR})?"),
    ("since_day", rf"\bsince (?:{MONTH} (?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}}) {MONTH.replace('month>', 'month2>')})(?:st|nd|rd|th)?\b(?!,? \d)"),
    ("since_month", rf"\bsince {MONTH}(?: {YEAR})?\b"),
    ("day_month", rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {MONTH}\b"),
    ("month_day", rf"\b{MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d)"),
    ("month_year", rf"\b{MONTH},? {YEAR}\b"),
    ("in_month", rf"\b(?:in|during|since|by|from|early|late|mid|mid-|end of|beginning of|since last|last) (?:early |late |mid-)?{MONTH}\b(?! \d)"),
    ("weekday", rf"\b(?P<mod>last |this |next |on |since |by )?{WEEKDAY}(?P<part> (?:morning|afternoon|evening|night))?(?:[’']s)?\b"),
    ("yesterday", r"\b(?:yesterday|last night|a day earlier|the previous day)\b|\bthe day before(?=\s*[,.;])"),
    # "… invaded in 2022 and now controls 18% of it": what holds now holds on the page's day
    ("today", r"\b(?:today|tonight|this (?:morning|afternoon|evening)|(?<!until )(?<!by )(?<!from )(?:now|currently)(?= (?:controls|holds|occupies|has|is|are)\b))\b"),
    ("ago", r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a couple of|a few) (?P<unit>day|night|week|month|year)s? ago\b"),
    ("last_unit", r"\b(?P<mod>last|this|next|earlier this|later this|past) (?P<unit>week|month|year)\b"),
    ("in_year", rf"\b(?:in|since|during|by|from|of|early|late|mid-) {YEAR}\b"),
    # "in the 1967 war", "during the 2020 election": an event named by its year
    ("year_event", rf"\b(?:in|since|during) the {YEAR}(?= (?:[\w-]+ )?(?:war|conflict|elections?|vote|invasion|offensive|campaign|crisis|"
                rf"summit|revolution|coup|uprising|referendum|talks|games|olympics)\b)"),
    ("holiday", r"\b(?P<holiday>Christmas Day|Christmas Eve|New Year['’]s Day|New Year['’]s Eve)\b"),
    # (not the war a parade or an anniversary remembers: "the 80th anniversary of the end of World War II")
    ("era", r"\b(?:during|in|since|after|before)? ?(?:the )?(?<!end of the )(?<!end of )(?<!anniversary of the )(?<!anniversary of )"
            r"(?P<era>(?:First|Second) World War|World War (?:I{1,2}|One|Two|1|2)|Cold War|Soviet era)\b"
            r"(?!\s+(?:anniversary|memorial|commemorations?|parade|veterans?|victory)\b)"),
]
# Days named by a fixed date: (month, day)
HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31)}
# Named periods a statement may be set in, by their first year ("invaded during World War II").
ERAS = {"first world war": 1914, "world war i": 1914, "world war one": 1914, "world war 1": 1914,
        "second world war": 1939, "world war ii": 1939, "world war two": 1939, "world war 2": 1939,
        "cold war": 1947, "soviet era": 1922}
# A sentence with none of these has no time expression (a cheap test before TIME_RE): a digit, a month's
# name, a word of time, or a word ending in "day" or "days" (weekdays, "today", "the day before", "two days ago").
TIME_HINT = re.compile(r"\d|days?\b|\b(?:ago|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|morning|afternoon|evening|night|"
                       r"week|month|year|christmas|new year|world war|cold war|soviet era|now|currently)", re.IGNORECASE)
TIME_RE = re.compile("|".join(f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in PATTERNS), re.IGNORECASE)
# "the deadliest raid since 2000": a record's baseline, not when the event happened.
SUPERLATIVE = re.compile(r"\b(?:deadliest|bloodiest|biggest|largest|heaviest|fiercest|strongest|greatest|highest|lowest|longest|"
                         r"worst|first|most\s+\w+)\b[^,;.]{0,50}$", re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|shall|next|due to|set to|plans? to|expected to|scheduled)\b", re.IGNORECASE)
ANY_MONTH = MONTH.replace("(?P<month>", "(?:")
# A wire report's dateline ("RABAT, Morocco, Oct 29 (AP) —", "Dhaka, Mar 29 (PTI)", "MOSCOW, July 1. /TASS/."):
# its day is when the report was filed, not when anything in it happened, and the day its
# "on Monday" is counted from (see read_dateline).
DATELINE = re.compile(
    r"\W*(?!(?:" + ANY_WEEKDAY + r"|President|Prime|Minister|King|Queen|Chancellor|Secretary|General|Mr|Mrs|Ms|Dr|Sir)\b)"
    r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?[,.] "
    rf"(?P<date>(?:{ANY_MONTH} \d{{1,2}}|\d{{1,2}} {ANY_MONTH})(?:,? (?:19|20)\d\d)?)\.?,?"
    r"\s*(?:\([A-Za-z/ .-]{1,30}\)\s*[-–—:]?|/[A-Z]+/\.?|[-–—:])-?\s*")


@dataclass(frozen=True)
class When:
    """A point in valid time: a day and how much of it is known."""

    day: date
    precision: str  # day | month | year
    source: str  # explicit | relative | entry | published

    def iso(self) -> str:
        return self.day.isoformat()[: {"day": 10, "month": 7, "year": 4}[self.precision]]


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    when: When
    role: str = "at"  # at | since | until


def _month_in_past(month: int, anchor: date, year: int | None, future: bool = False) -> date:
    """The named month's first day: the given year, else the latest one not after the anchor
    (the next one from the anchor on, when the sentence speaks of the future)."""
    if year is None:
        if future:
            year = anchor.year if month >= anchor.month else anchor.year + 1
        else:
            year = anchor.year if month <= anchor.month else anchor.year - 1
    return date(year, month, 1)


def _weekday_before(weekday: int, anchor: date, mod: str) -> date:
    if mod == "next":
        return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    back = (anchor.weekday() - weekday) % 7
    if mod == "last" and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def _months_back(anchor: date, n: int) -> date:
    y, m = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
    return date(y, m + 1, 1)


def _resolve(kind: str, g: dict, anchor: date, future: bool) -> tuple[When, str] | None:
    def get(name):
        return g.get(f"{kind}_{name}")

    month = MONTHS.get((get("month") or "").lower().rstrip("."))
    year = int(get("year")) if get("year") else None
    if kind == "iso":
        return When(date(int(get("year")), int(get("m")), int(get("d"))), "day", "explicit"), "at"
    if kind in ("day_month_year", "month_day_year"):
        return When(date(year, month, int(get("day"))), "day", "explicit"), "at"
    if kind == "since_day":
        month = MONTHS[(get("month") or get("month2")).lower().rstrip(".")]
        day = date(anchor.year, month, int(get("day") or get("day2")))
        return When(day if day <= anchor else day.replace(year=anchor.year - 1), "day", "relative"), "since"
    if kind in ("day_month", "month_day"):
        day = date(anchor.year, month, int(get("day")))
        if day > anchor + timedelta(days=31):
            day = day.replace(year=anchor.year - 1)
        return When(day, "day", "relative"), "at"
    if kind == "until_end":
        return When(_month_in_past(month, anchor, year) if year else date(anchor.year, month, 1), "month", "relative"), "until"
    if kind == "since_month":
        return When(_month_in_past(month, anchor, year), "month", "relative" if year is None else "explicit"), "since"
    if kind == "month_year":
        return When(date(year, month, 1), "month", "explicit"), "at"
    if kind == "in_month":
        return When(_month_in_past(month, anchor, None, future), "month", "relative"), "since" if g[kind].lower().startswith("since") else "at"
    if kind == "weekday":
        mod = (get("mod") or "").strip().lower()
        if future and mod in ("", "on", "by"):
            mod = "next"
        return When(_weekday_before(WEEKDAYS[get("weekday").lower()], anchor, mod), "day", "relative"), "since" if mod == "since" else "at"
    if kind == "yesterday":
        return When(anchor - timedelta(days=1), "day", "relative"), "at"
    if kind == "today":
        return When(anchor, "day", "relative"), "at"
    if kind == "ago":
        raw = get("n").lower()
        n = int(raw) if raw.isdigit() else NUMBERS[raw]
        unit = get("unit").lower()
        if unit in ("day", "night"):
            return When(anchor - timedelta(days=n), "day", "relative"), "at"
        if unit == "week":
            return When(anchor - timedelta(weeks=n), "month", "relative"), "at"
        if unit == "month":
            return When(_months_back(anchor, n), "month", "relative"), "at"
        return When(date(anchor.year - n, 1, 1), "year", "relative"), "at"
    if kind == "last_unit":
        mod, unit = get("mod").lower(), get("unit").lower()
        step = {"last": -1, "past": -1, "next": 1}.get(mod, 0)
        if unit == "year":
            return When(date(anchor.year + step, 1, 1), "year", "relative"), "at"
        if unit == "month":
            return When(_months_back(anchor, -step), "month", "relative"), "at"
        if unit == "week" and mod in ("this", "earlier this"):
            return When(anchor, "day", "relative"), "at"  # "this week": its day untold, the news's day stands for it, as for an undated act
        return When(anchor + timedelta(weeks=step), "month", "relative"), "at"
    if kind in ("in_year", "year_event"):
        role = "since" if g[kind].lower().startswith("since") else "at"
        return When(date(year, 1, 1), "year", "explicit"), role
    if kind == "holiday":
        month, day = HOLIDAYS[get("holiday").lower().replace("’", "'")]
        when = date(anchor.year, month, day)
        when = when if when <= anchor else when.replace(year=anchor.year - 1)
        return (When(when, "day", "relative"), "at") if (anchor - when).days <= 31 else None  # a month on, which year is unclear
    if kind == "era":
        return When(date(ERAS[" ".join(get("era").lower().split())], 1, 1), "year", "explicit"), "at"
    return None


def find_times(sentence: str, anchor: date) -> list[TimeExpression]:
    """Time expressions in a sentence, resolved against the anchor date.

    >>> [t.when.iso() for t in find_times("Kyiv said on Monday it had held the town since August.", date(2024, 11, 5))]
    ['2024-11-04', '2024-08']
    """
    if not TIME_HINT.search(sentence):
        return []  # most sentences name no time: skip the long pattern
    out = []
    dateline_end, filed = read_dateline(sentence, anchor)
    anchor = filed.day if filed else anchor
    for m in TIME_RE.finditer(sentence, dateline_end):
        kind = m.lastgroup
        try:
            future = bool(FUTURE.search(sentence, max(0, m.start() - 60), m.start()))
            resolved = _resolve(kind, m.groupdict(), anchor, future)
        except (ValueError, KeyError, TypeError):
            continue
        if resolved:
            when, role = resolved
            if role == "since" and SUPERLATIVE.search(sentence, max(0, m.start() - 60), m.start()):
                continue
            out.append(TimeExpression(m.start(), m.end(), m.group(0), when, role))
    return out


def read_dateline(sentence: str, anchor: date) -> tuple[int, When | None]:
    """Where a wire dateline opening the sentence ends (0 if there is none) and the day it
    gives, resolved against the anchor: the day the report was filed.

    >>> read_dateline("RABAT, Morocco, Oct 29 (AP) — The king met Macron.", date(2024, 11, 5))
    (30, When(day=datetime.date(2024, 10, 29), precision='day', source='relative'))
    """
    m = DATELINE.match(sentence)
    if m is None:
        return 0, None
    day = next(iter(find_times(m.group("date"), anchor)), None)
    return m.end(), day.when if day else None


STAMP_LINE = re.compile(
    r"^(?:(?:updated|posted|published)\s*:?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d)"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)


ISO_START = re.compile(r"\d{4}-\d\d-\d\d")


def parse_timestamp(line: str) -> date | None:
    """The date of a line that is only a time stamp ("5 November 2024 10:32 GMT"), else None."""
    if len(line) > 60 or not STAMP_LINE.match(line.strip()):
        return None
    iso = ISO_START.match(line.strip())
    if iso:  # dayfirst would read 2025-03-11 as 3 November
        return date.fromisoformat(iso.group(0))
    try:
        return dateutil_parser.parse(line, fuzzy=True, dayfirst=True).date()
    except (ValueError, OverflowError):
        return None
