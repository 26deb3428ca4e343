"""A question opens on its verb ('Komen er nieuwe stedenbanden bij?', 'Lever vennskapsbysamarbeidet fortsatt?'): a
town named like that everyday word ('Komen', 'Lever') is the verb there, no partner. The same town as a statement's
subject, or a partner named later in the answer, stays."""

from __future__ import annotations

import pytest

QUESTIONS = [
    (
        "nl",
        "Nunspeet",
        "Komen er nieuwe stedenbanden bij?\nHet college onderzoekt of er een nieuwe stedenband kan komen.",
    ),
    ("nl", "Ede", "Worden de stedenbanden geëvalueerd?"),
    ("da", "Skive", "Lever venskabsbyaftalerne op til forventningerne?"),
    ("nb", "Stord", "Lever vennskapsbysamarbeidet fortsatt?"),
    ("nb", "Stord", "Bor det mange fra vennskapsbyene i kommunen?"),
    ("da", "Skive", "Holder venskabsbysamarbejdet stadig?"),
]

ANSWERS = [
    (
        "nl",
        "Ede",
        "Blijven de stedenbanden bestaan? Ja, de stedenband met Wittenberg blijft bestaan.",
        {"Wittenberg": ("twin", None)},
    ),
    (
        "da",
        "Skive",
        "Bliver venskabsbysamarbejdet videreført?\nJa, venskabsbyaftalen med Mariestad fortsætter.",
        {"Mariestad": ("twin", None)},
    ),
    ("nl", "Ede", "Minden werd in 1975 zusterstad van Ede.", {"Minden": ("twin", 1975)}),
]


@pytest.mark.parametrize(("language", "issuer", "text"), QUESTIONS)
def test_a_town_named_like_the_verb_opening_a_question_is_no_partner(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ANSWERS)
def test_towns_in_the_answer_or_a_statement_stay(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
