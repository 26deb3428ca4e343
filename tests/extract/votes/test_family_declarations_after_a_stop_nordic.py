"""Family (nb, nn): a member's declaration ("Kari Lunde (SV) fremmet forslag om utsettelse:") that does not open
its line: after a label on the same line ("Handsaming: Mari Øyen (H) sette fram slikt framlegg:") or after a
sentence the minutes run on into ("Bystyret vedtok i sak 12/25 ... . Kari Lunde (SV) fremmet ..."). It names
the proposal the outcome below refers to, with its words and its mover. A member named in a sentence that moves
nothing, or the administration presenting the case, names no proposal.
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
            "Behandling:\nBystyret vedtok i sak 12/25 å starte planleggingen. Kari Lunde (SV) fremmet forslag om "
            "utsettelse:\n«Saken utsettes til september.»\nVotering:\n"
            "Utsettelsesforslaget falt med 6 mot 21 stemmer.\n",
            ("Saken utsettes til september", "Kari Lunde", "SV", "rejected"),
        ),
        (
            "nb",
            "Behandling: Per Dahl (H) fremmet følgende forslag:\n«Tomten selges.»\n"
            "Votering: Forslaget falt med 9 mot 26 stemmer.\n",
            ("Tomten selges", "Per Dahl", "H", "rejected"),
        ),
        (
            "nb",
            "Saken ble drøftet. Eva Holm (SV) fremmet tilleggsforslag:\n«Kommunedirektøren bes utrede nattbuss.»\n"
            "Tilleggsforslaget ble vedtatt mot 3 stemmer.\n",
            ("Kommunedirektøren bes utrede nattbuss", "Eva Holm", "SV", "adopted"),
        ),
        (
            "nb",
            "Behandling i møtet: Lise Berg (KrF) la fram følgende forslag: «Tilskuddet økes til 50 000 kroner.»\n"
            "Forslaget falt med 4 mot 7 stemmer.\n",
            ("Tilskuddet økes til 50 000 kroner", "Lise Berg", "KrF", "rejected"),
        ),
        (
            "nb",
            "Ordføreren orienterte om saken; Ola Moe (Sp) fremmet endringsforslag:\n«Skolen bygges i tre.»\n"
            "Endringsforslaget ble vedtatt med 20 mot 15 stemmer.\n",
            ("Skolen bygges i tre", "Ola Moe", "Sp", "adopted"),
        ),
        (
            "nn",
            "Handsaming: Mari Øyen (H) sette fram slikt framlegg:\n«Tilskotet vert auka til 2 millionar kroner.»\n"
            "Røysting: Framlegget fall med 7 mot 18 røyster.\n",
            ("Tilskotet vert auka til 2 millionar kroner", "Mari Øyen", "H", "rejected"),
        ),
        (
            "nn",
            "Handsaming:\nSaka vart drøfta. Jon Sande (Sp) sette fram alternativt framlegg:\n«Skulen held fram.»\n"
            "Framlegget vart vedteke med 13 mot 12 røyster.\n",
            ("Skulen held fram", "Jon Sande", "Sp", "adopted"),
        ),
        (
            "nn",
            "Handsaming i møtet: Siv Aa (KrF) sette fram tilleggsframlegg:\n"
            "«Kommunedirektøren legg fram ei sak om bustader.»\nTilleggsframlegget fall med 5 mot 20 røyster.\n",
            ("Kommunedirektøren legg fram ei sak om bustader", "Siv Aa", "KrF", "rejected"),
        ),
        (
            "nn",
            "Ordføraren orienterte. Tor Vik (Ap) sette fram utsetjingsframlegg:\n«Saka vert utsett til desember.»\n"
            "Utsetjingsframlegget vart samrøystes vedteke.\n",
            ("Saka vert utsett til desember", "Tor Vik", "Ap", "postponed"),
        ),
        (
            "nn",
            "Handsaming: Kari Bø (V) la fram slikt framlegg:\n«Ferja går kvar time.»\n"
            "Røysting: Framlegget fekk 3 røyster og fall.\n",
            ("Ferja går kvar time", "Kari Bø", "V", "rejected"),
        ),
    ],
)
def test_a_declaration_after_a_label_or_a_sentence_names_the_proposal(language, body, expected):
    assert _rows(language, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Behandling:\nMøtet ble ledet av Per Dahl (H). Saken ble enstemmig vedtatt.\n",
        "Behandling: Saken ble lagt fram av kommunedirektøren (vedlegg 1). Innstillingen ble enstemmig vedtatt.\n",
    ],
)
def test_a_member_or_the_administration_named_in_passing_moves_nothing(body):
    assert [r[1] for r in _rows("nb", body)] == [None]
