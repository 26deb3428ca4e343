"""Family 6 (da, nb, nn): one line per member under a recommendation, and members' votes written as
sentences ("Mette Holm (A) stemte for"); the vote lines end the recommendation, so they count."""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import CASE, votes

RECOMMENDATION = {
    "da": "Indstilling\nForvaltningen indstiller, at lokalplanen vedtages.\n\n",
    "nb": "Innstilling:\nReguleringsplan for Holmen vedtas.\n\n",
    "nn": "Innstilling:\nReguleringsplanen for Holmen vert vedteken.\n\n",
}

DECISION = {"da": "Beslutning\n", "nb": "Vedtak:\n", "nn": "Vedtak:\n"}

VERB_LINES = [
    (
        "da",
        "Mette Holm (A) stemte for\nJens Lund (V) stemte imod\nLise Berg (C) stemte imod\nKarl Bak (A) stemte for\n"
        "Sofie Krog (F) stemte for\n",
        3,
        2,
        {"V": 1, "C": 1},
    ),
    ("da", "Anna Holm (SF) stemte for.\nBo Lind (DF) stemte imod.\nCarl Juhl (SF) stemte for.\n", 2, 1, {"DF": 1}),
    ("da", "Dorte Vang (A) stemte for\n\nErik Friis (V) stemte imod\n\nFrida Kjær (V) stemte imod\n", 1, 2, {"V": 2}),
    (
        "da",
        "Hans Mose (Løsgænger) stemte imod\n\nIda Bach (A) stemte for\n\nJes Krag (Ø) stemte for\n",
        2,
        1,
        {"Løsgænger": 1},
    ),
    (
        "da",
        "Lars Bøg (C) stemte for\nMaja Vest (Ø) stemte mod\nNiels Bro (C) stemte for\nOle Dam (Ø) stemte mod\n",
        2,
        2,
        {"Ø": 2},
    ),
    (
        "nb",
        "Kari Nordmann (Ap) stemte for\nOla Hansen (H) stemte mot\nPer Lie (H) stemte mot\nAnne Berg (Sp) stemte for\n"
        "Tor Dahl (R) stemte for\n",
        3,
        2,
        {"H": 2},
    ),
    ("nb", "Liv Sand (SV) stemte for.\nEinar Vik (FrP) stemte imot.\nSiri Moe (Ap) stemte for.\n", 2, 1, {"FrP": 1}),
    ("nb", "Jon Lund (KrF) stemte mot\n\nGro Ask (Ap) stemte for\n\nEli Strand (Ap) stemte for\n", 2, 1, {"KrF": 1}),
    (
        "nb",
        "Arne Bakke (V) stemte mot\nBente Dal (MDG) stemte mot\nCato Eng (Ap) stemte for\n",
        1,
        2,
        {"V": 1, "MDG": 1},
    ),
    (
        "nb",
        "Dag Fossum (Sp) stemte for\nEva Gran (FrP) stemte mot\nFrode Holm (Sp) stemte for\n"
        "Gunn Iversen (FrP) stemte mot\n",
        2,
        2,
        {"FrP": 2},
    ),
    ("nn", "Sigrid Haug (Sp) røysta for\nLars Bø (Ap) røysta mot\nEirik Nes (Sp) røysta for\n", 2, 1, {"Ap": 1}),
    (
        "nn",
        "Ragnhild Li (H) røysta mot.\nTorunn Ås (KrF) røysta mot.\nIvar Dale (SV) røysta for.\n",
        1,
        2,
        {"H": 1, "KrF": 1},
    ),
    ("nn", "Olav Rud (Ap) stemte for\nMarit Sæle (Ap) stemte for\nNils Hove (FrP) stemte mot\n", 2, 1, {"FrP": 1}),
    (
        "nn",
        "Knut Berg (MDG) røysta for\n\nSolveig Ramm (H) røysta imot\n\nHalvor Ness (H) røysta imot\n",
        1,
        2,
        {"H": 2},
    ),
    (
        "nn",
        "Guri Vik (V) røysta for\nAsle Moen (Sp) røysta for\nBrit Lunde (R) røysta mot\nJo Sande (Sp) røysta for\n",
        3,
        1,
        {"R": 1},
    ),
]


@pytest.mark.parametrize(("language", "lines", "votes_for", "votes_against", "parties"), VERB_LINES)
def test_members_voting_in_sentences_are_counted(language, lines, votes_for, votes_against, parties):
    (row,) = votes(CASE[language] + RECOMMENDATION[language] + DECISION[language] + lines, language)
    outcome = "adopted" if votes_for > votes_against else "rejected"  # a tie fails without a casting vote
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        outcome,
        votes_for,
        votes_against,
        False,
    )
    assert json.loads(row.against_parties) == parties


UNDER_A_RECOMMENDATION = [
    (
        "da",
        "Navneafstemning:\nMette Holm (A): For\nJens Lund (V): Imod\nLise Berg (C): Imod\nKarl Bak (A): For\n"
        "Indstillingen blev godkendt.\n",
        2,
        2,
        {"V": 1, "C": 1},
    ),
    (
        "da",
        "Afstemning ved navneopråb:\nAnna Holm (SF) – For\nBo Lind (DF) – Imod\nCarl Juhl (SF) – For\n",
        2,
        1,
        {"DF": 1},
    ),
    ("da", "Mette Holm (A): For\nJens Lund (V): Imod\nKarl Bak (A): For\nIndstillingen er godkendt.\n", 2, 1, {"V": 1}),
    ("da", "For: 14\nImod: 9 (V og O)\nIndstillingen er godkendt.\n", 14, 9, None),
    ("da", "For: 21\nImod: 4\nUndlod: 2\nGodkendt.\n", 21, 4, None),
    (
        "nb",
        "Votering (navneopprop):\nKari Nordmann (Ap): for\nOla Hansen (H): mot\nPer Lie (H): mot\n"
        "Anne Berg (Sp): for\nTor Dahl (R): for\n\nInnstillingen ble vedtatt med 3 mot 2 stemmer.\n",
        3,
        2,
        {"H": 2},
    ),
    (
        "nb",
        "Votering ved navneopprop:\nLiv Sand (SV) – for\nEinar Vik (FrP) – mot\nSiri Moe (Ap) – for\n",
        2,
        1,
        {"FrP": 1},
    ),
    (
        "nb",
        "Kari Nordmann (Ap): for\nOla Hansen (H): mot\nAnne Berg (Sp): for\n\nInnstillingen ble vedtatt.\n",
        2,
        1,
        {"H": 1},
    ),
    ("nb", "For: 18 (Ap, SV, Sp)\nMot: 7 (H, FrP)\nInnstillingen ble vedtatt.\n", 18, 7, None),
    ("nb", "Stemmer for: 30\nStemmer mot: 5\n", 30, 5, None),
    ("nn", "Røysting (namneopprop):\nSigrid Haug (Sp): for\nLars Bø (Ap): mot\nEirik Nes (Sp): for\n", 2, 1, {"Ap": 1}),
    (
        "nn",
        "Røysting ved namneopprop:\nRagnhild Li (H) – mot\nTorunn Ås (KrF) – mot\nIvar Dale (SV) – for\n"
        "Olav Rud (Ap) – for\nMarit Sæle (Ap) – for\n",
        3,
        2,
        {"H": 1, "KrF": 1},
    ),
    (
        "nn",
        "Olav Rud (Ap): for\nNils Hove (FrP): mot\nAnne Aas (Sp): for\n\nInnstillinga vart vedteken.\n",
        2,
        1,
        {"FrP": 1},
    ),
    ("nn", "Røyster for: 25\nRøyster mot: 8 (FrP, H)\n", 25, 8, None),
    ("nn", "For: 17\nMot: 10\nInnstillinga vart vedteken.\n", 17, 10, None),
]


@pytest.mark.parametrize(("language", "lines", "votes_for", "votes_against", "parties"), UNDER_A_RECOMMENDATION)
def test_vote_lines_right_under_a_recommendation_are_not_part_of_it(language, lines, votes_for, votes_against, parties):
    (row,) = votes(CASE[language] + RECOMMENDATION[language] + lines, language)
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        "adopted",
        votes_for,
        votes_against,
        False,
    )
    assert (json.loads(row.against_parties) if row.against_parties else None) == parties


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Mette Holm (A) stemte for forslaget i 2019, men har siden skiftet holdning.\n"),
        ("da", "Jens Lund (V) stemte imod budgettet sidste år.\n"),
        ("nb", "Kari Nordmann (Ap) stemte for da saken var oppe i 2021.\n"),
        ("nb", "Ola Hansen (H) stemte mot budsjettet i fjor, opplyste ordføreren.\n"),
        ("nn", "Sigrid Haug (Sp) røysta for framlegget i fjor.\n"),
    ],
)
def test_one_member_recalled_voting_is_no_vote_page(language, text):
    assert votes(CASE[language] + "Saksopplysningar:\n" + text, language) == []
