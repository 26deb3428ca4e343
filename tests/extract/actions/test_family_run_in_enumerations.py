"""Family (precision): a sentence that enumerates a plan's themes or parts with list markers run into one
line ("Planen har tre indsatsområder: 1) Energi og forsyning, 2) Transport og 3) Landbrug") is no action,
even when a line break puts "1)" at a line start after the colon. An action whose title holds a
parenthesised number ("Skolen (etape 2) renoveres") stays an action. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TEXTS = [
    ("da", "Statusrapporten følger op på handlingerne i klimaplanen. Planen har tre indsatsområder:\n1) Energi og "
           "forsyning, 2) Transport og mobilitet og 3) Landbrug og natur. Samlet er 4 af 10 handlinger afsluttet.\n"),
    ("nb", "Rapporten følger opp tiltakene i handlingsplanen. Planen har tre innsatsområder:\n1) Gode møteplasser, "
           "2) Aktiv hverdag og 3) Trygge nærmiljø. Samlet er tre tiltak fullført.\n"),
    ("nn", "Rapporten følgjer opp tiltaka i planen. Planen har tre innsatsområde:\na) Energi i bygg, b) Transport og "
           "c) Areal og landbruk. Fire tiltak er gjennomført.\n"),
    ("nl", "Deze rapportage volgt de acties uit de agenda. De agenda kent drie sporen:\n1) Sterke binnenstad, "
           "2) Ruimte voor bedrijvigheid en 3) Arbeidsmarkt. Vijf acties zijn afgerond.\n"),
    ("da", "Status på handlingerne i planen. Planen består af:\na) Cykling, b) Kollektiv trafik og c) Trafiksikkerhed, "
           "hvoraf to handlinger er gennemført.\n"),
]


@pytest.mark.parametrize(("language", "text"), TEXTS)
def test_a_run_in_enumeration_of_themes_is_no_action(language, text):
    assert rows(text, language) == []


def test_items_listed_one_a_line_stay_actions():
    text = "Følgende handlinger er afsluttet:\n1) Solceller på rådhuset\n2) Ladestandere ved skolerne\n"
    assert [status for _, _, status in rows(text, "da")] == ["completed", "completed"]


def test_an_item_with_a_parenthesised_stage_stays_an_action():
    text = "Følgende handlinger er afsluttet:\n1) Renovering af skolen (etape 2) og ny sal\n2) Ny sti ved søen\n"
    assert [status for _, _, status in rows(text, "da")] == ["completed", "completed"]
