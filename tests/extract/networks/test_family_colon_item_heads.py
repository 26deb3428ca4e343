"""A long item under a network heading whose name is closed by a colon glued to it ('• Sund By Netværket: Kommunen er
medlem af ...', 'a. Fjellbyforum: kommunen har vært medlem siden 2015 ...'): the head is a network when the rest of
the item states membership, as with a spaced dash. A topic closed by a colon ('Klima: kommunen arbejder ...') and an
item whose rest states no membership stay out."""

from __future__ import annotations

import pytest

MEMBER_HEADS = [
    (
        "da",
        "Vejle",
        "Medlemskaber\n  • Sund By Netværket: Vejle er medlem af det danske netværk for kommuner og regioner, der\n"
        "    arbejder med sundhedsfremme og forebyggelse.\n",
        "Sund By Netværket",
    ),
    (
        "da",
        "Skive",
        "Netværk\n- Limfjordsbyernes Forum: kommunen blev medlem i 2017 og deltager i to møder om året om "
        "havne og turisme.\n- Nordisk Vikingeforum: Skive har været medlem siden 2020 og holder seminar hvert år.\n",
        "Limfjordsbyernes Forum",
    ),
    (
        "nb",
        "Røros",
        "Nettverk\n• Bergstedenes Forum: kommunen har vært medlem siden 2015 og deltar på samlingene to ganger "
        "i året sammen med andre bergsteder.\n",
        "Bergstedenes Forum",
    ),
    (
        "nb",
        "Lier",
        "Medlemskap\n  - Sunne kommuner: Lier ble medlem av nettverket i 2021 og rapporterer årlig om "
        "folkehelsearbeidet i kommunen.\n",
        "Sunne kommuner",
    ),
    (
        "nn",
        "Voss",
        "Nettverk\n- Fjellbygdenes Forum: kommunen vart medlem i 2020 og deltek på samlingane kvart år i "
        "september saman med andre fjellbygder.\n",
        "Fjellbygdenes Forum",
    ),
    (
        "nl",
        "Tiel",
        "Netwerken\n- Rivierensteden Platform: Tiel trad in 2021 toe tot dit platform van gemeenten langs de "
        "Waal en de Linge en neemt deel aan de werkgroepen.\n",
        "Rivierensteden Platform",
    ),
    (
        "nl",
        "Brugge",
        "Lidmaatschappen\n* Cittaslow: Brugge is sinds 2019 lid van deze internationale beweging van steden die "
        "kiezen voor rust en kwaliteit.\n",
        "Cittaslow",
    ),
]

NOT_MEMBER_HEADS = [
    (
        "da",
        "Tønder",
        "Netværk\n- Grænseregionen: kommunen arbejder sammen med nabokommunerne om trafik, turisme og beredskab "
        "på begge sider af grænsen.\n",
        "Grænseregionen",
    ),
    (
        "nb",
        "Lier",
        "Nettverk\n• Klimasatsing: kommunen bruker midler fra Klimasats til ladestasjoner og sykkelveier "
        "i sentrum og på skolene.\n",
        "Klimasatsing",
    ),
    (
        "nl",
        "Tiel",
        "Netwerken\n- Regio Rivierenland: Tiel werkt op het gebied van wonen, werken en mobiliteit samen met "
        "de buurgemeenten in de regio.\n",
        "Regio Rivierenland",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), MEMBER_HEADS)
def test_a_colon_closed_head_of_an_item_stating_membership_is_a_network(rows, language, town, text, name):
    assert name in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), NOT_MEMBER_HEADS)
def test_a_colon_closed_topic_or_region_is_no_network(rows, language, town, text, name):
    assert name not in rows(text, language, town)
