"""A long item under a network heading: its head ('Name – ...') is a network when the rest of the item states the
issuer's membership; a topic or a region heading an item about something else is no network. A capitalised word
inside the item ('de Achterhoek Board') is part of a name, no statement of membership."""

from __future__ import annotations

import pytest

MEMBER_HEADS = [
    (
        "nl",
        "Zutphen",
        "NETWERKEN\n* IJsselsteden Overleg – Zutphen is sinds 2012 lid van dit overleg van steden aan de "
        "IJssel en werkt mee aan de jaarlijkse dagen.\n",
        "IJsselsteden Overleg",
    ),
    (
        "da",
        "Ribe",
        "Netværk\n- Nordisk Vikingeforum – Ribe blev medlem i 2018 og deltager hvert år i det fælles "
        "seminar om kulturarv og turisme.\n",
        "Nordisk Vikingeforum",
    ),
    (
        "nb",
        "Røros",
        "Nettverk\n• Bergstedenes Forum – kommunen har vært medlem siden 2015 og deltar på "
        "samlingene to ganger i året.\n",
        "Bergstedenes Forum",
    ),
    (
        "nn",
        "Voss",
        "Nettverk\n- Fjellbygdenes Forum – kommunen vart medlem i 2020 og deltek på samlingane kvart år i september.\n",
        "Fjellbygdenes Forum",
    ),
    (
        "nl",
        "Tiel",
        "Netwerken\n- Rivierensteden Platform – Tiel trad in 2021 toe tot dit platform van gemeenten langs "
        "de Waal en de Linge.\n",
        "Rivierensteden Platform",
    ),
]

TOPIC_HEADS = [
    (
        "nl",
        "Winterswijk",
        "NETWERKEN EN PROGRAMMA’S\n* Duurzaamheid – Winterswijk heeft in 2025 besloten om zich aan te "
        "sluiten bij het Klimaatverbond; de aanmelding volgt in 2026.\n",
        "Duurzaamheid",
    ),
    (
        "nl",
        "Aalten",
        "NETWERKEN\n* Achterhoek – Aalten werkt in de regio samen met de andere Achterhoekse gemeenten in de "
        "Achterhoek Board (regionale samenwerking).\n",
        "Achterhoek",
    ),
    (
        "da",
        "Tønder",
        "Netværk\n- Grænseregionen – kommunen arbejder sammen med nabokommunerne om trafik, turisme og "
        "beredskap på begge sider af grænsen.\n",
        "Grænseregionen",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), MEMBER_HEADS)
def test_the_head_of_an_item_stating_membership_is_a_network(rows, language, town, text, name):
    assert name in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), TOPIC_HEADS)
def test_a_topic_or_region_heading_an_item_is_no_network(rows, language, town, text, name):
    assert name not in rows(text, language, town)
