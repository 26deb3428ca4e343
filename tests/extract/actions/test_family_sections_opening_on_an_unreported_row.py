"""A ruled tracker split into sections under the plan's headings, where the first row under a later heading states
no status: its status cell is a dash or its comment says no report came in. The section's rows are still the
table's (they have the header's cells); the row is an action with status unknown, and the rows after it are read.
A table under the next heading with other columns (a budget) is not the tracker's. Documents written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

RULE = "+-----+------------------------------+---------------+-------------------------------+"


def _tracker(header: tuple[str, str, str, str], first: list[tuple[str, str, str, str]], heading: str, later) -> str:
    def row(cells):
        return f"| {cells[0]:<4}| {cells[1]:<29}| {cells[2]:<14}| {cells[3]:<30}|"

    return text_of(
        "Opfølgning 2026",
        "",
        "Tema A - Første del",
        RULE,
        row(header),
        RULE,
        *[row(r) for r in first],
        RULE,
        "",
        heading,
        RULE,
        *[row(r) for r in later],
        RULE,
    )


CASES = [
    (
        "nl",
        ("Nr", "Actie", "Status", "Toelichting"),
        [
            ("1.1", "Nieuwe speeltuin Noord", "Afgerond", "Geopend in mei."),
            ("1.2", "Bankjes langs de dijk", "Lopend", "Helft staat er."),
        ],
        "Thema B - Samen in de regio",
        [("2.1", "Regionale fietskaart", "-", "Geen gegevens ontvangen."), ("2.2", "Gedeeld loket", "Afgerond", "-")],
        [("2.1", "Regionale fietskaart", "unknown"), ("2.2", "Gedeeld loket", "completed")],
    ),
    (
        "da",
        ("Nr", "Indsats", "Status", "Bemærkning"),
        [
            ("1.1", "Ny legeplads ved skolen", "Afsluttet", "Indviet i juni."),
            ("1.2", "Bænke ved søen", "I gang", "Halvdelen er sat op."),
        ],
        "Tema B - Fællesskab",
        [("2.1", "Fælles kulturkalender", "–", "Ingen tilbagemelding."), ("2.2", "Nyt borgerhus", "Afsluttet", "–")],
        [("2.1", "Fælles kulturkalender", "unknown"), ("2.2", "Nyt borgerhus", "completed")],
    ),
    (
        "nb",
        ("Nr", "Tiltak", "Status", "Kommentar"),
        [
            ("1.1", "Ny gapahuk ved vannet", "Fullført", "Åpnet i juni."),
            ("1.2", "Benker langs elva", "Pågår", "Halvparten står."),
        ],
        "Tema B - Samarbeid i regionen",
        [("2.1", "Felles turkart", "-", "Ingen tilbakemelding."), ("2.2", "Felles servicekontor", "Fullført", "-")],
        [("2.1", "Felles turkart", "unknown"), ("2.2", "Felles servicekontor", "completed")],
    ),
    (
        "nn",
        ("Nr", "Tiltak", "Status", "Kommentar"),
        [
            ("1.1", "Ny gapahuk ved vatnet", "Fullført", "Opna i juni."),
            ("1.2", "Benkar langs elva", "Pågår", "Halvparten står."),
        ],
        "Tema B - Samarbeid i regionen",
        [
            ("2.1", "Felles turkart", "—", "Vi har ikkje fått rapport."),
            ("2.2", "Felles servicekontor", "Fullført", "—"),
        ],
        [("2.1", "Felles turkart", "unknown"), ("2.2", "Felles servicekontor", "completed")],
    ),
    (
        "nl",
        ("Actie", "Omschrijving", "Stand", "Opmerking"),
        [
            ("A1", "Groene schoolpleinen", "Loopt", "Vier van de zes klaar."),
            ("A2", "Geveltuinen", "Afgerond", "Klaar."),
        ],
        "Spoor B - Water",
        [("B1", "Regentonnen voor inwoners", "-", "-"), ("B2", "Wadi bij de sporthal", "Loopt", "Aanbesteed.")],
        [("B1", "Regentonnen voor inwoners", "unknown"), ("B2", "Wadi bij de sporthal", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "header", "first", "heading", "later", "expected"), CASES)
def test_a_section_opening_on_an_unreported_row_goes_on(language, header, first, heading, later, expected):
    found = rows(_tracker(header, first, heading, later), language)
    assert found[-2:] == expected
    assert len(found) == 4


def test_a_budget_table_under_the_next_heading_is_not_the_trackers():
    text = text_of(
        "Opfølgning 2026",
        "",
        "Tema A - Første del",
        "| Nr  | Indsats                  | Status     | Bemærkning         |",
        "|-----|--------------------------|------------|--------------------|",
        "| 1.1 | Ny legeplads ved skolen  | Afsluttet  | Indviet i juni.    |",
        "| 1.2 | Bænke ved søen           | I gang     | Halvdelen står.    |",
        "",
        "Økonomi",
        "| 2.1 | Anlæg                    | 1,2 mio. kr. |",
        "| 2.2 | Drift                    | 0,3 mio. kr. |",
    )
    assert [r[0] for r in rows(text, "da")] == ["1.1", "1.2"]
