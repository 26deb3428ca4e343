"""Partners written as paragraphs under a lead-in that names the relation and ends in ':' ('Kommunen har to
vennskapsbyer:'): a paragraph whose first sentence only names the town, maybe with where it lies ('Klaksvik på
Færøyane.'), is one entry of that list. A paragraph that opens on a town in a full sentence, or a lead-in that
names no relation, gives no partner."""

from __future__ import annotations

import pytest

KEPT = [
    (
        "nn",
        "Volda",
        "Volda har to vennskapskommunar:\n\nTórshavn på Færøyane. Avtalen vart underteikna i 1991. Skulane har "
        "utveksling kvart år.\n\nKirkwall på Orknøy. Samarbeidet er mest om kultur.\n",
        {"Tórshavn", "Kirkwall"},
    ),
    (
        "nb",
        "Narvik",
        "Narvik har disse vennskapsbyene:\n\nKiruna i Sverige. Byene er knyttet sammen av Malmbanen.\n\n"
        "Rovaniemi. Avtalen ble inngått i 1968.\n",
        {"Kiruna", "Rovaniemi"},
    ),
    (
        "da",
        "Holstebro",
        "Kommunen har følgende venskabsbyer:\n\nGüstrow i Tyskland. Aftalen blev indgået i 1990.\n\n"
        "Ravenna. Samarbejdet handler om musik og kunst.\n",
        {"Güstrow", "Ravenna"},
    ),
    (
        "nl",
        "Kampen",
        "Kampen heeft twee zustersteden:\n\nSoest in Duitsland. De band dateert van 1985.\n\n"
        "Zwolle in Overijssel is de buurgemeente.\n",
        {"Soest"},
    ),
    (
        "nb",
        "Hammerfest",
        "Hammerfest har tre vennskapsbyer:\n\nKirkenes er ikke blant dem.\n\nMurmansk. Avtalen ble inngått i "
        "1973.\n",
        {"Murmansk"},
    ),
]

NOT_LISTED = [
    (
        "nb",
        "Narvik",
        "Kommunen arrangerte disse turene i 2025:\n\nKiruna i Sverige. Elevene gikk på ski.\n",
    ),
    (
        "da",
        "Holstebro",
        "Byrådet besøgte følgende steder:\n\nRavenna. Turen varede en uge.\n",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), KEPT)
def test_a_paragraph_naming_only_its_town_is_an_entry_of_the_list_announced(rows, language, issuer, text, expected):
    assert set(rows(text, language, issuer)) == expected


@pytest.mark.parametrize(("language", "issuer", "text"), NOT_LISTED)
def test_a_paragraph_under_a_lead_in_without_a_relation_gives_no_partner(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Vennskapet med Wick i Skottland, som kommunen inngjekk i 1982, vart avslutta i 2023.",
        "Kommunestyret har vedteke at vennskapet med Wick skal halde fram.",
    ],
)
def test_nynorsk_vennskapet_med_names_a_twin_even_when_ended(rows, text):
    assert set(rows(text, "nn", "Ulstein")) == {"Wick"}
