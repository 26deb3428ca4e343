"""A Danish news page's headline in capitals over its paragraph ("TAKSTER PÅ AFFALD" / "Byrådet godkendte enstemmigt
Teknik- og Miljøudvalgets indstilling om nye affaldstakster ...") names the decision the paragraph reports when the
paragraph names it only by who acted or who recommended: a sentence opening with the deciding body (an election,
"Byrådet valgte Jonas Bech (V) som ..."), or a committee's recommendation (named by its item, as a recommendation
is in minutes). A headline word shared with the paragraph in another inflection ("SKOLE" / "skolen") still ties
the two. Approving in the news idiom "gav grønt lys til" is a decision of the body. Look-alikes: a noun phrase
naming the matter keeps its words ("Lokalplanen for boliger ved Bispebjerg Bakke", "en ny folkeskole ved ..."); a
headline sharing no word with its paragraph names nothing; another authority's green light is no decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import NEWS, votes

TOP = NEWS["da"]


def _rows(paragraph: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(TOP + paragraph + "\n", "da")]


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        (
            "TAKSTER PÅ AFFALD\nByrådet godkendte enstemmigt Teknik- og Miljøudvalgets indstilling om nye "
            "affaldstakster fra 1. januar 2027.",
            ("TAKSTER PÅ AFFALD", "adopted", None, 0),
        ),
        (
            "NYT MEDLEM AF SOCIALUDVALGET\nByrådet valgte Jonas Bech (V) som nyt medlem af Socialudvalget i stedet "
            "for Maja Lind (V).",
            ("NYT MEDLEM AF SOCIALUDVALGET", "adopted", None, None),
        ),
        (
            "KUNSTGRÆS I AAKIRKEBY\nByrådet godkendte Kultur- og Fritidsudvalgets anbefaling om en kunstgræsbane.",
            ("KUNSTGRÆS I AAKIRKEBY", "adopted", None, None),
        ),
        (
            "NY SKOLE I HOLME\nByrådet godkendte indstillingen om skolen med 20 stemmer mod 5.",
            ("NY SKOLE I HOLME", "adopted", 20, 5),
        ),
        (
            "HAVNEBUSSEN\nKommunalbestyrelsen godkendte Økonomiudvalgets indstilling om havnebussens køreplan.",
            ("HAVNEBUSSEN", "adopted", None, None),
        ),
    ],
)
def test_a_capital_headline_names_a_decision_told_by_its_actor_or_recommender(paragraph, row):
    assert _rows(paragraph) == [row]


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        (
            "BYGGERI VED BISPEBJERG\nLokalplanen for boliger ved Bispebjerg Bakke blev sendt tilbage til Teknik- og "
            "Miljøudvalget.",
            ("Lokalplanen for boliger ved Bispebjerg Bakke", "postponed", None, None),
        ),
        (
            "NY SKOLE PÅ AMAGER\nByrådet gav grønt lys til en ny folkeskole ved Ørestad Syd.",
            ("en ny folkeskole ved Ørestad Syd", "adopted", None, None),
        ),
        (
            "NYE TAKSTER\nByrådet godkendte Økonomiudvalgets indstilling.",
            ("Økonomiudvalgets indstilling", "adopted", None, None),
        ),
    ],
)
def test_a_noun_phrase_or_a_headline_sharing_no_word_keeps_the_paragraphs_words(paragraph, row):
    assert _rows(paragraph) == [row]


@pytest.mark.parametrize(
    ("paragraph", "counts"),
    [
        ("Cykelsti\nKommunalbestyrelsen har givet grønt lys til en cykelsti langs Vejlevej.", (None, None)),
        ("Cykelsti\nEt flertal i byrådet gav endelig grønt lys til cykelstien med 17 stemmer mod 10.", (17, 10)),
    ],
)
def test_a_green_light_from_the_body_is_an_approval(paragraph, counts):
    assert [(outcome, v_for, v_against) for _, outcome, v_for, v_against in _rows(paragraph)] == [("adopted", *counts)]


def test_another_authoritys_green_light_is_no_decision():
    assert _rows("Cykelsti\nMinisteriet gav grønt lys til projektet, og byrådet skal nu tage stilling.") == []
