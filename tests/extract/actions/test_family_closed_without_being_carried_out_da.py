"""Danish: an item closed without being carried out ("Afsluttet uden gennemførelse", "lukket uden realisering") is
cancelled, as "afsluttet uden at blive gennemført" already was; closed without trouble or overrun ("Afsluttet uden
problemer") is completed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

CANCELLED = [
    "Afsluttet uden gennemførelse.",
    "Projektet er afsluttet uden realisering.",
    "Afsluttet uden udførelse",
    "Indsatsen blev afsluttet uden gennemførelse på grund af manglende midler.",
    "Lukket uden gennemførelse, jf. budgetforliget.",
]
COMPLETED = ["Afsluttet uden problemer.", "Afsluttet uden overskridelse af budgettet."]


def _tracker(status: str) -> str:
    return text_of("Opfølgning på handleplanen 2026", "Indsats 1: Ny legeplads i Vestparken", f"Status: {status}")


@pytest.mark.parametrize("status", CANCELLED)
def test_closed_without_being_carried_out_is_cancelled(status):
    assert [r[2] for r in rows(_tracker(status), "da")] == ["cancelled"]


@pytest.mark.parametrize("status", COMPLETED)
def test_closed_without_trouble_is_completed(status):
    assert [r[2] for r in rows(_tracker(status), "da")] == ["completed"]
