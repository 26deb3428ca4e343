"""Family: a council noting a document it names only by its kind ("de nota", "de informatienota", "de rapportering"),
in the present or the perfect, under an item that titles the document (nl).

"De gemeenteraad neemt de nota voor kennisgeving aan." and "De raad heeft de informatienota ter kennisgeving
aangenomen." under "Agendapunt 7 - Informatienota stand van zaken ..." name nothing but the document's kind: the
row is noted and its subject is the item's title. A sentence naming the document more fully keeps its words.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Zuiderkoog - Raadsinformatie\nStemmingsuitslagen gemeenteraad dinsdag 3 maart 2026\n\n"
TITLE = "Informatienota stand van zaken Dorpsvisies"


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeenteraad neemt de nota voor kennisgeving aan.",
        "De raad heeft de informatienota voor kennisgeving aangenomen.",
        "De gemeenteraad neemt de raadsinformatienota voor kennisgeving aan.",
        "De raad heeft deze nota ter kennisgeving aangenomen.",
        "Uitslag: de nota wordt voor kennisgeving aangenomen.",
        "De gemeenteraad heeft de rapportering ter kennisgeving aangenomen.",
    ],
)
def test_a_document_named_by_its_kind_is_noted_under_the_item_title(sentence):
    (row,) = votes(HEAD + f"Agendapunt 7 - {TITLE}\n  {sentence}\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("7", TITLE, "noted")


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad neemt de nota over de dorpen voor kennisgeving aan.",
        "De raad neemt de informatienota over de dorpsvisies 2026 voor kennisgeving aan.",
    ],
)
def test_a_sentence_naming_the_document_more_fully_keeps_its_words(sentence):
    (row,) = votes(HEAD + f"Agendapunt 7 - {TITLE}\n  {sentence}\n", "nl")
    assert (row.subject, row.outcome) == (sentence.rstrip("."), "noted")
