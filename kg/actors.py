"""Actor recognition: mentions in text -> canonical actors.

One job: given a piece of text, say where it names a state, an organisation, an armed
group, a place or a person, and which canonical :class:`~kg.model.Actor` each mention
stands for.

Where the knowledge comes from
------------------------------
* **States** come from ``pycountry`` (ISO 3166-1): ``id`` is the alpha-3 code, aliases are
  pycountry's name, official name and common name (inverted forms such as
  "Korea, Republic of" are turned round into "Republic of Korea").  Alpha-2/alpha-3
  codes are *not* matched in general ("IN", "IT", "AT", "CAN" are English words); only
  abbreviations that news really uses (US, UK, UAE, DPRK, ROK, PRC, USA ...) are listed,
  as case-sensitive aliases, in the project table.
* **Project data** ``schemas/actors.csv`` holds only what no library has: the short names
  news uses ("Russia" rather than "Russian Federation"), demonyms ("North Korean"),
  capitals and seats of government used as metonyms ("Pyongyang", "Kremlin",
  "Downing Street"), organisations with their members, armed groups, a few places, a
  few well-known persons with their role and affiliation.
* **Cities** no list has come from GeoNames (:mod:`kg.places`), where a word before them places
  them ("a missile hit a hospital in Dnipro"); they are places in their state.
* **Persons not in any list** are recognised from context: a title before a name
  ("South Korean defence minister Kim Yong Hyun"), a role appositive ("the EU's foreign
  policy chief, Josep Borrell,") or a role after a name ("Stephane Dujarric, the UN
  chief's spokesperson").  Their affiliation comes from the demonym, possessive or
  organisation before the role.  Later references by surname ("Baerbock said",
  "Mr Guterres") resolve to the same person within one call of :meth:`Gazetteer.find`.

Matching
--------
All listed surface forms are compiled into ONE regular expression, shaped as a
character trie (so the engine never tries thousands of alternatives at each position)
and ordered so that the longest alias wins ("Papua New Guinea" before "Guinea",
"Democratic People's Republic of Korea" before "Korea").  Matching is case-sensitive:
"US" is the United States, "us" is not.  Apostrophes ' ’ ‘ are interchangeable.
A few *blockers* ("New Mexico", "Latin America", "Indian Ocean", "Washington Post" ...)
are matched like aliases and then dropped, so that the shorter alias inside them does
not fire.

>>> g = default_gazetteer()
>>> [(m.text, m.actor.id, m.kind) for m in g.find("Pyongyang’s troops faced US-made rockets.")]
[('Pyongyang', 'PRK', 'metonym'), ('US-made', 'USA', 'demonym')]
>>> m = g.find("German foreign minister Annalena Baerbock visited Kyiv.")[1]
>>> (m.text, m.actor.id, m.kind, m.role, m.affiliation.id)
('Annalena Baerbock', 'annalena-baerbock', 'person', 'foreign minister', 'DEU')
>>> g.lookup("DPRK").name
'North Korea'
"""

from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import pycountry

from kg.model import Actor
from kg.places import city_id, city_state, find_cities
from kg.paths import SCHEMAS_DIR
from kg.relations import NAME_CLOSED, OPENING_PHRASE_BEFORE_TITLE

__all__ = ["Mention", "Gazetteer", "default_gazetteer", "person_id"]

ACTORS_CSV = SCHEMAS_DIR / "actors.csv"

KINDS = ("name", "demonym", "metonym", "person", "role")

# ---------------------------------------------------------------------------------------
# Public value object
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One mention of an actor in a text.

    ``start``/``end`` are character offsets into the text given to
    :meth:`Gazetteer.find`; ``text`` is ``text[start:end]`` and never includes a
    possessive suffix.  ``kind`` is one of

    * ``name``    – a name, short name or abbreviation ("North Korea", "DPRK", "NATO");
    * ``demonym`` – an adjective or demonym ("North Korean", "Russians", "US-made");
    * ``metonym`` – a capital or seat standing for its state ("Kremlin", "Seoul");
    * ``person``  – a person, by full name or by surname;
    * ``role``    – a title with no name after it ("the US president", "UN chief",
      "the Secretary-General"): ``actor`` is the person holding it when this text
      already named them, otherwise the state or organisation the role belongs to
      (which is then also given as a separate mention just before).

    ``role`` and ``affiliation`` are filled for persons (and role mentions): the role
    as written, normalised ("defence minister", "former prosecutor general"), and the
    state or organisation the person acts for, taken from the text when it says so,
    else from the project data.  For places ``affiliation`` is the state they lie in.
    """

    start: int
    end: int
    text: str
    actor: Actor
    kind: str
    role: str | None = None
    affiliation: Actor | None = None


# ---------------------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------------------

APOSTROPHES = "'’‘ʼ"
_APOS_CLASS = "['’‘ʼ]"
_APOS_TRANS = str.maketrans({c: "'" for c in APOSTROPHES})

# Letters that NFKD does not decompose into an ASCII base letter.
_ASCII_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"}
)


def _norm_apos(s: str) -> str:
    return s.translate(_APOS_TRANS)


def ascii_fold(s: str) -> str:
    """'Erdoğan' -> 'Erdogan', 'Chișinău' -> 'Chisinau' (letters without an ASCII base
    such as Cyrillic are dropped)."""
    s = unicodedata.normalize("NFKD", s.translate(_ASCII_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def person_id(name: str) -> str:
    """Kebab-case ASCII id of a person's full name: 'Recep Tayyip Erdoğan' ->
    'recep-tayyip-erdogan'.  Names with no Latin letters get a stable hash id."""
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(name).lower()).strip("-")
    if slug:
        return slug
    import hashlib

    return "person-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def new_person(name: str) -> Actor:
    """A person no actor table lists, known by the full name and by the surname the text
    refers back with: ``new_person("Mohd Muizzu").aliases == ("Muizzu",)``."""
    return Actor(id=person_id(name), name=name, type="person", aliases=tuple(_surname_keys(name)))


def _upper_class() -> str:
    """A character class of every upper-case letter below U+2000 (Latin, Greek,
    Cyrillic ...), since ``re`` has no \\p{Lu}."""
    ranges, start, prev = [], None, None
    for i in range(0x2000):
        if chr(i).isupper():
            if start is None:
                start = prev = i
            elif i == prev + 1:
                prev = i
            else:
                ranges.append((start, prev))
                start = prev = i
    ranges.append((start, prev))
    parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges]
    return "[" + "".join(parts) + "]"


_UP = _upper_class()
_LET = r"[^\W\d_]"  # any letter

# ---------------------------------------------------------------------------------------
# Project tables that are rules rather than data
# ---------------------------------------------------------------------------------------

# pycountry entries that are not sovereign states: typed "place". (The Cook Islands and Niue, in free
# association with New Zealand, make their own treaties and receive leaders: states here.)
_TERRITORIES = frozenset(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK CUW CXR CYM FLK FRO GGY GIB GLP GRL "
    "GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK PCN PRI PYF REU SGS "
    "SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF ESH".split()
)

# pycountry-derived surface forms never to match (ambiguous or misleading).
_EXCLUDED_SURFACES = frozenset(
    {
        "Jersey",  # New Jersey, a jersey
        "Taiwan, Province of China",
        "Province of China Taiwan",
        "Korea",
    }
)

# Phrases that contain an alias but do not mean that actor: matched, then dropped.
_BLOCKERS = (
    "New Mexico", "New Jersey", "New Guinea", "New England", "New South Wales",
    "Latin America", "South America", "North America", "Central America",
    "Latin American", "South American", "North American", "Central American",
    "Latin Americans", "South Americans", "North Americans", "Central Americans",
    "Native American", "Native Americans", "American Indian", "American Indians",
    "Indian Ocean", "West Indian", "West Indies", "British Columbia",
    "Washington Post", "Washington Times", "Washington state", "Washington State",
    "George Washington", "Paris Agreement", "Paris agreement", "Gulf of Mexico",
    "Chinese Taipei Olympic", "Jordan River", "Georgia Meloni",
    "Kim Jong Il", "Kim Jong-il", "Kim Il Sung", "Kim Il-sung", "Pathet Lao",
)

# An ``X-made`` / ``X-backed`` compound is a demonym-like use of X.
_COMPOUND_SUFFIX = re.compile(
    r"-(?:made|built|supplied|produced|manufactured|designed|backed|led|funded|sponsored|"
    r"brokered|controlled|occupied|annexed|allied|friendly|aligned|held)\b"
)

# A bare alias that belongs to another state when a state precedes it
# ("Russia's Security Council" is not the UN's).
_NEEDS_NO_STATE_BEFORE = frozenset({"Security Council"})
NATIONAL_BEFORE = re.compile(r"\b(?:National|Supreme|State|Federal)\s+$")  # "the National Security Council" is a state's


def _demonym_plural(d: str) -> list[str]:
    """'Russian' -> ['Russian', 'Russians'], 'Iraqi' -> [.., 'Iraqis']; others unchanged
    (irregular plurals are listed in the CSV)."""
    if d.endswith("an") or d.endswith("i"):
        return [d, d + "s"]
    return [d]


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split(";") if p.strip()]


def _pycountry_names(c) -> list[str]:
    """Surface forms of one pycountry record, commas turned round:
    'Korea, Democratic People's Republic of' -> 'Democratic People's Republic of Korea'."""
    out = []
    for attr in ("name", "official_name", "common_name"):
        v = getattr(c, attr, None)
        if not v:
            continue
        if v.startswith("the "):
            v = v[4:]
        if ", " in v:
            head, tail = v.split(", ", 1)
            if tail.endswith(" of") or tail.endswith(" of the"):
                tail = tail[0].upper() + tail[1:]
                v = f"{tail} {head}"
                if v.startswith("The "):
                    v = v[4:]
            else:
                continue
        if "(" in v:
            continue
        out.append(v)
    name = getattr(c, "name", "")
    if name and c.alpha_3 != "CHN" and "," not in name and "(" not in name and "Republic" not in name:
        out.append(f"Republic of {name}")  # formal style of official statements: "the Republic of Rwanda"
    return out


# ---------------------------------------------------------------------------------------
# Trie regex
# ---------------------------------------------------------------------------------------


def _trie_regex(words) -> str:
    """A regex matching exactly ``words`` (longest first), shaped as a character trie.

    ``'`` in a word matches any apostrophe.  The result is wrapped in word boundaries."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def atom(ch: str) -> str:
        return _APOS_CLASS if ch == "'" else re.escape(ch)

    def build(node: dict) -> str:
        terminal = "" in node
        keys = sorted(k for k in node if k)
        alts = []
        # Collapse straight chains for a shorter pattern.
        for k in keys:
            chain, child = atom(k), node[k]
            while len(child) == 1 and "" not in child:
                (k2,) = child.keys()
                chain += atom(k2)
                child = child[k2]
            rest = build(child)
            alts.append(chain + rest)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if terminal:
            # Greedy optional: the longer continuation is tried first.
            return "(?:" + body + ")?"
        return body

    return r"(?<!\w)" + build(trie) + r"(?!\w)"


# ---------------------------------------------------------------------------------------
# Roles and person names
# ---------------------------------------------------------------------------------------

_ROLE_HEADS = sorted(
    [
        "prime minister", "minister", "president-elect", "president", "vice president",
        "vice-president", "premier", "chancellor", "taoiseach", "secretary general", "secretary-general", "general secretary",
        "secretary of state", "secretary", "under-secretary", "spokesperson", "spokesman",
        "spokeswoman", "press secretary", "ambassador", "envoy", "diplomat", "chief",
        "leader", "supreme leader", "ruler", "boss", "strongman", "king", "queen", "crown prince", "prince", "emir",
        "sheikh", "sultan", "general", "lieutenant general", "major general",
        "brigadier general", "brigadier", "colonel", "lieutenant colonel", "captain", "admiral",
        "commander", "commander-in-chief", "marshal", "field marshal", "senator", "congressman", "congresswoman", "governor", "mayor",
        "speaker", "lawmaker", "prosecutor general", "prosecutor", "attorney general", "chief justice", "justice", "judge",
        "chief of army staff", "chief of the army staff", "chief of defence staff", "chief of defense staff",
        "director general", "director-general", "director", "head", "chairman",
        "chairwoman", "chair", "commissioner", "high representative", "representative",
        "official", "adviser", "advisor", "aide", "negotiator", "ayatollah", "pope", "patriarch",
        "chief of staff", "opposition leader", "MP", "FM", "PM", "counterpart", "candidate", "nominee",
    ],
    key=len,
    reverse=True,
)
_ROLE_MODS = (
    "former", "acting", "interim", "caretaker", "outgoing", "incoming", "then", "deputy",
    "vice", "first", "senior", "top", "permanent", "visiting", "state", "special", "chief",
)
_ROLE_PORTFOLIOS = sorted(
    [
        "defence", "defense", "foreign", "foreign affairs", "interior", "home", "finance",
        "economy", "trade", "energy", "health", "justice", "intelligence", "military",
        "security", "national security", "foreign policy", "press", "prime", "army", "spy",
        "navy", "armed forces", "opposition", "party", "presidential", "government", "cabinet",
        "treasury", "commerce", "agriculture", "education", "transport", "homeland security", "labour", "labor",
        "environment", "industry", "information", "development", "culture", "tourism", "immigration",
    ],
    key=len,
    reverse=True,
)
# Roles that make no role mention without a name: a candidate acts for no state
_NAMED_ONLY = frozenset({"candidate", "nominee"})
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_PREDICATIVE_BEFORE = re.compile(r"\b(?i:become|became|becomes|as|is|was|named|elected|appointed)\s+the\s+$")  # "has become the president": a role taken
_DEFINITE_BEFORE = re.compile(r"\b(?i:the)\s+(?:[\w-]+\s+){0,2}$")  # "the Indian …", "the visiting Indian …"
_KEEP_MODS = {"former", "acting", "interim", "deputy", "vice", "first", "outgoing", "incoming", "special"}

_TITLE = (
    r"(?i:(?P<mods>(?:(?:" + "|".join(_ROLE_MODS) + r")[ -])*)"
    r"(?P<port>(?:(?:" + "|".join(map(re.escape, _ROLE_PORTFOLIOS)) + r")\s+)?)"
    r"(?P<head>" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _ROLE_HEADS) + r"))(?!\w)"
)
# A capitalised name word ("Jong-un", "O'Brien") or an initial ("W.").
_TOKEN = (r"(?:" + _UP + r"\.(?=\s)|" + _UP + _LET + r"*(?:-" + _LET + r"+|" + _APOS_CLASS + _UP + _LET + r"*)*"
          r"|(?:al|el|ad|as|ash|at|az|an|ar|ibn|bin|abu|ul)-" + _UP + _LET + r"*)")  # … "al-Sharaa"
_PARTICLE = r"(?:von|van|der|den|de|del|da|dos|du|la|le|bin|ibn|al|el|ben)"
_NAME = _TOKEN + r"(?:\s+(?:" + _PARTICLE + r"\s+)*" + _TOKEN + r"){0,3}"

# Religious and military forms of address, not part of the name ("Ayatollah Ali Khamenei").
ADDRESS = r"(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)|H\.\s?E\.?|H\.\s?H\.?|HRH|H\.R\.H\.)"  # "His Excellency", "H.E."
HONORIFIC = (r"(?:(?:" + ADDRESS + r"\s+)?(?:Ayatollah|Grand Ayatollah|Sheikh|Crown Prince|Prince(?!\s+Edward\s+Island)|Princess|Imam|Rabbi|Cardinal|Patriarch|Metropolitan|Professor|Prof\.|Dr\.?|Sir|Dame|Shri|Smt\.?|Shrimati|Datuk Seri|Dato['’]? Sri|Tan Sri|Datuk|Dato['’]?|Tun|Gen\.|(?:Lt|Maj|Brig)\.?\s+Gen\.?|Lt\.?\s+Col\.?|Adm\.|"
             r"(?:Lieutenant |Major |Brigadier )?General|(?:Lieutenant )?Colonel|Captain|Admiral|(?:Field )?Marshal)"
             r"|(?:(?:His|Her)\s+Excellency|H\.\s?E\.?|HRH|H\.R\.H\.)(?=\s+(?!(?:President|Prime|Vice|Deputy|Minister|Foreign|Ambassador|Secretary|Governor|Chairman|King|Queen|Emir|Sultan|Mr|Mrs|Ms|The)\b)(?-i:[A-Z])))")
# (a) title then name, (b) title then comma then name (appositive).
_TITLE_NAME_RE = re.compile(
    r"(?<!\w)" + _TITLE
    + r"(?P<tail>\s+(?:to|of|for|at|in)\s+(?:the\s+)?(?:(?:ruling|opposition|governing)\s+)?" + _TOKEN + r"(?:\s+" + _TOKEN + r")*)?"
    + r"(?P<comma>\s*,)?\s+(?:\d{1,3}-year-old\s+)?(?:" + HONORIFIC + r"\s+)?(?P<name>" + _NAME + r")"  # "candidate, 59-year-old Jose Antonio Kast"
)
_APPOSITIVE_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:said|says|told|who|has|had|was|is|will|would|and|also|on|in|expressed|spoke)\b"
)
# (c) name, the ... title
_NAME_ROLE_RE = re.compile(
    r"(?<!\w)(?P<name>" + _NAME + r"),\s+(?P<det>(?:the|a|an|his|her|their|its)\s+)?"
    r"(?P<desc>[^,.;:!?\n]{0,60}?)" + _TITLE
    + r"(?P<tail>\s+(?:to|of|for|at|in)\s+[^,.;:!?\n]{1,50}?)?"
    + r"(?=\s*[,.;:!?)”\"]|\s*$|\s+(?:who|said|says|told|and)\b)"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
_SMALL_WORDS = frozenset({"with", "from", "into", "over", "upon", "than", "that", "amid", "after", "about"})  # lower case in headline case too


def headline_case(text: str) -> bool:
    """A line in headline case (every long word capitalised, no full stop at the end): a capitalised
    word after a title is no name there ("Secretary General Reaffirms Support For Ukraine").

    >>> headline_case("Secretary General Reaffirms Security Through Strength And Support")
    True
    """
    words = [w for w in _WORD.findall(text) if w not in _SMALL_WORDS]
    return len(words) >= 5 and all(w[0].isupper() for w in words) and not text.rstrip().endswith(".")


_REBELS_AFTER = re.compile(r"\s+(?:(?:armed|main|exiled)\s+)?(?:rebels?|insurgents?|insurgency|dissidents?|separatists?|militants?|jihadists?|opposition(?!\s+(?:leaders?|chief|head|politicians?|lawmakers?|MPs?|candidates?)\b))\b", re.IGNORECASE)
_MILITARY_RANK_WORD = re.compile(r"\b(?:gen|general|col|colonel|captain|admiral|adm|marshal)\b")
_COURTESY_WORD = re.compile(r"Mr|Mrs|Ms|Dr|Shri|Smt|HRH|H\.R\.H|H\.H|H\.E")
_COMMON_SURNAMES = {"khan", "kim", "lee", "park", "choi", "wang", "li", "zhang", "liu", "chen", "singh", "kumar", "ali", "ahmed",
                    "mohamed", "mohammed", "hassan", "hussein", "nguyen", "tran", "smith", "jones", "brown", "garcia", "rodriguez", "shah",
                    "ibrahim", "abdullah", "ahmad", "hasan", "hussain", "ismail", "yusuf", "mahmoud", "mustafa", "osman", "salim"}  # (also given names)
_HONORIFIC_RE = re.compile(r"(?<!\w)(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?|" + HONORIFIC + r")\s+(?P<name>" + _NAME + r")")
_TITLE_ONLY_RE = re.compile(r"(?<!\w)" + _TITLE)
# no longer in office: "former", "the late", "the deposed", "the first President of X" (a founder, long ago)
_OUT_OF_OFFICE_BEFORE = re.compile(r"(?i)\b(?:former|ex-?|late|deposed|ousted|toppled|assassinated|slain|exiled|deceased|last|first|founding)\s*\S*\s*$"
                                   r"|\b(?:former|ex-?)\s+(?:(?-i:[A-Z])\S*\s+){1,3}$")  # "former Supreme Court Chief Justice X"
_OF_JUST_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")  # "the Atomic Energy Organization [of ]Iran"
_OWNER_BEFORE_BODY = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+)?")  # "France['s ]National Rally", "Turkey['s ruling ]AK Party"
_TO_JUST_BEFORE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)
# regions an envoy is sent to: "US special envoy to the Middle East Amos Hochstein"
REGIONS = (r"Middle East|Near East|Sahel|Horn of Africa|Great Lakes(?: [Rr]egion)?|Persian Gulf|Gulf|Western Balkans|Balkans|Indo-Pacific|"
            r"Latin America|Caribbean|Korean Peninsula|Red Sea|South Caucasus|Caucasus|Central Asia|Arctic")
_REGION_AFTER_TO = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:" + REGIONS + r")\s+[A-Z]")
_PORTFOLIO_NAMES = r"(?:Interior|Foreign Affairs|(?:National\s+)?Defen[cs]e|Finance|Justice|Health|Trade|Economy|Energy|Education|Agriculture)(?:\s+and\s+[A-Z][a-z]+)?"  # "Minister of the Interior (and Administration)"
_OF_PORTFOLIO = re.compile(r"\bof\s+(?:the\s+)?(?:" + _PORTFOLIO_NAMES + r")\s")
_TITLE_TO_NAME_RE = re.compile(r"(?<!\w)" + _TITLE + r"\s+(?:(?:to|for)\s+(?:the\s+)?(?:(?P<region>" + REGIONS + r")|(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?))"
                               r"|of\s+(?:the\s+)?(?P<portfolio>" + _PORTFOLIO_NAMES + r"))"
                               r"\s+(?:" + HONORIFIC + r"\s+)?(?P<name>" + _NAME + r")")
TITLE_OF_BEFORE = re.compile(r"(?<!\w)" + _TITLE + r"\s+of\s+(?:the\s+)?$")  # "the President of the ", "Emir of "
_NAME_AFTER = re.compile(r"\s+(?:" + HONORIFIC + r"\s+)?(?P<name>" + _NAME + r")")
_RANKS = {"general", "lieutenant general", "major general", "brigadier general", "brigadier", "colonel", "lieutenant colonel",
          "captain", "admiral", "commander", "marshal", "field marshal"}
_CHAMBER_BEFORE = re.compile(r"(?i)\b(?:council|assembly|parliament|senate|duma|chamber|congress|house)['’]?s?\s+$")
_PRESIDING = re.compile(r"president|chair(?:man|woman|person)?|head|speaker")
_HEAD_OF_STATE_ROLE = re.compile(r"(?:state\s+)?(?:president|prime minister|premier|chancellor|taoiseach|king|queen|emir|sultan)")
# "Singapore Prime Minister and Finance Minister Lawrence Wong": two titles, the state before the first
_TITLE_AND_BEFORE = re.compile(r"(?<!\w)" + _TITLE + r"\s+and\s+$")
_INITIAL_OR_SUFFIX = re.compile(r"[A-Z]\.?|Jr\.?|Sr\.?|II|III|IV")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[AaEe]l|[Aa][dnrstz]|[Aa]sh)-$")  # the Arabic article of a name: "Al-", "el-", "ash-"
_FORMER = re.compile(r"\b(?:former|ex|one-?time|erstwhile)\b", re.IGNORECASE)
_ROLE_WORDS = frozenset(w.casefold() for phrase in (*_ROLE_HEADS, *_ROLE_MODS, *_ROLE_PORTFOLIOS) for w in phrase.split())
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.’'-])(" + _UP + r"[a-z]{2,}(?:-" + _UP + r"?[a-z]+)?) $")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;“\"(]\s*|\n)\s*$")
_HONORIFIC_ONLY = re.compile(HONORIFIC)
_HONORIFIC_BEFORE = re.compile(r"(?<!\w)(?:" + HONORIFIC + r"|Mr|Mrs|Ms)\.?\s+$")
_SENTENCE_OPENERS = frozenset("""meanwhile later earlier then now also still yet instead separately similarly likewise moreover
    furthermore however nevertheless nonetheless thus hence indeed afterwards accordingly overall here there although though
    because unlike like asked speaking according despite amid following during whereas otherwise besides elsewhere""".split())
_ADDRESS_TITLES = ("Sir", "Dame", "Prince", "Princess", "Sheikh", "Sheikha", "King", "Queen", "Emir", "Sultan")
_GENERATION = re.compile(r"\s+Sr\.?$")  # "Joseph Nyuma Boakai Sr.": the father is named without it ("Jr." is part of a son's name)
_WORD_RE = re.compile(r"\S+")
_OF_ACTOR_RE = re.compile(r"\s+of\s+(?:the\s+)?")

_NOT_NAME = frozenset(
    """
    the a an and or but nor of in on at to for from with by as is are was were be been has
    have had will would can could may might must shall should not no this that these those
    it its he she they we i you his her their our my your who whom which what when where
    why how than then there here after before during while since until about over under
    into onto upon amid among against between through also just only even still yet both
    all any each every some many much more most such very
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december today yesterday tomorrow
    says said say tells told warns warned confirms confirmed confirm visits visited meets
    met calls called urges urged vows vowed wins won secures secured becomes became arrives
    arrived condemns condemned denies denied rejects rejected accuses accused signs signed
    announces announced claims claimed hails hailed praises praised slams blasts backs
    backed agrees agreed asks asked speaks spoke defeats defeated reports reported insists
    insisted adds added admits admitted
    assembly council staff commission ministry office department house court forces force
    army navy committee agency union nations party government parliament security defence
    defense affairs minister president chief general republic state states kingdom
    federation embassy administration cabinet coalition alliance command headquarters
    intelligence military troops service services group executive officer operating
    financial staff public secretariat directorate division bureau prime ambassador secretary vice
    """.split()
)
# "Slovakia's National Council speaker X": a chamber named between the state and the title
_CHAMBER_WORDS = frozenset({"national", "council", "assembly", "parliament", "federal", "state", "duma", "senate", "congress",
                            "supreme", "people's", "chamber", "upper", "lower", "house"})
# Words that may stand between an affiliation and a title ("the EU's new top envoy").
_SKIPPABLE_ADJECTIVES = frozenset(
    """new newly newly-elected top senior own current then late elected re-elected longtime long-serving
    embattled veteran powerful hardline influential visiting permanent former acting
    interim outgoing incoming chief deputy special""".split()
) | frozenset(  # the institution a title belongs to: "the Chinese Foreign Ministry spokesperson"
    """foreign defence defense interior finance trade ministry office department state
    government military army presidential""".split()
)
_EAST_ASIAN_SURNAMES = frozenset(
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Hong "
    "Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma "
    "Nguyen Tran Le Pham".split()
)

# ---------------------------------------------------------------------------------------
# The gazetteer
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    actor_id: str | None  # None: a blocker
    kind: str


class Gazetteer:
    """Canonical actors and the surface forms that name them.

    Build one with :func:`default_gazetteer` (pycountry + ``schemas/actors.csv``), or
    pass the tables directly (tests).  Instances are immutable after construction and
    safe to share; :meth:`find` keeps its per-text state (persons seen so far) local.
    """

    def __init__(
        self,
        actors: dict[str, Actor],
        surfaces: dict[str, _Entry],
        roles: dict[str, str] | None = None,
        affiliations: dict[str, str] | None = None,
        members: dict[str, tuple[str, ...]] | None = None,
    ):
        self._actors = dict(actors)
        self._surfaces = {_norm_apos(k): v for k, v in surfaces.items()}
        self._roles = dict(roles or {})
        self._affiliations = dict(affiliations or {})
        self._members = dict(members or {})
        self._regex = re.compile(_trie_regex(self._surfaces))
        lookup: dict[str, str] = {}
        for surface, e in self._surfaces.items():
            if e.actor_id:
                lookup.setdefault(surface.casefold(), e.actor_id)
        for a in self._actors.values():
            lookup.setdefault(a.id.casefold(), a.id)
            lookup.setdefault(_norm_apos(a.name).casefold(), a.id)
            lookup.setdefault(ascii_fold(a.name).casefold(), a.id)
            if a.wikidata:
                lookup.setdefault(a.wikidata.casefold(), a.id)
        self._lookup = lookup
        surnames: dict[str, set[str]] = {}
        for a in self._actors.values():
            if a.type == "person":  # the last word of the name and of each alias of two words or more ("William Lai": Lai)
                for n in (a.name, *(x for x in a.aliases if " " in x)):
                    surnames.setdefault(ascii_fold(n.split()[-1]).casefold(), set()).add(a.id)
        # a surname shared by many people names no one alone ("Mr Khan" is not the one listed Khan)
        self._surnames = {k: next(iter(ids)) for k, ids in surnames.items() if len(ids) == 1 and k not in _COMMON_SURNAMES}

    # -- plain queries -------------------------------------------------------------

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id ("PRK", "EU", "vladimir-putin"), or None."""
        return self._actors.get(actor_id)

    def lookup(self, name: str) -> Actor | None:
        """The actor a name stands for: an alias, demonym, metonym, id or Wikidata QID,
        with any apostrophe and in any case ("DPRK", "north korea", "Kremlin", "PRK",
        "Q423")."""
        key = _norm_apos(name.strip())
        e = self._surfaces.get(key)
        if e is not None:
            return self._actors.get(e.actor_id) if e.actor_id else None
        key = key.casefold()
        if key.startswith("the "):
            key = key[4:]
        actor_id = self._lookup.get(key) or self._lookup.get(ascii_fold(key))
        return self._actors.get(actor_id) if actor_id else None

    def members(self, actor_id: str) -> tuple[Actor, ...]:
        """The member states (and organisations) of a group such as G7, EU or NATO."""
        return tuple(self._actors[m] for m in self._members.get(actor_id, ()) if m in self._actors)

    def role(self, actor_id: str) -> str | None:
        """The role the project data gives a known person ("president")."""
        return self._roles.get(actor_id)

    def affiliation(self, actor_id: str) -> Actor | None:
        """What a known person acts for, an organ belongs to, or a place lies in."""
        a = self._affiliations.get(actor_id) or city_state(actor_id)
        return self._actors.get(a) if a else None

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self):
        return iter(self._actors.values())

    # -- finding -------------------------------------------------------------------

    def find(self, text: str, seen: Iterable[Mention] = (), offices: Iterable[Mention] = ()) -> list[Mention]:
        """All actor mentions in ``text``: non-overlapping, longest match first, sorted
        by start offset.  Persons named in context are kept (with a derived id), and
        later surname references to them in the same text resolve to them.

        ``seen`` (optional): person mentions found earlier in the same article, e.g.
        in previous sentences when the caller works sentence by sentence, so that
        "Baerbock said" still resolves; they may be referred to from offset 0.
        ``offices`` (optional): role mentions of offices the text's own voice holds, for a title
        no one in the text holds ("the Prime Minister" of a government's readout)."""
        seen = list(seen)
        static = self._static_matches(text)
        # organisations found by their form may be a title's affiliation: "candidate of the X Party Y"
        organisations = unlisted_organisations(text, static, seen, known=self._actors)
        persons, titles = self._context_persons(text, sorted(static + organisations, key=lambda m: m.start))
        # A listed person's full name is not a title and a name ("Hassan [Sheikh Mohamud]").
        listed = [m for m in static if m.actor.type == "person"]
        persons = [p for p in persons if not any(m.start <= p.start and p.end <= m.end and m.end - m.start > p.end - p.start for m in listed)]
        # Context persons take precedence over gazetteer matches inside their span.
        taken = _Spans((m.start, m.end) for m in persons)
        parties = _Spans((o.start, o.end) for o in organisations)  # an unlisted name over a listed one: "the Austrian People's Party"
        mentions = list(persons)
        for m in static:
            if not taken.overlaps(m.start, m.end) and not parties.overlaps(m.start, m.end):
                mentions.append(m)
        mentions.extend(o for o in organisations if not taken.overlaps(o.start, o.end))
        mentions.extend(unlisted_places(text, mentions))
        cities = named_cities(text, mentions)
        if cities:
            in_cities = _Spans((c.start, c.end) for c in cities)
            mentions = [m for m in mentions if not in_cities.overlaps(m.start, m.end)] + cities
        mentions.sort(key=lambda m: m.start)
        mentions = self._surname_references(text, mentions, persons, seen)
        mentions = self._role_mentions(text, mentions, titles, seen, offices)
        mentions.sort(key=lambda m: m.start)
        return _known_as(text, mentions)

    def _static_matches(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        surfaces, actors = self._surfaces, self._actors
        for m in self._regex.finditer(text):
            surface = _norm_apos(m.group())
            e = surfaces[surface]
            if e.actor_id is None:
                continue
            start, end, kind = m.start(), m.end(), e.kind
            if surface in _NEEDS_NO_STATE_BEFORE and (out and _only_possessive(text, out[-1].end, start) and out[-1].actor.type == "state"
                                                      or NATIONAL_BEFORE.search(text, max(0, start - 20), start)):
                continue
            if kind in ("name", "demonym") and end < len(text) and text[end] == "-":
                sm = _COMPOUND_SUFFIX.match(text, end)
                if sm:
                    end, kind = sm.end(), "demonym"
            actor = actors[e.actor_id]
            if e.kind == "demonym" and kind == "demonym" and actor.type == "state" and _REBELS_AFTER.match(text, end):
                continue  # "Syrian rebel groups", "Sudanese opposition figures": against the state, not it
            role = aff = None
            if actor.type == "person":
                kind = "person"
                if (article := _ARTICLE_BEFORE.search(text, max(0, start - 5), start)) is not None:
                    start = article.start()  # "met [Al-Sharaa]": the article belongs to the name
                elif " " not in surface:
                    start, other = self._given_names_before(text, start, actor)  # "[Abdelhamid Dbeibah]", listed as "Abdul Hamid Dbeibah"
                    if other:
                        actor, kind = new_person(" ".join(text[start:end].split())), "person"
            if actor.type in ("person", "place"):
                role = self._roles.get(actor.id)
                aff = self.affiliation(actor.id)
            out.append(Mention(start, end, text[start:end], actor, kind, role, aff))
        return out

    def _given_names_before(self, text: str, start: int, person: Actor) -> tuple[int, bool]:
        """Where a listed person's name starts when given names stand before the surname the list
        matched alone, and whether they name someone else. Names spelled about the same as the
        listed ones are the person's ("Abdelhamid Dbeibah" for "Abdul Hamid Dbeibah", "Recep
        Erdogan"); others, inside a sentence, are another person of that family ("Heydar Aliyev"
        is not the listed Ilham Aliyev, nor "Oluremi Tinubu" Bola Tinubu)."""
        given = _given_names(person)
        given_words = {w for g in given for w in g.split()}
        at, words, other = start, [], False
        for _ in range(2):
            if _HONORIFIC_BEFORE.search(text, max(0, at - 30), at):
                break  # "Datuk Seri Anwar": a form of address, not a given name
            word = _GIVEN_NAME_BEFORE.search(text, max(0, at - 25), at)
            w = word.group(1) if word else ""
            if word is None or w.casefold() in _NOT_NAME or w.casefold() in _ROLE_WORDS or w.casefold().removesuffix("s") in _ROLE_WORDS \
                    or _norm_apos(w) in self._surfaces \
                    or _COURTESY_WORD.fullmatch(w) or _HONORIFIC_ONLY.fullmatch(w):
                break
            at, words = word.start(1), [w, *words]
            spelled = ascii_fold("".join(words)).casefold().replace("-", "")
            folded = ascii_fold(w).casefold().replace("-", "")
            if any(_alike(spelled, g.replace(" ", "")) for g in given) or any(_alike(folded, g) for g in given_words):
                start, other = at, False
            elif start != at and not other:  # (at a sentence's start, not an adverb: "Meanwhile Putin", "Later Erdogan")
                other = bool(text[:at].strip()) and not _SENTENCE_START.search(text, 0, at) or not (
                    w.endswith("ly") or w.casefold() in _SENTENCE_OPENERS)
        return (at, True) if other else (start, False)

    # -- persons from context ------------------------------------------------------

    def _name_tokens(self, name: str, name_start: int) -> list[tuple[int, int]]:
        """Offsets (relative to the text) of the tokens of a candidate name, cut at the
        first token that is a common word or a non-person actor name."""
        toks = []
        for t in _WORD_RE.finditer(name):
            word = t.group().rstrip(".")
            if not toks and _COURTESY_WORD.fullmatch(word):
                continue  # "Iran's top diplomat, Mr Araghchi": the name after the courtesy title
            if word.casefold() in _NOT_NAME:
                break
            e = self._surfaces.get(_norm_apos(word))
            if e is not None and e.actor_id and self._actors[e.actor_id].type != "person":
                break
            toks.append((name_start + t.start(), name_start + t.start() + len(word)))
        # Particles ("von der") cannot end a name.
        while toks and not _ends_a_name(name[toks[-1][0] - name_start:toks[-1][1] - name_start]):
            toks.pop()
        if len(toks) == 1 and toks[0][0] > name_start:
            return []  # "former prime minister Mr Khan": a surname, for the references named in the text to resolve
        return toks

    def _person(self, text: str, start: int, end: int, allow_single: bool):
        """Resolve the name text[start:end] to a person Actor (known or new), or None."""
        name = _GENERATION.sub("", re.sub(r"\s+", " ", text[start:end]))
        e = self._surfaces.get(_norm_apos(name))
        if e is not None and e.actor_id:
            a = self._actors[e.actor_id]
            return a if a.type == "person" else None
        if (a := self._actors.get(self._lookup.get(_norm_apos(name).casefold(), ""))) is not None and a.type == "person" and " " in name:
            return a  # "Abdel Fattah El-Sisi" is the listed "Abdel Fattah el-Sisi"
        known = self._known_person_by_parts(name)
        if known is not None:
            return known
        if " " not in name and (not allow_single or _TITLE_ONLY_RE.fullmatch(name)):
            return None  # "General Secretary …": a title word is no one's name
        if " " not in name and (surname := self._surnames.get(ascii_fold(name).casefold())):
            return self._actors[surname]  # "Captain Traoré": the one listed person of that surname
        return new_person(name)

    def _known_person_by_parts(self, name: str) -> Actor | None:
        """'Tayyip Erdogan' -> the known 'Recep Tayyip Erdoğan': the last word is a known
        person's alias and every other word occurs in that person's names. Initials and a
        generational suffix do not count: 'Joseph R. Biden Jr.' is 'Joseph Biden'."""
        parts = [p for p in name.split() if not _INITIAL_OR_SUFFIX.fullmatch(p)]
        if len(parts) == 1 and re.search(r"\sJr\.?$", name):  # "President Marcos Jr": the listed son of that surname
            e = self._surfaces.get(_norm_apos(parts[0]))
            a = self._actors[e.actor_id] if e is not None and e.actor_id else None
            return a if a is not None and a.type == "person" and re.search(r"\sJr\.?$", a.name) else None
        if len(parts) < 2:
            return None
        e = self._surfaces.get(_norm_apos(parts[-1]))
        if e is None or not e.actor_id:
            return None
        a = self._actors[e.actor_id]
        if a.type != "person":
            return None
        words = {ascii_fold(w).casefold() for n in (a.name, *a.aliases) for w in n.split()}
        if all(ascii_fold(p).casefold() in words for p in parts[:-1]):
            return a
        spelled = ascii_fold("".join(parts[:-1])).casefold().replace("-", "")
        return a if any(_alike(spelled, g.replace(" ", "")) for g in _given_names(a)) else None  # "Abdelhamid Dbeibah" is "Abdul Hamid Dbeibah"

    def _affiliation_before(self, text: str, pos: int, static: dict[int, Mention]) -> Actor | None:
        """The state/organisation named just before ``pos`` (a title's start), skipping a
        possessive, up to three lower-case modifiers, and stance compounds such as
        'pro-EU'.  'the EU’s visiting foreign policy chief' -> EU."""
        by_end = static
        inside = next((m for m in static.values() if m.start < pos < m.end and m.actor.type in ("organisation", "armed_group")), None)
        if inside is not None:
            return inside.actor  # "the X Party candidate": the title's "party" is the name's last word
        i = pos
        skipped = 0
        while i > 0 and skipped <= 4:
            j = i
            while j > 0 and text[j - 1].isspace():
                j -= 1
            # possessive suffix
            if j >= 2 and text[j - 1] in "sS" and text[j - 2] in APOSTROPHES:
                j -= 2
            elif j >= 1 and text[j - 1] in APOSTROPHES:
                j -= 1
            m = by_end.get(j)
            if m is not None:
                pm = re.search(r"(?i)(?:pro|anti)-$", text[max(0, m.start - 5):m.start])
                if pm:
                    i = m.start - len(pm.group())
                    skipped += 1
                    continue
                a = m.actor
                if a.type == "person":
                    return m.affiliation
                if a.type == "organisation" and _ENVOY_RE.match(text, pos):
                    # "the British UN ambassador": the state's envoy to the organisation
                    sender = self._affiliation_before(text, m.start, static)
                    if sender is not None and sender.type == "state":
                        return sender
                if a.type in ("state", "organisation", "armed_group"):
                    return a
                return None
            # a lower-case word (adjective) or a stance compound: skip it
            k = j
            while k > 0 and not text[k - 1].isspace():
                k -= 1
            word = text[k:j].casefold()
            if not (word in _SKIPPABLE_ADJECTIVES or word in _CHAMBER_WORDS or word.startswith(("pro-", "anti-"))):
                return None
            i = k
            skipped += 1
        return None

    @staticmethod
    def _affiliation_in_tail(m: re.Match, static_by_start: dict[int, Mention]) -> Actor | None:
        """'spokesman for the Kremlin', 'head of the IAEA' -> the actor after of/for
        (not after to/at: an 'ambassador to the UN' does not act for the UN)."""
        tail = m.group("tail")
        if not tail:
            return None
        tm = re.match(r"\s+(of|for)\s+", tail)
        if not tm:
            return None
        for pos in range(m.start("tail") + tm.end(), m.end("tail")):
            sm = static_by_start.get(pos)
            if sm is not None and sm.actor.type in ("state", "organisation", "armed_group"):
                of = _OF_AFTER.match(m.string, sm.end) if sm.kind == "unlisted" else None
                owner = static_by_start.get(of.end()) if of else None
                # "spokesman for the Atomic Energy Organization of Iran": a state's own body speaks for the state
                if owner is not None and owner.actor.type == "state":
                    return owner.actor
                own = _OWNER_BEFORE_BODY.match(m.string, sm.end) if sm.actor.type == "state" else None
                body = static_by_start.get(own.end()) if own else None
                # "leader of France's National Rally": the party, not France
                return body.actor if body is not None and body.kind == "unlisted" and body.actor.type == "organisation" else sm.actor
        return None

    def _context_persons(self, text: str, static: list[Mention]):
        """Persons named in context, and the spans of the titles that introduced them
        (so that those titles are not reported again as role mentions)."""
        found: list[Mention] = []
        spans = _Spans()
        titles: list[tuple[int, int]] = []
        static_by_end = {m.end: m for m in static}
        static_by_start = {m.start: m for m in static}
        in_headline_case = headline_case(text)

        def add(start, end, actor, role, aff, title_span=None):
            if spans.overlaps(start, end):
                return
            spans.add(start, end)
            if title_span:
                titles.append(title_span)
            if aff is None and actor.id in self._affiliations:
                aff = self.affiliation(actor.id)
            if role is None:
                role = self._roles.get(actor.id)
            found.append(Mention(start, end, text[start:end], actor, "person", role, aff))

        # (a)/(b): title [tail] [,] name; a "name" that fails may hold the next title
        # ("… candidate Vice President X")
        pos = 0
        while (m := _TITLE_NAME_RE.search(text, pos)) is not None:
            pos = m.end()
            if _TITLE_ONLY_RE.match(text, m.start("name")):
                pos = m.start("name")
                continue  # "General Secretary Tô Lâm": "Secretary" is no name, the title goes on
            comma = bool(m.group("comma"))
            if not comma and m.group("tail"):
                continue  # "ambassador to the UN Barbara" is not a pattern we trust (but see (d))
            ns = m.start("name")
            toks = self._name_tokens(m.group("name"), ns)
            if not toks:
                continue
            s, e = toks[0][0], toks[-1][1]
            if comma and not _APPOSITIVE_END.match(text, e):
                continue  # an appositive name is closed by a comma, full stop or verb
            if comma and not NAME_CLOSED.match(text, e) and OPENING_PHRASE_BEFORE_TITLE.search(text, max(0, m.start() - 50), m.start()):
                continue  # "alongside the Ukrainian president, Sunak said": Sunak is the clause's subject
            title_capitalised = m.group("head")[0].isupper()
            actor = self._person(text, s, e, allow_single=title_capitalised and not comma and not in_headline_case)
            if actor is None:
                continue
            role = _role_string(m)
            if "former" not in role and _out_of_office(text, m.start()):
                role = "former " + role  # "Former US President George W. Bush", "the late Iranian President X"
            if comma and m.group("tail"):
                role += " " + re.sub(r"\s+", " ", m.group("tail").strip())
            aff, title_start = self._affiliation_before(text, m.start(), static_by_end), m.start()
            if aff is None and not comma and (first := _TITLE_AND_BEFORE.search(text, max(0, m.start() - 50), m.start())):
                aff = self._affiliation_before(text, first.start(), static_by_end)
                if aff is not None:  # the office that heads the state names the role: "Crown Prince and Prime Minister X" is PM
                    title_start = first.start()
                    role = role if _HEAD_OF_STATE_ROLE.fullmatch(role) or not _HEAD_OF_STATE_ROLE.fullmatch(_role_string(first)) else _role_string(first)
            if aff is None:
                aff = self._affiliation_in_tail(m, static_by_start)
            if aff is None and (of := _OF_ACTOR_RE.match(text, e)) and (sm := static_by_start.get(of.end())) is not None \
                    and sm.actor.type in ("state", "organisation", "armed_group"):
                aff = sm.actor  # "Captain Ibrahim Traoré of Burkina Faso"
            if aff is not None and aff.type == "state" and _CHAMBER_BEFORE.search(text, max(0, title_start - 30), title_start) and _PRESIDING.fullmatch(role):
                role = "speaker"  # "Italy's Senate president X" presides over a chamber; the state is not his to lead
            if role == "sheikh" and aff is None and actor.id in self._roles:
                role = None  # "Sheikh Tamim …" is a form of address; the listed office stands
            add(s, e, actor, role, aff, (title_start, m.end("head")))

        # (d): title of a state or body, then the name: "President of Kazakhstan Kassym-Jomart Tokayev",
        # "the President of the European Council António Costa"
        for sm in static:
            if sm.actor.type not in ("state", "organisation") or not _OF_JUST_BEFORE.search(text, max(0, sm.start - 8), sm.start):
                continue  # (cheap tests first: this runs for every mention)
            name = _NAME_AFTER.match(text, sm.end)
            title = TITLE_OF_BEFORE.search(text, max(0, sm.start - 60), sm.start) if name else None
            if title is None:
                continue
            role, office = _role_string(title), sm.actor
            if re.sub(r"\s+", " ", title.group("head").lower()) in _RANKS:
                role = office = None  # "Marshal of the Soviet Union X": a rank, not an office held for it
            elif _out_of_office(text, title.start()):
                role = "former " + role  # "the last President of the Soviet Union X"
            if (listed := static_by_start.get(name.start("name"))) is not None and listed.actor.type == "person":
                add(listed.start, listed.end, listed.actor, role, office, (title.start(), sm.end))
                continue  # "the Emir of Qatar Sheikh Tamim bin Hamad Al Thani": the listed person, as listed
            toks = self._name_tokens(name.group("name"), name.start("name"))
            if len(toks) >= 2 and (actor := self._person(text, toks[0][0], toks[-1][1], allow_single=False)) is not None:
                add(toks[0][0], toks[-1][1], actor, role, office, (title.start(), sm.end))

        # (e): an envoy to (or for) a state or region, then the name: "U.S. Ambassador to Japan George Glass", "UN envoy for
        # Syria Geir Pedersen", "US special envoy to the Middle East Amos Hochstein" (acting for the state or body before the title);
        # a minister of a portfolio, then the name: "Colombia's Minister of the Interior Armando Benedetti"
        starts = [max(0, sm.start - 60) for sm in static if sm.actor.type in ("state", "organisation")
                  and _TO_JUST_BEFORE.search(text, max(0, sm.start - 8), sm.start) and _NAME_AFTER.match(text, sm.end)]
        starts += [max(0, p.start() - 40) for p in _OF_PORTFOLIO.finditer(text)]
        starts += [max(0, r.start() - 60) for r in _REGION_AFTER_TO.finditer(text)]
        found_at = {m.start(): m for start in starts for m in [_TITLE_TO_NAME_RE.search(text, start, min(len(text), start + 200))] if m}
        for m in found_at.values():
            sm = static_by_start.get(m.start("place"))
            if m.group("place") and (sm is None or sm.end != m.end("place") or sm.actor.type not in ("state", "organisation")):
                continue
            toks = self._name_tokens(m.group("name"), m.start("name"))
            aff = self._affiliation_before(text, m.start(), static_by_end)
            if len(toks) >= 2 and aff is not None and (actor := self._person(text, toks[0][0], toks[-1][1], allow_single=False)) is not None:
                former = "former " if _out_of_office(text, m.start()) else ""  # "Former U.S. Ambassador to Russia X"
                add(toks[0][0], toks[-1][1], actor, former + (m.group("portfolio").lower() + " " if m.group("portfolio") else "") + _role_string(m), aff,
                    (m.start(), m.start("name")))

        # (c): name, the ... title
        for m in _NAME_ROLE_RE.finditer(text):
            ns = m.start("name")
            raw = m.group("name")
            # drop leading capitalised non-name words ("Yesterday Stephane Dujarric") and courtesy titles ("Mr Raila Odinga")
            toks = []
            for t in _WORD_RE.finditer(raw):
                word = t.group()
                if word.casefold() in _NOT_NAME or _COURTESY_WORD.fullmatch(word.rstrip(".")) or (
                    (en := self._surfaces.get(_norm_apos(word))) is not None and en.actor_id
                    and self._actors[en.actor_id].type != "person"
                ):
                    toks = []
                    continue
                toks.append((ns + t.start(), ns + t.end()))
            if not toks:
                continue
            s, e = toks[0][0], toks[-1][1]
            actor = self._person(text, s, e, allow_single=False)
            if actor is None:
                continue
            if not m.group("det"):
                # "Kim Yong Hyun, South Korea's defence minister,": without a determiner
                # the description must open with a state or organisation.
                first = static_by_start.get(m.start("desc")) if m.group("desc") else None
                if first is None and m.group("desc"):
                    continue
                if not m.group("desc") and not m.group("mods") and not m.group("port") \
                        and not m.group("tail"):
                    continue
            role = _role_string(m)
            if m.group("tail"):
                role += " " + re.sub(r"\s+", " ", m.group("tail").strip())
            if _FORMER.search(m.group("desc") or "") and not role.startswith("former"):
                role = "former " + role  # "Rutte, a former Dutch premier": no longer in office
            aff = None
            for pos in range(m.start("desc"), m.start("head") + 1):
                sm = static_by_end.get(pos)
                if sm is not None and sm.start >= m.start("desc") and sm.actor.type in (
                    "state", "organisation", "armed_group"
                ):
                    aff = sm.actor
                    break
                if sm is not None and sm.start >= m.start("desc") and sm.actor.type == "person" and text.startswith(("'s", "’s"), sm.end):
                    aff = self.affiliation(sm.actor.id)  # "Richard Grenell, Trump's special envoy": for Trump's state
                    if aff is not None:
                        break
            if aff is None:
                aff = self._affiliation_in_tail(m, static_by_start)
            add(s, e, actor, role, aff, (m.start("mods"), m.end("head")))

        # Honorifics: Mr/Ms/Dr + name
        for m in _HONORIFIC_RE.finditer(text):
            toks = self._name_tokens(m.group("name"), m.start("name"))
            if not toks:
                continue
            s, e = toks[0][0], toks[-1][1]
            if (sm := static_by_start.get(s)) is not None and sm.actor.type == "person":
                continue  # a known person: the gazetteer match will do
            if any(f.start <= s < f.end for f in found):
                continue
            if m.group(0).startswith(("Sir ", "Dame ")) and " " not in m.group("name").strip():
                continue  # "Sir Keir": the knight named in full before, found as a reference
            actor = self._person(text, s, e, allow_single=not in_headline_case)
            if actor is None:
                continue
            # Honorific + surname of a person named earlier: handled as a surname
            # reference later; here only names never seen before are added.
            if " " not in actor.name and self._seen_surname(actor.name, found, s):
                continue
            rank = " ".join(text[m.start():s].split()).rstrip(".").lower()
            of = _OF_ACTOR_RE.match(text, e) if _MILITARY_RANK_WORD.search(rank) else None
            if of and (sm := static_by_start.get(of.end())) is not None and sm.actor.type in ("state", "armed_group"):
                add(s, e, actor, rank, sm.actor)  # "Maj Gen Ahmed Hassan of Egypt"
                continue
            add(s, e, actor, None, None)
        found.sort(key=lambda m: m.start)
        return found, titles

    @staticmethod
    def _seen_surname(word: str, found: list[Mention], before: int) -> bool:
        return any(f.start < before and word in _surname_keys(f.actor.name) for f in found)

    def _surname_references(self, text, mentions, persons, seen=()):
        """Add mentions of context persons by full name or surname after their first
        mention (left to right: a surname only refers back, never forward)."""
        new = [p for p in persons if p.actor.id not in self._actors]
        earlier = [p for p in seen if p.actor.type == "person" and p.actor.id not in self._actors]
        # a listed person named in full, then by a surname the list cannot resolve alone: "Kim Jong Un …. Kim and Xi held talks"
        listed = [p for p in [*seen, *mentions] if p.kind == "person" and p.actor.id in self._actors and " " in p.text.strip()]
        if not new and not earlier and not listed:
            return mentions
        first_end: dict[str, int] = {p.actor.id: 0 for p in earlier}
        keys: dict[str, Mention] = {}
        for p in [*earlier, *new]:
            first_end.setdefault(p.actor.id, p.end)
            keys.setdefault(p.actor.name, p)
            for k in (*_surname_keys(p.actor.name), *_addressed_keys(p.actor.name)):
                keys.setdefault(k, p)
        for p in listed:
            names = (p.actor.name, *(a for a in p.actor.aliases if " " in a))  # "Lai Ching-te", also "William Lai"
            unresolved = [k for n in names for k in _surname_keys(n) if len(k) > 1 and not self._surface_of(k, p.actor.id)]
            unresolved += _addressed_keys(p.actor.name)
            if unresolved:
                first_end.setdefault(p.actor.id, 0 if p in seen else p.end)
                for k in unresolved:
                    keys.setdefault(k, p)
        if not keys:
            return mentions
        pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + r")(?!\w)"
        )
        # "PM Wong" after "Lawrence Wong": the person this text named, not a listed person of that surname it never named in full
        by_surname = {(m.start, m.end): m for m in mentions if m.kind == "person" and " " not in m.text
                      and not any(o.actor.id == m.actor.id and " " in o.text for o in [*seen, *mentions])}
        taken = _Spans((m.start, m.end) for m in mentions if (m.start, m.end) not in by_surname)
        added, replaced = [], set()
        for m in pattern.finditer(text):
            p = keys[m.group()]
            if m.start() < first_end[p.actor.id] or taken.overlaps(m.start(), m.end()):
                continue
            replaced.update(span for span in by_surname if span[0] < m.end() and m.start() < span[1])  # "[Prince Khalid]" over "Prince [Khalid]"
            added.append(Mention(m.start(), m.end(), m.group(), p.actor, "person", p.role, p.affiliation))
        return [m for m in mentions if (m.start, m.end) not in replaced] + added

    def _surface_of(self, word: str, actor_id: str) -> bool:
        """Whether the list matches this word as a name of that actor wherever it stands."""
        e = self._surfaces.get(_norm_apos(word))
        return e is not None and e.actor_id == actor_id

    def _role_mentions(self, text, mentions, titles, seen=(), offices=()):
        """Titles with no name after them: 'the US president' -> a role mention of USA,
        'the Secretary-General' -> the person this text (or ``seen``, earlier text) already
        gave that role."""
        taken = _Spans([(m.start, m.end) for m in mentions] + list(titles))
        static = {m.end: m for m in mentions if m.kind != "person"}
        static_by_start = {m.start: m for m in mentions if m.kind != "person"}
        persons = [m for m in mentions if m.kind == "person"]
        added = []
        for m in _TITLE_ONLY_RE.finditer(text):
            s, e = m.start(), m.end()
            if taken.overlaps(s, e) or any(0 < p.start - e <= 1 for p in persons):
                continue  # taken, or the title of the person named right after it
            if m.group("head").lower() in _NAMED_ONLY:
                continue  # "the opposition candidate" stands for no state
            role = _role_string(m)
            aff = self._affiliation_before(text, s, static)
            if aff is None and m.group("head")[0].isupper():
                # "the President of Russia" (capitalised: a formal title, not "the
                # president of the Security Council", a rotating chair)
                om = _OF_ACTOR_RE.match(text, e)
                if om:
                    nxt = static_by_start.get(om.end())
                    if nxt is not None and nxt.actor.type in ("state", "organisation", "armed_group"):
                        aff = nxt.actor
            if aff is not None:
                # "the Indian premier", after "Indian Prime Minister Narendra Modi": Modi, not India
                earlier = [p for p in persons if p.start < s] + [p for p in seen if p.kind == "person"]
                holder = next((p for p in reversed(earlier) if p.role and p.affiliation is not None and p.affiliation.id == aff.id
                               and _role_core(p.role) == _role_core(role)), None)
                if holder is not None and _DEFINITE_BEFORE.search(text, max(0, s - 30), s):
                    added.append(Mention(s, e, text[s:e], holder.actor, "role", holder.role, holder.affiliation))
                else:
                    added.append(Mention(s, e, text[s:e], aff, "role", role, aff))
                continue
            if not m.group("mods"):
                # "The Secretary-General is concerned": the person seen with that role; "the prime minister,
                # who arrived on Tuesday": the one person the text has given that role, if only one
                earlier = [*(p for p in persons if p.start < s), *(p for p in seen if p.kind == "person"), *offices]  # (the page's own office first)
                holders = [p for p in reversed(earlier) if p.role and _role_core(p.role) == _role_core(role)]
                if holders and (m.group("head")[0].isupper() or (
                        _THE_BEFORE.search(text, max(0, s - 4), s) and not _OF_ACTOR_RE.match(text, e)
                        and not _PREDICATIVE_BEFORE.search(text, max(0, s - 20), s) and len({p.actor.id for p in holders}) == 1)):
                    holder = holders[0]
                    added.append(Mention(s, e, text[s:e], holder.actor, "role", holder.role, holder.affiliation))
        return mentions + added


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------


class _Spans:
    """Taken character spans, with a fast overlap test (bisect over sorted starts)."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans=()):
        pairs = sorted(spans)
        self._starts = [a for a, _ in pairs]
        self._ends = [b for _, b in pairs]

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self._starts, s)
        self._starts.insert(i, s)
        self._ends.insert(i, e)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self._starts, e)  # spans starting before e
        for j in range(i - 1, max(i - 4, -1), -1):
            if self._ends[j] > s:
                return True
        return False


# An organisation no list has, named by its head word ("the Wagner Group", "the Azov Brigade",
# "the Shanghai Cooperation Organisation (SCO)").
_ORG_HEADS = (r"Group|Alliance|Front|Movement|Brigade|Battalion|Legion|Militia|Organi[sz]ation|Agency|Council|Union|"
              r"Forces|Army|Corps|Party|Coalition|Committee|Bloc|Fund|Association|Cooperation|Tribunal|Mission|Congress|Rally")
_ARMED_HEADS = {"Brigade", "Battalion", "Legion", "Militia", "Forces", "Army", "Corps", "Front"}
_UNLISTED_ORG_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’&-]+\s+)(?:(?:of|for|and)\s+|[A-Z][\w'’&-]+\s+){{0,4}}?(?P<head>{_ORG_HEADS}))"
    r"(?![\w-])(?:\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\))?")
# A party named with a lower-case kind after it ("the Law and Justice party", "the Civic Platform
# movement") or as what a candidate stands for ("candidate of the opposition Samagi Jana Balawegaya").
_PARTY_NAME = r"(?P<name>[A-Z][\w'’&-]+(?:\s+(?:of|for|and)\s+[A-Z][\w'’&-]+|\s+[A-Z][\w'’&-]+){1,4})"
_NAMED_PARTY_RE = re.compile(
    r"(?<![\w'’-])" + _PARTY_NAME + r"(?:\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\))?\s+(?:party|movement)\b"
    r"|\b(?:candidate|nominee)s?\s+(?:of|for)\s+(?:the\s+)?(?:(?:ruling|opposition|governing|main|leftist|left-wing|right-wing|"
    r"centrist|conservative|liberal|nationalist|socialist)\s+)?" + _PARTY_NAME.replace("name>", "name2>")
    + r"(?:\s*\((?P<acronym2>[A-Z][A-Za-z]{1,7})\))?(?![\w'’-])")
# a one-word name with a lower-case "party" after it: "the far-right Chega party", "Babis's ANO party"
_ONE_WORD_PARTY_RE = re.compile(r"(?:\b[Tt]he\s+|\w['’]s\s+)(?:[a-z][\w-]*\s+){0,2}(?P<name>[A-Z][\w'’&-]+|[A-Z0-9]{2,6})"
                                r"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9]{1,7})\))?\s+party\b(?<!\bChristmas party)(?<!\bBirthday party)(?<!\bGarden party)(?<!\bTea party)")
# a party whose name starts with its head: "the Party for Freedom", "the Party of Action and Solidarity (PAS)"
_PARTY_OF_RE = re.compile(r"(?<![\w'’-])(?P<name>Party\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})"
                          r"(?:\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\))?")
POLITICAL_HEADS = {"Party", "Congress", "Movement", "Alliance", "Front", "Union", "Coalition", "Bloc", "Rally"}  # a party named by its head word
# (not the possessive that belongs to a party's name: "People's Progressive Party", "Workers' Party")
_OWNER_IN_NAME = re.compile(r"(?<!\w)(?!(?:People|Peoples|Workers|Women|Farmers|Citizens)['’])\S+['’]s\s+(?=\S+\s+\S)")  # a possessive with two or more words after it
_ANY_OWNER = re.compile(r"(?<!\w)(?!(?:People|Peoples|Workers|Women|Farmers|Citizens)['’])\S+['’]s\s+(?=\S)")
# parties are often "New …": the New Patriotic Party
_PARTY_HEADS = {"Party", "Congress"}
_NOT_A_NAME_START = {"The", "A", "An", "In", "On", "At", "But", "And", "After", "Before", "As", "Its", "Their", "His", "Her",
                     "This", "That", "Both", "New", "Former", "Rival"}


def unlisted_organisations(text: str, mentions: list[Mention], seen: Iterable[Mention] = (), known=()) -> list[Mention]:
    """Organisations no list has, found by their form ("the Wagner Group", "the Azov Brigade"),
    and later references to organisations found so in ``seen`` by name or acronym.

    A candidate that overlaps a known mention ("the Russian Army" is Russia's) is not one.

    >>> [(m.text, m.actor.id, m.actor.type) for m in unlisted_organisations("Fighters of the Azov Brigade held the line.", [])]
    [('Azov Brigade', 'azov-brigade', 'armed_group')]
    """
    taken = _Spans((m.start, m.end) for m in mentions)
    out = []
    found = [(m.start("name"), m.group("name"), m.group("head"), m.group("acronym"), m.end()) for m in _UNLISTED_ORG_RE.finditer(text)]
    found += [(m.start(g), m.group(g), "Party", m.group(a), m.end()) for m in _NAMED_PARTY_RE.finditer(text)
              for g, a in (("name", "acronym"), ("name2", "acronym2")) if m.group(g)]
    found += [(m.start("name"), m.group("name"), "party", m.group("acronym"), m.end()) for m in _ONE_WORD_PARTY_RE.finditer(text)]
    found += [(m.start("name"), m.group("name"), "party-of", m.group("acronym"), m.end()) for m in _PARTY_OF_RE.finditer(text)]
    for start, name, head, acronym, end in found:
        first, _, rest = name.partition(" ")
        if first in _NOT_A_NAME_START and not (first == "New" and head in _PARTY_HEADS):
            start, name = start + len(first) + 1, rest.lstrip()
        owners = list((_OWNER_IN_NAME if name.endswith(head) else _ANY_OWNER).finditer(name))  # "Babis's ANO party": ANO
        if owners and head in POLITICAL_HEADS:  # "Moldova's Socialist Party": the party is what follows the owner (not "Russia's Security Council")
            start, name = start + owners[-1].end(), name[owners[-1].end():]
        words = name.split()
        if (title := _TITLE_ONLY_RE.match(name)) and name[title.end():].startswith(" of "):
            continue  # "Chief of Army Staff General X": a title, not an organisation (but "Justice and Development Party" is one)
        if name.endswith(("'s", "’s")):
            continue  # "Prime Minister Giorgia Meloni's party": her party, not one called so
        if len(words) < 2 and head != "party" or taken.overlaps(start, start + len(name)) and not (head in _PARTY_HEADS and len(words) >= 3):
            continue  # (but "the Austrian People's Party" is a party, not Austria's)
        aliases = (acronym,) if acronym else ()
        actor = Actor(person_id(name), name, "armed_group" if head in _ARMED_HEADS else "organisation", aliases)
        if actor.id in known:
            continue
        taken.add(start, end)
        out.append(Mention(start, start + len(name), name, actor, "unlisted"))
    earlier = {}
    for p in seen:
        if p.kind == "unlisted":
            for key in (p.actor.name, *p.actor.aliases):
                earlier.setdefault(key, p.actor)
    if earlier:
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in sorted(earlier, key=len, reverse=True)) + r")(?![\w-])")
        for m in pattern.finditer(text):
            if not taken.overlaps(m.start(), m.end()):
                taken.add(m.start(), m.end())
                out.append(Mention(m.start(), m.end(), m.group(), earlier[m.group()], "unlisted"))
    return out


_UNLISTED_PLACE_RE = re.compile(
    r"\b(?:village|town|city|settlement|port|region|province|oblast|district)\s+of\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)")


def unlisted_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Places no list has, named by their kind: "the village of Kurakhove", "the port of Hodeidah".

    >>> [(m.text, m.actor.id, m.actor.type) for m in unlisted_places("Troops captured the village of Novohrodivka.", [])]
    [('Novohrodivka', 'novohrodivka', 'place')]
    """
    taken = _Spans((m.start, m.end) for m in mentions)
    out = []
    for m in _UNLISTED_PLACE_RE.finditer(text):
        start, end, name = m.start("name"), m.end("name"), m.group("name")
        if not taken.overlaps(start, end):
            out.append(Mention(start, end, name, Actor(person_id(name), name, "place"), "unlisted"))
    return out


_KNOWN_AS = re.compile(r",?\s+(?:also\s+|better\s+|widely\s+|commonly\s+|popularly\s+)?known\s+as\s+")


def _known_as(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person named in full and then by the name the project knows them by is that person:
    "Mohammad Hamdan Daglo Mousa, known as Hemedti" is Mohamed Hamdan Dagalo."""
    out = list(mentions)
    for k, (named, known) in enumerate(zip(mentions, mentions[1:])):
        if named.actor.type == known.actor.type == "person" and named.actor.id != known.actor.id \
                and _KNOWN_AS.fullmatch(text, named.end, known.start):
            out[k] = Mention(named.start, named.end, named.text, known.actor, named.kind, named.role, named.affiliation or known.affiliation)
    return out


def named_cities(text: str, mentions: list[Mention]) -> list[Mention]:
    """Cities GeoNames knows, where no other mention stands ("a missile hit a hospital in Dnipro");
    a city the text names by its kind ("the port of Hodeidah") takes the place of that unlisted mention."""
    taken = _Spans((m.start, m.end) for m in mentions if m.kind != "unlisted" or m.actor.type != "place")
    states = {m.actor.id for m in mentions if m.actor.type == "state"}
    return [Mention(c.start, c.end, text[c.start:c.end], Actor(city_id(c.name, c.state), c.name, "place"), "name")
            for c in find_cities(text, states) if not taken.overlaps(c.start, c.end)]


def _addressed_keys(name: str) -> list[str]:
    """A person named in full, then by form of address and first name: "Sir Keir Starmer … Sir Keir",
    "Prince Khalid bin Salman … Prince Khalid", "Sheikh Tamim bin Hamad … Sheikh Tamim"."""
    return [f"{title} {name.split()[0]}" for title in _ADDRESS_TITLES] if " " in name else []


def _given_names(person: Actor) -> list[str]:
    """The given names of each of a person's names, folded ("Abdul Hamid Dbeibah" -> "abdul hamid")."""
    return [ascii_fold(" ".join(n.split()[:-1])).casefold().replace("-", "") for n in (person.name, *person.aliases) if " " in n]


def _alike(a: str, b: str) -> bool:
    """Two spellings of one name ("abdelhamid", "abdulhamid")."""
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def _ends_a_name(token: str) -> bool:
    """A capitalised word or a prefixed one ("al-Sharaa"); not a bare particle ("von")."""
    return token[0].isupper() or bool(re.match(r"[a-z]+-[^\W\d_]", token) and token.split("-", 1)[1][0].isupper())


def _only_possessive(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return bool(re.fullmatch(r"\s*(?:" + _APOS_CLASS + r"s?)?\s*", gap))


_NAME_PARTICLES = {"Abdel", "Abdul", "Abdal", "Abdoul", "Abou", "Abdi", "Ould", "Mohamed", "Mohammed", "Muhammad", "Ahmed", "Ahmad"}


def _surname_keys(name: str) -> list[str]:
    parts = name.split()
    if len(parts) < 2:
        return []
    keys = [parts[-1]]
    if parts[0] in _EAST_ASIAN_SURNAMES:
        keys.append(parts[0])
    # "von der Leyen"
    i = len(parts) - 2
    while i > 0 and parts[i].islower():
        i -= 1
    if i < len(parts) - 2 and i >= 0:
        keys.append(" ".join(parts[i + 1:]))
    elif len(parts) >= 3 and len(parts[-2]) >= 4 and parts[-2][0].isupper() and parts[-2].isalpha() and parts[-2] not in _NAME_PARTICLES:
        keys += [parts[-2], " ".join(parts[-2:])]  # "Brice Oligui Nguema" is "Oligui" and "Oligui Nguema" too
    return keys


_ENVOY_RE = re.compile(r"(?i)(?:deputy\s+|permanent\s+)?(?:ambassador|envoy|representative|delegate)\b")

_ROLE_NORMAL = {
    "defense": "defence",
    "secretary-general": "secretary general",
    "director-general": "director general",
    "vice-president": "vice president",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "advisor": "adviser",
    "foreign affairs minister": "foreign minister",
    "premier": "prime minister",
    "pm": "prime minister",
    "fm": "foreign minister",
}


def _out_of_office(text: str, title_start: int) -> bool:
    """Whether the words before a title say its holder left it: "former", "the late", "the deposed" …"""
    return bool(_OUT_OF_OFFICE_BEFORE.search(text[max(0, title_start - 30):title_start]))


def _role_string(m: re.Match) -> str:
    """Normalised role from a _TITLE match: 'former prosecutor general',
    'defence minister', 'foreign policy chief'."""
    mods = [w for w in re.split(r"[ -]+", (m.group("mods") or "").lower()) if w in _KEEP_MODS]
    port = re.sub(r"\s+", " ", (m.group("port") or "").strip().lower())
    head = re.sub(r"\s+", " ", m.group("head").lower())
    port = _ROLE_NORMAL.get(port, port)
    head = _ROLE_NORMAL.get(head, head)
    role = " ".join(x for x in (*mods, port, head) if x)
    return _ROLE_NORMAL.get(role, role)


def _role_core(role: str) -> str:
    return " ".join(w for w in role.split() if w not in _KEEP_MODS)


# ---------------------------------------------------------------------------------------
# Building the default gazetteer
# ---------------------------------------------------------------------------------------


def load_gazetteer(path: Path | str = ACTORS_CSV) -> Gazetteer:
    """Build a gazetteer from pycountry and the project table at ``path``."""
    actors: dict[str, Actor] = {}
    surfaces: dict[str, _Entry] = {}
    roles: dict[str, str] = {}
    affiliations: dict[str, str] = {}
    members: dict[str, tuple[str, ...]] = {}

    def put(surface: str, actor_id: str | None, kind: str, override: bool = False):
        surface = _norm_apos(surface.strip())
        if not surface or surface in _EXCLUDED_SURFACES:
            return
        if override or surface not in surfaces:
            surfaces[surface] = _Entry(actor_id, kind)

    # 1. pycountry states
    py_names: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names = [n for n in _pycountry_names(c) if n not in _EXCLUDED_SURFACES]
        py_names[c.alpha_3] = names
        for n in names:
            put(n, c.alpha_3, "name")
            folded = ascii_fold(n)
            if folded != n:
                put(folded, c.alpha_3, "name")

    # 2. project table
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    csv_ids = {r["id"] for r in rows}
    for r in rows:
        aid, typ = r["id"].strip(), r["type"].strip()
        names = [r["name"].strip(), *_split(r["aliases"])]
        for n in names:
            put(n, aid, "name", override=True)
        for d in _split(r["demonyms"]):
            for form in _demonym_plural(d):
                put(form, aid, "demonym", override=True)
        for mt in _split(r["metonyms"]):
            put(mt, aid, "metonym", override=True)
        if r.get("role"):
            roles[aid] = r["role"].strip()
        if r.get("affiliation"):
            affiliations[aid] = r["affiliation"].strip()
        if r.get("members"):
            members[aid] = tuple(_split(r["members"]))
        all_aliases = [*py_names.get(aid, []), *names[1:]]
        actors[aid] = Actor(
            id=aid,
            name=r["name"].strip(),
            type=typ,
            aliases=tuple(dict.fromkeys(a for a in all_aliases if a != r["name"].strip())),
            iso3=aid if typ == "state" and len(aid) == 3 else None,
            wikidata=(r.get("wikidata") or "").strip() or None,
        )
    for c in pycountry.countries:
        if c.alpha_3 in csv_ids:
            continue
        names = py_names[c.alpha_3]
        name = getattr(c, "common_name", None) or (names[0] if names else c.name)
        actors[c.alpha_3] = Actor(
            id=c.alpha_3,
            name=name,
            type="place" if c.alpha_3 in _TERRITORIES else "state",
            aliases=tuple(dict.fromkeys(n for n in names if n != name)),
            iso3=c.alpha_3,
        )
    for b in _BLOCKERS:
        put(b, None, "name", override=True)
    return Gazetteer(actors, surfaces, roles, affiliations, members)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The project's gazetteer (pycountry + schemas/actors.csv), built once."""
    return load_gazetteer()
