"""Family: Dutch verbatim minutes (notulen), where the chair speaks the decisions (nl).

The chair announces results in the first person ("Ik constateer dat ...", "Ik stel voor ... Aldus
besloten."), asks before deciding ("Kan de motie zonder stemming worden aangenomen?" is no decision),
names motions with their number, mover and a quoted title in many orders, and records roll-call votes
as "Voor (29): de leden ..." / "Tegen (8): de leden X (PVV), ...". All sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen van de openbare vergadering van de gemeenteraad\n\nvergadering van donderdag 14 maart 2024\n\n"
ITEM = "Agendapunt 4. Nota parkeerbeleid 2025\n\n"


@pytest.mark.parametrize(
    ("sentence", "subject", "unanimous"),
    [
        (
            "De VOORZITTER: Ik constateer dat de raad het voorstel met algemene stemmen heeft aangenomen.",
            "het voorstel",
            True,
        ),
        ("Ik constateer dat de raad het raadsvoorstel heeft aangenomen.", "het raadsvoorstel", None),
        ("De voorzitter constateert dat de gemeenteraad de nota unaniem heeft vastgesteld.", "de nota", True),
        ("Ik stel vast dat de raad de verordening heeft vastgesteld.", "de verordening", None),
        (
            "De VOORZITTER: Dan constateer ik dat de raad het besluit heeft genomen en het voorstel heeft aangenomen.",
            "het voorstel",
            None,
        ),
    ],
)
def test_the_chair_finding_the_council_adopted_is_a_row(sentence, subject, unanimous):
    rows = votes(HEAD + ITEM + sentence + "\n", "nl")
    assert [(r.case_number, r.outcome) for r in rows][-1:] == [("4", "adopted")]
    assert rows[-1].subject.lower().endswith(subject.lower())
    if unanimous:
        assert rows[-1].unanimous is True


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Ik stel voor de brief voor kennisgeving aan te nemen en het college om een reactie te vragen. "
            "Aldus besloten.",
            "de brief voor kennisgeving aan te nemen en het college om een reactie te vragen",
        ),
        (
            "De voorzitter stelt voor het rapport door te geleiden naar de commissie. Zo besloten.",
            "het rapport door te geleiden naar de commissie",
        ),
        ("Ik stel u voor om de aanbevelingen over te nemen. Conform besloten.", "de aanbevelingen over te nemen"),
        ("Ik stel de raad voor de benoeming te bekrachtigen. Aldus wordt besloten.", "de benoeming te bekrachtigen"),
        ("Ik stel voor het verzoek in te willigen. Dienovereenkomstig besloten.", "het verzoek in te willigen"),
    ],
)
def test_a_chair_proposal_followed_by_so_decided_is_adopted(sentence, subject):
    (row,) = votes(HEAD + ITEM + sentence + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("4", subject, "adopted")


@pytest.mark.parametrize(
    "text",
    [
        "De VOORZITTER: Kan de motie zonder stemming worden aangenomen? Dat is het geval. De motie is aangenomen.\n",
        "Kan het amendement worden aangenomen? Ja. Het amendement is aangenomen.\n",
        "De voorzitter vraagt of het voorstel met algemene stemmen kan worden aangenomen? Niemand verzet zich. "
        "Het voorstel is met algemene stemmen aangenomen.\n",
    ],
)
def test_the_chairs_question_is_no_decision_only_the_answer(text):
    rows = votes(HEAD + ITEM + text, "nl")
    assert len(rows) == 1
    assert rows[0].outcome == "adopted"


@pytest.mark.parametrize(
    ("heading", "subject_start", "party"),
    [
        (
            "Motie M7 van mevrouw Bakker (D66) 'Deelscooters in alle wijken'.",
            "Motie M7 Deelscooters in alle wijken",
            "D66",
        ),
        (
            "Motie M2 'Huurstop maatschappelijk vastgoed' (SP, Partij voor de Dieren)",
            "Motie M2 Huurstop maatschappelijk vastgoed",
            "SP, Partij voor de Dieren",
        ),
        (
            "Amendement A4 'Meer groen op schoolpleinen' (GroenLinks)",
            "Amendement A4 Meer groen op schoolpleinen",
            "GroenLinks",
        ),
        ('Motie M11 van de heer Visser (CDA) "Veilige schoolroutes"', "Motie M11 Veilige schoolroutes", "CDA"),
        (
            "Amendement A2 van de fractie van Lokaal Belang (bouwhoogte maximaal 40 meter)",
            "Amendement A2 van de fractie van Lokaal Belang",
            "Lokaal Belang",
        ),
    ],
)
def test_a_numbered_motion_heading_in_any_order_is_the_subject_of_the_outcome_below(heading, subject_start, party):
    (row,) = votes(
        HEAD
        + ITEM
        + heading
        + "\n\nDe motie is aangenomen. Het amendement is aangenomen.\n".replace(
            "De motie is aangenomen. " if heading.startswith("Amendement") else " Het amendement is aangenomen.", ""
        ),
        "nl",
    )
    assert row.subject.startswith(subject_start)
    assert row.proposer_party == party


@pytest.mark.parametrize(
    ("lines", "against"),
    [
        (
            "Voor (5): de leden Aydin, Boer, Claes, Dekker, Evers.\n"
            "Tegen (3): de leden Frank (PVV), Groen (PVV), Hol (VVD).\n",
            {"PVV": 2, "VVD": 1},
        ),
        (
            "Stemmen voor (4): Aydin, Boer, Claes, Dekker.\nStemmen tegen (2): Frank (SP), Hol (SP).\n",
            {"SP": 2},
        ),
        (
            "Voor (6): de leden A. Aydin, B. Boer, C. Claes, D. Dekker, E. Evers, F. Frank.\n"
            "Tegen (1): het lid Hol (BBB).\n",
            {"BBB": 1},
        ),
    ],
)
def test_a_roll_call_with_counts_in_brackets_gives_the_parties_against(lines, against):
    text = (
        HEAD
        + ITEM
        + "Hoofdelijke stemming over het raadsvoorstel.\n"
        + lines
        + "\nDe VOORZITTER: Het voorstel is aangenomen.\n"
    )
    (row,) = votes(text, "nl")
    assert row.outcome == "adopted"
    assert row.votes_against == sum(against.values())
    assert json.loads(row.against_parties) == against


def test_counts_repeated_in_the_chairs_result_are_not_counted_twice():
    text = (
        HEAD + ITEM + "Hoofdelijke stemming over het raadsvoorstel.\n"
        "Voor (4): de leden Aydin, Boer, Claes, Dekker.\nTegen (2): de leden Frank (PVV), Hol (PVV).\n\n"
        "De VOORZITTER: Het voorstel is aangenomen met 4 stemmen voor en 2 stemmen tegen.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.votes_for, row.votes_against) == (4, 2)


@pytest.mark.parametrize(
    "text",
    [
        "De heer Jansen (VVD) vraagt om een hoofdelijke stemming.\n",
        "De voorzitter stelt voor het voorstel aan te houden. Mevrouw De Vries is het daar niet mee eens.\n",
        "Kan de raad instemmen met het voorstel?\n",
    ],
)
def test_asking_for_a_vote_or_a_proposal_without_result_is_no_row(text):
    assert votes(HEAD + ITEM + text, "nl") == []
