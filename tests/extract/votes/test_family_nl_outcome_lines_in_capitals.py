"""An outcome line printed in capitals under an item ("BIJ ACCLAMATIE AANGENOMEN", "ZONDER STEMMING
VASTGESTELD") records the item's outcome as its lower-case form does."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract

HEAD = "Gemeente Bergeijk-Noord\nBESLUITENLIJST van de raadsvergadering van 7 april 2026\n\n"
TAIL = "\n\n2. Krediet sporthal De Hoef\nAangenomen met 14 stemmen voor en 5 tegen.\n"


def votes(body: str) -> list[VoteRow]:
    return extract(document_from_text(HEAD + body + TAIL, language="nl", municipality="Bergeijk-Noord"))


@pytest.mark.parametrize(
    "line",
    [
        "BIJ ACCLAMATIE AANGENOMEN",
        "ZONDER HOOFDELIJKE STEMMING VASTGESTELD",
        "Besluit: BIJ ACCLAMATIE AANGENOMEN.",
        "ONGEWIJZIGD VASTGESTELD",
        "BIJ HAMERSLAG GOEDGEKEURD",
        "CONFORM VOORSTEL AANGENOMEN",
    ],
)
def test_capital_outcome_line_decides_the_item(line: str) -> None:
    rows = votes("1. Vaststelling agenda\n" + line)
    assert [(r.case_number, r.subject, r.outcome) for r in rows][0] == ("1", "Vaststelling agenda", "adopted"), rows


@pytest.mark.parametrize("line", ["VASTGESTELDE NOTULEN EN BESLUITENLIJSTEN", "AANGENOMENE MOTIES IN 2025"])
def test_capital_heading_with_an_outcome_stem_is_no_outcome(line: str) -> None:
    rows = votes("1. Ingekomen stukken\n" + line + "\nDe lijst wordt ter inzage gelegd.")
    assert [r.case_number for r in rows] == ["2"], rows
