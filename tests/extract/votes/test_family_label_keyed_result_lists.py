"""Result lists keyed by labels defined higher up the page (label_results.py): an agenda defines its items and
the proposals under them ("Agendapunt 3  Mobiliteitsplan", 'Amendement A2 (VVD, CDA) "Geen betaald parkeren"',
"Forslag 1 (Sp) «...»", "Æ1 (Enhedslisten)"), and a result list below gives each outcome by the label alone
("A2:  verworpen", "Forslag 1   Falt", "Æ1 | Forkastet", "PS 4/26<TAB>Vedteke"). Each result line is one row about
the label's title, in the item's case, moved by the bracket's parties. An agenda without results, a label in
prose, a table of contents and a budget table with a label in its first column give no row.
"""

from __future__ import annotations

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
