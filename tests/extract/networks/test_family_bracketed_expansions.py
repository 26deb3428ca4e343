"""A bracket after a known network that spells out its name ('Interreg NPA (Northern Periphery and Arctic)', 'CPMR
(Conference of Peripheral Maritime Regions)') holds no list of networks: the word after its 'and'/'og' is a piece of
the expansion, not an unknown network coordinated with the known one. A bracketed acronym of an unknown network
in a real list ('Nordisk Havneforum (NHF) og ICLEI') keeps the unknown network."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

EXPANSIONS = [
    (
        "da",
        "Qeqertalik",
        "Gennem projektet Arctic Youth Skills deltager Qeqertalik i Interreg NPA (Northern "
        "Periphery and Arctic) sammen med partnere i Island.",
        "Arctic)",
    ),
    (
        "nb",
        "Hammerfest",
        "Kommunen deltar i Interreg NPA (Northern Periphery and Arctic) gjennom to prosjekter.",
        "Arctic)",
    ),
    (
        "nn",
        "Vågå",
        "Kommunen er med i Interreg NPA (Nordleg Periferi og Arktis) gjennom prosjektet Fjellmat.",
        "Arktis)",
    ),
    (
        "nl",
        "Oostende",
        "De stad neemt deel aan Interreg 2 Zeeën (Frankrijk, Engeland, Vlaanderen en Nederland) "
        "via het project Kustlicht.",
        "Nederland)",
    ),
    (
        "da",
        "Ærø",
        "Ærø Kommune er medlem af CPMR (Conference of Peripheral Maritime Regions and Islands) via øsamarbejdet.",
        "Islands)",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "piece"), EXPANSIONS)
def test_a_piece_of_a_bracketed_expansion_is_no_network(language, town, text, piece):
    assert piece not in networks(text, language, town)


LISTS = [
    ("da", "Skive", "Skive er medlem af CIVITAS, Nordisk Havneforum (NHF) og ICLEI.", "Nordisk Havneforum"),
    ("nb", "Bodø", "Bodø er medlem av ICLEI, Nordisk Havneforum (NHF) og Eurocities.", "Nordisk Havneforum"),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), LISTS)
def test_an_unknown_network_with_its_acronym_in_a_list_stays(language, town, text, name):
    assert any(found.startswith(name) for found in networks(text, language, town))
