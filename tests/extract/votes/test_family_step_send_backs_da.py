"""Danish: another committee's step that sends the case back ("Økonomiudvalget 16-09-2026, pkt. 205:" /
"Sagen sendes tilbage til Plan- og Miljøudvalget med henblik på ...") is that committee's postponement, named
by the case title like every other step of the case (models/votes/da.json `step_subject_from`: the reason it
gives is no subject). Look-alikes: a member's proposal to send the case back keeps its own words (it is a
proposal, voted on as written), and a step that recommends the case is adopted, not postponed.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Kommunalbestyrelsen\nMødedato: 23. september 2026\n\n"
    "143. Byudvikling ved Søndergade - igangsætning af helhedsplan\nSagsnr.: 26/3120\n\n"
    "Indstilling\nAdministrationen indstiller, at der udarbejdes en helhedsplan.\n\n"
)
TITLE = "Byudvikling ved Søndergade - igangsætning af helhedsplan"


def _rows(body: str) -> list[tuple]:
    return [(r.body, r.meeting_date, r.case_number, r.subject, r.proposer, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    ("step", "body", "date", "number"),
    [
        (
            "Økonomiudvalget 16-09-2026, pkt. 205:\nSagen sendes tilbage til Plan- og Miljøudvalget med henblik på "
            "belysning af\ntrafikale konsekvenser.\n",
            "Økonomiudvalget",
            "2026-09-16",
            "205",
        ),
        (
            "Beslutning i Teknik- og Miljøudvalget den 7. september 2026, pkt. 61:\nSagen blev sendt tilbage til "
            "forvaltningen, da udvalget ønsker en vurdering af støjen.\n",
            "Teknik- og Miljøudvalget",
            "2026-09-07",
            "61",
        ),
        (
            "Beslutning i Børne- og Skoleudvalget den 08-09-2026, pkt. 30:\nSagen sendes retur til administrationen "
            "med henblik på en konsekvensberegning af model 3.\n",
            "Børne- og Skoleudvalget",
            "2026-09-08",
            "30",
        ),
        (
            "Økonomiudvalget, 15. september 2026, pkt. 88:\nSagen tilbagesendes til fagudvalget.\n",
            "Økonomiudvalget",
            "2026-09-15",
            "88",
        ),
        (
            "Beslutning i Klima- og Miljøudvalget den 10.09.2026, pkt. 12\n"
            "Sendt tilbage til forvaltningen med henblik på en supplerende høring af naboerne.\n",
            "Klima- og Miljøudvalget",
            "2026-09-10",
            "12",
        ),
        (
            "Beslutning i Økonomiudvalget den 16-09-2026, pkt. 207:\nUdvalget ønsker en beregning af konsekvensen "
            "for en gennemsnitlig husstand, før sagen behandles videre.\n",
            "Økonomiudvalget",
            "2026-09-16",
            "207",
        ),
    ],
)
def test_a_committee_step_sending_the_case_back_is_about_the_case(step, body, date, number):
    rows = _rows(step)
    assert rows == [(body, date, number, TITLE, None, "postponed")]


def test_the_step_before_a_send_back_and_the_send_back_are_both_about_the_case():
    rows = _rows(
        "Plan- og Miljøudvalget 08-09-2026, pkt. 77:\nUdvalget anbefaler indstillingen.\n\n"
        "Økonomiudvalget 16-09-2026, pkt. 205:\nSagen sendes tilbage til Plan- og Miljøudvalget.\n"
    )
    assert [(r[0], r[5]) for r in rows] == [("Plan- og Miljøudvalget", "adopted"), ("Økonomiudvalget", "postponed")]
    assert rows[1][3] == TITLE


def test_look_alike_a_members_proposal_to_send_back_keeps_its_words():
    rows = _rows(
        "Beslutning\nForslag fra Venstre om at tilbagesende sagen til Teknik- og Miljøudvalget blev forkastet "
        "med 12 stemmer for (V, C) mod 19 stemmer imod.\n"
    )
    assert [r[5] for r in rows][:1] == ["rejected"]
    assert rows[0][3] != TITLE and "tilbagesende sagen" in rows[0][3]


def test_look_alike_a_recommending_step_is_adopted_not_postponed():
    rows = _rows("Økonomiudvalget 16-09-2026, pkt. 205:\nAnbefales over for Kommunalbestyrelsen.\n")
    assert rows == [("Økonomiudvalget", "2026-09-16", "205", TITLE, None, "adopted")]
