"""A member's proposal quoted in straight double quotes under its label ('Voorstel: "De gemeenteraad beslist
..."') is the proposal's wording, not a decision of its own: the vote on it is the item's one row."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract
from pipeline.extract.votes.quoted import in_quotes

HEADER = "Gemeente Zandhoven\nBESLUITENLIJST GEMEENTERAAD - zitting van donderdag 12 februari 2026\n\n"


def votes(body: str) -> list[VoteRow]:
    return extract(document_from_text(HEADER + body, language="nl", municipality="Zandhoven"))


CASES = [
    (
        "2. Toegevoegd punt van raadslid Pieter Wouters (Vooruit): gratis zwembadtoegang\n"
        '   Voorstel: "De gemeenteraad beslist dat de bibliotheek op zondag\n'
        '   open blijft voor alle inwoners."\n'
        "   Besluit: verworpen.\n"
        "   Stemming: 5 stemmen voor (Vooruit), 16 stemmen tegen (N-VA, CD&V).\n",
        "rejected",
    ),
    (
        "3. Toegevoegd punt van raadslid Lien Goossens (Groen): Week van de Mobiliteit\n"
        '   Voorstel: "De gemeenteraad besluit deel te nemen aan de Week van de\n'
        '   Mobiliteit."\n'
        "   Besluit: goedgekeurd.\n"
        "   Stemming: eenparig.\n",
        "adopted",
    ),
    (
        "Agendapunt 5. Motie 'Betaalbaar sporten' (SP, PvdA)\n"
        'Dictum: "De raad besluit het college op te dragen de huur van sportzalen te bevriezen."\n'
        "Uitslag: verworpen met 9 stemmen voor en 14 stemmen tegen.\n",
        "rejected",
    ),
    (
        "4. Voorstel van de fractie Open VLD: afschaffing van de belasting op drijfkracht\n"
        'Tekst van het voorstel: "De gemeenteraad beslist de belasting op drijfkracht af te schaffen."\n'
        "Het voorstel wordt verworpen met 6 stemmen voor en 17 stemmen tegen.\n",
        "rejected",
    ),
    (
        "7. Punt toegevoegd door raadslid M. Aerts (Vlaams Belang)\n"
        'Het voorstel luidt: "De gemeenteraad beslist een extra wijkagent aan te vragen."\n'
        "Besluit: verworpen met 3 stemmen voor en 20 stemmen tegen.\n",
        "rejected",
    ),
]


@pytest.mark.parametrize(("body", "outcome"), CASES)
def test_quoted_proposal_gives_one_row(body: str, outcome: str) -> None:
    rows = votes(body)
    assert [r.outcome for r in rows] == [outcome], rows


def test_odd_straight_quote_count_opens_a_quote() -> None:
    line = 'Voorstel: "De raad besluit'
    assert in_quotes(line, line.index("De raad"))


@pytest.mark.parametrize(
    "line",
    [
        'Motie "Groen schoolplein": de raad besluit',  # a quoted title closed before the phrase
        "De raad besluit",
        'Amendement "A" en motie "B": de raad besluit',
    ],
)
def test_closed_or_no_quotes_are_not_a_quote(line: str) -> None:
    assert not in_quotes(line, line.index("de raad") if "de raad" in line else line.index("De raad"))


def test_unquoted_decision_sentence_still_decides() -> None:
    rows = votes(
        "5. Aankoop perceel aan de Kerkstraat\n"
        '   Het perceel "De Hoeve" wordt aangekocht.\n'
        "   De gemeenteraad beslist het perceel aan te kopen met 18 stemmen voor en 3 tegen.\n"
    )
    assert [(r.outcome, r.votes_for) for r in rows] == [("adopted", 18)], rows
