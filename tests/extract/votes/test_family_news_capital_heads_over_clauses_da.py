"""A Danish news page's headline in capitals names the paragraph's first decision when the paragraph's own words do
not name the matter: an infinitive clause ("Alle 23 medlemmer stemte for at give en anlægsbevilling på 4,1 mio. kr.
...") or one definite noun referring back ("Kommunalbestyrelsen tog årsberetningen til efterretning.",
"Hamneplanen blev vedtaget"). A paragraph naming its object in a noun phrase ("godkendte en intentionsaftale med
Trelleborg om havnesamarbejde") keeps its words, as do paragraphs under a section head in capitals that shares no
word with them.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Nyt fra kommunalbestyrelsen\nPubliceret 26. juni 2026\n\nKommunalbestyrelsen holdt møde torsdag den 25. juni"
    " 2026. Her er et kort overblik over beslutningerne.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "subject"),
    [
        (
            "KUNSTGRÆSBANE I BYEN\nAlle 23 medlemmer stemte for at give en anlægsbevilling på 4,1 mio. kr. til en ny"
            " kunstgræsbane.\n",
            "KUNSTGRÆSBANE I BYEN",
        ),
        (
            "NORDIC SAFE CITIES\nKommunalbestyrelsen besluttede enstemmigt at melde kommunen ind i netværket Nordic"
            " Safe Cities.\n",
            "NORDIC SAFE CITIES",
        ),
        (
            "ÅRSBERETNING FRA BØRNE- OG UNGEUDVALGET\nKommunalbestyrelsen tog årsberetningen til efterretning.\n",
            "ÅRSBERETNING FRA BØRNE- OG UNGEUDVALGET",
        ),
        ("NY HAVNEPLAN FOR LYNÆS\nHavneplanen blev vedtaget med 20 stemmer mod 3.\n", "NY HAVNEPLAN FOR LYNÆS"),
        (
            "TILSKUD TIL SPEJDERHYTTEN\nKommunalbestyrelsen vedtog med 15 mod 6 stemmer at give spejderne et tilskud"
            " til hytten.\n",
            "TILSKUD TIL SPEJDERHYTTEN",
        ),
        (
            "REGNSKAB FOR FORSYNINGEN\nKommunalbestyrelsen tog regnskabet til efterretning.\n",
            "REGNSKAB FOR FORSYNINGEN",
        ),
    ],
)
def test_a_capital_headline_names_a_paragraph_deciding_by_a_clause_or_a_bare_noun(
    paragraph: str, subject: str
) -> None:
    assert [r.subject for r in votes(HEAD + paragraph, "da")] == [subject]


@pytest.mark.parametrize(
    ("paragraph", "subject"),
    [
        (
            "INTENTIONSAFTALE MED TRELLEBORG\nKommunalbestyrelsen godkendte en intentionsaftale med Trelleborg om"
            " havnesamarbejde.\n",
            "en intentionsaftale med Trelleborg om havnesamarbejde",
        ),
        ("BUDGET 2027 ER VEDTAGET\nKommunalbestyrelsen vedtog budget 2027 med 17 stemmer mod 4.\n", "budget 2027"),
        (
            "HVAD SKETE DER OGSÅ?\nKommunalbestyrelsen tog kvartalsrapporten om beskæftigelse til efterretning.\n",
            "kvartalsrapporten om beskæftigelse",
        ),
    ],
)
def test_a_paragraph_naming_its_object_keeps_its_words_under_capitals(paragraph: str, subject: str) -> None:
    assert [r.subject for r in votes(HEAD + paragraph, "da")] == [subject]
