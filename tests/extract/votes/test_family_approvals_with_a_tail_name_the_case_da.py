"""A Danish decision that approves or notes the recommendation and goes on in the same sentence ("Godkendt, og
forslaget sendes i offentlig høring i 8 uger.", "Udvalget tog orienteringen til efterretning og ønsker en ny
status i efteråret.", "Udvalget meddeler afslag i overensstemmelse med indstillingen.") names nothing of its own:
its row is about the case, like a bare "Godkendt." (the case title), not the decision's sentence.

Look-alikes: a decision that names its object in its own words ("Der gives et tilskud på 50.000 kr. til
Lillebæk Lauget.") keeps them; a case decided behind closed doors ("Sagen blev behandlet for lukkede døre.") is no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Teknik- og Miljøudvalget\nReferat\nMødedato: 10.03.2026\n\n"
CASE = "3. Forslag til regulativ for Lillebæk\nSagsnr.: 26-000412\n{indstilling}Beslutning\n{decision}\n"
TITLE = "Forslag til regulativ for Lillebæk"


@pytest.mark.parametrize(
    ("indstilling", "decision", "outcome"),
    [
        ("", "Godkendt, og forslaget sendes i offentlig høring i 8 uger.", "adopted"),
        ("", "Godkendt med den bemærkning, at høringen annonceres i lokalavisen.", "adopted"),
        ("", "Anbefales, idet udvalget ønsker en dialog med lodsejerne inden høringen.", "adopted"),
        (
            "Indstilling: at orienteringen tages til efterretning.\n",
            "Udvalget tog orienteringen til efterretning og ønsker en ny status i efteråret 2026.",
            "noted",
        ),
        (
            "Indstilling: Forvaltningen indstiller, at der gives afslag på dispensation.\n",
            "Udvalget meddeler afslag i overensstemmelse med indstillingen.",
            "adopted",
        ),
        (
            "",
            "Budgetopfølgningen tages til efterretning, og en tillægsbevilling på 3,1 mio. kr. anbefales over for"
            " byrådet.",
            "adopted",
        ),
    ],
)
def test_an_approval_that_goes_on_is_about_the_case(indstilling: str, decision: str, outcome: str) -> None:
    text = HEAD + CASE.format(indstilling=indstilling, decision=decision)
    assert outcomes(text, "da") == [(outcome, TITLE)]


def test_a_decision_in_its_own_words_keeps_them() -> None:
    text = HEAD + CASE.format(indstilling="", decision="Der gives et tilskud på 50.000 kr. til Lillebæk Lauget.")
    assert [subject for _, subject in outcomes(text, "da")] != [TITLE]


def test_a_case_decided_behind_closed_doors_is_no_row() -> None:
    text = HEAD + "7. Kontraktforhold (lukket)\nBeslutning\nSagen blev behandlet for lukkede døre.\n"
    assert outcomes(text, "da") == []
