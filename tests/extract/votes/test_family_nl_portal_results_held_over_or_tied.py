"""A vote page's result field that holds a motion over ("Uitslag: AANGEHOUDEN" with the reason set off by a gap:
"De indiener houdt de motie aan tot ...") or records a tie in the word order 'staken der stemmen' ("Uitslag: STAKEN
DER STEMMEN   Voor 9   Tegen 9") postpones the vote: one row, postponed, about the point heading above, whose number
and title a middle dot may separate ("Agendapunt 7 · Raadsvoorstel ..."). A field that withdraws the motion
("Uitslag: INGETROKKEN") and an outcome word inside the reason sentence decide nothing of their own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeenteraad Teststad › Raadsvergadering 3-12-2026 › Stemmingsuitslagen\n"
    "Raadsvergadering donderdag 3 december 2026\n\n"
)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "Agendapunt 5 · Motie M5.2 Speeltuin Harmelen\nIndiener: CDA\n"
            "Uitslag: AANGEHOUDEN      De indiener houdt de motie aan tot de vergadering van januari.\n",
            ("5", "Motie M5.2 Speeltuin Harmelen", "postponed", None, None),
        ),
        (
            "Agendapunt 9 · Motie 9.3 Ruimte voor tiny houses\nIndieners: PvdA, D66\n"
            "Uitslag: Aangehouden\tOp verzoek van de indieners, in afwachting van de woonvisie.\n",
            ("9", "Motie 9.3 Ruimte voor tiny houses", "postponed", None, None),
        ),
        (
            "Agendapunt 12 · Amendement A12.1 Groene schoolpleinen\nUitslag: UITGESTELD     Eerst volgt een "
            "hoorzitting met de ouderraden.\n",
            ("12", "Amendement A12.1 Groene schoolpleinen", "postponed", None, None),
        ),
        (
            "Agendapunt 7 · Motie M7.3 Zwembadtarieven\nIndiener: SP\n"
            "Uitslag: STAKEN DER STEMMEN   Voor 12   Tegen 12\n"
            "  De motie wordt in de volgende vergadering opnieuw in stemming gebracht.\n",
            ("7", "Motie M7.3 Zwembadtarieven", "postponed", 12, 12),
        ),
        (
            "Agendapunt 4 · Raadsvoorstel Verordening jeugdhulp 2027\nUitslag: staken der stemmen\n",
            ("4", "Raadsvoorstel Verordening jeugdhulp 2027", "postponed", None, None),
        ),
        (
            "Agendapunt 6 · Raadsvoorstel Bestemmingsplan Kerkveld\nUitslag: AANGENOMEN       Voor 21   Tegen 4\n",
            ("6", "Raadsvoorstel Bestemmingsplan Kerkveld", "adopted", 21, 4),
        ),
    ],
)
def test_held_over_or_tied_results_postpone_the_point(block, expected) -> None:
    rows = votes(HEAD + block, "nl")
    assert [(r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [expected]


@pytest.mark.parametrize(
    "block",
    [
        "Agendapunt 8 · Amendement A8.1 Fietsenstalling\nUitslag: INGETROKKEN\n",
        "Agendapunt 8 · Motie M8.4 Hondenbelasting\n"
        "Uitslag: INGETROKKEN      De indiener trekt de motie in na een toezegging van de wethouder.\n",
    ],
)
def test_a_withdrawn_motion_records_no_vote(block) -> None:
    assert votes(HEAD + block, "nl") == []
