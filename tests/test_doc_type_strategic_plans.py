"""doc_type of a plan its title calls strategic ('Strategisk næringsplan', 'Strategisk plan for kultur'): a strategy,
though its words are those of a plan. Minutes discussing such a plan, and the action plan under it, keep their types."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, title


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Strategisk næringsplan 2026–2030\n\nHøringsutkast\n\nVi vil skape flere arbeidsplasser i kommunen."),
        ("nb", "STRATEGISK NÆRINGSPLAN FOR VERDAL 2025-2029\n\nInnledning\n\nPlanen har fire satsingsområder."),
        ("nb", "Tana kommune\n\nStrategisk plan for kultur 2026-2030\n\nKulturlivet er viktig for bolyst."),
        ("nn", "Strategisk næringsplan for Ulvik 2026-2030\n\nPlanen har tre innsatsområde."),
        ("da", "Strategisk erhvervsplan 2026-2030\n\nVi vil styrke erhvervslivet i hele kommunen."),
        ("nb", "Strategisk næringsplan 2024–2028\n\nResultater fra forrige periode er oppsummert i kapittel 2."),
    ],
)
def test_a_plan_titled_strategic_is_a_strategy(language: str, text: str):
    assert doc_type(text, title(text), language) == "strategy"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Møteprotokoll formannskapet\n\nSak 12/26 Strategisk næringsplan 2026-2030\nVedtak\n"
            "Innstillingen ble enstemmig vedtatt.\nSak 13/26 Budsjett\nVedtak\nInnstillingen ble vedtatt.\n",
            "case_protocol",
        ),
        ("nb", "Handlingsplan 2026 for strategisk næringsplan\n\nTiltak 1: Etablere et næringsforum.", "programme"),
        ("nb", "Strategisk viktige saker for kommunen\n\nEt notat om kommunens prioriteringer.", "other"),
    ],
)
def test_lookalikes_of_a_strategic_plan_keep_their_type(language: str, text: str, expected: str):
    assert doc_type(text, title(text), language) == expected
