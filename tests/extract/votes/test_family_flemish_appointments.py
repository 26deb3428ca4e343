"""Family: appointments and designations recorded as decisions (nl, Flanders and the Netherlands).

Flemish notulen designate representatives in the council's own voice ("De gemeenteraad stelt schepen
X aan als vertegenwoordiger ...", "duidt mevrouw X aan als plaatsvervangend lid", "wijst ... aan als",
"draagt ... voor als"), Dutch minutes appoint ("De raad benoemt de heer X tot lid van ...") or discharge
("De raad verleent de heer X eervol ontslag als ..."), and both record elections in the passive ("De
heer X wordt verkozen tot voorzitter met 20 stemmen"). Each is an adopted decision: the council's
sentence is its own subject, a passive appointment is about the item (as test_family_nl_motion_numbers
has it); votes received are votes_for. A future or past appointment and someone else's act are no
decisions. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen gemeenteraad\n\nZitting van maandag 14 oktober 2024\n\n"
ITEM = "5. Aanduiding vertegenwoordigers\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeenteraad stelt schepen Els Peeters aan als vertegenwoordiger in de algemene vergadering van Fluvius.",
        "De gemeenteraad duidt mevrouw An Claes aan als plaatsvervangend lid van de raad van bestuur van IVAGO.",
        "De raad benoemt de heer K. de Wit tot lid van de rekenkamercommissie.",
        "De gemeenteraad wijst de heer Tom Janssens aan als lid van het bijzonder comité voor de sociale dienst.",
        "De gemeenteraad draagt mevrouw Eva Maes voor als bestuurder van de woonmaatschappij.",
        "De gemeenteraad verkiest raadslid Pieter Wouters tot voorzitter van de gemeenteraad.",
        "De raad benoemt, op voordracht van het presidium, de heer J. Bakker tot voorzitter van de rekenkamer.",
        "De gemeenteraad duidt als vertegenwoordiger in de algemene vergadering van Farys schepen Koen Claes aan.",
        "De raad kiest mevrouw Y. El Idrissi tot plaatsvervangend voorzitter.",
        "De raad verleent de heer P. Smit eervol ontslag als lid van de rekenkamercommissie.",
        "De gemeenteraad verleent, op eigen verzoek, mevrouw A. Claes ontslag als lid van de politieraad.",
    ],
)
def test_the_councils_designation_is_an_adopted_decision_about_itself(sentence):
    (row,) = votes(HEAD + ITEM + sentence + "\n", "nl")
    assert (row.subject, row.outcome, row.case_number, row.body) == (
        sentence.rstrip("."),
        "adopted",
        "5",
        "gemeenteraad",
    )


@pytest.mark.parametrize(
    ("sentence", "votes_for", "unanimous"),
    [
        ("De heer Bart Maes wordt verkozen tot voorzitter met 20 stemmen.", 20, None),
        (
            "Raadslid Jan Peeters wordt met 18 stemmen voor en 7 onthoudingen aangeduid als voorzitter van de raad.",
            18,
            None,
        ),
        ("Bij geheime stemming wordt mevrouw Lies Maes met 21 stemmen verkozen tot voorzitter.", 21, None),
        ("Mevrouw Sofie Wouters wordt aangesteld als algemeen directeur.", None, None),
        ("Schepen Koen Claes wordt met algemene stemmen aangeduid als vertegenwoordiger bij Farys.", None, True),
        ("Mevrouw Eva Maes wordt als vertegenwoordiger toegelaten.", None, None),
        ("Zij wordt met algemene stemmen als vertegenwoordiger bij Fluvius aangeduid.", None, True),
    ],
)
def test_a_passive_appointment_is_about_the_item_with_the_votes_received(sentence, votes_for, unanimous):
    (row,) = votes(HEAD + ITEM + sentence + "\n", "nl")
    assert (row.subject, row.outcome) == ("Aanduiding vertegenwoordigers", "adopted")
    assert (row.votes_for, row.unanimous) == (votes_for, unanimous)


def test_the_councils_designation_with_a_count_carries_it():
    sentence = "De gemeenteraad benoemt met algemene stemmen mevrouw Lotte Smits tot secretaris."
    (row,) = votes(HEAD + ITEM + sentence + "\n", "nl")
    assert (row.unanimous, row.votes_against) == (True, 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad zal in december een nieuwe voorzitter benoemen.",
        "Mevrouw Claes werd in 2019 aangesteld als schepen van cultuur.",
        "De burgemeester stelt de nieuwe algemeen directeur voor aan de raad.",
        "De raad benoemde destijds de heer Jansen tot voorzitter.",
        "De raad stelt de verordening als volgt vast.",
        "Het college stelt de heer Peeters aan als diensthoofd.",
        "De burgemeester stelt voor om mevrouw Maes aan te duiden als vertegenwoordiger.",
        "Mevrouw Eva Maes legt de eed af in handen van de voorzitter.",
        "De burgemeester verleent ontslag aan de secretaris.",
    ],
)
def test_a_future_past_or_someone_elses_appointment_is_no_decision(sentence):
    assert votes(HEAD + ITEM + sentence + "\n", "nl") == []


NOTULEN = (
    "Notulen van de gemeenteraad van Heidebeek\n"
    "Zitting van maandag 14 oktober 2024\n"
    "\n"
    "1. Goedkeuring notulen vorige zitting\n"
    "Besluit: goedgekeurd.\n"
    "\n"
    "2. Aanduiding vertegenwoordiger algemene vergadering Fluvius\n"
    "Stemming: geheime stemming; 21 stemmen voor, 4 onthoudingen.\n"
    "Besluit\n"
    "Artikel 1\n"
    "De gemeenteraad stelt schepen Els Peeters aan als vertegenwoordiger in de algemene vergadering van Fluvius.\n"
    "\n"
    "3. Verkiezing voorzitter gemeenteraad\n"
    "De heer Bart Maes wordt verkozen tot voorzitter met 20 stemmen.\n"
    "\n"
    "4. Retributiereglement terrassen\n"
    "Met 18 stemmen voor (CD&V, Vooruit), 7 stemmen tegen (N-VA) en 2 onthoudingen (Groen)"
    " wordt het reglement goedgekeurd.\n"
    "\n"
    "5. Verkoop perceel Kapellestraat\n"
    "Het punt wordt verdaagd naar de zitting van november.\n"
    "\n"
    "6. Interpellatie over de verkeersveiligheid\n"
    "De burgemeester beantwoordt de interpellatie van raadslid Claes.\n"
)


def test_flemish_notulen_give_one_row_per_decision_with_the_votes_received():
    rows = votes(NOTULEN, "nl")
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("1", "adopted", None, None),
        ("2", "adopted", 21, None),
        ("3", "adopted", 20, None),
        ("4", "adopted", 18, 7),
        ("5", "postponed", None, None),
    ]
    assert [rows[i].subject for i in (0, 1, 2, 4)] == [  # a sentence on its own line under "Artikel 1": the item
        "Goedkeuring notulen vorige zitting",
        "Aanduiding vertegenwoordiger algemene vergadering Fluvius",
        "Verkiezing voorzitter gemeenteraad",
        "Verkoop perceel Kapellestraat",
    ]


@pytest.mark.parametrize("label", ["Voorstel van besluit", "Ontwerp van besluit", "Ontwerpbesluit"])
def test_a_designation_in_the_draft_decision_is_decided_by_the_line_below_it(label):
    draft = "De gemeenteraad stelt schepen Els Peeters aan als vertegenwoordiger bij Fluvius."
    text = HEAD + ITEM + label + "\n" + draft + "\n\n"
    assert votes(text, "nl") == []
    (row,) = votes(text + "Besluit: goedgekeurd met eenparigheid van stemmen.\n", "nl")
    assert (row.subject, row.outcome, row.unanimous) == (draft, "adopted", True)
