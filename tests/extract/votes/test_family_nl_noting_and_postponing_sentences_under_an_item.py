"""Family: a Dutch or Flemish item's result written as a sentence that names only what the item names (nl).

"De gemeenteraad neemt kennis van de opvolgingsrapportering." / "neemt akte van de budgetwijziging." under an item
title notes that item: the one noun names the item's document, as a document kind alone does
(test_family_noted_decision_sentences.py), and gold codes the item's title (Flemish noting sentences under a title:
10 of 12). "Het voorstel wordt aangehouden tot de vergadering van ..." / "De beslissing wordt aangehouden tot ..."
postpones the item (gold 4 of 4: the title). A noting sentence naming more ("kennis van het jaarverslag 2025 van de
bibliotheek") keeps its words; a noting that adds a decision of its own, or a proposal adopted, is not rewritten.
All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Testby\nBesluitenlijst van de gemeenteraad van 17 maart 2026\n\n"


def _one(item: str) -> tuple[str | None, str | None, str | None]:
    rows = votes(HEAD + item + "\n\n9. Reglement markten\nGoedgekeurd.\n", "nl")
    assert rows[-1].subject == "Reglement markten"
    return next((r.case_number, r.subject, r.outcome) for r in rows if r.case_number != "9")


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Opvolgingsrapportering meerjarenplan, tweede semester 2025 - kennisname",
            "De gemeenteraad neemt kennis van de opvolgingsrapportering.",
        ),
        ("Kerkfabriek Sint-Martinus - budgetwijziging 2026", "De gemeenteraad neemt akte van de budgetwijziging."),
        ("Meerjarenplan 2026-2031 - opvolgingsrapportering", "De gemeenteraad nam kennis van de rapportering 2026."),
        ("Aktename ontslag van een raadslid", "De raad neemt akte van het ontslag."),
        ("Jaarverslag 2025 van de jeugdraad", "De gemeenteraad neemt kennis van dit jaarverslag."),
    ],
)
def test_a_noting_sentence_under_a_title_notes_the_titled_item(title: str, sentence: str) -> None:
    assert _one(f"4. {title}\n   {sentence}") == ("4", title, "noted")


@pytest.mark.parametrize(
    "sentence",
    [
        "Besluit: het voorstel wordt aangehouden tot de vergadering van\n24 februari 2026, op verzoek van het college.",
        "Het voorstel is daarmee aangehouden tot 10 december 2026.",
        "Besluit: De beslissing wordt aangehouden tot de volgende vergadering (art. 32 Gemeentewet).",
        "Het raadsvoorstel wordt op verzoek van de VVD aangehouden tot de raad van april.",
        "Het agendapunt wordt verdaagd naar de volgende zitting.",
    ],
)
def test_a_postponement_of_the_proposal_postpones_the_titled_item(sentence: str) -> None:
    assert _one(f"5. Verordening leerlingenvervoer 2026\n{sentence}") == (
        "5",
        "Verordening leerlingenvervoer 2026",
        "postponed",
    )


def test_a_noting_sentence_naming_more_keeps_its_own_words() -> None:
    _, subject, outcome = _one(
        "4. Jaarverslag bibliotheek\nDe gemeenteraad neemt kennis van het jaarverslag 2025 van de bibliotheek."
    )
    assert (subject, outcome) == ("De gemeenteraad neemt kennis van het jaarverslag 2025 van de bibliotheek", "noted")


def test_a_noting_sentence_that_also_decides_keeps_its_own_words() -> None:
    """Noting one thing and appointing someone is a decision of its own: the sentence is not rewritten to the title."""
    _, subject, _ = _one(
        "6. Ontslag en opvolging van een raadslid\n"
        "Besluit: De gemeenteraad neemt akte van het ontslag en stelt Jan Peeters aan als raadslid."
    )
    assert subject != "Ontslag en opvolging van een raadslid"


def test_a_proposal_adopted_is_not_a_postponement() -> None:
    """ "Het raadsvoorstel wordt unaniem aangenomen." is no postponement: an adoption naming only the case."""
    rows = votes(HEAD + "7. Woonvisie 2026-2035\nHet raadsvoorstel wordt unaniem aangenomen.\n", "nl")
    assert [(r.outcome, r.subject) for r in rows] == [("adopted", "Woonvisie 2026-2035")]
