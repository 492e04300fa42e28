"""The plain value objects every stage after extraction reads: Actor, Article, Statement."""

import hashlib
from dataclasses import dataclass, field
from datetime import date

from kg.vocabulary import PREDICATES

ACTOR_TYPES = ("state", "organisation", "person", "armed_group", "place")
PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class Actor:
    """A canonical actor: ``id`` is ISO alpha-3 for states, a short key for organisations,
    kebab-case for persons."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    iso3: str | None = None
    wikidata: str | None = None

    def as_dict(self) -> dict:
        """id, name and type; a person's other names too (the surname the text refers back with)."""
        out = {"id": self.id, "name": self.name, "type": self.type}
        if self.type == "person" and self.aliases:
            out["aliases"] = list(self.aliases)
        return out


@dataclass(frozen=True)
class Article:
    """One article; ``id`` derives from its text, so the same text always has the same id."""

    text: str
    published: date
    url: str | None = None
    title: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        return "art-" + self.sha256[:16]


def cut_date(day: date, precision: str) -> str:
    """ISO date cut to its precision: ``2024-11-04``, ``2024-11`` or ``2024``."""
    return day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]


def statement_id(subject_id: str, predicate: str, object_id: str, when: str | None) -> str:
    """Stable id of a fact: the same (subject, predicate, object, date) from any article
    gives the same id. Symmetric predicates ignore direction."""
    if PREDICATES[predicate].symmetric and object_id < subject_id:
        subject_id, object_id = object_id, subject_id
    key = "|".join((subject_id, predicate, object_id, when or ""))
    return "st-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class Statement:
    """A dated triple with its provenance and modality."""

    subject: Actor
    predicate: str
    object: Actor
    date: str | None  # ISO, cut to date_precision
    date_precision: str | None
    date_source: str  # explicit | relative | entry | published
    evidence: str
    article: str
    confidence: float = 0.8
    hedged: bool = False
    attributed_to: str | None = None
    until: str | None = None
    event: str | None = None
    place: str | None = None
    trigger: str | None = None
    modality: str = "asserted"  # asserted | hypothetical ("could send", "plans to")
    spans: dict = field(default_factory=dict)  # name -> (start, end) in evidence

    @property
    def id(self) -> str:
        return statement_id(self.subject.id, self.predicate, self.object.id, self.date)

    def as_dict(self) -> dict:
        """The JSON form that ``kg extract --format jsonl`` prints."""
        return {
            "id": self.id,
            "subject": self.subject.as_dict(),
            "predicate": self.predicate,
            "object": self.object.as_dict(),
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "until": self.until,
            "evidence": self.evidence,
            "trigger": self.trigger,
            "confidence": round(self.confidence, 2),
            "hedged": self.hedged,
            "attributed_to": self.attributed_to,
            "event": self.event,
            "place": self.place,
            "modality": self.modality,
            "article": self.article,
        }
