"""One decision recorded twice in a case: the vote lines decide, the decision block below restates it.

"Røysting: Utsetjingsframlegget vart samrøystes vedteke." then "Vedtak: Saka vert utsett." is one
postponement, as "Innstillingen ble vedtatt" then "Vedtak: <the text>" is one adoption. A proposal's
own wording quoted on its line ("sette fram framlegg: «Saka vert utsett til neste møte.»") is what was
proposed, not an outcome. A block with another outcome than the votes above stays a decision of its own.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Utvalg: Bystyret\nMøtedato: 18.06.2024\n\nPS 15/24 Reguleringsplan for sentrum\n\n",
    "nn": "Utval: Heradsstyret\nMøtedato: 14.03.2024\n\nPS 15/24 Reguleringsplan for Bulken sentrum\n\n",
}


def _rows(language: str, text: str) -> list[tuple]:
    return [(r.outcome, r.unanimous) for r in votes(f"{HEAD[language]}{text}\n", language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nn",
            "Handsaming:\nGunnar Dale (H) sette fram utsetjingsframlegg: «Saka vert utsett til neste møte.»\n"
            "Røysting: Utsetjingsframlegget vart samrøystes vedteke.\nVedtak: Saka vert utsett.",
        ),
        (
            "nn",
            "Handsaming i møtet:\nOrdføraren gjorde framlegg om å utsetje saka.\nRøysting:\n"
            "Utsetjingsframlegget vart samrøystes vedteke.\nVedtak:\nSaka vert utsett til første møte i 2024.",
        ),
        (
            "nn",
            "Røysting:\nFramlegget om utsetjing vart samrøystes vedteke.\nVedtak:\nSaka vert utsett.",
        ),
        (
            "nb",
            "Behandling:\nKari Nes (SV) fremmet utsettelsesforslag: «Saken utsettes til neste møte.»\n"
            "Votering: Utsettelsesforslaget ble enstemmig vedtatt.\nVedtak: Saken utsettes.",
        ),
        (
            "nb",
            "Votering:\nUtsettelsesforslaget ble enstemmig vedtatt.\n"
            "Vedtak:\nSaken ble utsatt til høstens første møte.",
        ),
        (
            "nb",
            "Behandling:\nOrdføreren foreslo å utsette saken.\nVotering:\nUtsettelsesforslaget ble enstemmig vedtatt.\n"
            "Vedtak:\nSaken utsettes.",
        ),
    ],
)
def test_a_postponement_voted_and_restated_is_one_row(language, text):
    assert _rows(language, text) == [("postponed", True)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nn",
            "Handsaming:\nOla Rykkje (Sp) sette fram framlegg: «Saka vert utsett.»\nRøysting:\n"
            "Framlegget frå Rykkje fall med 11 mot 36 røyster.\nInnstillinga vart vedteken med 36 mot 11 røyster.",
        ),
        (
            "nb",
            "Behandling:\nTone Bakke (FrP) fremmet forslag: «Saken sendes tilbake til kommunedirektøren.»\n"
            "Votering:\nForslaget fra Bakke falt med 8 mot 26 stemmer.\n"
            "Innstillingen ble vedtatt med 26 mot 8 stemmer.",
        ),
    ],
)
def test_a_quoted_proposal_gives_no_row_of_its_own(language, text):
    assert [o for o, _ in _rows(language, text)] == ["rejected", "adopted"]


def test_a_block_with_another_outcome_than_the_votes_above_stays():
    text = "Votering:\nInnstillingen ble enstemmig vedtatt.\nVedtak:\nSaken ble sendt tilbake til formannskapet."
    assert [o for o, _ in _rows("nb", text)] == ["adopted", "postponed"]
