"""On a twin-town page, a town under its own heading whose entry says no twinning was ever made ('Er is nooit een
officiële stedenband aangegaan', 'Det er aldri inngått noen vennskapsavtale') is no twin: the page typed it, the entry
denies it. A denial about another town named after it, or about a later charter of a twinning the entry dates, leaves
it a twin."""

from __future__ import annotations

import pytest

DENIED = [
    (
        "nl",
        "Hof van Twente",
        "Stedenbanden en contacten\n\nDanzig\nMet Danzig bestaan oude handelscontacten uit de Hanzetijd. "
        "Er is nooit een officiële stedenband aangegaan.",
    ),
    (
        "nl",
        "Ede",
        "Evaluatie stedenbanden\n\nWittenberg\nSinds 1990 bestaat een stedenband met Wittenberg.\n\nKraków\n"
        "Met Kraków zijn er culturele contacten. Er is nooit een stedenband gesloten.",
    ),
    (
        "da",
        "Skive",
        "Venskabsbyer\n\nTallinn\nSkive har historiske forbindelser til Tallinn. Der er aldrig indgået en "
        "venskabsbyaftale.",
    ),
    (
        "nb",
        "Stord",
        "Vennskapsbyer\n\nRiga\nStord har lange historiske bånd til Riga. Det er aldri inngått noen vennskapsavtale.",
    ),
    (
        "nn",
        "Voss",
        "Vennskapskommunar\n\nTartu\nVoss har hatt kulturutveksling med Tartu. Det er aldri inngått nokon "
        "vennskapsavtale.",
    ),
]

KEPT = [
    (
        "nl",
        "Ede",
        "Stedenbanden\n\nKraków\nMet Kraków zijn er culturele contacten. Met Lviv is nooit een stedenband gesloten.",
        {"Kraków": ("twin", None)},
    ),
    (
        "nl",
        "Ede",
        "Stedenbanden\n\nKraków\nDe stedenband met Kraków bestaat sinds 1992. Er is nooit een nieuw charter getekend.",
        {"Kraków": ("twin", 1992)},
    ),
    (
        "da",
        "Skive",
        "Venskabsbyer\n\nTallinn\nVenskabsbysamarbejdet med Tallinn blev indgået i 1991. Der er aldrig "
        "indgået en aftale med Riga.",
        {"Tallinn": ("twin", 1991)},
    ),
    (
        "nb",
        "Stord",
        "Vennskapsbyer\n\nRiga\nVennskapsavtalen med Riga fra 1995 er fortsatt aktiv, og skoleutvekslingen "
        "er aldri stanset.",
        {"Riga": ("twin", 1995)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text"), DENIED)
def test_an_entry_denying_any_twinning_is_no_twin(rows, language, issuer, text):
    named = [town for town in ("Danzig", "Kraków", "Tallinn", "Riga", "Tartu") if f"\n{town}\n" in text]
    found = rows(text, language, issuer)
    assert named and all(found.get(town.replace("Danzig", "Gdańsk")) is None for town in named)


ANOTHER_TIE = [
    (
        "nl",
        "Brecht",
        "Verbroederingen\n\nBreda (Nederland)\n  - geen verbroedering, maar een grensoverschrijdende\n"
        "    samenwerkingsovereenkomst (2021) over fietspaden",
        "Breda",
    ),
    (
        "nl",
        "Brecht",
        "Verbroederingen\n\nBreda (Nederland)\n  - verbroederd sinds 1975\n\nGrenspark\nHet grenspark wordt "
        "beheerd door Brecht samen met Zundert, Wuustwezel en Breda. "
        "Het blijft een beheersamenwerking, geen verbroedering.",
        "Breda",
    ),
    (
        "nl",
        "Brecht",
        "Verbroederingen\n\nBreda (Nederland)\n  - geen verbroedering, maar een samenwerkingsovereenkomst (2021)\n"
        "    over fietspaden",
        "Breda",
    ),
    (
        "nn",
        "Voss",
        "Vennskapskommunar\n\n  Hallstatt, Austerrike\n  - samarbeidsavtale om reiseliv frå 2019. Dette er ikkje "
        "ei\n    vennskapsavtale, men ein avtale mellom reiselivsselskapa.",
        "Hallstatt",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "town"), ANOTHER_TIE)
def test_an_entry_naming_another_tie_beside_the_denial_keeps_its_town(rows, language, issuer, text, town):
    assert town in rows(text, language, issuer)


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), KEPT)
def test_a_denial_about_another_town_or_a_later_charter_keeps_the_twin(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
