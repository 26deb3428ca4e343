"""Family: a plan, strategy or programme (nl) records no votes.

A strategy or plan tells that the council adopted it ("Vastgesteld door de gemeenteraad op 10 maart 2026", "De
gemeenteraad keurde het plan goed in zitting van 16 december 2025") and lists its own content in decision words ("De
raad heeft vier speerpunten vastgesteld:", "Een verzoek ... is afgewezen"): none of it is a vote the document records.
The document's type (pipeline metadata) says so; the same words in minutes are a vote. All text is written for these
tests (models/votes/nl.json `voteless_doc_types`; a text of a few lines keeps its votes, its type being a guess).
"""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from tests.extract.votes.helpers import votes

BODY = (  # a plan's further chapters: its type is read from the whole document, not from a few lines
    "\nUitvoering en middelen\nHet college voert de strategie uit en rapporteert jaarlijks.\n"
    "Per jaar is 25.000 euro beschikbaar.\nDe raad wordt jaarlijks geïnformeerd over de voortgang.\n\n"
    "Partners\nDe gemeente werkt samen met de provincie en de Euregio.\nOok scholen en verenigingen nemen deel.\n"
    "Nieuwe partners worden gezocht waar dat past bij de speerpunten.\n"
)
PLANS = [
    "Internationale strategie Oldambt 2026-2030\nVastgesteld door de gemeenteraad op 10 maart 2026\n\n"
    "1  Waarom een internationale strategie?\nOldambt ligt aan de Duitse grens.\n\n2  Onze speerpunten\n"
    "De raad heeft vier speerpunten vastgesteld:\n1. Grensarbeid en onderwijs\n2. Bereikbaarheid over de grens\n"
    "3. Zorg in de grensregio\n4. Toerisme\n",
    "Meerjarenplan 2026-2031 - strategische nota\nGemeente Wingene\n\nInleiding\n"
    "De gemeenteraad keurde het plan goed in zitting van 16 december 2025.\n\n"
    "Beleidsdoelstelling 1: Een veilige gemeente\nActieplan 1.1: Verkeersveiligheid rond scholen\n",
    "Internationale agenda 2026-2030\nGemeente Dinkelland\n\nWat we niet doen\n"
    "Een verzoek uit Enschede om lid te worden van Eurocities is afgewezen, omdat het netwerk zich op grote steden "
    "richt.\n",
    "Strategie grensoverschrijdende samenwerking 2026-2030\nGemeente Vaals\n\n3. Onze speerpunten\n"
    "De raad heeft drie speerpunten vastgesteld:\n1. Toerisme rond het Drielandenpunt\n2. Zorg over de grens\n"
    "3. Natuur en klimaat\n",
    "Internationaal beleid 2026-2030 - beleidsnota\nGemeente Baarle-Nassau\n"
    "Vastgesteld door de raad op 4 februari 2026\n\n"
    "Onze ambitie\nDe samenwerking met Baarle-Hertog is in 2025 verlengd en door beide raden goedgekeurd.\n",
]


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_or_strategy_records_no_votes(text: str) -> None:
    assert document_from_text(text + BODY, language="nl").doc_type in {"strategy", "programme"}
    assert votes(text + BODY, "nl") == []


def test_minutes_adopting_a_strategy_record_the_vote() -> None:
    text = (
        "Besluitenlijst van de openbare vergadering van de gemeenteraad van dinsdag 10 maart 2026\n\n"
        "Agendapunt 5 - Internationale strategie 2026-2030\n"
        "Besluit: vastgesteld met 17 stemmen voor en 4 stemmen tegen.\n"
    )
    assert [(r.outcome, r.subject, r.votes_for) for r in votes(text, "nl")] == [
        ("adopted", "Internationale strategie 2026-2030", 17)
    ]
