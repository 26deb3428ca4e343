"""Result lists keyed by labels defined higher up the page (label_results.py): an agenda defines its items and
the proposals under them ("Agendapunt 3  Mobiliteitsplan", 'Amendement A2 (VVD, CDA) "Geen betaald parkeren"',
"Forslag 1 (Sp) «...»", "Æ1 (Enhedslisten)"), and a result list below gives each outcome by the label alone
("A2:  verworpen", "Forslag 1   Falt", "Æ1 | Forkastet", "PS 4/26<TAB>Vedteke"). Each result line is one row about
the label's title, in the item's case, moved by the bracket's parties. An agenda without results, a label in
prose, a table of contents and a budget table with a label in its first column give no row.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

NL_COLON = """Gemeenteraad 14 april 2026 - besluitenlijst

Agendapunt 3   Vaststelling Mobiliteitsplan 2030
               Motie M5 (GroenLinks) "Autoluw centrum"
               Amendement A2 (VVD, CDA) "Geen betaald parkeren op zondag"
Agendapunt 4   Jaarrekening 2025

Besluiten
A2:  verworpen
M5:  aangenomen
3:   aangenomen
4:   vastgesteld
"""

VL_DASH = """Gemeenteraad
Datum: 23 februari 2026

Punt 7 Reglement op het gebruik van sporthallen
    Amendement B (Vooruit) "Gratis gebruik voor jeugdclubs"
Punt 8 Aanpassing retributiereglement parkeren

Resultaten
Amendement B - verworpen
7 - goedgekeurd
8 - goedgekeurd
"""

DA_PIPES = """Byrådet
Mødedato: 3. marts 2026

Dagsorden
Punkt 1 | Lokalplan 88 for Havnefronten
        | Ændringsforslag Æ1 (Enhedslisten) "Krav om 25 pct. almene boliger"
Punkt 2 | Budgetopfølgning pr. 31. januar 2026
Punkt 3 | Skolestruktur i Nordområdet

Beslutninger
Æ1 | Forkastet
1  | Godkendt
2  | Taget til efterretning
3  | Udsat
"""

NB_GAPS = """Kommunestyret
Møtedato: 12.03.2026

Sak 12/26   Reguleringsplan Nordre vei
            Forslag 1 (Sp) «Planen sendes tilbake til administrasjonen»
            Forslag 2 (H): Planen vedtas uten rekkefølgekrav
Sak 13/26   Årsmelding 2025 for kontrollutvalget

Resultater
12/26       Vedtatt med 21 mot 6 stemmer
Forslag 1   Falt
Forslag 2   Falt
13/26       Tatt til orientering
"""

NN_TABS = """Heradsstyret
Møtedato: 19.02.2026

Saker
PS 4/26	Ny barnehage på Øyra
	Framlegg A (Sp): «Saka vert utsett til juni»
PS 5/26	Budsjettjustering 2026

Vedtak
PS 4/26	Vedteke
Framlegg A	Fall med 5 mot 12 røyster
PS 5/26	Samrøystes vedteke
"""

VOORSCHOTEN_LIKE = """Uitslagen raadsvergadering dinsdag 3 februari 2026

Agendapunt 4   Raadsvoorstel Herinrichting Dorpsstraat
               Amendement A3 (PvdA) "Meer groen in de Dorpsstraat"
Agendapunt 5   Motie M7 (SP) "Huurbevriezing 2026"
Agendapunt 6   Jaarverslag 2025 klachtencommissie

Uitslagen
A3   verworpen
4    aangenomen
M7   de stemmen staken
6    voor kennisgeving aangenomen
"""

NL_AGENDA_ONLY = """Gemeenteraad
Datum: 14 april 2026

Agenda
Agendapunt 3   Vaststelling Mobiliteitsplan 2030
               Motie M5 (GroenLinks) "Autoluw centrum"
               Amendement A2 (VVD, CDA) "Geen betaald parkeren op zondag"
Agendapunt 4   Jaarrekening 2025

Over amendement A2 en motie M5 wordt in de commissie nog gesproken.
A2:  wordt nagezonden
M5:  volgt later
"""

NB_CONTENTS = """Kommunestyret
Møtedato: 12.03.2026

Innhold
1   Innledning
2   Økonomiske rammer
3   Investeringer

1   Innledning ............................ 3
2   Økonomiske rammer ..................... 5
3   Investeringer ......................... 9
"""

DA_BUDGET = """Byrådet
Mødedato: 3. marts 2026

Punkt 1   Budget 2027
Forslag 1 (Venstre): Skatten sænkes med 0,1 pct.

Budgetoversigt (mio. kr.)
1        2026    2027
Forslag 1    -12,5   -13,0
Drift    410,2   415,8
"""


def _rows(text: str, language: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome, r.proposer_party) for r in votes(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            NL_COLON,
            "nl",
            [
                ("3", "Geen betaald parkeren op zondag", "rejected", "VVD, CDA"),
                ("3", "Autoluw centrum", "adopted", "GroenLinks"),
                ("3", "Vaststelling Mobiliteitsplan 2030", "adopted", None),
                ("4", "Jaarrekening 2025", "adopted", None),
            ],
        ),
        (
            VL_DASH,
            "nl",
            [
                ("7", "Gratis gebruik voor jeugdclubs", "rejected", "Vooruit"),
                ("7", "Reglement op het gebruik van sporthallen", "adopted", None),
                ("8", "Aanpassing retributiereglement parkeren", "adopted", None),
            ],
        ),
        (
            DA_PIPES,
            "da",
            [
                ("1", "Krav om 25 pct. almene boliger", "rejected", "Enhedslisten"),
                ("1", "Lokalplan 88 for Havnefronten", "adopted", None),
                ("2", "Budgetopfølgning pr. 31. januar 2026", "noted", None),
                ("3", "Skolestruktur i Nordområdet", "postponed", None),
            ],
        ),
        (
            NB_GAPS,
            "nb",
            [
                ("12/26", "Reguleringsplan Nordre vei", "adopted", None),
                ("12/26", "Planen sendes tilbake til administrasjonen", "rejected", "Sp"),
                ("12/26", "Planen vedtas uten rekkefølgekrav", "rejected", "H"),
                ("13/26", "Årsmelding 2025 for kontrollutvalget", "noted", None),
            ],
        ),
        (
            NN_TABS,
            "nn",
            [
                ("4/26", "Ny barnehage på Øyra", "adopted", None),
                ("4/26", "Saka vert utsett til juni", "rejected", "Sp"),
                ("5/26", "Budsjettjustering 2026", "adopted", None),
            ],
        ),
        (
            VOORSCHOTEN_LIKE,
            "nl",
            [
                ("4", "Meer groen in de Dorpsstraat", "rejected", "PvdA"),
                ("4", "Raadsvoorstel Herinrichting Dorpsstraat", "adopted", None),
                ("5", "Huurbevriezing 2026", "postponed", "SP"),
                ("6", "Jaarverslag 2025 klachtencommissie", "noted", None),
            ],
        ),
    ],
)
def test_a_result_line_naming_only_a_label_votes_on_the_labels_title(text, language, expected):
    assert _rows(text, language) == expected


def test_a_result_line_gives_the_counts_it_carries():
    rows = votes(NN_TABS, "nn")
    assert [(r.votes_for, r.votes_against) for r in rows][1] == (5, 12)


@pytest.mark.parametrize(
    ("text", "language"),
    [(NL_AGENDA_ONLY, "nl"), (NB_CONTENTS, "nb"), (DA_BUDGET, "da")],
)
def test_labels_without_a_result_list_give_no_row(text, language):
    assert _rows(text, language) == []


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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Gemeenteraad\nDatum: 14 april 2026\n\nAgendapunt 9   Moties vreemd aan de orde van de dag\n"
            '  M4 (CDA) "Meer bankjes in het park"            aangenomen\n'
            '  M5 (SP) "Gratis zwemles"                        ingetrokken\n'
            '  M6 (D66) "Deelauto\'s in elke wijk"             aangehouden tot de vergadering\n'
            "                                                  van 2 juni 2026\n",
            "nl",
            [("9", "Meer bankjes in het park", "adopted", "CDA"), ("9", "Deelauto's in elke wijk", "postponed", "D66")],
        ),
        (
            "Kommunestyret\nMøtedato: 12.03.2026\n\nSak 20/26   Interpellasjoner og forslag\n"
            "Forslag 1 (Rødt) «Gratis skolemat fra høsten»\tFalt\n"
            "Forslag 2 (KrF) «Utred ny gang- og sykkelvei»\tVedtatt\n",
            "nb",
            [
                ("20/26", "Gratis skolemat fra høsten", "rejected", "Rødt"),
                ("20/26", "Utred ny gang- og sykkelvei", "adopted", "KrF"),
            ],
        ),
    ],
)
def test_a_proposal_defined_with_its_outcome_after_a_gap_is_one_row(text, language, expected):
    assert [(r.case_number, r.subject, r.outcome, r.proposer_party) for r in votes(text, language)] == expected


def test_a_quoted_title_in_prose_after_a_label_gives_no_row():
    text = (
        "Gemeenteraad\nDatum: 14 april 2026\n\nAgendapunt 9   Moties vreemd aan de orde van de dag\n"
        '  M4 (CDA) "Meer bankjes in het park"\n  M5 (SP) "Gratis zwemles"\n\n'
        "De motie M4 wordt in de commissie besproken.\n"
    )
    assert votes(text, "nl") == []
