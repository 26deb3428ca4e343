"""A bracket after a partner that opens on the start year and goes on with a later event ('Murmansk (1972, frosset
i 2022)', 'Lünen (1970, opgezegd in 2015)', 'Rijeka (1970, sat på pause 2022)'): the first year is the start; the
clause after it dates an ending, a pause or a renewal. A bracket opening on a word keeps the year after it only when
it is the bracket's last ('(Sverige, 1968)'); a bracket with no start year gives none."""

from __future__ import annotations

import pytest

BRACKETS = [
    (
        "nb",
        "Harstad",
        "Harstad kommune har vennskapsavtaler med Severomorsk (1993, frosset i 2022) og Tórshavn (1989).",
        {"Severomorsk": ("twin", 1993), "Tórshavn": ("twin", 1989)},
    ),
    (
        "da",
        "Aalborg",
        "Aalborg har venskabsbyer i Rijeka (1970, sat på pause 2022) og Tromsø (1961).",
        {"Rijeka": ("twin", 1970), "Tromsø": ("twin", 1961)},
    ),
    (
        "nl",
        "Zwolle",
        "Zwolle heeft stedenbanden met Lünen (1970, opgezegd in 2015) en Kaunas (1991).",
        {"Lünen": ("twin", 1970), "Kaunas": ("twin", 1991)},
    ),
    (
        "nn",
        "Sogndal",
        "Sogndal er vennskapskommune med Solna (1965; fornya i 2015).",
        {"Solna": ("twin", 1965)},
    ),
    (
        "nl",
        "Ede",
        "Ede onderhoudt een stedenband met Ulm (1987, vernieuwd 2017).",
        {"Ulm": ("twin", 1987)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), BRACKETS)
def test_the_year_opening_a_bracket_is_the_start(rows, language, town, text, expected):
    assert rows(text, language, town) == expected


NO_START = [
    ("nb", "Harstad", "Harstad har vennskapsavtale med Severomorsk (frosset i 2022).", {"Severomorsk": ("twin", None)}),
    ("da", "Aalborg", "Aalborg har en venskabsby i Rijeka (besøg i 2023).", {"Rijeka": ("twin", None)}),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), NO_START)
def test_a_bracket_dating_only_a_later_event_gives_no_start(rows, language, town, text, expected):
    assert rows(text, language, town) == expected
