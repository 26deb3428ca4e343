"""Family: the vote of a decision stated on a line of its own, and vote pages with one line per party (nl).

Unanimity stated by a separate line ("Met eenparigheid van stemmen.", "Unaniem", "Met algemeenheid van
stemmen", "Goedgekeurd met 27 stemmen voor.", "Aangenomen zonder stemming.") belongs to the decision above;
per-party lines ("VVD: voor", "PVV – tegen", "CDA (4) tegen", "CD&V (9): ja") are counted per party, keyed as
written, and a party line without its number leaves the count unknown. Which sentence a decision is about:
test_family_nl_decision_subjects.
All sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

FLEMISH = "Gemeente Oosterveld\nNotulen gemeenteraad\nZitting van maandag 16 september 2024 om 20.00 uur\n\n"
DUTCH = "Gemeenteraad\n\nBesluitenlijst van de raadsvergadering van dinsdag 9 april 2024\n\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            FLEMISH,
            "5. Reglement begraafplaatsen\n"
            "\n"
            "Besluit\n"
            "Artikel 1\n"
            "De gemeenteraad keurt het reglement goed.\n"
            "\n"
            "Met eenparigheid van stemmen.\n",
        ),
        (
            FLEMISH,
            "6. Samenwerkingsovereenkomst politiezone\n"
            "\n"
            "De gemeenteraad keurt de overeenkomst goed.\n"
            "Met algemeenheid van stemmen\n",
        ),
        (
            FLEMISH,
            "8. Vertegenwoordiger algemene vergadering\n"
            "\n"
            "Besluit\n"
            "De gemeenteraad duidt raadslid Jan Peeters aan.\n"
            "\n"
            "Stemming\n"
            "Aantal stemmen ja: 25\n"
            "Aantal stemmen nee: 0\n"
            "Aantal onthoudingen: 0\n",
        ),
        (
            FLEMISH,
            "11. Aankoop perceel Kerkstraat\n"
            "\n"
            "Besluit\n"
            "Enig artikel\n"
            "De gemeenteraad hecht zijn goedkeuring aan de aankoop.\n"
            "Stemming: eenparig\n",
        ),
        (
            FLEMISH,
            "3. Notulen vorige zitting\n"
            "\n"
            "De notulen van de zitting van 19 augustus 2024 worden goedgekeurd.\n"
            "Unaniem.\n",
        ),
        (DUTCH, "Agendapunt 4 Besluitenlijst 12 maart 2024\n\nBesluit: vastgesteld\nUnaniem\n"),
        (DUTCH, "Agendapunt 5 Benoeming lid rekenkamercommissie\n\nGoedgekeurd met 27 stemmen voor.\n"),
        (DUTCH, "Agendapunt 12 Motie M3 Zwerfafval\n\nStemming: unaniem aangenomen\n"),
        (
            DUTCH,
            "Agendapunt 13 Rekenkamerrapport\n"
            "\n"
            "De raad besluit de aanbevelingen over te nemen.\n"
            "Met algemene stemmen aangenomen.\n",
        ),
    ],
)
def test_a_separate_unanimity_line_makes_the_decision_unanimous(head, body):
    (row,) = votes(head + body, "nl")
    assert (row.outcome, row.unanimous, row.votes_against, row.against_parties) == ("adopted", True, 0, None)


@pytest.mark.parametrize(
    "body",
    [
        "Agendapunt 7 Legesverordening 2025\n\nBesluit: De legesverordening 2025 is vastgesteld.\n"
        "Aangenomen zonder stemming.\n",
        "4. Grondexploitatie Molenwijk\n\nBesluit: conform voorstel.\nZonder stemming aangenomen.\n",
        "Agendapunt 9 Bestemmingsplan Oude Haven\n\nBesluit: Het bestemmingsplan is vastgesteld.\n"
        "Zonder beraadslaging en zonder stemming aangenomen.\n",
        "11. Verordening jeugdhulp 2026\n\nDe raad besluit de verordening jeugdhulp 2026 vast te stellen.\n"
        "Vastgesteld zonder stemming.\n",
        "Punt 6 Kadernota 2027\n\nBesluit: De kadernota 2027 wordt vastgesteld.\nZonder stemming vastgesteld.\n",
    ],
)
def test_a_line_saying_no_vote_was_held_joins_the_decision_and_states_no_unanimity(body):
    (row,) = votes(DUTCH + body, "nl")
    assert (row.outcome, row.unanimous, row.votes_for, row.votes_against) == ("adopted", None, None, None)


@pytest.mark.parametrize(
    "line",
    [
        "Goedgekeurd met 27 stemmen voor en 3 stemmen tegen.",
        "Het amendement wordt zonder hoofdelijke stemming verworpen met 6 stemmen voor en 15 tegen.",
        "Aangenomen met 27 stemmen voor (VVD, CDA) en 2 tegen (PVV).",
    ],
)
def test_counted_against_is_never_unanimous(line):
    (row,) = votes(DUTCH + "Agendapunt 5 Raadsvoorstel\n\n" + line + "\n", "nl")
    assert row.unanimous is False and row.votes_against > 0


@pytest.mark.parametrize(
    ("body", "outcome", "votes_for", "votes_against", "against"),
    [
        (
            "Agendapunt 8 Raadsvoorstel Omgevingsvisie\n"
            "\n"
            "Het voorstel is aangenomen.\n"
            "VVD (6) voor\n"
            "CDA (4) tegen\n"
            "SP (2) tegen\n"
            "D66 (5) voor\n",
            "adopted",
            11,
            6,
            {"CDA": 4, "SP": 2},
        ),
        (
            "Agendapunt 9 Motie M4 Fietspaden\n"
            "\n"
            "De motie is verworpen.\n"
            "GroenLinks (5): voor\n"
            "PvdA (3): voor\n"
            "VVD (8): tegen\n"
            "CDA (6): tegen\n",
            "rejected",
            8,
            14,
            {"VVD": 8, "CDA": 6},
        ),
        (
            "Agendapunt 10 Amendement A3\n"
            "\n"
            "Het amendement is aangenomen.\n"
            "VVD | 7 | voor\n"
            "D66 | 4 | voor\n"
            "PVV | 3 | tegen\n",
            "adopted",
            11,
            3,
            {"PVV": 3},
        ),
        (
            "10. Reglement op de terrassen\n"
            "\n"
            "De gemeenteraad keurt het reglement goed.\n"
            "Stemming:\n"
            "CD&V (9): ja\n"
            "N-VA (6): nee\n"
            "Vooruit (3): ja\n"
            "Vlaams Belang (2): nee\n",
            "adopted",
            12,
            8,
            {"N-VA": 6, "Vlaams Belang": 2},
        ),
        (
            "14. Subsidiereglement sport\n"
            "\n"
            "De gemeenteraad keurt het subsidiereglement goed.\n"
            "Stemming\n"
            "N-VA (11) – ja\n"
            "CD&V (5) – ja\n"
            "Groen (4) – neen\n"
            "Vooruit (3) – onthouding\n",
            "adopted",
            16,
            4,
            {"Groen": 4},
        ),
    ],
)
def test_party_lines_with_seats_are_counted_per_party(body, outcome, votes_for, votes_against, against):
    head = FLEMISH if body[0].isdigit() else DUTCH
    (row,) = votes(head + body, "nl")
    assert (row.outcome, row.unanimous, row.votes_against, json.loads(row.against_parties)) == (
        outcome,
        False,
        votes_against,
        against,
    )
    assert row.votes_for == votes_for


@pytest.mark.parametrize(
    "lines",
    [
        "VVD: voor\nCDA: voor\nPVV: tegen\nGroenLinks: tegen\nD66: tegen\n",
        "VVD – voor\nPVV – tegen\nSP – tegen\nCDA – voor\n",
        "N-VA: ja\nCD&V: ja\nVlaams Belang: nee\nGroen: onthouding\n",
        "Vooruit - ja\nOpen Vld - ja\nPVDA - neen\n",
        "ChristenUnie: voor\nSGP: voor\nPvdD: tegen\n",
    ],
)
def test_party_lines_without_seats_say_who_voted_against_but_not_how_many(lines):
    (row,) = votes(DUTCH + "Agendapunt 6 Motie M1 Parkeren\n\nDe motie is aangenomen.\n" + lines, "nl")
    assert (row.unanimous, row.votes_against, row.against_parties) == (False, None, None)
