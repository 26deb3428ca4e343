"""Family: on a news page each paragraph is one line of the text, but a count list broken after a comma before a
number ("haalde het niet: 7 stemmen voor," / "16 tegen.") stays two lines: the counts on the next line are still the
paragraph's decision's, never a vote of their own (count_lines.own_tallies). Look-alike: counts in the next
paragraph under their own headline are that paragraph's. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Home / Nieuws / Bestuur\n\nDit besliste de gemeenteraad op 26 mei 2026\nGepubliceerd op woensdag 27 mei 2026\n\n"
    "Dinsdagavond kwam de gemeenteraad samen in de raadzaal van het gemeentehuis.\nHieronder lees je de "
    "belangrijkste beslissingen.\n\nSpeelpleinen\nDe gemeenteraad keurde unaniem het nieuwe speelpleinplan\ngoed.\n\n"
)


def _rows(paragraph: str) -> list[tuple]:
    rows = votes(HEAD + paragraph + "\n\nMeer nieuws\n", "nl")
    return [(r.outcome, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        (
            "Gratis zwemlessen\nEen voorstel van raadslid Lotte Peeters (Groen) om alle leerlingen van het\n"
            "derde leerjaar gratis zwemlessen te geven, haalde het niet: 7 stemmen voor,\n16 tegen. De meerderheid "
            "wil het voorstel later opnieuw bekijken.",
            ("rejected", 7, 16),
        ),
        (
            "Motie over bankjes\nDe motie van de SP over extra bankjes in het park haalde het niet: 9 stemmen voor,\n"
            "18 tegen en 2 onthoudingen.",
            ("rejected", 9, 18),
        ),
        (
            "Amendement sporthal\nHet amendement van D66 over de sporthal werd verworpen: 8 stemmen voor,\n"
            "19 stemmen tegen.",
            ("rejected", 8, 19),
        ),
        (
            "Zone 30\nHet voorstel om zone 30 in te voeren werd verworpen: zes stemmen voor,\nzeventien tegen.",
            ("rejected", 6, 17),
        ),
        (
            "Belasting op leegstand\nHet belastingreglement werd goedgekeurd met 17 stemmen voor,\n6 tegen. Groen en "
            "Vooruit stemden tegen.",
            ("adopted", 17, 6),
        ),
    ],
)
def test_counts_broken_after_a_comma_stay_with_their_decision(paragraph: str, row: tuple) -> None:
    assert _rows(paragraph) == [("adopted", None, 0), row]


def test_counts_in_the_next_paragraph_are_that_paragraphs() -> None:
    rows = _rows(
        "Zone 30\nHet voorstel om zone 30 in te voeren werd verworpen,\nzeventien raadsleden stemden tegen.\n\n"
        "Jaarrekening\nDe jaarrekening 2025 werd goedgekeurd met 16 stemmen voor en 7 tegen."
    )
    assert rows[-1] == ("adopted", 16, 7)
