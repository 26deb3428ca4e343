"""Theme headings whose number follows the abbreviation 'nr.' ('Indsatsområde nr. 1: Energi', 'Speerpunt nr 2 -
Zorg', 'Satsingsområde nr. 3' over its name) are read like 'Indsatsområde 1: Energi'; the abbreviation is not part
of the label. Look-alike: a run that skips a number ends there. Texts written for these tests."""

from __future__ import annotations

import pytest


def _doc(headings: list[str]) -> str:
    body = "".join(f"{heading}\nHer står en kort tekst om emnet.\n\n" for heading in headings)
    return f"Testkommune\nStrategi 2025-2030\n\n{body}"


CASES = [
    (
        "da",
        ["Indsatsområde nr. 1: Energi", "Indsatsområde nr. 2: Transport", "Indsatsområde nr. 3: Affald"],
        ["Energi", "Transport", "Affald"],
    ),
    (
        "nb",
        ["Satsingsområde nr. 1 – Reiseliv", "Satsingsområde nr. 2 – Havbruk", "Satsingsområde nr. 3 – Landbruk"],
        ["Reiseliv", "Havbruk", "Landbruk"],
    ),
    (
        "nn",
        ["Innsatsområde nr 1: Levande bygder", "Innsatsområde nr 2: Grøn næring"],
        ["Levande bygder", "Grøn næring"],
    ),
    (
        "nl",
        ["Speerpunt nr. 1: Wonen", "Speerpunt nr. 2: Zorg", "Speerpunt nr. 3: Werk", "Speerpunt nr. 4: Groen"],
        ["Wonen", "Zorg", "Werk", "Groen"],
    ),
    (
        "nl",
        ["Thema nr. 1 - Energie", "Thema nr. 2 - Mobiliteit", "Thema nr. 3 - Afval"],
        ["Energie", "Mobiliteit", "Afval"],
    ),
]


@pytest.mark.parametrize(("language", "headings", "expected"), CASES)
def test_cue_headings_numbered_after_nr_are_the_themes(labels, language, headings, expected):
    assert labels(_doc(headings), language) == expected


def test_a_nr_number_alone_on_its_line_over_the_name(labels):
    text = "Testkommune\nStrategi 2025\n\nSatsingsområde nr. 1\nReiseliv\n\nTekst.\n\nSatsingsområde nr. 2\nHavbruk\n"
    assert labels(text, "nb") == ["Reiseliv", "Havbruk"]


def test_a_nr_run_that_skips_a_number_ends_there(labels):
    headings = ["Indsatsområde nr. 1: Energi", "Indsatsområde nr. 2: Transport", "Indsatsområde nr. 4: Affald"]
    assert labels(_doc(headings), "da") == ["Energi", "Transport"]
