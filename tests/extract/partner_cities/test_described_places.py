"""A place named after a capitalised adjective that describes it ('het Duitse Siegen', 'the Chinese city of
Harbin') is a place, not a person's surname; after a first name ('Peter Breda') it is a person."""

from __future__ import annotations

import pytest

DESCRIBED = [
    ("De stedenband met het Duitse Siegen bestaat dertig jaar.", "nl", "Siegen"),
    ("De zusterstadrelatie met het Chinese Harbin staat ter discussie.", "nl", "Harbin"),
    ("Onze partnerstad, het Finse Kuopio, stuurde een delegatie.", "nl", "Kuopio"),
    ("Sinds 1991 is het Poolse Gdynia onze zusterstad.", "nl", "Gdynia"),
    ("De raad stemde in met een stedenband met het Estse Tartu.", "nl", "Tartu"),
    ("Our twin town, the Chinese city of Harbin, sent a letter.", "en", "Harbin"),
    ("The council confirmed the twin town link with the German Siegen.", "en", "Siegen"),
]

PEOPLE = [
    ("De wethouder sprak met Peter Breda over de stedenband.", "nl"),
    ("Over de zustersteden sprak raadslid Willem Tilburg.", "nl"),
]


@pytest.mark.parametrize(("text", "language", "city"), DESCRIBED)
def test_a_place_after_a_describing_adjective_is_a_partner(rows, text, language, city):
    assert set(rows(text, language, "Zwolle")) == {city}


@pytest.mark.parametrize(("text", "language"), PEOPLE)
def test_a_place_name_after_a_first_name_is_a_person(rows, text, language):
    assert rows(text, language, "Zwolle") == {}
