"""A network the text denies, or holds only through another body, in one sentence ('deltar i Barentsrådet gjennom
Finnmark fylkeskommune, men er ikke selv medlem') and names again in the next ('Barents Euro-Arctic Council er et
mellomstatlig organ'): the second sentence may not borrow the first one's participation word, which the denial
already answered. A network named again in a sentence of its own that states membership still counts, and one
that was never stopped keeps reading the sentence before."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

STOPPED = [
    (
        "nb",
        "Nordkapp",
        "Kommunen deltar i arbeidet i Barentsrådet gjennom Finnmark fylkeskommune, men er ikke selv medlem. "
        "Arktisk råd og Barents Euro-Arctic Council er mellomstatlige organer.",
        "Barents Regional Council",
    ),
    (
        "nb",
        "Vadsø",
        "Kommunen deltar i Barentsrådet gjennom fylkeskommunen, men er ikke selv medlem. Arktisk råd og "
        "Barentsrådet er mellomstatlige organer.",
        "Barents Regional Council",
    ),
    (
        "nn",
        "Vardø",
        "Kommunen deltek i Barentsrådet gjennom fylkeskommunen og er ikkje sjølv medlem. Arktisk råd og "
        "Barentsrådet er mellomstatlege organ.",
        "Barents Regional Council",
    ),
    (
        "nl",
        "Kerkrade",
        "De gemeente neemt deel aan Eurocities via de VNG en is zelf geen lid. Zowel Eurocities als Energy Cities "
        "zijn netwerken van steden.",
        "Eurocities",
    ),
    (
        "da",
        "Sønderborg",
        "Kommunen deltager i Eurocities gennem KL, men er ikke selv medlem. Både Eurocities og Energy Cities "
        "samler store byer.",
        "Eurocities",
    ),
]

HELD = [
    (
        "nb",
        "Nordkapp",
        "Kommunen er ikke medlem av Eurocities. Kommunen ble medlem av Nordic Safe Cities i 2024.",
        "Nordic Safe Cities",
    ),
    (
        "nl",
        "Heerlen",
        "Heerlen is sinds 2019 lid van Eurocities. Eurocities is een netwerk van grote steden.",
        "Eurocities",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), STOPPED)
def test_a_stopped_network_named_again_does_not_borrow_the_stopping_sentence(language, town, text, network):
    assert network not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), HELD)
def test_a_membership_stated_again_or_never_stopped_still_counts(language, town, text, network):
    assert network in networks(text, language, town)
