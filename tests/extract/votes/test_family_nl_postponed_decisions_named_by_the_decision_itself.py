"""Dutch minutes postpone an item in a passive sentence whose grammatical subject is only 'de beslissing' or 'de
besluitvorming' ('Conform artikel 32 van de Gemeentewet wordt de beslissing aangehouden tot de eerstvolgende
raadsvergadering.'): the words name nothing but the decision, so the row is about the agenda item, its title. A
sentence naming its own object ('Het bestemmingsplan Kerkstraat wordt aangehouden') keeps that object.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen van de gemeenteraad – zitting van maandag 27 april 2026\n\n5. Camerabewaking aan het stationsplein\n"
TAIL = "\n\n6. Jaarverslag 2025\nBesluit: De gemeenteraad neemt kennis van het jaarverslag 2025.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Conform artikel 32 van de Gemeentewet wordt de beslissing aangehouden tot de eerstvolgende raadsvergadering.",
        "Wegens staking van stemmen wordt de besluitvorming uitgesteld tot de volgende vergadering.",
        "De beslissing wordt aangehouden tot de raadsvergadering van april.",
        "Op verzoek van het college werd de besluitvorming verdaagd naar juni.",
        "Daarom wordt de beslissing uitgesteld.",
    ],
)
def test_a_postponed_decision_named_only_as_the_decision_is_about_the_item(sentence):
    rows = votes(HEAD + sentence + TAIL, "nl")
    assert [(r.case_number, r.subject, r.outcome) for r in rows][0] == (
        "5",
        "Camerabewaking aan het stationsplein",
        "postponed",
    )


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Het bestemmingsplan Kerkstraat wordt aangehouden tot mei.", "Het bestemmingsplan Kerkstraat"),
        ("De motie over de kermis wordt aangehouden.", "De motie over de kermis"),
    ],
)
def test_a_postponement_naming_its_object_keeps_it(sentence, subject):
    rows = votes(HEAD + sentence + TAIL, "nl")
    assert rows[0].outcome == "postponed" and rows[0].subject.startswith(subject)
