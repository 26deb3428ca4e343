"""A numbered chapter named for partners and networks ('4. Partners en netwerken', '3 Netværk og samarbejde') opens
on its own numbered sections ('4.1 Partnergemeenten', '3.2 Netværk og programmer'): those are the chapter's section
headings, not the items of a network list, so no section title becomes a network; the memberships stated in the
sections stay. A numbered list of networks under an unnumbered network heading is still a list."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

CHAPTERS = [
    (
        "nl",
        "Oldambt",
        "4. Partners en netwerken\n4.1 Partnergemeenten\n- Leer (Duitsland): samenwerking sinds 2015.\n\n"
        "4.2 Netwerken en programma's\nOldambt is lid van Cittaslow sinds 2019.\n",
    ),
    (
        "da",
        "Tønder",
        "3. Netværk og samarbejde\n3.1 Venskabsbyer\n- Niebüll (Tyskland) siden 1998.\n\n"
        "3.2 Netværk og programmer\nTønder Kommune er medlem af Cittaslow.\n",
    ),
    (
        "nb",
        "Eidskog",
        "5 Samarbeidspartnere og nettverk\n5.1 Vennskapskommuner\n- Arvika i Sverige.\n\n"
        "5.2 Nettverk og program\nEidskog kommune er medlem av Cittaslow.\n",
    ),
    (
        "nn",
        "Ulvik",
        "2. Nettverk og samarbeid\n2.1 Partnarar\n- Bolzano i Italia.\n\n"
        "2.2 Nettverk og program\nUlvik herad er medlem av Cittaslow.\n",
    ),
    (
        "nl",
        "Zelzate",
        "6. Netwerken\n6.1 Lidmaatschappen\n6.2 Europese projecten\n\nZelzate is lid van de VVSG.\n",
    ),
]


@pytest.mark.parametrize(("language", "town", "text"), CHAPTERS)
def test_a_chapters_numbered_sections_are_no_networks(language, town, text):
    titles = {line.split(" ", 1)[1] for line in text.split("\n") if line[:1].isdigit() and "." in line.split()[0][:-1]}
    found = networks(text, language, town)
    assert not titles & set(found)
    assert found  # the stated membership stays


def test_a_numbered_list_under_a_network_heading_stays_a_list():
    text = "Netwerken\n1. Cittaslow\n2. Klimaatverbond Nederland\n"
    assert {"Cittaslow", "Klimaatverbond Nederland"} <= set(networks(text, "nl", "Oldambt"))
