"""A portal export draws the rule around an item header with whatever character it likes ("########## Punkt 41
##########", "***** Sag 7 *****", "++++ Punkt 3 ++++", "═════ Punkt 12 ═════"): the header inside opens its case as
one inside '=' rules does, and the 'Titel:' field under it names the case. A rule of those characters around words
that are no header opens nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Teknik- og Miljøudvalget\nMødedato: 03-02-2026\n\n",
    "nb": "Formannskapet\nMøtedato: 03.02.2026\n\n",
}

FRAMED = [
    (
        "da",
        "########## Punkt 12 ##########\nTitel: Vejnavne i Nørreby\nBeslutning: Godkendt.\n",
        "12",
        "Vejnavne i Nørreby",
        "adopted",
    ),
    (
        "da",
        "***** Punkt 7 *****\nTitel: Status på affaldsordningen\nBeslutning: Taget til efterretning.\n",
        "7",
        "Status på affaldsordningen",
        "noted",
    ),
    (
        "da",
        "++++ Punkt 3 ++++\nTitel: Trafiksikkerhedsplan 2027\nBeslutning: Sagen udsættes til næste møde.\n",
        "3",
        "Trafiksikkerhedsplan 2027",
        "postponed",
    ),
    (
        "da",
        "═══════ Punkt 19 ═══════\nTitel: Salg af areal ved havnen\nBeslutning: Anbefales.\n",
        "19",
        "Salg af areal ved havnen",
        "adopted",
    ),
    (
        "da",
        "### Punkt 5 ###\nTitel: Budgetopfølgning 1. kvartal\nBeslutning: Godkendt.\n",
        "5",
        "Budgetopfølgning 1. kvartal",
        "adopted",
    ),
    (
        "nb",
        "########## Sak 14/26 ##########\nBrøyteplan for kommunale veier\nFormannskapet tok saken til orientering.\n",
        "14/26",
        "Brøyteplan for kommunale veier",
        "noted",
    ),
]


@pytest.mark.parametrize(("language", "body", "case", "title", "outcome"), FRAMED)
def test_a_header_framed_by_any_rule_character_opens_its_case(language, body, case, title, outcome):
    rows = votes(HEAD[language] + body, language)
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [(case, title, outcome)]


def test_each_framed_item_of_an_export_is_its_own_case():
    text = HEAD["da"] + "".join(
        f"########## Punkt {n} ##########\nTitel: {title}\nSagsnr.: 26/{n}00\nBeslutning: {decision}\n\n"
        for n, title, decision in [
            (31, "Godkendelse af dagsorden", "Godkendt."),
            (32, "Orientering om vintertjeneste", "Taget til efterretning."),
            (33, "Nyt fortov på Skolevej", "Godkendt med 5 stemmer mod 2 (Ø stemte imod)."),
        ]
    )
    rows = votes(text, "da")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [
        ("31", "Godkendelse af dagsorden", "adopted"),
        ("32", "Orientering om vintertjeneste", "noted"),
        ("33", "Nyt fortov på Skolevej", "adopted"),
    ]


# look-alikes: a rule of the same characters around words that are no header keeps the decision without a case
NOT_HEADERS = [
    ("da", "########## Referat ##########\nBeslutning: Godkendt.\n"),
    ("da", "***** Slut på eksport *****\nBeslutning: Godkendt.\n"),
    ("nb", "++++++++++++++++++++++++++\nFormannskapet tok meldingene til orientering.\n"),
]


@pytest.mark.parametrize(("language", "body"), NOT_HEADERS)
def test_a_rule_around_no_header_opens_no_case(language, body):
    rows = votes(HEAD[language] + body, language)
    assert [r.case_number for r in rows] == [None]
