"""A town too small for the city set outside Europe, written on its entry line with its state or province and then its
country ('Solvang, California (USA)', 'Sioux Center, Iowa (VS)'): the bracketed country after the state places the
town, so it is matched; the state itself is no town of that country. A second town between a name and a bracketed
country is no state, and a small far town named without its country stays unmatched."""

from __future__ import annotations

import pytest

STATE_THEN_COUNTRY = [
    (
        "da",
        "Rebild",
        "Venskabsbyer\nSolvang, California (USA)\nSolvang og Rebild indgik en venskabsbyaftale i 1985.",
        {"Solvang": ("twin", 1985)},
    ),
    (
        "nn",
        "Luster",
        "Andre avtalar\nWestby, Wisconsin (USA)\nI 2019 inngjekk Luster og Westby ein"
        " samarbeidsavtale om kulturutveksling.",
        {"Westby": ("cooperation_agreement", 2019)},
    ),
    (
        "nb",
        "Kongsberg",
        "Andre samarbeidsavtaler\nLindsborg, Kansas (USA)\nKongsberg og Lindsborg har hatt en"
        " samarbeidsavtale siden 2012.",
        {"Lindsborg": ("cooperation_agreement", 2012)},
    ),
    (
        "nl",
        "Ermelo",
        "Stedenbanden\nSioux Center, Iowa (VS)\nDe stedenband met Sioux Center dateert van 2001.",
        {"Sioux Center": ("twin", 2001)},
    ),
    (
        "nb",
        "Kongsberg",
        "Vennskapsbyer\nStoughton, Wisconsin (USA)\nVennskapsavtalen med Stoughton ble underskrevet i 1988.",
        {"Stoughton": ("twin", 1988)},
    ),
]

NO_STATE = [
    ("da", "Rebild", "Solvang har mange danske bagerier, og mange turister fra Californien besøger byen.", {}),
    ("nb", "Kongsberg", "Mange utvandret til Iowa (USA) og Wisconsin på 1800-tallet.", {}),
    ("nl", "Ermelo", "Veel inwoners emigreerden naar Iowa (VS) en Michigan.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), STATE_THEN_COUNTRY)
def test_small_far_towns_written_with_state_and_country_are_places(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NO_STATE)
def test_states_and_far_towns_without_country_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


def test_a_second_town_before_a_bracketed_country_is_no_state():
    from pipeline.extract.partner_cities.stated import stated_country

    text = "Kiel, Lund (Sverige)"
    assert stated_country(text, len("Kiel")) is None
    assert stated_country("Solvang, California (USA)", len("Solvang")) == "US"
