import ast
import re
from datetime import date
from pathlib import Path

import kg.extract as extract
from kg.model import Article
from kg.prefilter import Prefilter, required_literals
from kg.relations import COMPILED, TRIGGER_WORDS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_a_literal_run_and_its_optional_ending():
    assert required_literals(re.compile(r"\bvisit(?:s|ed)? to")) == {"visit"}


def test_every_alternative_counts_and_the_sharpest_part_is_kept():
    assert required_literals(re.compile(r"(?:met|talks) with leaders", re.I)) == {" with leaders"}
    assert required_literals(re.compile(r"(?:praised|hailed)\s+\w+")) == {"praised", "hailed"}


def test_nothing_is_required_where_an_alternative_or_a_repeat_may_be_empty():
    assert required_literals(re.compile(r"(?:sanctions|\w+)\s+\d")) is None
    assert required_literals(re.compile(r"(?:troops)*\d+")) is None


def test_case_is_ignored_both_ways():
    prefilter = Prefilter([re.compile("Sanctions", re.I), re.compile("troops"), re.compile(r"\d+")])
    assert prefilter.possible("new SANCTIONS on Iran") == {0, 2}
    assert prefilter.possible("soldiers were sent") == {2}


def _sentences():
    """The bundled examples and every sentence the extraction tests are written in."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    tree = ast.parse((Path(__file__).parent / "test_extract.py").read_text(encoding="utf-8"))
    texts += [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
              and len(node.value) > 30 and " " in node.value]
    return texts


def test_no_trigger_pattern_that_matches_a_sentence_is_ruled_out():
    masked = []
    real = extract.find_relations

    def spy(text, *args, **kwargs):
        masked.append(text)
        return real(text, *args, **kwargs)

    extract.find_relations = spy
    try:
        for text in _sentences():
            extract.extract_article(Article("Report\n" + text, date(2024, 11, 5)))
    finally:
        extract.find_relations = real
    matched = 0
    for text in masked:
        possible = TRIGGER_WORDS.possible(text)
        for k, (_, pattern, _) in enumerate(COMPILED):
            if pattern.search(text):
                matched += 1
                assert k in possible, (pattern.pattern[:80], text)
    assert len(masked) > 500 and matched > 500
