"""Family: a plan that lists its coded items without reporting on them (a Flemish meerjarenplan's actieplannen, a
handlingsplan's tiltak, an uitvoeringsagenda's acties) records no implementation status: its items are no action
rows. The precision side: a report in which one item among reported ones is left blank keeps it as unknown.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PLANS = [
    (
        "nl",
        "Meerjarenplan 2026-2031\n\nBD1  Een groene gemeente\n     AP1.1  We planten bomen langs de Leie\n"
        "     AP1.2  We renoveren het zwembad\nBD2  Betaalbaar wonen\n     AP2.1  We bouwen sociale woningen\n"
        "     AP2.2  We openen een woonloket\n",
    ),
    (
        "nb",
        "Handlingsdel 2026–2029\n\nTiltak 1.1 Ny gangbru over elva\nTiltak 1.2 Ladepunkter ved rådhuset\n"
        "Tiltak 2.1 Ny barnehage i sentrum\nTiltak 2.2 Sykkelhotell ved stasjonen\n",
    ),
    (
        "da",
        "Handleplan 2026\n\nHandling 1: Solceller på skolerne\nHandling 2: Grønne tage på hallerne\n"
        "Handling 3: Elbiler i hjemmeplejen\nHandling 4: Regnbede i midtbyen\n",
    ),
    (
        "nn",
        "Handlingsplan for klima 2026–2030\n\nTiltak 1 Ny lysløype\nTiltak 2 Nytt tak på skulen\nTiltak 3 Ny kai\n",
    ),
    (
        "nl",
        "Uitvoeringsagenda Economie 2026\n\nActie 1 – Ondernemersloket in het stadhuis\nActie 2 – Leegstandsaanpak"
        " in de binnenstad\nActie 3 – Startersfonds\nActie 4 – Bedrijventerrein vernieuwen\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), PLANS)
def test_a_plan_listing_its_items_without_reporting_on_them_gives_no_action_rows(language, text):
    assert rows(text, language) == []


def test_one_blank_item_in_a_report_stays_an_unknown_action():
    text = (
        "Status 2026\n\nTiltak 1 Ny gangbru – fullført\nTiltak 2 Ladepunkter – pågår\n"
        "Tiltak 3 Sykkelhotell – ikke startet\nTiltak 4 Ny kai\n"
    )
    assert ("4", "Ny kai", "unknown") in rows(text, "nb")
