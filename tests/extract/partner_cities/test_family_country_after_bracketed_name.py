"""A partner written with its other name in brackets and its country after the brackets ('Kamerijk (Cambrai),
Frankrijk ..... verbroederd sinds 1968', 'Åbo (Turku), Finland'): the country after the closing bracket is the
country stated for the one town, as it is right after a name with no brackets, so the line is a partner entry
with its start year. A bracket holding something else than the town's other name, or a country naming another
land than the town's, makes no such entry."""

from __future__ import annotations

import pytest

ENTRIES = [
    (
        "nl",
        "Oudenaarde",
        "Onze verbroederde steden\n  Kamerijk (Cambrai), Frankrijk ............ verbroederd sinds 1968\n"
        "  Älmhult, Zweden ........................... verbroederd sinds 2001\n",
        {"Cambrai": ("twin", 1968), "Älmhult": ("twin", 2001)},
    ),
    (
        "nl",
        "Zottegem",
        "Zustersteden\n\n  Rijsel (Lille), Frankrijk, verbroederd sinds 1975\n"
        "  Aken (Aachen), Duitsland, verbroederd sinds 1981\n",
        {"Lille": ("twin", 1975), "Aachen": ("twin", 1981)},
    ),
    (
        "da",
        "Vejle",
        "Venskabsbyer\n- Åbo (Turku), Finland – venskabsby siden 1958\n"
        "- Lybæk (Lübeck), Tyskland – venskabsby siden 1970\n",
        {"Turku": ("twin", 1958), "Lübeck": ("twin", 1970)},
    ),
    (
        "nb",
        "Hamar",
        "Vennskapsbyer\n\nTammerfors (Tampere), Finland ........ vennskapsby siden 1966\n"
        "Västerås, Sverige ........ vennskapsby siden 1948\n",
        {"Tampere": ("twin", 1966), "Västerås": ("twin", 1948)},
    ),
    (
        "nn",
        "Gloppen",
        "Venskapskommunar\n\nLojo (Lohja), Finland ........ venskapskommune sidan 1972\n"
        "Ljusdal, Sverige ........ venskapskommune sidan 1980\n",
        {"Lohja": ("twin", 1972), "Ljusdal": ("twin", 1980)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ENTRIES)
def test_the_country_after_a_bracketed_other_name_is_the_towns(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


def test_a_bracket_holding_a_note_keeps_its_country_reading(rows):
    text = "Zustersteden\n\n  Kamerijk (sinds 2019 opgeschort), Frankrijk\n  Aken, Duitsland, verbroederd sinds 1981\n"
    assert rows(text, "nl", "Oudenaarde").get("Aachen") == ("twin", 1981)


def test_a_population_figure_after_the_bracket_is_no_start(rows):
    text = "Venskabsbyer\n- Åbo (Turku), Finland – 1958 indbyggere i 1900\n"
    assert rows(text, "da", "Vejle").get("Turku", ("twin", None))[1] is None
