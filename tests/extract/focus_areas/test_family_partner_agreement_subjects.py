"""What an agreement with a partner town or body is about ("een samenwerkingsakkoord met Kampen ... Het akkoord gaat
over erfgoed, Hanzegeschiedenis en vrijwilligerswerk"): the partnership's subjects, not the municipality's own
themes. The municipality's own agreement or strategy ("Dit akkoord richt zich op ...", "De strategie richt zich
op ...") still names its themes, also beside a partnership. Documents written for these tests."""

from __future__ import annotations

import pytest

PARTNERSHIPS = [
    (
        "Nieuws | Bestuur\nRaad keurt samenwerking met Leer goed\n\n"
        "De gemeenteraad keurde dinsdag een samenwerkingsakkoord goed met de Duitse stad Leer.\n"
        "Het akkoord gaat over toerisme, onderwijs en de uitwisseling van jongeren.\n"
        "Het wordt in mei ondertekend.\n"
    ),
    (
        "Stedenbanden\n\nIn 2019 ondertekende de gemeente een vriendschapsakkoord met het Franse Beaune. "
        "Het akkoord richt zich op wijnbouw, cultuur en sport.\n"
    ),
    (
        "Jaarverslag internationale samenwerking 2025\n\n"
        "Met de Poolse gemeente Nysa sloten we in 2024 een partnerschapsovereenkomst.\n"
        "De overeenkomst draait om klimaat, erfgoed en onderwijs.\n"
    ),
    (
        "Persbericht\nGemeente tekent akkoord met hogeschool\n\n"
        "Het college tekende vandaag een samenwerkingsakkoord met de Hogeschool Zeeland.\n"
        "Het akkoord zet vooral in op stages, onderzoek en een leerwerkplaats.\n"
    ),
]


@pytest.mark.parametrize("text", PARTNERSHIPS)
def test_what_a_partnership_agreement_is_about_names_no_theme(labels, text):
    assert labels(text, "nl") == []


def test_the_municipalitys_own_agreement_names_its_themes(labels):
    text = "Coalitieakkoord 2026-2030\n\nDit akkoord richt zich op wonen, werken en zorg.\nWe maken het samen waar.\n"
    assert labels(text, "nl") == ["wonen", "werken", "zorg"]


def test_a_strategy_beside_a_partnership_names_its_themes(labels):
    text = (
        "Internationale strategie 2026-2030\n\n"
        "Met Leer hebben we sinds 2010 een samenwerkingsakkoord.\n"
        "De strategie richt zich op onderwijs, klimaat en economie.\n"
    )
    assert labels(text, "nl") == ["onderwijs", "klimaat", "economie"]
