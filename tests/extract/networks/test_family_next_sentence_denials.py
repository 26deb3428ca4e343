"""A network named in one sentence and denied in the very next one of the same paragraph ('Hamont-Achel draagt
de titel Fairtrade Gemeente. Dat is een erkenning, geen lidmaatschap.') is not held: the denial has no other body
to speak of. A next sentence that names another network, or denies something other than membership, or names a body
of its own after the denial, or opens another list item, leaves the network held."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

DENIED = [
    (
        "nl",
        "Bree",
        "Sinds 2019 draagt Bree de titel Fairtrade Gemeente. Dat is een erkenning, geen lidmaatschap.",
        "Fairtrade",
    ),
    ("nl", "Lommel", "De stad volgt de werkgroepen van Energy Cities.\nDe gemeente is geen lid.", "Energy Cities"),
    (
        "da",
        "Fanø",
        "Fanø har i flere år haft titlen Fairtrade Kommune. Det er en anerkendelse, ikke et medlemskab.",
        "Fairtrade",
    ),
    ("da", "Læsø", "Kommunen følger arbejdet i Eurocities på afstand. Kommunen er ikke selv medlem.", "Eurocities"),
    ("nb", "Røst", "Røst får nyhetsbrev fra Energy Cities. Kommunen er ikke medlem.", "Energy Cities"),
    ("nn", "Selje", "Kommunen følgjer arbeidet i Eurocities. Kommunen er ikkje medlem.", "Eurocities"),
]

HELD = [
    ("nl", "Bree", "Bree is lid van Energy Cities. De gemeente is geen lid van Eurocities.", "Energy Cities"),
    ("da", "Fanø", "Fanø er medlem af Eurocities. Det er ikke gratis, men det betaler sig.", "Eurocities"),
    ("nb", "Røst", "Røst er medlem av Energy Cities. Kommunen er ikke medlem av styret i Nordland.", "Energy Cities"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "network"), DENIED)
def test_a_network_denied_in_the_next_sentence_is_not_held(language, issuer, text, network):
    assert network not in networks(text, language, issuer)


@pytest.mark.parametrize(("language", "issuer", "text", "network"), HELD)
def test_a_next_sentence_about_something_else_keeps_the_network(language, issuer, text, network):
    assert network in networks(text, language, issuer)


def test_a_next_list_item_is_no_remark_on_the_network_before():
    text = "Netwerken\n- Energy Cities: lid sinds 2015.\n- Interne werkgroep: de raad is geen lid."
    assert "Energy Cities" in networks(text, "nl", "Bree")


def test_a_listed_name_denied_after_its_item_is_not_held():
    text = (
        "Netwerken\n- Eurocities: de stad is lid sinds 2015.\n"
        "- Groene Vlag: sinds 2020 draagt de stad de titel Groene Vlag.\n  Dat is een erkenning, geen lidmaatschap.\n"
    )
    assert "Groene Vlag" not in networks(text, "nl", "Bree")
