"""A Norwegian recommendation ("Tilråding til kommunestyret:", "Innstilling:") ends where a member puts a proposal
forward in running text on a line of its own ("Magnus Sæle (H) gjorde framlegg om å ...", "Kari Moe (SV) foreslo
at ..."): that line and the vote on it are the treatment, so the proposal gets its row beside the recommendation's.
A member's proposal quoted after a colon ("sette fram slikt framlegg: «...»") keeps its words out of the
treatment, and a recommendation sentence that names a member without proposing anything stays the recommendation."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(body: str, language: str) -> list[tuple]:
    return [(r.subject, r.proposer, r.outcome) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "proposal"),
    [
        (
            "nn",
            "Tilråding til kommunestyret:\nHandlingsplanen for rusmiddelpolitikk vert vedteken.\n"
            "Magnus Sæle (H) gjorde framlegg om å ta ut tiltaket om skjenkeforbod\nved arrangement i hallen. "
            "Framlegget fall med 2 mot 3 røyster.\nTilrådinga vart vedteken med 3 mot 2 røyster.\n",
            ("ta ut tiltaket om skjenkeforbod ved arrangement i hallen", "Magnus Sæle", "rejected"),
        ),
        (
            "nb",
            "Innstilling:\nTilskudd på kr 50 000 gis.\nKari Moe (SV) foreslo at tilskuddet økes til kr 80 000.\n"
            "Forslaget falt med 3 mot 6 stemmer.\nInnstillingen ble vedtatt med 6 mot 3 stemmer.\n",
            ("tilskuddet økes til kr 80 000", "Kari Moe", "rejected"),
        ),
        (
            "nb",
            "Kommunedirektørens innstilling:\nPlanen vedtas.\nPer Dahl (FrP) fremmet forslag om at saken utsettes.\n"
            "Forslaget falt mot 2 stemmer.\nInnstillingen ble vedtatt mot 2 stemmer.\n",
            ("saken utsettes", "Per Dahl", "rejected"),
        ),
        (
            "nn",
            "Innstilling:\nSkulen i Hjelle vert lagd ned.\nSiri Vik (Sp) føreslo at skulen vert halden oppe.\n"
            "Framlegget fall med 9 mot 18 røyster.\nInnstillinga vart vedteken med 18 mot 9 røyster.\n",
            ("skulen vert halden oppe", "Siri Vik", "rejected"),
        ),
        (
            "nn",
            "Tilråding:\nGebyra aukar med 3 prosent.\nOla Bø (KrF) sette fram eit endringsframlegg om at gebyra "
            "ikkje aukar.\nFramlegget fall med 1 mot 6 røyster.\nTilrådinga vart vedteken med 6 mot 1 røyst.\n",
            ("gebyra ikkje aukar", "Ola Bø", "rejected"),
        ),
    ],
)
def test_a_proposal_put_forward_below_the_recommendation_gets_its_row(language, body, proposal):
    rows = _rows(body, language)
    assert proposal in rows
    assert [r for r in rows if r[1] is None and r[2] == "adopted"]  # the recommendation's own row


def test_a_quoted_proposal_after_a_colon_is_not_the_treatment():
    body = (
        "Innstilling frå formannskapet:\nKostnadsramma vert auka med 12 mill. kroner.\n\n"
        'Handsaming i kommunestyret:\nSigrid Vik (Sp) sette fram slikt framlegg: "Saka vert sendt attende til\n'
        'kommunedirektøren for å vurdere ei enklare løysing."\nFramlegget frå Sigrid Vik fekk 8 røyster og fall.\n'
        "Innstillinga vart vedteken med 21 mot 8 røyster.\n"
    )
    assert [r[2] for r in _rows(body, "nn")] == ["rejected", "adopted"]


def test_a_recommendation_naming_a_member_is_still_the_recommendation():
    body = (
        "Innstilling:\nKari Moe (SV) oppnevnes som leder av styret.\nVotering:\nInnstillingen ble enstemmig vedtatt.\n"
    )
    assert _rows(body, "nb") == [("Innstillingen", None, "adopted")]
