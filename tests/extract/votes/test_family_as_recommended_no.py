"""Family 1 (nb, nn): a decision "as recommended" ("Som tilrådd.", "Vedtatt som innstilt.") names nothing of its
own: it adopts the recommendation above it, whose first sentence is the subject (the case title without one)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

RECOMMENDATION = {
    "nb": "Innstilling:\nReguleringsplan for Holmen vedtas.\n\n",
    "nn": "Innstilling:\nReguleringsplanen for Holmen vert vedteken.\n\n",
}

AS_RECOMMENDED = [
    ("nb", "Vedtak:\nSom innstilt.\n", None),
    ("nb", "Vedtak:\nVedtatt som foreslått av rådmannen.\n", None),
    ("nb", "Vedtak:\nEnstemmig vedtatt som innstilt.\n", True),
    ("nb", "Bystyrets vedtak:\nSom tilrådd.\n", None),
    ("nb", "Vedtak:\nGodkjent som fremlagt.\n", None),
    ("nn", "Vedtak:\nSom tilrådd.\n", None),
    ("nn", "Vedtak:\nSamrøystes vedteke som tilrådd.\n", True),
    ("nn", "Vedtak:\nVedteke som innstilt.\n", None),
    ("nn", "Kommunestyret sitt vedtak:\nSom føreslått.\n", None),
    ("nn", "Vedtak:\nGodkjend som framlagt av kommunedirektøren.\n", None),
]


@pytest.mark.parametrize(("language", "decision", "unanimous"), AS_RECOMMENDED)
def test_as_recommended_adopts_the_recommendation(language, decision, unanimous):
    (row,) = votes(CASE[language] + RECOMMENDATION[language] + decision, language)
    assert (row.outcome, row.unanimous, row.subject) == ("adopted", unanimous, RECOMMENDATION[language].split("\n")[1])


@pytest.mark.parametrize(("language", "decision", "unanimous"), AS_RECOMMENDED)
def test_as_recommended_without_a_recommendation_is_about_the_case(language, decision, unanimous):
    (row,) = votes(CASE[language] + decision, language)
    assert (row.outcome, row.subject) == ("adopted", "Budsjett 2024")


@pytest.mark.parametrize(
    ("language", "decision", "subject"),
    [
        (
            "nb",
            "Vedtak:\nBystyret godkjenner planen som innstilt, men ber om en ny vurdering.\n",
            "Bystyret godkjenner",
        ),
        ("nn", "Vedtak:\nKommunestyret vedtek planen som tilrådd, med ei endring i punkt 3.\n", "Kommunestyret vedtek"),
        ("nb", "Vedtak:\nSkolebruksplanen vedtas som foreslått, med unntak av punkt 4.\n", "Skolebruksplanen"),
        ("nn", "Vedtak:\nTilskotet vert godkjent som søkt om.\n", "Tilskotet"),
        ("nn", "Vedtak:\nKommunestyret vedtek budsjettet som tilrådd, med desse endringane: ...\n", None),
        ("nb", "Vedtak:\nSom tilrådd, med de endringene som kom fram i møtet.\n", None),
    ],
)
def test_a_decision_with_text_of_its_own_keeps_it(language, decision, subject):
    (row,) = votes(CASE[language] + RECOMMENDATION[language] + decision, language)
    assert row.outcome == "adopted"
    assert row.subject != RECOMMENDATION[language].split("\n")[1]
    if subject:
        assert row.subject.startswith(subject)
