"""A Danish case text recalling when the case was treated before and what happened then ("Regnskabet blev forelagt
udvalget første gang den 12. januar 2026, hvor sagen blev udsat.") is background: the earlier outcome gives no row,
and the item's own decision below it ("Beslutning: Godkendt.") is its row. Look-alikes: the item's own
postponement is a row, and a treatment recalled without a date is not background by this rule. All sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Økonomiudvalget\n\nMødedato: 9. februar 2026\n\n13. Anlægsregnskab for stien ved Fortet\nSagsnr. 25/04418\n"


@pytest.mark.parametrize(
    "recalled",
    [
        "Regnskabet blev forelagt udvalget første gang den 12. januar 2026,\nhvor sagen blev udsat.\n",
        "Sagen blev behandlet i Økonomiudvalget den 3. marts 2025, hvor den blev sendt tilbage til forvaltningen.\n",
        "Sagen var forelagt udvalget den 14.11.2025, hvor udvalget udsatte sagen.\n",
        "Projektet blev drøftet på mødet i december 2025, hvor beslutningen blev udsat til dette møde.\n",
        "Sagen er blevet behandlet af Teknik- og Miljøudvalget den 5. januar 2026, hvor den blev udsat.\n",
    ],
)
def test_an_earlier_treatment_recalled_with_its_date_is_background(recalled):
    assert outcomes(HEAD + recalled + "Beslutning: Godkendt.\n", "da") == [
        ("adopted", "Anlægsregnskab for stien ved Fortet")
    ]


def test_the_items_own_postponement_is_a_row():
    body = "Regnskabet blev forelagt udvalget første gang den 12. januar 2026.\nBeslutning: Sagen blev udsat.\n"
    assert [o for o, _ in outcomes(HEAD + body, "da")] == ["postponed"]


def test_the_item_decided_today_in_a_sentence_with_hvor_is_no_background():
    body = "Beslutning: Sagen blev behandlet, hvor udvalget godkendte indstillingen.\n"
    assert [o for o, _ in outcomes(HEAD + body, "da")] == ["adopted"]
