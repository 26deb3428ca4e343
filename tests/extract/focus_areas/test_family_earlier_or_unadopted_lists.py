"""Family: a list of themes that is not this plan's own, told apart by the sentence around it, and a plan's
coded goal headings under a part heading numbered like a count ("DEEL 2 ONZE SPEERPUNTEN" / "SD1 ...")."""

from __future__ import annotations

import pytest

EARLIER = [
    (
        "nl",
        "Meerjarenplan 2026-2031\n\nVoorwoord\nIn de vorige legislatuur werkten we met drie prioriteiten: Wonen, "
        "Zorg en Sport. Nu kiezen we anders.\n",
    ),
    (
        "nl",
        "Beleidsplan Zonnedal\n\nInleiding\nTijdens het vorige bestuur (2019-2024) golden vier speerpunten: "
        "Groen, Werk, Cultuur en Jeugd.\n",
    ),
    (
        "nb",
        "Kommuneplan for Fjellvik 2025-2037\n\nInnledning\nI forrige valgperiode hadde kommunen tre "
        "satsingsområder: helse, klima og kultur.\n",
    ),
    (
        "da",
        "Strategi for Åbyhavn 2026\n\nIndledning\nI den forrige byrådsperiode havde vi fire indsatsområder: "
        "bolig, natur, skole og erhverv.\n",
    ),
]

UNADOPTED = [
    (
        "nn",
        "Årsmelding 2025 for Bergvik\n\nVegen vidare\nFor 2026 vil kommunen prioritere tre område: kultur, "
        "helse og næring. Desse er ikkje vedtekne enno.\n",
    ),
    (
        "nb",
        "Strategi for Sjøvik 2026\n\nNeste steg\nKommunen vurderer tre satsingsområder: klima, bolig og "
        "oppvekst. Disse er ikke vedtatt av kommunestyret.\n",
    ),
    (
        "da",
        "Strategi for Nørreby\n\nDet videre arbejde\nKommunen overvejer tre fokusområder: natur, kultur og "
        "erhverv. De er endnu ikke vedtaget.\n",
    ),
    (
        "nl",
        "Beleidsplan Heuvelrand\n\nHoe verder\nHet college denkt aan drie speerpunten: Wonen, Groen en "
        "Werk. Deze zijn nog niet vastgesteld.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), EARLIER + UNADOPTED)
def test_earlier_or_unadopted_lists_are_no_themes(labels, language, text):
    assert labels(text, language) == []


def test_adopted_list_is_kept(labels):
    text = (
        "Strategi for Sjøvik 2026\n\nSatsingsområder\nKommunen har tre satsingsområder: klima, bolig og "
        "oppvekst. Disse ble vedtatt av kommunestyret i juni.\n"
    )
    assert labels(text, "nb") == ["klima", "bolig", "oppvekst"]


def test_current_legislature_list_is_kept(labels):
    text = (
        "Meerjarenplan 2026-2031\n\nOnze speerpunten\nIn deze legislatuur werken we met drie speerpunten: "
        "Wonen, Zorg en Sport.\n"
    )
    assert labels(text, "nl") == ["Wonen", "Zorg", "Sport"]


CODED = [
    (
        "nl",
        "Meerjarenplan Beekdonk\n\nDEEL 2  ONZE BELEIDSDOELSTELLINGEN\n\nBD1  Beekdonk is een groene gemeente\n"
        "     AP1.1  Meer bomen\nBD2  Iedereen woont goed\n     AP2.1  Sociale woningen\n"
        "BD3  Een bruisend centrum\n\nDEEL 3  FINANCIEEL KADER\nDe marge blijft positief.\n",
        ["Beekdonk is een groene gemeente", "Iedereen woont goed", "Een bruisend centrum"],
    ),
    (
        "nl",
        "Meerjarenplan Hoeve\n\nDeel 3 Prioritaire beleidsdoelstellingen\n\nPD1 Een veilige gemeente\nAC1.1 Camera's\n"
        "PD2 Een zorgzame gemeente\nAC2.1 Buurtzorg\n\nDEEL 4 OPVOLGING\nHet college rapporteert jaarlijks.\n",
        ["Een veilige gemeente", "Een zorgzame gemeente"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CODED)
def test_coded_goals_under_a_numbered_part(labels, language, text, expected):
    assert labels(text, language) == expected
