"""Running page headers and footers between two cases of Bokmål and Nynorsk minutes ("Vik kommune – Møtebok
kommunestyret 17.09.2026 – side 2", "Møteprotokoll side 3 av 5", framed by rules of dashes, em dashes or
underscores): the normaliser leaves them in the text, so the decision block above runs into them. They say how the
record is paged, decide nothing, and so do not make a block that only takes a matter for information decide more
(it stays noted, with or without a vote line naming nothing). Look-alikes: a decision citing a page keeps its
outcome, and a block that decides more than noting stays adopted. All texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = {"nb": "Kommunestyret\n\nMøtedato: 18.06.2026\n\n", "nn": "Kommunestyret\n\nMøtedato: 17.09.2026\n\n"}
NEXT = {
    "nb": "PS 41/26  Kjøp av tomt\nVedtak: Kommunen kjøper tomta.\n",
    "nn": "Sak 41/26  Kjøp av tomt\nVedtak: Kommunen kjøper tomta.\n",
}
NOTED = {
    "nb": "PS 40/26  Tertialrapport 1/2026\nVedtak: Rapporten tas til orientering.\n\n",
    "nn": "Sak 40/26  Årsmelding for ungdomsrådet\nVedtak: Kommunestyret tek årsmeldinga til vitande.\n\n",
}
VOTED = {
    "nb": "PS 40/26  Tertialrapport 1/2026\nInnstilling: Rapporten tas til orientering.\nVotering: Enstemmig.\n"
    "Vedtak: Rapporten tas til orientering.\n\n",
    "nn": "Sak 40/26  Årsmelding for ungdomsrådet\nFramlegg til vedtak: Formannskapet tek årsmeldinga til orientering."
    "\nRøysting: Samrøystes.\nVedtak: Formannskapet tek årsmeldinga til orientering.\n\n",
}
FURNITURE = [
    "————————————————————————————\nVik kommune – Møtebok kommunestyret 17.09.2026 – side 2\n"
    "————————————————————————————\n\n",
    "-------------------------------------------\nBø kommune | Kommunestyret 18.06.2026 | Møteprotokoll      side 3\n"
    "-------------------------------------------\n\n",
    "Side 2 av 5\n\n",
    "___________________________________________\nMøtebok kommunestyret 04.05.2026                  side 4/9\n\n",
    "Lund kommune · Referat 22.10.2026 · side 7\n\n",
]


@pytest.mark.parametrize("language", ["nb", "nn"])
@pytest.mark.parametrize("furniture", FURNITURE)
def test_a_noting_block_above_a_page_header_stays_noted(language, furniture):
    found = outcomes(HEAD[language] + NOTED[language] + furniture + NEXT[language], language)
    assert [outcome for outcome, _ in found] == ["noted", "adopted"]


@pytest.mark.parametrize("language", ["nb", "nn"])
@pytest.mark.parametrize("furniture", FURNITURE[:3])
def test_a_voted_noting_above_a_page_header_stays_noted(language, furniture):
    found = outcomes(HEAD[language] + VOTED[language] + furniture + NEXT[language], language)
    assert [outcome for outcome, _ in found] == ["noted", "adopted"]


@pytest.mark.parametrize(
    ("language", "case"),
    [
        ("nb", "PS 40/26  Reguleringsplan for Moen\nVedtak: Planen vedtas slik kartet på side 4 viser.\n\n"),
        ("nn", "Sak 40/26  Reguleringsplan for Moen\nVedtak: Planen vert vedteken slik kartet viser, sjå side 4.\n\n"),
        (
            "nb",
            "PS 40/26  Tertialrapport 1/2026\nVedtak: Rapporten tas til orientering. Kommunestyret ber om en sak "
            "om innsparinger i oktober.\n\n",
        ),
    ],
)
def test_look_alikes_keep_their_adoption(language, case):
    found = outcomes(HEAD[language] + case + FURNITURE[0] + NEXT[language], language)
    assert [outcome for outcome, _ in found] == ["adopted", "adopted"]
