"""Family: on a Dutch or Flemish news page, the majority (or the coalition) opening a sentence as the one who
decided ("De meerderheid keurde de invoering van een fietsstraat goed.", "Een ruime meerderheid van de raad stemde
in met ...") reports the council's decision as the council itself would (models/votes/nl.json `news_majority` in
the news decision clause and object): adopted, named by its object, no unanimity told. Look-alikes: the majority
wanting or planning something, the opposition approving nothing, the majority refusing, the majority named inside
another sentence ("Volgens de meerderheid keurde de provincie ... goed"). All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADS = {
    "flemish": (
        "beerse.be > Nieuws\n\nDit besliste de gemeenteraad op 26 mei\nGepubliceerd op donderdag 28 mei 2026\n\n"
        "De gemeenteraad kwam dinsdagavond 26 mei 2026 samen. Een overzicht van de belangrijkste beslissingen.\n\n"
    ),
    "dutch": (
        "Home > Nieuws\n\nDit besloot de raad op 12 maart\nGepubliceerd op vrijdag 13 maart 2026\n\n"
        "De gemeenteraad vergaderde donderdag 12 maart 2026. Een overzicht van de besluiten.\n\n"
    ),
}
DATES = {"flemish": "2026-05-26", "dutch": "2026-03-12"}


def _rows(page: str, paragraph: str) -> list[tuple]:
    rows = votes(HEADS[page] + paragraph + "\n\nMeer nieuws\n", "nl")
    return [(r.outcome, r.subject, r.unanimous, str(r.meeting_date)) for r in rows]


@pytest.mark.parametrize(
    ("page", "paragraph", "subject"),
    [
        (
            "flemish",
            "Fietsstraat in de Bisschopslaan\nDe meerderheid keurde de invoering van een fietsstraat in de "
            "Bisschopslaan\ngoed. De oppositie stemde tegen, omdat zij eerst een bevraging van de\nbewoners wilde.",
            "de invoering van een fietsstraat in de Bisschopslaan",
        ),
        (
            "flemish",
            "Zone 30 aan de scholen\nDe coalitie keurde de invoering van zone 30 rond alle scholen goed; de "
            "oppositie vond de maatregel te beperkt.",
            "de invoering van zone 30 rond alle scholen",
        ),
        (
            "dutch",
            "Woningbouw Noordrand\nEen ruime meerderheid van de raad stemde in met het bestemmingsplan voor 120 "
            "woningen aan de Noordrand.",
            "Woningbouw Noordrand",
        ),
        (
            "dutch",
            "Nieuwe sporthal\nDe meerderheid stelde het krediet van 8 miljoen euro voor de nieuwe sporthal vast. "
            "GroenLinks en de SP waren tegen.",
            "het krediet van 8 miljoen euro voor de nieuwe sporthal",
        ),
        (
            "flemish",
            "Containerpark\nDe meerderheid keurde het nieuwe retributiereglement voor het containerpark goed met "
            "vijftien stemmen voor en tien tegen.",
            "het nieuwe retributiereglement voor het containerpark",
        ),
        (
            "dutch",
            "Parkeren\nEen nipte meerderheid ging akkoord met betaald parkeren in de binnenstad.",
            "Parkeren",  # a clause of its own: named by its headline
        ),
    ],
)
def test_the_majority_deciding_reports_an_adoption(page: str, paragraph: str, subject: str) -> None:
    rows = _rows(page, paragraph)
    assert [row[:2] + row[3:] for row in rows] == [("adopted", subject, DATES[page])]
    assert rows[0][2] is not True  # a majority is never unanimity


@pytest.mark.parametrize(
    "paragraph",
    [
        "Verkeerstelling\nDe meerderheid wil eerst de resultaten van de verkeerstelling afwachten.",
        "Fietsstraat\nDe oppositie keurde de fietsstraat in de Bisschopslaan niet goed.",
        "Fietsstraat\nDe meerderheid keurde het voorstel van de oppositie over de fietsstraat niet goed.",
        "Fietsstraat\nVolgens de meerderheid keurde de provincie de fietsstraat al goed.",
        "Fietsstraat\nDe meerderheid gaat in juni een voorstel over de fietsstraat indienen.",
    ],
)
def test_the_majority_not_deciding_is_no_adoption(paragraph: str) -> None:
    assert [row for row in _rows("flemish", paragraph) if row[0] == "adopted"] == []
