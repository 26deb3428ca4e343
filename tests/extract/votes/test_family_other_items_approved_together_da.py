"""A Danish sentence saying that the remaining items of a meeting were approved together ("Øvrige punkter
(12-15) er godkendt uden afstemning.", "Punkt 3-6 blev vedtaget uden bemærkninger.") names no case of its own:
each item it covers is recorded, if at all, in its own block, so the summary line records no decision, above a
vote table as in a list. Look-alikes: a single item's decision and a case whose title says "øvrige" keep theirs.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

TABLE = (
    "Afstemninger - Byrådets møde 8. oktober 2026\n\n{note}\n\n"
    "| Pkt. | Sag | Resultat | For | Imod |\n|---|---|---|---|---|\n"
    "| 16 | Budget 2027-2030, 2. behandling | Godkendt | 19 | 6 |\n"
)
LIST = (
    "Byrådet\nMødedato: 08-10-2026\n\n{note}\n\n"
    "16. Budget 2027-2030, 2. behandling\nBeslutning i Byrådet den 8. oktober 2026:\nGodkendt.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Øvrige punkter (12-15) er godkendt uden afstemning.",
        "De øvrige punkter på dagsordenen blev godkendt uden afstemning.",
        "Punkt 12-15 blev vedtaget uden bemærkninger.",
        "Punkterne 12, 13 og 15 blev godkendt enstemmigt.",
        "Dagsordenens øvrige punkter er vedtaget uden afstemning, jf. protokollen.",
        "Alle øvrige sager (pkt. 12-15) blev godkendt\nuden afstemning.",
    ],
)
@pytest.mark.parametrize("layout", [TABLE, LIST])
def test_a_note_on_the_other_items_records_no_decision(note, layout):
    rows = [(r.case_number, r.outcome) for r in votes(layout.format(note=note), "da")]
    assert rows == [("16", "adopted")]


def test_a_case_titled_with_the_word_other_keeps_its_decision():
    text = LIST.format(note="15. Tilskud til øvrige foreninger\nBeslutning i Byrådet den 8. oktober 2026:\nGodkendt.")
    assert [(r.case_number, r.subject, r.outcome) for r in votes(text, "da")][0] == (
        "15",
        "Tilskud til øvrige foreninger",
        "adopted",
    )


def test_a_single_items_decision_keeps_it():
    text = LIST.format(note="15. Salg af grund\nBeslutning i Byrådet den 8. oktober 2026:\nPunkt 15 blev godkendt.")
    assert [(r.case_number, r.outcome) for r in votes(text, "da")][0] == ("15", "adopted")
