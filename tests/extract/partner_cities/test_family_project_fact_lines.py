"""A project described by fact lines ('Westfront (2024-2027)' / 'Programma: Interreg ...' / 'Partners: ...', or a
numbered project item whose head names its programme): the bare partner word of its 'Partners:' line names that
project's partners. Over a paragraph of sentences, or under a heading about no project, it names nobody's partners.
Also a fronted partner list whose application or agreement word comes late in a long sentence ('Met de gemeente X en
de gemeente Y wordt een gezamenlijke projectaanvraag ingediend')."""

from __future__ import annotations

import pytest

FACT_LINES = [
    (
        "nl",
        "Lokeren",
        "Groene Kaaien (2024-2027)\nProgramma: Interreg Vlaanderen-Nederland\n"
        "Partners: de stad Breda (Nederland) en de gemeente Kleve (Duitsland).",
        {"Breda": ("project_partner", None), "Kleve": ("project_partner", None)},
    ),
    (
        "da",
        "Vejle",
        "Grøn Havn (2025-2027)\nProgram: Interreg Øresund-Kattegat-Skagerrak\nPartnere: Halmstad og Fredrikstad.",
        {"Halmstad": ("project_partner", None), "Fredrikstad": ("project_partner", None)},
    ),
    (
        "nb",
        "Alta",
        "1. Arctic Roads (Interreg Aurora, 2024-2026)\n   Trafikksikkerhet på vinterveier. Partnere:"
        " Kiruna og Rovaniemi.",
        {"Kiruna": ("project_partner", None), "Rovaniemi": ("project_partner", None)},
    ),
    (
        "nn",
        "Voss",
        "Fjellvegen (Interreg Sverige-Noreg, 2025-2027)\nBudsjett: 3 millionar kroner\nPartnarar: Åre og Östersund.",
        {"Åre": ("project_partner", None), "Östersund": ("project_partner", None)},
    ),
    (
        "nl",
        "Lokeren",
        "2. Slimme Dijken (Interreg Deutschland-Nederland, 2025-2028)\n"
        "   Dijkversterking met sensoren. Partners: de stad Emmerich am Rhein\n"
        "   (Duitsland) en de gemeente Kleve (Duitsland).",
        {"Emmerich": ("project_partner", None), "Kleve": ("project_partner", None)},
    ),
]

NOT_FACT_LINES = [
    (
        "nl",
        "Lokeren",
        "Sportdag 2026\nDe sportdienst organiseert een dag voor alle scholen.\nPartners: Kleve en Emmerich am Rhein.",
        {},
    ),
    ("da", "Vejle", "Grøn Havn (Interreg)\nProjektet sluttede i 2024.\nPartnere: Halmstad og Fredrikstad.", {}),
    ("da", "Vejle", "Grøn Havn (Interreg)\n\nI sommer besøgte borgmesteren Halmstad og Fredrikstad.", {}),
    (
        "nb",
        "Alta",
        "Arctic Roads (Interreg Aurora)\nProsjektet ledes fra Tromsø.\nKontakt: Kiruna og Rovaniemi har kontorer.",
        {},
    ),
]

LATE_APPLICATION_WORD = [
    (
        "nl",
        "Ranst",
        "Met de gemeente Tilburg en de gemeente Breda wordt in het voorjaar een gezamenlijke"
        " projectaanvraag ingediend.",
        {"Tilburg": ("project_partner", None), "Breda": ("project_partner", None)},
    ),
    (
        "nl",
        "Lochem",
        "Met de Duitse steden Kleve, Emmerich am Rhein en Bocholt is vorige maand een aanvraag ingediend bij Interreg.",
        {
            "Kleve": ("project_partner", None),
            "Emmerich": ("project_partner", None),
            "Bocholt": ("project_partner", None),
        },
    ),
    (
        "da",
        "Tønder",
        "Med de tyske byer Husum, Niebüll og Flensburg har kommunen i efteråret sendt en fælles"
        " ansøgning til Interreg.",
        {
            "Husum": ("project_partner", None),
            "Niebüll": ("project_partner", None),
            "Flensburg": ("project_partner", None),
        },
    ),
    (
        "nb",
        "Alta",
        "Med de svenske og finske byene Kiruna og Rovaniemi har kommunen i løpet av høsten sendt en"
        " søknad om Interreg-midler.",
        {"Kiruna": ("project_partner", None), "Rovaniemi": ("project_partner", None)},
    ),
    (
        "nn",
        "Voss",
        "Med dei svenske kommunane Åre og Östersund har Voss herad i løpet av hausten sendt ein søknad til Interreg.",
        {"Åre": ("project_partner", None), "Östersund": ("project_partner", None)},
    ),
]

NOT_APPLICATIONS = [
    (
        "nl",
        "Ranst",
        "Met de trein reizen inwoners in een uur naar Breda en Tilburg, waar de markt elke zaterdag plaatsvindt.",
        {},
    ),
    (
        "da",
        "Tønder",
        "Med færgen fra Rømø kan man sejle til Sylt, og derfra videre til Husum og Flensburg om sommeren.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), FACT_LINES)
def test_partner_lines_under_a_projects_fact_lines_name_its_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_FACT_LINES)
def test_partner_lines_apart_from_a_project_name_nobodys_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LATE_APPLICATION_WORD)
def test_fronted_lists_take_an_application_word_late_in_their_sentence(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_APPLICATIONS)
def test_fronted_lists_without_an_application_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
