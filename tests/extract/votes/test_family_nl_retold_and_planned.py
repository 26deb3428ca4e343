"""Reports and plans that mention council decisions without recording one: a decision retold after an
evaluation ("na de evaluatie heeft de raad besloten ..."), a planned adoption ("eerst wordt het plan
vastgesteld (gepland eind 2025)", "de raad stelt naar verwachting in juni de visie vast"). No row. And
the other side: "voor kennisgeving aangenomen" with a vote is noted and unanimous.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


@pytest.mark.parametrize(
    "text",
    [
        "Voortgangsrapportage\n\nToelichting: na de evaluatie heeft de raad besloten de pilot niet voort te zetten.\n",
        "Jaarverslag\n\nNaar aanleiding van de tussenevaluatie besloot de gemeenteraad de subsidie te verlagen.\n",
        "Voortgangsrapportage 2024\n\nProject: Deelauto's\nToelichting: de raad heeft besloten de pilot te "
        "verlengen.\nPlanning: eind 2025.\n",
        "Planning\n\nEerst wordt het plan vastgesteld (gepland eind 2025).\n",
        "Planning\n\nDe raad stelt naar verwachting in juni de visie vast.\n",
        "Planning\n\nDe gemeenteraad stelt in het najaar de omgevingsvisie vast.\n",
        "Planning\n\nHet uitvoeringsprogramma wordt naar verwachting in het voorjaar van 2026 door de raad "
        "vastgesteld.\n",
        "Stand van zaken\n\nDe visie wordt voorgelegd aan de gemeenteraad, vaststelling gepland in maart.\n",
    ],
)
def test_a_retold_or_planned_decision_gives_no_row(text):
    assert votes(text, "nl") == []


@pytest.mark.parametrize(
    "text",
    [
        "Raadsvergadering 9 april 2024\n\n5. Ingekomen stukken\n\nDe stukken worden met algemene stemmen voor "
        "kennisgeving aangenomen.\n",
        "Zitting van 9 april 2024\n\n5. Verslag vorige zitting\n\nHet verslag wordt met eenparigheid van stemmen "
        "voor kennisgeving aangenomen.\n",
        "Raadsvergadering 9 april 2024\n\n6. Jaarverslag rekenkamer\n\nHet jaarverslag wordt unaniem voor "
        "kennisgeving aangenomen.\n",
        "Gemeenteraad 9 april 2024\n\n7. Rapportage\n\nDe rapportage is met algemene stemmen voor kennisgeving "
        "aangenomen.\n",
    ],
)
def test_papers_taken_for_information_with_a_vote_are_noted_and_unanimous(text):
    assert [(r.outcome, r.unanimous) for r in votes(text, "nl")] == [("noted", True)]


def test_papers_taken_for_information_without_a_vote_state_no_unanimity():
    text = (
        "Raadsvergadering 9 april 2024\n\n8. Brieven\n\nDe ingekomen brieven werden zonder stemming voor "
        "kennisgeving aangenomen.\n"
    )
    assert [(r.outcome, r.unanimous) for r in votes(text, "nl")] == [("noted", None)]
