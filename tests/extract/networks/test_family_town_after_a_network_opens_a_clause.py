"""Family: an agenda title naming a city network or EU programme ("Ondertekening van het Burgemeestersconvenant",
"Tilslutning til Borgmesterpagten") run onto the text under it, which opens with the municipality's name ("Wetteren
onderschrijft ..."), as a normaliser joins a heading without a full stop to its next line. A city network or a
programme has no local branch, so the town's name after it opens the next clause and the title's joining counts.
An association's local branch ("Rotary Zwolle", "Foreningen Norden Skive") stays a branch. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TITLES_RUN_ON = [
    (
        "da",
        "Skive",
        "Tilslutning til Borgmesterpagten Skive tilslutter sig pagtens klimamål og laver en handlingsplan.",
        "Covenant of Mayors",
    ),
    (
        "da",
        "Skive",
        "Medlemskab af Energy Cities Skive melder sig ind i netværket fra 1. januar 2027.",
        "Energy Cities",
    ),
    ("da", "Skive", "Optagelse i Cittaslow Skive er optaget som medlem efter en vurdering i foråret.", "Cittaslow"),
    (
        "da",
        "Skive",
        "Deltagelse i Horizon Europe Skive deltager som partner i et projekt om varmelagring.",
        "Horizon Europe",
    ),
    ("da", "Skive", "Medlemskab af Eurocities Skive bliver medlem fra 2027 efter byrådets beslutning.", "Eurocities"),
    (
        "nb",
        "Bodø",
        "Tilslutning til Ordførerpakten Bodø slutter seg til pakten og lager en klimaplan innen to år.",
        "Covenant of Mayors",
    ),
    ("nb", "Bodø", "Medlemskap i Eurocities Bodø ble medlem av nettverket i 2025.", "Eurocities"),
    ("nb", "Bodø", "Deltakelse i Horisont Europa Bodø deltar som partner i et prosjekt om havvind.", "Horizon Europe"),
    ("nb", "Bodø", "Innmelding i Energy Cities Bodø melder seg inn i nettverket fra 2027.", "Energy Cities"),
    ("nb", "Bodø", "Medlemskap i Cittaslow Bodø er medlem fra 2024 etter vedtak i kommunestyret.", "Cittaslow"),
    (
        "nn",
        "Voss",
        "Tilslutning til Ordførarpakta Voss sluttar seg til pakta og lagar ein klimaplan.",
        "Covenant of Mayors",
    ),
    ("nn", "Voss", "Medlemskap i Eurocities Voss vart medlem av nettverket i 2025.", "Eurocities"),
    (
        "nn",
        "Voss",
        "Deltaking i Horisont Europa Voss deltek som partnar i eit prosjekt om fornybar energi.",
        "Horizon Europe",
    ),
    ("nn", "Voss", "Innmelding i Energy Cities Voss melder seg inn i nettverket frå 2027.", "Energy Cities"),
    ("nn", "Voss", "Medlemskap i Cittaslow Voss er medlem frå 2024 etter vedtak i kommunestyret.", "Cittaslow"),
    (
        "nl",
        "Zwolle",
        "Ondertekening van het Burgemeestersconvenant Zwolle onderschrijft de doelen en dient een klimaatplan in.",
        "Covenant of Mayors",
    ),
    ("nl", "Zwolle", "Toetreding tot Eurocities Zwolle wordt lid van het netwerk vanaf 2027.", "Eurocities"),
    (
        "nl",
        "Zwolle",
        "Deelname aan Horizon Europe Zwolle neemt als partner deel aan een project over warmtenetten.",
        "Horizon Europe",
    ),
    (
        "nl",
        "Zwolle",
        "Aansluiting bij Energy Cities Zwolle sluit zich aan bij het netwerk per 1 januari.",
        "Energy Cities",
    ),
    ("nl", "Zwolle", "Lidmaatschap van Cittaslow Zwolle is lid sinds 2024 na een besluit van de raad.", "Cittaslow"),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), TITLES_RUN_ON)
def test_the_towns_name_after_a_city_network_or_programme_opens_the_next_clause(language, town, text, name):
    assert name in networks(text, language, town)


def test_a_heading_joined_to_its_text_in_a_decision_list_keeps_the_signed_network():
    text = (
        "Besluitenlijst gemeenteraad Zwolle\n\n"
        "3.  Ondertekening van het Burgemeestersconvenant voor Klimaat en Energie\n"
        "    Zwolle onderschrijft de doelstellingen van het Burgemeestersconvenant\n"
        "    en engageert zich om binnen twee jaar een klimaatactieplan in te dienen.\n"
        "    Eenparig goedgekeurd.\n"
    )
    assert networks(text, "nl", "Zwolle") == {"Covenant of Mayors"}


@pytest.mark.parametrize(
    ("language", "town", "text"),
    [
        ("da", "Skive", "Samarbejdet bæres af skoler, idrætsforeninger og Foreningen Norden Skive."),
        ("nl", "Zwolle", "De samenwerking wordt gedragen door scholen, sportclubs en Rotary Zwolle."),
    ],
)
def test_an_associations_local_branch_is_still_no_row(language, town, text):
    assert networks(text, language, town) == set()
