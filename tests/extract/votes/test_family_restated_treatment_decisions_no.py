"""A decision header of the meeting's own body and date right after that body's treatment, whose lines voted
("Behandling i Formannskapet - 12.11.2026" / "Innstillingen ble enstemmig vedtatt." / "Vedtak i Formannskapet -
12.11.2026" / the decision's text): the text under it restates what the votes decided and gives no row of its own.
Without votes above, or under another body's or date's header, the header is a step with its own decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Møtebok - Formannskapet\nMøtedato: torsdag 12.11.2026\n\nFS 93/26  Tilskudd til frivilligsentralen\n"
HEAD_NN = "Møtebok - Formannskapet\nMøtedato: torsdag 12.11.2026\n\nFS 93/26  Tilskot til frivilligsentralen\n"

RESTATED = [
    (
        "nb",
        HEAD + "Behandling i Formannskapet - 12.11.2026\nInnstillingen ble enstemmig vedtatt.\n\n"
        "Vedtak i Formannskapet - 12.11.2026\nFrivilligsentralen tildeles 350 000 kr for 2027.\n",
        [("adopted", "Innstillingen")],
    ),
    (
        "nb",
        HEAD + "Behandling i Formannskapet - 12.11.2026\nKari Lie (H) fremmet forslag:\n«Frivilligsentralen tildeles"
        " 500 000 kr.»\nForslaget falt med 2 mot 5 stemmer.\nInnstillingen ble vedtatt med 5 mot 2 stemmer.\n\n"
        "Vedtak i Formannskapet - 12.11.2026\nFrivilligsentralen tildeles 350 000 kr for 2027.\n",
        [("rejected", "Frivilligsentralen tildeles 500 000 kr"), ("adopted", "Innstillingen")],
    ),
    (
        "nb",
        HEAD + "Behandling i Formannskapet - 12.11.2026\nVed alternativ votering mellom innstillingen og Lies forslag"
        " fikk\ninnstillingen 5 stemmer og Lies forslag 2 stemmer (H, FrP).\n\n"
        "Vedtak i Formannskapet - 12.11.2026\nSom innstillingen.\n",
        [("adopted", "Innstillingen (alternativ votering mot Lies forslag)")],
    ),
    (
        "nb",
        HEAD + "Behandling i Formannskapet 12.11.2026\nInnstillingen ble vedtatt mot 1 stemme (FrP).\n"
        "Vedtak i Formannskapet 12.11.2026\nFrivilligsentralen tildeles 350 000 kr for 2027. Kommunedirektøren bes"
        " legge fram en sak om driftsavtale.\n",
        [("adopted", "Innstillingen")],
    ),
    (
        "nn",
        HEAD_NN + "Handsaming i Formannskapet - 12.11.2026\nInnstillinga vart samrøystes vedteken.\n\n"
        "Vedtak i Formannskapet - 12.11.2026\nFrivilligsentralen får 350 000 kr i tilskot for 2027.\n",
        [("adopted", "Innstillinga")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RESTATED)
def test_a_decision_restated_under_the_meetings_own_header_is_no_new_row(language, text, expected):
    assert outcomes(text, language) == expected


def test_a_decision_header_after_a_treatment_without_votes_keeps_its_decision():
    text = (
        HEAD + "Behandling i Formannskapet - 12.11.2026\nKommunedirektøren orienterte om søknaden.\n\n"
        "Vedtak i Formannskapet - 12.11.2026\nInnstillingen ble enstemmig vedtatt.\n"
    )
    assert outcomes(text, "nb") == [("adopted", "Innstillingen")]


def test_a_later_meetings_decision_after_a_treatment_is_its_own_step():
    text = (
        HEAD + "Behandling i Formannskapet - 12.11.2026\nInnstillingen ble enstemmig vedtatt.\n\n"
        "Vedtak i Kommunestyret - 10.12.2026\nKommunestyrets innstilling ble vedtatt med 20 mot 7 stemmer.\n"
    )
    assert len(outcomes(text, "nb")) == 2
