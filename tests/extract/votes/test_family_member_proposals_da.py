"""A Danish member's proposal stated in running text ("Per Holm (V) foreslog, at taksten fastholdes.")
and then an anaphoric outcome ("Forslaget faldt ...") is a row about that proposal: its clause as the
subject, the member and party as proposer. The administration's proposal names no member; a bare
"Til efterretning." is about the case; "1 stemme mod 6" counts like "2 stemmer mod 5".
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _proposals(body: str) -> list[tuple[str | None, str | None, str | None, str]]:
    rows = votes(CASE["da"] + body, "da")
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in rows if r.proposer]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Beslutning\nGodkendt.\nPer Holm (V) foreslog, at taksten fastholdes på 2024-niveau. Forslaget faldt, "
            "idet kun V stemte for.\n",
            ("taksten fastholdes på 2024-niveau", "Per Holm", "V", "rejected"),
        ),
        (
            "Beslutning\nKirsten Lund (Ø) stillede forslag om, at skolen bevares. Forslaget blev forkastet med 2 "
            "stemmer mod 5.\n",
            ("skolen bevares", "Kirsten Lund", "Ø", "rejected"),
        ),
        (
            "Beslutning\nIndstillingen anbefales.\nAnne Berg (C) foreslog, at sagen udsættes til næste møde. "
            "Forslaget faldt med 1 stemme mod 6.\n",
            ("sagen udsættes til næste møde", "Anne Berg", "C", "rejected"),
        ),
        (
            "Beslutning\nSagen sendes tilbage.\nJens Kr. Mørk (V) foreslog, at alle ansøgninger imødekommes\nmed en "
            "reduceret bevilling. Forslaget faldt.\n",
            ("alle ansøgninger imødekommes med en reduceret bevilling", "Jens Kr. Mørk", "V", "rejected"),
        ),
        (
            "Beslutning\nMette Skov (F) fremsatte ændringsforslag om, at puljen hæves til 2 mio. kr. Forslaget blev "
            "vedtaget med 4 stemmer mod 3.\n",
            ("puljen hæves til 2 mio. kr", "Mette Skov", "F", "adopted"),
        ),
    ],
)
def test_a_members_proposal_in_running_text_is_its_own_row(body, expected):
    assert _proposals(body) == [expected]


def test_the_administrations_proposal_names_no_member():
    body = "Indstilling\nForvaltningen foreslår, at taksten hæves med 3 pct.\n\nBeslutning\nGodkendt.\n"
    assert _proposals(body) == []


def test_a_bare_noted_decision_is_about_the_case():
    body = (
        "Indstilling: Jobcentret indstiller, at orienteringen tages til efterretning.\nBeslutning\nTil efterretning.\n"
    )
    assert [(r.subject, r.outcome) for r in votes(CASE["da"] + body, "da")] == [("Budget 2021", "noted")]


def test_a_single_vote_counts_like_several():
    body = "Beslutning\nAnne Berg (C) foreslog, at sagen udsættes. Forslaget faldt med 1 stemme mod 6.\n"
    assert [(r.votes_for, r.votes_against) for r in votes(CASE["da"] + body, "da")] == [(1, 6)]
