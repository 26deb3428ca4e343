"""A Greenlandic or Faroese municipality writing Danish names its own towns ('Kommunens tre byer - Qaqortoq, Narsaq
og Nanortalik - ...') and then gives each town a heading over its own twin towns ('Qaqortoq' / '- Venskabsby: Nyborg').
Those towns lie outside the language's home country, so no domestic rule holds them: a town an own-town phrase names
is the issuer's own everywhere in the text, unless a relation cue names it directly ('venskabsby med Ilulissat'). A
page whose headings are the partners themselves keeps them."""

from __future__ import annotations

import pytest

OWN_TOWN_HEADINGS = [
    (
        "da",
        "Venskabsbyer\n\n"
        "Kommunens tre byer - Qaqortoq, Narsaq og Nanortalik - har hver deres venskabsbyer.\n\n"
        "Qaqortoq\n- Venskabsby: Nyborg, Danmark, siden 1981.\n\n"
        "Narsaq\n- Venskabsby: Skagen, Danmark, siden 1990.\n\n"
        "Nanortalik\n- Ingen aktuelle aftaler.\n",
        {"Nyborg": ("twin", 1981), "Skagen": ("twin", 1990)},
    ),
    (
        "da",
        "Internationalt samarbejde\n\n"
        "Kommunens byer, Ilulissat, Upernavik og Uummannaq, har gamle aftaler.\n\n"
        "Ilulissat\n- Venskabsby: Ringkøbing, Danmark (1985).\n\n"
        "Uummannaq\n- Venskabsby: Struer, Danmark (1993).\n",
        {"Ringkøbing": ("twin", 1985), "Struer": ("twin", 1993)},
    ),
    (
        "da",
        "Venskabsbyer\n\n"
        "Kommunen består af byerne Nuuk, Paamiut og Tasiilaq, som hver har venskabsbyer.\n\n"
        "Nuuk\n- Venskabsby: Aalborg, Danmark, siden 1976.\n\n"
        "Tasiilaq\n- Venskabsby: Vejle, Danmark, siden 1998.\n",
        {"Aalborg": ("twin", 1976), "Vejle": ("twin", 1998)},
    ),
    (
        "da",
        "Venskabsbyer\n\n"
        "Kommunens to byer - Sørvágur og Miðvágur - samarbejder med byer i Norden.\n\n"
        "Sørvágur\n- Venskabsby: Ålesund, Norge, siden 1988.\n\n"
        "Miðvágur\n- Venskabsby: Ærøskøbing, Danmark, siden 1995.\n",
        {"Ålesund": ("twin", 1988), "Ærøskøbing": ("twin", 1995)},
    ),
    (
        "da",
        "Venskabsbyer\n\n"
        "Kommunens to byer - Qasigiannguit og Aasiaat - har overtaget de gamle aftaler.\n\n"
        "Aasiaat\n- Venskabsby: Thisted, Danmark, siden 1986.\n\n"
        "Qasigiannguit\n- Samarbejdsaftale med Tromsø, Norge, fra 2021.\n",
        {"Thisted": ("twin", 1986), "Tromsø": ("cooperation_agreement", 2021)},
    ),
]

PARTNER_HEADINGS = [
    (
        "da",
        "Venskabsbyer\n\n"
        "Kommunens byer - Aasiaat og Kangaatsiaq - har ingen egne aftaler.\n\n"
        "Kommunen har siden 2015 været venskabsby med Ilulissat.\n",
        {"Ilulissat": ("twin", 2015)},
    ),
    (
        "da",
        "Venskabsbyer\n\n"
        "Vores venskabsbyer er Qaqortoq og Narsaq i Grønland.\n\n"
        "Qaqortoq\n- Venskabsby siden 1981.\n\n"
        "Narsaq\n- Venskabsby siden 1990.\n",
        {"Qaqortoq": ("twin", 1981), "Narsaq": ("twin", 1990)},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OWN_TOWN_HEADINGS)
def test_an_own_town_heading_over_its_twin_towns_is_no_partner(rows, language, text, expected):
    assert rows(text, language, "Testkommune") == expected


@pytest.mark.parametrize(("language", "text", "expected"), PARTNER_HEADINGS)
def test_a_town_named_by_a_cue_or_as_a_partner_heading_stays_a_partner(rows, language, text, expected):
    assert rows(text, language, "Testkommune") == expected
