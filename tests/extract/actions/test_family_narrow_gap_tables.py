"""Family: status tables laid out in plain text without ruler or pipes, whose header names the columns ("Nr
Actie   Status  Toelichting") and whose cells are parted by only one or two spaces where a title fills its
column ("1.2  Isolatie van de brandweerkazerne [L]     Loopt"). The normaliser reads a gap of three or more
spaces as a column gap by itself; the narrow gaps are cut at the header's column starts, so the code, title,
status mark and comment of every row are cells of their own. Trackers written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise
from tests.extract.actions.helpers import rows


def _layout(header: tuple[str, ...], body: list[tuple[str, ...]]) -> str:
    """The table as fixed-width text: the code column two spaces wider than its longest code, the title column
    one space wider than its longest title (that title stands one space from its status), the status column two
    wider than its header or longest value."""
    widths = [max(len(row[n]) for row in [header, *body]) + gap for n, gap in enumerate((2, 1, 2))]
    return "\n".join(
        "".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + row[-1]
        for row in [header, *body]
    )


CASES = {
    "da": (
        "Klimahandleplan 2025-2028 - statusopfølgning efterår 2026\n\n"
        + _layout(
            ("Id", "Indsats", "Status", "Bemærkning"),
            [
                ("K1", "Varmepumper på plejecentrene", "Gennemført", "Alle fire centre er omstillet."),
                ("K2", "Energirenovering af Vestre Skole og hal", "I gang", "Tagdelen er udbudt."),
                ("K3", "Delebiler til hjemmeplejen", "Udskudt", "Afventer budget 2028."),
                ("K4", "Biogasbusser på bybuslinjerne", "Opgivet", "Elbusser vælges i stedet."),
            ],
        ),
        [
            ("K1", "Varmepumper på plejecentrene", "completed"),
            ("K2", "Energirenovering af Vestre Skole og hal", "in_progress"),
            ("K3", "Delebiler til hjemmeplejen", "paused"),
            ("K4", "Biogasbusser på bybuslinjerne", "cancelled"),
        ],
    ),
    "nb": (
        "Handlingsdel folkehelse 2026 - rapportering per 1. september\n\n"
        "Tegnforklaring: F = fullført, P = pågår, V = satt på vent, I = ikke startet\n\n"
        + _layout(
            ("Nr.", "Tiltak", "Status", "Merknad"),
            [
                ("2.1", "Gratis ferieaktiviteter for barn", "F", "240 deltakere i sommer."),
                ("2.2", "Turstier med universell utforming i Sentrum", "P", "Første etappe er merket."),
                ("2.3", "Lavterskel treningstilbud for seniorer", "V", "Nytt budsjett trengs."),
                ("2.4", "Røykfri uteservering", "I", "Saken legges fram i 2027."),
            ],
        ),
        [
            ("2.1", "Gratis ferieaktiviteter for barn", "completed"),
            ("2.2", "Turstier med universell utforming i Sentrum", "in_progress"),
            ("2.3", "Lavterskel treningstilbud for seniorer", "paused"),
            ("2.4", "Røykfri uteservering", "not_started"),
        ],
    ),
    "nn": (
        "Tiltaksplan for trafikktryggleik - status 2026\n\n"
        + _layout(
            ("Nr", "Tiltak", "Status", "Kommentar"),
            [
                ("1", "Fortau langs skulevegen til Haugen", "Ferdig", "Opna for bruk i mai."),
                ("2", "Gangfelt med lys ved barnehagen", "Starta", "Arbeidet held fram i haust."),
                ("3", "Fartsdump i bustadfeltet Lia", "Ikkje starta", "Manglar løyving."),
            ],
        ),
        [
            ("1", "Fortau langs skulevegen til Haugen", "completed"),
            ("2", "Gangfelt med lys ved barnehagen", "in_progress"),
            ("3", "Fartsdump i bustadfeltet Lia", "not_started"),
        ],
    ),
    "nl": (
        "Uitvoeringsagenda Groen 2025-2028 - voortgang juni 2026\n\n"
        "Legenda: [A] afgerond - [L] loopt - [H] on hold - [V] vervallen\n\n"
        + _layout(
            ("Code", "Maatregel", "Status", "Toelichting"),
            [
                ("G.1", "Bomenplan voor de Stationsstraat", "[A]", "Alle bomen zijn geplant."),
                ("G.2", "Isolatie van de brandweerkazerne aan de Dijk", "[L]", "Het dak is klaar, de gevel volgt."),
                ("G.3", "Wadi's in de wijk Hoogveld", "[H]", "Wacht op de rioleringsplanning."),
                ("G.4", "Geveltuinen in het centrum", "[V]", "Na bezwaar van bewoners."),
            ],
        ),
        [
            ("G.1", "Bomenplan voor de Stationsstraat", "completed"),
            ("G.2", "Isolatie van de brandweerkazerne aan de Dijk", "in_progress"),
            ("G.3", "Wadi's in de wijk Hoogveld", "paused"),
            ("G.4", "Geveltuinen in het centrum", "cancelled"),
        ],
    ),
}


@pytest.mark.parametrize("language", list(CASES))
def test_each_row_of_a_narrow_gap_table_is_one_action_with_its_own_status(language):
    text, expected = CASES[language]
    assert rows(text, language) == expected


def test_a_title_filling_its_column_is_cut_from_its_status_mark():
    text, _ = normalise([CASES["nl"][0]])
    assert "G.2\tIsolatie van de brandweerkazerne aan de Dijk\t[L]\tHet dak is klaar, de gevel volgt." in text


def test_a_table_whose_gaps_are_all_wide_is_left_to_the_normalisers_gap_rule():
    table = "Nr   Tiltak        Status\n1    Ny kai        Ferdig\n2    Ny skule      Pågår\n"
    text, _ = normalise([table])
    assert text.splitlines()[1:] == ["1\tNy kai\tFerdig", "2\tNy skule\tPågår"]


def test_prose_under_a_header_like_line_is_not_cut():
    text = (
        "Navn  Parti  Kommentar\n"
        "Kommunestyret vedtok planen i mai, og arbeidet med tiltakene starter etter sommeren.\n"
        "Rådmannen legger fram en ny status i desember.\n"
    )
    out, _ = normalise([text])
    assert "\t" not in out


def test_two_columns_under_a_narrow_header_are_not_a_table():
    text = "Tiltak  Status\nNy kai  Ferdig\nNy skule  Pågår\n"
    out, _ = normalise([text])
    assert "\t" not in out
