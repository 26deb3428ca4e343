"""A numbered item whose heading introduces the proposal quoted under it and so ends with a colon ('07  Voorstel van
raadslid Jan Peeters (N-VA):' / '"Het college plant meer bomen."' / 'Verworpen met 6 stemmen voor en 13 stemmen
tegen.'). Flemish besluitenlijsten and notulen head a member's added point, a motion or an amendment so; the heading
is the item's header with its number, and the row is about the proposal it quotes.

Look-alikes: a numbered decision point inside a decision that ends with a colon ('1. De gemeenteraad beslist:',
'2. Het college wordt belast met:') opens no item.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Besluitenlijst gemeenteraad Testdorp\nZitting van 15 september 2026\n\n"
    "06  Jaarrapport organisatiebeheersing\n    Akte genomen.\n\n"
)


@pytest.mark.parametrize(
    ("item", "case", "quoted", "outcome"),
    [
        (
            '07  Voorstel van raadslid Jan Peeters (N-VA):\n    "Het college plant 200 bomen in de dorpskern."\n'
            "    Verworpen met 6 stemmen voor en 13 stemmen tegen.\n",
            "07",
            "Het college plant 200 bomen in de dorpskern.",
            "rejected",
        ),
        (
            '8. Toegevoegd punt van raadslid Ann Claes (Groen):\n"De gemeenteraad vraagt een fietsstraat in de '
            'Kerkstraat."\nVerworpen met 7 stemmen voor en 18 stemmen tegen.\n',
            "8",
            "De gemeenteraad vraagt een fietsstraat in de Kerkstraat.",
            "rejected",
        ),
        (
            '11  Motie van de fractie Vooruit over speelstraten:\n    "De gemeenteraad vraagt het college meer '
            'speelstraten toe te laten."\n    Aangenomen met 16 stemmen voor en 3 stemmen tegen.\n',
            "11",
            "De gemeenteraad vraagt het college meer speelstraten toe te laten.",
            "adopted",
        ),
        (
            '12. Amendement van raadslid Tom Wouters (CD&V):\n"Het budget voor de bibliotheek wordt verhoogd."\n'
            "Eenparig goedgekeurd.\n",
            "12",
            "Het budget voor de bibliotheek wordt verhoogd.",
            "adopted",
        ),
        (
            '9  Bijkomend agendapunt van raadslid Eva Smets (PVDA):\n    "Het zwembad blijft op zondag open."\n'
            "    Verworpen met 4 stemmen voor en 21 stemmen tegen.\n",
            "9",
            "Het zwembad blijft op zondag open.",
            "rejected",
        ),
    ],
)
def test_a_heading_ending_in_a_colon_over_a_quoted_proposal_is_its_item(
    item: str, case: str, quoted: str, outcome: str
) -> None:
    rows = [r for r in votes(HEAD + item, "nl") if r.case_number != "06"]
    assert [(r.case_number, r.outcome) for r in rows] == [(case, outcome)]
    assert quoted.rstrip(".") in (rows[0].subject or "")


@pytest.mark.parametrize("line", ["1. De gemeenteraad beslist:", "2. Het college wordt belast met:"])
def test_a_numbered_decision_point_ending_in_a_colon_opens_no_item(line: str) -> None:
    text = (
        HEAD + f"07  Reglement markten\n    Besluit\n{line}\n    Het reglement wordt goedgekeurd.\n    Goedgekeurd.\n"
    )
    assert {r.case_number for r in votes(text, "nl")} == {"06", "07"}
