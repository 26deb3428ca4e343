"""Two kinds of sentence in an agenda or a meeting record tell of no decision taken at the meeting: a recollection
whose verb 'eerder' marks as past ("Eerder besloot de raad (16 december 2025) om ...", "De raad stemde eerder al
in met ..."), and a standing rule of procedure ("Hamerstukken worden zonder stemming aangenomen, tenzij een fractie
om een stemming vraagt", "Zulke punten worden doorgaans zonder debat goedgekeurd"). The meeting's own decisions
beside them are still read. All texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD_NL = "Gemeenteraad\nVergadering van dinsdag 22 september 2026\n\n"
HEAD_VL = "Gemeenteraad\nZitting van maandag 26 oktober 2026\n\n"

_RECALLED = [
    HEAD_NL + "Agendapunt 8 Huisvestingsplan onderwijs\nEerder besloot de raad (16 december 2025) om een onderzoek "
    "naar schoolgebouwen te laten uitvoeren.\n",
    HEAD_NL + "Agendapunt 5 Centrumplan\nDe raad stemde eerder al in met de kaders voor het centrumplan.\n",
    HEAD_VL + "4. Masterplan sportpark\nEerder keurde de gemeenteraad het masterplan al goed.\n",
    HEAD_VL + "6. Mobiliteitsplan\nDe gemeenteraad besliste eerder om de Dorpsstraat autoluw te maken.\n",
    HEAD_NL + "Agendapunt 9 Zwembad\nIn maart 2026 nam de raad eerder een motie aan over de openingstijden.\n",
    HEAD_NL + "Toelichting\nHamerstukken worden zonder stemming aangenomen, tenzij een fractie om een stemming "
    "vraagt.\n",
    HEAD_VL + "Toelichting\nPunten op de consensusagenda worden doorgaans zonder debat goedgekeurd.\n",
    HEAD_VL + "Werkwijze\nHet verslag wordt goedgekeurd, tenzij een raadslid schriftelijk bezwaar indient.\n",
]


@pytest.mark.parametrize("text", _RECALLED)
def test_earlier_decisions_and_standing_rules_are_no_row(text: str) -> None:
    assert outcomes(text, "nl") == []


_DECIDED = [
    (
        HEAD_NL + "Agendapunt 8 Huisvestingsplan onderwijs\nEerder besloot de raad (16 december 2025) om een "
        "onderzoek te laten uitvoeren.\nBesluit: aangenomen met 15 stemmen voor en 4 tegen.\n",
        ["adopted"],
    ),
    (
        HEAD_VL + "4. Masterplan sportpark\nHet masterplan werd eenparig goedgekeurd.\n",
        ["adopted"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _DECIDED)
def test_the_meetings_own_decision_beside_them_is_still_read(text: str, expected: list) -> None:
    assert [outcome for outcome, _ in outcomes(text, "nl")] == expected
