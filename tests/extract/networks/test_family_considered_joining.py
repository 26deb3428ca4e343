"""A consideration governing a joining verb in the clause before a network ('overvejer at melde sig ind i det
europæiske ø-netværk X', 'vurderte å melde seg inn i X'): joining is only considered, however long the network's
description between them. A joining after the consideration ('Efter at have overvejet det meldte kommunen sig ind i
X') or a membership stated after a consideration of something else is a membership."""

from __future__ import annotations

import pytest

CONSIDERED = [
    (
        "da",
        "Læsø",
        "Borgmesteren oplyste, at kommunen overvejer at melde sig ind i det europæiske ø-netværk "
        "Energy Cities, men der er ikke truffet beslutning.",
        "Energy Cities",
    ),
    (
        "nb",
        "Askøy",
        "Ordføreren minnet om at kommunen i fjor vurderte å melde seg inn i Eurocities, men at dette ble lagt bort.",
        "Eurocities",
    ),
    (
        "nn",
        "Stord",
        "Kommunen vurderer å melde seg inn i det nordiske nettverket for kystbyar Eurocities.",
        "Eurocities",
    ),
    (
        "nl",
        "Gouda",
        "Het college overweegt om zich aan te sluiten bij het Europese netwerk van energiesteden Energy Cities.",
        "Energy Cities",
    ),
    (
        "da",
        "Ærø",
        "Vi undersøger, om vi skal tilslutte os det internationale klimanetværk Energy Cities.",
        "Energy Cities",
    ),
]

MEMBERS = [
    (
        "da",
        "Ærø",
        "Efter at have overvejet det i et år meldte kommunen sig ind i Energy Cities i 2020.",
        "Energy Cities",
    ),
    ("nb", "Askøy", "Etter å ha vurdert saken ble kommunen medlem av Eurocities i 2019.", "Eurocities"),
    ("nl", "Gouda", "Na lang overwegen werd de gemeente in 2021 lid van Energy Cities.", "Energy Cities"),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), CONSIDERED)
def test_a_considered_joining_is_no_membership(rows, language, town, text, name):
    assert name not in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), MEMBERS)
def test_a_joining_after_a_consideration_is_a_membership(rows, language, town, text, name):
    assert name in rows(text, language, town)
