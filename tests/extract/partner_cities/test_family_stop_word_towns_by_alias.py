"""A town of some size whose name is a stop word of another language ('Lille', Danish 'small'), where the
gazetteer holds the town's name from the alias file rather than as its own: it is a stop-word town like 'Kampen',
matched where the text lists it as a place (a relation cue, a country, a list with other towns), never as the
everyday word opening a sentence."""

from __future__ import annotations

import pytest

LISTED = [
    ("nl", "Eindhoven", "Eindhoven heeft een stedenband met Lille.", {"Lille": ("twin", None)}),
    (
        "nl",
        "Kortrijk",
        "Kortrijk werkt in het Interreg-project BorderLink samen met Roubaix en Lille.",
        {"Roubaix": ("project_partner", None), "Lille": ("project_partner", None)},
    ),
    (
        "nb",
        "Moss",
        "Moss har samarbeidsavtaler med Lille (Frankrike) og Gdynia.",
        {"Lille": ("cooperation_agreement", None), "Gdynia": ("cooperation_agreement", None)},
    ),
    ("nl", "Mechelen", "Sinds 2008 is Mechelen verbroederd met Lille.", {"Lille": ("twin", 2008)}),
    (
        "da",
        "Odense",
        "Odense Kommune indgik i 2019 en samarbejdsaftale med Lille i Frankrig.",
        {"Lille": ("cooperation_agreement", 2019)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), LISTED)
def test_a_stop_word_town_known_by_its_alias_is_a_partner_where_listed(rows, language, town, text, expected):
    assert rows(text, language, town) == expected


EVERYDAY = [
    ("da", "Næstved", "Venskabsbyer\n\nLille by, stort hjerte: sådan præsenterer vi os for vores venskabsbyer."),
    ("da", "Fredericia", "Fredericia har venskabsbyer i Norden. Lille Bælt binder os sammen."),
    ("nb", "Moss", "Lille Moss har store planer for vennskapsbysamarbeidet."),
]


@pytest.mark.parametrize(("language", "town", "text"), EVERYDAY)
def test_the_everyday_word_is_no_town(rows, language, town, text):
    assert rows(text, language, town) == {}
