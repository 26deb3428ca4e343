"""Family: what a Dutch or Flemish decision is about (nl).

Dutch minutes record a decision as one sentence ("Het voorstel wordt unaniem aangenomen."): the
subject is that whole sentence, not the words before its verb. A sentence about "the proposal"
is about the recommendation's first sentence when the case gives one, else about the case title
when the case is named after the proposal ("Raadsvoorstel ...", "Voorstel tot ..."). A proposal
named by kind and number ("Motie M12") keeps that name. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen van de vergadering van de gemeenteraad van Oosterveld, gehouden op dinsdag 9 april 2024\n\n"


@pytest.mark.parametrize(
    ("title", "sentence", "subject", "outcome"),
    [
        (
            "4. Vaststelling van de agenda",
            "De agenda wordt zonder wijzigingen vastgesteld.",
            "De agenda wordt zonder wijzigingen vastgesteld",
            "adopted",
        ),
        (
            "Agendapunt 3. Besluitenlijst vorige vergadering",
            "De besluitenlijst van 12 maart 2024 is ongewijzigd vastgesteld.",
            "De besluitenlijst van 12 maart 2024 is ongewijzigd vastgesteld",
            "adopted",
        ),
        (
            "7. Verkoop van de voormalige bibliotheek",
            "Het voorstel wordt aangenomen met 17 stemmen voor en 10 tegen.",
            "Verkoop van de voormalige bibliotheek",  # names only the case: the point
            "adopted",
        ),
        (
            "Agendapunt 9 Woonvisie 2025-2030",
            "Het geamendeerde raadsvoorstel is met algemene stemmen aangenomen.",
            "Het geamendeerde raadsvoorstel is met algemene stemmen aangenomen",
            "adopted",
        ),
        (
            "11. Subsidieregeling dorpshuizen",
            "Dan is het voorstel verworpen met 11 stemmen voor en 16 stemmen tegen.",
            "Dan is het voorstel verworpen met 11 stemmen voor en 16 stemmen tegen",
            "rejected",
        ),
        (  # a postponement of "the proposal" postpones the item: its title (gold 4 of 4)
            "6. Parkeerverordening",
            "De VOORZITTER: Het voorstel wordt aangehouden tot de vergadering van juni.",
            "Parkeerverordening",
            "postponed",
        ),
    ],
)
def test_a_decision_sentence_is_its_own_subject(title, sentence, subject, outcome):
    (row,) = votes(HEAD + title + "\n\n" + sentence + "\n", "nl")
    assert (row.subject, row.outcome, row.meeting_date) == (subject, outcome, "2024-04-09")


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Agendapunt 6. Raadsvoorstel Nota grondbeleid 2024-2028", "Het voorstel wordt unaniem aangenomen."),
        (
            "8. Voorstel tot het instellen van een jongerenraad",
            "Het voorstel is aangenomen met 20 stemmen voor en 5 tegen.",
        ),
        ("Agendapunt 12 Raadsvoorstel Aanpassing APV", "De VOORZITTER: het voorstel wordt aangehouden."),
        (
            "5. Voorstel tot besluit van raadslid Ann Peeters (Groen): gratis fietsherstel",
            "Het voorstel wordt verworpen.",
        ),
        ("10. Raadsvoorstel Krediet sporthal De Meent", "Dan is het raadsvoorstel aangenomen."),
    ],
)
def test_a_sentence_about_the_proposal_in_a_case_named_after_it_is_about_the_title(title, sentence):
    (row,) = votes(HEAD + title + "\n\n" + sentence + "\n", "nl")
    assert row.subject == title.split(" ", 1)[1].removeprefix("6. ").removeprefix("12 ")


@pytest.mark.parametrize(
    ("proposal", "sentence"),
    [
        (
            "Voorstel\nDe raad besluit het bestemmingsplan Dorpskern gewijzigd vast te stellen.",
            "Het voorstel wordt met algemene stemmen aangenomen.",
        ),
        (
            "Voorgesteld besluit\nDe gemeenteraad besluit een krediet beschikbaar te stellen voor de brug.",
            "Het raadsvoorstel is aangenomen met 19 stemmen voor en 6 tegen.",
        ),
        (
            "Voorstel aan de raad\nIn te stemmen met de regionale energiestrategie.",
            "De voorzitter constateert dat het voorstel unaniem is aangenomen.",
        ),
        (
            "Ontwerpbesluit\nDe raad besluit de tarieven voor 2025 vast te stellen.",
            "Het voorstel wordt verworpen met 9 stemmen voor en 18 tegen.",
        ),
        (
            "Voorgesteld besluit\nDe raad besluit de zienswijze in te dienen.",
            "Het voorstel is zonder stemming aangenomen.",
        ),
    ],
)
def test_a_sentence_about_the_proposal_is_about_the_recommendations_first_sentence(proposal, sentence):
    (row,) = votes(HEAD + "7. Ruimtelijke ordening\n\n" + proposal + "\n\nBesluit\n" + sentence + "\n", "nl")
    assert row.subject == proposal.split("\n", 1)[1]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Motie M12 wordt aangenomen met 25 stemmen voor en 8 tegen.", "Motie M12"),
        ("Amendement A2 is verworpen.", "Amendement A2"),
        ("Motie 2024-17 wordt unaniem aangenomen.", "Motie 2024-17"),
        ("Amendement A3 wordt aangehouden.", "Amendement A3"),
        ("Motie M4 is met 14 stemmen voor en 13 tegen aangenomen.", "Motie M4"),
    ],
)
def test_a_proposal_named_by_number_keeps_its_name(sentence, subject):
    (row,) = votes(HEAD + "7. Moties en amendementen\n\n" + sentence + "\n", "nl")
    assert row.subject == subject


@pytest.mark.parametrize(
    ("title", "party", "subject"),
    [
        (
            "7. Motie vreemd aan de orde van de dag van de fractie van de SP over energiearmoede",
            "SP",
            "Motie vreemd aan de orde van de dag van de fractie van de SP over energiearmoede",
        ),
        (
            "Agendapunt 8. Motie vreemd: 'Kermis op het plein behouden' (Lokaal Belang)",
            "Lokaal Belang",
            "Motie vreemd Kermis op het plein behouden",
        ),
        (
            "9. Motie van de fractie van het CDA over de dorpsbus",
            "CDA",
            "Motie van de fractie van het CDA over de dorpsbus",
        ),
        (
            "10. Motie vreemd aan de orde: Bomenkap Stationsweg (GroenLinks)",
            "GroenLinks",
            "Motie vreemd aan de orde: Bomenkap Stationsweg (GroenLinks)",
        ),
        (
            "12. Motie van de VVD over parkeren in de binnenstad",
            "VVD",
            "Motie van de VVD over parkeren in de binnenstad",
        ),
    ],
)
def test_the_motion_a_case_is_named_after_is_what_the_motion_below_refers_to(title, party, subject):
    (row,) = votes(HEAD + title + "\n\nDe motie wordt verworpen met 8 stemmen voor en 17 stemmen tegen.\n", "nl")
    assert (row.subject, row.proposer_party, row.outcome) == (subject, party, "rejected")


@pytest.mark.parametrize(
    ("heading", "vote"),
    [
        ("Raadsvoorstel", "De voorzitter: Het voorstel is aangenomen met 13 stemmen voor en 8 tegen."),
        ("Raadsvoorstel", "Het raadsvoorstel wordt aangenomen met 20 stemmen voor en 9 stemmen tegen."),
        ("Voorstel", "De VOORZITTER: Dan is het voorstel verworpen met 10 stemmen voor en 17 tegen."),
        ("Ontwerpbesluit", "Het voorstel wordt met 15 stemmen voor en 12 stemmen tegen aangenomen."),
        ("Raadsvoorstel", "Ik constateer dat het voorstel is aangenomen met 22 stemmen voor en 5 tegen."),
    ],
)
def test_a_proposal_label_heading_a_roll_call_names_what_is_voted_on(heading, vote):
    text = (
        HEAD + "Agendapunt 5. Vaststelling bestemmingsplan Windpark Oost\n\n"
        "Amendement A5 van de fractie van Lokaal Belang (tiphoogte)\n"
        "Het amendement wordt verworpen met 6 stemmen voor en 21 tegen.\n\n"
        + heading
        + "\nHoofdelijke stemming, te beginnen bij nummer 9.\n\n"
        + vote
        + "\n"
    )
    rows = votes(text, "nl")
    assert [r.subject for r in rows] == ["Amendement A5 van de fractie van Lokaal Belang (tiphoogte)", heading]


@pytest.mark.parametrize(
    ("label", "proposal", "decision"),
    [
        (
            "Voorstel",
            "De raad besluit het bestemmingsplan Dorpskern Noord gewijzigd vast te stellen.",
            "Conform voorstel.",
        ),
        ("Voorgesteld besluit", "De gemeenteraad besluit de nota grondbeleid 2024-2028 vast te stellen.", "Hamerstuk"),
        ("Ontwerpbesluit", "In te stemmen met de regionale energiestrategie 2.0.", "Conform."),
        ("Voorstel aan de raad", "De raad besluit een krediet van € 300.000 beschikbaar te stellen.", "Aangenomen."),
        (
            "Voorgesteld besluit",
            "De raad besluit de verordening leerlingenvervoer 2025 vast te stellen.",
            "Zonder stemming aangenomen.",
        ),
    ],
)
def test_a_decision_naming_nothing_is_about_the_recommendations_first_sentence(label, proposal, decision):
    text = HEAD + "Agendapunt 7 Raadsvoorstel\n\n" + label + "\n" + proposal + "\n\nBesluit\n" + decision + "\n"
    (row,) = votes(text, "nl")
    assert (row.subject, row.outcome) == (proposal, "adopted")


@pytest.mark.parametrize(
    ("speech", "outcome_line", "subject"),
    [
        (
            "De VOORZITTER: Wij stemmen eerst over amendement A3, ingediend door de heer Kolkman.",
            "Ik constateer dat het amendement is verworpen met 15 stemmen voor en 22 stemmen tegen.",
            "amendement A3",
        ),
        (
            "De VOORZITTER: Dan breng ik motie M7 van mevrouw Ramdin in stemming.",
            "De motie is aangenomen met 20 stemmen voor en 17 tegen.",
            "motie M7",
        ),
        (
            "De VOORZITTER: Aan de orde is de stemming over Amendement A1 over de parkeernormen.",
            "Het amendement wordt met algemene stemmen aangenomen.",
            "Amendement A1",
        ),
        (
            "De VOORZITTER: We stemmen over motie 12 van de SP.",
            "De motie wordt verworpen.",
            "motie 12",
        ),
        (
            "De VOORZITTER: Ik breng amendement A2 in stemming.",
            "De VOORZITTER: Het amendement is verworpen met 9 stemmen voor en 28 stemmen tegen.",
            "amendement A2",
        ),
    ],
)
def test_a_proposal_named_by_number_in_the_chairs_words_is_what_the_anaphor_refers_to(speech, outcome_line, subject):
    (row,) = votes(HEAD + "Agendapunt 5. Mobiliteitsplan Binnenstad\n\n" + speech + "\n" + outcome_line + "\n", "nl")
    assert row.subject == subject


@pytest.mark.parametrize(
    "outcome_line",
    [
        "Dan is het amendement verworpen met 6 stemmen voor en 21 tegen.",
        "Daarmee is het amendement verworpen.",
        "Hiermee is het amendement verworpen met 6 stemmen voor en 21 stemmen tegen.",
        "Vervolgens is het amendement verworpen met 6 tegen 21 stemmen.",
        "Dus is het amendement verworpen.",
    ],
)
def test_an_anaphor_after_the_verb_refers_to_the_proposal_heading_above(outcome_line):
    text = HEAD + "Agendapunt 5. Windpark Oost\n\nAmendement A5 van de fractie van Lokaal Belang (tiphoogte)\n\n"
    (row,) = votes(text + outcome_line + "\n", "nl")
    assert (row.subject, row.outcome) == ("Amendement A5 van de fractie van Lokaal Belang (tiphoogte)", "rejected")
