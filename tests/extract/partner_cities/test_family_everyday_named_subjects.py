"""A partner town named like an everyday word ('Minden', 'Ystad', 'Kemi') as the subject of a relation cue a few
words on, itself among its sentence's first words ('Minden werd in 1975 zusterstad', 'Sinds 1975 is Ystad
vennskapsby', 'Voss og Ystad er vennskapsbyer'), or right after the sentence's opening cooperation phrase ('Med
Ystad har vi en intensjonsavtale'): the capitalised word names the partner, as a cue right before it does. A page
counter ('Side 2 av 5'), an organisation ('Vik skole') a word far from any cue, an object ('Sammen med Lier
var Drammen vertskap for vennskapsbytreffet') or a place ('I Lund blev mødet holdt') stays an everyday word."""

from __future__ import annotations

import pytest

SUBJECTS = [
    ("nl", "Brummen", "Minden werd in 1975 zusterstad van Brummen.", {"Minden": ("twin", 1975)}),
    ("nl", "Brummen", "Sinds 1975 is Minden de zusterstad van Brummen.", {"Minden": ("twin", 1975)}),
    ("nb", "Voss", "Ystad ble vennskapsby i 1962.", {"Ystad": ("twin", 1962)}),
    ("nb", "Voss", "Voss og Ystad har vært vennskapsbyer siden 1962.", {"Ystad": ("twin", 1962)}),
    ("nn", "Odda", "Kemi vart vennskapsby med Odda i 1962.", {"Kemi": ("twin", 1962)}),
    ("da", "Viborg", "Lund blev Viborgs venskabsby i 1956.", {"Lund": ("twin", 1956)}),
    (
        "nb",
        "Kongsberg",
        "Med Ystad kommune har vi siden 2019 en intensjonsavtale om samarbeid om kultur.",
        {"Ystad": ("intention_agreement", 2019)},
    ),
    (
        "nl",
        "Brummen",
        "Met de stad Minden sloot Brummen in 1975 een samenwerkingsovereenkomst.",
        {"Minden": ("cooperation_agreement", 1975)},
    ),
    (
        "da",
        "Horsens",
        "Med Lund indgik kommunen i 2021 en samarbejdsaftale om uddannelse.",
        {"Lund": ("cooperation_agreement", 2021)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), SUBJECTS)
def test_an_everyday_named_town_as_a_cues_subject_is_a_partner(rows, language, town, text, expected):
    assert rows(text, language, town) == expected


EVERYDAY = [
    ("nb", "Voss", "Side 2 av 5 Vennskapsbyer"),
    ("da", "Aarhus", "Side 3 af 10 Venskabsbyer"),
    ("nb", "Voss", "Vik skole har en vennskapsskole i Kenya."),
    ("nb", "Voss", "Lund universitet er partner i prosjektet."),
    ("nl", "Enschede", "Lier is een mooie stad, maar de gemeente zoekt nog een partner."),
    ("nb", "Kongsberg", "Med Ystad som forbilde vil kommunen lage en plan for sentrum."),
    ("nb", "Kongsberg", "Sammen med Lier var Kongsberg vertskap for vennskapsbytreffet."),
    ("da", "Horsens", "I Lund blev venskabsbymødet holdt i år."),
]


@pytest.mark.parametrize(("language", "town", "text"), EVERYDAY)
def test_an_everyday_word_away_from_a_cue_is_no_partner(rows, language, town, text):
    assert rows(text, language, town) == {}
