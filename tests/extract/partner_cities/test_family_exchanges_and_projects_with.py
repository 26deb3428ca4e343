"""An exchange with a town ('uitwisseling van ambtenaren met Leuven') or a named project 'with' a town (het
uitwisselingsproject "Samen Sterk" met de stad Krefeld) is a cooperation typed by its context like 'samenwerking
met': in a named project or programme its towns are project partners. An exchange of data, one held by a school
or with pupils from a town, or one only discussed, names no partner town."""

from __future__ import annotations

import pytest

PP = ("project_partner", None)

NAMED = [
    ("Venlo", 'Binnen Erasmus+ loopt het uitwisselingsproject "Samen Sterk" met de Duitse stad Krefeld.', "Krefeld"),
    ("Sluis", 'Het Interreg-project "Groene Havens" met de stad Oostende startte in 2024.', "Oostende"),
    (
        "Tilburg",
        "In het Erasmus+-programma organiseert de gemeente een uitwisseling met de Belgische stad Turnhout voor\n"
        "jongerenwerkers.",
        "Turnhout",
    ),
    ("Eindhoven", 'Binnen het project "Slimme Grens" loopt een uitwisseling van ambtenaren met Leuven.', "Leuven"),
    ("Arnhem", 'Het uitwisselingsproject "Rijn Verbindt" met de stad Duisburg wordt in 2026 voortgezet.', "Duisburg"),
    (
        "Genk",
        "Binnen Interreg loopt het fietsproject Grensroute met\nde Nederlandse gemeente Maastricht.",
        "Maastricht",
    ),
]

NOT_PARTNERS = [
    ("Zundert", "De uitwisseling van gegevens met de provincie Antwerpen verloopt digitaal."),
    ("Zundert", "Het project werd afgestemd met de buurgemeenten."),
    ("Venlo", "De school organiseert een uitwisseling met een school in Aken."),
    ("Venlo", "Het basisonderwijs heeft een uitwisseling met leerlingen uit Krefeld."),
    (
        "Venlo",
        'Scholen in Etten-Leur doen mee aan het project "Samen Sterk" als toehoorder; zij zijn geen projectpartner.',
    ),
    ("Venlo", "Een uitwisseling met de Duitse stad Krefeld werd besproken maar niet gestart."),
]


@pytest.mark.parametrize(("issuer", "text", "town"), NAMED)
def test_an_exchange_or_a_project_with_a_town_names_a_project_partner(rows, issuer, text, town):
    assert rows(text, "nl", issuer) == {town: PP}


@pytest.mark.parametrize(("issuer", "text"), NOT_PARTNERS)
def test_an_exchange_of_data_a_school_or_a_discussed_one_names_no_partner(rows, issuer, text):
    assert rows(text, "nl", issuer) == {}
