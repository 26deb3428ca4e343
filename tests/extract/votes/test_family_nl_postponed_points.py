"""An agenda point or motion postponed inside the minutes (nl): one postponed row about the point's or the
motion's name, never about the sentence that postpones it; a withdrawn motion gives no row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADER = "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n"


@pytest.mark.parametrize(
    ("title", "sentence", "case_number", "subject"),
    [
        (
            "8. Voorstel tot het instellen van een onderzoek naar het zwembad",
            "Het agendapunt wordt verdaagd.",
            "8",
            "Voorstel tot het instellen van een onderzoek naar het zwembad",
        ),
        (
            "8. Verkoop perceel grond aan de Kapellestraat",
            "Het punt wordt uitgesteld naar de volgende zitting.",
            "8",
            "Verkoop perceel grond aan de Kapellestraat",
        ),
        (
            "Agendapunt 9 Motie vreemd aan de orde van de dag 'Kermis op de Markt behouden' (M9, Lokaal Belang)",
            "De motie wordt aangehouden.",
            "9",
            "Motie vreemd aan de orde van de dag Kermis op de Markt behouden",
        ),
        (
            "10. Raadsvoorstel Herinrichting Stationsplein",
            "Op verzoek van het college wordt het voorstel aangehouden.",
            "10",
            "Raadsvoorstel Herinrichting Stationsplein",
        ),
        (
            "11. Verordening ligplaatsen woonboten 2024",
            "Het punt wordt van de agenda gehaald.",
            "11",
            "Verordening ligplaatsen woonboten 2024",
        ),
        (
            "12. Samenwerking met OCMW rond sociale huisvesting",
            "Besluit\nOp vraag van de schepen wordt het punt verdaagd naar de zitting van maart.",
            "12",
            "Samenwerking met OCMW rond sociale huisvesting",
        ),
    ],
)
def test_a_postponed_point_is_named_by_its_title(title, sentence, case_number, subject):
    (row,) = votes(f"{HEADER}{title}\n\n{sentence}\n", "nl")
    assert (row.case_number, row.subject, row.outcome, row.votes_for) == (case_number, subject, "postponed", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dit agendapunt wordt verdaagd naar de vergadering van 12 december 2024.",
        "De raad besluit het voorstel aan te houden tot na de zomer.",
        "De gemeenteraad besluit het raadsvoorstel uit te stellen.",
        "Op voorstel van de voorzitter wordt dit punt uitgesteld.",
        "De raad besluit dit agendapunt te verdagen.",
    ],
)
def test_a_postponing_sentence_is_never_the_subject(sentence):
    (row,) = votes(f"{HEADER}9. Bestemmingsplan Hoge Weide\n\n{sentence}\n", "nl")
    assert (row.subject, row.outcome) == ("Bestemmingsplan Hoge Weide", "postponed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Het voorstel is door het college teruggetrokken.",
        "Motie M4 'Meer sociale huur' (PvdA)\nDe motie wordt door de indiener ingetrokken.",
        "Het agendapunt wordt ingetrokken.",
    ],
)
def test_a_withdrawn_point_or_motion_gives_no_row(sentence):
    assert votes(f"{HEADER}9. Bestemmingsplan Hoge Weide\n\n{sentence}\n", "nl") == []


def test_a_held_motion_under_a_point_is_named_by_its_heading():
    text = (
        "6. Nota Parkeren\n\n"
        'Motie M2 van de VVD "Parkeren bij de huisarts"\n'
        "De motie wordt op verzoek van de indieners aangehouden tot de volgende vergadering.\n"
    )
    (row,) = votes(HEADER + text, "nl")
    assert (row.subject, row.outcome, row.proposer_party) == (
        "Motie M2 Parkeren bij de huisarts",
        "postponed",
        "VVD",
    )


def test_held_and_withdrawn_motions_beside_the_adopted_proposal():
    text = (
        "4. Woonvisie 2025-2035\n\n"
        "Motie M4 (Swollwacht) 'Onderzoek erfpacht': aangehouden.\n"
        "Motie M3 (D66) 'Woningdelen stimuleren': ingetrokken.\n"
        "Het raadsvoorstel wordt aangenomen met 30 stemmen voor en 5 tegen.\n"
    )
    rows = votes(HEADER + text, "nl")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("Motie M4 (Swollwacht) Onderzoek erfpacht", "postponed", None, None),
        ("Woonvisie 2025-2035", "adopted", 30, 5),  # the outcome names only the case
    ]
