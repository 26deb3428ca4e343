"""An item's decision written as plain sentences, then its unanimity in a sentence of its own ("Vedtaket er
enstemmig.", "Vedtaket var samrøystes."): the item was decided unanimously, and the row is about the item (its case
title), as for any decision its minutes give without a vote phrase. A sentence that only talks about a decision's
unanimity (a hope, an earlier decision, a decision that was not unanimous) records none. All texts are written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_HEAD = {
    "nb": "Formannskapet\nMøtedato: 12.05.2026\n\n",
    "nn": "Formannskapet\nMøtedato: 12.05.2026\n\n",
}
_NEXT = {
    "nb": "\n\nPS 27/26 Referatsaker\nReferatsakene tas til orientering.\n",
    "nn": "\n\nPS 27/26 Referatsaker\nReferatsakene vert tekne til vitande.\n",
}


def _first(language: str, item: str) -> tuple | None:
    rows = [cells[:5] for cells in vote_cells(_HEAD[language] + item + _NEXT[language], language)]
    return next((row for row in rows if row[0] == "26/26"), None)


@pytest.mark.parametrize(
    ("language", "item"),
    [
        (
            "nb",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nArkivsak: 25/2077\nFormannskapets vedtak 12.05.2026:\n"
            "Kommunen inngår intensjonsavtale med Sodankylä kommune. Ordfører\ngis fullmakt til å signere avtalen. "
            "Vedtaket var enstemmig.",
        ),
        (
            "nb",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nJournalpost: 26/211-5\n"
            "Hovedutvalget gir dispensasjon på vilkår som nevnt i saksutredningen.\nVedtaket er enstemmig.",
        ),
        (
            "nb",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nSatsen holdes uendret på 4 promille. Vedtaket ble "
            "enstemmig.",
        ),
        (
            "nb",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nAvtalen inngås for fire år.\n\nVedtaket var enstemmig.",
        ),
        (
            "nb",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nRådmannen får fullmakt til å forhandle fram avtalen.\n"
            "Vedtaket ble enstemmig.",
        ),
        (
            "nn",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nArkivsak: 25/2077\n"
            "Kommunen inngår intensjonsavtale med Sodankylä kommune. Vedtaket var samrøystes.",
        ),
        (
            "nn",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nUtvalet gjev dispensasjon på vilkår.\n"
            "Vedtaket er samrøystes.",
        ),
        (
            "nn",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nSatsen vert halden på 4 promille. Vedtaket vart "
            "einstemmig.",
        ),
        (
            "nn",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nAvtala vert inngått for fire år.\n\nVedtaket var "
            "samrøystes.",
        ),
        (
            "nn",
            "PS 26/26 Intensjonsavtale med Sodankylä kommune\nKommunen sluttar seg til avtala, og ordføraren får "
            "fullmakt. Vedtaket blei samrøystes.",
        ),
    ],
)
def test_unanimity_after_the_decision_decides_the_item(language: str, item: str) -> None:
    assert _first(language, item) == ("26/26", "Intensjonsavtale med Sodankylä kommune", "adopted", None, 0)


@pytest.mark.parametrize(
    ("language", "item"),
    [
        ("nb", "PS 26/26 Intensjonsavtale med Sodankylä kommune\nOrdføreren håpet at vedtaket blir enstemmig."),
        ("nb", "PS 26/26 Intensjonsavtale med Sodankylä kommune\nVedtaket i 2019 var enstemmig, opplyste ordføreren."),
        ("nb", "PS 26/26 Intensjonsavtale med Sodankylä kommune\nVedtaket var ikke enstemmig i fjor."),
        ("nn", "PS 26/26 Intensjonsavtale med Sodankylä kommune\nOrdføraren håpa at vedtaket vert samrøystes."),
        ("nn", "PS 26/26 Intensjonsavtale med Sodankylä kommune\nVedtaket frå 2019 var samrøystes, sa ordføraren."),
    ],
)
def test_talk_about_unanimity_decides_nothing(language: str, item: str) -> None:
    assert _first(language, item) is None
