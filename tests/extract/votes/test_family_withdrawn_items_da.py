"""A Danish item that left the agenda ("Punktet udgik af dagsordenen.", "Sagen udgik, da ansøgningen er trukket
tilbage.") was not decided: no row, as a withdrawn item ('trukket af dagsordenen') gives none, also in the council's
step below a committee's recommendation and under a case header drawn between rulers (models/votes/da.json
`empty_decisions`; an item list's outcome cell is read without the ruler the page drew above it). Look-alikes: an
item that left the agenda to be treated later is postponed, and a committee step above the withdrawal keeps its row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

RULE = "-" * 78
HEAD = "Byrådet\nMødedato: 27. april 2026\n\n"


def _cases(text: str) -> list[tuple[str | None, str]]:
    return [(r.case_number, r.outcome) for r in votes(HEAD + text, "da")]


@pytest.mark.parametrize(
    "decision",
    [
        "Punktet udgik af dagsordenen.",
        "Sagen udgik af dagsordenen, da klubben har trukket ansøgningen tilbage.",
        "Punktet udgik.",
        "Sagen udgår af dagsordenen.",
        "Punktet blev trukket af dagsordenen inden mødet.",
    ],
)
def test_an_item_that_left_the_agenda_gives_no_row(decision):
    text = f"Punkt 65  Ansøgning om kommunegaranti\nBeslutning i Byrådet den 27-04-2026:\n{decision}\n"
    assert _cases(text) == []


def test_a_committee_step_above_the_withdrawal_keeps_its_row():
    text = (
        "103. Ny dagtilbudsstruktur\nSagsnr.: 25/20417\nBeslutning i Økonomiudvalget den 20-04-2026, pkt. 89:\n"
        "Anbefales.\nBeslutning i Byrådet den 27-04-2026:\nPunktet udgik af dagsordenen.\n"
    )
    assert _cases(text) == [("89", "adopted")]


def test_withdrawals_under_ruled_case_headers_give_no_rows():
    text = (
        f"{RULE}\nPunkt 64   Årsberetning for havnen                 Sag nr. 26/1950\n{RULE}\n"
        "Beslutning i Byrådet den 27. april 2026:\nTaget til efterretning.\n\n"
        f"{RULE}\nPunkt 65   Ansøgning om kommunegaranti             Sag nr. 26/3307\n{RULE}\n"
        "Sagen udgik af dagsordenen, da klubben har trukket ansøgningen tilbage.\n\n"
        f"{RULE}\nPunkt 66   Orientering fra borgmesteren\n{RULE}\n"
        "Borgmesteren orienterede om status på ny idrætshal.\n"
    )
    assert _cases(text) == [("64", "noted")]


def test_an_item_leaving_the_agenda_to_be_treated_later_is_postponed():
    text = "Punkt 65  Ny parkeringsnorm\nBeslutning:\nPunktet udgik og behandles på næste møde.\n"
    assert _cases(text) == [("65", "postponed")]
