"""The predicate vocabulary, read from ``schemas/predicates.csv``.

Adding a predicate is adding a row there; nothing else in the code lists them.

>>> PREDICATES["sends_troops_to"].rel_type
'SENDS_TROOPS_TO'
>>> PREDICATES["condemns"].polarity
-1
"""

import csv
from dataclasses import dataclass

from kg.paths import SCHEMAS_DIR


@dataclass(frozen=True)
class Predicate:
    name: str
    kind: str  # "event" happens on a date; "state" holds from a date until it ends
    weight: float  # Goldstein-like, -10 conflict … +10 cooperation
    cameo: str
    symmetric: bool
    rdf_property: str
    meaning: str

    @property
    def rel_type(self) -> str:
        """The Neo4j relationship type: upper snake case."""
        return self.name.upper()

    @property
    def polarity(self) -> int:
        return (self.weight > 0) - (self.weight < 0)


def load_predicates(path=SCHEMAS_DIR / "predicates.csv") -> dict[str, Predicate]:
    with open(path, newline="", encoding="utf-8") as f:
        return {
            row["predicate"]: Predicate(
                name=row["predicate"],
                kind=row["kind"],
                weight=float(row["weight"]),
                cameo=row["cameo"],
                symmetric=row["symmetric"] == "true",
                rdf_property=row["rdf_property"],
                meaning=row["meaning"],
            )
            for row in csv.DictReader(f)
        }


PREDICATES = load_predicates()
