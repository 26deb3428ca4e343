"""Voted texts listed with letters under one agenda point ("a. Amendement A1 (VVD) - ...", "b) Motie M5 ...",
each with its own "Besluit:" line): every one is its own row, named without its letter; a case title drops
the label of how the item is treated ("Hamerstuk: Verordening ...", "Bespreekstuk: Nota Wonen").
Decision lists written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad\nvergadering van donderdag 29 januari 2026\n\n5.  Bespreekstuk: Nota Wonen 2026-2030\n"
LISTS = [
    "    a. Amendement A1 (VVD, CDA) - meer sociale huur\n       Besluit: verworpen.\n"
    "    b. Motie M5 (SP) - woningdelen mogelijk maken\n       Besluit: aangehouden.\n",
    "    a) Amendement A1 (VVD, CDA) - meer sociale huur\n       Besluit: verworpen.\n"
    "    b) Motie M5 (SP) - woningdelen mogelijk maken\n       Besluit: aangehouden.\n",
    "    A. Amendement A1 (VVD, CDA) - meer sociale huur\n       Besluit: verworpen.\n"
    "    B. Motie M5 (SP) - woningdelen mogelijk maken\n       Besluit: aangehouden.\n",
    "    1. Amendement A1 (VVD, CDA) - meer sociale huur\n       Besluit: verworpen.\n"
    "    2. Motie M5 (SP) - woningdelen mogelijk maken\n       Besluit: aangehouden.\n",
    "    - Amendement A1 (VVD, CDA) - meer sociale huur\n       Besluit: verworpen.\n"
    "    - Motie M5 (SP) - woningdelen mogelijk maken\n       Besluit: aangehouden.\n",
]


@pytest.mark.parametrize("body", LISTS)
def test_each_lettered_voted_text_is_its_own_row_without_its_letter(body):
    rows = votes(HEAD + body, "nl")
    assert [(r.subject.split(" (")[0], r.outcome) for r in rows] == [
        ("Amendement A1", "rejected"),
        ("Motie M5", "postponed"),
    ]


@pytest.mark.parametrize("label", ["Hamerstuk", "Bespreekstuk", "Hamerstukken", "A-stuk", "B-stuk"])
def test_a_case_title_drops_its_treatment_label(label):
    head = "Gemeenteraad\nvergadering van donderdag 29 januari 2026\n\n"
    text = f"{head}4.  {label}: Verordening parkeren 2026\n    Besluit: aangenomen.\n"
    assert [r.subject for r in votes(text, "nl")] == ["Verordening parkeren 2026"]
