"""Family: an appointment made by a written or secret ballot (nl), the manner of the ballot said beside the verb.

Decision lists say how the vote was held between the auxiliary and the verb ("De heer Wolters wordt bij
schriftelijke stemming benoemd met 17 stemmen"), after the verb ("Besluit: benoemd bij schriftelijke stemming")
or before it ("Besluit: bij geheime stemming aangeduid"), with the ballots on the same line or on a result
line below ("Uitslag: 15 stemmen voor de voorgedragen kandidaat, 2 blanco"). The manner and the ballots name
nothing decided: the row is the item's, adopted. A ballot with nobody appointed, or a manner told about a
vote on something else, keeps its own reading. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad van dinsdag 6 oktober 2026\n\n"
NL_ITEM = "Agendapunt 9 - Benoeming lid rekenkamercommissie\n"
BE_ITEM = "9. Aanduiding vertegenwoordiger algemene vergadering Fluvius\n"
NEXT = "\n\nAgendapunt 10 - Sluiting\n"


@pytest.mark.parametrize(
    ("item", "decision", "votes_for"),
    [
        (
            NL_ITEM,
            "Besluit: De heer R. Wolters wordt bij schriftelijke stemming benoemd met 17\nstemmen; 1 was blanco.",
            17,
        ),
        (NL_ITEM, "Mevrouw J. de Graaf werd bij geheime stemming benoemd met 22 stemmen.", 22),
        (
            NL_ITEM,
            "Besluit: benoemd bij schriftelijke stemming\nUitslag: 15 stemmen voor de voorgedragen kandidaat, 2 blanco",
            15,
        ),
        (NL_ITEM, "Besluit: herbenoemd bij schriftelijke stemming\nUitslag: 19 stemmen voor, 1 blanco", 19),
        (
            BE_ITEM,
            "Beslissing: aangeduid bij geheime stemming\nUitslag: 24 stemmen voor de voorgestelde kandidaat, 3 blanco",
            24,
        ),
        (BE_ITEM, "Besluit: bij geheime stemming aangeduid.", None),
        (BE_ITEM, "Besluit: bij geheime stemming aangesteld met 20 stemmen, 2 blanco.", None),
    ],
)
def test_an_appointment_by_ballot_is_the_items_row(item: str, decision: str, votes_for: int | None) -> None:
    rows = vote_cells(HEAD + item + decision + NEXT, "nl")
    title = item.split(" ", 1)[1].strip().lstrip("9 -").strip()
    assert [(r[1], r[2]) for r in rows] == [(title, "adopted")]
    if votes_for is not None:
        assert rows[0][3] == votes_for


@pytest.mark.parametrize(
    "decision",
    [
        "Bij schriftelijke stemming zijn 29 briefjes ingeleverd, waarvan 2 blanco.",
        "De heer Smit is door de provincie benoemd met ingang van 1 januari.",
    ],
)
def test_a_ballot_or_an_appointment_elsewhere_is_no_row(decision: str) -> None:
    assert vote_cells(HEAD + NL_ITEM + decision + NEXT, "nl") == []


def test_a_vote_on_a_proposal_by_written_ballot_keeps_its_own_subject() -> None:
    text = (
        HEAD
        + "Agendapunt 4 - Moties\nDe motie 'Gratis zwemles' wordt bij schriftelijke stemming verworpen"
        + " met 9 stemmen voor en 12 tegen."
        + NEXT
    )
    ((_, subject, outcome, *_),) = vote_cells(text, "nl")
    assert "Gratis zwemles" in subject and outcome == "rejected"
