"""A harbour, airport or other body is named by a place and an everyday word ('Hirtshals Havn', 'Egersund Havn',
'Florø Hamn'): the word right after the place's name heads the body's name and is no town of its own, though a town
elsewhere is called so in its own language ('Havn', the Faroese name of Tórshavn). The partner beside it in the same
sentence is still read, and the town written on its own ('Tórshavn (Færøerne)') still is one. Texts written for these
tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract


def cities(text: str, language: str, issuer: str) -> set[str]:
    return {row.city for row in extract(document_from_text(text, language=language, municipality=issuer))}


HEADED = [
    (
        "da",
        "Hjørring",
        "Kommunen har i 2025 indgået en samarbejdsaftale med Hirtshals Havn og Kiel om færgeruten.\n",
        "Kiel",
    ),
    (
        "nb",
        "Eigersund",
        "Samarbeidsavtale med Egersund Havn og Hirtshals om fiskeeksport ble signert i 2024.\n",
        "Hirtshals",
    ),
    (
        "da",
        "Frederikshavn",
        "Siden 2023 har kommunen en samarbejdsaftale med Skagen Havn og Kiel om krydstogter.\n",
        "Kiel",
    ),
    (
        "nn",
        "Kinn",
        "Kommunen har sidan 2022 ein samarbeidsavtale med Florø Hamn og Lerwick om cruiseanløp.\n",
        "Lerwick",
    ),
    (
        "da",
        "Assens",
        "Assens har en samarbejdsaftale med Assens Havn og Kappeln om lystbådeturisme fra 2021.\n",
        "Kappeln",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "partner"), HEADED)
def test_the_word_after_a_place_is_no_town(language: str, issuer: str, text: str, partner: str) -> None:
    found = cities(text, language, issuer)
    assert "Tórshavn" not in found
    assert partner in found


def test_the_town_written_on_its_own_is_kept() -> None:
    assert "Tórshavn" in cities("Venskabsbyer: Tórshavn (Færøerne) siden 1985.\n", "da", "Odense")


def test_a_run_of_towns_without_commas_keeps_every_town() -> None:
    text = "Venskabsbyer, vi arbejder mest sammen med: Fredrikstad Wismar Lancaster Galway Almere\n"
    assert {"Lancaster", "Galway", "Almere"} <= cities(text, "da", "Vejle")
