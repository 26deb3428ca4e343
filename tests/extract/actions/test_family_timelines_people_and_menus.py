"""Lines shaped like "Title: report" that name no action (snippets written for these tests): dated
timeline entries, people with their roles, navigation trails and column headers, a plan's goals,
and news items. Only the rows of a real status table survive."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

NOT_ACTIONS = [
    (
        "da",
        "Byggeriet af den nye skole\n\nMarts 2023: Byggeriet blev påbegyndt med nedrivning af den gamle fløj.\n"
        "Foråret 2024: Råhuset blev færdigt, og indretningen gik i gang.\nDecember 2024: Skolen blev taget i brug.",
    ),
    (
        "nb",
        "Byggingen av ny skole\n\nVåren 2023: Byggingen startet med riving av den gamle fløyen.\n"
        "Høsten 2024: Råbygget ble ferdig, og innredningen er i gang.\nDesember 2024: Skolen ble tatt i bruk.",
    ),
    (
        "nn",
        "Bygginga av ny skule\n\nVåren 2023: Bygginga starta med riving av den gamle fløya.\n"
        "Hausten 2024: Råbygget vart ferdig, og innreiinga er i gang.\nDesember 2024: Skulen vart teken i bruk.",
    ),
    (
        "nl",
        "De bouw van de nieuwe school\n\nMaart 2023: De bouw is gestart met de sloop van de oude vleugel.\n"
        "Najaar 2024: De ruwbouw is gereed en de inrichting is gestart.\n"
        "December 2024: De school is in gebruik genomen.",
    ),
    (
        "nb",
        "Prosjektgruppen\n\nKari Hansen, prosjektleder: Hun ledet arbeidet som ble avsluttet i 2023.\n"
        "Ola Berg, rådgiver: Han har fulgt opp tiltaket som er gjennomført.\nKontaktperson: Per Olsen, tlf. 400 00 000",
    ),
    (
        "da",
        "Nyheder\n\nNy borgmester: Anne Madsen blev valgt som borgmester på mødet i går.\n"
        "Vejarbejde: Vejen er lukket i uge 12, og arbejdet forventes afsluttet i uge 14.\n"
        "Affald: Storskraldsordningen er ændret fra 1. april.",
    ),
    (
        "nn",
        "Kommuneplanen sin samfunnsdel\n\nMål 1: Vi skal ha gode oppvekstvilkår. Alle born skal få eit godt tilbod.\n"
        "Mål 2: Vi skal ha ein berekraftig økonomi. Tenestene skal vere effektive.\n"
        "Strategiar: Vi vil satse på tidleg innsats.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOT_ACTIONS)
def test_timelines_people_news_and_goals_are_no_actions(language, text):
    assert rows(text, language) == []


def test_a_navigation_trail_and_column_headers_are_no_rows_of_a_motion_table():
    text = (
        "Home > Bestuur > Moties en toezeggingen\n\nOverzicht moties\nMotie | Indiener | Status\n"
        "Titel motie | Fractie | Stand van zaken\nMeer groen in de wijk | GroenLinks | Afgedaan\n"
        "Veilige schoolroutes | CDA | In uitvoering\n\nContact: Gemeente Testdorp, Postbus 1, telefoon 14 0000"
    )
    assert rows(text, "nl") == [
        (None, "Meer groen in de wijk", "completed"),
        (None, "Veilige schoolroutes", "in_progress"),
    ]
