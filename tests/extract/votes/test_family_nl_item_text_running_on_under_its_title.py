"""An item's text that opens with a whole sentence and runs on over the next lines ('Punt 5   Title: subtitle' /
'Dit punt wordt uitgesteld tot de zitting van september. Het college' / 'wacht op het advies ...'): the title line
stays the item's header, whether the title has a colon, a dash or neither; the text's wrapped lines still join one
another. A title that wraps onto a second line without a sentence end stays one title."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\nZitting van maandag 22 juni 2026\n\n"
RULE = "-" * 71


def _rows(text: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome) for r in votes(HEAD + text, "nl")]


@pytest.mark.parametrize(
    ("title", "text", "outcome"),
    [
        (
            "Verkavelingsakkoord Zandvliet-Berendrecht: zaak der wegen",
            "Dit punt wordt uitgesteld tot de zitting van september. Het college\n"
            "         wacht op het advies van de Provincie Antwerpen.",
            "postponed",
        ),
        (
            "Rooilijnplan Kerkstraat - voorlopige vaststelling",
            "Het punt wordt verdaagd naar de volgende zitting. De provincie heeft\n"
            "         haar advies nog niet bezorgd aan het college.",
            "postponed",
        ),
        (
            "Retributiereglement op het gebruik van de gemeentelijke zalen",
            "Het reglement wordt eenparig goedgekeurd. De nieuwe tarieven gelden\n         vanaf 1 september 2026.",
            "adopted",
        ),
        (
            "Jaarverslag 2025 van de lokale politie: kennisname",
            "De gemeenteraad neemt kennis van het jaarverslag. De korpschef licht\n"
            "         de cijfers toe in de commissie van oktober.",
            "noted",
        ),
        (
            "Samenwerkingsovereenkomst met de buurgemeente over de bibliotheek",
            "Goedgekeurd met 20 stemmen voor en 7 stemmen tegen. De overeenkomst\n"
            "         loopt tot eind 2031 en wordt jaarlijks geëvalueerd.",
            "adopted",
        ),
    ],
)
def test_a_title_stays_the_header_over_text_that_runs_on(title, text, outcome):
    rows = _rows(f"{RULE}\nPunt 5   {title}\n         {text}\n{RULE}\n")
    assert rows == [("5", title, outcome)]


def test_a_title_wrapping_onto_a_second_line_stays_one_title():
    rows = _rows(
        f"{RULE}\nPunt 5   Overeenkomst met de intergemeentelijke vereniging voor afvalbeheer en\n"
        "         de gemeente Kapellen over de inzameling\n         Goedgekeurd.\n"
    )
    assert [(case, outcome) for case, _, outcome in rows] == [("5", "adopted")]
    assert rows[0][1].startswith("Overeenkomst met de intergemeentelijke")
