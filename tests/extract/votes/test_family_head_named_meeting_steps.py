"""When the document's head names the meeting ("BYRÅDET - BESLUTNINGSPROTOKOL" / "Mødedato: ..."), a committee
step inside the first case ("Beslutning i Plan & Miljø den 4. maj 2026, pkt. 61:") is that committee's step,
not the meeting: the council's own step keeps the case's number, and every later case is the meeting's, with
its body and date, whatever the committee steps above it."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADS = {
    "da": [
        "BYRÅDET - BESLUTNINGSPROTOKOL\nMødedato: mandag den 18. maj 2026, kl. 16.00\n",
        "Esbjerg Kommune > Politik > Byrådet\nBYRÅDET\nReferat fra mødet mandag den 18. maj 2026\n",
        "KOMMUNALBESTYRELSEN\nBeslutningsprotokol\nMødedato: 18.05.2026\n",
        "Byrådet - Referat\nDato: 18-05-2026 kl. 16:00\nSted: Byrådssalen\n",
        "BYRÅDET\nMødedato: 18. maj 2026\nMødested: Rådhuset\n",
    ],
}
BODY = (
    "\nPkt. 95   Kommuneplantillæg nr. 41\nIndstilling:\n"
    "Teknik & Byg indstiller, at Byrådet vedtager kommuneplantillæg nr. 41 endeligt.\n\n"
    "Beslutning i Plan & Miljø den 4. maj 2026, pkt. 61:\nAnbefales over for Byrådet.\n\n"
    "Beslutning i Økonomiudvalget den 11. maj 2026, pkt. 140:\nAnbefales.\n\n"
    "Beslutning i {body} den 18. maj 2026:\nIndstillingen blev godkendt.\n\n"
    "Pkt. 96   Salg af grund, Kvaglundparken 12\nBeslutning:\nGodkendt.\n"
)


@pytest.mark.parametrize("head", HEADS["da"])
def test_steps_in_the_first_case_do_not_become_the_meeting(head):
    body = "Kommunalbestyrelsen" if "KOMMUNALBESTYRELSEN" in head else "Byrådet"
    rows = votes(head + BODY.format(body=body), "da")
    got = [(r.body, r.meeting_date, r.case_number) for r in rows]
    assert got == [
        ("Plan & Miljø", "2026-05-04", "61"),
        ("Økonomiudvalget", "2026-05-11", "140"),
        (body, "2026-05-18", "95"),
        (body, "2026-05-18", "96"),
    ]


def test_a_committee_protocol_without_a_head_is_named_by_its_first_step():
    text = (
        "Beslutning i Økonomiudvalget den 11. maj 2026, pkt. 140:\nAnbefales.\n\n"
        "Beslutning i Økonomiudvalget den 11. maj 2026, pkt. 141:\nGodkendt.\n"
    )
    rows = votes(text, "da")
    assert [(r.body, r.meeting_date) for r in rows] == [("Økonomiudvalget", "2026-05-11")] * 2
