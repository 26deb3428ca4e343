"""An enumeration of themes closed by a serial comma ('Energi og bygg, Transport og mobilitet, og Landbruk og
arealbruk'): the conjunction after the last comma opens the last theme, which stays whole even when it holds a
conjunction of its own; the sentences after the enumeration are no themes. Without the serial comma the last part
is split at its conjunction as before. Texts written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    (
        "nb",
        "Handlingsdelen har 12 tiltak fordelt på tre innsatsområder: Energi og bygg, Transport og mobilitet, og "
        "Landbruk og arealbruk. Status per tiltak er meldt inn av ansvarlig enhet.",
        ["Energi og bygg", "Transport og mobilitet", "Landbruk og arealbruk"],
    ),
    (
        "da",
        "Planen har tre indsatsområder: Natur og klima, Børn og unge, og Kultur og fritid. Status følger nedenfor.",
        ["Natur og klima", "Børn og unge", "Kultur og fritid"],
    ),
    (
        "nn",
        "Planen har tre innsatsområde: Helse og omsorg, Oppvekst, og Kultur og idrett. Rapporten kjem i juni.",
        ["Helse og omsorg", "Oppvekst", "Kultur og idrett"],
    ),
    (
        "nl",
        "Het programma kent drie speerpunten: Wonen en werken, Zorg, en Natuur en landschap. Het college rapporteert.",
        ["Wonen en werken", "Zorg", "Natuur en landschap"],
    ),
    (
        "nb",
        "Planen har tre innsatsområder: energi, transport, og landbruk. Status per tiltak er meldt inn.",
        ["energi", "transport", "landbruk"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_last_theme_after_a_serial_comma_stays_whole(labels, language: str, text: str, expected: list[str]):
    assert labels(f"Testkommune\nKlimaplan 2024-2030\n\nInnledning\n{text}\n", language) == expected


def test_without_a_serial_comma_the_last_part_splits_at_its_conjunction(labels):
    text = "Testkommune\nKlimaplan\n\nInnledning\nPlanen har tre innsatsområder: energi, transport og landbruk.\n"
    assert labels(text, "nb") == ["energi", "transport", "landbruk"]
