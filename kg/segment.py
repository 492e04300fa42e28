"""Live-blog pages → entries (headline, own date) → sentences, with boilerplate dropped.

A live-blog arrives as flat text: headlines are short lines without closing punctuation,
entry time stamps stand on lines of their own, and the publisher's appeals (donations,
subscriptions, comment prompts, photo captions, by-lines) sit between the entries.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from kg.timex import parse_timestamp

# Paragraphs glued together when a page was flattened: "the difference.The Group …".
GLUED = re.compile(r"(?:(?<=[a-z][.!?])|(?<=[a-z][.!?]”)|(?<=[a-z]”[.!?]))(?=[A-Z][a-z])|(?<=[a-z][.!?])(?=“[A-Z])")  # (and "law.“The", "damage”.World")

# "… a complaint with the U.S. It also denounced …": initials of a state end a sentence before a word that opens one
STATE_INITIALS = re.compile(r"\b(?:U\.S|U\.K|U\.N|E\.U)\.$")
OPENER = re.compile(r"(?:It|He|She|They|We|The|This|That|These|Those|Its|His|Her|Their|But|However|In|On|At|After|Meanwhile|Earlier|Later)\b")

CLOCK_TIME = re.compile(r"\b[ap]\.m\.$")
DAY_OR_ZONE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:GMT|UTC|[A-Z]{1,3}T)\b")

# Sentence ends: . ! ? (with closing quotes) followed by space and a capital or an opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘(]?[A-Z0-9])")
ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Gov|Sen|Rep|Rev|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|Inc|Ltd|Co|Jr|Sr)|(?<!\bon )(?<!\bvia )(?<!\bto )(?<!\bfrom )(?<!\bat )\b[A-Z])\.$"
)

BOILERPLATE_CUE = re.compile(
    r"\byour (?:support|donation)\b|\bdonat(?:e|ion|ions)\b|\bsubscri(?:be|ption)\b|\bnewsletter\b"
    r"|\bsign up\b|\bbookmark\b|\bcommenting\b|\bpaywall|\bpremium\b|^comments?$|^(?:share|advertisement)$"
    r"|^(?:in pics?|in pictures|watch|listen|video|photo|pictured|gallery|read more|related|more)\s*:"
    # photo captions: "… (Photo by X / AFP)", "In this pool photograph …", "… on Wednesday. — AFP"
    r"|\((?:photo|photograph|image|picture|file photo)s?\b[^)]*\)\s*$|^in this (?:\w+ )?(?:photo|photograph|image|picture)\b"
    r"|[—–-]\s*(?:AFP|AP|Reuters|EPA|Getty Images)\s*$"
    r"|[.)]\s+/\s*(?:[^\s/]+\s+){0,3}[^\s/]*[^\s/.!?]$",  # a caption's credit after a slash: "… in Moscow. / Akorda.kz"
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(?:[A-Z][\w'’.-]+ ){1,3}reports?\.?$|^(?:By|Reporting by) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}\.?$")
# A wire dateline with no day opening a paragraph: "KYIV, Ukraine (AP) — ", "WASHINGTON (Reuters) -".
# (One with a day, "PARIS, Nov. 26 (Jiji Press)--", stays: the day dates the report; see kg.timex.DATELINE.)
DATELINE = re.compile(r"^[A-Z][\w.'’ -]{1,40}?(?<!\d)(?:,\s*[A-Z][\w.]*)?(?<!\d)\s*"
    r"\((?:AP|AFP|Reuters|dpa|Xinhua|TASS|Yonhap|Kyodo|Bloomberg|PTI|ANI|Interfax|Ukrinform|EFE|ANSA|[A-Z]{2,6}|[A-Z][\w .&'’-]{0,40})\)"
    r"\s*(?:--|[-—–:])\s*")
# A dateline of capitals and a dash, with no agency: "WASHINGTON — ", "KYIV, Ukraine -- "
CAPS_DATELINE = re.compile(r"^(?!(?:NATO|OPEC|IAEA|ASEAN|BRICS|ECOWAS|UNSC|AUKUS|QUAD|ISIS|ISIL|HAMAS|IRGC|CSTO|OSCE)\b)[A-Z]{3,}(?:[ .'’-][A-Z]{2,})*\.?(?:,\s*[A-Z][\w.]*)?\s*(?:--|[—–])\s*(?=[A-Z“\"])")
# A syndication credit opening a paragraph: "(MENAFN- Kuwait News Agency (KUNA)) ".
CREDIT = re.compile(r"^\((?:[^()]*\([A-Z]{2,6}\))?[^()]*(?:News|Press|Agency|Wire|MENAFN)[^()]*(?:\([A-Z]{2,6}\))?[^()]*\)\s*")
# "US" in capitals is the United States, not the reader and the publisher.
PUBLISHER_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|Us|[Yy]ou|[Yy]our)\b")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A key point of a list ("- Israel carries out strikes in Beirut"): a sentence even without a full stop.
BULLET = re.compile(r"^[-•*–▪●]\s+(?=\S)")
CLOSING = "\"'”’‘)"


@dataclass
class Entry:
    """One live-blog entry: its headline, its own date if the page gives one, its sentences."""

    headline: str | None = None
    day: date | None = None
    sentences: list[str] = field(default_factory=list)
    above: list[str] = field(default_factory=list)  # headlines with no text of their own just before it (a title over a standfirst)


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations such as "Mr." and "U.S." whole.

    >>> split_sentences("Mr. Kim left. He said “No.” Then he went home.")
    ['Mr. Kim left.', 'He said “No.”', 'Then he went home.']
    """
    out, start = [], 0
    for m in SENTENCE_END.finditer(paragraph):
        head = paragraph[start : m.start() + len(m.group(0).rstrip())].rstrip()
        if ABBREVIATIONS.search(head.rstrip(CLOSING)) and not (STATE_INITIALS.search(head) and OPENER.match(paragraph, m.end())):
            continue
        if CLOCK_TIME.search(head) and DAY_OR_ZONE.match(paragraph, m.end()):
            continue  # "around 10 p.m. Friday"
        out.append(head)
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in (x.strip() for x in out) if s]


def is_headline(line: str) -> bool:
    """A short line that does not end a sentence: a live-blog entry headline."""
    core = line.rstrip().rstrip(CLOSING)
    return bool(core) and core[-1] not in ".!?:;," and len(line.split()) <= 25


# Headlines drop articles and auxiliaries; a sentence cut off before its full stop keeps them.
SENTENCE_WORD = re.compile(r"\b(?:the|a|an|was|were|had|has|have|is|are|would|will)\b")


def is_cut_sentence(line: str) -> bool:
    """A long line that stops mid-word or mid-clause yet reads as running text: "… Trump explained why the US moved onl"."""
    return len(line.split()) >= 12 and line[-1].isalpha() and len(SENTENCE_WORD.findall(line)) >= 2


def is_boilerplate(line: str) -> bool:
    return bool(BOILERPLATE_CUE.search(line) or BYLINE.match(line))


def speaks_to_reader(line: str) -> bool:
    """The publisher addressing the reader (we, our, you) outside quotation marks."""
    return bool(PUBLISHER_VOICE.search(QUOTED.sub("", line)))


def segment(text: str) -> list[Entry]:
    """Split an article into entries; the first entry holds any text before the first headline.

    >>> [e.headline for e in segment("Allies meet in Rome\\nThe talks began. They ended.\\nNext story here\\nIt rained.")]
    ['Allies meet in Rome', 'Next story here']
    """
    entries = [Entry()]
    in_appeal = False
    lines = [CAPS_DATELINE.sub("", DATELINE.sub("", CREDIT.sub("", part.strip()))) for line in text.split("\n") for part in GLUED.split(line)]
    title = next((number for number, line in enumerate(lines) if line), None)
    for number, line in enumerate(lines):
        if not line:
            continue
        if is_boilerplate(line):
            in_appeal = True
            continue
        if in_appeal and speaks_to_reader(line):
            continue
        in_appeal = False
        stamp = parse_timestamp(line)
        if stamp is not None:
            if entries[-1].sentences or entries[-1].day:
                entries.append(Entry())
            entries[-1].day = stamp
            continue
        bullet = BULLET.match(line)
        if bullet:
            line = line[bullet.end():]
        if is_headline(line) and not (bullet and len(line.split()) > 3) and not (number != title and is_cut_sentence(line)):
            if entries[-1].sentences:
                entries.append(Entry())
            elif entries[-1].headline:
                entries[-1].above.append(entries[-1].headline)
            entries[-1].headline = line
            continue
        entries[-1].sentences.extend(split_sentences(line))
    return [e for e in entries if e.sentences]
