"""Family: a status table laid out in spaces with no ruler under its header, whose title cells wrap onto
an indented line of their own ("      Hasle Skole" under "2   Energirenovering af   Ejendomme   I gang").
The header's words mark where each column starts, so the wrapped line is the row above's title going on,
not a new row, and the rows after it are still read. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    (
        "da",
        "Status på klimahandleplanen, 2. halvår\n\n"
        "Nr.   Handling                                   Ansvarlig            Status\n"
        "1     Udskiftning af gadelys til LED             Teknik og Miljø      Gennemført\n"
        "2     Energirenovering af                        Ejendomme            I gang\n"
        "      Hasle Skole\n"
        "3     Cykelparkering ved                         Trafik               Ikke påbegyndt\n"
        "      stationen\n"
        "4     Grøn transportplan for                     Økonomi              Sat i bero\n"
        "      kommunens ansatte\n"
        "5     Solceller på rådhuset                      Ejendomme            Gennemført\n",
        [
            ("1", "Udskiftning af gadelys til LED", "completed"),
            ("2", "Energirenovering af Hasle Skole", "in_progress"),
            ("3", "Cykelparkering ved stationen", "not_started"),
            ("4", "Grøn transportplan for kommunens ansatte", "paused"),
            ("5", "Solceller på rådhuset", "completed"),
        ],
    ),
    (
        "nb",
        "Statusoversikt\n\n"
        "Tiltak                                             Status\n"
        "Nye gatelys i sentrum                              Fullført\n"
        "Oppgradering av                                    Pågår\n"
        "  vannledningsnettet på Øya\n"
        "Lekeplass ved Bakken skole                         Ikke startet\n"
        "Trafikksikring av                                  Pågår\n"
        "  Skoleveien og Storgata\n",
        [
            (None, "Nye gatelys i sentrum", "completed"),
            (None, "Oppgradering av vannledningsnettet på Øya", "in_progress"),
            (None, "Lekeplass ved Bakken skole", "not_started"),
            (None, "Trafikksikring av Skoleveien og Storgata", "in_progress"),
        ],
    ),
    (
        "nn",
        "Tiltaksplan for folkehelse – status\n\n"
        "Tiltak                          Ansvarleg        Status\n"
        "Gratis symjeopplæring for       Kultur           Gjennomført\n"
        "   alle fjerdeklassingar\n"
        "Turstiar i nærmiljøet           Teknisk          Under arbeid\n"
        "Frukt og grønt i                Oppvekst         Ikkje starta\n"
        "   ungdomsskulen\n",
        [
            (None, "Gratis symjeopplæring for alle fjerdeklassingar", "completed"),
            (None, "Turstiar i nærmiljøet", "in_progress"),
            (None, "Frukt og grønt i ungdomsskulen", "not_started"),
        ],
    ),
    (
        "nl",
        "Voortgang uitvoeringsprogramma\n\n"
        "Nr    Maatregel                              Trekker          Stand\n"
        "A1    Zonnepanelen op sporthal               Vastgoed         Afgerond\n"
        "      De Meent\n"
        "A2    Laadpalen in woonwijken                Mobiliteit       In uitvoering\n"
        "A3    Groene schoolpleinen in                Onderwijs        Nog niet gestart\n"
        "      Noord en Oost\n",
        [
            ("A1", "Zonnepanelen op sporthal De Meent", "completed"),
            ("A2", "Laadpalen in woonwijken", "in_progress"),
            ("A3", "Groene schoolpleinen in Noord en Oost", "not_started"),
        ],
    ),
    (
        "da",
        "Opfølgning\n\n"
        "Indsats                        Status           Bemærkning\n"
        "Flere træer på                 I gang           Plantning i efteråret.\n"
        "   Torvet\n"
        "Ny hundeskov                   Aflyst           Erstattet af hundeskov i nabokommunen.\n",
        [
            (None, "Flere træer på Torvet", "in_progress"),
            (None, "Ny hundeskov", "cancelled"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_wrapped_title_cell_joins_its_row_and_the_table_goes_on(language: str, text: str, expected: list) -> None:
    assert rows(text, language) == expected


LOOKALIKES = [
    # a budget table, its title wrapping the same way: amounts, no status column, no action
    (
        "da",
        "Anlægsbudget\n\n"
        "Projekt                             Beløb            Bemærkning\n"
        "Renovering af                       1.200.000        Fra kassen\n"
        "   Vestby Skole\n"
        "Ny cykelsti                         800.000          Tilskud fra staten\n",
    ),
    # a plan's list of measures with who and when, no status: a plan, no tracker
    (
        "nb",
        "Handlingsplan 2026–2029\n\n"
        "Tiltak                              Ansvar           Frist\n"
        "Kartlegge matsvinn i                Oppvekst         Høst\n"
        "   barnehagene\n"
        "Utrede bildeling for ansatte        HR               Vår\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), LOOKALIKES)
def test_wrapped_table_without_status_column_gives_no_actions(language: str, text: str) -> None:
    assert rows(text, language) == []
