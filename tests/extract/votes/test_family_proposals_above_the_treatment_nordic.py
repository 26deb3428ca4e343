"""Family (nb, nn): a member's proposal given in the case text above the body's treatment header ("Forslag fra
Marit Holm (Sp): «...»" / "Formannskapets behandling 12.02.2026:" / "Sps forslag falt med 3 mot 5 stemmer.").
The treatment is a step of its own, and the outcome line there refers to the proposal above it: its words are
the subject and its mover the proposer. A bare result or the recommendation's vote under the header is about
the case, not about that proposal.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Forslag fra Marit Holm (Sp):\n«Tilskuddet økes til 400 000 kroner.»\n"
            "Formannskapets behandling 12.02.2026:\nSps forslag falt med 3 mot 5 stemmer.\n",
            ("Tilskuddet økes til 400 000 kroner", "Marit Holm", "Sp", "rejected"),
        ),
        (
            "nb",
            "Jon Eriksen (FrP) fremmet tilleggsforslag:\n«Formannskapet ber om en sak om gratis parkering.»\n"
            "Formannskapets behandling:\nTilleggsforslaget fra FrP ble vedtatt med 5 mot 3 stemmer.\n",
            ("Formannskapet ber om en sak om gratis parkering", "Jon Eriksen", "FrP", "adopted"),
        ),
        (
            "nb",
            "Endringsforslag fra Lise Berg (H):\n«Skolen bygges i tre.»\n"
            "Behandling i Bystyret 14.11.2023:\nEndringsforslaget falt med 10 mot 25 stemmer.\n",
            ("Skolen bygges i tre", "Lise Berg", "H", "rejected"),
        ),
        (
            "nb",
            "Utsettelsesforslag fra Tor Dahl (KrF):\n«Saken utsettes til neste møte.»\n"
            "Bystyrets behandling 14.11.2023:\nUtsettelsesforslaget fra Dahl ble vedtatt med 20 mot 15 stemmer.\n",
            ("Saken utsettes til neste møte", "Tor Dahl", "KrF", "postponed"),
        ),
        (
            "nb",
            "Eva Holm (SV) fremmet følgende forslag:\n«Biblioteket holder åpent på søndager.»\n"
            "Bystyrets behandling:\nForslaget fra SV fikk 12 stemmer og falt.\n",
            ("Biblioteket holder åpent på søndager", "Eva Holm", "SV", "rejected"),
        ),
        (
            "nn",
            "Framlegg frå Ola Vik (Sp):\n«Skulen vert halden oppe.»\n"
            "Kommunestyret si handsaming 14.11.2023:\nFramlegget frå Vik fall med 9 mot 16 røyster.\n",
            ("Skulen vert halden oppe", "Ola Vik", "Sp", "rejected"),
        ),
        (
            "nn",
            "Kari Bø (KrF) sette fram tilleggsframlegg:\n«Kommunedirektøren legg fram ei sak om bustader.»\n"
            "Handsaming i Kommunestyret 14.11.2023:\nTilleggsframlegget vart vedteke med 14 mot 11 røyster.\n",
            ("Kommunedirektøren legg fram ei sak om bustader", "Kari Bø", "KrF", "adopted"),
        ),
        (
            "nn",
            "Endringsframlegg frå Per Ås (H):\n«Gebyra vert ikkje auka.»\n"
            "Kommunestyret si handsaming:\nEndringsframlegget fekk 6 røyster og fall.\n",
            ("Gebyra vert ikkje auka", "Per Ås", "H", "rejected"),
        ),
        (
            "nn",
            "Utsetjingsframlegg frå Siv Aa (V):\n«Saka vert utsett til desember.»\n"
            "Kommunestyret si handsaming 14.11.2023:\nUtsetjingsframlegget vart samrøystes vedteke.\n",
            ("Saka vert utsett til desember", "Siv Aa", "V", "postponed"),
        ),
        (
            "nn",
            "Liv Lid (Ap) sette fram slikt framlegg:\n«Ferja går kvar time.»\n"
            "Handsaming i Kommunestyret 14.11.2023:\nFramlegget frå Ap fekk 10 røyster og fall.\n",
            ("Ferja går kvar time", "Liv Lid", "Ap", "rejected"),
        ),
    ],
)
def test_an_outcome_under_the_treatment_refers_to_the_proposal_above_it(language, body, expected):
    assert _rows(language, body)[0] == expected


@pytest.mark.parametrize(
    ("outcome", "subject"),
    [
        ("Enstemmig vedtatt.\n", "Budsjett 2024"),
        ("Innstillingen ble enstemmig vedtatt.\n", "Innstillingen"),
    ],
)
def test_a_bare_result_or_the_recommendation_under_the_treatment_is_about_the_case(outcome, subject):
    body = "Forslag fra Marit Holm (Sp):\n«Tilskuddet økes til 400 000 kroner.»\nFormannskapets behandling:\n"
    assert _rows("nb", body + outcome) == [(subject, None, None, "adopted")]
