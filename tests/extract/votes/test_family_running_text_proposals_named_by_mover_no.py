"""A Norwegian member's proposal put forward in running text ("Lars Tangen (Sp) foreslo at tilskuddet økes til
kr 900 000.") and voted on under its mover's name ("Tangens forslag fikk 3 stemmer og falt", "Framlegget frå Sæle
fall", "Vik sitt framlegg fall") is about the clause it proposes, as the bare "Forslaget falt" already is; its
member and party are the proposer. A proposal ending in an amount or a year ("kr 900 000.", "fra 2027.") ends its
sentence there: the vote on the next line is the proposal's outcome, not more of its wording."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(body: str, language: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Lars Tangen (Sp) foreslo at tilskuddet økes til kr 900 000.\nVotering: Tangens forslag fikk 3 stemmer og "
            "falt.\nKommunedirektørens forslag ble vedtatt med 4 mot 3 stemmer.\n",
            ("tilskuddet økes til kr 900 000", "Lars Tangen", "Sp", "rejected"),
        ),
        (
            "nb",
            "Ingrid Lome (H) foreslo at prosjektet utsettes ett år.\nLomes forslag falt med 4 mot 5 stemmer.\n",
            ("prosjektet utsettes ett år", "Ingrid Lome", "H", "rejected"),
        ),
        (
            "nb",
            "Per Dahl (FrP) fremmet forslag om at avgiften fjernes fra 2027.\nDahls forslag ble vedtatt med 6 mot 5 "
            "stemmer.\n",
            ("avgiften fjernes fra 2027", "Per Dahl", "FrP", "adopted"),
        ),
        (
            "nb",
            "Kari Moe (SV) foreslo at rammen økes med 250 000. Moes forslag falt med 2 mot 7 stemmer.\n",
            ("rammen økes med 250 000", "Kari Moe", "SV", "rejected"),
        ),
        (
            "nn",
            "Magnus Sæle (H) gjorde framlegg om å ta ut tiltaket om skjenkeforbod.\nFramlegget frå Sæle fall med 2 mot "
            "3 røyster.\nTilrådinga vart vedteken med 3 mot 2 røyster.\n",
            ("ta ut tiltaket om skjenkeforbod", "Magnus Sæle", "H", "rejected"),
        ),
        (
            "nn",
            "Siri Vik (Sp) føreslo at skulen vert halden oppe ut 2028.\nVik sitt framlegg fall med 9 mot 18 røyster.\n",
            ("skulen vert halden oppe ut 2028", "Siri Vik", "Sp", "rejected"),
        ),
        (
            "nn",
            "Olav Bø (Sp) føreslo at gebyret vert sett til kr 1 200.\nRøysting: Bøs framlegg fekk 2 røyster og fall.\n",
            ("gebyret vert sett til kr 1 200", "Olav Bø", "Sp", "rejected"),
        ),
    ],
)
def test_a_proposal_voted_on_under_its_movers_name_is_about_its_clause(language, body, expected):
    rows = _rows("Behandling:\n" + body, language)
    assert expected in rows
    assert len([r for r in rows if r[1]]) == 1  # the clause itself decided nothing


def test_a_quoted_proposal_named_by_its_mover_keeps_its_quoted_words():
    body = (
        "Behandling:\nKari Moe (SV) fremmet følgende forslag:\n«Rammen økes med 250 000 kroner.»\n"
        "Moes forslag falt med 2 mot 7 stemmer.\n"
    )
    assert _rows(body, "nb") == [("Rammen økes med 250 000 kroner", "Kari Moe", "SV", "rejected")]


def test_a_day_number_inside_the_proposal_does_not_end_it():
    body = (
        "Behandling:\nKari Moe (SV) foreslo at saken utsettes til møtet 12. juni for å høre ungdomsrådet.\n"
        "Forslaget falt med 3 mot 8 stemmer.\n"
    )
    assert _rows(body, "nb") == [
        ("saken utsettes til møtet 12. juni for å høre ungdomsrådet", "Kari Moe", "SV", "rejected")
    ]


def test_the_administrations_amount_is_no_members_proposal():
    body = (
        "Behandling:\nKommunedirektøren foreslo at rammen økes til kr 400 000.\nVotering:\n"
        "Innstillingen ble vedtatt med 5 mot 2 stemmer.\n"
    )
    assert _rows(body, "nb") == [("Innstillingen", None, None, "adopted")]
