"""doc_type of Flemish multi-year plans: the 'meerjarenplan' (with its 'strategische nota') sets a municipality's
policy goals for a term, so it is a strategy; the follow-up report on it ('opvolgingsrapportering') is a report.
A programme named as such ('collegeprogramma', 'uitvoeringsprogramma') stays a programme."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, title


@pytest.mark.parametrize(
    "text",
    [
        "Meerjarenplan 2026-2031\n\nStad Herentals\n\nBeleidsdoelstelling 1: Een veilige stad.",
        "MEERJARENPLAN 2020-2025\n\nGemeente Brecht\n\nWe werken aan drie prioriteiten.",
        "Strategische nota 2026-2031\n\nGemeente en OCMW Lille\n\nDe doelstellingen voor deze legislatuur.",
        "Gemeente Wevelgem\n\nMeerjarenplan 2026-2031 – strategische nota\n\nActieplan 1.1 Groen en open ruimte.",
        "Meerjarenplan 2026-2031 (aanpassing 2027)\n\nDit plan bevat onze beleidsdoelstellingen.",
        "Stad Tienen – Meerjarenplan 2026-2031\n\nOnze ambities voor de komende zes jaar.",
    ],
)
def test_a_flemish_multi_year_plan_is_a_strategy(text: str):
    assert doc_type(text, title(text), "nl") == "strategy"


@pytest.mark.parametrize(
    "text",
    [
        "Opvolgingsrapportering meerjarenplan 2026-2031\n\nRapportering over het eerste semester van 2026.",
        "Opvolging meerjarenplan 2026\n\nDe acties die in de eerste helft van het jaar liepen.",
        "Rapportering meerjarenplan – tweede semester 2027\n\nGemeente Zonhoven",
        "OPVOLGINGSRAPPORTERING MEERJARENPLAN 2020-2025\n\nStand van zaken van de actieplannen.",
        "Opvolgingsrapportering eerste semester 2026\n\nGemeente Lochristi\n\nMeerjarenplan 2026-2031",
    ],
)
def test_the_follow_up_of_a_multi_year_plan_is_a_report(text: str):
    assert doc_type(text, title(text), "nl") == "report"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Collegeprogramma 2026-2030\n\nDe afspraken van het nieuwe college.", "programme"),
        ("Uitvoeringsprogramma klimaatadaptatie 2026\n\nMaatregelen per wijk.", "programme"),
        ("Opleiding en vorming\n\nEen cursus voor medewerkers over de nieuwe regels.", "other"),
    ],
)
def test_lookalikes_of_the_flemish_plans_keep_their_type(text: str, expected: str):
    assert doc_type(text, title(text), "nl") == expected
