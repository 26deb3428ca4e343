"""A news page's headline names the decision of the paragraph under it also where the text kept the paragraph's
line breaks (its second line opens with a quote, so it was not joined): the words the headline shares with the
paragraph may stand on those continued lines ("Samenwerking met Tartu" / "De raad stemde in met ... het project" /
'"Groene havens" samen met Tartu in Estland.'). Shared code (headlines.py); Danish cases in
test_family_body_approves_that_in_news_da.

Look-alike: a section heading sharing no word with the paragraph ("Kort nieuws") names nothing, and the next
headline-like line ends the paragraph.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Home > Nieuws > Dit besloot de raad\n\nDit besloot de gemeenteraad op 12 maart\n"
    "Gepubliceerd op vrijdag 13 maart 2026\n\nDe gemeenteraad vergaderde donderdag 12 maart 2026.\n\n"
)
PARAGRAPH = (
    "De raad stemde unaniem in met het voorstel om deel te nemen aan het project\n"
    '"Groene havens" samen met Tartu in Estland.\n'
)


@pytest.mark.parametrize("headline", ["Samenwerking met Tartu", "Groene havens met Estland", "Project in Estland"])
def test_a_headline_names_a_paragraph_whose_lines_were_not_joined(headline: str) -> None:
    assert [(r.subject, r.outcome) for r in votes(HEAD + headline + "\n" + PARAGRAPH, "nl")] == [(headline, "adopted")]


def test_a_heading_sharing_no_word_with_the_paragraph_names_nothing() -> None:
    assert [r.subject for r in votes(HEAD + "Kort nieuws\n" + PARAGRAPH, "nl")] != ["Kort nieuws"]


def test_the_next_headline_ends_the_paragraph() -> None:
    text = HEAD + "Kort nieuws\n" + PARAGRAPH.split("\n")[0] + "\nSamenwerking met Tartu\n" + PARAGRAPH.split("\n")[1]
    assert "Kort nieuws" not in [r.subject for r in votes(text, "nl")]
