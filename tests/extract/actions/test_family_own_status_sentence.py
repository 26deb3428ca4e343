"""An item's status is read from its own lines (written for these tests): from the sentence after a
background sentence ("Tiltaket ble vurdert i 2023. Arbeidet er stilt i bero."), from the status line
under a report's own status title, and never from a neighbour: an item with no line of its own stays
unknown, and the next item's status is not borrowed."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

ITEMS = [
    (
        "da",
        (
            "Opfølgning på handleplanen 2024\n"
            "\n"
            "Handling 1 Ny cykelsti til skolen\n"
            "Handlingen blev drøftet i udvalget i 2023. Arbejdet er sat i bero på grund af økonomien.\n"
            "\n"
            "Handling 2 Legeplads i midtbyen\n"
            "Udbuddet blev offentliggjort i marts. Legepladsen blev indviet i september.\n"
            "\n"
            "Handling 3 Ny svømmehal\n"
            "Sagen blev drøftet i økonomiudvalget. Projektet er afløst af en renovering af den gamle hal.\n"
            "Handling 4 Flere bænke ved søen\n"
            "Handling 5 Bedre skiltning\n"
            "Ikke igangsat.\n"
        ),
        [
            ("1", "Ny cykelsti til skolen", "paused"),
            ("2", "Legeplads i midtbyen", "completed"),
            ("3", "Ny svømmehal", "cancelled"),
            ("4", "Flere bænke ved søen", "unknown"),
            ("5", "Bedre skiltning", "not_started"),
        ],
    ),
    (
        "da",
        (
            "Status på klimahandleplanen 2023\n"
            "\n"
            "Grøn transport i kommunens flåde\n"
            "Status: Forløber planmæssigt\n"
            "Ansvarlig: Materielgården\n"
            "Der er indkøbt 14 elbiler.\n"
            "\n"
            "Varmepumper i landsbyerne\n"
            "Status: Delvist gennemført\n"
            "Ansvarlig: Klima og Energi\n"
            "\n"
            "Klimatilpasning af Åstrøget\n"
            "Status: Ikke igangsat\n"
            "Ansvarlig: Vand og Natur\n"
            "Afventer lokalplan.\n"
            "\n"
            "Solcelleanlæg på genbrugspladsen\n"
            "Ansvarlig: Affald\n"
            "Anlægget blev sat i drift i oktober.\n"
        ),
        [
            (None, "Grøn transport i kommunens flåde", "in_progress"),
            (None, "Varmepumper i landsbyerne", "partly_completed"),
            (None, "Klimatilpasning af Åstrøget", "not_started"),
            (None, "Solcelleanlæg på genbrugspladsen", "completed"),
        ],
    ),
    (
        "da",
        (
            "Klimaplan 2030 – årlig status\n"
            "\n"
            "Energitjek for boligejere\n"
            "Status: Udsat på ubestemt tid.\n"
            "Ansvarlig: Byggeri\n"
            "\n"
            "Plantebaseret mad i institutionerne\n"
            "Status: I gang\n"
            "Ansvarlig: Dagtilbud\n"
            "Tre af fem køkkener har lagt menuen om.\n"
            "\n"
            "Delebiler i landsbyerne\n"
            "Status: Aflyst\n"
            "Ansvarlig: Mobilitet\n"
            "Der var ikke tilslutning nok.\n"
            "\n"
            "Klimakrav i udbud\n"
            "Status: Gennemført\n"
            "Ansvarlig: Indkøb\n"
        ),
        [
            (None, "Energitjek for boligejere", "paused"),
            (None, "Plantebaseret mad i institutionerne", "in_progress"),
            (None, "Delebiler i landsbyerne", "cancelled"),
            (None, "Klimakrav i udbud", "completed"),
        ],
    ),
    (
        "nb",
        (
            "Oppfølging av handlingsplanen 2024\n"
            "\n"
            "Tiltak 1 Ny gang- og sykkelvei til skolen\n"
            "Tiltaket ble vurdert i 2023. Arbeidet er stilt i bero på grunn av økonomien.\n"
            "\n"
            "Tiltak 2 Lekeplass i sentrum\n"
            "Anbudet ble lyst ut i mars. Lekeplassen ble åpnet i september.\n"
            "\n"
            "Tiltak 3 Ny svømmehall\n"
            "Saken ble drøftet i formannskapet. Prosjektet er lagt bort.\n"
        ),
        [
            ("1", "Ny gang- og sykkelvei til skolen", "paused"),
            ("2", "Lekeplass i sentrum", "completed"),
            ("3", "Ny svømmehall", "cancelled"),
        ],
    ),
    (
        "nn",
        (
            "Oppfølging av handlingsplanen 2024\n"
            "\n"
            "Tiltak 1 Ny gang- og sykkelveg til skulen\n"
            "Tiltaket vart vurdert i 2023. Arbeidet er stogga.\n"
            "\n"
            "Tiltak 2 Leikeplass i sentrum\n"
            "Anbodet vart lyst ut i mars. Leikeplassen vart opna i september.\n"
            "\n"
            "Tiltak 3 Ny symjehall\n"
            "Saka vart drøfta i formannskapet. Arbeidet er ikkje starta.\n"
        ),
        [
            ("1", "Ny gang- og sykkelveg til skulen", "cancelled"),
            ("2", "Leikeplass i sentrum", "completed"),
            ("3", "Ny symjehall", "not_started"),
        ],
    ),
    (
        "nl",
        (
            "Voortgang actieplan 2024\n"
            "\n"
            "Actie 1 Nieuw fietspad naar school\n"
            "De actie is in 2023 besproken in de commissie. Het werk ligt tijdelijk stil vanwege de begroting.\n"
            "\n"
            "Actie 2 Speeltuin in het centrum\n"
            "De aanbesteding is in maart gepubliceerd. De speeltuin is in september geopend.\n"
            "\n"
            "Actie 3 Nieuw zwembad\n"
            "Het voorstel is besproken in de raad. Het project is geschrapt.\n"
            "Actie 4 Meer bankjes bij de vijver\n"
            "Actie 5 Betere bewegwijzering\n"
            "Nog niet gestart.\n"
        ),
        [
            ("1", "Nieuw fietspad naar school", "paused"),
            ("2", "Speeltuin in het centrum", "completed"),
            ("3", "Nieuw zwembad", "cancelled"),
            ("4", "Meer bankjes bij de vijver", "unknown"),
            ("5", "Betere bewegwijzering", "not_started"),
        ],
    ),
    (
        "nl",
        (
            "Voortgang uitvoeringsagenda\n"
            "\n"
            "Actie 3.1 Groene daken\n"
            "Loopt. \n"
            "Actie 3.2 Regentonnen\n"
            "Actie 3.3 Wadi's in de wijk\n"
            "Gaat niet door.\n"
        ),
        [
            ("3.1", "Groene daken", "in_progress"),
            ("3.2", "Regentonnen", "unknown"),
            ("3.3", "Wadi's in de wijk", "cancelled"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ITEMS)
def test_an_item_takes_the_status_of_its_own_lines_only(language, text, expected):
    assert rows(text, language) == expected
