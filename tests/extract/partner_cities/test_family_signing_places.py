"""A town named only as the place an agreement was signed ("aftalen blev underskrevet i X", "het akkoord werd
ondertekend in X") is where it happened, not a partner; the partner beside it stays, also when the signing took
place in the partner town itself. Texts written for these tests."""

from __future__ import annotations

import pytest

SIGNED = [
    (
        "da",
        "Vejle",
        "Vejle har venskabsby med Visby i Sverige siden 1990. Aftalen blev underskrevet i Oslo.",
        "Visby",
        "Oslo",
    ),
    (
        "nb",
        "Bodø",
        "Bodø har vennskapsby med Kemi i Finland siden 1980. Avtalen ble undertegnet i Helsinki.",
        "Kemi",
        "Helsinki",
    ),
    (
        "nn",
        "Voss",
        "Voss har vennskapskommune Kolding i Danmark sidan 1985. Avtalen vart underteikna i Bergen.",
        "Kolding",
        "Bergen",
    ),
    (
        "nl",
        "Lier",
        "Lier heeft een stedenband met Kalisz sinds 1999. Het akkoord werd ondertekend in Warschau.",
        "Kalisz",
        "Warschau",
    ),
    (
        "da",
        "Tårnby",
        "Tårnby har venskabsby med Lund (Sverige) siden 1968, hvor aftalen blev signeret i Malmö.",
        "Lund",
        "Malmö",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "partner", "place"), SIGNED)
def test_a_signing_place_is_no_partner(rows, language, town, text, partner, place):
    found = rows(text, language, town)
    assert partner in found
    assert place not in found


def test_signed_in_the_partner_town_keeps_the_partner(rows):
    text = "Vejle har venskabsby med Visby i Sverige siden 1990. Aftalen blev underskrevet i Visby."
    assert "Visby" in rows(text, "da", "Vejle")
