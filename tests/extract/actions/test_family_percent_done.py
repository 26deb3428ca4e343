"""Family: a tracker whose status field or status column gives the share done as a percentage
("Framdrift: 40 %", a "Fremdrift" column of "100 %"): all of it is completed, none of it not started,
anything between work going on. The precision side: a percentage in another column or inside a
longer comment is no status by itself. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

SHARES = [
    # --- Danish ---
    ("da", "Handling 1: Nye cykelstier\nAnsvarlig: Vej og Park\nFremdrift: 100 %\n\n"
           "Handling 2: Grønne tage\nAnsvarlig: Ejendomme\nFremdrift: 35 %",
     [("1", "Nye cykelstier", "completed"), ("2", "Grønne tage", "in_progress")]),
    ("da", "Nr.\tIndsats\tFremdrift\n1.1\tLED-belysning på skolerne\t0 %\n1.2\tVarmepumper i hallerne\t60 %",
     [("1.1", "LED-belysning på skolerne", "not_started"), ("1.2", "Varmepumper i hallerne", "in_progress")]),
    ("da", "| Tiltag | Status |\n|---|---|\n| Affaldssortering i børnehaver | 100 procent |\n"
           "| Elbiler i hjemmeplejen | 20 procent |",
     [(None, "Affaldssortering i børnehaver", "completed"), (None, "Elbiler i hjemmeplejen", "in_progress")]),
    ("da", "Handling 3: Klimatilpasning ved åen\nStatus: 75 % færdig",
     [("3", "Klimatilpasning ved åen", "in_progress")]),
    ("da", "Handling 4: Ny legeplads\nStatus: 100 % gennemført",
     [("4", "Ny legeplads", "completed")]),
    # --- Bokmål ---
    ("nb", "Tiltak 1: Utskifting av gatelys\nAnsvar: Kommunalteknikk\nFramdrift: 100 %\n\n"
           "Tiltak 2: Ladepunkter ved rådhuset\nAnsvar: Eiendom\nFramdrift: 40 %",
     [("1", "Utskifting av gatelys", "completed"), ("2", "Ladepunkter ved rådhuset", "in_progress")]),
    ("nb", "Nr.\tTiltak\tFremdrift\n1\tKlimabudsjett\t0 %\n2\tSykkelparkering ved stasjonen\t85 %",
     [("1", "Klimabudsjett", "not_started"), ("2", "Sykkelparkering ved stasjonen", "in_progress")]),
    ("nb", "Tiltak 3: Nytt svømmeanlegg\nStatus: 12,5 prosent",
     [("3", "Nytt svømmeanlegg", "in_progress")]),
    ("nb", "| Tiltak | Status |\n|---|---|\n| Solceller på skolene | 100% |\n| Grønne innkjøp | 0% |",
     [(None, "Solceller på skolene", "completed"), (None, "Grønne innkjøp", "not_started")]),
    ("nb", "Tiltak 4: Ny gangbru\nFremdrift: 50 % ferdig",
     [("4", "Ny gangbru", "in_progress")]),
    # --- Nynorsk ---
    ("nn", "Tiltak 1: Ny gang- og sykkelveg\nAnsvar: Teknisk\nFramdrift: 100 %\n\n"
           "Tiltak 2: Digital byggjesak\nAnsvar: Plan\nFramdrift: 10 %",
     [("1", "Ny gang- og sykkelveg", "completed"), ("2", "Digital byggjesak", "in_progress")]),
    ("nn", "Nr.\tTiltak\tFramdrift\n1\tTurveg rundt vatnet\t0 %\n2\tNytt kulturhus\t70 %",
     [("1", "Turveg rundt vatnet", "not_started"), ("2", "Nytt kulturhus", "in_progress")]),
    ("nn", "| Tiltak | Status |\n|---|---|\n| Tilskot til nærbutikkar | 100 prosent |\n"
           "| Ny brannstasjon | 30 prosent |",
     [(None, "Tilskot til nærbutikkar", "completed"), (None, "Ny brannstasjon", "in_progress")]),
    ("nn", "Tiltak 3: Lysløype på Vik\nStatus: 100 % fullført",
     [("3", "Lysløype på Vik", "completed")]),
    ("nn", "Tiltak 4: Ny barnehage\nFramdrift: 0 %",
     [("4", "Ny barnehage", "not_started")]),
    # --- Dutch ---
    ("nl", "Actie 1: Zonnepanelen op sporthallen\nTrekker: Vastgoed\nVoortgang: 100%\n\n"
           "Actie 2: Warmtevisie per wijk\nTrekker: Duurzaamheid\nVoortgang: 45%",
     [("1", "Zonnepanelen op sporthallen", "completed"), ("2", "Warmtevisie per wijk", "in_progress")]),
    ("nl", "Nr.\tActie\tVoortgang\n1\tGroene schoolpleinen\t0 %\n2\tEnergiecoaches\t90 %",
     [("1", "Groene schoolpleinen", "not_started"), ("2", "Energiecoaches", "in_progress")]),
    ("nl", "| Actie | Status |\n|---|---|\n| Deelauto's voor medewerkers | 100 procent |\n"
           "| Laadpalen in de wijken | 25 procent |",
     [(None, "Deelauto's voor medewerkers", "completed"), (None, "Laadpalen in de wijken", "in_progress")]),
    ("nl", "Actie 3: Nieuwe fietsbrug\nStatus: 100% gereed",
     [("3", "Nieuwe fietsbrug", "completed")]),
    ("nl", "Actie 4: Hittekaart\nVoortgang: 60 % klaar",
     [("4", "Hittekaart", "in_progress")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SHARES)
def test_a_share_done_in_a_status_field_or_column_is_the_status(language, text, expected):
    assert rows(text, language) == expected


LOOKALIKES = [
    # a percentage in a budget column beside the real status column
    ("da", "Nr.\tIndsats\tBudget brugt\tStatus\n1\tNye cykelstier\t100 %\tI gang",
     [("1", "Nye cykelstier", "in_progress")]),
    ("nb", "Nr.\tTiltak\tAndel av budsjett\tStatus\n1\tNytt svømmeanlegg\t0 %\tFullført",
     [("1", "Nytt svømmeanlegg", "completed")]),
    # a percentage inside a longer comment: the comment's own words decide
    ("nl", "Actie 1: Laadpalen\nStatus: 100% van het budget is besteed, en de plaatsing loopt nog.",
     [("1", "Laadpalen", "in_progress")]),
    ("nn", "Tiltak 1: Ny kai\nStatus: Arbeidet er stansa, 40 % av midlane er brukte.",
     [("1", "Ny kai", "paused")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), LOOKALIKES)
def test_a_percentage_outside_the_status_value_is_no_status(language, text, expected):
    assert rows(text, language) == expected
