"""Family: counted votes in Dutch and Flemish decision lists and minutes (nl).

Counts come as labelled lines ("Voor: 24, tegen: 3", "Stemuitslag: 26 voor, 5 tegen"), inside the
outcome ("met 22 stemmen voor en 7 tegen"), as Flemish tallies with abstentions and parties, and as
vote pages with one line per member. against_parties is keyed as written, with counts only when the
text gives them (a single party takes the stated total). All sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

CASE = "Gemeenteraad\n\nRaadsvergadering 12-03-2024\n\nAgendapunt 6 Woonvisie 2024-2030\n\n"


@pytest.mark.parametrize(
    ("text", "outcome", "votes_for", "votes_against"),
    [
        ("Stemuitslag: 26 voor, 5 tegen\n", "adopted", 26, 5),
        ("Voor: 24, tegen: 3\n", "adopted", 24, 3),
        ("Stemming: 12 voor en 19 tegen\n", "rejected", 12, 19),
        ("Voor 21 – Tegen 8\n", "adopted", 21, 8),
        ("Uitslag: 30 stemmen voor, 1 stem tegen\n", "adopted", 30, 1),
        ("Stemmen voor: 20 - Stemmen tegen: 5 - Onthoudingen: 2\n", "adopted", 20, 5),
    ],
)
def test_a_count_line_alone_is_the_items_result(text, outcome, votes_for, votes_against):
    (row,) = votes(CASE + text, "nl")
    assert (row.subject, row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        "Woonvisie 2024-2030",
        outcome,
        votes_for,
        votes_against,
        False,
    )


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against"),
    [
        ("Het voorstel is aangenomen met 22 stemmen voor en 7 tegen.\n", 22, 7),
        ("Aangenomen met 19 stemmen voor, 12 stemmen tegen.\n", 19, 12),
        ("Het voorstel wordt met 25 tegen 6 stemmen aangenomen.\n", 25, 6),
        ("De raad besluit met 17 ja-stemmen, 6 neen-stemmen en 2 onthoudingen.\n", 17, 6),
        ("Goedgekeurd met 15 stemmen voor, 4 stemmen tegen en 2 onthoudingen.\n", 15, 4),
    ],
)
def test_counts_inside_the_outcome(text, votes_for, votes_against):
    (row,) = votes(CASE + text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == ("adopted", votes_for, votes_against)


@pytest.mark.parametrize(
    ("text", "against_parties"),
    [
        ("Aangenomen met 22 stemmen voor en 7 tegen.\nTegen: PVV en SP\n", None),
        ("Aangenomen met 30 stemmen voor en 4 tegen (tegen: PVV)\n", {"PVV": 4}),
        ("Het voorstel is aangenomen met 28 stemmen voor en 5 tegen. Tegen stemde de fractie van JA21.\n", {"JA21": 5}),
        (
            "Het voorstel is aangenomen met 19 stemmen voor en 8 stemmen tegen. "
            "Tegen stemden de fracties van VVD en Leefbaar Zandwijk.\n",
            None,
        ),
        ("Stemuitslag: 27 voor, 3 tegen\nTegen: Dorpsbelangen Oost\n", {"Dorpsbelangen Oost": 3}),
    ],
)
def test_parties_against_are_counted_only_when_the_text_counts_them(text, against_parties):
    (row,) = votes(CASE + text, "nl")
    assert (json.loads(row.against_parties) if row.against_parties else None) == against_parties


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against", "against_parties"),
    [
        (
            "Stemmen voor: 18 (N-VA, Vooruit)\nStemmen tegen: 5 (Vlaams Belang)\nOnthoudingen: 2 (Groen)\n",
            18,
            5,
            {"Vlaams Belang": 5},
        ),
        (
            "Met 19 stemmen voor (N-VA, CD&V), 6 stemmen tegen (Vlaams Belang) en 2 onthoudingen (Groen)\n",
            19,
            6,
            {"Vlaams Belang": 6},
        ),
        ("Stemmen voor: 14 (CD&V, Open Vld); stemmen tegen: 9 (N-VA, Groen)\n", 14, 9, None),
        ("Goedgekeurd met 20 stemmen voor en 3 stemmen tegen (Vlaams Belang).\n", 20, 3, {"Vlaams Belang": 3}),
        ("Stemuitslag: 16 voor, 7 tegen (PVDA)\n", 16, 7, {"PVDA": 7}),
    ],
)
def test_flemish_tallies_with_parties(text, votes_for, votes_against, against_parties):
    (row,) = votes(CASE + text, "nl")
    assert (row.votes_for, row.votes_against) == (votes_for, votes_against)
    assert (json.loads(row.against_parties) if row.against_parties else None) == against_parties


@pytest.mark.parametrize(
    "text",
    [
        "Met algemeenheid van stemmen\n",
        "Besluit: met eenparigheid van stemmen goedgekeurd.\n",
        "Het voorstel is unaniem aangenomen.\n",
        "De gemeenteraad beslist met algemeenheid van stemmen.\n",
        "Stemuitslag: 31 voor, 0 tegen\n",
    ],
)
def test_unanimity_gives_nobody_against(text):
    (row,) = votes(CASE + text, "nl")
    assert (row.outcome, row.unanimous, row.votes_against, row.against_parties) == ("adopted", True, 0, None)


@pytest.mark.parametrize(
    ("lines", "votes_for", "votes_against", "against_parties"),
    [
        (
            [
                "Jan de Vries (VVD): voor",
                "Petra Smit (CDA): voor",
                "Ahmed Bakker (GroenLinks): tegen",
                "Kees Mulder (PVV): tegen",
            ],
            2,
            2,
            {"GroenLinks": 1, "PVV": 1},
        ),
        (
            ["Jan Jansen, VVD: tegen", "Els Visser, D66: voor", "Rik Dekker, VVD: tegen", "Mo Amrani, SP: voor"],
            2,
            2,
            {"VVD": 2},
        ),
        (
            ["Lotte van Dijk (D66) – voor", "Bas Kok (SP) – voor", "Iris Mol (SGP) – tegen"],
            2,
            1,
            {"SGP": 1},
        ),
        (
            ["An Claes (N-VA): ja", "Luc Wouters (CD&V): ja", "Piet Maes (Vlaams Belang): nee"],
            2,
            1,
            {"Vlaams Belang": 1},
        ),
        (
            ["Sanne Bos (PvdA): voor", "Tom Hendriks (CU): voor", "Eva Smits (BBB): voor"],
            3,
            None,
            None,
        ),
    ],
)
def test_a_vote_page_with_one_line_per_member_is_counted(lines, votes_for, votes_against, against_parties):
    (row,) = votes(CASE + "Stemming:\n" + "\n".join(lines) + "\n", "nl")
    assert (row.votes_for, row.votes_against) == (votes_for, votes_against)
    assert (json.loads(row.against_parties) if row.against_parties else None) == against_parties


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against", "against_parties"),
    [
        ("Uitslag: verworpen\nVoor: GroenLinks, PvdA, SP (10)\nTegen: VVD, CDA, D66 (21)\n", 10, 21, None),
        ("Uitslag stemming: aangenomen (voor: 27, tegen: 6)\nFracties tegen: PVV\n", 27, 6, {"PVV": 6}),
        (
            "Vastgesteld met 21 stemmen voor en 6 tegen. De fracties van PVV (3) en SP (3) stemden tegen.\n",
            21,
            6,
            {"PVV": 3, "SP": 3},
        ),
        ("Aangenomen met 26 stemmen voor en 4 tegen. JA21 stemde tegen.\n", 26, 4, {"JA21": 4}),
        (
            "Stemuitslag: aangenomen (voor 25, tegen 5)\nPartijen tegen: Forum voor Democratie\n",
            25,
            5,
            {"Forum voor Democratie": 5},
        ),
    ],
)
def test_party_lines_of_a_raadsinformatie_vote_page(text, votes_for, votes_against, against_parties):
    (row,) = votes(CASE + text, "nl")
    assert (row.votes_for, row.votes_against) == (votes_for, votes_against)
    assert (json.loads(row.against_parties) if row.against_parties else None) == against_parties


@pytest.mark.parametrize(
    ("names", "against_parties"),
    [
        ("Tegenstanders: Piet Maes (Vlaams Belang), Els Janssens (Vlaams Belang)", {"Vlaams Belang": 2}),
        ("Tegenstanders: Piet Maes (Vlaams Belang), Ilse Peeters (Groen)", {"Vlaams Belang": 1, "Groen": 1}),
        ("Tegenstanders: Piet Maes, Els Janssens", None),
        ("Neenstemmers: Bart Goossens (N-VA), Sofie Willems (N-VA)", {"N-VA": 2}),
        ("Tegenstanders: Koen Mertens (PVDA), Lien Dewitte (Vooruit)", {"PVDA": 1, "Vooruit": 1}),
    ],
)
def test_flemish_name_lists_of_voters_give_their_parties(names, against_parties):
    text = CASE + "Goedgekeurd met 20 stemmen voor en 2 stemmen tegen.\n" + names + "\n"
    (row,) = votes(text, "nl")
    assert (row.votes_for, row.votes_against) == (20, 2)
    assert (json.loads(row.against_parties) if row.against_parties else None) == against_parties
