"""A document taking part in two named strands of one programme ('Interreg North Sea' and 'Interreg
Vlaanderen-Nederland') takes part in two programmes: one row each. The programme's bare name beside a strand
('Interreg', 'Interreg-programmet') adds no row; one strand named twice, once at more length or once in brackets after
another wording ('Interreg Nordsøprogrammet (Interreg North Sea)'), is one row."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.networks.extractor import extract


def mentions(text: str, language: str, town: str) -> list[str]:
    doc = document_from_text(text, language=language, municipality=town)
    return sorted(row.mention for row in extract(doc))


TWO_STRANDS = [
    (
        "nl",
        "Middelkerke",
        "Middelkerke is partner in het project CoastAdapt (Interreg North Sea) en in het project Duinen Dichtbij "
        "(Interreg Vlaanderen-Nederland).",
        ["Interreg North Sea", "Interreg Vlaanderen-Nederland"],
    ),
    (
        "da",
        "Tønder",
        "Gennem Interreg Deutschland-Danmark deltager kommunen i projektet Marsk. Tønder er også partner i "
        "projektet WaddenRoute under Interreg North Sea.",
        ["Interreg Deutschland-Danmark", "Interreg North Sea"],
    ),
    (
        "nb",
        "Narvik",
        "Narvik deltar i prosjektet RailNorth under Interreg Aurora og i prosjektet Grenseløs under Interreg "
        "Sverige-Norge.",
        ["Interreg Aurora", "Interreg Sverige-Norge"],
    ),
    (
        "nn",
        "Vik",
        "Vik deltek i prosjektet Fjordliv i Interreg North Sea og i prosjektet Arktisk mat i Interreg Northern "
        "Periphery and Arctic.",
        ["Interreg North Sea", "Interreg Northern Periphery and Arctic"],
    ),
    (
        "nl",
        "Venlo",
        "Venlo neemt deel aan het project Grenzeloos (Interreg Deutschland-Nederland) en aan het project "
        "Stadslicht (Interreg North-West Europe).",
        ["Interreg Deutschland-Nederland", "Interreg North-West Europe"],
    ),
]

ONE_ROW = [
    (
        "da",
        "Viborg",
        "Gennem projektet WaterAdapt deltager Viborg i Interreg Nordsøprogrammet (Interreg North Sea) sammen med "
        "partnere fra seks lande.",
        ["Interreg Nordsøprogrammet"],
    ),
    (
        "nl",
        "Terneuzen",
        "Terneuzen is partner in het project Havenlicht (Interreg Vlaanderen-Nederland) onder Interreg "
        "Vlaanderen-Nederland 2021-2027.",
        ["Interreg Vlaanderen-Nederland"],
    ),
    (
        "da",
        "Sønderborg",
        "Sønderborg deltager i projektet Grænseløs under Interreg Deutschland-Danmark. Interreg-programmet "
        "dækker halvdelen af udgifterne.",
        ["Interreg Deutschland-Danmark"],
    ),
    (
        "nl",
        "Sluis",
        "Sluis doet mee aan het project Zwin (Interreg Vlaanderen-Nederland). Via Interreg krijgt de gemeente "
        "de helft van de kosten terug.",
        ["Interreg Vlaanderen-Nederland"],
    ),
    (
        "nb",
        "Bergen",
        "Bergen er partner i prosjektet Havby under Interreg North Sea. Prosjektet er et av de største i Interreg "
        "North Sea Region.",
        ["Interreg North Sea"],
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), TWO_STRANDS)
def test_two_named_strands_of_a_programme_are_two_rows(language, town, text, expected):
    assert mentions(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), ONE_ROW)
def test_the_bare_programme_or_a_longer_wording_of_one_strand_adds_no_row(language, town, text, expected):
    assert mentions(text, language, town) == expected
