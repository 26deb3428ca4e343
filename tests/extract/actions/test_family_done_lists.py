"""Family: a numbered or lettered list under an intro that reports the items done ("Het college heeft
uitgevoerd:", "Følgende er gennemført:", "Dette er gjort:"): every item is a completed action, item 1
included, also where a PDF wrapped an item onto a lower-case line ("1. Nytt lys i" / "lysløypa"), which
ended the list before its next item. Look-alikes: a table of contents with numbered chapters and a list
of goals under an intro without a status give no row. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

DONE = [
    (
        "nl",
        text_of(
            "Voortgang 2025",
            "",
            "Het college heeft uitgevoerd:",
            "1. Aanleg van een nieuw fietspad langs de",
            "Maas",
            "2. Renovatie van sporthal De Horst",
            "3. Vergroening van het marktplein",
        ),
        [
            ("1", "Aanleg van een nieuw fietspad langs de Maas", "completed"),
            ("2", "Renovatie van sporthal De Horst", "completed"),
            ("3", "Vergroening van het marktplein", "completed"),
        ],
    ),
    (
        "nl",
        text_of(
            "In 2025 zijn uitgevoerd:",
            "1) de herinrichting van het Stationsplein;",
            "2) de nieuwe speeltuin in Oost;",
            "3) de verlichting van het wandelpad",
        ),
        [
            ("1", "de herinrichting van het Stationsplein", "completed"),
            ("2", "de nieuwe speeltuin in Oost", "completed"),
            ("3", "de verlichting van het wandelpad", "completed"),
        ],
    ),
    (
        "da",
        text_of(
            "Følgende er gennemført:",
            "1. Ny legeplads i Vestbyen",
            "2. Renovering af det gamle",
            "bibliotek",
            "3. Etablering af hundeskov",
        ),
        [
            ("1", "Ny legeplads i Vestbyen", "completed"),
            ("2", "Renovering af det gamle bibliotek", "completed"),
            ("3", "Etablering af hundeskov", "completed"),
        ],
    ),
    (
        "da",
        text_of("Disse projekter er afsluttet:", "a) Ny hal i Vestby", "b) Cykelsti langs Åvej"),
        [("a", "Ny hal i Vestby", "completed"), ("b", "Cykelsti langs Åvej", "completed")],
    ),
    (
        "nb",
        text_of(
            "Dette er gjort:",
            "1. Nytt lys i",
            "lysløypa",
            "2. Oppgradering av kunstgressbanen",
            "3. Ny gapahuk ved vannet",
        ),
        [
            ("1", "Nytt lys i lysløypa", "completed"),
            ("2", "Oppgradering av kunstgressbanen", "completed"),
            ("3", "Ny gapahuk ved vannet", "completed"),
        ],
    ),
    (
        "nb",
        text_of("Følgende tiltak er gjennomført:", "1) Ny kai i havna", "2) Nye benker langs", "turveien"),
        [("1", "Ny kai i havna", "completed"), ("2", "Nye benker langs turveien", "completed")],
    ),
    (
        "nn",
        text_of("Dette er gjort:", "1. Nytt lys i lysløypa", "2. Oppgradering av kunstgrasbana"),
        [("1", "Nytt lys i lysløypa", "completed"), ("2", "Oppgradering av kunstgrasbana", "completed")],
    ),
    (
        "nn",
        text_of(
            "Dette er gjort i 2025:",
            "1) Ny gapahuk ved Storvatnet",
            "2) Opprusting av turvegen",
            "til Nuten",
            "3) Nye benkar i sentrum",
        ),
        [
            ("1", "Ny gapahuk ved Storvatnet", "completed"),
            ("2", "Opprusting av turvegen til Nuten", "completed"),
            ("3", "Nye benkar i sentrum", "completed"),
        ],
    ),
]

LOOK_ALIKES = [
    ("da", text_of("Indhold", "1. Indledning", "2. Vision og mål", "3. Indsatser", "4. Økonomi"), []),
    (
        "nb",
        text_of("Innhold", "1. Innledning ............ 3", "2. Mål for planperioden ..... 5", "3. Tiltak ........ 9"),
        [],
    ),
    (
        "nl",
        text_of("Onze doelen:", "1. Meer groen in de", "wijken", "2. Minder CO2-uitstoot", "3. Veilige fietsroutes"),
        [],
    ),
    ("nb", text_of("Kommunen har disse målene:", "1. Flere boliger i sentrum", "2. Bedre kollektivtilbud"), []),
]


@pytest.mark.parametrize(("language", "text", "expected"), DONE + LOOK_ALIKES)
def test_every_item_under_an_intro_reporting_them_done_is_completed(language: str, text: str, expected: list) -> None:
    assert rows(text, language) == expected
