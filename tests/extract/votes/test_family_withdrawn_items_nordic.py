"""Family (da, nb, nn): an item withdrawn from the agenda ("Sagen blev trukket af dagsordenen.", "Saken ble trukket
av ordføreren ved møtestart.", "Saka vart trekt før møtet.") was never decided: no row. Withdrawn to be treated at a
named later meeting ("Punktet blev trukket af borgmesteren og behandles på mødet i august.") it is postponed, about
the item. The next item keeps its row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = {
    "da": "Økonomiudvalget\nMødedato: 2. marts 2026\n\n22. Anlægsregnskab, ny daginstitution\nSag: 24/2210\n",
    "nb": "Kommunestyret\nMøtedato: 18.06.2026\n\nPS 47/26 Salg av Løken gård\n",
    "nn": "Kommunestyret\nMøtedato: 18.06.2026\n\nKS-sak 47/26 Sal av Ringstad skule\n",
}
NEXT = {
    "da": "\n23. Regnskab 2025\nBeslutning: Godkendt.\n",
    "nb": "\nPS 48/26 Referatsaker\nVedtak: Referatsakene tas til orientering.\n",
    "nn": "\nKS-sak 48/26 Meldingar\nVedtak: Meldingane vert tekne til vitande.\n",
}

WITHDRAWN = [
    ("da", "Beslutning: Sagen blev trukket af dagsordenen."),
    ("da", "Sagen blev trukket fra dagsordenen af administrationen."),
    ("da", "Beslutning: Punktet blev trukket af borgmesteren inden mødet."),
    ("nb", "Saken ble trukket av ordføreren ved møtestart."),
    ("nb", "Vedtak: Saken ble trukket fra sakslisten, da høringsfristen er forlenget."),
    ("nn", "Saka vart trekt av kommunedirektøren før møtet."),
]


@pytest.mark.parametrize(("language", "body"), WITHDRAWN)
def test_a_withdrawn_item_gives_no_row(language, body):
    rows = outcomes(HEAD[language] + body + "\n" + NEXT[language], language)
    assert [o for o, _ in rows] == ["noted" if language != "da" else "adopted"]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Beslutning: Punktet blev trukket af borgmesteren og behandles på mødet i august."),
        ("da", "Beslutning: Sagen blev trukket og udsat til næste møde."),
        ("nb", "Vedtak: Saken ble trukket og tas opp igjen i neste møte."),
    ],
)
def test_withdrawn_to_a_later_meeting_is_postponed(language, body):
    rows = outcomes(HEAD[language] + body + "\n" + NEXT[language], language)
    assert rows[0][0] == "postponed" and len(rows) == 2
