"""A relation named first and then said never to have been formalised, signed or concluded ('Vennskapsavtalen med
Pärnu vart aldri formalisert', 'De stedenband met Lier is nooit ondertekend'): the tie never existed, so the town in
that clause is no partner. A tie only not signed yet ('ennå ikke', 'nog niet') stays what the sentence calls it, an
ended tie ('ikke lenger') keeps its relation, and a denial after 'men' leaves the relation before it alone."""

from __future__ import annotations

import pytest

NEVER = [
    ("nb", "Gjøvik", "Vennskapsbyavtalen med Rauma ble aldri formalisert, selv om ordførerne møttes to ganger."),
    ("nb", "Hamar", "Hamar hadde kontakt med Gävle på 1980-tallet, men en vennskapsavtale ble aldri undertegnet."),
    ("nn", "Voss", "Vennskapsavtalen med Ruka vart aldri formalisert."),
    ("nn", "Stord", "Stord hadde ei tid kontakt med Lerwick, men avtala vart aldri underteikna."),
    ("da", "Vejle", "Venskabsbyaftalen med Kotka blev aldrig formaliseret."),
    ("da", "Skive", "I 1990'erne var der besøg fra Kalisz, men en samarbejdsaftale blev aldrig underskrevet."),
    ("nl", "Venlo", "De stedenband met Mönchengladbach is nooit ondertekend."),
    ("nl", "Tielt", "Er waren contacten met Ieper, maar de verbroedering werd nooit officieel bekrachtigd."),
]


@pytest.mark.parametrize(("language", "town", "text"), NEVER)
def test_a_tie_never_formalised_names_no_partner(rows, language, town, text):
    assert rows(text, language, town) == {}


STILL_TIES = [
    (
        "nb",
        "Gjøvik",
        "Gjøvik har vært vennskapsby med Kokkola siden 1958. Vennskapsavtalen med Tartu ble aldri formalisert.",
        {"Kokkola": ("twin", 1958)},
    ),
    (
        "da",
        "Vejle",
        "Vejle har en samarbejdsaftale med Lübeck fra 2016, men en venskabsbyaftale blev aldrig underskrevet.",
        {"Lübeck": ("cooperation_agreement", 2016)},
    ),
    (
        "nn",
        "Stord",
        "Stord har vore vennskapsby med Kalix sidan 1970; avtala er ikkje lenger aktiv.",
        {"Kalix": ("twin", 1970)},
    ),
    ("nl", "Venlo", "Venlo is sinds 1979 verbroederd met Krefeld.", {"Krefeld": ("twin", 1979)}),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), STILL_TIES)
def test_other_ties_beside_a_denial_stay(rows, language, town, text, expected):
    assert rows(text, language, town) == expected
