"""Family (da, nb, nn): an anaphor that names the sort of proposal it refers to ("Utsettelsesforslaget",
"Tilleggsframlegget", "Ændringsforslaget") is about the last proposal above of that sort ("forslag om
utsettelse", "Tilleggsframlegg frå ..."), not about another member's proposal declared after it. Two proposals
of the same sort, or a sort no heading names, leave the last proposal above as the one referred to.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

OTHER = {  # another member's proposal, declared after the one the anaphor names
    "nb": "Forslag fra Per Li (Sp):\n«Tomten selges ikke.»\n",
    "nn": "Jon Li (H) sette fram slikt framlegg:\n«Skulen vert lagd ned.»\n",
    "da": "Forslag fra Mads Bech (Ø):\n«Grundskylden nedsættes.»\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "named", "outcome", "expected"),
    [
        (
            "nb",
            "Kari Lunde (SV) fremmet forslag om utsettelse:\n«Saken utsettes til juni.»\n",
            "Utsettelsesforslaget falt med 6 mot 21 stemmer.\n",
            ("Saken utsettes til juni", "Kari Lunde", "SV", "rejected"),
        ),
        (
            "nb",
            "Tilleggsforslag fra Ola Moe (H):\n«Kommunedirektøren bes rapportere i mars.»\n",
            "Tilleggsforslaget ble vedtatt mot 2 stemmer.\n",
            ("Kommunedirektøren bes rapportere i mars", "Ola Moe", "H", "adopted"),
        ),
        (
            "nb",
            "Endringsforslag fra Anne Vik (V):\n«Taket bygges med solceller.»\n",
            "Endringsforslaget falt med 10 mot 25 stemmer.\n",
            ("Taket bygges med solceller", "Anne Vik", "V", "rejected"),
        ),
        (
            "nb",
            "Fellesforslag fra Ap og SV ved Eva Berg (Ap):\n«Biblioteket holder åpent på søndager.»\n",
            "Fellesforslaget ble vedtatt med 18 mot 15 stemmer.\n",
            ("Biblioteket holder åpent på søndager", "Eva Berg", "Ap", "adopted"),
        ),
        (
            "nb",
            "Utsettelsesforslag fra Lars Ek (R):\n«Saken utsettes til høsten.»\n",
            "Utsettelsesforslaget fikk 3 stemmer og falt.\n",
            ("Saken utsettes til høsten", "Lars Ek", "R", "rejected"),
        ),
        (
            "nn",
            "Siv Aa (Sp) sette fram utsetjingsframlegg:\n«Saka vert utsett til hausten.»\n",
            "Utsetjingsframlegget fall med 7 mot 18 røyster.\n",
            ("Saka vert utsett til hausten", "Siv Aa", "Sp", "rejected"),
        ),
        (
            "nn",
            "Tilleggsframlegg frå Eva Lid (Ap):\n«Kommunedirektøren legg fram ei sak om bustader.»\n",
            "Tilleggsframlegget vart vedteke med 14 mot 11 røyster.\n",
            ("Kommunedirektøren legg fram ei sak om bustader", "Eva Lid", "Ap", "adopted"),
        ),
        (
            "nn",
            "Endringsframlegg frå Kari Bø (KrF):\n«Bygget vert oppført i tre.»\n",
            "Endringsframlegget fall med 8 mot 17 røyster.\n",
            ("Bygget vert oppført i tre", "Kari Bø", "KrF", "rejected"),
        ),
        (
            "nn",
            "Fellesframlegg frå Sp og KrF ved Olav Haug (Sp):\n«Grendavegane får 2 mill. kr. ekstra.»\n",
            "Fellesframlegget fall med 9 mot 16 røyster.\n",
            ("Grendavegane får 2 mill. kr. ekstra", "Olav Haug", "Sp", "rejected"),
        ),
        (
            "nn",
            "Tilleggsframlegg frå Per Ek (V):\n«Ferja går kvar time.»\n",
            "Tilleggsframlegget fekk 2 røyster og fall.\n",
            ("Ferja går kvar time", "Per Ek", "V", "rejected"),
        ),
        (
            "da",
            "Forslag om udsættelse fra Bo Holm (O):\n«Sagen udsættes til august.»\n",
            "Udsættelsesforslaget blev forkastet med 3 stemmer for og 24 imod.\n",
            ("Sagen udsættes til august", "Bo Holm", "O", "rejected"),
        ),
        (
            "da",
            "Tillægsforslag fra Lise Dam (V):\n«Der etableres en ungdomsklub.»\n",
            "Tillægsforslaget blev godkendt med 16 stemmer mod 11.\n",
            ("Der etableres en ungdomsklub", "Lise Dam", "V", "adopted"),
        ),
        (
            "da",
            "Ændringsforslag fra Sara Berg (C):\n«Planen sendes i høring.»\n",
            "Ændringsforslaget blev forkastet med 4 stemmer for og 23 imod.\n",
            ("Planen sendes i høring", "Sara Berg", "C", "rejected"),
        ),
        (
            "da",
            "Ændringsforslag fra Ole Lind (A):\n«Taksten fastholdes.»\n",
            "Ændringsforslaget blev vedtaget med 15 stemmer mod 12.\n",
            ("Taksten fastholdes", "Ole Lind", "A", "adopted"),
        ),
        (
            "da",
            "Tillægsforslag fra Ib Krog (F):\n«Borgerne inddrages i et åbent møde.»\n",
            "Tillægsforslaget blev forkastet med 5 stemmer for og 22 imod.\n",
            ("Borgerne inddrages i et åbent møde", "Ib Krog", "F", "rejected"),
        ),
    ],
)
def test_an_anaphor_naming_a_sort_is_about_the_proposal_of_that_sort(language, named, outcome, expected):
    label = {"nb": "Votering:\n", "nn": "Røysting:\n", "da": ""}[language]
    assert _rows(language, named + OTHER[language] + label + outcome) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        (  # two proposals of the same sort: the last one above
            "Tilleggsforslag fra Ola Moe (H):\n«Kommunedirektøren bes rapportere i mars.»\n"
            "Tilleggsforslag fra Per Li (Sp):\n«Tomten selges ikke.»\nTilleggsforslaget ble vedtatt mot 2 stemmer.\n"
        ),
        (  # a sort no heading names: the last proposal above
            "Forslag fra Ola Moe (H):\n«Kommunedirektøren bes rapportere i mars.»\n"
            "Forslag fra Per Li (Sp):\n«Tomten selges ikke.»\nTilleggsforslaget ble vedtatt mot 2 stemmer.\n"
        ),
    ],
)
def test_without_a_proposal_of_its_own_sort_the_last_one_above_is_meant(body):
    assert _rows("nb", body) == [("Tomten selges ikke", "Per Li", "Sp", "adopted")]
