"""Family: on a Dutch or Flemish news page, a paragraph that first reports an amendment or a member's proposal on
an item and then the item itself by a bare reference ("Een amendement van Vooruit ... werd verworpen. Het reglement
zelf werd daarna goedgekeurd met ...") is two decisions: the amendment names itself, and the headline over the
paragraph names the item the reference points back to (headlines.named_by_headlines: each headline names the
first decision of its paragraph whose own words are only a clause). Look-alikes: a paragraph whose decisions both
name their object keeps both names; a headline sharing no word with its paragraph names nothing; a headline names
one decision only. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Testbeek > Nieuws\n\nDit besliste de gemeenteraad van maandag 23 maart 2026\n"
    "Gepubliceerd op woensdag 25 maart 2026\n\nDe gemeenteraad kwam maandagavond samen. Wij zetten de "
    "belangrijkste beslissingen op een rij.\n\n"
)


def _rows(headline: str, paragraph: str) -> list[tuple]:
    rows = votes(HEAD + headline + "\n" + paragraph + "\n\nMeer nieuws\n", "nl")
    return [(r.outcome, r.subject, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("headline", "paragraph", "first", "second"),
    [
        (
            "SUBSIDIE VOOR GROENDAKEN OP VERENIGINGSLOKALEN",
            "Verenigingen die een groendak aanleggen, krijgen voortaan een subsidie. Een amendement van Groen om de "
            "subsidie te verhogen werd verworpen met vijf stemmen voor en achttien tegen. Het reglement zelf werd "
            "daarna goedgekeurd met achttien stemmen voor en vijf onthoudingen.",
            ("rejected", "Een amendement van Groen om de subsidie te verhogen", 5, 18),
            ("adopted", "SUBSIDIE VOOR GROENDAKEN OP VERENIGINGSLOKALEN", 18, 0),
        ),
        (
            "Nieuwe parkeerverordening voor het centrum",
            "Een amendement van D66 om de parkeerverordening een jaar later in te laten gaan, werd verworpen met 9 "
            "stemmen voor en 18 tegen. Het voorstel zelf werd vervolgens aangenomen met 20 stemmen voor en 7 tegen.",
            ("rejected", "Een amendement van D66 om de parkeerverordening een jaar later in te laten gaan", 9, 18),
            ("adopted", "Nieuwe parkeerverordening voor het centrum", 20, 7),
        ),
        (
            "RETRIBUTIE OP GROFVUIL",
            "Een amendement van Vlaams Belang om de retributie voor de eerste ophaling te schrappen, werd verworpen "
            "met 2 stemmen voor en 21 tegen. Het reglement werd daarna goedgekeurd met 21 stemmen voor en 2 tegen.",
            (
                "rejected",
                "Een amendement van Vlaams Belang om de retributie voor de eerste ophaling te schrappen",
                2,
                21,
            ),
            ("adopted", "RETRIBUTIE OP GROFVUIL", 21, 2),
        ),
        (
            "Subsidieregeling sportverenigingen",
            "Een amendement van de VVD om de subsidieregeling te beperken tot jeugdleden werd verworpen met 8 "
            "stemmen voor en 19 tegen. De subsidieregeling werd daarna aangenomen met 22 stemmen voor en 5 tegen.",
            ("rejected", "Een amendement van de VVD om de subsidieregeling te beperken tot jeugdleden", 8, 19),
            ("adopted", "Subsidieregeling sportverenigingen", 22, 5),
        ),
        (
            "Belastingreglement op tweede verblijven",
            "Een amendement van N-VA om het tarief te verlagen naar 500 euro werd verworpen met zes stemmen voor en "
            "zeventien tegen. Het belastingreglement zelf werd daarna goedgekeurd met zeventien stemmen voor en zes "
            "tegen.",
            ("rejected", "Een amendement van N-VA om het tarief te verlagen naar 500 euro", 6, 17),
            ("adopted", "Belastingreglement op tweede verblijven", 17, 6),
        ),
    ],
)
def test_the_item_after_its_amendment_takes_the_headline(
    headline: str, paragraph: str, first: tuple, second: tuple
) -> None:
    assert _rows(headline, paragraph) == [first, second]


def test_decisions_naming_their_object_keep_their_names() -> None:
    rows = _rows(
        "Sporthal Linden",
        "De raad keurde het ontwerp van de sporthal goed met 14 stemmen voor en 9 tegen. Een motie van Groen "
        "over zonnepanelen op de sporthal werd verworpen met 9 stemmen voor en 14 tegen.",
    )
    assert [row[1] for row in rows] == [
        "het ontwerp van de sporthal",
        "Een motie van Groen over zonnepanelen op de sporthal",
    ]


def test_a_headline_sharing_no_word_names_no_later_decision() -> None:
    rows = _rows(
        "Korte berichten",
        "Een amendement van Groen om de subsidie te verhogen werd verworpen met 5 stemmen voor en 18 tegen. Het "
        "reglement zelf werd daarna goedgekeurd met 18 stemmen voor en 5 tegen.",
    )
    assert "Korte berichten" not in [row[1] for row in rows]


def test_a_headline_names_one_decision_only() -> None:
    rows = _rows(
        "REGLEMENT BUURTFEESTEN",
        "Een amendement van Groen over het reglement werd verworpen met 5 stemmen voor en 18 tegen. Het reglement "
        "zelf werd daarna goedgekeurd met 18 stemmen voor en 5 tegen. Het reglement werd ook voor 2027 verlengd met "
        "18 stemmen voor en 5 tegen.",
    )
    assert [row[1] for row in rows].count("REGLEMENT BUURTFEESTEN") <= 1
