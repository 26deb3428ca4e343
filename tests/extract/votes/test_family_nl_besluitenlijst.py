"""Family: Dutch besluitenlijst rows (nl).

A besluitenlijst is read as structure: an agenda item header ("7. Raadsvoorstel ...", "Agendapunt 4c",
"RV 24-031 ...") followed by its result line, and numbered motions and amendments listed one per line
under an item. Each is a row; the item's result is about the item's title, a motion line about the
motion as written, with its parties from the line. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\n\nRaadsvergadering van dinsdag 12 maart 2024\n\n"


@pytest.mark.parametrize(
    ("item", "result", "outcome", "unanimous"),
    [
        (
            "7. Raadsvoorstel Vaststellen bestemmingsplan Kern Oost",
            "Besluit: conform voorstel aangenomen.",
            "adopted",
            None,
        ),
        ("Agendapunt 4c Krediet renovatie gemeentehuis", "Hamerstuk", "adopted", None),
        ("12. Verordening afvalstoffenheffing 2025", "Unaniem aangenomen", "adopted", True),
        ("5. Zienswijze ontwerpbegroting GGD", "Besluit: hamerstuk", "adopted", None),
        ("9. Grondexploitatie Stationsgebied", "Aangehouden", "postponed", None),
        ("3. Vaststellen besluitenlijst vorige vergadering", "Conform", "adopted", None),
        ("Agendapunt 8 Nota reserves en voorzieningen", "Besluit: met algemene stemmen aangenomen", "adopted", True),
        ("10. Verkoop perceel Molenweg", "Verworpen.", "rejected", None),
        ("6. Treasurystatuut", "Als hamerstuk afgedaan.", "adopted", None),
    ],
)
def test_an_item_and_its_result_line_are_one_row_about_the_item(item, result, outcome, unanimous):
    (row,) = votes(HEAD + item + "\n\n" + result + "\n", "nl")
    title = item.split(" ", 1)[1].removeprefix("4c ").removeprefix("8 ")
    assert (row.meeting_date, row.body, row.outcome, row.unanimous) == (
        "2024-03-12",
        "gemeenteraad",
        outcome,
        unanimous,
    )
    assert row.subject == title


def test_every_item_of_a_decision_list_is_a_row_with_its_own_number():
    text = (
        HEAD
        + "1. Opening en mededelingen\n\n"
        + "2. Vaststellen agenda\n\nConform vastgesteld.\n\n"
        + "3. Raadsvoorstel Sportnota 2024-2028\n\nHamerstuk\n\n"
        + "4. Raadsvoorstel Subsidieplafond cultuur\n\nAangenomen met 24 stemmen voor en 3 tegen.\n\n"
        + "5. Raadsvoorstel Parkeervisie\n\nAangehouden\n"
    )
    rows = votes(text, "nl")
    assert [(r.case_number, r.outcome) for r in rows] == [
        ("2", "adopted"),
        ("3", "adopted"),
        ("4", "adopted"),
        ("5", "postponed"),
    ]
    assert rows[2].subject == "Raadsvoorstel Subsidieplafond cultuur"
    assert (rows[2].votes_for, rows[2].votes_against) == (24, 3)


@pytest.mark.parametrize(
    ("line", "subject", "outcome", "party"),
    [
        (
            "Motie M5 (GL, PvdA) Warme truiendag – verworpen",
            "Motie M5 (GL, PvdA) Warme truiendag",
            "rejected",
            "GL, PvdA",
        ),
        ("Motie M2 (CDA) Onderhoud fietspaden: aangenomen", "Motie M2 (CDA) Onderhoud fietspaden", "adopted", "CDA"),
        (
            "Motie M4 van de SP inzake huurtoeslag - aangehouden",
            "Motie M4 van de SP inzake huurtoeslag",
            "postponed",
            "SP",
        ),
        ("Amendement A3 (D66): Groene daken: verworpen", "Amendement A3 (D66): Groene daken", "rejected", "D66"),
        ("Motie 7 (VVD) Ondernemersfonds: aangenomen", "Motie 7 (VVD) Ondernemersfonds", "adopted", "VVD"),
        ("Amendement A1 van de ChristenUnie over zondagsrust: aangenomen", None, "adopted", "ChristenUnie"),
    ],
)
def test_a_motion_line_is_a_row_with_its_parties(line, subject, outcome, party):
    (row,) = votes(HEAD + "8. Begroting 2025\n\n" + line + "\n", "nl")
    assert (row.outcome, row.proposer_party, row.case_number) == (outcome, party, "8")
    assert row.subject == (subject or line.rsplit(":", 1)[0])


@pytest.mark.parametrize(
    ("line", "votes_for", "votes_against"),
    [
        ("Amendement A2 van D66 over groene daken: aangenomen 20-9", 20, 9),
        ("Motie M6 (SP) Gratis zwemles: verworpen 11-22", 11, 22),
        ("Motie M1 (PvdD) Bomenplan: verworpen met 9 stemmen voor en 24 tegen", 9, 24),
        ("Amendement A4 (JA21) Lastenverlichting: verworpen (8 voor, 25 tegen)", 8, 25),
        ("Motie M3 (BBB) Boerenerven: aangenomen met 19 stemmen voor en 14 tegen", 19, 14),
    ],
)
def test_a_motion_line_carries_its_counts(line, votes_for, votes_against):
    (row,) = votes(HEAD + "8. Begroting 2025\n\n" + line + "\n", "nl")
    assert (row.votes_for, row.votes_against, row.unanimous) == (votes_for, votes_against, False)


def test_motions_listed_one_per_line_are_one_row_each():
    text = (
        HEAD
        + "8. Begroting 2025\n\n"
        + "Motie M1 (GL) Zonnepanelen – aangenomen\n"
        + "Motie M2 (SP) Huren – verworpen\n"
        + "M3 ingetrokken\n"
        + "Amendement A1 (VVD) OZB: aangenomen\n"
    )
    rows = votes(text, "nl")
    assert [(r.proposer_party, r.outcome) for r in rows] == [("GL", "adopted"), ("SP", "rejected"), ("VVD", "adopted")]


@pytest.mark.parametrize(
    "text",
    [
        "8. Begroting 2025\n\nM3 ingetrokken\n",
        "8. Begroting 2025\n\nMotie M5 (SP) Huren wordt ingetrokken.\n",
        "Hamerstukken\n\n8.1 Raadsvoorstel Treasurystatuut\n",
        "8. Begroting 2025\n\nMotie M2 (GL) Zonnepanelen\nToelichting: de indieners vragen om zonnepanelen.\n",
        "8. Raadsvoorstel Treasurystatuut (hamerstuk)\n",
    ],
)
def test_withdrawn_motions_plain_headings_and_agenda_marks_give_no_row(text):
    assert votes(HEAD + text, "nl") == []


@pytest.mark.parametrize(
    ("row_line", "subject", "outcome", "votes_for", "votes_against"),
    [
        ("2. Jaarrekening 2023 Aangenomen met 25 stemmen voor en 2 tegen", "Jaarrekening 2023", "adopted", 25, 2),
        ("3. Kadernota 2025 Aangenomen", "Kadernota 2025", "adopted", None, None),
        ("4. Motie M12 Groen schoolplein Verworpen", "Motie M12 Groen schoolplein", "rejected", None, None),
        ("5. Verordening precariobelasting – unaniem aangenomen", "Verordening precariobelasting", "adopted", None, 0),
        ("6. Nota grondbeleid Aangehouden", "Nota grondbeleid", "postponed", None, None),
        ("7. Treasurystatuut 2025 Hamerstuk", "Treasurystatuut 2025", "adopted", None, None),
    ],
)
def test_a_table_row_with_title_and_result_is_a_row(row_line, subject, outcome, votes_for, votes_against):
    text = "Gemeenteraad\n\nVergadering van 3 juli 2024\n\nNr. Onderwerp Besluit\n" + row_line + "\n"
    (row,) = votes(text, "nl")
    assert (row.subject, row.outcome, row.votes_for, row.votes_against, row.meeting_date) == (
        subject,
        outcome,
        votes_for,
        votes_against,
        "2024-07-03",
    )


@pytest.mark.parametrize(
    ("text", "outcome", "votes_for", "votes_against"),
    [
        ("Besluit: De motie is met 14 stemmen voor en 13 stemmen tegen aangenomen.\n", "adopted", 14, 13),
        ("De motie wordt met 9 stemmen voor en 22 tegen verworpen.\n", "rejected", 9, 22),
        ("De motie is met 20 tegen 11 stemmen aangenomen.\n", "adopted", 20, 11),
        ("De motie werd met 12 stemmen voor en 15 stemmen tegen niet aangenomen.\n", "rejected", 12, 15),
        ("De motie wordt met 17 stemmen voor, 10 tegen en 2 onthoudingen aangenomen.\n", "adopted", 17, 10),
    ],
)
def test_counts_between_auxiliary_and_participle(text, outcome, votes_for, votes_against):
    (row,) = votes(HEAD + "6. Motie vreemd aan de orde: Behoud bibliotheek Noord\n\n" + text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == (outcome, votes_for, votes_against)
    assert row.subject == "Motie vreemd aan de orde: Behoud bibliotheek Noord"


@pytest.mark.parametrize(
    "result",
    [
        "Besluit: Van de agenda gehaald.",
        "Besluit: aangehouden",
        "Uitslag: uitgesteld",
        "Van de agenda afgevoerd.",
        "Besluitvorming: verdaagd",
    ],
)
def test_a_labelled_procedural_result_is_postponed(result):
    (row,) = votes(HEAD + "7. Raadsvoorstel Herijking subsidiebeleid\n\n" + result + "\n", "nl")
    assert (row.outcome, row.subject) == ("postponed", "Raadsvoorstel Herijking subsidiebeleid")


@pytest.mark.parametrize(
    ("head", "result"),
    [
        ("Motie Warme truiendag", "Uitslag: verworpen"),
        ("Amendement Groene daken", "Status: Aangenomen"),
        ("Motie vreemd aan de orde Lokale inkoop", "Resultaat: aangenomen"),
        ("Initiatiefvoorstel Sportakkoord", "Uitslag: aangenomen"),
        ("Motie Behoud bibliotheek Noord", "Stemming: verworpen"),
    ],
)
def test_a_page_about_one_proposal_gives_its_head_line_as_subject(head, result):
    text = head + "\n\nIndieners: GroenLinks, PvdA\n\nDatum raadsvergadering: 12 maart 2024\n\n" + result + "\n"
    (row,) = votes(text, "nl")
    assert (row.subject, row.meeting_date) == (head, "2024-03-12")


@pytest.mark.parametrize(
    "text",
    [
        "5. Jaarverslag Rekenkamer Voor kennisgeving aangenomen\n",
        "5. Jaarverslag Rekenkamer\n\nBesluit: voor kennisgeving aangenomen\n",
        "5. Jaarverslag Rekenkamer\n\nKennis genomen.\n",
        "5. Jaarverslag Rekenkamer\n\nDe gemeenteraad neemt akte van het jaarverslag.\n",
        "5. Jaarverslag Rekenkamer\n\nDe raad neemt kennis van het jaarverslag 2023.\n",
    ],
)
def test_an_item_taken_for_information_is_noted(text):
    (row,) = votes(HEAD + text, "nl")
    assert (row.outcome, row.case_number) == ("noted", "5")
