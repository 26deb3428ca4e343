"""A town whose agreement its own sentence, or the one right after it, says is no twinning ('Het gaat uitdrukkelijk niet
om een verbroedering', 'Avtalen er ikkje ein vennskapsavtale') keeps that agreement's relation, even where a heading
on a twin-town page types another of its mentions as a twin. A twin cue of its own still makes it a twin."""

from __future__ import annotations

import pytest

DENIED = [
    (
        "nl",
        "Aalst",
        "Zustersteden\n\nSamenwerking met Rijsel\nSinds 2015 heeft Aalst een samenwerkingsovereenkomst met Rijsel. Het"
        " gaat uitdrukkelijk niet om een verbroedering.",
        {"Lille": ("cooperation_agreement", 2015)},
    ),
    (
        "nn",
        "Utsira",
        "Venskapskommunar\n\nKÖKAR, ÅLAND\nI 2016 inngjekk Utsira ein samarbeidsavtale med Kökar. Avtalen er ikkje ein"
        " vennskapsavtale.",
        {"Kökar": ("cooperation_agreement", 2016)},
    ),
    (
        "da",
        "Sønderborg",
        "Venskabsbyer\n\nSamarbejde med Flensborg\nSiden 2019 har Sønderborg en samarbejdsaftale med Flensborg. Aftalen"
        " er ikke en venskabsbyaftale.",
        {"Flensburg": ("cooperation_agreement", 2019)},
    ),
    (
        "nb",
        "Bodø",
        "Vennskapsbyer\n\nSamarbeid med Luleå\nI 2012 inngikk Bodø en samarbeidsavtale med Luleå. Dette er ikke en"
        " vennskapsbyavtale.",
        {"Luleå": ("cooperation_agreement", 2012)},
    ),
    (
        "nl",
        "Heerlen",
        "Onze zustersteden\n\nSamenwerking met Aken\nIn 2018 sloot Heerlen een samenwerkingsovereenkomst met Aken, maar"
        " geen verbroedering.",
        {"Aachen": ("cooperation_agreement", 2018)},
    ),
]

TWIN_ALL_THE_SAME = [
    (
        "nl",
        "Aalst",
        "Zustersteden\n\nSamenwerking met Rijsel\nSinds 2015 heeft Aalst een samenwerkingsovereenkomst"
        " met Rijsel. Rijsel"
        " is ook onze zusterstad.",
        {"Lille": ("twin", 2015)},
    ),
    (
        "nb",
        "Bodø",
        "Vennskapsbyer\n\nLuleå\nLuleå har vært vennskapsby siden 1960. I 2012 inngikk Bodø også en"
        " samarbeidsavtale med"
        " Luleå.",
        {"Luleå": ("twin", 1960)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DENIED)
def test_an_agreement_denied_as_twinning_outweighs_a_twin_page_heading(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), TWIN_ALL_THE_SAME)
def test_a_town_called_a_twin_in_its_own_sentence_stays_a_twin(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
