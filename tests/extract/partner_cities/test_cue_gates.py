"""The cue lexicon's cheap gates pick exactly the patterns and cues the plain per-pattern reading would."""

from __future__ import annotations

import pytest

from pipeline.extract.partner_cities.lexicon import lexicon
from pipeline.extract.partner_cities.mentions import candidates
from pipeline.extract.partner_cities.search import open_patterns
from pipeline.extract.partner_cities.tokens import read_tokens
from pipeline.text.literals import may_match
from pipeline.text.nlp import parse

TEXTS = [
    "Kommunen har venskabsbyer i Tyskland og Sverige.",
    "I projektet er Aarhus og Tampere partnere, og samarbejdsaftalen med Kiel blev fornyet i 2019.",
    "Vennskapsbyavtalen med Jönköping ble inngått i 1947; partnerskap med Lahti følger.",
    "De gemeente heeft een stedenband met Huye (Rwanda) en een samenwerkingsovereenkomst met Gent.",
    "Ingen af delene.",
    "",
]


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
@pytest.mark.parametrize("text", TEXTS)
def test_open_patterns_are_the_patterns_whose_words_occur(language: str, text: str) -> None:
    lex = lexicon(language)
    lowered = text.lower()
    for patterns in (lex.relation_patterns, lex.project_overrides, lex.since, lex.denials, lex.prospects):
        assert open_patterns(patterns, lowered) == tuple(p for p in patterns if may_match(p, lowered))


@pytest.mark.parametrize("language", ["da", "nb", "nl"])
def test_relation_cues_match_every_relation_pattern_read_alone(language: str) -> None:
    lex = lexicon(language)
    for text in TEXTS:
        lowered = text.lower()
        expected = sorted(
            (m.start(), m.end()) for patterns in lex.relations.values() for p in patterns for m in p.finditer(lowered)
        )
        found = sorted((c.start, c.end) for c in lex.relation_cues(text) if not c.adjacent)
        assert found == expected


def test_a_project_role_inside_another_cue_adds_nothing() -> None:
    lex = lexicon("da")
    cues = lex.relation_cues("I projektet er Aarhus og Tampere partnere.")
    roles = [c for c in cues if c.adjacent]
    assert roles and all(not any(o.start < r.end and r.start < o.end for o in cues if not o.adjacent) for r in roles)


def test_candidate_spans_stop_at_line_breaks_and_sentence_starts() -> None:
    text = "Besøg i Frankfurt am Main\nBerlin og Kiel. Aarhus-Turku samarbejdet"
    tokens = read_tokens(parse(text, "da"), text)
    spans = {text[tokens.doc[s].idx : tokens.doc[e - 1].idx + len(tokens.doc[e - 1])] for s, e, _ in candidates(tokens)}
    assert "Frankfurt am Main" in spans
    assert not any("\n" in span for span in spans)
    assert "Kiel. Aarhus-Turku" not in spans and "Aarhus-Turku" in spans
