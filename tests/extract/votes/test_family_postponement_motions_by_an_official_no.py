"""Postponement motions moved by an official: "Ordføreren fremmet utsettelsesforslag:" / «Saken utsettes ...»,
"Kommunedirektøren sette fram framlegg om utsetjing:", "Utsettelsesforslag fra ordføreren:".

An official's proposal of a decision is the recommendation, but a motion to postpone is a proposal of its own:
the vote on it ("Utsettelsesforslaget ble enstemmig vedtatt.") is about its quoted words, as a member's motion
is. The role names nobody, so the row has no proposer. Look-alikes: an official's proposal of a decision
("Kommunedirektøren fremmet følgende forslag:") stays the recommendation, voted as the case.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, body: str) -> list[tuple]:
    rows = votes(CASE[language] + body, language)
    return [(r.subject, r.proposer, r.outcome, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Behandling i Bystyret - 14.11.2023\nOrdføreren fremmet utsettelsesforslag:\n"
            "«Saken utsettes til bystyrets møte i februar.»\nVotering: Utsettelsesforslaget ble enstemmig vedtatt.\n",
            [("Saken utsettes til bystyrets møte i februar", None, "postponed", None, 0)],
        ),
        (
            "nb",
            "Behandling:\nRådmannen la fram utsettelsesforslag:\n«Saken utsettes til januar 2024.»\n"
            "Utsettelsesforslaget ble enstemmig vedtatt.\n",
            [("Saken utsettes til januar 2024", None, "postponed", None, 0)],
        ),
        (
            "nb",
            "Utsettelsesforslag fra ordføreren:\n«Saken utsettes til neste møte.»\n"
            "Votering: Utsettelsesforslaget ble vedtatt mot 3 stemmer.\n",
            [("Saken utsettes til neste møte", None, "postponed", None, 3)],
        ),
        (
            "nn",
            "Handsaming i møtet:\nKommunedirektøren sette fram framlegg om utsetjing:\n"
            "«Saka vert utsett til rekneskapen for 2023 ligg føre.»\n"
            "Røysting: Utsetjingsframlegget vart samrøystes vedteke.\n",
            [("Saka vert utsett til rekneskapen for 2023 ligg føre", None, "postponed", None, 0)],
        ),
        (
            "nn",
            "Handsaming i møtet:\nOrdføraren sette fram utsetjingsframlegg:\n"
            "«Saka vert utsett til ungdomsrådet har fått uttale seg.»\n"
            "Røysting: Utsetjingsframlegget vart vedteke med 15 mot 6 røyster.\n",
            [("Saka vert utsett til ungdomsrådet har fått uttale seg", None, "postponed", 15, 6)],
        ),
        (
            "nb",
            "Behandling:\nKommunedirektøren fremmet forslag om utsettelse av saken:\n"
            "«Saken utsettes til støyrapporten foreligger.»\n"
            "Votering:\nUtsettelsesforslaget falt med 11 mot 22 stemmer.\n"
            "Innstillingen ble vedtatt med 22 mot 11 stemmer.\n",
            [
                ("Saken utsettes til støyrapporten foreligger", None, "rejected", 11, 22),
                ("Innstillingen", None, "adopted", 22, 11),
            ],
        ),
        (
            "nn",
            "Utsetjingsframlegg frå ordføraren:\n«Saka vert utsett til hausten.»\n"
            "Røysting: Utsetjingsframlegget fall med 7 mot 14 røyster.\n",
            [("Saka vert utsett til hausten", None, "rejected", 7, 14)],
        ),
    ],
)
def test_an_officials_motion_to_postpone_is_voted_by_its_words(language: str, body: str, expected: list) -> None:
    assert _rows(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "nb",
            "Kommunedirektøren fremmet følgende forslag:\nSkolen legges ned fra august 2025.\n"
            "Votering: Forslaget ble vedtatt mot 4 stemmer.\n",
        ),
        (
            "nn",
            "Handsaming i møtet:\nKommunedirektøren la fram nytt framlegg:\n«Tilskotet vert auka til 300 000 kr.»\n"
            "Røysting: Framlegget vart samrøystes vedteke.\n",
        ),
        (
            "nb",
            "Behandling:\nOrdføreren fremmet endringsforslag:\n«Rammen økes med 2 mill. kroner.»\n"
            "Votering: Endringsforslaget ble enstemmig vedtatt.\n",
        ),
    ],
)
def test_an_officials_proposal_of_a_decision_stays_the_recommendation(language: str, body: str) -> None:
    rows = votes(CASE[language] + body, language)
    assert [r.outcome for r in rows] == ["adopted"]
    assert all(r.proposer is None for r in rows)
    assert not any("utsett" in (r.subject or "").lower() for r in rows)
