"""A list item that opens with a body's name and, after its colon, denies the issuer's membership ('- Euregio
Maas-Rijn: de stad ligt buiten het werkgebied en is geen lid') names no network of the issuer's. An item whose
remark states membership, or negates something else, keeps its network."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.networks.extractor import extract


def _names(text: str, language: str, municipality: str) -> set[str]:
    doc = document_from_text(text, language=language, municipality=municipality)
    return {row.network for row in extract(doc)}


DENIED = [
    (
        "nl",
        "Hamont-Achel",
        "Lidmaatschappen\n- Eurocities: de stad is lid sinds 2012.\n"
        "- Euregio Maas-Rijn: de stad ligt buiten het werkgebied en is geen lid.",
        "Euregio Maas-Rijn",
    ),
    (
        "nl",
        "Weert",
        "Netwerken\n- Energy Cities: de stad volgt de nieuwsbrief al jaren, maar is geen lid.\n"
        "- Eurocities: lid sinds 2015.",
        "Energy Cities",
    ),
    (
        "da",
        "Tønder",
        "Netværk\n- Eurocities: byen ligger uden for målgruppen og er ikke medlem.\n- Cittaslow: medlem siden 2012.",
        "Eurocities",
    ),
    (
        "nb",
        "Vardø",
        "Nettverk\n- Eurocities: byen er for liten til nettverket og er ikke medlem.\n- Cittaslow: medlem siden 2019.",
        "Eurocities",
    ),
    (
        "nn",
        "Voss",
        "Nettverk\n- Energy Cities: byen har følgt arbeidet sidan 2015, men er ikkje medlem.\n"
        "- Cittaslow: medlem sidan 2016.",
        "Energy Cities",
    ),
]

HELD = [
    (
        "nl",
        "Hamont-Achel",
        "Lidmaatschappen\n- Eurocities: de stad is lid, maar niet actief in de werkgroepen.",
        "Eurocities",
    ),
    ("da", "Tønder", "Netværk\n- Cittaslow: medlem siden 2012; ikke alle byer deltager i møderne.", "Cittaslow"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "network"), DENIED)
def test_an_item_whose_remark_denies_membership_names_no_network(language, issuer, text, network):
    assert network not in _names(text, language, issuer)


@pytest.mark.parametrize(("language", "issuer", "text", "network"), HELD)
def test_an_item_whose_remark_states_membership_keeps_its_network(language, issuer, text, network):
    assert network in _names(text, language, issuer)
