"""Family: lettered and numbered sub-items of an agenda point, and decisions that name nothing (nl).

A decision list groups its routine items under one point ("Agendapunt 4. Hamerstukken" with "4.a ...",
"4b ...", "3.1 ..."); each sub-item is its own case with its own number. A decision that names nothing
("Zonder stemming aangenomen.", "conform besloten", "De raad neemt de brief voor kennisgeving aan.")
is about the item's title. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst van de gemeenteraad\n\nvergadering van maandag 3 juni 2024\n\n"
FLEMISH = "Gemeenteraad\n\nzitting van dinsdag 18 juni 2024\n\n"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "Agendapunt 4. Hamerstukken\n4.a Jaarrekening 2023 Regio Noord\nBesluit: Zonder stemming aangenomen.\n"
            "4.b Zienswijze begroting Veiligheidsregio\nBesluit: Zonder stemming aangenomen.\n",
            [("4.a", "Jaarrekening 2023 Regio Noord"), ("4.b", "Zienswijze begroting Veiligheidsregio")],
        ),
        (
            "5. Hamerstukken\n5a Treasurystatuut 2025\nBesluit: hamerstuk.\n5b Verordening marktgelden\n"
            "Besluit: conform voorstel.\n",
            [("5a", "Treasurystatuut 2025"), ("5b", "Verordening marktgelden")],
        ),
        (
            "3. Hamerstukken\n3.1 Verordening kwijtschelding 2025 – conform besloten.\n"
            "3.2 Grondprijzenbrief 2025 – conform besloten.\n3.3 Nota reserves – zonder stemming aangenomen.\n",
            [
                ("3.1", "Verordening kwijtschelding 2025"),
                ("3.2", "Grondprijzenbrief 2025"),
                ("3.3", "Nota reserves"),
            ],
        ),
        (
            "Agendapunt 6. Raadsvoorstellen\n6.c Krediet brandweerkazerne\nBesluit: Aangenomen.\n",
            [("6.c", "Krediet brandweerkazerne")],
        ),
        (
            "2. Hamerstukken\n2.a. Subsidieregeling sportverenigingen\nBesluit: Bij hamerslag aangenomen.\n",
            [("2.a", "Subsidieregeling sportverenigingen")],
        ),
    ],
)
def test_each_sub_item_is_its_own_case_about_its_title(block, expected):
    rows = votes(HEAD + block, "nl")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [(n, t, "adopted") for n, t in expected]
    assert {r.meeting_date for r in rows} == {"2024-06-03"}


@pytest.mark.parametrize(
    "decision",
    [
        "Besluit: De raad neemt de brief voor kennisgeving aan.",
        "De raad neemt kennis van de brief. Er wordt niet gestemd.",
        "Besluit: de raadsinformatiebrief wordt voor kennisgeving aangenomen.",
        "De gemeenteraad neemt het rapport voor kennisgeving aan.",
        "Besluit: De raad nam de memo voor kennisgeving aan.",
    ],
)
def test_taking_a_letter_for_information_is_noted_about_the_item(decision):
    (row,) = votes(HEAD + "Agendapunt 9. Raadsinformatiebrief inzameling grofvuil\n\n" + decision + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("9", "Raadsinformatiebrief inzameling grofvuil", "noted")


def test_a_decision_naming_its_subject_keeps_its_own_words():
    text = HEAD + "Agendapunt 5. Bespreekstuk\nBesluit: Het geamendeerde raadsvoorstel wordt unaniem aangenomen.\n"
    (row,) = votes(text, "nl")
    assert row.subject.startswith("Het geamendeerde raadsvoorstel")
    assert row.unanimous is True


def test_a_flemish_sub_item_is_its_own_case():
    text = FLEMISH + "3. Patrimonium\n3.a Verkoop perceel aan de Dorpsstraat\nBeslissing: Goedgekeurd.\n"
    (row,) = votes(text, "nl")
    assert (row.case_number, row.subject, row.outcome) == ("3.a", "Verkoop perceel aan de Dorpsstraat", "adopted")


@pytest.mark.parametrize(
    "line",
    [
        "4.a Het college heeft de begroting op 12 maart 2023 vastgesteld.",
        "3.1 Inleiding",
        "5a Toelichting bij de jaarrekening",
    ],
)
def test_a_numbered_line_that_records_no_decision_gives_no_row(line):
    assert votes(HEAD + "Agendapunt 4. Stukken\n" + line + "\n", "nl") == []
