"""Family: on a Dutch or Flemish news page, a paragraph's headline names its decision only where the paragraph's
own words name it by a clause or a fragment (nl).

"Dit besloot de raad" pages put a short headline over each paragraph. Where the paragraph names what was decided
as a noun phrase ("De raad koos voor nieuwbouw van de sporthal ...", "Unaniem stemde de raad in met de
samenwerkingsovereenkomst ..."), that phrase is the subject; where the paragraph only has a whole clause ("De brief
van de rekenkamercommissie ... werd voor kennisgeving aangenomen") or a cut fragment ("en is daarmee verworpen"),
the headline names the decision. A section heading sharing no word with its paragraph ("Korte berichten") names
nothing. All text is written for these tests (models/votes/nl.json `news.headline_over`).
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = (
    "Gemeente Oosterwolde > Nieuws\n\nDit besloot de gemeenteraad op 12 mei\n\nGepubliceerd: woensdag 13 mei 2026\n\n"
    "De gemeenteraad van Oosterwolde vergaderde dinsdagavond 12 mei. Een\noverzicht van de belangrijkste besluiten.\n\n"
)
TAIL = "\n\nMeer nieuws\n"


@pytest.mark.parametrize(
    ("headline", "paragraph", "expected"),
    [
        (
            "Sporthal De Meent: raad kiest voor nieuwbouw",
            "De raad koos voor nieuwbouw van de sporthal aan de Meentweg in plaats van\n"
            "verbouw. Voor nieuwbouw stemden 17 raadsleden, voor verbouw 6.",
            ("adopted", "nieuwbouw van de sporthal aan de Meentweg in plaats van verbouw"),
        ),
        (
            "Samenwerking met Ooststellingwerf op gebied van afval",
            "Unaniem stemde de raad in met de samenwerkingsovereenkomst met de gemeente\n"
            "Ooststellingwerf voor het gezamenlijk beheer van de milieustraat.",
            (
                "adopted",
                "de samenwerkingsovereenkomst met de gemeente Ooststellingwerf voor het gezamenlijk beheer van de "
                "milieustraat",
            ),
        ),
        (
            "Fietsbrug over de Tjonger",
            "De gemeenteraad keurde dinsdag het krediet voor de fietsbrug over de Tjonger goed.",
            ("adopted", "het krediet voor de fietsbrug over de Tjonger"),
        ),
        (
            "Jeugdlintje komt er",
            "Een motie van het CDA om een jeugdlintje in te voeren voor jongeren, werd aangenomen met 20 stemmen "
            "voor en 3 tegen.",
            ("adopted", "Een motie van het CDA om een jeugdlintje in te voeren voor jongeren"),
        ),
    ],
)
def test_a_paragraph_naming_its_decision_keeps_its_own_words(headline: str, paragraph: str, expected: tuple) -> None:
    assert outcomes(HEAD + headline + "\n" + paragraph + TAIL, "nl") == [expected]


@pytest.mark.parametrize(
    ("headline", "paragraph", "outcome"),
    [
        (
            "Rekenkamerbrief over inkoop",
            "De brief van de rekenkamercommissie over het inkoopbeleid werd voor\nkennisgeving aangenomen.",
            "noted",
        ),
        (
            "Parkeergarage uitgesteld",
            "Het voorstel voor een parkeergarage bij het station is op verzoek van het\n"
            "college aangehouden tot de raadsvergadering van 7 juli.",
            "postponed",
        ),
        (
            "Amendement over wedstrijdbad haalt het niet",
            "Een amendement om een wedstrijdbad toe te voegen kreeg 8 stemmen voor en 19 tegen\n"
            "en is daarmee verworpen.",
            "rejected",
        ),
    ],
)
def test_a_paragraph_with_only_a_clause_is_named_by_its_headline(headline: str, paragraph: str, outcome: str) -> None:
    assert outcomes(HEAD + headline + "\n" + paragraph + TAIL, "nl") == [(outcome, headline)]


def test_a_section_heading_sharing_no_word_names_nothing() -> None:
    paragraph = "De brief van de rekenkamercommissie over het inkoopbeleid werd voor\nkennisgeving aangenomen."
    ((outcome, subject),) = outcomes(HEAD + "Korte berichten\n" + paragraph + TAIL, "nl")
    assert outcome == "noted" and subject != "Korte berichten"
