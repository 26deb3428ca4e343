"""A decision that approves a recommendation ("Godkendt.", "Som innstillingen.") is `noted` only when
taking the matter for information is the whole recommendation; a recommendation that goes on after
it (", og at der frigives 2,0 mio. kr.") decides more, so approving it is `adopted`.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

DA = "Byrådet\nMødedato: 24. februar 2025\n\n17. Budgetopfølgning pr. 31. december 2024\n\n"
NB = "Utvalg: Formannskapet\nMøtedato: 09.11.2023\n\nPS 120/23 Økonomirapport 3. kvartal\n\n"


def _outcomes(head: str, proposal: str, decision: str, language: str) -> list[str]:
    return [r.outcome for r in votes(f"{head}{proposal}\n{decision}\n", language)]


@pytest.mark.parametrize(
    "proposal",
    [
        "Indstilling: at budgetopfølgningen tages til efterretning, og at der frigives 2,0 mio. kr. til vejene.",
        "Indstilling\nDirektøren indstiller, at orienteringen tages til efterretning, og at puljen forlænges til 2026.",
        "Indstilling: Forvaltningen indstiller, at status tages til efterretning samt at projektet udvides.",
        "Indstilling\nat redegørelsen tages til orientering og at der udarbejdes en handleplan inden sommer.",
        "Indstilling: at rapporten tages til efterretning, og at restbeløbet overføres til 2025.",
    ],
)
def test_approving_noting_and_more_danish_is_adopted(proposal):
    assert _outcomes(DA, proposal, "Beslutning: Godkendt.", "da") == ["adopted"]


@pytest.mark.parametrize(
    "proposal",
    [
        "Indstilling: at budgetopfølgningen tages til efterretning.",
        "Indstilling\nDirektøren indstiller, at orienteringen tages til efterretning.",
        "Indstilling: Forvaltningen indstiller, at status tages til orientering",
        "Indstilling\nKommunaldirektøren indstiller, at budgetopfølgningen tages til efterretning.",
        "Indstilling: at rapporten tages til efterretning.",
    ],
)
def test_approving_only_noting_danish_is_noted(proposal):
    assert _outcomes(DA, proposal, "Beslutning: Godkendt.", "da") == ["noted"]


@pytest.mark.parametrize(
    ("proposal", "outcome"),
    [
        ("Innstilling:\nØkonomirapporten tas til orientering.", "noted"),
        ("Innstilling:\nØkonomirapporten tas til orientering, og det bevilges 2 mill. kr. til vedlikehold.", "adopted"),
        ("Kommunedirektørens innstilling:\nRapporten tas til orientering.", "noted"),
        (
            "Kommunedirektørens innstilling:\nRapporten tas til orientering, og tiltakene i kapittel 4 settes i verk.",
            "adopted",
        ),
        ("Innstilling:\nMeldingen tas til orientering, og rådmannen bes legge fram en ny plan.", "adopted"),
    ],
)
def test_approving_a_norwegian_recommendation_follows_what_it_decides(proposal, outcome):
    assert _outcomes(NB, proposal, "Vedtak:\nSom innstillingen.", "nb") == [outcome]
