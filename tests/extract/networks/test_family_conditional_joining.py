"""A joining made conditional ('... nettverket X dersom det åpnes for kommuner', 'Indien de raad instemt, wordt de
gemeente lid van X'): the condition is not met yet, so no membership. A membership stated outright stays one."""

from __future__ import annotations

import pytest

CONDITIONAL = [
    (
        "nb",
        "Klepp",
        "Kommunen vil også søke medlemskap i det nasjonale nettverket Matnasjonen Norge dersom det åpnes for kommuner.",
        "Matnasjonen Norge",
    ),
    ("nb", "Klepp", "Kommunen blir medlem av Energy Cities dersom bystyret vedtar budsjettet.", "Energy Cities"),
    ("nn", "Voss", "Kommunen blir med i nettverket Eurocities dersom kommunestyret seier ja.", "Eurocities"),
    ("nl", "Gouda", "Indien de raad instemt, wordt de gemeente lid van Energy Cities.", "Energy Cities"),
    ("nl", "Gouda", "De gemeente treedt toe tot Eurocities mits de raad het budget goedkeurt.", "Eurocities"),
]

HELD = [
    ("nb", "Klepp", "Kommunen er medlem av Energy Cities.", "Energy Cities"),
    ("nl", "Gouda", "De gemeente is lid van Eurocities.", "Eurocities"),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), CONDITIONAL)
def test_a_conditional_joining_is_no_membership(rows, language, town, text, name):
    assert name not in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), HELD)
def test_a_stated_membership_stays_one(rows, language, town, text, name):
    assert name in rows(text, language, town)
