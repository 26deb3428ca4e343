"""A town's title right before its name is no place of its own: 'Partners: Stad Ieper (promotor)', 'de Hanzesteden
Doesburg, Zutphen en Deventer'. Flemish cities write 'Stad' before their name, and the gazetteer knows 'Stad' as a
Norwegian municipality; the name after the title is the partner, and a title word is no person's first name."""

from __future__ import annotations

import pytest

TITLED = [
    (
        "nl",
        "Poperinge",
        "Westhoek Wandelt (2024-2027)\nProgramma: Interreg France-Wallonie-Vlaanderen\n"
        "Partners: Stad Roeselare (promotor), de gemeente Heuvelland en de Franse gemeente Bailleul.\n",
        {
            "Roeselare": ("project_partner", None),
            "Heuvelland": ("project_partner", None),
            "Bailleul": ("project_partner", None),
        },
    ),
    (
        "nl",
        "Lochem",
        "In het Interreg-project 'Hanze Verbindt' werkt Lochem samen met de Hanzesteden Zutphen en Deventer.",
        {"Zutphen": ("project_partner", None), "Deventer": ("project_partner", None)},
    ),
    (
        "nl",
        "Harderwijk",
        "Harderwijk heeft sinds 1987 een stedenband met de Hanzestad Lemgo in Duitsland.",
        {"Lemgo": ("twin", 1987)},
    ),
    (
        "nl",
        "Tielt",
        "Stad Tielt heeft sinds 1971 een verbroedering met Stad Mettet.",
        {"Mettet": ("twin", 1971)},
    ),
    (
        "nl",
        "Nieuwpoort",
        "Samen met Stad Oostende en de Franse gemeente Bray-Dunes werkt Nieuwpoort in het Interreg-project "
        "'Kust Zonder Grenzen' aan de duinen.",
        {"Oostende": ("project_partner", None), "Bray-Dunes": ("project_partner", None)},
    ),
]

NOT_TITLES = [
    (
        "nn",
        "Bremanger",
        "Bremanger deltek i Interreg-prosjektet «Kystlos» saman med Stad kommune og Kalmar i Sverige.",
        {"Stad": ("project_partner", None), "Kalmar": ("project_partner", None)},
    ),
    ("nl", "Tielt", "Stad Tielt\nDe gemeenteraad vergaderde op 12 maart 2026 over de begroting.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), TITLED)
def test_the_name_after_a_town_title_is_the_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_TITLES)
def test_a_title_word_elsewhere_is_left_to_the_other_rules(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
