"""Family: a note under a decision table whose lead ends in a colon and whose quote of the proposal opens the next
line ('Ad 7. Het amendement A1 van X, ingediend door raadslid Y, luidde:' / '"Het krediet wordt ..."') names the
table row by those words, as a quote on the lead's own line does (nl). A line after the lead that is no quote, or a
quote after another lead (a member's statement), leaves the row as the table names it.
All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = (
    "Gemeente Testveen\nBESLUITENLIJST van de openbare vergadering van de gemeenteraad\n"
    "Datum: donderdag 9 april 2026\n\n"
)
TABLE = (
    "Agendapunt | Onderwerp                              | Besluit     | Stemverhouding\n"
    "-----------------------------------------------------------------------------------\n"
    "3.         | Vaststellen agenda                     | Vastgesteld | Unaniem\n"
    "4.         | Amendement A2 (SP) bij agendapunt 5    | Verworpen   | 8 voor, 17 tegen\n"
    "5.         | Kadernota 2027                         | Vastgesteld | 20 voor, 5 tegen\n"
    "-----------------------------------------------------------------------------------\n\n"
    "Toelichting bij de besluiten\n\n"
)
WORDS = "De onroerendezaakbelasting stijgt in 2027 niet meer dan de inflatie"
FIRST = ("adopted", "Vaststellen agenda")
LAST = ("adopted", "Kadernota 2027")

LEADS = [
    "Ad 4. Het amendement A2 van de SP, ingediend door raadslid K. de Vries, luidde:",
    "Ad 4. Het amendement luidde:",
    "Ad 4: Het amendement A2 van de SP luidt als volgt:",
    "Ad 4. Het door de SP ingediende amendement A2 luidde:",
    "Ad 4. Het amendement A2 (SP) luidde als volgt:",
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_quote_opening_the_line_under_the_lead_names_the_row(lead):
    text = HEAD + TABLE + f'{lead}\n"{WORDS}."\nHet amendement is verworpen.\n'
    assert outcomes(text, "nl") == [FIRST, ("rejected", WORDS), LAST]


@pytest.mark.parametrize(
    "rest",
    [
        f'Ad 4. Het amendement A2 luidde:\nzie bijlage 3.\n"{WORDS}."\n',
        f'Ad 4. De indiener van het amendement verklaarde:\n"{WORDS}."\n',
        f'Ad 4. De wethouder antwoordde:\n"{WORDS}."\n',
    ],
)
def test_no_quote_right_under_a_proposal_lead_keeps_the_row(rest):
    text = HEAD + TABLE + rest
    assert outcomes(text, "nl") == [FIRST, ("rejected", "Amendement A2 (SP) bij agendapunt 5"), LAST]
