"""A line recording how the members voted is never what a vote is about (nl, NL + BE).

Vote lists print, under a label naming the vote ("Raadsvoorstel", "Motie 7.1 ..."), one line per option with the
parties or names and their number ("Voor: CDA (6), VVD (4) = 10" / "Tegen: SP (2) = 2"), then the result field
("Uitslag: aangenomen"). The counts belong to the vote, and a roll-call line is never a subject, whatever counts or
names it lists: a bare "Raadsvoorstel" over its counts is about the case, as it is right above its result (most
read sets' gold names the item's title there). All sentences are written for these tests.

Look-alikes: a recommendation's own sentence under "Raadsvoorstel" stays its subject; a label with a title keeps it.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad\n\nStemmingsuitslagen raadsvergadering van donderdag 12 maart 2026\n\n"


@pytest.mark.parametrize(
    "block",
    [
        "7. Kadernota sociaal domein 2026-2030\n   Raadsvoorstel\n"
        "     Voor:  CDA (6), VVD (4), D66 (2)        = 12\n     Tegen: PVV (3), SP (2)        =  5\n"
        "     Uitslag: aangenomen\n",
        "12. Verordening afvalstoffenheffing 2027\nRaadsvoorstel\nVoor: Lokaal Belang (7), CDA (5) = 12\n"
        "Tegen: GroenLinks-PvdA (4) = 4\nUitslag: aangenomen\n",
        "4. Nota grondbeleid\n  Raadsvoorstel\n  Tegen: SGP (3), ChristenUnie (2)\n  Voor: VVD (5), D66 (4), CDA (4)\n"
        "  Uitslag: aangenomen\n",
        "9. Woonvisie 2026-2035\n    Raadsvoorstel\n    Voor: 14 (VVD, CDA, D66)\n    Tegen: 6 (PVV, SP)\n"
        "    Stemuitslag: aangenomen\n",
        "3. Aanpassing meerjarenplan nr. 2\n  Raadsvoorstel\n  ja-stemmen: N-VA (9), CD&V (6)\n"
        "  neen-stemmen: Vlaams Belang (5)\n  Uitslag: aangenomen\n",
    ],
)
def test_a_bare_proposal_label_above_its_roll_call_is_about_the_case(block: str) -> None:
    rows = votes(HEAD + block, "nl")
    title = block.split("\n", 1)[0].split(". ", 1)[1]
    assert [(r.subject, r.outcome) for r in rows] == [(title, "adopted")]


@pytest.mark.parametrize(
    "block",
    [
        "8. Kadernota 2027\n   Motie 8.1 'Geen bezuiniging op mantelzorg' (SP)\n"
        "     Voor:  SP (2), PVV (3)                 =  5\n     Tegen: CDA (6), VVD (4), D66 (2)   = 12\n"
        "     Uitslag: verworpen\n   Raadsvoorstel\n     Voor:  CDA (6), VVD (4), D66 (2)   = 12\n"
        "     Tegen: PVV (3), SP (2)                 =  5\n     Uitslag: aangenomen\n",
        "5. Bestemmingsplan Dorpsrand\nAmendement A1 'Maximaal twee bouwlagen' (CDA)\n"
        "Voor: CDA (5), SGP (2) = 7\nTegen: VVD (6), Lokaal (6) = 12\nUitslag: verworpen\n"
        "Raadsvoorstel\nVoor: VVD (6), Lokaal (6), SGP (2) = 14\nTegen: CDA (5) = 5\nUitslag: aangenomen\n",
    ],
)
def test_a_roll_call_is_never_the_subject_after_another_vote(block: str) -> None:
    rows = votes(HEAD + block, "nl")
    assert rows and all(not r.subject.lower().startswith(("voor", "tegen")) for r in rows)
    assert (rows[-1].subject, rows[-1].outcome) == (block.split("\n", 1)[0].split(". ", 1)[1], "adopted")


def test_a_proposal_label_with_its_title_keeps_the_title() -> None:
    block = (
        "9. Windpark Oost\n  Raadsvoorstel Windpark Oost, vaststellen ruimtelijk kader\n"
        "  Voor: CDA (6), D66 (2) = 8\n  Tegen: VVD (5) = 5\n  Uitslag: aangenomen\n"
    )
    titled = "Raadsvoorstel Windpark Oost, vaststellen ruimtelijk kader"
    assert [r.subject for r in votes(HEAD + block, "nl")] == [titled]
