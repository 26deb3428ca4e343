"""A known network named with its regional branch ('Klimapartnere Møre og Romsdal', 'Klimapartnere Vestfold og
Telemark'): the region's own coordinator ('og') joins two parts of the region, so its last part is no second
network, whether a list or an explanation follows ('..., et regionalt nettverk'). A second network after the
coordinator of a list ('Cittaslow og Grænsenetværket, et netværk ...') stays one."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

QUALIFIED = [
    ("nb", "Kristiansund", "Kristiansund kommune er med i Klimapartnere Møre og Romsdal, et regionalt nettverk."),
    ("nb", "Bodø", "Bodø kommune er med i Klimapartnere Nordland og Trøndelag."),
    ("nn", "Ørsta", "Ørsta kommune vart i 2022 med i Klimapartnarar Møre og Romsdal, eit nettverk for klimaarbeid."),
    ("nb", "Skien", "Skien kommune er partner i Klimapartnere Vestfold og Telemark, et nettverk av virksomheter."),
    ("nn", "Stord", "Stord kommune er med i Klimapartnarar Sunnhordland og Hardanger."),
]


@pytest.mark.parametrize(("language", "town", "text"), QUALIFIED)
def test_the_regions_last_part_is_no_network(language, town, text):
    assert networks(text, language, town) == {"Klimapartnere"}


SECOND_NETWORK = [
    (
        "da",
        "Tønder",
        "Tønder Kommune er medlem af Cittaslow og Grænsenetværket, et netværk for byer i grænselandet.",
        {"Cittaslow", "Grænsenetværket"},
    ),
    (
        "nl",
        "Sittard-Geleen",
        "Sittard-Geleen is lid van Klimaatverbond Nederland en Grensnet Limburg, een netwerk van grensgemeenten.",
        {"Klimaatverbond Nederland", "Grensnet Limburg"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), SECOND_NETWORK)
def test_a_second_network_after_a_list_coordinator_stays(language, town, text, expected):
    assert networks(text, language, town) == expected
