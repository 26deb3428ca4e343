"""`any_of`: one alternation for a yes/no search, with the shared word-start guard factored out."""

import re

import pytest

from pipeline.extract.actions.rules import lexicon
from pipeline.rules import any_of

PATTERNS = [r"(?<!\w)er (?:nu )?afsluttet", r"(?<!\w)i gang(?!\w)", r"^planlagt\.?$", r"\d+ af \d+ er"]
LINES = [
    "Projektet er nu afsluttet.",
    "Arbejdet er i gang",
    "planlagt.",
    "3 af 5 er færdige",
    "Indsatsen gengang er ikke nævnt",  # "gang" inside a word: the guard still holds
    "Der er planlagt et møde",  # "planlagt" not alone on its line
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_any_of_finds_a_line_exactly_when_one_of_its_patterns_does(line: str) -> None:
    one = re.compile(any_of(PATTERNS), re.IGNORECASE)
    assert bool(one.search(line)) == any(re.search(p, line, re.IGNORECASE) for p in PATTERNS)


def test_any_of_nothing_matches_nothing() -> None:
    assert re.search(any_of([]), "any text at all") is None


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_status_rules_screen_lines_as_each_rule_does(language: str) -> None:
    lex = lexicon(language)
    samples = ["Tiltaket er gjennomført i 2024.", "Projektet er afsluttet.", "De actie is afgerond.", "Ikke startet"]
    for line in samples:
        assert lex.speaks(line) == any(rule.pattern.search(line) for rule in lex.rules)
