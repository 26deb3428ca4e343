"""Family: a member-list item whose remark says the issuer takes part only through another body ("– via Region
Midtjylland; kommunen er ikke selv medlem", "niet aangesloten, wel via de provincie Limburg", "(ikkje sjølv
medlem, berre gjennom Vestland fylkeskommune)"): neither the network nor the route body (the region, the county,
the province) is a row, also when the bracketed remark runs longer than a few words. Look-alikes: the items
around it, a plain list item, a remark that only dates the membership. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

ROUTE_ITEMS = [
    (
        "da",
        "Vejby",
        "Kommunen er medlem af:\n• Eurocities\n• CPMR – via Region Midtjylland; kommunen er ikke selv medlem\n",
        {"Eurocities"},
    ),
    (
        "da",
        "Vejby",
        "Vi er med i disse netværk:\n• ICLEI\n• Energy Cities – kun gennem Region Nordjylland\n",
        {"ICLEI"},
    ),
    (
        "nb",
        "Fjellby",
        "Kommunen er medlem av:\n  • Eurocities\n  • CPMR (ikke selv medlem, bare gjennom Troms "
        "fylkeskommune og regionrådet)\n",
        {"Eurocities"},
    ),
    (
        "nn",
        "Dalby",
        "Kommunen er medlem av:\n  • ICLEI\n  • Energy Cities (ikkje sjølv medlem, berre gjennom Vestland "
        "fylkeskommune sitt medlemskap)\n",
        {"ICLEI"},
    ),
    (
        "nl",
        "Beekdorp",
        "De gemeente is lid van:\n- Eurocities\n- Energy Cities: niet aangesloten, wel via de provincie Limburg\n",
        {"Eurocities"},
    ),
    (
        "nl",
        "Beekdorp",
        "Lidmaatschappen:\n1. ICLEI\n2. CPMR – via de provincie Zeeland, de gemeente is geen lid\n",
        {"ICLEI"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), ROUTE_ITEMS)
def test_a_list_item_held_only_through_another_body_gives_neither_row(language, town, text, expected):
    assert networks(text, language, town) == expected


OWN_ITEMS = [
    (
        "da",
        "Vejby",
        "Kommunen er medlem af:\n• Eurocities (medlem siden 2015, tilsluttet efter byrådsbeslutning)\n",
        {"Eurocities"},
    ),
    (
        "nb",
        "Fjellby",
        "Kommunen er medlem av:\n  • ICLEI (medlem siden 2012, vedtatt i kommunestyret i mai)\n",
        {"ICLEI"},
    ),
    (
        "nl",
        "Beekdorp",
        "De gemeente is lid van:\n- Energy Cities (sinds 2019)\n- Eurocities\n",
        {"Energy Cities", "Eurocities"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), OWN_ITEMS)
def test_a_list_item_the_issuer_holds_itself_still_counts(language, town, text, expected):
    assert networks(text, language, town) == expected


UNKNOWN_NAMES = [
    (
        "da",
        "Vejby",
        "Kommunen er medlem af:\n• ICLEI\n• Kystbyernes Netværk – kommunen er ikke selv medlem\n",
        {"ICLEI"},
    ),
    ("nb", "Fjellby", "Vi er med i:\n  • ICLEI\n  • Fjordbyforum – bare gjennom Troms fylkeskommune\n", {"ICLEI"}),
    ("nn", "Dalby", "Vi er med i:\n  • ICLEI\n  • Fjellbyforum – ikkje medlem, berre gjennom regionrådet\n", {"ICLEI"}),
    (
        "nl",
        "Beekdorp",
        "De gemeente is lid van:\n1. ICLEI\n2. Netwerk Groene Dorpen – niet aangesloten, de gemeente doet mee via de "
        "provincie Drenthe\n",
        {"ICLEI"},
    ),
    (
        "da",
        "Vejby",
        "Kommunen er medlem af:\n• ICLEI\n• Kystbyernes Netværk – medlem siden 2019\n",
        {"ICLEI", "Kystbyernes Netværk"},
    ),
    (
        "nl",
        "Beekdorp",
        "De gemeente is lid van:\n- ICLEI\n- Netwerk Groene Dorpen – lid sinds 2021\n",
        {"ICLEI", "Netwerk Groene Dorpen"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), UNKNOWN_NAMES)
def test_an_unknown_name_in_a_list_item_follows_its_remark(language, town, text, expected):
    assert networks(text, language, town) == expected


SELF_DENIALS = [
    (
        "nb",
        "Fjellby",
        "Kommunen er medlem av:\n  • ICLEI\n  • Energy Cities, via Troms fylkeskommune sitt\n"
        "    medlemskap (Fjellby er ikke selv medlem)\n",
        {"ICLEI"},
    ),
    (
        "da",
        "Vejby",
        "Vi er medlem af:\n• ICLEI\n• CPMR, gennem Region Syddanmarks plads (Vejby er ikke selv medlem)\n",
        {"ICLEI"},
    ),
    (
        "nn",
        "Dalby",
        "Kommunen er med i:\n  • ICLEI\n  • CPMR, der fylket sit i styret; Dalby er ikkje sjølv medlem\n",
        {"ICLEI"},
    ),
    (
        "nl",
        "Beekdorp",
        "De gemeente is lid van:\n- ICLEI\n- CPMR, waar de provincie Zeeland actief is (Beekdorp is zelf geen lid)\n",
        {"ICLEI"},
    ),
    ("da", "Vejby", "Vi er medlem af:\n• ICLEI, hvor Vejby selv er medlem, ikke kun regionen\n", {"ICLEI"}),
    ("nl", "Beekdorp", "De gemeente is lid van:\n- ICLEI (Beekdorp is zelf lid sinds 2014)\n", {"ICLEI"}),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), SELF_DENIALS)
def test_an_item_that_denies_the_issuers_own_membership_later_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected
