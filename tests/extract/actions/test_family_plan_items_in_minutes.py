"""Family: a case in meeting minutes that reports on a plan lists the plan's numbered actions under an
intro, each with its status ("Administrationen giver status på de fire indsatser:" / "1.2 Solceller på
kommunale bygninger - Afsluttet."): those items are actions, not cases of the meeting, although their
numbers look like case references. Numbered lines of the minutes' own agenda stay cases. Snippets written
for these tests in the style of referater, møtebøker and besluitenlijsten."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

LISTED = [
    (
        "da",
        "Referat\nTeknik- og Miljøudvalget\nMødedato: 6. maj 2026\n\nPunkt 48 Status på klimaplanen\n\n"
        "Sagsfremstilling\nAdministrationen giver status på tre indsatser:\n"
        "  1.2  Solceller på skolerne - Afsluttet i marts 2026.\n"
        "  2.1  Ny kommunal bilpark - I gang, bilerne\n       er bestilt.\n"
        "  3.4  Klimasikring af havnen - Sat i bero.\n\nBeslutning\nTaget til efterretning.\n",
        [("1.2", "Solceller på skolerne", "completed"), ("2.1", "Ny kommunal bilpark", "in_progress"),
         ("3.4", "Klimasikring af havnen", "paused")],
    ),
    (
        "da",
        "Beslutningsprotokol\nSocial- og Sundhedsudvalget\nMødedato: 2. juni 2026\n\nPkt. 12 Opfølgning på "
        "sundhedspolitikken\n\nForvaltningen orienterer om handlingerne:\n"
        "4.1 Motion for seniorer – gennemført\n4.2 Røgfri skoletid – ikke påbegyndt\n\n"
        "Beslutning\nTaget til orientering.\n",
        [("4.1", "Motion for seniorer", "completed"), ("4.2", "Røgfri skoletid", "not_started")],
    ),
    (
        "nb",
        "Møteprotokoll\nHovedutvalg for teknikk\nMøtedato: 10.06.2026\n\n"
        "PS 31/26 Status for trafikksikkerhetsplanen\n\n"
        "Kommunedirektøren rapporterer slik om tiltakene:\n"
        "2.1 Fortau langs skoleveien - ferdigstilt\n2.3 Ny gangbru ved stasjonen - pågår\n\n"
        "Vedtak:\nSaken tas til orientering.\n",
        [("2.1", "Fortau langs skoleveien", "completed"), ("2.3", "Ny gangbru ved stasjonen", "in_progress")],
    ),
    (
        "nn",
        "Møtebok\nFormannskapet\nMøtedato: 12.05.2026\n\nPS 22/26 Rapport om klimaplanen\n\n"
        "Status for tiltaka:\n"
        "1.1 Ladestasjonar ved rådhuset - ferdig\n1.3 Energisparing i skulane - sett på vent\n\n"
        "Vedtak:\nSaka vert teken til vitande.\n",
        [("1.1", "Ladestasjonar ved rådhuset", "completed"), ("1.3", "Energisparing i skulane", "paused")],
    ),
    (
        "nl",
        "Besluitenlijst commissie Ruimte\nVergadering van 14 april 2026\n\nAgendapunt 5 Voortgang uitvoeringsagenda\n\n"
        "Het college meldt de stand van de acties:\n"
        "3.1 Nieuwe fietsbrug - afgerond\n3.2 Groen schoolplein - gestart\n\n"
        "Besluit: voor kennisgeving aangenomen.\n",
        [("3.1", "Nieuwe fietsbrug", "completed"), ("3.2", "Groen schoolplein", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LISTED)
def test_plan_actions_listed_with_their_status_in_a_case_are_actions(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "da",
            "Referat\nByrådet\nMødedato: 6. maj 2026\n\nDagsorden:\n1.1 Godkendelse af dagsorden\n"
            "1.2 Budgetopfølgning\n\n1.1 Godkendelse af dagsorden\nGodkendt.\n\n1.2 Budgetopfølgning\nGodkendt.\n",
        ),
        (
            "nb",
            "Møteprotokoll\nKommunestyret\nMøtedato: 10.06.2026\n\nSaksliste:\n2.1 Årsregnskap 2025\n"
            "2.2 Ny barnehage - utsatt\n\n2.1 Årsregnskap 2025\nVedtak: Enstemmig vedtatt.\n",
        ),
    ],
)
def test_the_minutes_own_numbered_agenda_gives_no_action(language, text):
    assert rows(text, language) == []
