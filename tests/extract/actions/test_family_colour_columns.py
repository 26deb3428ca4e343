"""A tracker table whose status column is headed by the word for colour ("Farge", "Farve", "Kleur"), its
cells colour words read through a legend whose entries are parted by middle dots ("Grøn = gjennomført ·
Gul = i gang · Raud = ikkje starta"). Tables written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TABLES = [
    (
        "nn",
        "Grøn = gjennomført · Gul = i gang · Raud = ikkje starta",
        "| Nr | Tiltak | Farge | Merknad |",
        ["Grøn", "Gul", "Raud"],
    ),
    (
        "nb",
        "Grønn = fullført · Gul = pågår · Rød = ikke startet",
        "| Nr | Tiltak | Farge | Kommentar |",
        ["Grønn", "Gul", "Rød"],
    ),
    (
        "da",
        "Grøn = gennemført · Gul = i gang · Rød = ikke påbegyndt",
        "| Nr | Handling | Farve | Bemærkning |",
        ["Grøn", "Gul", "Rød"],
    ),
    (
        "nl",
        "Groen = afgerond · Oranje = in uitvoering · Rood = niet gestart",
        "| Nr | Actie | Kleur | Toelichting |",
        ["Groen", "Oranje", "Rood"],
    ),
    (
        "nb",
        "Grønn = fullført • Gul = pågår • Rød = ikke startet",
        "| Nr | Tiltak | Fargekode | Kommentar |",
        ["Grønn", "Gul", "Rød"],
    ),
]


@pytest.mark.parametrize(("language", "legend", "header", "colours"), TABLES)
def test_a_colour_column_reads_its_cells_through_a_dotted_legend(language, legend, header, colours):
    body = "".join(f"| {n} | Tiltak nummer {n} | {c} | |\n" for n, c in enumerate(colours, 1))
    text = f"Forklaring:\n{legend}\n\n{header}\n|---|---|---|---|\n{body}"
    assert [status for _, _, status in rows(text, language)] == ["completed", "in_progress", "not_started"]

