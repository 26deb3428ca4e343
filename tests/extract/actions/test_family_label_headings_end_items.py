"""Progress reports with one heading per item, followed by a heading that is only a remark's label ("Toelichting",
"Bemærkninger", "Merknader", "Kommentar"): that heading opens the report's remarks, names no item, and what its
paragraph says about the work ("de uitvoering loopt") is no item's status. A heading that only opens with such a
word ("Kommentarfunktion på hjemmesiden"), the item headings before the remarks, and a project form's other labels
("Afdeling", "Projectfase") stay read. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REMARKS = [
    (
        "da",
        "Status for klimahandleplanen\n\nIgangsatte tiltag\n\nLED-belysning på vejene\n"
        "Halvdelen af armaturerne er udskiftet.\n\nBemærkninger\nEn ny plan for cykelstier er i gang.",
        [(None, "LED-belysning på vejene", "partly_completed")],
    ),
    (
        "da",
        "Årsrapport 2025\n\nKommunens indsatser\n\nMotion for seniorer\nIndsatsen er gennemført.\n\n"
        "Kommentar\nArbejdet med den næste plan er påbegyndt.",
        [(None, "Motion for seniorer", "completed")],
    ),
    (
        "nb",
        "Årsmelding 2025 – oppfølging av planen\n\nTiltak i planperioden\n\nFrisklivssentral\n"
        "Sentralen åpnet i mars og er nå i full drift.\n\nMerknader\nRulleringen av planen er i gang.",
        [(None, "Frisklivssentral", "completed")],
    ),
    (
        "nn",
        "Rapportering på klimaplanen 2025\n\nTiltaka\n\nLadepunkt ved rådhuset\n"
        "Seks ladepunkt vart opna i april.\n\nMerknad\nArbeidet med ny plan er starta.",
        [(None, "Ladepunkt ved rådhuset", "completed")],
    ),
    (
        "nl",
        "Voortgangsrapportage 2025\n\nActiviteiten\n\nGroene schoolpleinen\nDe helft van de pleinen is vergroend.\n\n"
        "Toelichting\nBij de vorige rapportage werd een motie aangenomen; de uitvoering loopt.",
        [(None, "Groene schoolpleinen", "partly_completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REMARKS)
def test_a_bare_label_heading_names_no_item(language, text, expected):
    assert rows(text, language) == expected


def test_item_headings_before_the_remarks_all_stay():
    text = (
        "Voortgangsrapportage 2025\n\nActiviteiten\n\nGroene schoolpleinen\nDe helft van de pleinen is vergroend.\n\n"
        "Buurtbatterij\nDe uitvoering start in het najaar.\n\n"
        "Toelichting\nDe cijfers zijn voorlopig; de uitvoering loopt."
    )
    assert rows(text, "nl") == [
        (None, "Groene schoolpleinen", "partly_completed"),
        (None, "Buurtbatterij", "not_started"),
    ]


def test_a_heading_naming_an_item_after_a_label_word_stays():
    text = (
        "Status for klimahandleplanen\n\nIgangsatte tiltag\n\nKommentarfunktion på hjemmesiden\n"
        "Funktionen er gennemført.\n\nDelebiler i landsbyerne\nForsøget er sat i bero."
    )
    assert rows(text, "da") == [
        (None, "Kommentarfunktion på hjemmesiden", "completed"),
        (None, "Delebiler i landsbyerne", "paused"),
    ]


def test_a_project_forms_labels_still_make_its_page():
    text = (
        "Voorjaarsnota 2026\n\nOverzicht projecten\n\nSporthal Oost\n\nSoort rapportage\n\nEindrapportage\n\n"
        "Afdeling\n\nMO\n\nProjectfase\n\nNazorgfase\n\nToelichting op huidige periode\n\n"
        "Het project is kwalitatief goed afgerond."
    )
    assert rows(text, "nl") == [(None, "Sporthal Oost", "completed")]
