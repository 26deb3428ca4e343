"""A member's proposal moved in a line the quoted text stands under, written three more ways: the verb alone names
the proposal ("Tor Hansen (Ap) foreslo:", "Eli Moe (Sp) gjorde framlegg:"), the member's role stands between the
party and the name ("Ap ved gruppeleder Mona Viken fremmet utsettelsesforslag:"), or the treatment label opens the
line ("Behandling: SV v/ Kari Dahl fremmet forslag:"). The vote on it ("Utsettelsesforslaget ble enstemmig
vedtatt.", "Forslaget falt med 2 mot 5 stemmer.") is about the quoted text and moved by that member. Look-alikes:
a member who only speaks ("Tor Hansen (Ap) sa:"), and a role with no name after it. All texts are written for these
tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Formannskapet\nMøtedato: 14.04.2026\n\nPS 17/26 Høring om fiskerihavn\n",
    "nn": "Formannskapet\nMøtedato: 14.04.2026\n\nPS 17/26 Høyring om fiskerihamn\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.proposer, r.outcome) for r in votes(HEAD[language] + body + "\n", language)]


@pytest.mark.parametrize(
    ("language", "body", "row"),
    [
        (
            "nb",
            "Behandling:\nTor Einar Hansen (Ap) foreslo:\n«Saken utsettes til neste møte.»\n"
            "Utsettelsesforslaget ble enstemmig vedtatt.",
            ("Saken utsettes til neste møte", "Tor Einar Hansen", "postponed"),
        ),
        (
            "nb",
            "Kari Dahl (SV) foreslo følgende:\n«Tilskuddet økes til 50 000 kroner.»\n"
            "Votering: Forslaget falt med 2 mot 5 stemmer.",
            ("Tilskuddet økes til 50 000 kroner", "Kari Dahl", "rejected"),
        ),
        (
            "nb",
            "Behandling: Ap ved gruppeleder Mona Viken fremmet utsettelsesforslag:\n"
            "«Saken utsettes til kommunestyrets møte i september.»\nVotering: Utsettelsesforslaget ble enstemmig "
            "vedtatt.",
            ("Saken utsettes til kommunestyrets møte i september", "Mona Viken", "postponed"),
        ),
        (
            "nb",
            "Behandling:\nSV v/ representant Kari Dahl fremmet forslag:\n«Tilskuddet økes til 50 000 kroner.»\n"
            "Votering: Forslaget falt med 2 mot 5 stemmer.",
            ("Tilskuddet økes til 50 000 kroner", "Kari Dahl", "rejected"),
        ),
        (
            "nb",
            "Behandling: H v/ Per Lie fremmet følgende forslag:\n«Havna bygges ut i to trinn.»\n"
            "Votering: Forslaget ble vedtatt med 5 mot 2 stemmer.",
            ("Havna bygges ut i to trinn", "Per Lie", "adopted"),
        ),
        (
            "nn",
            "Handsaming:\nEli Moe (Sp) foreslo:\n«Saka vert utsett til neste møte.»\n"
            "Utsetjingsframlegget vart samrøystes vedteke.",
            ("Saka vert utsett til neste møte", "Eli Moe", "postponed"),
        ),
        (
            "nn",
            "Eli Moe (Sp) gjorde framlegg:\n«Tilskotet vert auka til 50 000 kroner.»\n"
            "Røysting: Framlegget fall med 2 mot 5 røyster.",
            ("Tilskotet vert auka til 50 000 kroner", "Eli Moe", "rejected"),
        ),
        (
            "nn",
            "Handsaming: Sp ved gruppeleiar Olav Haugen la fram utsetjingsframlegg:\n"
            "«Saka vert utsett til møtet i september.»\nRøysting: Utsetjingsframlegget vart samrøystes vedteke.",
            ("Saka vert utsett til møtet i september", "Olav Haugen", "postponed"),
        ),
        (
            "nn",
            "Handsaming:\nSV v/ representant Eli Moe sette fram framlegg:\n«Tilskotet vert auka til 50 000 kroner.»\n"
            "Røysting: Framlegget fall med 2 mot 5 røyster.",
            ("Tilskotet vert auka til 50 000 kroner", "Eli Moe", "rejected"),
        ),
        (
            "nn",
            "Handsaming: H v/ Per Lie sette fram dette framlegget:\n«Hamna vert bygd ut i to steg.»\n"
            "Røysting: Framlegget vart vedteke med 5 mot 2 røyster.",
            ("Hamna vert bygd ut i to steg", "Per Lie", "adopted"),
        ),
    ],
)
def test_the_vote_is_about_the_quoted_proposal_of_its_mover(language, body, row):
    assert row in _rows(language, body)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Behandling:\nTor Hansen (Ap) sa:\n«Dette er en god sak.»\nInnstillingen ble enstemmig vedtatt."),
        ("nn", "Handsaming:\nEli Moe (Sp) sa:\n«Dette er ei god sak.»\nInnstillinga vart samrøystes vedteken."),
        ("nb", "Behandling: Ap ved gruppeleder fremmet forslag om utsettelse.\nInnstillingen ble enstemmig vedtatt."),
    ],
)
def test_a_member_who_only_speaks_moves_nothing(language, body):
    assert all(proposer is None for _, proposer, _ in _rows(language, body))
