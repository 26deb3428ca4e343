"""A closed item's decision block only points to the closed minutes ("Fremgår af den lukkede protokol.",
"Vedtaket fremgår av den unntatte protokollen.", "Het besluit staat in de besloten notulen."): the
decision is not in the text, so there is no row. An open item beside it keeps its row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CLOSED = [
    (
        "da",
        "Byrådet\n\nMødedato: 25. marts 2026\n\n46. Lukket punkt: Salg af grund\nBeslutning:\n{}\n",
        "Fremgår af den lukkede protokol.",
    ),
    (
        "da",
        "Kommunalbestyrelsen\n\nMødedato: 25. marts 2026\n\n12. Lukket sag: Køb af ejendom\nBeslutning:\n{}\n",
        "Beslutningen fremgår af den lukkede beslutningsprotokol.",
    ),
    (
        "nb",
        "Bystyret\n\nMøtedato: 12.03.2026\n\nPS 41/26 Unntatt offentlighet: Kjøp av tomt\nVedtak:\n{}\n",
        "Vedtaket fremgår av den unntatte protokollen.",
    ),
    (
        "nn",
        "Kommunestyret\n\nMøtedato: 12.03.2026\n\nPS 41/26 Lukka sak: Sal av tomt\nVedtak:\n{}\n",
        "Vedtaket går fram av den lukka protokollen.",
    ),
    (
        "nl",
        "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nAgendapunt 9 Grondaankoop\nBesluit:\n{}\n",
        "Het besluit staat in de besloten notulen.",
    ),
]


@pytest.mark.parametrize(("language", "text", "decision"), CLOSED)
def test_a_closed_items_pointer_to_the_closed_minutes_is_no_decision(language, text, decision):
    assert votes(text.format(decision), language) == []


def test_an_open_item_beside_a_closed_one_keeps_its_row():
    text = (
        "Byrådet\n\nMødedato: 25. marts 2026\n\n45. Lokalplan 12\nBeslutning:\nGodkendt.\n\n"
        "46. Lukket punkt: Salg af grund\nBeslutning:\nFremgår af den lukkede protokol.\n"
    )
    assert [r.case_number for r in votes(text, "da")] == ["45"]
