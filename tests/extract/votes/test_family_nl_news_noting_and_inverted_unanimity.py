"""Family: Dutch news pages about a council meeting ("Dit besloot de raad") that tell a noting in the past tense
("De raad nam het jaarverslag van de ombudsman voor kennisgeving aan.", also inverted: "Daarnaast nam de raad ...")
and a unanimous decision with the unanimity in front ("Unaniem ging de raad akkoord met een krediet ...", "Met
algemene stemmen stemde de raad in met ..."). The noting is noted with what was noted as subject; the unanimous
decision is adopted, unanimous, with what was agreed to as subject. Taking note earlier in the year or by the
college ("In januari nam de raad al kennis van ..."), leave ("nam afscheid van") or a council that did not agree is no
such row (the council's own "nam kennis van": test_family_nl_news_council_takes_notice). All text is written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Home > Nieuws > Dit besloot de raad\n\nDit besloot de gemeenteraad op 12 maart\n"
    "Gepubliceerd op vrijdag 13 maart 2026\n\nDe gemeenteraad vergaderde donderdag 12 maart 2026.\n\nKorte berichten\n"
)


def _rows(sentence: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous, str(r.meeting_date)) for r in votes(HEAD + sentence + "\n", "nl")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De raad nam het jaarverslag 2025 van de ombudsman voor kennisgeving aan.",
            ("het jaarverslag 2025 van de ombudsman", "noted", None),
        ),
        (
            "Daarnaast nam de gemeenteraad de jaarstukken 2025 van de GGD voor kennisgeving aan.",
            ("de jaarstukken 2025 van de GGD", "noted", None),
        ),
        (
            "De gemeenteraad van Oss nam de brief van de rekenkamer voor\nkennisgeving aan.",
            ("de brief van de rekenkamer", "noted", None),
        ),
        (
            "Unaniem ging de raad akkoord met een krediet van 450.000 euro voor de skatebaan.",
            ("een krediet van 450.000 euro voor de skatebaan", "adopted", True),
        ),
        (
            "Met algemene stemmen stemde de raad in met de nieuwe Algemene Plaatselijke Verordening.",
            ("de nieuwe Algemene Plaatselijke Verordening", "adopted", True),
        ),
        (
            "Eenparig ging de gemeenteraad akkoord om het zwembad langer open te houden.",
            ("om het zwembad langer open te houden", "adopted", True),
        ),
    ],
)
def test_news_noting_and_unanimity_in_front(sentence: str, expected: tuple) -> None:
    rows = _rows(sentence)
    assert [row[1:] for row in rows] == [(*expected[1:], "2026-03-12")]
    assert rows[0][0].endswith(expected[0])  # what was noted or agreed to, perhaps with the sentence before it


@pytest.mark.parametrize(
    "sentence",
    [
        "In januari nam de raad al kennis van het jaarverslag van de ombudsman.",
        "Het college nam kennis van het jaarverslag van de ombudsman.",
        "De raad nam afscheid van wethouder Jansen, die na twaalf jaar vertrekt.",
        "Het college nam de motie over de bankjes over en voert haar uit.",
    ],
)
def test_taking_notice_or_leave_is_no_noting_row(sentence: str) -> None:
    assert [r for r in _rows(sentence) if r[1] == "noted"] == []


def test_unanimity_in_front_of_a_refusal_is_no_adoption() -> None:
    assert [r[1] for r in _rows("Unaniem ging de raad niet akkoord met de verhoging van de leges.")] != ["adopted"]
