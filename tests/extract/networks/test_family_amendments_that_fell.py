"""Minutes quote an amendment under its label ('Ændringsforslag fra X (Ø):', 'Endringsforslag frå Y (SV):') and
record that it fell ('Ændringsforslaget faldt', 'Endringsforslaget falt med 6 mot 29', 'Endringsframlegget fall'):
a network the amendment would have joined is no membership. An amendment that was adopted keeps it. Texts written
for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

FELL = [
    (
        "da",
        'Ændringsforslag fra Ole Holm (Ø):\n"Kommunen melder sig samtidig ind i ICLEI."\n'
        "For ændringsforslaget stemte 4 (Ø). Imod stemte 21. Ændringsforslaget faldt.\n",
        "ICLEI",
    ),
    (
        "da",
        "Ændringsforslag fra Venstre: Kommunen tilslutter sig Eurocities.\n"
        "Ændringsforslaget blev forkastet med 8 stemmer mod 19.\n",
        "Eurocities",
    ),
    (
        "nb",
        "Endringsforslag fra Per Dahl (MDG):\n«Kommunen melder seg inn i ICLEI fra 2027.»\n"
        "Endringsforslaget falt med 6 mot 29 stemmer.\nInnstillingen ble enstemmig vedtatt.\n",
        "ICLEI",
    ),
    (
        "nn",
        "Endringsframlegg frå Guro Vik (SV): «Kommunen søkjer medlemskap i Energy Cities.»\n"
        "Endringsframlegget fall med 4 mot 21 røyster.\n",
        "Energy Cities",
    ),
    (
        "nl",
        'Amendement van de fractie Groen: "De gemeente treedt toe tot Energy Cities."\n'
        "Het amendement wordt verworpen met 8 stemmen voor en 17 tegen.\n",
        "Energy Cities",
    ),
]

ADOPTED = [
    (
        "da",
        "Ændringsforslag fra Venstre: Kommunen tilslutter sig Eurocities.\n"
        "Ændringsforslaget blev vedtaget med 19 stemmer mod 8.\n",
        "Eurocities",
    ),
    (
        "nb",
        "Endringsforslag fra Per Dahl (MDG): «Kommunen melder seg inn i ICLEI fra 2027.»\n"
        "Endringsforslaget ble vedtatt med 25 mot 10 stemmer.\n",
        "ICLEI",
    ),
]


@pytest.mark.parametrize(("language", "text", "network"), FELL)
def test_a_network_in_an_amendment_that_fell_is_no_row(language: str, text: str, network: str) -> None:
    assert network not in networks(text, language, "Vejle")


@pytest.mark.parametrize(("language", "text", "network"), ADOPTED)
def test_an_adopted_amendment_keeps_its_network(language: str, text: str, network: str) -> None:
    assert network in networks(text, language, "Vejle")
