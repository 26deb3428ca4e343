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


def test_postponing_the_proposal_is_a_sentence_about_the_proposal():
    (row,) = votes(HEAD + ITEMS[0][0] + "\n\nDe raad besluit het voorstel aan te houden.\n", "nl")
    assert (row.subject, row.outcome) == ("De raad besluit het voorstel aan te houden", "postponed")


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
