"""Where a relation comes from, told after a renewal ('Venskabet går tilbage til 1987', 'De eerste overeenkomst
dateert van 2008', 'Den første avtalen ble inngått i 2004') or as a town joining a twin-town chain ('som kom med i
kæden i 1988'): that year is the start, the renewal's is not. A decade, or the origin of something else in the
sentence after (a church, a park), starts nothing."""

from __future__ import annotations

import pytest

ORIGINS = [
    (
        "da",
        "Tårnby",
        "Kommunen har fornyet samarbejdsaftalen med venskabsbyen Sigtuna. Venskabet går tilbage til 1987.",
        {"Sigtuna": ("twin", 1987)},
    ),
    (
        "nb",
        "Hamar",
        "Hamar har fornyet vennskapsavtalen med Viborg. Vennskapet går tilbake til 1962.",
        {"Viborg": ("twin", 1962)},
    ),
    (
        "nn",
        "Voss",
        "Voss og venskapskommunen Kuopio har fornya avtalen. Samarbeidet går attende til 1976.",
        {"Kuopio": ("twin", 1976)},
    ),
    (
        "nl",
        "Menen",
        "Donderdag tekenden Menen en Halluin een vernieuwde samenwerkingsovereenkomst. De eerste overeenkomst dateert"
        " van 2008.",
        {"Halluin": ("cooperation_agreement", 2008)},
    ),
    (
        "da",
        "Fredericia",
        "Fredericias venskabsbyer:\n  – Växjö i Sverige (siden 1947)\n"
        "  – Isafjordur i Island, som kom med i kæden i 1988.",
        {"Växjö": ("twin", 1947), "Ísafjörður": ("twin", 1988)},
    ),
    (
        "nb",
        "Bodø",
        "Bodø har fornyet samarbeidsavtalen med Kiruna. Den første avtalen ble inngått i 2004.",
        {"Kiruna": ("cooperation_agreement", 2004)},
    ),
    ("nl", "Weert", "Weert heeft een stedenband met Kleve. De band dateert uit 1993.", {"Kleve": ("twin", 1993)}),
]

NO_ORIGIN = [
    (
        "nb",
        "Hamar",
        "Hamar har fornyet vennskapsavtalen med Viborg. Tradisjonen med utveksling går tilbake til 1950-tallet.",
        {"Viborg": ("twin", None)},
    ),
    (
        "da",
        "Tårnby",
        "Kommunen har fornyet samarbejdsaftalen med venskabsbyen Sigtuna. Kirken i Sigtuna går tilbage til"
        " 1100-tallet.",
        {"Sigtuna": ("twin", None)},
    ),
    (
        "nl",
        "Menen",
        "Donderdag tekenden Menen en Halluin een vernieuwde samenwerkingsovereenkomst. Het Leiepark dateert van 2008.",
        {"Halluin": ("cooperation_agreement", None)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ORIGINS)
def test_a_relations_origin_year_is_its_start(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NO_ORIGIN)
def test_a_decade_or_another_things_origin_starts_nothing(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
