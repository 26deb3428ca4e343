"""Decision lists print the motions of an item as a list of entries: a number, the quoted title, the movers in
brackets, then the outcome on the next line or after the motion's words on the same line ('M3 "Titel" (Partij)' /
'Besluit: verworpen ...'; 'M1 "Titel" (D66, CDA): verzoekt het college ... . Unaniem aangenomen.'). Each entry is a
vote on that motion: its subject is the number with the title ("M3 Titel"), without the quote marks, and the outcome
is the entry's, never part of the motion's words.

Look-alikes: an entry with no outcome of its own records nothing; a quoted title under an item that is no motion
entry (a raadsvoorstel quoting its plan) does not name the vote."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Besluitenlijst van de openbare raadsvergadering van de gemeente Testdam\nDatum: donderdag 12 maart 2026\n\n"
    "7. Moties vreemd aan de orde van de dag\n\n"
)


def _rows(text: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in votes(HEAD + text, "nl")]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            'M3 "Behoud van het dorpshuis" (Lokaal Belang)\nBesluit: verworpen met 9 stemmen voor en 16 stemmen tegen.',
            ("M3 Behoud van het dorpshuis", "rejected", False, 9, 16),
        ),
        (
            "A2 'Meer groen op het marktplein' (VVD, CDA)\nUitslag: unaniem aangenomen",
            ("A2 Meer groen op het marktplein", "adopted", True, None, 0),
        ),
        (
            "M1 \u201cStedenband met Lviv onderzoeken\u201d (D66, CDA): verzoekt het college de mogelijkheden te "
            "onderzoeken. Unaniem aangenomen.",
            ("M1 Stedenband met Lviv onderzoeken", "adopted", True, None, 0),
        ),
        (
            "Motie M6 \u201cBetaalbare sportvelden\u201d (Leefbaar Testdam): draagt het college op de huur te "
            "bevriezen. Met algemene stemmen aangenomen.",
            ("Motie M6 Betaalbare sportvelden", "adopted", True, None, 0),
        ),
        (
            "M2 'Bankjes in het park' (SP): draagt het college op meer bankjes te plaatsen. Aangenomen met 19 "
            "stemmen voor en 6 tegen.",
            ("M2 Bankjes in het park", "adopted", False, 19, 6),
        ),
        (
            'M4 "Gratis zwemles" (SP)\nVerzoekt het college om alle kinderen gratis zwemles aan te bieden.\n'
            "Besluit: aangenomen met 20 stemmen voor en 5 stemmen tegen.",
            ("M4 Gratis zwemles", "adopted", False, 20, 5),
        ),
    ],
)
def test_a_motion_entry_is_a_vote_on_its_numbered_title(entry, expected):
    assert _rows(entry + "\n") == [expected]


def test_an_entry_without_an_outcome_records_nothing():
    assert _rows('M7 "Zonnepanelen op het gemeentehuis" (GroenLinks)\nDe motie wordt in april besproken.\n') == []


def test_a_quoted_plan_under_a_council_proposal_is_no_motion_entry():
    text = (
        "Besluitenlijst van de openbare raadsvergadering van de gemeente Testdam\nDatum: donderdag 12 maart 2026\n\n"
        '5. Raadsvoorstel "Ruimte voor de Rivier"\nBesluit: unaniem aangenomen.\n'
    )
    assert [(r.subject, r.outcome) for r in votes(text, "nl")] == [('Raadsvoorstel "Ruimte voor de Rivier"', "adopted")]
