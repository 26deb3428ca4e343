"""A case taken for information with its unanimity stated ("Enstemmig tatt til orientering.", "Samrøystes teke til
vitande.") is a noted row that is unanimous, with nobody against, as a unanimous adoption is. Look-alike: a noting
that states no unanimity leaves `unanimous` unknown (null), never false.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADS = {
    "nb": "Formannskapet\nMøtedato: 05.03.2026\n\nPS 46/26 Orientering om sykefravær\n"
    "Formannskapets behandling av sak 46/2026 i møte den 05.03.2026:\n",
    "nn": "Formannskapet\nMøtedato: 05.03.2026\n\nPS 46/26 Orientering om sjukefråvær\n"
    "Formannskapet si handsaming av sak 46/2026 i møte 05.03.2026:\n",
    "da": "Byrådet\nMødedato: 22-09-2026\n\n4. Orientering om ventelister\nSagsnr.: 26/1733\n\n"
    "Beslutning i Social- og Seniorudvalget den 14-09-2026\n",
}


def _noted(language: str, decision: str) -> list[tuple[str, bool | None, int | None]]:
    return [(r.outcome, r.unanimous, r.votes_against) for r in votes(HEADS[language] + decision + "\n", language)]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Enstemmig tatt til orientering."),
        ("nb", "Saken ble enstemmig tatt til orientering."),
        ("nb", "Rapporten tas enstemmig til orientering."),
        ("nn", "Samrøystes teke til vitande."),
        ("nn", "Saka vart samrøystes teken til orientering."),
        ("da", "Enstemmigt taget til efterretning."),
    ],
)
def test_a_noting_stated_unanimous_is_unanimous_with_nobody_against(language, decision):
    assert _noted(language, decision) == [("noted", True, 0)]


@pytest.mark.parametrize(
    ("language", "decision"),
    [("nb", "Tatt til orientering."), ("nn", "Teke til vitande."), ("da", "Taget til efterretning.")],
)
def test_a_noting_without_a_stated_unanimity_leaves_it_unknown(language, decision):
    assert _noted(language, decision) == [("noted", None, None)]
