"""Family: a tracker whose items carry a symbol the document's own legend explains, written right
after the title with only a space ("3. Trafikktryggleiksplan for skulane ○") or opening the item
("✔ Solceller på skolerne", "◐ 2. Ny hal"). The legend gives each symbol its status; without a
legend a bullet symbol states nothing. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

AFTER_TITLE = [
    (
        "nn",
        "Rapport om handlingsprogrammet 2025\n\nForklaring: ● = gjennomført  ◐ = i gang  ○ = ikkje starta\n\n"
        "1. Nytt reinseanlegg i Vik ●\n2. Gang- og sykkelveg langs fjorden ◐\n"
        "3. Trafikktryggleiksplan for skulane ○\n4. Digital byggjesakshandsaming ●\n",
        [
            ("1", "Nytt reinseanlegg i Vik", "completed"),
            ("2", "Gang- og sykkelveg langs fjorden", "in_progress"),
            ("3", "Trafikktryggleiksplan for skulane", "not_started"),
            ("4", "Digital byggjesakshandsaming", "completed"),
        ],
    ),
    (
        "da",
        "Tegnforklaring: ✔ = gennemført, ◐ = i gang, ✖ = ikke startet\n\n"
        "1. Solceller på skolerne ✔\n2. Elbiler til hjemmeplejen ◐\n3. Fjernvarme i landsbyerne ✖\n",
        [
            ("1", "Solceller på skolerne", "completed"),
            ("2", "Elbiler til hjemmeplejen", "in_progress"),
            ("3", "Fjernvarme i landsbyerne", "not_started"),
        ],
    ),
    (
        "nb",
        "Status tiltaksplan\n\n🟢 fullført   🟡 pågår   🔴 ikke startet\n\n"
        "A1 Nye gatelys i sentrum 🟢\nA2 Oppgradering av vannledningsnettet 🟡\nA3 Lekeplass ved Bakken skole 🔴\n",
        [
            ("A1", "Nye gatelys i sentrum", "completed"),
            ("A2", "Oppgradering av vannledningsnettet", "in_progress"),
            ("A3", "Lekeplass ved Bakken skole", "not_started"),
        ],
    ),
    (
        "nl",
        "Voortgang\n\nLegenda: ● afgerond, ◐ in uitvoering, ○ nog niet gestart\n\n"
        "1. Isolatie gemeentehuis ●\n2. Groene daken bibliotheek ◐\n3. Deelauto's voor personeel ○\n",
        [
            ("1", "Isolatie gemeentehuis", "completed"),
            ("2", "Groene daken bibliotheek", "in_progress"),
            ("3", "Deelauto's voor personeel", "not_started"),
        ],
    ),
]

BEFORE_TITLE = [
    (
        "da",
        "Tegnforklaring: ✔ = gennemført, ◐ = i gang, ✖ = ikke startet\n\n"
        "✔ Solceller på skolerne\n◐ Elbiler til hjemmeplejen\n✖ Fjernvarme i landsbyerne\n✔ Energimærkning af haller\n",
        [
            (None, "Solceller på skolerne", "completed"),
            (None, "Elbiler til hjemmeplejen", "in_progress"),
            (None, "Fjernvarme i landsbyerne", "not_started"),
            (None, "Energimærkning af haller", "completed"),
        ],
    ),
    (
        "nn",
        "Forklaring: ● = gjennomført, ◐ = i gang, ○ = ikkje starta\n\n"
        "● 1. Nytt reinseanlegg i Vik\n◐ 2. Gang- og sykkelveg langs fjorden\n○ 3. Trafikktryggleiksplan for skulane\n",
        [
            ("1", "Nytt reinseanlegg i Vik", "completed"),
            ("2", "Gang- og sykkelveg langs fjorden", "in_progress"),
            ("3", "Trafikktryggleiksplan for skulane", "not_started"),
        ],
    ),
    (
        "nb",
        "Tegnforklaring\n🟢 = gjennomført\n🟡 = under arbeid\n🔴 = ikke startet\n\n"
        "🟢 Nye gatelys i sentrum\n🟡 Trafikksikring av Skoleveien\n🔴 Utskifting av kommunale biler\n",
        [
            (None, "Nye gatelys i sentrum", "completed"),
            (None, "Trafikksikring av Skoleveien", "in_progress"),
            (None, "Utskifting av kommunale biler", "not_started"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), AFTER_TITLE)
def test_legend_mark_after_title_is_the_items_status(language: str, text: str, expected: list) -> None:
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), BEFORE_TITLE)
def test_legend_mark_opening_the_item_is_its_status(language: str, text: str, expected: list) -> None:
    assert rows(text, language) == expected


LOOKALIKES = [
    # a plan's bulleted measures, no legend: the bullet is a bullet
    ("da", "Vi vil:\n\n● Solceller på skolerne\n● Elbiler til hjemmeplejen\n● Fjernvarme i landsbyerne\n"),
    # a meeting agenda with numbered items and no legend
    ("nb", "Saksliste\n\n1. Godkjenning av innkalling ●\n2. Referatsaker ●\n3. Eventuelt ●\n"),
]


@pytest.mark.parametrize(("language", "text"), LOOKALIKES)
def test_symbols_without_a_legend_give_no_status_rows(language: str, text: str) -> None:
    assert rows(text, language) == []
