"""A Danish news page reports a decision as the body approving a clause ("Kommunalbestyrelsen godkendte, at Læsø
deltager i ...", "Byrådet vedtog med 7 stemmer mod 2 at hæve prisen ..."): a comma before "at", or the count
between the verb and the clause, is still the body's decision, and the paragraph's headline names it.

The comma after the verb left "godkendte, at X" without a row, and the count before the clause became the
subject's opening ("med 7 stemmer mod 2 at hæve ..."). A paragraph the text did not join into one line (its
second line opens with a quote) is still the headline's paragraph.

Look-alikes: a decision the page recalls from an earlier year ("Byrådet vedtog i marts 2025, at ...") is no row; a
section heading that shares no word with its paragraph ("Kort nyt") names nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Testby Kommune  >  Nyheder  >  Politik\n\nNyt fra kommunalbestyrelsen\nPubliceret 12. juni 2026\n\n"
    "Kommunalbestyrelsen holdt møde torsdag den 11. juni 2026 på rådhuset. Her er et kort overblik over de\n"
    "vigtigste beslutninger fra mødet.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "subject", "counts"),
    [
        (
            "Samarbejde med Öckerö\nKommunalbestyrelsen godkendte, at Testby deltager i Interreg-projektet\n"
            '"Øer i Kattegat" sammen med Öckerö kommun i Sverige.\n',
            "Samarbejde med Öckerö",
            (None, None),
        ),
        (
            "Højere takst for færgen\nKommunalbestyrelsen vedtog med 7 stemmer mod 2 at hæve taksten for færgen med"
            " 40 kr.\n",
            "Højere takst for færgen",
            (7, 2),
        ),
        (
            "Ny cykelsti til skolen\nKommunalbestyrelsen vedtog, at der anlægges en cykelsti til skolen på Bygaden.\n",
            "Ny cykelsti til skolen",
            (None, None),
        ),
        (
            "Tilskud til spejderhytten\nKommunalbestyrelsen vedtog med 15 mod 6 stemmer at give spejderne et tilskud"
            " til hytten.\n",
            "Tilskud til spejderhytten",
            (15, 6),
        ),
        (
            "Venskabsby i Estland\nKommunalbestyrelsen godkendte, at Testby indgår en venskabsbyaftale med\n"
            '"Haapsalu" i Estland.\n',
            "Venskabsby i Estland",
            (None, None),
        ),
    ],
)
def test_a_body_approving_a_clause_is_the_headlines_decision(
    paragraph: str, subject: str, counts: tuple[int | None, int | None]
) -> None:
    rows = votes(HEAD + paragraph, "da")
    assert [(r.subject, r.outcome, (r.votes_for, r.votes_against)) for r in rows] == [(subject, "adopted", counts)]


def test_a_decision_recalled_from_an_earlier_year_is_no_row() -> None:
    text = HEAD + "Ny cykelsti til skolen\nKommunalbestyrelsen vedtog i marts 2025, at der anlægges en cykelsti.\n"
    assert votes(text, "da") == []


def test_a_heading_sharing_no_word_with_its_paragraph_names_nothing() -> None:
    text = HEAD + "Kort nyt\nKommunalbestyrelsen godkendte, at der anlægges en cykelsti til skolen i 2027.\n"
    assert [r.subject for r in votes(text, "da")] != ["Kort nyt"]
