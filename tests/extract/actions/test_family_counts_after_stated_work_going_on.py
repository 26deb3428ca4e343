"""A status sentence states work going on and then counts the part done ('I gang, 41 af 60 biler er udskiftet',
'Pågår - 3 av 5 skoler er ferdige'): the count is that work's progress, the item is in progress. A count alone
('41 af 60 biler er udskiftet') still reports a part done, and a done item stays done. Texts written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

INTRO = {
    "da": "Status på klimaplanen\nForvaltningen giver status på indsatserne:\n",
    "nb": "Status for klimaplanen\nAdministrasjonen gir status for tiltakene:\n",
    "nn": "Status for klimaplanen\nAdministrasjonen gjev status for tiltaka:\n",
    "nl": "Voortgang klimaatagenda\nHet college geeft de stand van de acties:\n",
}

GOING_ON = [
    ("da", "  2.1  Elbiler i hjemmeplejen - I gang, 41 af 60 biler er udskiftet.\n"),
    ("da", "  1.2  Udfasning af oliefyr - I gang - 6 af 9 anlæg er udskiftet.\n"),
    ("nb", "  3.1  Nye skolegårder - Pågår - 3 av 5 skoler er ferdige.\n"),
    ("nn", "  2.2  Solceller på skular - Under arbeid, 4 av 6 bygg er ferdige.\n"),
    ("nl", "  4.1  Groene schoolpleinen - In uitvoering; drie van de vijf pleinen zijn klaar.\n"),
]

PART_DONE = [
    ("da", "  2.1  Elbiler i hjemmeplejen - 41 af 60 biler er udskiftet.\n", "partly_completed"),
    ("nb", "  3.1  Nye skolegårder - 3 av 5 skoler er ferdige.\n", "partly_completed"),
    ("nl", "  4.1  Groene schoolpleinen - Afgerond; alle vijf pleinen zijn klaar.\n", "completed"),
]


@pytest.mark.parametrize(("language", "item"), GOING_ON)
def test_a_count_after_stated_work_going_on_is_in_progress(language: str, item: str) -> None:
    assert [status for _, _, status in rows(INTRO[language] + item, language)] == ["in_progress"]


@pytest.mark.parametrize(("language", "item", "status"), PART_DONE)
def test_a_count_alone_or_a_done_item_keeps_its_status(language: str, item: str, status: str) -> None:
    assert [found for _, _, found in rows(INTRO[language] + item, language)] == [status]
