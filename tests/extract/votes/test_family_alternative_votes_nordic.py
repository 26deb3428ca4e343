"""An alternative vote between two proposals is one row for the winner: its votes for, the other
alternative's votes against, and the parties of those votes (a bracket or the members named). The shapes:
the winner adopted with its votes and a 'for' line naming the loser ("Ved alternativ votering ble
innstillingen vedtatt med 4 stemmer. For Kleivens forslag stemte 3: ..."), two tallies in one sentence
opening it ("Innstillingen fikk 20 stemmer, Løvlies forslag fikk 13 stemmer (Sp 9, SV 2, KrF 2).") with
the outcome restated after it, and the Danish "Ved afstemningen mellem de to forslag fik indstillingen
16 stemmer og Venstres forslag 9 stemmer.".
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, vote_cells

LEAD = {
    "nb": "Innstilling:\nKommunestyret vedtar ny skolestruktur.\nBehandling:\nVotering:\n",
    "nn": "Framlegg til vedtak:\nKommunestyret vedtek ny skulestruktur.\nHandsaming:\nRøysting:\n",
    "da": "Indstilling:\nForvaltningen indstiller, at skolestrukturen ændres.\nBeslutning:\n",
}


def _rows(language: str, line: str) -> list[tuple]:
    return [row[1:] for row in vote_cells(CASE[language] + LEAD[language] + line + "\n", language)]


@pytest.mark.parametrize(
    ("language", "line", "winner", "counts"),
    [
        (
            "nb",
            "Ved alternativ votering ble innstillingen vedtatt med 4 stemmer. For Kleivens forslag stemte 3: "
            "Tor Kleiven (H), Anita Berg (Sp), Rune Dahl (FrP).",
            "innstillingen",
            (4, 3, {"H": 1, "Sp": 1, "FrP": 1}),
        ),
        (
            "nb",
            "Ved alternativ votering ble formannskapets innstilling vedtatt med 25 stemmer.\n"
            "For Høyres forslag stemte 8 (H 6, FrP 2).",
            "formannskapets innstilling",
            (25, 8, {"H": 6, "FrP": 2}),
        ),
        (
            "nb",
            "Innstillingen fikk 20 stemmer, Løvlies forslag fikk 13 stemmer (Sp 9, SV 2, KrF 2). "
            "Innstillingen er vedtatt.",
            "innstillingen",
            (20, 13, {"Sp": 9, "SV": 2, "KrF": 2}),
        ),
        (
            "nb",
            "Kommunedirektørens forslag fikk 17 stemmer og forslaget fra SV fikk 10 stemmer (SV 6, R 4).",
            "kommunedirektørens forslag",
            (17, 10, {"SV": 6, "R": 4}),
        ),
        (
            "nb",
            "Forslaget fra Ap fikk 9 stemmer (Ap 9), mens innstillingen fikk 24 stemmer.\n"
            "Innstillingen ble dermed vedtatt.",
            "innstillingen",
            (24, 9, {"Ap": 9}),
        ),
        (
            "nn",
            "Ved alternativ røysting fekk framlegget til vedtak 11 røyster og framlegget frå Ap 6 røyster.",
            "framlegget til vedtak",
            (11, 6, None),
        ),
        (
            "nn",
            "Innstillinga fekk 15 røyster, framlegget frå Sp fekk 6 røyster (Sp 4, KrF 2). Innstillinga er vedteken.",
            "innstillinga",
            (15, 6, {"Sp": 4, "KrF": 2}),
        ),
        (
            "nn",
            "Ved alternativ røysting vart kommunedirektøren sitt framlegg vedteke med 14 røyster. For framlegget "
            "frå FrP røysta 5: Per Dahl (FrP), Siv Lie (FrP), Ola Nes (H), Kari Myr (H), Jon Bø (FrP).",
            "kommunedirektøren sitt framlegg",
            (14, 5, {"FrP": 3, "H": 2}),
        ),
        (
            "nn",
            "Tilrådinga fekk 18 røyster og Raudt sitt framlegg 3 røyster (R 3).",
            "tilrådinga",
            (18, 3, {"R": 3}),
        ),
        (
            "da",
            "Ved afstemningen mellem de to forslag fik indstillingen 16 stemmer og Venstres forslag 9 stemmer.",
            "indstillingen",
            (16, 9, None),
        ),
        (
            "da",
            "Ved afstemning fik Økonomiudvalgets indstilling 18 stemmer, mens Enhedslistens forslag fik 7 stemmer "
            "(Ø 4, F 3).",
            "økonomiudvalgets indstilling",
            (18, 7, {"Ø": 4, "F": 3}),
        ),
        (
            "da",
            "Indstillingen fik 21 stemmer, og Dansk Folkepartis forslag fik 4 stemmer (O 4).",
            "indstillingen",
            (21, 4, {"O": 4}),
        ),
        (
            "da",
            "Ved den alternative afstemning fik forslaget fra Venstre 12 stemmer og indstillingen 13 stemmer.",
            "indstillingen",
            (13, 12, None),
        ),
        (
            "da",
            "Ved alternativ afstemning blev indstillingen vedtaget med 15 stemmer.\n"
            "For Konservatives forslag stemte 10.",
            "budget 2021",  # the recommendation, the case's only row: named by the case
            (15, 10, None),
        ),
    ],
)
def test_an_alternative_vote_is_one_row_for_the_winner(language, line, winner, counts):
    rows = _rows(language, line)
    assert [(outcome, *rest) for _, outcome, *rest in rows] == [("adopted", *counts)]
    assert rows[0][0].lower().startswith(winner)


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        ("nb", "Forslaget fra Ap fikk 9 stemmer og falt.", [("rejected", 9, None, None)]),
        ("nb", "Innstillingen fikk 20 stemmer og ble vedtatt.", [("adopted", 20, None, None)]),
        (
            "nb",
            "Innstillingen ble vedtatt med 5 mot 2 stemmer. For innstillingen stemte 5: Ola Nes (Ap), Kari Lie (Ap), "
            "Per Bø (Sp), Siv Dal (SV), Jon Vik (Sp).",
            [("adopted", 5, 2, None)],
        ),
        ("nn", "Framlegget frå Sp fekk 4 røyster og fall.", [("rejected", 4, None, None)]),
        ("da", "Forslaget fra Venstre fik 3 stemmer og faldt.", [("rejected", 3, None, None)]),
    ],
)
def test_one_proposals_tally_is_no_alternative_vote(language, line, expected):
    assert [row[1:] for row in _rows(language, line)] == expected
