"""Party × label vote matrices (vote_matrix.py): a table whose columns are labels defined higher up the page
("M5", "A2", "Forslag 1") and whose rows are parties with their seats gives each column's counts and parties against
to its label's row; a closing outcome row gives one row per column. A matrix without party rows gives no counts, and a
budget table under label columns is no vote matrix.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

NL_MATRIX = """Uitslagen raadsvergadering dinsdag 3 februari 2026

Agendapunt 4   Raadsvoorstel Herinrichting Dorpsstraat
               Amendement A3 (PvdA) "Meer groen in de Dorpsstraat"
Agendapunt 5   Motie M7 (SP) "Huurbevriezing 2026"

Fractie (zetels)        A3      4       M7
Lokaal Belang (5)       tegen   voor    tegen
PvdA (3; 2 aanwezig)    voor    voor    voor
SP (2)                  voor    tegen   voor
VVD (4)                 tegen   voor    tegen

Uitslagen
A3   verworpen
4    aangenomen
M7   verworpen
"""

NB_MATRIX = """Kommunestyret
Møtedato: 12.03.2026

Sak 12/26   Reguleringsplan Nordre vei
            Forslag 1 (Sp) «Planen sendes tilbake til administrasjonen»

Parti | 12/26 | Forslag 1
Ap (7) | F | M
Sp (5) | M | F
H (3) | F | M
Totalt for/mot | 10/5 | 5/10

Resultater
12/26       Vedtatt
Forslag 1   Falt
"""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            NL_MATRIX,
            "nl",
            [
                ("Meer groen in de Dorpsstraat", 4, 9, {"Lokaal Belang": 5, "VVD": 4}),
                ("Raadsvoorstel Herinrichting Dorpsstraat", 11, 2, {"SP": 2}),
                ("Huurbevriezing 2026", 4, 9, {"Lokaal Belang": 5, "VVD": 4}),
            ],
        ),
        (
            NB_MATRIX,
            "nb",
            [
                ("Reguleringsplan Nordre vei", 10, 5, {"Sp": 5}),
                ("Planen sendes tilbake til administrasjonen", 5, 10, {"Ap": 7, "H": 3}),
            ],
        ),
    ],
)
def test_a_vote_matrix_column_gives_its_counts_and_parties_against_to_its_label(text, language, expected):
    rows = votes(text, language)
    got = [(r.subject, r.votes_for, r.votes_against, json.loads(r.against_parties or "null")) for r in rows]
    assert got == expected


def test_a_matrix_without_party_rows_gives_no_counts():
    text = (
        NL_MATRIX.replace("Lokaal Belang (5)       tegen   voor    tegen\n", "")
        .replace("VVD (4)                 tegen   voor    tegen\n", "")
        .replace("SP (2)                  voor    tegen   voor\n", "")
    )
    assert [(r.votes_for, r.votes_against) for r in votes(text, "nl")] == [(None, None)] * 3


NL_MATRIX_OUTCOMES = """Stemmingsuitslagen gemeenteraad donderdag 9 april 2026

Agendapunt 6   Omgevingsplan Bedrijventerrein Oost
  Amendement A2 (Groen Links, SP) "Geen logistieke dozen langs de rivier"
  Fractie (zetels)        A2        Raadsvoorstel
  Stadspartij (6)         tegen     voor
  VVD (4)                 tegen     voor
  Groen Links (4)         voor      tegen
  SP (2)                  voor      tegen
  Uitslag                 6-10      10-6
                          verworpen aangenomen
"""

VL_MATRIX_PIPES = """Gemeenteraad
Datum: 26 januari 2026

Punt 4 Subsidiereglement voor verenigingen
Amendement C (Vooruit) "Verhoging van de basissubsidie"

Fractie | Amendement C | Ontwerpbesluit
N-VA (9) | nee | ja
Vooruit (5) | ja | ja
Groen (3) | ja | nee
Totaal | 8-9 | 14-3
Besluit | verworpen | goedgekeurd
"""

NB_MATRIX_OUTCOMES = """Kommunestyret
Møtedato: 12.03.2026

Sak 14/26   Ny skolestruktur i nord
            Forslag 1 (Sp): «Dagens struktur beholdes»

Parti        Innstilling   Forslag 1
Ap (9)       F             M
Sp (6)       M             F
H (4)        F             M
FrP (2)      M             F
Resultat     13-8          8-13
             Vedtatt       Falt
"""

DA_MATRIX_OUTCOMES = """Byrådet
Mødedato: 3. marts 2026

Punkt 5   Lokalplan 90 for Stationsbyen
          Ændringsforslag Æ2 (Venstre) "Højst fire etager"

Parti            Æ2          Indstilling
A (11)           I           F
V (7)            F           F
Ø (3)            I           I
I alt            7-14        18-3
                 Forkastet   Godkendt
"""

NN_MATRIX_TABS = """Heradsstyret
Møtedato: 19.02.2026

PS 6/26\tNy brannstasjon
\tFramlegg A (FrP): «Saka vert utsett»

Parti\tInnstilling\tFramlegg A
Sp (8)\tF\tM
Ap (5)\tF\tM
FrP (4)\tM\tF
Resultat\t13-4\t4-13
\tVedteke\tFall
"""

NL_BUDGET_LOOKALIKE = """Gemeenteraad
Datum: 14 april 2026

Agendapunt 3   Voorjaarsnota 2026
               Amendement A2 (VVD) "Lagere OZB"

Fractie         A2        Raadsvoorstel
Budget 2026     1.200     3.400
Budget 2027     1.250     3.500
"""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            NL_MATRIX_OUTCOMES,
            "nl",
            [
                ("6", "Geen logistieke dozen langs de rivier", "rejected", 6, 10, {"Stadspartij": 6, "VVD": 4}),
                ("6", "Omgevingsplan Bedrijventerrein Oost", "adopted", 10, 6, {"Groen Links": 4, "SP": 2}),
            ],
        ),
        (
            VL_MATRIX_PIPES,
            "nl",
            [
                ("4", "Verhoging van de basissubsidie", "rejected", 8, 9, {"N-VA": 9}),
                ("4", "Subsidiereglement voor verenigingen", "adopted", 14, 3, {"Groen": 3}),
            ],
        ),
        (
            NB_MATRIX_OUTCOMES,
            "nb",
            [
                ("14/26", "Ny skolestruktur i nord", "adopted", 13, 8, {"Sp": 6, "FrP": 2}),
                ("14/26", "Dagens struktur beholdes", "rejected", 8, 13, {"Ap": 9, "H": 4}),
            ],
        ),
        (
            DA_MATRIX_OUTCOMES,
            "da",
            [
                ("5", "Højst fire etager", "rejected", 7, 14, {"A": 11, "Ø": 3}),
                ("5", "Lokalplan 90 for Stationsbyen", "adopted", 18, 3, {"Ø": 3}),
            ],
        ),
        (
            NN_MATRIX_TABS,
            "nn",
            [
                ("6/26", "Ny brannstasjon", "adopted", 13, 4, {"FrP": 4}),
                ("6/26", "Saka vert utsett", "rejected", 4, 13, {"Sp": 8, "Ap": 5}),
            ],
        ),
    ],
)
def test_a_vote_matrix_ending_in_outcomes_gives_one_row_per_column(text, language, expected):
    rows = votes(text, language)
    got = [
        (r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against, json.loads(r.against_parties or "null"))
        for r in rows
    ]
    assert got == expected


def test_a_budget_table_under_label_columns_is_no_vote_matrix():
    assert [r for r in votes(NL_BUDGET_LOOKALIKE, "nl") if r.votes_for is not None] == []
