"""A report on headed items under a numbered chapter that has no text of its own ("1. Uitvoering van het werkplan"
over "Project A – ...", "Project B – ..."): the next chapter numbered alike ("2. Overige contacten") is the report's
next part, not one more item, whatever status its prose seems to state. Items numbered alike ("1. Ny gangbru",
"2. Ny leikeplass") are the items themselves. Reports written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

CHAPTERS = [
    (
        "nl",
        text_of(
            "Raadsinformatiebrief",
            "Onderwerp: Evaluatie werkplan jeugd 2022-2025",
            "",
            "1. Uitvoering van het werkplan",
            "Project A – Jongerenraad",
            "   Gerealiseerd: de raad vergadert sinds 2023 maandelijks.",
            "Project B – Skatebaan Noord",
            "   Tijdelijk stilgelegd wegens bezwaren van omwonenden.",
            "",
            "2. Overige contacten",
            "De jeugdraad werkt samen met de bibliotheek. Het jeugdcafé in de bibliotheek is in 2025 stopgezet.",
            "",
            "3. Vervolg",
            "Wij stellen een nieuw werkplan op.",
        ),
        [(None, "Project A – Jongerenraad", "completed"), (None, "Project B – Skatebaan Noord", "paused")],
    ),
    (
        "da",
        text_of(
            "Notat til udvalget",
            "Emne: Evaluering af handleplan for kultur 2022-2025",
            "",
            "1. Status for handleplanen",
            "Kulturnat i Byen",
            "Gennemført hvert år siden 2023.",
            "Fælles billetsystem",
            "Sat i bero, indtil budgettet for 2027 er kendt.",
            "",
            "2. Andre initiativer",
            "Biblioteket har indledt et samarbejde med skolerne. Et ønske om et nyt museum er opgivet.",
        ),
        [(None, "Kulturnat i Byen", "completed"), (None, "Fælles billetsystem", "paused")],
    ),
    (
        "nb",
        text_of(
            "Orientering til formannskapet",
            "Sak: Evaluering av handlingsplan for næring",
            "",
            "1. Gjennomføring av planen",
            "Næringshage i sentrum",
            "Fullført i 2025, og hagen har ti leietakere.",
            "Gründerkurs for ungdom",
            "Stilt i bero i påvente av ny finansiering.",
            "",
            "2. Annet samarbeid",
            "Kommunen deltar i et regionalt nettverk. En søknad om medlemskap i en ny klynge ble avslått.",
        ),
        [(None, "Næringshage i sentrum", "completed"), (None, "Gründerkurs for ungdom", "paused")],
    ),
]
NUMBERED_ITEMS = [
    (
        "nn",
        text_of(
            "Status for tiltaka i planen",
            "",
            "1. Ny gangbru over elva",
            "Brua vart opna i juni.",
            "2. Ny leikeplass på Haugen",
            "Arbeidet er sett på vent til hausten.",
        ),
        [("1", "Ny gangbru over elva", "completed"), ("2", "Ny leikeplass på Haugen", "paused")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CHAPTERS)
def test_the_chapter_after_a_numbered_chapter_over_items_is_no_item(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NUMBERED_ITEMS)
def test_items_numbered_alike_stay_items(language, text, expected):
    assert rows(text, language) == expected
