"""A yes/no question about membership ('3) Er kommunen medlem af internationale netværk?', 'Is de gemeente lid van
een Europees netwerk?') is answered in prose below it, often under answer labels ('Svar', 'Ad 1)', 'Antwoord'): no
list heading, so the lines under it name no network. A question opening on a question word ('Waar zijn we lid
van?', 'Hvilke nettverk er vi med i?') heads the list of networks under it."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

ANSWERED = [
    (
        "da",
        "Sorø",
        "Dine spørgsmål\n  a) Er kommunen med i et europæisk netværk?\n  b) Hvor mange venskabsbyer har Sorø?\n\n"
        "Svar\nAd a)\nSorø er medlem af Energy Cities.\n\nAd b)\nKommunen har tre venskabsbyer.",
        {"Energy Cities"},
    ),
    (
        "nl",
        "Heeze-Leende",
        "Vraag 2. Is de gemeente lid van een Europees netwerk?\n\nAntwoord\nJa, de gemeente is sinds 2019 lid van "
        "Energy Cities.",
        {"Energy Cities"},
    ),
    (
        "nb",
        "Hurdal",
        "Er kommunen med i noen nettverk?\n\nSvar fra ordføreren\nSvar på spørsmål 1\nKommunen er medlem av "
        "Sunne kommuner.",
        {"Sunne kommuner"},
    ),
    (
        "nn",
        "Ulvik",
        "Spørsmål 3: Er kommunen medlem av internasjonale nettverk?\n\nSvar\nTil spørsmål 3\nUlvik er ikkje "
        "medlem av nokon internasjonale nettverk.",
        set(),
    ),
    (
        "da",
        "Lejre",
        "Bør kommunen melde sig ind i et netværk?\n\nBesvarelse\nUdvalget drøfter sagen i maj.",
        set(),
    ),
]

LISTED_UNDER_A_QUESTION_WORD = [
    ("nl", "Asten", "Waar zijn we lid van?\nEnergy Cities\nCittaslow", {"Energy Cities", "Cittaslow"}),
    ("nb", "Hurdal", "Hvilke nettverk er vi med i?\nSunne kommuner\nCittaslow", {"Sunne kommuner", "Cittaslow"}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ANSWERED)
def test_lines_under_a_yes_no_question_name_no_network(language, issuer, text, expected):
    assert networks(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LISTED_UNDER_A_QUESTION_WORD)
def test_a_question_word_heading_still_heads_its_list(language, issuer, text, expected):
    assert networks(text, language, issuer) == expected
