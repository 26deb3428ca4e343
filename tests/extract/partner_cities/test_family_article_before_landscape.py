"""In Dutch a town takes no article: a name right after 'de' or 'het' is a river or landscape ('rond de Leie',
'in de Kempen', 'langs de Waal'), even when a town elsewhere bears that name or the name is one of a town's
alternate names. The same name after a preposition, a town noun or a nationality word stays a town."""

from __future__ import annotations

import pytest

LANDSCAPES = [
    (
        "Wervik",
        "Wervik en Wervicq-Sud (Frankrijk) werken al sinds 1998 samen rond de\n  Leie, met een "
        "samenwerkingsovereenkomst.",
        "Leiden",
    ),
    ("Turnhout", "Met zusterstad Dormagen (Duitsland) werkt Turnhout aan fietstoerisme in de Kempen.", "Kempen"),
    ("Nijmegen", "Samen met partnerstad Kleve (Duitsland) legde Nijmegen een fietsroute aan langs de Waal.", "Waal"),
    (
        "Venlo",
        "Het Interreg-project met partnerstad Nettetal (Duitsland) gaat over natuur langs de Kempen en de Waal.",
        "Kempen",
    ),
    (
        "Culemborg",
        "De stedenband met Kleve (Duitsland) leidde tot uitwisselingen over het\nWaal-gebied en de Waal.",
        "Waal",
    ),
    (
        "Brecht",
        "Onze partnergemeente Kempen (Duitsland) en Brecht delen een geschiedenis; ons dorp ligt in "
        "het hart van de Kempen.",
        "Kempen",
    ),
]


@pytest.mark.parametrize(("town", "text", "place"), LANDSCAPES[:-1])
def test_a_name_after_an_article_is_no_partner(rows, town, text, place):
    assert place not in rows(text, "nl", town)


def test_a_partner_named_before_its_landscape_stays_a_partner(rows):
    town, text, place = LANDSCAPES[-1]
    assert place in rows(text, "nl", town)


TOWNS = [
    ("Wervik", "Wervik heeft sinds 1975 een verbroedering met Kempen in Duitsland.", "Kempen"),
    ("Turnhout", "Sinds 1975 is de Duitse stad Kempen de zusterstad van Turnhout.", "Kempen"),
    ("Brecht", "De zusterstad van Brecht is het Duitse Kempen, sinds 1980.", "Kempen"),
]


@pytest.mark.parametrize(("town", "text", "place"), TOWNS)
def test_a_town_after_a_preposition_or_describer_stays_a_partner(rows, town, text, place):
    assert place in rows(text, "nl", town)
