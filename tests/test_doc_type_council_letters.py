"""doc_type of a Dutch council information letter ('Raadsinformatiebrief'): the college reports to the council how
far something got, so it is a report, even when its subject is a programme. A programme or a council proposal
that merely mentions such a letter keeps its type."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, infer, title


@pytest.mark.parametrize(
    "text",
    [
        "RAADSINFORMATIEBRIEF\nOnderwerp: voortgang uitvoeringsprogramma wonen 2026\nHet programma kent vijf sporen.",
        "Gemeente Boxtel        Raadsinformatiebrief\nOnderwerp: programma energietransitie\nGeachte raad,",
        "Raadsinformatiebrief 2026-041\nOnderwerp: lidmaatschappen van netwerken\nGeachte leden van de raad,",
        "Raadsinformatiebrief, 3 maart 2026\nUitvoeringsprogramma cultuur: de eerste resultaten\nGeachte raad,",
        "Collegeinformatiebrief\nOnderwerp: programma armoedebestrijding\nHierbij informeren wij u over de stand.",
        "Raadsinformatiebrieven eerste kwartaal 2026\nEen overzicht van de brieven aan de raad.",
    ],
)
def test_a_council_information_letter_is_a_report(text: str):
    # the type is read from the genre line, not from the letter's subject that the title adds
    assert infer(text, "nl")["doc_type"] == "report"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uitvoeringsprogramma duurzaamheid 2026-2030\nHet programma kent vier sporen.\n"
            "Spoor 1: energie\nSpoor 2: klimaatadaptatie\nSpoor 3: circulair\nSpoor 4: groen\n"
            "In een raadsinformatiebrief horen de leden van de raad elk jaar hoe het ervoor staat.",
            "programme",
        ),
        (
            "Besluitenlijst raadsvergadering 3 maart 2026\nAgendapunt 4: raadsinformatiebrief over het zwembad\n"
            "Besluit: de raad neemt kennis van de brief.\nAgendapunt 5: raadsvoorstel begroting\nBesluit: aangenomen.",
            "case_protocol",
        ),
    ],
)
def test_documents_that_mention_an_information_letter_keep_their_type(text: str, expected: str):
    assert doc_type(text, title(text), "nl") == expected
