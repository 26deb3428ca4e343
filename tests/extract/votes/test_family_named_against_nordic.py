"""Named members voting against in a sentence of their own, next to a decision or count line (da, nb, nn):
"Godkendt. Lise Berg (Ø) og Per Dam (F) stemte imod." counts the members named per party as written,
unless a total is stated, which is then checked against them. A reservation, an abstention from the
treatment or a disqualification is no vote against."""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import CASE, votes

LABEL = {"da": "Beslutning\n", "nb": "Vedtak:\n", "nn": "Vedtak:\n"}


def _against(body: str, language: str) -> list[tuple[bool | None, int | None, dict | None, bool]]:
    rows = votes(CASE[language] + LABEL[language] + body, language)
    return [(r.unanimous, r.votes_against, _parties(r.against_parties), r.counts_consistent) for r in rows]


def _parties(column: str | None) -> dict | None:
    return json.loads(column) if column else None


NAMED = [
    (
        "da",
        "Anbefales med 3 stemmer for (V, C, F).\nKasper Holm (A) stemte imod, idet han ønsker en anden finansiering.\n",
        (False, 1, {"A": 1}, True),
    ),
    ("da", "Godkendt. Lise Berg (Ø) og Per Dam (F) stemte imod.\n", (False, 2, {"Ø": 1, "F": 1}, True)),
    ("da", "Indstillingen blev godkendt.\n\nMarie Sønderby Vang (DF) stemte imod.\n", (False, 1, {"DF": 1}, True)),
    (
        "da",
        "Tiltrådt med 7 stemmer mod 3.\nOle Kirk (V), Bente Dahl (V) og Jonas Friis (LA) stemte imod.\n",
        (False, 3, {"V": 2, "LA": 1}, True),
    ),
    ("da", "Godkendt med 8 mod 2 stemmer. Hanne Lyng (Ø) stemte mod.\n", (False, 2, {"Ø": 1}, False)),
    ("da", "Anbefales.\nKasper Holm (A) kunne ikke anbefale indstillingen.\n", (False, 1, {"A": 1}, True)),
    (
        "da",
        "Godkendt.\nLise Berg (Ø) og Per Dam (F) kan ikke godkende indstillingen.\n",
        (False, 2, {"Ø": 1, "F": 1}, True),
    ),
    ("nb", "Vedtatt mot 2 stemmer. Kari Nilsen (R) og Ola Li (SV) stemte mot.\n", (False, 2, {"R": 1, "SV": 1}, True)),
    ("nb", "Innstillingen ble vedtatt.\nTrond Eriksen (FrP) stemte imot.\n", (False, 1, {"FrP": 1}, True)),
    (
        "nb",
        "Formannskapets innstilling ble vedtatt med 31 mot 4 stemmer.\nAnne Bu (H), Per Moe (H) og Lars Ruud (KrF) "
        "stemte imot.\n",
        (False, 4, {"H": 2, "KrF": 1}, False),
    ),
    (
        "nb",
        "Vedtatt. Ingrid Strand (Sp) stemte mot, da hun mener saken er for dårlig utredet.\n",
        (False, 1, {"Sp": 1}, True),
    ),
    ("nn", "Innstillinga vart vedteken.\nJon Vik (Frp) røysta mot.\n", (False, 1, {"Frp": 1}, True)),
    (
        "nn",
        "Vedteke med 20 mot 2 røyster.\nÅse Lie (SV) og Odd Nes (Raudt) røysta mot.\n",
        (False, 2, {"SV": 1, "Raudt": 1}, True),
    ),
    ("nn", "Vedteke mot 1 røyst. Brita Dale (KrF) røysta imot.\n", (False, 1, {"KrF": 1}, True)),
    (
        "nn",
        "Framlegget vart vedteke.\nGunnar Hauge (H), Liv Tveit (H) og Per Os (Sp) røysta mot.\n",
        (False, 3, {"H": 2, "Sp": 1}, True),
    ),
    ("nn", "Vedteke. Eli Bø (Ap) stemte mot.\n", (False, 1, {"Ap": 1}, True)),
]


@pytest.mark.parametrize(("language", "body", "expected"), NAMED)
def test_named_members_against_count_per_party(language, body, expected):
    assert _against(body, language) == [expected]


def test_named_members_against_across_a_line_break_count_each_member():
    body = "Rådmannens forslag ble vedtatt.\n\nSiv Holm Aas (MDG) og Geir Lund (MDG)\nstemte mot.\n"
    assert _against(body, "nb") == [(False, 2, {"MDG": 2}, True)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Godkendt.\nKasper Holm (A) tager forbehold for finansieringen.\n"),
        ("da", "Godkendt.\nLise Berg (Ø) ønsket sin protokoltilførsel optaget.\n"),
        ("da", "Godkendt.\nPer Dam (F) deltog ikke i behandlingen.\n"),
        ("nb", "Vedtatt.\nKari Nilsen (R) tok forbehold om finansieringen.\n"),
        ("nb", "Vedtatt.\nOla Li (SV) var inhabil og fratrådte.\n"),
        ("nn", "Vedteke.\nJon Vik (Frp) tek atterhald om budsjettet.\n"),
        ("nn", "Vedteke.\nAnne Rø (Sp) deltok ikkje i handsaminga.\n"),
    ],
)
def test_reservations_and_absences_are_no_votes_against(language, body):
    assert [(against, parties) for _, against, parties, _ in _against(body, language)] == [(None, None)]
