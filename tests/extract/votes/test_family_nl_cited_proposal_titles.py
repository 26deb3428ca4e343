"""A motion or amendment named by its label and a quoted title is cited by its kind, number and title.

Dutch besluitenlijsten, stemmingsuitslagen and notulen name a member's proposal by kind, number, movers and title
('Motie M1 (GroenLinks) "Natuurinclusief bouwen"', 'Amendement 7.1 \\'Lokale lasten omlaag\\' - ingediend door: ...',
'M4 (CDA) "Behoud bibliotheek"', 'Motie vreemd aan de orde van de dag M2 "Schoon zwemwater" (CDA)'). The row's
subject is the label as written and the title ('Motie M1 (GroenLinks) Natuurinclusief bouwen'), in single or
double quotes alike: the kind, 'vreemd aan de orde van de dag' and the movers' bracket right after the number stay
(gold writes the whole label or the bare title, and the cite holds both); what stands between label and title
(' van VVD en CDA:') and a description after the title (': het aantal ...', 'bij de Woonvisie') are left out.

Look-alikes: a quoted sentence ending in a stop is the proposal's own text, not a title, and keeps its label; a
raadsvoorstel named with a quoted plan is no member's proposal; a party code after the kind ('Motie D66') is no
number.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Testdam\nBesluitenlijst van de openbare vergadering van de gemeenteraad\n"
    "Datum: donderdag 29 januari 2026, aanvang 19.30 uur\n\n"
)


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        (
            'Motie M1 (GroenLinks) "Natuurinclusief bouwen in de Noordpolder"',
            "Motie M1 (GroenLinks) Natuurinclusief bouwen in de Noordpolder",
        ),
        (
            'Amendement A2 van VVD en CDA: "Lagere leges voor verenigingen"',
            "Amendement A2 Lagere leges voor verenigingen",
        ),
        (
            "Motie M3 (Samen Testdam, D66) “Pendelbus vanaf het transferium”",
            "Motie M3 (Samen Testdam, D66) Pendelbus vanaf het transferium",
        ),
        ('M4 (CDA) "Behoud bibliotheekvestiging Oudorp"', "M4 (CDA) Behoud bibliotheekvestiging Oudorp"),
        (
            'Motie vreemd aan de orde van de dag M2 "Schoon zwemwater in de plas" (CDA)',
            "Motie vreemd aan de orde van de dag M2 Schoon zwemwater in de plas",
        ),
        (
            'Subamendement A1.1 (PvdA) "Ook de Dorpsstraat autoluw"',
            "Subamendement A1.1 (PvdA) Ook de Dorpsstraat autoluw",
        ),
        ("Motie M2 (SP) 'Huurbevriezing bij de corporaties'", "Motie M2 (SP) Huurbevriezing bij de corporaties"),
        (
            "Amendement 7.1 'Lokale lasten omlaag' - ingediend door: Mark de Wit (VVD)",
            "Amendement 7.1 Lokale lasten omlaag",
        ),
        ("Motie M-11 ‘Warme maaltijd voor ouderen’ (CDA, SGP)", "Motie M-11 Warme maaltijd voor ouderen"),
        ("Motie 9.1 'Deelauto's in elke wijk' (Gemeentebelangen)", "Motie 9.1 Deelauto's in elke wijk"),
        (
            'Amendement A1 (CDA, ChristenUnie) "Parkeren aan de Kerkstraat": het aantal parkeerplaatsen wordt niet '
            "verminderd",
            "Amendement A1 (CDA, ChristenUnie) Parkeren aan de Kerkstraat",
        ),
        (
            "Motie vreemd aan de orde: 'Kermis op de Brink behouden' (M9, Testdams Belang)",
            "Motie vreemd aan de orde Kermis op de Brink behouden",
        ),
    ],
)
def test_a_quoted_title_is_cited_with_its_kind_and_number(line, subject):
    text = HEAD + f"6. Omgevingsplan Testdam\n{line}\nBesluit: verworpen. Stemverhouding: 9 voor, 17 tegen.\n"
    rows = votes(text, "nl")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [(subject, "rejected", 9, 17)]


@pytest.mark.parametrize(
    ("heading", "subject"),
    [
        (
            'Agendapunt 7 – Amendement A "Meer starterswoningen" (GroenLinks-PvdA, SP, D66)\nbij de Woonvisie Testdam',
            "Amendement A Meer starterswoningen",
        ),
        (
            "Agendapunt 8 – Motie vreemd aan de orde 'Geen windturbines bij de Willens'",
            "Motie vreemd aan de orde Geen windturbines bij de Willens",
        ),
        (
            "Agendapunt 9 – Motie 9.2 „Pinautomaat terug in het dorp” (Gemeentebelangen)",
            "Motie 9.2 Pinautomaat terug in het dorp",
        ),
    ],
)
def test_a_result_page_heading_cites_its_proposal(heading, subject):
    text = (
        "Stemmingsuitslagen gemeenteraad Testdam - donderdag 26 februari 2026\n\n"
        f"{heading}\nUitslag: verworpen (10 voor, 17 tegen)\n"
    )
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(text, "nl")] == [
        (subject, "rejected", 10, 17)
    ]


def test_a_flemish_amendment_with_a_quoted_title_is_cited_the_same_way():
    text = (
        "Gemeenteraad Testegem\nBesluitenlijst zitting van maandag 23 maart 2026\n\n"
        "Punt 4. Subsidiereglement voor jeugdverenigingen - wijziging\n"
        "Amendement A1 van de fractie Groen 'Meer steun voor kampen'\n"
        "Stemming: het amendement wordt verworpen met 9 ja-stemmen en 18 neen-stemmen.\n"
    )
    assert [r.subject for r in votes(text, "nl")][:1] == ["Amendement A1 Meer steun voor kampen"]


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        (
            'Amendement A1 (GroenLinks, D66): "Voeg aan het besluit toe dat de helft sociale huur wordt."',
            'Amendement A1 (GroenLinks, D66): "Voeg aan het besluit toe dat de helft sociale huur wordt."',
        ),
        ('Motie D66 "Testdam Fairtrade Gemeente"', "Motie Testdam Fairtrade Gemeente"),
    ],
)
def test_quoted_sentences_keep_the_label_and_a_party_is_no_number(line, subject):
    text = HEAD + f"6. Omgevingsplan Testdam\n{line}\nBesluit: verworpen. Stemverhouding: 9 voor, 17 tegen.\n"
    assert [r.subject for r in votes(text, "nl")] == [subject]


def test_a_proposal_of_the_college_with_a_quoted_plan_keeps_its_name():
    text = HEAD + '7. Raadsvoorstel "Nota grondbeleid 2026"\nBesluit: aangenomen met 21 stemmen voor en 5 tegen.\n'
    assert [r.subject for r in votes(text, "nl")] == ['Raadsvoorstel "Nota grondbeleid 2026"']
