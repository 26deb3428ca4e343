"""A decision label printed as a column reads as the labelled line.

Besluitenlijsten and vote-result pages lay an item out in two columns: the label, a column gap (kept as a tab)
or a bar, then the value ('Besluit        Conform vastgesteld.', 'Uitslag      | Aangenomen, 21 voor en 6 tegen').
The rules read labelled lines by their colon; the column is the same label, so the row is the same as for
'Besluit: Conform vastgesteld.': about the point's title when the value names nothing, about the value's own
sentence when it names its matter, and never with the label in its subject.

Look-alikes: a table row with more cells after the label ('Besluit | Agendapunt | Uitslag') is a table's header,
not a label column; a word that is no decision label ('Toezegging<TAB>Wethouder ... zegt toe') decides nothing.
"""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.votes.label_columns import with_label_colons
from tests.extract.votes.helpers import outcomes

HEAD = (
    "Besluitenlijst van de openbare vergadering van de gemeenteraad van Testdorp\ngehouden op donderdag 4 juni 2026\n\n"
)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Agendapunt 4   Besluitenlijst raadsvergadering 21 mei 2026\nBesluit        Conform vastgesteld.\n",
            [("adopted", "Besluitenlijst raadsvergadering 21 mei 2026")],
        ),
        (
            "Agendapunt 2   Vaststellen van de agenda\nBesluit        De agenda wordt ongewijzigd vastgesteld.\n",
            [("adopted", "De agenda wordt ongewijzigd vastgesteld")],
        ),
        (
            "Agendapunt 5   Zienswijze begroting 2027 GGD\nBesluit        Zonder stemming aangenomen.\n",
            [("adopted", "Zienswijze begroting 2027 GGD")],
        ),
        (
            "Agendapunt 10 | Jaarverslag 2025 Rekenkamercommissie\n"
            "Uitslag       | De raad neemt het jaarverslag voor kennisgeving aan.\n",
            [("noted", "Jaarverslag 2025 Rekenkamercommissie")],
        ),
        (
            "Agendapunt 7 | Verordening precariobelasting 2027\nUitslag      | Aangenomen, 21 voor en 6 tegen\n",
            [("adopted", "Verordening precariobelasting 2027")],
        ),
        (
            "Agendapunt 8   Herinrichting Brink\nBesluit        Aangehouden tot de vergadering van 2 juli 2026.\n",
            [("postponed", "Herinrichting Brink")],
        ),
    ],
)
def test_a_label_column_reads_as_its_labelled_line(item: str, expected: list[tuple[str, str]]) -> None:
    assert outcomes(HEAD + item, "nl") == expected


def test_the_rewrite_keeps_every_offset() -> None:
    doc = document_from_text(HEAD + "Agendapunt 4   Notulen\nBesluit        Conform vastgesteld.\n", language="nl")
    rewritten = with_label_colons(doc, "nl")
    assert len(rewritten.text) == len(doc.text)
    assert "Besluit:" in rewritten.text


@pytest.mark.parametrize(
    "line",
    [
        "Besluit | Agendapunt | Uitslag\n",  # a table's header row: more cells than one value
        "Toezegging        Wethouder Kramer zegt toe de raad te informeren.\n",  # no decision label
        "Besluitvorming over de begroting volgt in juli.\n",  # running text, no column
    ],
)
def test_no_label_column(line: str) -> None:
    doc = document_from_text(HEAD + line, language="nl")
    assert with_label_colons(doc, "nl").text == doc.text
