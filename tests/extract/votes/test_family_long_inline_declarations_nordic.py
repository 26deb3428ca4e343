"""Family (nb, nn): a member's declaration that gives the proposal's words on its own line after a colon, however
long ("Eirik Ormberg (Ap) sette fram tilleggsframlegg: Kommunestyret ber om at parkeringsplassen ved kaia vert
flytta før cruisesesongen 2028."), names the proposal the outcome refers to: the member and party, and those words
as subject. The words themselves decide nothing, and a prose line with a colon moves no proposal.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "declaration", "outcome", "expected"),
    [
        (
            "nn",
            "Eirik Ormberg (Ap) sette fram tilleggsframlegg: Kommunestyret ber om at parkeringsplassen ved kaia "
            "vert flytta før cruisesesongen 2028.",
            "Røysting:\nTilleggsframlegget frå Ormberg fall med 12 mot 15 røyster.",
            "Kommunestyret ber om at parkeringsplassen ved kaia vert flytta før cruisesesongen 2028",
        ),
        (
            "nn",
            "Liv Lid (Sp) sette fram slikt framlegg: Kommunestyret ber kommunedirektøren greie ut ny ferjekai i "
            "Todalen med tilskot frå fylket.",
            "Framlegget frå Lid vart vedteke med 14 mot 11 røyster.",
            "Kommunestyret ber kommunedirektøren greie ut ny ferjekai i Todalen med tilskot frå fylket",
        ),
        (
            "nn",
            "Tor Vik (H) la fram endringsframlegg: Eigedomsskatten vert sett ned frå 4 til 3 promille for bustader "
            "og fritidsbustader frå 2027.",
            "Endringsframlegget frå Vik fall med 8 mot 17 røyster.",
            "Eigedomsskatten vert sett ned frå 4 til 3 promille for bustader og fritidsbustader frå 2027",
        ),
        (
            "nn",
            "Siv Aa (KrF) sette fram framlegg: Skulen i Dale vert halden oppe med 1.-7. trinn fram til ny "
            "skulestrukturplan er vedteken.",
            "Røysting:\nFramlegget frå Aa fekk 5 røyster og fall.",
            "Skulen i Dale vert halden oppe med 1.-7. trinn fram til ny skulestrukturplan er vedteken",
        ),
        (
            "nn",
            "Kari Bø (V) sette fram utsetjingsframlegg: Saka vert utsett til kommunestyret sitt møte i desember, "
            "når kostnadsoverslaget er kvalitetssikra.",
            "Utsetjingsframlegget vart samrøystes vedteke.",
            "Saka vert utsett til kommunestyret sitt møte i desember, når kostnadsoverslaget er kvalitetssikra",
        ),
        (
            "nb",
            "Per Dahl (H) fremmet tilleggsforslag: Kommunedirektøren bes legge fram en sak om parkeringsforholdene "
            "ved skolen før byggestart.",
            "Tilleggsforslaget fra Dahl ble vedtatt mot 3 stemmer.",
            "Kommunedirektøren bes legge fram en sak om parkeringsforholdene ved skolen før byggestart",
        ),
        (
            "nb",
            "Lise Berg (SV) fremmet forslag: Bystyret ber kommunedirektøren utrede gratis kollektivtransport for "
            "ungdom under 20 år fra 2028.",
            "Forslaget fra Berg falt med 12 mot 23 stemmer.",
            "Bystyret ber kommunedirektøren utrede gratis kollektivtransport for ungdom under 20 år fra 2028",
        ),
        (
            "nb",
            "Ola Moe (Sp) la fram endringsforslag: Eiendomsskatten på bolig reduseres fra 4 til 3 promille fra og "
            "med budsjettåret 2027.",
            "Endringsforslaget fra Moe falt med 10 mot 25 stemmer.",
            "Eiendomsskatten på bolig reduseres fra 4 til 3 promille fra og med budsjettåret 2027",
        ),
        (
            "nb",
            "Eva Holm (KrF) fremmet utsettelsesforslag: Saken utsettes til bystyrets møte i september slik at "
            "eldrerådet kan uttale seg.",
            "Utsettelsesforslaget fra Holm ble enstemmig vedtatt.",
            "Saken utsettes til bystyrets møte i september slik at eldrerådet kan uttale seg",
        ),
        (
            "nb",
            "Tor Ås (FrP) fremmet forslag: Tomten i Storgata selges til høystbydende etter offentlig annonsering i "
            "løpet av 2027.",
            "Forslaget fra Ås fikk 5 stemmer og falt.",
            "Tomten i Storgata selges til høystbydende etter offentlig annonsering i løpet av 2027",
        ),
    ],
)
def test_a_long_declaration_gives_the_mover_and_the_words(language, declaration, outcome, expected):
    label = {"nb": "Behandling:\n", "nn": "Handsaming:\n"}[language]
    (row,) = _rows(language, f"{label}{declaration}\n{outcome}\n")
    name, party = declaration.split(" (")[0], declaration.split("(")[1].split(")")[0]
    assert row[:3] == (expected, name, party)


@pytest.mark.parametrize(
    "body",
    [
        (  # the proposal's words postpone nothing by themselves: the recommendation is the decision
            "Behandling:\nPer Dahl (H) fremmet tilleggsforslag: Saken utsettes til bystyrets møte i september slik "
            "at eldrerådet kan uttale seg.\nInnstillingen ble enstemmig vedtatt.\n"
        ),
        (  # a remark with a colon moves no proposal
            "Behandling:\nPer Dahl (H) viste til saksutredningen og bemerket at forslaget er godt: det gir mer penger "
            "til skolene i hele kommunen.\nInnstillingen ble enstemmig vedtatt.\n"
        ),
    ],
)
def test_the_words_alone_or_a_remark_with_a_colon_decide_nothing(body):
    assert _rows("nb", body) == [("Innstillingen", None, None, "adopted")]
