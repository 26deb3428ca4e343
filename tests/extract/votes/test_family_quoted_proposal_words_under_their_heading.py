"""A proposal whose words stand quoted on the line under its heading or lead-in is named by those words.

Flemish notulen and besluitenlijsten introduce an amendment or an added item's proposal on a line ending in a colon
and quote its words on the next line: 'Amendement van raadslid An Peeters (Groen):' / '"Het budget wordt verhoogd
tot 2.500 euro."', 'Mevrouw Mertens stelt voor:' / '"De gemeenteraad vraagt het college ..."', 'Het voorstel
luidt:', 'Voorstel van het raadslid:'. The vote is on the quoted words (their first sentence), not on the heading
that introduces them nor on the agenda point's title.

Look-alikes: a quote that does not stand right under the heading (a line between) and a heading whose proposal is
written without quotes keep the heading.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Gemeente Testdorp\nNotulen gemeenteraad - zitting van maandag 26 januari 2026\n\nOpenbare zitting\n\n"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "2. Aanpassing meerjarenplan 2026-2031 nr. 1\n"
            "Amendement van raadslid An Peeters (Groen):\n"
            '"Het budget voor groendaken wordt verhoogd tot 2.500 euro."\n'
            "Stemming over het amendement: verworpen met 3 stemmen voor en 17 stemmen tegen.\n"
            "Stemming over het ontwerpbesluit: goedgekeurd met 17 stemmen voor en 3 stemmen tegen.\n",
            [
                ("rejected", "Het budget voor groendaken wordt verhoogd tot 2.500 euro"),
                ("adopted", "Aanpassing meerjarenplan 2026-2031 nr. 1"),
            ],
        ),
        (
            "3. Retributiereglement sporthal - wijziging\n"
            "Raadslid Pieter Claes (Groen) dient een amendement in:\n"
            '"Jongeren onder 18 jaar betalen het halve tarief."\n'
            "Stemming over het amendement: verworpen met 4 stemmen voor en 23 stemmen tegen\n"
            "Stemming over het ontwerpbesluit: eenparig\n",
            [
                ("rejected", "Jongeren onder 18 jaar betalen het halve tarief"),
                ("adopted", "Retributiereglement sporthal - wijziging"),
            ],
        ),
        (
            "7. Toegevoegd punt van raadslid Sofie Mertens (Groen): gratis fietsherstel\n"
            "Mevrouw Mertens stelt voor:\n"
            '"De gemeenteraad vraagt het college een proefproject gratis fietsherstel op te zetten."\n'
            "Stemming: 6 stemmen voor, 22 stemmen tegen.\n"
            "Besluit\nHet voorstel wordt niet aangenomen.\n",
            [("rejected", "De gemeenteraad vraagt het college een proefproject gratis fietsherstel op te zetten")],
        ),
        (
            "5. Toegevoegd punt van raadslid Elke Verhaegen (Groen): trage wegen\n"
            "Het voorstel luidt:\n"
            '"De gemeenteraad vraagt het college een trage-wegenplan op te maken. Het plan is klaar in 2027."\n'
            "Stemming: 9 stemmen voor, 16 stemmen tegen.\n"
            "Besluit\nArtikel 1. De gemeenteraad keurt het voorstel niet goed.\n",
            [("rejected", "De gemeenteraad vraagt het college een trage-wegenplan op te maken")],
        ),
    ],
)
def test_the_quoted_words_name_the_proposal(item: str, expected: list[tuple[str, str]]) -> None:
    assert outcomes(HEAD + item, "nl") == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "4. Aanpassing meerjarenplan 2026-2031 nr. 2\n"
            "Amendement van raadslid Jan Smet (Vooruit):\n"
            "Het budget voor fietspaden wordt verdubbeld.\n"
            "Stemming over het amendement: verworpen met 5 stemmen voor en 20 stemmen tegen.\n",
            [("rejected", "Amendement van raadslid Jan Smet (Vooruit)")],
        ),
        (
            "2. Aanpassing meerjarenplan 2026-2031 nr. 1\n"
            "Amendement van raadslid An Peeters (Groen):\n"
            "Het amendement wordt mondeling toegelicht.\n"
            '"Het budget voor groendaken wordt verhoogd tot 2.500 euro."\n'
            "Stemming over het amendement: verworpen met 3 stemmen voor en 17 stemmen tegen.\n",
            [("rejected", "Amendement van raadslid An Peeters (Groen)")],
        ),
    ],
)
def test_a_quote_not_under_a_proposals_heading_names_nothing(item: str, expected: list[tuple[str, str]]) -> None:
    assert outcomes(HEAD + item, "nl") == expected
