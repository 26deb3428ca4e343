"""Flemish plans (klimaactieplan, meerjarenplan, lokaal actieplan) group their actions in 'werven' (work streams):
"WERF 1 - Renovatie", "Werf 2: Mobiliteit", "De vijf werven van het plan zijn ...". A werf is a theme of the plan
like a pijler or speerpunt. A shipyard or building site ('de werf aan de haven', 'de bouwwerf') is not a cue."""

from __future__ import annotations

import pytest

CASES = {
    "upper_dash_with_tables": (
        "Gemeente Brasschaat\nOpvolging Klimaplan 2030\n\nHet klimaplan bevat drie werven.\n\n"
        "WERF 1 - Energiezuinige gebouwen\nNr | Actie | Status\n1.1 | Isolatiepremie | Lopend\n\n"
        "WERF 2 - Fiets en voetganger\nNr | Actie | Status\n2.1 | Nieuwe fietsbrug | Niet gestart\n\n"
        "WERF 3 - Lokale zonne-energie\nNr | Actie | Status\n3.1 | Zonnedaken scholen | Uitgevoerd\n",
        ["Energiezuinige gebouwen", "Fiets en voetganger", "Lokale zonne-energie"],
    ),
    "title_case_colon": (
        "Stad Lier\nLokaal actieplan armoede 2026-2031\n\nWerf 1: Betaalbaar wonen\n"
        "We breiden het aanbod sociale huurwoningen uit.\n\nWerf 2: Gezondheid voor iedereen\n"
        "We versterken de eerstelijnszorg in de wijken.\n\nWerf 3: Kansen voor kinderen\n"
        "Elke school krijgt een brugfiguur.\n\nWerf 4: Werk en inkomen\n"
        "We begeleiden werkzoekenden naar een job.\n",
        ["Betaalbaar wonen", "Gezondheid voor iedereen", "Kansen voor kinderen", "Werk en inkomen"],
    ),
    "numbered_list_under_cue_sentence": (
        "Gemeente Zoersel\nMeerjarenplan 2026-2031\n\nHet bestuur werkt de komende zes jaar aan vier werven:\n"
        "1. Veilige schoolroutes\n2. Een groene gemeente\n3. Zorg dichtbij\n4. Een bruisend centrum\n\n"
        "Per werf volgen de acties in bijlage.\n",
        ["Veilige schoolroutes", "Een groene gemeente", "Zorg dichtbij", "Een bruisend centrum"],
    ),
    "dash_list_under_heading": (
        "Gemeente Wuustwezel\nKlimaactieplan\n\nDe werven\n- Duurzaam renoveren\n- Slimme mobiliteit\n"
        "- Groene energie\n- Water en ontharding\n\nDe gemeenteraad keurde het plan goed op 3 maart 2026.\n",
        ["Duurzaam renoveren", "Slimme mobiliteit", "Groene energie", "Water en ontharding"],
    ),
    "en_dash_two_digit_years": (
        "Gemeente Schilde\nVoortgangsrapport klimaplan, stand van zaken 2025\n\n"
        "Werf 1 – Klimaneutrale gemeentelijke gebouwen\nDe sporthal werd in 2025 gerenoveerd.\n\n"
        "Werf 2 – Deelmobiliteit\nEr staan nu acht deelwagens in de gemeente.\n\n"
        "Werf 3 – Klimaatrobuuste straten\nDe Kerkstraat werd onthard.\n",
        ["Klimaneutrale gemeentelijke gebouwen", "Deelmobiliteit", "Klimaatrobuuste straten"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_plans_werven_are_its_themes(labels, case):
    text, expected = CASES[case]
    assert labels(text, "nl") == expected


def test_a_shipyard_is_not_a_theme(labels):
    text = (
        "Stad Temse\nNieuws\n\nDe werf aan de Schelde viert haar honderdste verjaardag.\n"
        "Op de werf werken vandaag nog 120 mensen.\n- Rondleidingen op zaterdag\n- Tentoonstelling in het stadhuis\n"
    )
    assert labels(text, "nl") == []


def test_a_building_site_list_is_not_a_list_of_themes(labels):
    text = (
        "Gemeente Boom\nInfo wegenwerken\n\nDe bouwwerf aan de Kapelstraat loopt tot juni.\n"
        "Hinder op de werf:\n- Geen doorgaand verkeer\n- Omleiding via de Boomsesteenweg\n"
    )
    assert labels(text, "nl") == []
