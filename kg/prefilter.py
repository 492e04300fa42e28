"""Which of many regular expressions can match a text at all, told from the words they need.

Extraction tries some two hundred trigger patterns on every sentence, and most of them name
words the sentence does not contain. ``required_literals`` reads a compiled pattern's parse
tree (the standard library's own parser) for strings one of which every match must contain;
a ``Prefilter`` finds in one pass over a text which patterns are still worth a search.

>>> import re
>>> sorted(required_literals(re.compile(r"(?:deploy(?:ed)?|sent) (?:troops|soldiers)", re.I)))
['soldiers', 'troops']
>>> Prefilter([re.compile("sanction"), re.compile("troops")]).possible("Sanctions were announced.")
{0}
"""

import re
from collections import defaultdict
from re import _constants as sre_constants  # the parser behind re.compile, public in all but name
from re import _parser as sre_parse

REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None))
GRAM = 3  # texts are indexed by their three-letter pieces; shorter literals prove nothing


def _required(items) -> frozenset[str] | None:
    """Strings one of which every match of a parsed sequence contains (lower-cased), or None."""
    best, run = None, ""

    def sharper(a, b):  # the set whose shortest string is longest says most
        if a is None or b is None:
            return a if b is None else b
        return a if min(map(len, a)) >= min(map(len, b)) else b

    for op, av in [*items, (None, None)]:
        if op is sre_constants.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            best, run = sharper(best, frozenset([run])), ""
        if op is sre_constants.SUBPATTERN:
            best = sharper(best, _required(av[-1]))
        elif op is sre_constants.BRANCH:
            alternatives = [_required(alternative) for alternative in av[1]]
            if all(a is not None for a in alternatives):
                best = sharper(best, frozenset().union(*alternatives))
        elif op in REPEATS and av[0] >= 1:
            best = sharper(best, _required(av[2]))
    return best


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains; None if there
    are none (a pattern of classes and repeats alone)."""
    return _required(sre_parse.parse(pattern.pattern, pattern.flags))


class Prefilter:
    """Tells, for a text, which of a list of patterns may match it (case is ignored)."""

    def __init__(self, patterns: list[re.Pattern]):
        self.always: set[int] = set()
        self.users: dict[str, set[int]] = defaultdict(set)  # literal -> the patterns that need it
        for k, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if literals is None or min(map(len, literals)) < GRAM:
                self.always.add(k)
                continue
            for literal in literals:
                self.users[literal].add(k)
        self.by_gram: dict[str, list[str]] = defaultdict(list)
        for literal in self.users:
            self.by_gram[literal[:GRAM]].append(literal)

    def possible(self, text: str) -> set[int]:
        """Indexes of the patterns that may match ``text``; the others cannot."""
        low = text.lower()
        grams = {low[i : i + GRAM] for i in range(len(low) - GRAM + 1)}
        out = set(self.always)
        for gram in grams.intersection(self.by_gram):
            for literal in self.by_gram[gram]:
                if literal in low:
                    out |= self.users[literal]
        return out
