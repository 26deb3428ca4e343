"""Elections recorded without a decision label or vote words: "NN blev valgt.", "Som nytt medlem ble valgt:
Kari Lunde (H)", "Vald vart:" over "Marit Hauge (Ap)".

The line decides the item by itself: one adopted row about the case title, unanimous only when it says so.
The same line inside the case's background text, a candidate only proposed, or a line outside any case
gives no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Kommunalbestyrelsen\n\nMødedato: 24. februar 2025\n\n21. Valg af nyt medlem til Folkeoplysningsudvalget\n\n",
    "nb": "Utvalg: Bystyret\nMøtedato: 18.06.2024\n\nPS 70/24 Valg av nytt medlem til kontrollutvalget\n\n",
    "nn": "Utval: Heradsstyret\nMøtedato: 14.03.2024\n\nPS 17/24 Val av nytt varamedlem til kontrollutvalet\n\n",
}
TITLE = {
    "da": "Valg af nyt medlem til Folkeoplysningsudvalget",
    "nb": "Valg av nytt medlem til kontrollutvalget",
    "nn": "Val av nytt varamedlem til kontrollutvalet",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous) for r in votes(HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "unanimous"),
    [
        ("da", "Lise Kvist (F) blev valgt.\n", None),
        ("da", "Som nyt medlem blev valgt: Lise Kvist (F)\n", None),
        ("da", "Valgt blev:\nJens Bo (V)\n", None),
        ("da", "Som stedfortræder blev enstemmigt valgt: Mette Dahl (A).\n", True),
        ("da", "Kommunalbestyrelsen valgte Ole Kjær (C) som nyt medlem.\n", None),
        ("nb", "Som nytt medlem ble valgt: Kari Lunde (H)\n", None),
        ("nb", "Kari Lunde (H) ble valgt.\n", None),
        ("nb", "Valgt ble:\nPer Olav Berg (Ap)\n", None),
        ("nb", "Som nytt medlem ble enstemmig valgt:\nSiri Moe (SV)\n", True),
        ("nb", "Til ny leder ble valgt Ola Nes (Sp).\n", None),
        ("nn", "Vald vart: Marit Hauge (Ap)\n", None),
        ("nn", "Som nytt varamedlem vart vald: Nils Fet (FrP)\n", None),
        ("nn", "Marit Hauge (Ap) vart samrøystes vald.\n", True),
        ("nn", "Vald vart:\nGuro Vik (H)\n", None),
        ("nn", "Heradsstyret valde Liv Dale (SV) som varamedlem.\n", None),
    ],
)
def test_an_unlabelled_election_line_is_one_adopted_row_about_the_case(language, body, unanimous):
    assert _rows(language, body) == [(TITLE[language], "adopted", unanimous)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Sagsfremstilling\nJens Bo blev valgt i 2022 og har nu søgt om fritagelse.\n"),
        ("da", "Indstilling\nDirektionen indstiller, at Lise Kvist (F) vælges som nyt medlem.\n"),
        ("nb", "Saksopplysninger:\nKari Lunde (H) ble valgt som medlem i 2023.\n"),
        ("nb", "Innstilling:\nSom nytt medlem velges Kari Lunde (H).\n"),
        ("nn", "Saksutgreiing:\nMarit Hauge (Ap) vart vald i 2023.\n"),
        ("nn", "Innstilling:\nSom nytt varamedlem vert Nils Fet (FrP) vald.\n"),
    ],
)
def test_an_election_recalled_or_only_recommended_gives_no_row(language, body):
    assert _rows(language, body) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Nyt fra kommunen\n\nLise Kvist (F) blev valgt til formand for foreningen.\n"),
        ("nb", "Nyheter\n\nKari Lunde ble valgt som leder av idrettslaget.\n"),
        ("nn", "Nytt frå kommunen\n\nMarit Hauge vart vald til leiar i laget.\n"),
    ],
)
def test_an_election_line_outside_any_case_gives_no_row(language, text):
    assert votes(text, language) == []
