"""Family: news pages about a council meeting ("Dit besloot de raad op 12 maart") whose short headlines state the
decision the paragraph under them reports ("Motie over de kermis verworpen" / "Een motie van de VVD om ... werd
verworpen met 8 stemmen voor en 14 stemmen tegen."). Headline and paragraph are one decision: one row, with the
paragraph's vote and the headline's name for it. A headline over a paragraph with another outcome, a headline that
states nothing, or a sentence ending in a full stop above another decision keep their own rows. All text is written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Home > Nieuws > Dit besloot de raad\n\nDit besloot de gemeenteraad op 12 maart\n"
    "Gepubliceerd op vrijdag 13 maart 2026\n\nDe gemeenteraad vergaderde donderdag 12 maart 2026.\n\n"
)


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in votes(HEAD + body, "nl")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Motie over de kermis verworpen\nEen motie van de VVD om de kermis een week langer te laten duren, werd "
            "verworpen met 8 stemmen voor en 14 stemmen tegen.\n",
            [("Motie over de kermis", "rejected", False, 8, 14)],
        ),
        (
            "Jaarstukken 2025 vastgesteld\nDe raad stelde de jaarstukken 2025 met algemene stemmen vast.\n",
            [("Jaarstukken 2025", "adopted", True, None, 0)],
        ),
        (
            "Amendement over het wedstrijdbad verworpen\nEen amendement van D66 voor een groter bad werd verworpen "
            "met 12 stemmen voor en 27 stemmen tegen.\n",
            [("Amendement over het wedstrijdbad", "rejected", False, 12, 27)],
        ),
        (
            "Begroting 2027 aangenomen\nDe begroting 2027 werd aangenomen met 25 stemmen voor en 6 stemmen tegen.\n"
            "Wethouder Bos noemde de begroting sober.\n",
            [("Begroting 2027", "adopted", False, 25, 6)],
        ),
        (
            "Motie schoolzwemmen aangenomen\nDe motie van de SP over schoolzwemmen werd unaniem aangenomen.\n\n"
            "Motie over de bankjes verworpen\nEen motie van de PVV over extra bankjes werd verworpen met 4 stemmen "
            "voor en 25 stemmen tegen.\n",
            [("Motie schoolzwemmen", "adopted", True, None, 0), ("Motie over de bankjes", "rejected", False, 4, 25)],
        ),
    ],
)
def test_a_headline_and_its_paragraph_are_one_row(body: str, expected: list[tuple]) -> None:
    rows = _rows(body)
    assert [row[1:] for row in rows] == [row[1:] for row in expected]
    assert [row[0].startswith(subject) for row, (subject, *_) in zip(rows, expected, strict=True)] == [True] * len(rows)


def test_a_headline_over_another_outcome_keeps_its_own_row() -> None:
    body = (
        "Begroting 2027 aangenomen\nEen amendement van de VVD om de ozb te verlagen werd verworpen met 8 stemmen "
        "voor en 23 stemmen tegen.\n"
    )
    assert [row[1] for row in _rows(body)] == ["adopted", "rejected"]


def test_two_reported_sentences_are_two_rows() -> None:
    body = (
        "De raad stelde de jaarstukken 2025 met algemene stemmen vast.\n"
        "De begroting 2027 werd aangenomen met 25 stemmen voor en 6 stemmen tegen.\n"
    )
    assert [row[1:3] for row in _rows(body)] == [("adopted", True), ("adopted", False)]
