"""Family: a Dutch plan that counts its themes in the plural ("vier opgaven") and then heads each one
with the singular cue word and its number ("Opgave 1: Voldoende woningen", "Ambitie 2 – ..."). The
precision side: the singular word in running text names no theme. Texts written for these tests."""

from __future__ import annotations

import pytest

HEADED = [
    ("Omgevingsvisie 2040\n\nIn deze visie staan vier opgaven centraal.\n\n"
     "Opgave 1: Voldoende en betaalbare woningen\nWe bouwen ruim 3.000 woningen.\n\n"
     "Opgave 2: Een klimaatbestendige leefomgeving\nWe vergroenen de kernen.\n\n"
     "Opgave 3: Een sterke economie\nWe houden ruimte voor bedrijven.\n\n"
     "Opgave 4: Bereikbaarheid\nWe investeren in de fiets.\n",
     ["Voldoende en betaalbare woningen", "Een klimaatbestendige leefomgeving", "Een sterke economie",
      "Bereikbaarheid"]),
    ("Omgevingsvisie Buitengebied\n\nDe visie kent drie opgaven.\n\n"
     "Opgave 1 – Water en bodem\nWe houden water vast.\n\nOpgave 2 – Landbouw\nWe steunen boeren.\n\n"
     "Opgave 3 – Recreatie\nWe openen wandelroutes.\n",
     ["Water en bodem", "Landbouw", "Recreatie"]),
    ("Coalitieakkoord 2026\n\nWe werken aan drie ambities.\n\n"
     "Ambitie 1: Iedereen doet mee\nWe bestrijden armoede.\n\nAmbitie 2: Een groene gemeente\nWe planten bomen.\n\n"
     "Ambitie 3: Veilige wijken\nWe investeren in handhaving.\n",
     ["Iedereen doet mee", "Een groene gemeente", "Veilige wijken"]),
    ("Economische agenda\n\nDe agenda rust op drie opgaven:\n\n"
     "Opgave 1. Een aantrekkelijke binnenstad\nWe verminderen leegstand.\n\n"
     "Opgave 2. Werk voor iedereen\nWe helpen werkzoekenden.\n\nOpgave 3. Innovatie\nWe steunen starters.\n",
     ["Een aantrekkelijke binnenstad", "Werk voor iedereen", "Innovatie"]),
    ("Woonvisie 2026-2030\n\nDeze woonvisie benoemt vier opgaven voor de komende jaren.\n\n"
     "Opgave 1: Meer sociale huur\nTekst.\n\nOpgave 2: Wonen met zorg\nTekst.\n\n"
     "Opgave 3: Verduurzaming\nTekst.\n\nOpgave 4: Starters\nTekst.\n",
     ["Meer sociale huur", "Wonen met zorg", "Verduurzaming", "Starters"]),
]


@pytest.mark.parametrize(("text", "expected"), HEADED)
def test_singular_cue_headings_under_a_plural_count_are_the_themes(labels, text, expected):
    assert labels(text, "nl") == expected


def test_the_singular_cue_word_in_running_text_names_no_theme(labels):
    text = ("Jaarverslag 2025\n\nEen belangrijke opgave is het tekort aan woningen.\n"
            "De gemeente werkt daar samen met de corporaties aan.\n")
    assert labels(text, "nl") == []
