"""A name with two head words ("World Union of Winter Cities": "Union of" and "Cities") is read from both; the inner
run is the same network cut short, so only the whole name is a network."""

from __future__ import annotations

import pytest

from .helpers import networks

WHOLE = [
    (
        "nb",
        "Gjøvik",
        "Gjøvik kommune deltar i World Union of Winter Cities sammen med flere vinterbyer.",
        {"World Union of Winter Cities"},
    ),
    ("da", "Silkeborg", "Silkeborg Kommune er medlem af Nordic Union of Lake Cities.", {"Nordic Union of Lake Cities"}),
    (
        "nl",
        "Venlo",
        "De gemeente Venlo is lid van de European Union of Border Cities sinds 2019.",
        {"European Union of Border Cities"},
    ),
    ("nn", "Voss", "Voss herad er medlem i Global Union of Mountain Towns.", {"Global Union of Mountain Towns"}),
    (
        "da",
        "Esbjerg",
        "Esbjerg deltager i Baltic Union of Harbour Towns sammen med Gdynia.",
        {"Baltic Union of Harbour Towns"},
    ),
]

ONE_HEAD = [
    ("nl", "Zwolle", "Zwolle is lid van de Union of Hanseatic Towns Network.", {"Union of Hanseatic Towns Network"}),
    ("da", "Odense", "Odense er medlem af Union of Harbour Cities.", {"Union of Harbour Cities"}),
    ("nb", "Bodø", "Bodø kommune er medlem av Arctic Coast Cities.", {"Arctic Coast Cities"}),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), WHOLE + ONE_HEAD)
def test_a_name_read_from_two_head_words_is_one_network(language, town, text, expected):
    assert networks(text, language, town) == expected
