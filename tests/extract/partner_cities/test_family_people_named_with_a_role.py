"""People named with a role on a contact or signature line ('Kontakt: rådgiver Anne Lund, tlf.', 'Jan Heide,
voorzitter'): a surname that is also a town's is no partner town, before or after the role, in any language. A town
named as a partner beside a role word ('... ordfører Anna Eriksson', 'met Bad Kreuznach, voorzitter ...') stays."""

from __future__ import annotations

import pytest

PAGE = {
    "nb": "Vennskapsbyer\n\nKommunen har vennskapsbyer i Sverige og Finland: Kalmar og Kuopio.\n\n",
    "nn": "Vennskapskommunar\n\nKommunen har vennskapskommunar i Sverige og Finland: Kalmar og Kuopio.\n\n",
    "da": "Venskabsbyer\n\nKommunen har venskabsbyer i Sverige og Finland: Kalmar og Kuopio.\n\n",
    "nl": "Stedenbanden\n\nDe gemeente heeft stedenbanden met Kalmar (Zweden) en Kuopio (Finland).\n\n",
}

PEOPLE = [
    ("nb", "Askim", "Kontakt: rådgiver Anne Lund, tlf. 69 81 00 00", "Lund"),
    ("nn", "Voss", "Kontaktperson: kultursjef Randi Moss, tlf. 56 51 94 00", "Moss"),
    ("da", "Skive", "Kontakt: konsulent Mette Holstebro, tlf. 99 15 55 00", "Holstebro"),
    ("nl", "Hooglede", "Jan Heide, voorzitter          Els Peeters, algemeen directeur", "Heide"),
    ("nl", "Oss", "Voor vragen: beleidsmedewerker Karin Venlo, telefoon 14 0412", "Venlo"),
    ("nb", "Harstad", "Anders Berg Narvik, prosjektleder", "Narvik"),
]


@pytest.mark.parametrize(("language", "town", "line", "surname"), PEOPLE)
def test_a_surname_next_to_a_role_is_no_partner(rows, language, town, line, surname):
    got = rows(PAGE[language] + line + "\n", language, town)
    assert {"Kalmar", "Kuopio"} <= set(got)
    assert surname not in got


PLACES = [
    (
        "nb",
        "Askim",
        "Askim og Lund ble vennskapsbyer i 1987. Avtalen ble signert av ordfører Anna Eriksson.\n",
        "Lund",
    ),
    (
        "nl",
        "Oss",
        "Stedenbanden\n\nSinds 1990 heeft Oss een stedenband met Bad Kreuznach, voorzitter van het comité "
        "is Jan Smit.\n",
        "Bad Kreuznach",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "city"), PLACES)
def test_a_town_beside_a_role_word_stays_a_place(rows, language, town, text, city):
    assert city in rows(text, language, town)
