"""Norwegian votes taken point by point over a recommendation: each point is a row of its own.

Two layouts: a point labelled with its title in brackets and its result on the same line ("Punkt 2 (nye
boligområder): Vedtatt med 14 mot 7 stemmer (Sp 4, FrP 3).", perhaps with a rider before the colon: "Punkt 3
(LNF-områder), med den vedtatte endringen: Vedtatt mot 2 stemmer"), the row named by the label; and a vote
block headed by the recommendation's point and its quoted words ("Innstillingens punkt 2: «...»" with a
"Resultat:" line under it), named as the heading writes it, as a member's "Forslag nr. 1: «...»" is.
A point merely mentioned in prose or a point line without an outcome is no vote of its own.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(body: str, language: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Votering:\nDet ble votert punktvis.\n\nPunkt 1 (budsjettramme): Vedtatt med 30 mot 5 stemmer (FrP 5).\n\n"
            "Punkt 2 (gebyrer): Falt med 12 mot 23 stemmer.\n",
            "nb",
            [("Punkt 1 (budsjettramme)", "adopted", 30, 5), ("Punkt 2 (gebyrer)", "rejected", 12, 23)],
        ),
        (
            "Pkt. 3 (skolestruktur): Enstemmig vedtatt.\n"
            "Pkt. 4 (ny barnehage), slik endret: Vedtatt mot 4 stemmer (H).\n",
            "nb",
            [("Pkt. 3 (skolestruktur)", "adopted", None, 0), ("Pkt. 4 (ny barnehage)", "adopted", None, 4)],
        ),
        (
            "Punkt 2 (Tiltaksplan 2027): vedtatt med 25 mot 10 stemmer.\nPunkt 3 (Finansiering): ikke vedtatt.\n",
            "nb",
            [("Punkt 2 (Tiltaksplan 2027)", "adopted", 25, 10), ("Punkt 3 (Finansiering)", "rejected", None, None)],
        ),
        (
            "Røysting:\nPunkt 1 (budsjettramme): Vedteke med 15 mot 6 røyster (FrP 4, H 2).\n\n"
            "Punkt 2 (gebyr): Fall med 8 mot 13 røyster.\n",
            "nn",
            [("Punkt 1 (budsjettramme)", "adopted", 15, 6), ("Punkt 2 (gebyr)", "rejected", 8, 13)],
        ),
        (
            "Pkt. 3 (skulestruktur): Samrøystes vedteke.\n"
            "Pkt. 4 (ny barnehage), med endringa: Vedteke mot 3 røyster (Sp).\n",
            "nn",
            [("Pkt. 3 (skulestruktur)", "adopted", None, 0), ("Pkt. 4 (ny barnehage)", "adopted", None, 3)],
        ),
        (
            "Punkt 2 (tiltaksplan): vedteke med 11 mot 10 røyster.\nPunkt 3 (finansiering): ikkje vedteke.\n",
            "nn",
            [("Punkt 2 (tiltaksplan)", "adopted", 11, 10), ("Punkt 3 (finansiering)", "rejected", None, None)],
        ),
    ],
)
def test_a_titled_point_line_with_its_result_is_a_row_named_by_its_label(body, language, expected):
    assert _rows(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Votering 1\nInnstillingens punkt 1: «Planen vedtas.»\nResultat: VEDTATT   For: 40   Mot: 9\n\n"
            "Votering 2\nInnstillingens punkt 2: «Gebyret økes.»\nResultat: IKKE VEDTATT   For: 20   Mot: 29\n",
            "nb",
            [
                ("Innstillingens punkt 1: «Planen vedtas.»", "adopted", 40, 9),
                ("Innstillingens punkt 2: «Gebyret økes.»", "rejected", 20, 29),
            ],
        ),
        (
            "Innstillingens punkt 3: «Tiltakene finansieres innenfor\nvedtatt budsjett.»\n"
            "Resultat: Vedtatt med 30 mot 19 stemmer.\n",
            "nb",
            [("Innstillingens punkt 3: «Tiltakene finansieres innenfor vedtatt budsjett.»", "adopted", 30, 19)],
        ),
        (
            "Tilrådingens punkt 1: «Skolen bygges.»\nVedtatt mot 3 stemmer.\n",
            "nb",
            [("Tilrådingens punkt 1: «Skolen bygges.»", "adopted", None, 3)],
        ),
        (
            "Forslag nr. 1: «Gebyret halveres.»\nResultat: IKKE VEDTATT   For: 10   Mot: 39\n\n"
            "Innstillingens punkt 1: «Planen vedtas.»\nResultat: VEDTATT   For: 39   Mot: 10\n",
            "nb",
            [
                ("Forslag nr. 1: «Gebyret halveres.»", "rejected", 10, 39),
                ("Innstillingens punkt 1: «Planen vedtas.»", "adopted", 39, 10),
            ],
        ),
        (
            "Innstillingas punkt 2: «Saken sendes på høring.»\nEnstemmig vedtatt.\n",
            "nb",
            [("Innstillingas punkt 2: «Saken sendes på høring.»", "adopted", None, 0)],
        ),
        (
            "Innstillinga sitt punkt 1: «Planen vert vedteken.»\nResultat: VEDTEKE   For: 15   Mot: 6\n\n"
            "Innstillinga sitt punkt 2: «Gebyret aukar.»\nResultat: IKKJE VEDTEKE   For: 8   Mot: 13\n",
            "nn",
            [
                ("Innstillinga sitt punkt 1: «Planen vert vedteken.»", "adopted", 15, 6),
                ("Innstillinga sitt punkt 2: «Gebyret aukar.»", "rejected", 8, 13),
            ],
        ),
        (
            "Tilrådinga sitt punkt 3: «Tiltaka vert finansierte innanfor\nvedteke budsjett.»\n"
            "Vedteke med 12 mot 9 røyster.\n",
            "nn",
            [("Tilrådinga sitt punkt 3: «Tiltaka vert finansierte innanfor vedteke budsjett.»", "adopted", 12, 9)],
        ),
        (
            "Innstillingas punkt 1: «Skulen vert bygd.»\nVedteke mot 3 røyster.\n",
            "nn",
            [("Innstillingas punkt 1: «Skulen vert bygd.»", "adopted", None, 3)],
        ),
        (
            "Framlegg nr. 1: «Gebyret vert halvert.»\nResultat: IKKJE VEDTEKE   For: 5   Mot: 16\n\n"
            "Tilrådingas punkt 1: «Planen vert vedteken.»\nResultat: VEDTEKE   For: 16   Mot: 5\n",
            "nn",
            [
                ("Framlegg nr. 1: «Gebyret vert halvert.»", "rejected", 5, 16),
                ("Tilrådingas punkt 1: «Planen vert vedteken.»", "adopted", 16, 5),
            ],
        ),
        (
            "Innstillinga sitt punkt 2: «Saka vert send på høyring.»\nSamrøystes vedteke.\n",
            "nn",
            [("Innstillinga sitt punkt 2: «Saka vert send på høyring.»", "adopted", None, 0)],
        ),
    ],
)
def test_a_vote_block_headed_by_a_recommendation_point_is_named_by_its_heading(body, language, expected):
    assert _rows(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Punkt 2 (nye boligområder): se vedlegg 3.\n", "nb"),
        ("Punkt 2 (nye bustadområde): sjå vedlegg 3.\n", "nn"),
        ("Punkt 4 (ikrafttredelse): Planen trer i kraft ved kunngjøring.\n", "nb"),
    ],
)
def test_a_titled_point_line_without_an_outcome_is_no_vote(body, language):
    assert votes(CASE[language] + body, language) == []


@pytest.mark.parametrize(
    ("body", "language", "subject"),
    [
        (
            "Innstillingens punkt 2 omhandler finansiering av tiltakene.\nInnstillingen ble enstemmig vedtatt.\n",
            "nb",
            "Innstillingen",
        ),
        (
            "Innstillinga sitt punkt 2 gjeld finansiering.\nInnstillinga vart samrøystes vedteken.\n",
            "nn",
            "Innstillinga",
        ),
    ],
)
def test_a_point_mentioned_in_prose_does_not_head_the_vote(body, language, subject):
    assert [r.subject for r in votes(CASE[language] + body, language)] == [subject]
