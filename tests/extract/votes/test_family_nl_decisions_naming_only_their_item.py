"""A decision sentence that names nothing but its own agenda point is about the point's title.

Flemish notulen approve the previous minutes with 'Besluit: De notulen worden goedgekeurd.' under a point titled
'Goedkeuring van de notulen van de zitting van 26 januari 2026'; the sentence says which minutes only through the
title, so the row is about the title. The same holds for a vote line pointing at the point ('De gemeenteraad keurt
dit voorstel goed met eenparigheid van stemmen.') and for a bare outcome whose manner follows it ('Vastgesteld
zonder wijzigingen.', 'Goedgekeurd zonder opmerkingen.').

Look-alikes: a sentence naming the minutes' own meeting ('De gemeenteraad keurt de notulen van de zitting van
23 februari 2026 goed.'), a sentence naming a regulation or the agenda ('Het aanvullend reglement wordt
goedgekeurd.', 'De agenda wordt ongewijzigd vastgesteld.') keeps its words.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

FLEMISH = "Gemeente Testdorp\nNotulen gemeenteraad - zitting van 23 februari 2026\n\nOPENBARE ZITTING\n\n"
DUTCH = "Besluitenlijst van de openbare vergadering van de gemeenteraad van Testdorp\ngehouden op 12 maart 2026\n\n"


@pytest.mark.parametrize(
    ("head", "item", "title"),
    [
        (
            FLEMISH,
            "1. Goedkeuring van de notulen van de zitting van 26 januari 2026\n"
            "Stemming: eenparig\nBesluit: De notulen worden goedgekeurd.\n",
            "Goedkeuring van de notulen van de zitting van 26 januari 2026",
        ),
        (
            FLEMISH,
            "1. Goedkeuring notulen en zittingsverslag van 19 januari 2026\n"
            "Besluit: De notulen en het zittingsverslag worden eenparig goedgekeurd.\n",
            "Goedkeuring notulen en zittingsverslag van 19 januari 2026",
        ),
        (
            FLEMISH,
            "2. Notulen van de vorige zitting - goedkeuring\n"
            "Besluit\nArtikel 1. De gemeenteraad keurt de notulen van de vorige zitting goed.\n",
            "Notulen van de vorige zitting - goedkeuring",
        ),
        (
            FLEMISH,
            "1. Goedkeuring van de notulen van de zitting van 15 december 2025\n"
            "Stemming: De gemeenteraad keurt dit voorstel goed met eenparigheid van stemmen.\n",
            "Goedkeuring van de notulen van de zitting van 15 december 2025",
        ),
        (
            DUTCH,
            "Agendapunt 2 - Besluitenlijst van de vergadering van 12 februari 2026\n"
            "Besluit: Vastgesteld zonder wijzigingen.\n",
            "Besluitenlijst van de vergadering van 12 februari 2026",
        ),
        (
            DUTCH,
            "3. Verslag van de vergadering van 29 januari 2026\nBesluit: het verslag wordt unaniem vastgesteld.\n",
            "Verslag van de vergadering van 29 januari 2026",
        ),
        (
            DUTCH,
            "4. Verordening marktgelden 2027\nBesluit: goedgekeurd zonder opmerkingen.\n",
            "Verordening marktgelden 2027",
        ),
    ],
)
def test_a_decision_naming_only_its_point_is_about_the_title(head: str, item: str, title: str) -> None:
    assert outcomes(head + item, "nl") == [("adopted", title)]


@pytest.mark.parametrize(
    ("head", "item", "subject"),
    [
        (
            FLEMISH,
            "1. Goedkeuring notulen\n"
            "Besluit: De gemeenteraad keurt de notulen van de zitting van 23 februari 2026 goed.\n",
            "De gemeenteraad keurt de notulen van de zitting van 23 februari 2026 goed",
        ),
        (
            FLEMISH,
            "3. Aanvullend reglement Stationsstraat\nBesluit: Het aanvullend reglement wordt goedgekeurd.\n",
            "Het aanvullend reglement wordt goedgekeurd",
        ),
        (
            DUTCH,
            "2. Vaststelling van de agenda\nBesluit: De agenda wordt ongewijzigd vastgesteld.\n",
            "De agenda wordt ongewijzigd vastgesteld",
        ),
    ],
)
def test_a_decision_naming_its_matter_keeps_its_words(head: str, item: str, subject: str) -> None:
    assert outcomes(head + item, "nl") == [("adopted", subject)]
