"""A Norwegian recommendation followed by its treatment on one labelled line ("Behandling: Enstemmig vedtatt.",
"Handsaming: Samrøystes tilrådd.") was decided there: the recommendation ends at that line and the case gets its
row, as under "Votering:". A treatment label followed by a remark ("Behandling: Utvalget ba om ...") decides
nothing by itself, and a committee's earlier recommendation told in a sentence is background."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Innstilling til kommunestyret:\nKommunestyret tar tertialrapporten til orientering.\n"
            "Behandling: Enstemmig vedtatt.\n",
            ("Budsjett 2024", "noted", True),
        ),
        ("nb", "Innstilling:\nTilskudd gis.\nBehandling: Enstemmig vedtatt.\n", ("Tilskudd gis.", "adopted", True)),
        (
            "nn",
            "Innstilling til kommunestyret:\nTomtene vert lagde ut for sal til kr 95 000 per tomt.\n"
            "Handsaming: Samrøystes tilrådd.\n",
            ("Tomtene vert lagde ut for sal til kr 95 000 per tomt.", "adopted", True),
        ),
        (
            "nn",
            "Tilråding:\nTilskot vert gjeve.\nHandsaming: Samrøystes vedteke.\n",
            ("Tilskot vert gjeve.", "adopted", True),
        ),
        (
            "nn",
            "Tilråding:\nTilskot vert gjeve.\nRøysting: Samrøystes tilrådd.\n",
            ("Tilskot vert gjeve.", "adopted", True),
        ),
        (
            "nb",
            "Innstilling:\nTilskudd gis.\nBehandling: Innstillingen ble vedtatt med 7 mot 2 stemmer (1 H, 1 FrP).\n",
            ("Innstillingen", "adopted", False),
        ),
    ],
)
def test_a_treatment_line_labelled_behandling_decides_the_recommendation(language, body, expected):
    assert [(r.subject, r.outcome, r.unanimous) for r in votes(CASE[language] + body, language)] == [expected]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Innstilling:\nTilskudd gis.\nBehandling: Utvalget ba om en oversikt over søkerne.\n"),
        ("nn", "Formannskapet hadde i møte 27.05.2025 samrøystes tilrådd endringa.\n"),
    ],
)
def test_a_treatment_remark_or_an_earlier_recommendation_decides_nothing(language, body):
    assert votes(CASE[language] + body, language) == []
