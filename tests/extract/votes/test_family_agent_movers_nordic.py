"""Family (da, nb, nn): a proposal moved by parties through one member, written with the member's party code
after the name: a lead line "Arbeiderpartiet ved Sindre Aas (Ap) fremmet utsettelsesforslag:" or a heading
naming three or more parties "Fellesforslag fra Ap, Sp og SV ved Stine Lunde (Ap):". The member is the
proposer, the code in brackets the proposer_party, and the outcome referring back is about the proposal's
words. A council body moving through its chair is the recommendation, and a mover that is no party names no
member's proposal.
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
            "Behandling:\nHøyre ved Kari Dahl (H) fremmet følgende forslag:\n«Tomten selges.»\n"
            "Forslaget falt med 9 mot 26 stemmer.\n",
            ("Tomten selges", "Kari Dahl", "H", "rejected"),
        ),
        (
            "nb",
            "Behandling:\nSenterpartiet v/ Per Moen (Sp) fremmet utsettelsesforslag:\n"
            "«Saken utsettes til neste møte.»\nUtsettelsesforslaget ble enstemmig vedtatt.\n",
            ("Saken utsettes til neste møte", "Per Moen", "Sp", "postponed"),
        ),
        (
            "nb",
            "Behandling:\nEndringsforslag fra Ap, Sp og KrF ved Jon Ås (KrF): Skolen bygges i tre.\n"
            "Endringsforslaget ble vedtatt med 20 mot 15 stemmer.\n",
            ("Skolen bygges i tre", "Jon Ås", "KrF", "adopted"),
        ),
        (
            "nb",
            "Behandling:\nFellesforslag fra Ap, Sp og SV ved Stine Lunde (Ap):\n"
            "«Eiendomsskatten holdes på 2,4 promille.»\nVotering: Fellesforslaget ble vedtatt 5-2.\n",
            ("Eiendomsskatten holdes på 2,4 promille", "Stine Lunde", "Ap", "adopted"),
        ),
        (
            "nb",
            "Behandling:\nTilleggsforslag fra H, V og KrF v/ Ole Ring (V):\n«Kommunedirektøren bes utrede nattbuss.»\n"
            "Tilleggsforslaget falt med 12 mot 23 stemmer.\n",
            ("Kommunedirektøren bes utrede nattbuss", "Ole Ring", "V", "rejected"),
        ),
        (
            "nn",
            "Handsaming:\nHøgre ved Eva Lid (H) sette fram slikt framlegg:\n«Skulen vert lagd ned.»\n"
            "Framlegget fall med 5 mot 20 røyster.\n",
            ("Skulen vert lagd ned", "Eva Lid", "H", "rejected"),
        ),
        (
            "nn",
            "Handsaming:\nArbeidarpartiet v/ Tor Vik (Ap) sette fram utsetjingsframlegg:\n"
            "«Saka vert utsett til desember.»\nUtsetjingsframlegget vart samrøystes vedteke.\n",
            ("Saka vert utsett til desember", "Tor Vik", "Ap", "postponed"),
        ),
        (
            "nn",
            "Handsaming:\nFellesframlegg frå Sp, KrF og V ved Olav Haug (Sp):\n«Grendavegane får 2 mill. kr. ekstra.»\n"
            "Fellesframlegget fall med 9 mot 16 røyster.\n",
            ("Grendavegane får 2 mill. kr. ekstra", "Olav Haug", "Sp", "rejected"),
        ),
        (
            "nn",
            "Handsaming:\nSenterpartiet ved Liv Aune (Sp) sette fram dette framlegget:\n«Ferja går kvar time.»\n"
            "Framlegget vart vedteke med 15 mot 10 røyster.\n",
            ("Ferja går kvar time", "Liv Aune", "Sp", "adopted"),
        ),
        (
            "nn",
            "Handsaming:\nEndringsframlegg frå FrP, H og KrF ved Siri Nes (FrP):\n«Gebyra vert ikkje auka.»\n"
            "Endringsframlegget fekk 6 røyster og fall.\n",
            ("Gebyra vert ikkje auka", "Siri Nes", "FrP", "rejected"),
        ),
        (
            "da",
            "Venstre ved Anja Lund (V) stillede følgende ændringsforslag:\n«Sagen udsættes.»\n"
            "Ændringsforslaget blev forkastet med 3 stemmer for og 20 imod.\n",
            ("Sagen udsættes", "Anja Lund", "V", "rejected"),
        ),
        (
            "da",
            "Enhedslisten v/ Sara Berg (Ø) stillede følgende ændringsforslag:\n«Planen sendes i fornyet høring.»\n"
            "Ændringsforslaget blev forkastet med 2 stemmer for og 25 imod.\n",
            ("Planen sendes i fornyet høring", "Sara Berg", "Ø", "rejected"),
        ),
        (
            "da",
            "Ændringsforslag fra Venstre, SF og Enhedslisten ved Mads Bech (V):\n«Skolen bevares.»\n"
            "Ændringsforslaget blev vedtaget med 15 stemmer mod 12.\n",
            ("Skolen bevares", "Mads Bech", "V", "adopted"),
        ),
        (
            "da",
            "Konservative ved Lene Dal (C) stillede følgende ændringsforslag:\n«Grundskylden nedsættes.»\n"
            "Ændringsforslaget blev forkastet med 4 stemmer for og 23 imod.\n",
            ("Grundskylden nedsættes", "Lene Dal", "C", "rejected"),
        ),
        (
            "da",
            "Tillægsforslag fra Ø, F og Å v/ Ida Krog (F): Der etableres en ungdomsklub.\n"
            "Tillægsforslaget blev godkendt med 16 stemmer mod 11.\n",
            ("Der etableres en ungdomsklub", "Ida Krog", "F", "adopted"),
        ),
    ],
)
def test_parties_moving_through_a_member_give_the_member_and_the_proposals_words(language, body, expected):
    assert _rows(language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (  # a council body moving through its chair: no member's proposal
            "nb",
            "Behandling:\nFormannskapet ved ordfører Kari Moe (Ap) fremmet følgende forslag:\n«Saken utsettes.»\n"
            "Forslaget ble enstemmig vedtatt.\n",
        ),
        (  # a mover that is no party, with a bracket that is no party code
            "nb",
            "Behandling:\nFellesforslag fra elevrådet ved Berg skole (vedlegg 2):\n«Skolegården rustes opp.»\n"
            "Fellesforslaget ble vedtatt mot 3 stemmer.\n",
        ),
    ],
)
def test_a_body_or_a_mover_that_is_no_party_names_no_member(language, body):
    assert [r[1] for r in _rows(language, body)] == [None]
