"""Family 8 (da, nb, nn): a closed item whose decision is only a pointer to the closed minutes ("Fremgår af lukket
protokol", "Unntatt offentlighet, jf. offl. § 13") gives no row, and neither does the minutes' own approval signed
by a named office holder or in the meeting itself ("Referatet er godkendt af formanden den 15. april 2026",
"Protokollen vart godkjend i møtet"). A closed item that states its
decision, and a case approving the minutes of an earlier meeting, still give their rows."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Økonomiudvalget\nMødedato: 14. april 2026\n\n46. Lukket punkt: Personalesag\n",
    "nb": "Formannskapet\nMøtedato: 14.04.2026\n\nPS 46/26 Personalsak\n",
    "nn": "Formannskapet\nMøtedato: 14.04.2026\n\nPS 46/26 Personalsak\n",
}

NOTHING = [
    ("da", "Beslutning: Fremgår af lukket protokol."),
    ("da", "Afgørelse: Fremgår af den lukkede protokol.\n\nReferatet er godkendt af formanden den 15. april 2026."),
    ("da", "Beslutning: Fremgår af lukket referat.\n\nReferatet blev godkendt af borgmesteren."),
    ("nb", "Vedtak: Unntatt offentlighet, jf. offl. § 13."),
    ("nb", "Vedtak: Vedtaket fremgår av lukket protokoll.\n\nProtokollen er godkjent av ordføreren 15.04.2026."),
    ("nn", "Vedtak: Unnateke offentlegheit."),
    ("nn", "Vedtak: Unnateke offentlegheit.\n\nProtokollen vart godkjend i møtet."),
    ("nb", "Vedtak: Unntatt offentlighet.\n\nProtokollen ble godkjent i møtet."),
    ("da", "Beslutning: Fremgår af lukket protokol.\n\nReferatet blev godkendt på mødet."),
    ("nn", "Vedtak: Unnateke offentlegheit.\n\nMøteboka vart godkjend ved møteslutt."),
]


@pytest.mark.parametrize(("language", "body"), NOTHING)
def test_a_pointer_to_closed_minutes_and_a_signed_approval_give_no_row(language, body):
    assert votes(HEAD[language] + body + "\n", language) == []


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Beslutning: Godkendt. Sagen er behandlet for lukkede døre."),
        ("nb", "Vedtak: Enstemmig vedtatt."),
        ("nn", "Vedtak: Samrøystes vedteke."),
    ],
)
def test_a_closed_item_stating_its_decision_keeps_its_row(language, body):
    assert [r.outcome for r in votes(HEAD[language] + body + "\n", language)] == ["adopted"]
