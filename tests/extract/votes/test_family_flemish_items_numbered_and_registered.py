"""Flemish minutes number each item and print its registration number right after ("4. 2026_GR_00034 Title"),
with or without a dash before the title. The item number is the case number, the registration number the
archive case; the item's own text on the next line (a sentence, an outcome line) is never the title's wrapped
end, also when an outcome line opens with 'Vastgesteld' under a wrapped title."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Testbeek\nNotulen van de zitting van de gemeenteraad van maandag 23 maart 2026\n\nOPENBARE ZITTING\n\n"


def _rows(items: str) -> list[tuple]:
    return [(r.case_number, r.archive_case, r.subject, r.outcome) for r in votes(HEAD + items, "nl")]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "1. 2026_GR_00031 Goedkeuring notulen van de zitting van 23 februari 2026\n"
            "Stemming op het voorstel: eenparig goedgekeurd.\n",
            ("1", "2026_GR_00031", "Goedkeuring notulen van de zitting van 23 februari 2026", "adopted"),
        ),
        (
            "3. 2026_GR_00033 Retributiereglement op het gebruik van gemeentelijke zalen\n"
            "Stemming: goedgekeurd met 27 stemmen voor en 4 stemmen tegen.\n",
            ("3", "2026_GR_00033", "Retributiereglement op het gebruik van gemeentelijke zalen", "adopted"),
        ),
        (
            "12. 2025_OCMWR_00012 Rechtspositieregeling van het personeel\nBesluit: goedgekeurd.\n",
            ("12", "2025_OCMWR_00012", "Rechtspositieregeling van het personeel", "adopted"),
        ),
        (
            "5. 2026_GR_00040 – Subsidiereglement jeugdwerk\nStemming: verworpen met 9 stemmen voor en 18 tegen.\n",
            ("5", "2026_GR_00040", "Subsidiereglement jeugdwerk", "rejected"),
        ),
        (
            "7. 2026_GR_00052 Rooilijnplan Molenstraat\nDit punt wordt verdaagd.\n",
            ("7", "2026_GR_00052", "Rooilijnplan Molenstraat", "postponed"),
        ),
    ],
)
def test_an_item_number_then_its_registration_number_opens_the_case(item, expected):
    assert _rows(item) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeenteraad neemt kennis van het jaarverslag 2025 van de politiezone\nTestbeek-Noord.",
        "De gemeenteraad neemt kennis van het verslag van de adviesraad voor\ncultuur over de werking in 2025.",
        "De gemeenteraad neemt kennis van de rapportering over het eerste\nkwartaal.",
    ],
)
def test_the_items_own_sentence_under_the_title_is_its_decision(sentence):
    rows = _rows(f"4. 2026_GR_00034 Kennisname jaarverslag 2025 van de lokale politie\n{sentence}\n")
    assert [(case, archive, outcome) for case, archive, _, outcome in rows] == [("4", "2026_GR_00034", "noted")]


def test_an_outcome_line_opening_with_vastgesteld_is_not_the_wrapped_title():
    rows = votes(
        HEAD + "2025_GR_00212 - Aanpassing meerjarenplan 2026-2031 - vaststelling\n"
        "  Vastgesteld met 19 stemmen voor (CD&V, N-VA), 10 stemmen tegen\n"
        "  (Vlaams Belang, Vooruit, Groen) en 0 onthoudingen.\n\n"
        "2025_GR_00213 - Aanvullend belastingreglement op de personenbelasting\n"
        "  aanslagjaren 2026-2031 - vaststelling\n"
        "  Vastgesteld met 19 stemmen voor, 5 stemmen tegen (Vlaams Belang: 5) en\n"
        "  5 onthoudingen (Vooruit: 3, Groen: 2).\n",
        "nl",
    )
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("2025_GR_00212", "adopted", 19, 10),
        ("2025_GR_00213", "adopted", 19, 5),
    ]


@pytest.mark.parametrize(
    "item",
    [
        "7. Mondelinge vragen\nRaadslid Dirk Aerts (N-VA) vraagt naar de fietsstraat. Er wordt niet gestemd.\n",
        "8. 2026_GR_00037 Aanstelling van een algemeen directeur a.i. – zie besloten notulen\n",
        "9. 2026 wordt een jaar van grote werken in het centrum\n",
    ],
)
def test_items_recording_no_decision_give_no_row(item):
    assert _rows(item) == []
