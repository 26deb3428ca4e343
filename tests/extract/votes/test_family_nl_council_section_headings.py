"""Family: a Flemish list covering two councils in one sitting, each under its own heading (nl).

A besluitenlijst or notulen of a Flemish municipality often holds the gemeenteraad and the raad voor
maatschappelijk welzijn (the OCMW council) of one evening, the second part under a heading such as
"RAAD VOOR MAATSCHAPPELIJK WELZIJN - OPENBARE ZITTING" or "Zitting van de raad voor maatschappelijk
welzijn (aansluitend)", its items numbered from 1 again. The items under it are that council's decisions.
A sentence naming the council, or a title about its minutes, is no such heading. All sentences are written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad en raad voor maatschappelijk welzijn\nZitting van dinsdag 17 maart 2026\n\n"
COUNCIL = "01  Reglement op het gebruik van de sporthal - aanpassing\n    Goedgekeurd. Stemresultaat: eenparig.\n\n"
OCMW = "01  Budgetwijziging 2026 van het OCMW\n    Vastgesteld. Stemresultaat: 19 ja-stemmen, 8 neen-stemmen.\n"


@pytest.mark.parametrize(
    "heading",
    [
        "RAAD VOOR MAATSCHAPPELIJK WELZIJN - OPENBARE ZITTING",
        "Raad voor maatschappelijk welzijn - openbare zitting",
        "Zitting van de raad voor maatschappelijk welzijn (aansluitend)",
        "Openbare zitting van de raad voor maatschappelijk welzijn",
        "OCMW-raad: openbare zitting",
        "Raad voor maatschappelijk welzijn",
    ],
)
def test_items_under_the_ocmw_council_heading_are_that_councils(heading):
    text = HEAD + "GEMEENTERAAD - OPENBARE ZITTING\n\n" + COUNCIL + heading + "\n\n" + OCMW
    rows = votes(text, "nl")
    assert [(r.case_number, r.body.lower(), r.outcome) for r in rows] == [
        ("01", "gemeenteraad", "adopted"),
        (
            "01",
            heading.split(" - ")[0]
            .split(":")[0]
            .removeprefix("Zitting van de ")
            .removeprefix("Openbare zitting van de ")
            .removesuffix(" (aansluitend)")
            .lower(),
            "adopted",
        ),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "De raad voor maatschappelijk welzijn keurt de notulen goed.",
        "Raad voor maatschappelijk welzijn - samenwerkingsovereenkomst met de gemeente",
    ],
)
def test_a_line_naming_the_council_is_no_heading(line):
    text = HEAD + "02  Samenwerking met het OCMW\n    " + line + "\n    Goedgekeurd.\n\n" + COUNCIL
    assert {r.body.lower() for r in votes(text, "nl")} == {"gemeenteraad"}
