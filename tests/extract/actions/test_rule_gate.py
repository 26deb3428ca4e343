"""The status rules' literal gate: a rule is tried on a line only when the line holds the words it needs,
and no rule that would match is ever left out."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.actions.rules import lexicon
from pipeline.text.literals import LiteralGate

_WORDS = ["ikke", "er", "blev", "afsluttet", "i gang", "gjennomført", "nog niet", "gestart", "startet", "udskudt", "af",
          "van", "de", "12", "8", "%", "planlagt", ".", "Gennemført", "IKKE PÅBEGYNDT", "uitgevoerd", "ferdig"]
_ALPHABET = "aeiknorstgdlpåæøu ÅÆØEIKNRST.,;-–:0123456789\nıſİ"


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS) | st.text(_ALPHABET, max_size=6), max_size=8))
def test_a_status_rule_that_matches_a_line_is_always_tried(language: str, words: list[str]) -> None:
    lex = lexicon(language)
    text = " ".join(words)
    tried = set(lex.rule_gate.open(text))
    assert all(rank in tried for rank, rule in enumerate(lex.rules) if rule.pattern.search(text))
    assert lex.speaks(text) == any(rule.pattern.search(text) for rule in lex.rules)


def test_a_line_tries_only_the_rules_whose_words_it_holds() -> None:
    lex = lexicon("da")
    always = {rank for rank, need in enumerate(lex.rule_gate.needs) if not need}
    assert set(lex.rule_gate.open("Byrådets møde i foråret")) == always
    line = "Projektet er AFSLUTTET."
    tried = lex.rule_gate.open(line)
    assert len(tried) < len(lex.rules) // 4
    assert any(lex.rules[rank].pattern.search(line) for rank in tried)


def test_the_gate_keeps_its_answer_for_a_line_asked_again() -> None:
    gate = LiteralGate([re.compile("afsluttet", re.I), re.compile("i gang", re.I)])
    assert gate.open("Arbejdet er i gang") == gate.open("Arbejdet er i gang") == (1,)
    assert gate.open.cache_info().hits == 1
