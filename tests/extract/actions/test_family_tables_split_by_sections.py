"""A status table whose header stands once, over the first section, while its coded rows go on under
the plan's later section headings ("INNSATS 2 KLIMA", "Spoor 2 - Groen") and across a page break with
its running header and rule: every coded row under every section is an action. A heading followed by
a budget or timeline table of coded lines without a status, or by prose, ends the table.
Documents written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

SECTIONED = [
    (
        "da",
        "INDSATSOMRÅDE 1  ENERGI\n"
        "Nr.   Handling                                  Status\n"
        "1.1   Solceller på skolerne                     Gennemført\n"
        "      Anlæggene blev tilsluttet i marts.\n"
        "1.2   Varmepumper i landsbyerne                 I gang\n"
        "\n"
        "INDSATSOMRÅDE 2  TRANSPORT\n"
        "2.1   Elbusser i bybusnettet                    Opgivet\n"
        "      Regionen overtager linjerne.\n"
        "2.2   Delebiler i Nordby                        Ikke påbegyndt\n",
        [
            ("1.1", "Solceller på skolerne", "completed"),
            ("1.2", "Varmepumper i landsbyerne", "in_progress"),
            ("2.1", "Elbusser i bybusnettet", "cancelled"),
            ("2.2", "Delebiler i Nordby", "not_started"),
        ],
    ),
    (
        "nb",
        "Tiltak | Beskrivelse | Status\n"
        "Mål A: Trygg skolevei\n"
        "A1 | Fortau langs Storgata | Fullført\n"
        "A2 | Gangfelt ved Bekkeli skole | Pågår\n"
        "Mål B: Mer sykling\n"
        "B1 | Sykkelparkering ved stasjonen | Satt på vent\n"
        "B2 | Bysykler i sentrum | Delvis gjennomført\n",
        [
            ("A1", "Fortau langs Storgata", "completed"),
            ("A2", "Gangfelt ved Bekkeli skole", "in_progress"),
            ("B1", "Sykkelparkering ved stasjonen", "paused"),
            ("B2", "Bysykler i sentrum", "partly_completed"),
        ],
    ),
    (
        "nn",
        "Nr.\tTiltak\tStatus\n"
        "1.1\tTurstiar i bygdene\tFerdig\n"
        "1.2\tFrisklivssentral\tSett på vent\n"
        "Side 1 av 2\n"
        "Folkehelseplan 2025–2028\tRapport hausten 2026\n"
        "------------------------------------------------\n"
        "SATSING 2 BARN OG UNGE\n"
        "2.1\tOpen hall for ungdom\tIkkje starta\n"
        "\tOppstart er planlagd til 2027.\n"
        "2.2\tMøteplass i Sentrum\tPågår\n",
        [
            ("1.1", "Turstiar i bygdene", "completed"),
            ("1.2", "Frisklivssentral", "paused"),
            ("2.1", "Open hall for ungdom", "not_started"),
            ("2.2", "Møteplass i Sentrum", "in_progress"),
        ],
    ),
    (
        "nl",
        "Thema 1 - Wonen\n"
        "Code      Maatregel                         Stand\n"
        "W-1       Starterswoningen Oostwijk         afgerond\n"
        "W-2       Transformatie kantoren            vertraagd\n"
        "Thema 2 - Werken\n"
        "E-1       Bedrijventerrein De Vaart         gepauzeerd\n"
        "          Het project wacht op de provincie.\n"
        "E-2       Ondernemersloket                  geschrapt\n",
        [
            ("W-1", "Starterswoningen Oostwijk", "completed"),
            ("W-2", "Transformatie kantoren", "in_progress"),
            ("E-1", "Bedrijventerrein De Vaart", "paused"),
            ("E-2", "Ondernemersloket", "cancelled"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SECTIONED)
def test_a_status_table_goes_on_under_later_section_headings(language, text, expected):
    assert rows(text, language) == expected


def test_a_budget_table_after_a_heading_is_no_part_of_the_status_table():
    text = (
        "Nr.\tTiltak\tStatus\n"
        "1.1\tLadepunkter ved rådhuset\tFullført\n"
        "1.2\tNy sykkelvei\tPågår\n"
        "Budsjett 2027\n"
        "2.1\tDrift av ladepunkter\t120 000\n"
        "2.2\tVedlikehold sykkelvei\t80 000\n"
    )
    assert rows(text, "nb") == [
        ("1.1", "Ladepunkter ved rådhuset", "completed"),
        ("1.2", "Ny sykkelvei", "in_progress"),
    ]


def test_a_timeline_after_a_heading_is_no_part_of_the_status_table():
    text = (
        "Nr\tActie\tStatus\n"
        "1.1\tGroene schoolpleinen\tafgerond\n"
        "1.2\tBomenplan centrum\tloopt\n"
        "Planning\n"
        "2027\tOntwerp wadi's Zetten\tvoorjaar\n"
        "2028\tAanleg wadi's Zetten\tnajaar\n"
    )
    assert rows(text, "nl") == [
        ("1.1", "Groene schoolpleinen", "completed"),
        ("1.2", "Bomenplan centrum", "in_progress"),
    ]


def test_prose_under_a_heading_ends_the_table():
    text = (
        "Nr.\tIndsats\tStatus\n"
        "1.1\tSolceller på skolerne\tGennemført\n"
        "1.2\tVarmepumper\tI gang\n"
        "Økonomi\n"
        "Kommunen har afsat 2 mio. kr. til planen, og resten af midlerne følger i 2027.\n"
        "2.1\tNy cykelsti langs åen\t-\n"
    )
    assert rows(text, "da") == [("1.1", "Solceller på skolerne", "completed"), ("1.2", "Varmepumper", "in_progress")]
