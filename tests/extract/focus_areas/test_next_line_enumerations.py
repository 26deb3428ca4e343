"""Family: a lead-in ending in a colon whose themes are enumerated on the next line ("Kommunestyret har
vedtatt tre satsingsområder:" / "Levende lokalsamfunn, Bærekraftig verdiskaping og Gode tjenester."),
with the plan's text going on below. Look-alikes: a sentence after the colon, or a list of long
clauses, is no enumeration of themes. Texts written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    (
        "nb",
        "Kommunestyret har vedtatt tre satsingsområder som skal prege planperioden:\n"
        "Levende lokalsamfunn, Bærekraftig verdiskaping og Gode tjenester for alle.\n"
        "Under hvert satsingsområde er det formulert mål og strategier.\n",
        ["Levende lokalsamfunn", "Bærekraftig verdiskaping", "Gode tjenester for alle"],
    ),
    (
        "da",
        "Byrådet har valgt fire indsatsområder:\nGrøn omstilling, Sundhed, Uddannelse og Levende byer\n\n"
        "Hvert indsatsområde beskrives nedenfor.\n",
        ["Grøn omstilling", "Sundhed", "Uddannelse", "Levende byer"],
    ),
    (
        "nl",
        "Dit akkoord kent drie speerpunten:\nwonen, werken en samenleven.\nWe lichten ze hieronder toe.\n",
        ["wonen", "werken", "samenleven"],
    ),
    (
        "nn",
        "Planen har fire satsingsområde:\nFolkehelse, Klima og miljø, Næringsutvikling og Oppvekst.\n"
        "Kvart satsingsområde har eigne mål.\n",
        ["Folkehelse", "Klima og miljø", "Næringsutvikling", "Oppvekst"],
    ),
    (
        "da",
        "Politikken samler sig om tre temaer:\nTrivsel, Fællesskab og Bevægelse\n"
        "Temaerne er udvalgt sammen med borgerne.\n",
        ["Trivsel", "Fællesskab", "Bevægelse"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_themes_enumerated_on_the_line_after_a_colon_lead_in(labels, language, text, expected):
    assert labels(text, language) == expected


LOOKALIKES = [
    (
        "nb",
        "Kommunestyret har vedtatt tre satsingsområder:\n"
        "Arbeidet med satsingsområdene skal følges opp i årlige handlingsprogram og rapporteres i årsmeldingen.\n",
    ),
    (
        "nl",
        "Over de speerpunten het volgende:\n"
        "het college werkt ze uit in een programma, de raad stelt het vast en de wijken denken mee.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), LOOKALIKES)
def test_a_sentence_after_the_colon_is_no_enumeration_of_themes(labels, language, text):
    assert labels(text, language) == []
