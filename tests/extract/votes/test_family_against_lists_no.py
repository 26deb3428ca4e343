"""Norwegian lines naming who voted against, after the vote: party counts after the verb ("Imot stemte
H (5), FrP (3) og KrF (1)."), before it ("Sp (4) og Raudt (3) røysta imot."), or a member list
("Desse røysta imot: Ola Lie (FrP), ..."), counted per party into against_parties, keyed as written.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import CASE, votes


def _against(body: str, language: str) -> list[tuple[int | None, dict | None]]:
    rows = votes(CASE[language] + body, language)
    return [(r.votes_against, json.loads(r.against_parties) if r.against_parties else None) for r in rows]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Votering:\nInnstillingen ble vedtatt med 30 mot 9 stemmer.\nImot stemte H (5), FrP (3) og KrF (1).\n",
            (9, {"H": 5, "FrP": 3, "KrF": 1}),
        ),
        (
            "Votering:\nInnstillingen ble vedtatt med 25 mot 6 stemmer. Mot stemte Ap (4) og SV (2).\n",
            (6, {"Ap": 4, "SV": 2}),
        ),
        (
            "Votering:\nInnstillingen ble vedtatt mot 3 stemmer.\nFølgende stemte imot: Ola Lie (FrP), Per Nes (FrP), "
            "Kari Bø (H).\n",
            (3, {"FrP": 2, "H": 1}),
        ),
        (
            "Votering:\nFormannskapets innstilling ble vedtatt med 33 mot 2 stemmer.\nImot stemte: Geir Dahl (Sp), "
            "Randi Moe (Sp).\n",
            (2, {"Sp": 2}),
        ),
        (
            "Votering:\nInnstillingen ble vedtatt med 6 mot 5 stemmer. Imot stemte 5: Ola Haugen (H), Kari Bø (H), "
            "Per Nes (FrP), Eva Lie (FrP), Jon Vik (KrF).\n",
            (5, {"H": 2, "FrP": 2, "KrF": 1}),
        ),
        (
            "Votering:\nInnstillingen ble vedtatt med 40 mot 7 stemmer. Høyre (4) og Fremskrittspartiet (3) stemte "
            "imot.\n",
            (7, {"Høyre": 4, "Fremskrittspartiet": 3}),
        ),
    ],
)
def test_against_lines_bokmaal_give_parties(body, expected):
    assert _against(body, "nb") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Røysting:\nInnstillinga vart vedteken med 20 mot 7 røyster. Sp (4) og Raudt (3) røysta imot.\n",
            (7, {"Sp": 4, "Raudt": 3}),
        ),
        (
            "Røysting:\nFramlegg til vedtak vart vedteke med 19 mot 3 røyster.\nDesse røysta imot: Ola Lie (FrP), "
            "Per Nes (FrP), Kari Bø (H).\n",
            (3, {"FrP": 2, "H": 1}),
        ),
        (
            "Røysting:\nInnstillinga vart vedteken med 15 mot 6 røyster.\nImot røysta H (4) og FrP (2).\n",
            (6, {"H": 4, "FrP": 2}),
        ),
        (
            "Røysting:\nInnstillinga vart vedteken med 22 mot 5 røyster. Fylgjande representantar røysta imot: "
            "Jon Vik (KrF), Siri Hol (KrF), Ivar Rud (V), Åse Li (V), Tor Bø (V).\n",
            (5, {"KrF": 2, "V": 3}),
        ),
        (
            "Røysting:\nInnstillinga vart vedteken med 24 mot 3 røyster. FrP (2) og H (1)\nrøysta imot.\n",
            (3, {"FrP": 2, "H": 1}),
        ),
    ],
)
def test_against_lines_nynorsk_give_parties(body, expected):
    assert _against(body, "nn") == [expected]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Votering:\nInnstillingen ble enstemmig vedtatt.\nMot slutten av møtet orienterte Kari Bø (H) om saken.\n",
            "nb",
        ),
        ("Røysting:\nInnstillinga vart samrøystes vedteken.\nHøyre (H) har tidlegare røysta for planen.\n", "nn"),
    ],
)
def test_lines_that_name_members_without_voting_against_add_nobody(body, language):
    assert _against(body, language) == [(0, None)]
