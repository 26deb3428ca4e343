"""Family: decisions that name nothing but the agenda item, and an item's postponement (nl).

"Besluit: conform besloten (hamerstuk).", "Dienovereenkomstig besloten." or "Het punt wordt van de
agenda gehaald" decide about the item they stand under: the subject is the item's title (the numbered
heading without its number), as for the Danish "Godkendt." (the generic-subject handling). A decision
sentence that names its own matter keeps that sentence; a withdrawn item or motion is no decision
(nothing is decided; the contract knows no such outcome), nor is a signing formula ("Aldus besloten
in openbare zitting"). All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\n\nRaadsvergadering van dinsdag 12 november 2024\n\n"
ITEMS = [
    ("7. Verordening reinigingsrechten 2025", "Verordening reinigingsrechten 2025"),
    ("Agendapunt 4b Zienswijze ontwerpbegroting Omgevingsdienst", "Zienswijze ontwerpbegroting Omgevingsdienst"),
    ("12. Grondprijzenbrief 2025", "Grondprijzenbrief 2025"),
]


@pytest.mark.parametrize(
    "decision",
    [
        "Besluit: conform besloten (hamerstuk).",
        "Besluit: aldus besloten.",
        "Dienovereenkomstig besloten.",
        "Besluit: conform het voorstel van het college besloten.",
        "Besluit: overeenkomstig het ontwerpbesluit vastgesteld (hamerstuk).",
        "Besluit: hamerstuk, conform voorstel.",
        "Conform voorstel besloten (zonder stemming).",
        "Hamerstuk: aangenomen",
        "Zonder beraadslaging en zonder stemming aangenomen.",
        "Besluit: Conform advies commissie.",
        "Besluit: conform het advies van de commissie Bestuur besloten.",
        "Besluit: akkoord.",
        "Besluit: aldus besloten (unaniem).",
    ],
)
@pytest.mark.parametrize(("item", "title"), ITEMS)
def test_a_decision_naming_nothing_is_about_the_item_title(decision, item, title):
    (row,) = votes(HEAD + item + "\n\n" + decision + "\n", "nl")
    assert (row.subject, row.outcome, row.meeting_date) == (title, "adopted", "2024-11-12")


@pytest.mark.parametrize(
    ("decision", "subject"),
    [
        (
            "Besluit: De raad stelt de verordening afvalstoffenheffing 2025 vast.",
            "De raad stelt de verordening afvalstoffenheffing 2025 vast",
        ),
        (
            "Besluit: de gemeenteraad besluit de tarieven voor 2025 met 3 procent te verhogen.",
            "de gemeenteraad besluit de tarieven voor 2025 met 3 procent te verhogen",
        ),
        (
            "Het voorstel wordt zonder beraadslaging en zonder stemming aangenomen.",
            "Het voorstel wordt zonder beraadslaging en zonder stemming aangenomen",
        ),
    ],
)
def test_a_decision_sentence_naming_its_matter_keeps_it(decision, subject):
    (row,) = votes(HEAD + ITEMS[0][0] + "\n\n" + decision + "\n", "nl")
    assert (row.subject, row.outcome) == (subject, "adopted")


@pytest.mark.parametrize(
    "decision",
    [
        "Het agendapunt wordt verdaagd naar de zitting van mei.",
        "Het punt wordt van de agenda gehaald.",
        "Op verzoek van de schepen wordt het punt verdaagd.",
        "Na een korte schorsing wordt het agendapunt aangehouden.",
        "Dit punt wordt uitgesteld tot de volgende zitting.",
        "Besluit: verdaagd naar de raad van juni.",
        "Het agendapunt wordt op verzoek van de indiener aangehouden tot na het zomerreces.",
        "Besluit: het agendapunt wordt afgevoerd.",
        "Dit punt wordt op vraag van de burgemeester van de agenda afgevoerd.",
        "Het punt wordt afgevoerd.",
        "Het agendapunt wordt teruggestuurd naar de commissie.",
        "De gemeenteraad beslist het punt te verdagen.",
        "De raad besluit het agendapunt aan te houden tot de volgende vergadering.",
        "Agendapunt verdaagd.",
        "Punt uitgesteld naar volgende zitting.",
        "Het agendapunt wordt doorgeschoven naar de volgende vergadering.",
        "De behandeling van dit punt wordt uitgesteld.",
    ],
)
@pytest.mark.parametrize(("item", "title"), ITEMS[:2])
def test_a_postponed_item_is_about_the_item_title(decision, item, title):
    (row,) = votes(HEAD + item + "\n\n" + decision + "\n", "nl")
    assert (row.subject, row.outcome) == (title, "postponed")


def test_postponing_the_proposal_is_about_the_item_title():
    """As 'het voorstel wordt aangehouden' is: the sentence only says the item's proposal waits."""
    (row,) = votes(HEAD + ITEMS[0][0] + "\n\nDe raad besluit het voorstel aan te houden.\n", "nl")
    assert (row.subject, row.outcome) == (ITEMS[0][1], "postponed")


@pytest.mark.parametrize(
    "text",
    [
        "De aanleg wordt doorgeschoven naar 2026.",
        "Het punt over de kermis komt in de commissie aan bod.",
    ],
)
def test_a_project_delayed_or_a_point_discussed_elsewhere_is_no_decision(text):
    assert votes(HEAD + ITEMS[0][0] + "\n\n" + text + "\n", "nl") == []


@pytest.mark.parametrize(
    "text",
    [
        "Besluit: ingetrokken na toezegging van de wethouder.",
        "Het voorstel wordt ingetrokken na toezegging van de wethouder.",
        "De motie wordt op verzoek van de indieners ingetrokken.",
        "Aldus besloten in openbare vergadering.",
        "Aldus besloten in openbare zitting van 12 november 2024.",
        "Het voorstel wordt teruggenomen door het college.",
    ],
)
def test_a_withdrawal_or_a_signing_formula_is_no_decision(text):
    assert votes(HEAD + ITEMS[0][0] + "\n\n" + text + "\n", "nl") == []


DECISION_LIST = (
    "Besluitenlijst van de openbare vergadering van de gemeenteraad van Oosterveld,"
    " gehouden op maandag 4 november 2024\n"
    "\n"
    "1. Opening en mededelingen\n"
    "De voorzitter opent de vergadering om 19.30 uur.\n"
    "\n"
    "2. Vaststelling van de agenda\n"
    "Besluit: conform vastgesteld.\n"
    "\n"
    "3. Verordening reinigingsrechten 2025\n"
    "Besluit: conform besloten (hamerstuk).\n"
    "\n"
    "4. Grondexploitatie Stationsgebied\n"
    "Op verzoek van de wethouder wordt het punt verdaagd naar de vergadering van december.\n"
    "\n"
    "5. Benoeming lid rekenkamercommissie\n"
    "De raad benoemt de heer K. de Wit tot lid van de rekenkamercommissie.\n"
    "\n"
    "6. Begroting 2025\n"
    "Amendement A1 'Starters eerst' (ingediend door de fracties van CDA en D66)\n"
    "Besluit: aangenomen met 25 stemmen voor en 8 tegen.\n"
    "\n"
    'Motie M1 (SP, PvdA) "Betaalbaar wonen voor jongeren"\n'
    "Stemming: voor 12 (SP, PvdA, GroenLinks), tegen 21 (VVD (9), CDA (7), D66 (5)).\n"
    "Besluit: verworpen.\n"
    "\n"
    'M2 (VVD) "Veilige fietsroutes naar school"\n'
    "Besluit: aangehouden.\n"
    "\n"
    "Met 25 stemmen voor, 8 tegen (SP, PvdA) en 1 onthouding) is de geamendeerde begroting vastgesteld.\n"
    "\n"
    "7. Motie vreemd aan de orde van de dag\n"
    "Motie M3 'Kermis blijft op de Markt' van de ChristenUnie\n"
    "Besluit: ingetrokken na toezegging van de wethouder.\n"
)


def test_a_whole_decision_list_gives_one_row_per_decision_about_its_own_matter():
    rows = votes(DECISION_LIST, "nl")
    assert {r.meeting_date for r in rows} == {"2024-11-04"}
    assert [(r.case_number, r.subject, r.proposer_party, r.outcome) for r in rows] == [
        ("2", "Vaststelling van de agenda", None, "adopted"),
        ("3", "Verordening reinigingsrechten 2025", None, "adopted"),
        ("4", "Grondexploitatie Stationsgebied", None, "postponed"),
        ("5", "De raad benoemt de heer K. de Wit tot lid van de rekenkamercommissie", None, "adopted"),
        ("6", "Amendement A1 Starters eerst", "CDA en D66", "adopted"),
        ("6", "Motie M1 (SP, PvdA) Betaalbaar wonen voor jongeren", "SP, PvdA", "rejected"),
        ("6", "M2 (VVD) Veilige fietsroutes naar school", "VVD", "postponed"),
        (
            "6",
            "Met 25 stemmen voor, 8 tegen (SP, PvdA) en 1 onthouding) is de geamendeerde begroting vastgesteld",
            None,
            "adopted",
        ),
    ]
    assert (rows[5].votes_for, rows[5].votes_against, rows[5].against_parties) == (12, 21, '{"VVD":9,"CDA":7,"D66":5}')
