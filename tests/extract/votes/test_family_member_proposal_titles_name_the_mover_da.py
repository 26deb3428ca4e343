"""A case titled as one member's proposal ("Forslag fra Ole Lind (F) om ...", "Medlemsforslag fra ...",
"Beslutningsforslag fra ...") is that member's proposal whatever its decision says: sent back, postponed,
rejected or decided with the proposal's words quoted in a field. Each decision on it that names no other mover and
no recommendation carries the title's member as proposer. Look-alikes: a title naming only a party gives no
member, a recommendation adopted on the case ("Indstillingen godkendt") is not the member's, and an ordinary
case title names nobody."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = "Udvalg: Kultur- og Fritidsudvalget\nMødedato: 04.05.2026\n\n"

TITLED = [
    (
        "18. Forslag fra Ida Vang (Ø) om gratis svømning for pensionister\nSagsnr.: 26/2231\n"
        "Beslutning: Sagen udsættes til næste møde.\n",
        ("Ida Vang", "Ø", "postponed"),
    ),
    (
        "18. Medlemsforslag fra Karl Bech (V) om flere p-pladser ved hallen\n"
        "Beslutning: Forslaget sendes tilbage til forvaltningen med henblik på en økonomisk belysning.\n",
        ("Karl Bech", "V", "postponed"),
    ),
    (
        '18. Beslutningsforslag fra Nina Holt (F)\nForslagets ordlyd: "Biblioteket holder åbent til kl. 22."\n'
        "Beslutning: Forkastet med 2 stemmer for og 5 imod.\n",
        ("Nina Holt", "F", "rejected"),
    ),
    (
        '18. Forslag fra Per Kjær (O) om hundeskov\nForslag: "Der etableres en hundeskov i Nørreskoven."\n'
        "Beslutning: Udsat.\n",
        ("Per Kjær", "O", "postponed"),
    ),
    (
        "18. Medlemsforslag fra Sanne Dahl (C): Lys på kunstgræsbanen\nBeslutning: Forslaget blev vedtaget.\n",
        ("Sanne Dahl", "C", "adopted"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), TITLED)
def test_the_titled_member_moved_the_case(body, expected):
    assert [(r.proposer, r.proposer_party, r.outcome) for r in votes(_HEAD + body, "da")] == [expected]


LOOK_ALIKES = [
    ("18. Forslag fra Enhedslisten om gratis frokost\nBeslutning: Udsat.\n", [None]),
    ("18. Budgetopfølgning pr. 31. marts\nBeslutning: Udsat til næste møde.\n", [None]),
    (
        "18. Medlemsforslag fra Ida Vang (Ø) om gratis svømning\n"
        "Indstilling: Forvaltningen indstiller, at forslaget ikke imødekommes.\nBeslutning: Indstillingen godkendt.\n",
        None,
    ),
]


@pytest.mark.parametrize(("body", "proposers"), LOOK_ALIKES)
def test_no_member_in_the_title_or_a_recommendation_adopted(body, proposers):
    rows = votes(_HEAD + body, "da")
    if proposers is None:  # the recommendation's row is not the member's
        assert all(r.proposer is None for r in rows if r.subject == "Indstillingen")
    else:
        assert [r.proposer for r in rows] == proposers
