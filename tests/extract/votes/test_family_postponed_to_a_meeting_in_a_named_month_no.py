"""A body that decides to put its case off to a meeting in a named month (nb, nn) postpones it: "Formannskapet
vedtok å utsette saken til møtet i juni", "Utvalet vedtok å utsetje saka til møtet i oktober". The month is the
meeting the case goes to, not the time of an earlier decision. Look-alikes: a decision recalled from an earlier
month ("Kommunestyret vedtok i juni å ...", "vedtok i møtet i mars") stays background and gives no row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, outcomes

TITLE = "Budsjett 2024"

TO_A_NAMED_MONTH = [
    ("nb", "Formannskapet vedtok å utsette saken til møtet i juni.\n"),
    ("nb", "Vedtak:\nKommunestyret vedtok enstemmig å utsette saken til møtet i september.\n"),
    ("nb", "Utvalget vedtok å utsette behandlingen til neste møte i oktober.\n"),
    ("nn", "Kommunestyret vedtok å utsetje saka til møtet i september.\n"),
    ("nn", "Handsaming:\nFormannskapet vedtok samrøystes å utsetje saka til møtet i desember.\n"),
    ("nn", "Utvalet vedtok å utsetje handsaminga til neste møte i mars.\n"),
]


@pytest.mark.parametrize(("language", "body"), TO_A_NAMED_MONTH)
def test_a_case_put_off_to_a_meeting_in_a_named_month_is_postponed(language, body):
    assert outcomes(CASE[language] + body, language) == [("postponed", TITLE)]


RECALLED = [
    ("nb", "Bakgrunn:\nKommunestyret vedtok i juni å utrede saken videre.\n"),
    ("nb", "Formannskapet vedtok i møtet i mars å be om en ny vurdering.\n"),
    ("nn", "Bakgrunn:\nKommunestyret vedtok i juni å greie ut saka vidare.\n"),
    ("nn", "Formannskapet vedtok i møtet i mars å be om ei ny vurdering.\n"),
]


@pytest.mark.parametrize(("language", "body"), RECALLED)
def test_a_decision_recalled_from_an_earlier_month_gives_no_row(language, body):
    assert outcomes(CASE[language] + body, language) == []
