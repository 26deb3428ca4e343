"""A coded item whose title opens on a number ("Actie 3.1  30 km/u in de kernen", "Tiltak 2.4 200 nye
ladepunkter", "Indsats 4: 100 nye træer i byen"): the plan's code names the item, so the title is its name,
not a result line ("12 woningen opgeleverd") that names no action. An uncoded result line under a report
heading still gives no row. Documents written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

NUMBERED_TITLES = [
    (
        "nl",
        "Voortgangsrapportage Verkeer 2026\n"
        "Actie 3.1  30 km/u in de kernen\nStatus: Nog niet gestart\n"
        "Actie 3.2  Schoolzones bij de basisscholen\nStatus: Loopt\n",
        [("3.1", "30 km/u in de kernen", "not_started"), ("3.2", "Schoolzones bij de basisscholen", "in_progress")],
    ),
    (
        "nb",
        "Rapportering på klimaplanen 2026\n"
        "Tiltak 2.4 200 nye ladepunkter i sentrum\nStatus: Pågår\n"
        "Tiltak 2.5 Solceller på rådhuset\nStatus: Fullført\n",
        [("2.4", "200 nye ladepunkter i sentrum", "in_progress"), ("2.5", "Solceller på rådhuset", "completed")],
    ),
    (
        "da",
        "Status for handleplanen 2026\n"
        "Indsats 4: 100 nye træer i byen\nStatus: Gennemført\n"
        "Indsats 5: Flere bænke i parken\nStatus: I gang\n",
        [("4", "100 nye træer i byen", "completed"), ("5", "Flere bænke i parken", "in_progress")],
    ),
    (
        "nn",
        "Rapport om bustadplanen 2026\n"
        "Tiltak 1.2 24 nye utleigebustader på Moen\nStatus: Sett på vent\n"
        "Tiltak 1.3 Ny bustadrådgjeving\nStatus: Ferdig\n",
        [("1.2", "24 nye utleigebustader på Moen", "paused"), ("1.3", "Ny bustadrådgjeving", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NUMBERED_TITLES)
def test_a_coded_items_title_may_open_on_a_number(language, text, expected):
    assert rows(text, language) == expected


def test_an_uncoded_result_line_names_no_action():
    text = "Resultater 2025\n12 nye boliger er tatt i bruk.\n40 nye ladepunkter er montert.\n"
    assert rows(text, "nb") == []
