"""Ended, paused or dormant relations keep the relation they had (SOURCES), also beside a denial that is not about
them: a denial counts only in the town's own clause ('Kommunen har ingen venskabsbyer i dag; venskabsbyaftalen med
Ystad ... ophørte'), does not reach across a contrast ('har ikke vært aktivt siden 2015, men avtalen er aldri sagt
opp'), and 'the connection to' a town takes the relation named earlier in its sentence ('Venskabsbyen Tartu ...,
mens forbindelsen til Eutin blev sat i bero'), also in a sentence about a network. A denial about the town itself
still holds."""

from __future__ import annotations

import pytest

ENDED = [
    (
        "da",
        "Odsherred",
        "Kommunen har ingen venskabsbyer i dag; venskabsbyaftalen med Ystad fra 1975 ophørte i 2007.",
        {"Ystad": ("twin", 1975)},
    ),
    (
        "nn",
        "Luster",
        "Kommunen har ingen vennskapskommunar i dag; vennskapsavtalen med Leksand frå 1972 vart avslutta i 2010.",
        {"Leksand": ("twin", 1972)},
    ),
    (
        "nb",
        "Engerdal",
        "Vennskapet med Sollefteå kommun fra 1990 har ikke vært aktivt siden 2015, men avtalen er aldri"
        " formelt sagt opp.",
        {"Sollefteå": ("twin", 1990)},
    ),
    (
        "nl",
        "Lochem",
        "De stedenband met Lüdinghausen uit 1985 wordt niet actief onderhouden, maar de overeenkomst"
        " werd nooit opgezegd.",
        {"Lüdinghausen": ("twin", 1985)},
    ),
    (
        "da",
        "Sønderborg",
        "Venskabsbyen Tartu har været en del af netværket siden 1990, mens forbindelsen til Eutin blev"
        " sat i bero i 2022.",
        {"Tartu": ("twin", 1990), "Eutin": ("twin", None)},
    ),
    (
        "nb",
        "Vardø",
        "Vennskapsbyen Kalmar har vært med siden 1988, mens forbindelsen til Rostock ble avsluttet i 2020.",
        {"Kalmar": ("twin", 1988), "Rostock": ("twin", None)},
    ),
]

DENIED = [
    ("nb", "Vardø", "Det finnes ingen vennskapsavtale med Kiruna.", {}),
    ("da", "Odsherred", "Kommunen har aldrig haft en venskabsbyaftale med Tartu.", {}),
    ("nl", "Lochem", "Er is nooit een stedenband met Lüdinghausen geweest.", {}),
    ("nb", "Vardø", "Kommunen har ingen vennskapsbyer, og kontakten med Kiruna er bare uformell.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ENDED)
def test_ended_relations_keep_their_relation_beside_a_denial_elsewhere(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DENIED)
def test_a_denial_about_the_town_itself_still_holds(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
