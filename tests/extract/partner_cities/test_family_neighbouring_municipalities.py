"""A neighbouring municipality of the catalogue named as a partner in a named project is a partner, however close
to the issuer's seat it lies ('Samen met de gemeenten Maaseik en Dilsen-Stokkem ontwikkelt Kinrooi ...'); the
issuer's own villages, and municipalities merged into the issuer, are not."""

from __future__ import annotations

import pytest

NEIGHBOURS = [
    (
        "nl",
        "Dentergem",
        "In het Interreg-project 'Leie Leeft' werkt Dentergem samen met de gemeente Wielsbeke en de Franse stad "
        "Armentières.",
        {"Wielsbeke": ("project_partner", None), "Armentières": ("project_partner", None)},
    ),
    (
        "nl",
        "Middelkerke",
        "Kustpad 2.0 (2024-2027)\nProgramma: Interreg Vlaanderen-Nederland\n"
        "Partners: Stad Oostende (promotor) en de Nederlandse gemeente Sluis.\n",
        {"Oostende": ("project_partner", None), "Sluis": ("project_partner", None)},
    ),
    (
        "nl",
        "Vlissingen",
        "Samen met Middelburg en de Belgische stad Knokke-Heist ontwikkelt Vlissingen in het Interreg-project "
        "'Zeeuwse Kust' een fietsroute.",
        {"Middelburg": ("project_partner", None), "Knokke-Heist": ("project_partner", None)},
    ),
    (
        "nl",
        "Eersel",
        '• LEADER – project "Kempen Fietst" (2023-2026)\n'
        "  Projectpartners: de gemeente Valkenswaard (Nederland) en de stad Bergeijk.\n",
        {"Valkenswaard": ("project_partner", None), "Bergeijk": ("project_partner", None)},
    ),
    (
        "nl",
        "Boom",
        'In het Interreg-project "Rivieren Verbinden" werkt Boom samen met Bornem en de Duitse stad Kleve.',
        {"Bornem": ("project_partner", None), "Kleve": ("project_partner", None)},
    ),
    (
        "da",
        "Herlev",
        'I Interreg-projektet "Grøn Omstilling Øresund" samarbejder Herlev Kommune med Ballerup Kommune og '
        "Helsingborg i Sverige.",
        {"Ballerup": ("project_partner", None), "Helsingborg": ("project_partner", None)},
    ),
    (
        "da",
        "Glostrup",
        'Projektet "Klimavej 2030" (Interreg Øresund-Kattegat-Skagerrak)\n'
        "Partnere: Brøndby Kommune, Vallensbæk Kommune og Malmö i Sverige.\n",
        {
            "Brøndby": ("project_partner", None),
            "Vallensbæk": ("project_partner", None),
            "Malmö": ("project_partner", None),
        },
    ),
    (
        "da",
        "Ishøj",
        'Sammen med Hvidovre Kommune og Lund i Sverige deltager Ishøj i Interreg-projektet "Kyst i Balance" '
        "(2024-2027).",
        {"Hvidovre": ("project_partner", None), "Lund": ("project_partner", None)},
    ),
    (
        "nb",
        "Siljan",
        "Siljan deltar i Interreg-prosjektet «Grønne Grenser» sammen med Skien kommune og Strömstad i Sverige.",
        {"Skien": ("project_partner", None), "Strömstad": ("project_partner", None)},
    ),
    (
        "nb",
        "Stavanger",
        "I Interreg-prosjektet «North Sea Ports» er Stavanger partner sammen med Sola kommune og Esbjerg i Danmark.",
        {"Sola": ("project_partner", None), "Esbjerg": ("project_partner", None)},
    ),
    (
        "nb",
        "Verdal",
        "Prosjektet «Trøndersk Matkultur» (Interreg Aurora, 2025–2027)\n"
        "Partnere: Levanger kommune og Östersund kommun i Sverige.\n",
        {"Levanger": ("project_partner", None), "Östersund": ("project_partner", None)},
    ),
]

OWN_OR_MERGED = [
    (
        "nl",
        "Hasselt",
        "In het Interreg-project 'Groene Gordel' werkt Hasselt samen met Kortessem en de Nederlandse stad Maastricht.",
        {"Maastricht": ("project_partner", None)},
    ),
    (
        "nl",
        "Merelbeke-Melle",
        "In het Interreg-project 'Schelde Leeft' werken Merelbeke en Melle samen met de Nederlandse stad Terneuzen.",
        {"Terneuzen": ("project_partner", None)},
    ),
    (
        "nl",
        "Peer",
        "In het LEADER-project 'Kempen Fietst' werkt Peer samen met de Nederlandse gemeente Bergeijk; de route loopt "
        "door Grote-Brogel.",
        {"Bergeijk": ("project_partner", None)},
    ),
    ("nl", "Wevelgem", "Wevelgem en Menen werken samen in de brandweerzone Fluvia.", {}),
    (
        "da",
        "Billund",
        'I projektet "Grønne Stier" samarbejder Billund med Grindsted og Vorbasse om nye stier.',
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NEIGHBOURS)
def test_a_neighbouring_municipality_in_a_named_project_is_a_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), OWN_OR_MERGED)
def test_own_villages_and_merged_municipalities_stay_the_issuers(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
