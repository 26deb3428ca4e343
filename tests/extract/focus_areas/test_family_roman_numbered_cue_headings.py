"""Theme headings numbered with Roman numerals after the cue word ('Satsingsområde II: Transport', 'Thema III –
Afval', 'Indsatsområde IV. Natur', 'Pijler II' over its name) are read as numbered 1, 2, 3 ...; the numeral is not
part of the label. Look-alikes: a Roman run that skips a number ends there; lettered headings (A, B, C) still read.
Texts written for these tests."""

from __future__ import annotations

import pytest

_TITLES = {
    "da": "Klimastrategi 2025-2030",
    "nb": "Klimastrategi 2025-2030",
    "nn": "Klimastrategi 2025-2030",
    "nl": "Klimaatstrategie 2025-2030",
}


def _doc(language: str, headings: list[str]) -> str:
    body = "".join(f"{heading}\nHer står en kort tekst om emnet.\n\n" for heading in headings)
    return f"Testkommune\n{_TITLES[language]}\n\n{body}"


CASES = [
    ("nb", ["Satsingsområde I: Energi", "Satsingsområde II: Transport", "Satsingsområde III: Avfall"]),
    ("nn", ["Innsatsområde I – Levande bygder", "Innsatsområde II – Grøn næring", "Innsatsområde III – Helse"]),
    (
        "da",
        [
            "Indsatsområde I. Energi",
            "Indsatsområde II. Transport",
            "Indsatsområde III. Affald",
            "Indsatsområde IV. Natur",
        ],
    ),
    ("nl", ["Thema I: Energie", "Thema II: Mobiliteit", "Thema III: Afval", "Thema IV: Groen", "Thema V: Water"]),
    ("nl", ["Pijler I | Wonen", "Pijler II | Zorg", "Pijler III | Werk"]),
    ("da", ["Fokusområde I) Trivsel", "Fokusområde II) Læring", "Fokusområde III) Fællesskab"]),
]


@pytest.mark.parametrize(("language", "headings"), CASES)
def test_roman_numbered_cue_headings_are_the_themes(labels, language, headings):
    expected = [heading.split(maxsplit=2)[2].lstrip("–|").strip() for heading in headings]
    assert labels(_doc(language, headings), language) == expected


def test_roman_numerals_on_their_own_line_over_the_name(labels):
    text = "Testkommune\nKlimaplan 2025\n\nPijler I\nWonen\n\nTekst.\n\nPijler II\nZorg\n\nTekst.\n\nPijler III\nWerk\n"
    assert labels(text, "nl") == ["Wonen", "Zorg", "Werk"]


def test_a_roman_run_that_skips_a_number_ends_there(labels):
    headings = ["Satsingsområde I: Energi", "Satsingsområde II: Transport", "Satsingsområde IV: Avfall"]
    assert labels(_doc("nb", headings), "nb") == ["Energi", "Transport"]


def test_lettered_cue_headings_still_read(labels):
    headings = ["Satsingsområde A: Energi", "Satsingsområde B: Transport", "Satsingsområde C: Avfall"]
    assert labels(_doc("nb", headings), "nb") == ["Energi", "Transport", "Avfall"]
