"""Svalbard is Norway, though ISO 3166 gives it a code of its own (SJ): for a Norwegian municipality Longyearbyen is a
home-country place, so a cooperation agreement with it is local government, no partnership, while a
twinning stays one. For a Danish municipality Longyearbyen is abroad and a partner as any other town."""

from __future__ import annotations

import pytest

NO_PARTNER = [
    ("nb", "Harstad", "Harstad har en samarbeidsavtale med Longyearbyen om reiseliv og havnedrift."),
    ("nb", "Tromsø", "I 2024 inngikk Tromsø en intensjonsavtale med Longyearbyen lokalstyre om beredskap."),
    ("nb", "Alta", "Alta samarbeider med Longyearbyen gjennom Svalbard-samarbeidet om kultur og ungdom."),
    ("nb", "Bodø", "Kommunen signerte i 2022 en samarbeidsavtale med Longyearbyen om utdanning."),
    ("nb", "Hammerfest", "Hammerfest og Longyearbyen har en avtale om samarbeid innen energiforsyning."),
    ("nn", "Sogndal", "Sogndal har ei samarbeidsavtale med Longyearbyen om reiseliv."),
    ("nn", "Voss", "Voss skreiv i 2023 under ei samarbeidsavtale med Longyearbyen om friluftsliv."),
    ("nn", "Stryn", "Kommunen samarbeider med Longyearbyen om breturisme gjennom ei fast avtale."),
    ("nn", "Ørsta", "Ørsta har ei samarbeidsavtale med Longyearbyen lokalstyre om skule og kultur."),
    ("nn", "Førde", "Førde inngjekk i 2025 ei samarbeidsavtale med Longyearbyen om helse."),
]


@pytest.mark.parametrize(("language", "town", "text"), NO_PARTNER)
def test_a_norwegian_agreement_with_a_svalbard_town_is_no_partnership(rows, language, town, text):
    assert "Longyearbyen" not in rows(text, language, town)


def test_a_twinning_with_a_svalbard_town_stays_a_twinning(rows):
    assert rows("Harstad har vennskapsbyen Longyearbyen siden 1995.", "nb", "Harstad")["Longyearbyen"][0] == "twin"


def test_for_a_danish_municipality_longyearbyen_is_abroad(rows):
    found = rows("Kommunen indgik i 2024 en samarbejdsaftale med Longyearbyen om turisme.", "da", "Tønder")
    assert found["Longyearbyen"][0] == "cooperation_agreement"
