"""`literal_first`: a leading word boundary moved behind the leading word finds the same matches at the same offsets."""

import json
import re
from pathlib import Path

import pytest

from pipeline.rules import layered, literal_first

TEXTS = [
    "venskabsbyer og venskabsbyen; forvenskabsby er ingen. Projects and project partners, projekt-partner",
    "søsterbyerne\nsøster-byer  partnerby partnerbyerne,partnerbyer. mou MOU mou-aftale amou",
    "abab aab ab-ab xabab abbb ab",
    "",
]
PATTERNS = [
    r"\bvenskabsby\w*",
    r"\bprojects?\b",  # the quantified letter stays behind the word
    r"\bab{2}",
    r"\bab+",
    r"\bab*?\b",
    r"\bmou\b|\bpartnerby(?:er|en|erne)?\b",  # a later alternative keeps its own boundary
    r"\bs?øster",  # a one-letter word under a quantifier: nothing to move
    r"\b\w*projekt\w*",  # no leading word
    r"(?<!\w)partner",
    r"\bprojekt(?P<rest>-\w+)?",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_literal_first_matches_where_the_pattern_matches(pattern: str) -> None:
    moved, original = re.compile(literal_first(pattern)), re.compile(pattern)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in moved.finditer(text)] == [
            (m.span(), m.groups()) for m in original.finditer(text)
        ]
        for at in range(len(text)):
            assert bool(moved.match(text, at)) == bool(original.match(text, at))


def test_literal_first_opens_on_the_word() -> None:
    assert literal_first(r"\bvenskabs\w*") == r"venskabs(?<=\bvenskabs)\w*"
    assert literal_first(r"\bprojects?") == r"project(?<=\bproject)s?"
    assert literal_first(r"\b\w*kontor") == r"\b\w*kontor"
    assert literal_first(r"\bs?by") == r"\bs?by"


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else []
    return [s for value in values for s in _strings(value)]


def _compiles(source: str) -> bool:
    try:
        re.compile(source)
    except re.error:
        return False
    return True


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_partner_rules_find_what_their_rule_text_finds(language: str) -> None:
    """Every pattern of the partner rules, over the partner test sentences, lower-cased as cues read them."""
    sentences = Path(__file__).parents[1] / "extract" / "partner_cities" / "sentences"
    text = "\n".join(_strings(json.loads((sentences / "families.json").read_text())))
    lowered = text.lower()
    sources = {s for s in _strings(layered("partner_cities", language)) if _compiles(s)}
    moved = [s for s in sources if literal_first(s) != s]
    assert len(moved) > 100
    for source in moved:
        spans = [m.span() for m in re.finditer(literal_first(source), lowered)]
        assert spans == [m.span() for m in re.finditer(source, lowered)], source
