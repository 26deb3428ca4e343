"""Agenda-portal exports that mark each item's header with a heading mark instead of a case prefix or a
full stop (">> 41 Title", "## 7 Title", "▶ 112 Title", "■ 23/26 Title"), its fields ("Sagsnr.:", "Beslutning:")
indented below. The mark frames the line as a header the way a ruled line does, so the bare number opens the
item's case and the decision below is about that case. Look-alikes: a marked line whose number is a count or an
amount in running text (lower case after it), and a bare number line with no mark, decide nothing new."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_DA = "Udvalg: Teknik- og Miljøudvalget\nMødedato: 02.06.2026 kl. 16:00\n\n"
_NB = "Utval: Formannskapet\nMøtedato: 11.03.2026\n\n"

MARKED = [
    (  # double angle marks, fields indented under the header
        "da",
        _DA + ">> 12  Godkendelse af dagsorden\n   Sagsnr.: 26/1101\n   Beslutning: Godkendt.\n\n"
        ">> 13  Ny affaldsordning for sommerhuse\n   Sagsnr.: 26/0877\n"
        "   Indstilling: at ordningen indføres fra 1. januar 2027.\n   Beslutning: Anbefales med 5 stemmer for.\n"
        "   Imod stemte 2 (O).\n\n>> 14  Status på vejplanen\n   Beslutning: Til efterretning.\n",
        [
            ("12", "Godkendelse af dagsorden", "adopted"),
            ("13", "Ny affaldsordning for sommerhuse", "adopted"),
            ("14", "Status på vejplanen", "noted"),
        ],
    ),
    (  # markdown heading marks
        "da",
        _DA + "## 7 Budgetopfølgning pr. 30. april\nSagsnr.: 26/0412\nBeslutning: Godkendt.\n\n"
        "## 8 Trafiksikkerhed ved Østre Skole\nSagsnr.: 25/9920\nBeslutning: Udsat til næste møde.\n",
        [("7", "Budgetopfølgning pr. 30. april", "adopted"), ("8", "Trafiksikkerhed ved Østre Skole", "postponed")],
    ),
    (  # a disclosure triangle, the number in a column of its own
        "da",
        _DA + "▶ 112\tLokalplan 3.41 for Havnefronten - endelig vedtagelse\n  Beslutning: Godkendt.\n\n"
        "▶ 113\tOrientering om vintertjenesten\n  Beslutning: Taget til efterretning.\n",
        [
            ("112", "Lokalplan 3.41 for Havnefronten - endelig vedtagelse", "adopted"),
            ("113", "Orientering om vintertjenesten", "noted"),
        ],
    ),
    (  # a single angle mark, a decision field written as a sentence
        "da",
        _DA + "> 31 Tilskud til lokalhistorisk arkiv\n  Beslutning: Udvalget godkendte indstillingen.\n\n"
        "> 32 Salg af grund ved Skovvej\n  Beslutning: Forkastet.\n",
        [("31", "Tilskud til lokalhistorisk arkiv", "adopted"), ("32", "Salg af grund ved Skovvej", "rejected")],
    ),
    (  # Bokmål: a marked header with a case number of its own kind
        "nb",
        _NB + ">> 14/26  Ny barnehage på Moen\n   Vedtak: Innstillingen ble enstemmig vedtatt.\n\n"
        ">> 15/26  Budsjettjustering 1. tertial\n   Vedtak: Saken utsettes.\n",
        [("14/26", "Innstillingen", "adopted"), ("15/26", "Budsjettjustering 1. tertial", "postponed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "rows"), MARKED)
def test_a_heading_mark_opens_the_item_case(language, text, rows):
    assert [cells[:2] + cells[2:3] for cells in vote_cells(text, language)] == rows


LOOK_ALIKES = [
    # a marked line of running text: a number of members, lower case after it
    _DA + "14. Ny cykelsti\nBeslutning: Godkendt.\n> 3 medlemmer var fraværende under punktet.\n",
    # an unmarked number line inside a decision (a count), not a header
    _DA + "14. Ny cykelsti\nBeslutning: Godkendt.\n5 Stemmer for, 2 imod.\n",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_marked_or_bare_number_in_prose_opens_no_case(text):
    assert [cells[0] for cells in vote_cells(text, "da")] == ["14"]
