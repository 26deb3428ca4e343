"""A list item names a body and, after a spaced dash, says the issuer left it or is no member ('* Cittaslow -
Koksijde is in 2022 uit dit netwerk gestapt en is dus geen lid meer'): the remark speaks of the name, no row. A
dashed remark that states membership keeps its row, and a hyphen inside a compound sets off no remark. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

DENIED = [
    ("nl", "Koksijde", "Lidmaatschappen\n* Eurocities - lid sinds 2015.\n"
     "* Cittaslow - Koksijde is in 2022 uit dit netwerk gestapt en is dus geen lid meer.\n", "Cittaslow"),
    ("nl", "De Panne", "Netwerken\n- Energy Cities – de gemeente stapte in 2021 uit het netwerk en is geen lid meer.\n",
     "Energy Cities"),
    ("da", "Tønder", "Netværk\n- Cittaslow – kommunen meldte sig ud i 2023 og er ikke længere medlem.\n", "Cittaslow"),
    ("nb", "Vardø", "Nettverk\n- Eurocities – kommunen er ikke medlem, men følger arbeidet.\n", "Eurocities"),
    ("nn", "Voss", "Nettverk\n- Energy Cities — kommunen er ikkje medlem lenger.\n", "Energy Cities"),
]

HELD = [
    ("nl", "Koksijde", "Lidmaatschappen\n* Cittaslow - Koksijde is lid sinds 2016.\n", "Cittaslow"),
    ("da", "Tønder", "Netværk\n- Cittaslow – kommunen er medlem siden 2012.\n", "Cittaslow"),
    ("nb", "Vardø", "Vardø er medlem av Cittaslow-nettverket og er ikke medlem av styret.\n", "Cittaslow"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), DENIED)
def test_a_dashed_remark_that_leaves_or_denies_membership_gives_no_row(
    language: str, town: str, text: str, network: str
) -> None:
    assert network not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), HELD)
def test_a_dashed_remark_stating_membership_or_a_compound_hyphen_keeps_the_row(
    language: str, town: str, text: str, network: str
) -> None:
    assert network in networks(text, language, town)
