"""An alternative vote whose result names the winner more fully than the clause listing the alternatives ("Ved
alternativ votering mellom innstillingen og Viks forslag ble kommunedirektørens innstilling vedtatt med fem mot
to stemmer"): the row's label names the winner as the result names it, with the loser as before. Look-alikes: a
result naming the winner more briefly than the clause ("mellom formannskapets innstilling og Viks forslag fikk
innstillingen 9 stemmer") keeps the clause's fuller name, and a result naming a listed alternative as listed keeps
it. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, vote_cells

LEAD = {
    "nb": "Kommunedirektørens innstilling:\nSøknaden avslås.\nBehandling:\nOla Vik (FrP) fremmet forslag om å "
    "innvilge søknaden.\n",
    "nn": "Framlegg til vedtak:\nSøknaden vert avslegen.\nHandsaming:\nOla Vik (FrP) sette fram framlegg om å "
    "innvilge søknaden.\n",
}


def _rows(language: str, line: str) -> list[tuple]:
    return [row[1:4] for row in vote_cells(CASE[language] + LEAD[language] + line + "\n", language)]


@pytest.mark.parametrize(
    ("language", "line", "row"),
    [
        (
            "nb",
            "Votering: Ved alternativ votering mellom innstillingen og Viks forslag ble kommunedirektørens "
            "innstilling vedtatt med fem mot to stemmer.",
            ("Kommunedirektørens innstilling (alternativ votering mot Viks forslag)", "adopted", 5),
        ),
        (
            "nb",
            "Ved alternativ votering mellom innstillingen og forslaget fra FrP ble formannskapets innstilling "
            "vedtatt med 7 mot 2 stemmer.",
            ("Formannskapets innstilling (alternativ votering mot forslaget fra FrP)", "adopted", 7),
        ),
        (
            "nb",
            "Votering:\nVed alternativ votering mellom innstillingen og Viks forslag fikk rådmannens innstilling "
            "9 stemmer og Viks forslag 4 stemmer.",
            ("Rådmannens innstilling (alternativ votering mot Viks forslag)", "adopted", 9),
        ),
        (
            "nb",
            "Ved alternativ votering mellom innstillingen og Viks forslag ble utvalgets innstilling "
            "vedtatt med 6 mot 3 stemmer (FrP 2, H 1).",
            ("Utvalgets innstilling (alternativ votering mot Viks forslag)", "adopted", 6),
        ),
        (
            "nb",
            "Ved alternativ votering mellom innstillingen og Høyres forslag ble hovedutvalgets innstilling vedtatt "
            "med 8 mot 3 stemmer.",
            ("Hovedutvalgets innstilling (alternativ votering mot Høyres forslag)", "adopted", 8),
        ),
        (
            "nn",
            "Røysting: Ved alternativ røysting mellom innstillinga og framlegget frå Vik vart kommunedirektøren si "
            "innstilling vedteken med fem mot to røyster.",
            ("Kommunedirektøren si innstilling (alternativ røysting mot framlegget frå Vik)", "adopted", 5),
        ),
        (
            "nn",
            "Ved alternativ røysting mellom tilrådinga og framlegget frå Vik fekk formannskapet si tilråding 9 "
            "røyster og framlegget frå Vik 4 røyster.",
            ("Formannskapet si tilråding (alternativ røysting mot framlegget frå Vik)", "adopted", 9),
        ),
        (
            "nn",
            "Ved alternativ røysting mellom innstillinga og framlegget frå Vik vart formannskapet si innstilling "
            "vedteken med 6 mot 3 røyster (FrP 2, H 1).",
            ("Formannskapet si innstilling (alternativ røysting mot framlegget frå Vik)", "adopted", 6),
        ),
        (
            "nn",
            "Ved alternativ røysting mellom innstillinga og framlegget frå Vik fekk utvalet si innstilling 12 "
            "røyster og framlegget frå Vik 5 røyster.",
            ("Utvalet si innstilling (alternativ røysting mot framlegget frå Vik)", "adopted", 12),
        ),
        (
            "nn",
            "Ved alternativ røysting mellom tilrådinga og framlegget frå Høgre vart hovudutvalet si tilråding "
            "vedteken med 8 mot 3 røyster.",
            ("Hovudutvalet si tilråding (alternativ røysting mot framlegget frå Høgre)", "adopted", 8),
        ),
    ],
)
def test_the_winner_is_named_as_fully_as_the_result_names_it(language, line, row):
    assert row in _rows(language, line)


@pytest.mark.parametrize(
    ("language", "line", "subject"),
    [
        (
            "nb",
            "Ved alternativ votering mellom formannskapets innstilling og Viks forslag fikk innstillingen 9 "
            "stemmer og Viks forslag 7 stemmer.",
            "Formannskapets innstilling (alternativ votering mot Viks forslag)",
        ),
        (
            "nb",
            "Ved alternativ votering mellom innstillingen og Viks forslag fikk innstillingen 9 stemmer og Viks "
            "forslag 7 stemmer.",
            "Innstillingen (alternativ votering mot Viks forslag)",
        ),
        (
            "nn",
            "Ved alternativ røysting mellom formannskapet si innstilling og framlegget frå Vik fekk innstillinga "
            "9 røyster og framlegget frå Vik 7 røyster.",
            "Formannskapet si innstilling (alternativ røysting mot framlegget frå Vik)",
        ),
        (
            "nn",
            "Ved alternativ røysting mellom innstillinga og framlegget frå Vik fekk innstillinga 9 røyster og "
            "framlegget frå Vik 7 røyster.",
            "Innstillinga (alternativ røysting mot framlegget frå Vik)",
        ),
    ],
)
def test_a_result_naming_the_winner_as_briefly_or_as_listed_keeps_the_listed_name(language, line, subject):
    assert subject in [row[0] for row in _rows(language, line)]
