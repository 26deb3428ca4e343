"""An alternative vote told one line per option, each line the votes one proposal got ("For innstillingen stemte 13
(Ap 7, Sp 4, R 2)." over "For forslaget fra Moe stemte 8 (H 5, FrP 3).", or the count first: "13 stemte for
innstillingen" / "8 stemte for forslaget fra Moe"), in Bokmål and Nynorsk, under a "Votering" label or a heading
naming the alternative vote (the first option's line joined to it when the text was unwrapped). One row for the
option with more votes, its count the votes for, the other option's count (and parties) the votes against; the
losing option gets no row. Look-alikes: plain for/against lines
("For stemte 13 (...)" / "Mot stemte 8 (...)") and one option's line followed by a line against are no
alternative vote. All texts are written for these tests."""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Bystyret\n\nMøtedato: 12.05.2026\n\nPS 12/26  Ny idrettshall\nInnstilling: Hallen bygges.\n\nBehandling:\n"
    "Per Moe (H) fremmet følgende forslag:\n«Hallen bygges i tre.»\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 12.05.2026\n\nSak 12/26  Ny idrettshall\nFramlegg til vedtak: Hallen vert bygd."
    "\n\nHandsaming:\nPer Moe (H) sette fram dette framlegget:\n«Hallen vert bygd i tre.»\n\n",
}

CASES = [
    (
        "nb",
        "Votering – Moes forslag og innstillingen ble stilt alternativt:\n"
        "For innstillingen stemte 13 (Ap 7, Sp 4, R 2).\nFor forslaget fra Moe stemte 8 (H 5, FrP 3).\n",
        ("innstillingen", 13, 8, {"H": 5, "FrP": 3}),
    ),
    (
        "nb",
        "Votering:\nFor forslaget fra Moe stemte 9 (H 6, FrP 3).\nFor innstillingen stemte 18 (Ap 10, Sp 5, SV 3).\n",
        ("innstillingen", 18, 9, {"H": 6, "FrP": 3}),
    ),
    (
        "nb",
        "Alternativ votering:\n15 stemte for innstillingen (Ap 9, Sp 6).\n"
        "12 stemte for forslaget fra Moe (H 8, FrP 4).\n",
        ("innstillingen", 15, 12, {"H": 8, "FrP": 4}),
    ),
    (
        "nb",
        "Votering, alternativt mellom forslaget fra Moe og innstillingen: For innstillingen stemte 20 (Ap 12, "
        "Sp 8).\nFor forslaget fra Moe stemte 7 (H 7).\n",
        ("innstillingen", 20, 7, {"H": 7}),
    ),
    (
        "nn",
        "Røysting – framlegget frå Moe og framlegget til vedtak vart sette opp alternativt:\n"
        "For framlegget til vedtak røysta 11 (Ap 6, Sp 5).\nFor framlegget frå Moe røysta 6 (H 4, FrP 2).\n",
        ("framlegget til vedtak", 11, 6, {"H": 4, "FrP": 2}),
    ),
    (
        "nn",
        "Røysting:\n5 røysta for innstillinga (SV 2, Ap 3).\n12 røysta for framlegget frå Moe (H 7, Sp 5).\n",
        ("framlegget frå Moe", 12, 5, {"SV": 2, "Ap": 3}),
    ),
]


@pytest.mark.parametrize(("language", "lines", "expected"), CASES)
def test_the_option_with_more_votes_is_one_row(language, lines, expected):
    rows = votes(HEAD[language] + lines, language)
    assert len(rows) == 1
    row = rows[0]
    winner, votes_for, votes_against, parties = expected
    assert row.subject.lower().startswith(winner.lower()) or winner.lower() in row.subject.lower()
    assert (row.outcome, row.votes_for, row.votes_against) == ("adopted", votes_for, votes_against)
    assert json.loads(row.against_parties) == parties


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("nb", "Votering:\nFor stemte 13 (Ap 7, Sp 4, R 2).\nMot stemte 8 (H 5, FrP 3).\nInnstillingen ble vedtatt.\n"),
        ("nb", "Votering:\n13 stemte for innstillingen.\n8 stemte mot.\n"),
        (
            "nn",
            "Røysting:\nFor røysta 11 (Ap 6, Sp 5).\nMot røysta 6 (H 4, FrP 2).\nFramlegget til vedtak vart vedteke.\n",
        ),
    ],
)
def test_for_and_against_lines_are_no_alternative_vote(language, lines):
    rows = votes(HEAD[language] + lines, language)
    assert len(rows) == 1 and rows[0].votes_for in (11, 13)
    assert "alternativ" not in (rows[0].subject or "")
