"""`literals`: the literal pre-check never skips a pattern that would match, and skips most that would not."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.actions.rules import lexicon
from pipeline.text.literals import LiteralGate, fold, required


@pytest.mark.parametrize(
    ("pattern", "need"),
    [
        (r"(?<!\w)(?:er|blev) (?:\S+\s+){0,3}?(?:udarbejdet|etableret)", {"udarbejdet", "etableret"}),
        (r"^(?:åben|aktiv)\.?$", {"åben", "aktiv"}),
        (r"(?<!\w)(?:\d+|en) af", {" af"}),
        (r"(?-i:ABC)d", {"abc"}),  # case-sensitive parts are folded too: folding only widens what passes
        (r"ikke (?:blevet )?startet", {"startet"}),
        (r"a{2,}", {"a"}),
    ],
)
def test_a_pattern_needs_its_longest_certain_literal(pattern: str, need: set[str]) -> None:
    assert required(re.compile(pattern, re.IGNORECASE)) == need


@pytest.mark.parametrize("pattern", [r"a?b*", r"(?:x|\d+)", r"[abc]+", r"\w+(?:et|t)?", r"(?:a)?\d"])
def test_a_pattern_with_no_certain_literal_is_always_tried(pattern: str) -> None:
    assert required(pattern) is None
    assert LiteralGate([pattern]).open("") == (0,)


def test_only_the_patterns_whose_words_the_text_holds_are_open_in_order() -> None:
    gate = LiteralGate([r"i gang", r"afsluttet", r"\d+\s*\w+", r"ikke startet"])
    assert gate.open("Projektet er AFSLUTTET og i gang") == (0, 1, 2)
    assert gate.open("Byrådet") == (2,)  # "\d+\s*\w+" needs no literal: always tried


def test_letters_that_re_matches_by_another_case_are_folded_alike() -> None:
    pattern = re.compile("aktivitet", re.IGNORECASE)
    for text in ("AKTIVITET", "aktıvitet", "AKTİVİTET"):
        assert pattern.search(text) and "aktivitet" in fold(text)
    assert re.search("vis", "viſ", re.IGNORECASE) and LiteralGate(["vis"]).open("viſ") == (0,)


_ALPHABET = "aeiknorstgdlpåæøu ÅÆØEIKNRST.,;-–:0123456789\n"


_WORDS = ["ikke", "er", "blev", "afsluttet", "i gang", "gjennomført", "nog niet", "gestart", "startet", "udskudt", "af",
          "van", "de", "12", "8", "%", "planlagt", "."]


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS) | st.text(_ALPHABET, max_size=6), max_size=8))
def test_the_status_rules_gate_never_skips_a_rule_that_matches(language: str, words: list[str]) -> None:
    lex = lexicon(language)
    text = " ".join(words)
    open_ranks = set(lex.rule_gate.open(text))
    assert all(rank in open_ranks for rank, rule in enumerate(lex.rules) if rule.pattern.search(text))
