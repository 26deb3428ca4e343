"""A Norwegian member's proposal stated in running text ("Ola Haugen (H) foreslo at saken utsettes.",
"gjorde framlegg om at saka vert utsett") is what the anaphoric outcome below ("Forslaget falt",
"Framlegget fall") is about: its clause is the subject, the member and party the proposer, and the
clause itself ("saka vert utsett") is the proposal's wording, not a decision. An outcome naming the
proposal by party ("Forslaget fra SV") is about the proposal's words and gets the member who moved it.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(body: str, language: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Behandling:\nOla Haugen (H) foreslo at saken utsettes til neste møte. Forslaget falt med 3 mot 8 "
            "stemmer.\n",
            "nb",
            ("saken utsettes til neste møte", "Ola Haugen", "H", "rejected"),
        ),
        (
            "Behandling:\nLine Berg (SV) fremmet forslag om at taksten holdes uendret. Forslaget ble vedtatt med "
            "20 mot 15 stemmer.\n",
            "nb",
            ("taksten holdes uendret", "Line Berg", "SV", "adopted"),
        ),
        (
            "Behandling:\nPer Dahl (FrP) la fram et endringsforslag om å selge tomten. Forslaget falt mot 4 stemmer.\n",
            "nb",
            ("selge tomten", "Per Dahl", "FrP", "rejected"),
        ),
        (
            "Handsaming:\nAnders Myklebust (H) gjorde framlegg om at saka vert utsett.\nRøysting:\nFramlegget fall "
            "med 5 mot 22 røyster.\n",
            "nn",
            ("saka vert utsett", "Anders Myklebust", "H", "rejected"),
        ),
        (
            "Handsaming:\nSiri Vik (Sp) føreslo at skulen i Hjelle vert halden oppe. Framlegget fall med 9 mot 18 "
            "røyster.\n",
            "nn",
            ("skulen i Hjelle vert halden oppe", "Siri Vik", "Sp", "rejected"),
        ),
    ],
)
def test_a_members_proposal_in_running_text_is_what_its_outcome_is_about(body, language, expected):
    assert expected in _rows(body, language)
    assert len([r for r in _rows(body, language) if r[1]]) == 1  # the clause itself decided nothing


def test_an_outcome_naming_the_proposal_by_party_gives_its_words_and_the_member():
    body = (
        "Behandling:\nKari Moe (SV) fremmet følgende forslag:\n«Det settes av 200 000 kroner til lavterskeltilbud.»\n"
        "Votering:\nForslaget fra SV ble vedtatt mot 3 stemmer.\n"
    )
    assert _rows(body, "nb") == [("Det settes av 200 000 kroner til lavterskeltilbud", "Kari Moe", "SV", "adopted")]


def test_the_administrations_proposal_names_no_member():
    body = (
        "Behandling:\nKommunedirektøren foreslo at saken utsettes.\nVotering:\nInnstillingen ble enstemmig vedtatt.\n"
    )
    assert [r[1] for r in _rows(body, "nb")] == [None]


@pytest.mark.parametrize(
    "votering",
    [
        "Votering: Rådmannens forslag ble enstemmig vedtatt. Tilleggsforslaget fra KrF fikk 2 stemmer og falt.",
        "Votering:\nRådmannens forslag ble enstemmig vedtatt. Tilleggsforslaget fra KrF fikk 2 stemmer og falt.",
        "Innstillingen ble enstemmig vedtatt.\nTilleggsforslaget fra KrF fikk 2 stemmer (KrF, V) og falt.",
    ],
)
def test_a_vote_on_the_line_after_an_inline_proposal_is_a_decision_not_its_wording(votering):
    body = (
        "Behandling:\nSiri Bergum (KrF) fremmet følgende tilleggsforslag: «Tilskuddet økes med 250 000 kroner.»\n"
        f"{votering}\n"
    )
    assert [(r.proposer, r.outcome) for r in votes(CASE["nb"] + body, "nb")] == [
        (None, "adopted"),
        ("Siri Bergum", "rejected"),
    ]
