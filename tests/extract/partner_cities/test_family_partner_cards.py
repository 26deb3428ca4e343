"""A page of partner cards: a relation heading over one card per partner, each card a heading line naming the town
(often in capitals, set off by a bar: '▌WESEL', '▌NOWY TARG') and field lines ('Land ........ Duitsland', 'Sinds
....... 1985', 'Siden: 1994'). Every card's town takes the page heading's relation past the other cards' field lines,
and its start year from its own since-field; a field naming an end or a renewal dates nothing, and a card the page
heading does not cover (another heading above it) takes no relation."""

from __future__ import annotations

import pytest

CARDS = [
    (
        "nl",
        "Lichtervelde",
        "Zustergemeenten\n\n▌WESEL\n  Land ........ Duitsland\n  Sinds ....... 1985\n  Status ...... actief\n"
        "  Uitwisselingen voor scholen en clubs.\n\n▌NOWY TARG\n  Land ........ Polen\n  Sinds ....... 2004\n"
        "  Status ...... actief\n  Jaarlijkse jeugduitwisseling.\n",
        {"Wesel": ("twin", 1985), "Nowy Targ": ("twin", 2004)},
    ),
    (
        "nl",
        "Tielt",
        "Onze zustersteden\n\n▌BAD KREUZNACH\n  Land: Duitsland\n  Sinds: 1972\n  Contact via het comité.\n\n"
        "▌AUBENAS\n  Land: Frankrijk\n  Sinds: 1981\n  Contact via de scholen.\n",
        {"Bad Kreuznach": ("twin", 1972), "Aubenas": ("twin", 1981)},
    ),
    (
        "nl",
        "Izegem",
        "Verbroederingen\n\n| ZAMOŚĆ\n  Land ...... Polen\n  Sinds ..... 1996\n  Samen rond jeugdwerk.\n\n"
        "| VIMMERBY\n  Land ...... Zweden\n  Sinds ..... 1975\n  Samen rond muziek.\n",
        {"Zamość": ("twin", 1996), "Vimmerby": ("twin", 1975)},
    ),
    (
        "da",
        "Skive",
        "Venskabsbyer\n\n▌KÖPING\n  Land ....... Sverige\n  Siden ...... 1947\n  Udveksling mellem skoler.\n\n"
        "▌RAUMA\n  Land ....... Finland\n  Siden ...... 1950\n  Udveksling mellem idrætsklubber.\n",
        {"Köping": ("twin", 1947), "Rauma": ("twin", 1950)},
    ),
    (
        "da",
        "Ringsted",
        "Vores venskabsbyer\n\n▌Kiel\n  Land: Tyskland\n  Siden: 1994\n  Fælles kulturuge hvert andet år.\n\n"
        "▌Kalmar\n  Land: Sverige\n  Siden: 2001\n  Fælles ungdomslejr.\n",
        {"Kiel": ("twin", 1994), "Kalmar": ("twin", 2001)},
    ),
    (
        "nb",
        "Harstad",
        "Vennskapsbyer\n\n▌LULEÅ\n  Land ........ Sverige\n  Siden ....... 1996\n  Samarbeid om kultur.\n\n"
        "▌SORTAVALA\n  Land ........ Russland\n  Siden ....... 1999\n  Samarbeidet er stilt i bero.\n",
        {"Luleå": ("twin", 1996), "Sortavala": ("twin", 1999)},
    ),
    (
        "nb",
        "Lillehammer",
        "Våre vennskapsbyer\n\n▌Oberstdorf\n  Land: Tyskland\n  Siden: 1973\n  Samarbeid om vintersport.\n\n"
        "▌Sarajevo\n  Land: Bosnia-Hercegovina\n  Siden: 1992\n  Samarbeid om idrett.\n",
        {"Oberstdorf": ("twin", 1973), "Sarajevo": ("twin", 1992)},
    ),
    (
        "nn",
        "Voss",
        "Vennskapskommunar\n\n▌OBERHAUSEN\n  Land ........ Tyskland\n  Sidan ....... 1960\n  Skuleutveksling.\n\n"
        "▌KUOPIO\n  Land ........ Finland\n  Sidan ....... 1966\n  Idrettsutveksling.\n",
        {"Oberhausen": ("twin", 1960), "Kuopio": ("twin", 1966)},
    ),
]

LOOKALIKES = [
    # the field names the end, not the start: the year dates nothing
    (
        "nl",
        "Tielt",
        "Zustersteden\n\n▌WESEL\n  Land ........ Duitsland\n  Beëindigd ... 2019\n  Geen uitwisselingen meer.\n",
        {"Wesel": ("twin", None)},
    ),
    # the cards stand under a heading on another topic: no relation
    (
        "nl",
        "Tielt",
        "Zustersteden\nTielt heeft geen zustersteden.\n\nToeristische bestemmingen\n\n▌WESEL\n"
        "  Land ........ Duitsland\n  Afstand ..... 250 km\n  Mooie oude binnenstad.\n",
        {},
    ),
    (
        "da",
        "Skive",
        "Rejsemål for skolerne\n\n▌KÖPING\n  Land ....... Sverige\n  Afstand .... 600 km\n  Tur i 9. klasse.\n",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), CARDS)
def test_each_card_takes_the_page_relation_and_its_since_field(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LOOKALIKES)
def test_end_fields_and_cards_under_another_topic_give_no_start_or_relation(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
