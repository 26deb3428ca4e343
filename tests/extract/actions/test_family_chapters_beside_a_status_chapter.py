"""Family: an annual report's chapter has numbered sub-chapters ("9.2 Vennskapskommune", "9.3 Nettverk") beside its
own status sub-chapter ("9.4 Status for tiltakene") over a table of the plan's items. The items are the table's
rows; the sibling sub-chapters are the report's parts, whatever they tell. Numbered headings under a status
chapter ("3 Status for tiltakene" over "3.1 Ny hal") are the items."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions

_TABLE = (
    "  Nr  Tiltak                              Status        Kommentar\n"
    "  --  ----------------------------------  ------------  ------------------\n"
    "  1   {a}  Gjennomført   Alle deltok.\n"
    "  2   {b}  Pågår         Under arbeid.\n"
    "  3   {c}  Ikke startet  Venter på midler.\n"
)
_ANNUAL = {
    "nb": (
        "Sølvik kommune – Årsmelding 2025\nKapittel 7: Internasjonalt samarbeid\n\n7.1 Innledning\n"
        "Kapittelet gir status for tiltakene i handlingsplanen per 31.12.2025.\n\n7.2 Nettverk\n"
        "I april 2025 ble kommunen medlem av et nordisk nettverk for små kommuner.\n\n7.3 Status for tiltakene\n\n"
        + _TABLE.format(
            a="Elevutveksling med vennskapsbyen ",
            b="Felles turløype over grensen     ",
            c="Kurs i språk for ansatte         ",
        )
        + "\n7.4 Økonomi\nDet ble brukt 90 000 kroner.\n",
        ["Elevutveksling med vennskapsbyen", "Felles turløype over grensen", "Kurs i språk for ansatte"],
    ),
    "nn": (
        "Nesøy kommune – Årsmelding 2025\nKapittel 5: Regionalt samarbeid\n\n5.1 Innleiing\n"
        "Kapittelet gjev status for tiltaka i planen.\n\n5.2 Vennskapskommune\n"
        "Avtalen med vennskapskommunen vart fornya i 2025.\n\n5.3 Status for tiltaka\n\n"
        + _TABLE.format(
            a="Ungdomsleir i sommarferien       ",
            b="Felles reiselivsbrosjyre         ",
            c="Skuleprosjekt om kystkultur      ",
        )
        + "\n5.4 Økonomi\nDet vart brukt 40 000 kroner.\n",
        ["Ungdomsleir i sommarferien", "Felles reiselivsbrosjyre", "Skuleprosjekt om kystkultur"],
    ),
}


@pytest.mark.parametrize("language", sorted(_ANNUAL))
def test_chapters_beside_the_status_chapter_are_no_actions(language: str) -> None:
    text, expected = _ANNUAL[language]
    doc = document_from_text(text, language=language, municipality="Testkommune")
    assert [row.title for row in actions.extract(doc)] == expected


_UNDER_STATUS_NB = (
    "Statusrapport handlingsplan for klima 2026\nSølvik kommune\n\n3 Status for tiltakene\n\n"
    "3.1 Ny ladestasjon ved rådhuset\nLadestasjonen er ferdigstilt og i drift.\n\n"
    "3.2 Solceller på Sølvik skole\nArbeidet pågår og avsluttes i juni.\n\n"
    "4 Økonomi\nDet ble brukt 1,2 millioner kroner.\n"
)


def test_numbered_items_under_a_status_chapter_stay() -> None:
    doc = document_from_text(_UNDER_STATUS_NB, language="nb", municipality="Testkommune")
    titles = [row.title for row in actions.extract(doc)]
    assert "Ny ladestasjon ved rådhuset" in titles and "Solceller på Sølvik skole" in titles
