"""A sentence on a vote page or decision list that recalls what the council decided in a meeting it dates in full ('In
de vergadering van 9 april 2026 heeft de raad de motie ... aangenomen.') is background: that meeting's
decision, not this one's, gives no row here.

Look-alikes: the same sentence dated the page's own meeting is this meeting's decision; a postponement naming the
meeting it goes to ('Aangehouden ... De motie komt terug in de vergadering van 1 oktober 2026.') keeps its row;
a date without a year
('in de vergadering van 12 mei') is left to the rules that read news pages (the year is lent by the page).
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = (
    "Stemmingsuitslagen raadsvergadering donderdag 25 juni 2026\n\n"
    "Agendapunt 5  Kadernota 2027\nUitslag: AANGENOMEN - 16 voor, 5 tegen\n\n"
)
OWN = [("adopted", "Kadernota 2027")]

RECALLED = {
    "earlier motion": "Eerdere besluiten\n"
    'In de vergadering van 9 april 2026 heeft de raad de motie "Bankjes in het park" met 17 stemmen voor aangenomen.\n',
    "raadsvergadering": "Achtergrond\n"
    "In de raadsvergadering van 14 april 2026 werd het krediet met 15 stemmen voor en 6 tegen verworpen.\n",
    "tijdens weekday": "Tijdens de vergadering van dinsdag 3 maart 2026 is het voorstel unaniem aangenomen.\n",
    "openbare zitting": "Bij de openbare vergadering van 9 januari 2026 werd de verordening vastgesteld.\n",
}


@pytest.mark.parametrize("tail", RECALLED.values(), ids=RECALLED.keys())
def test_a_decision_recalled_from_another_dated_meeting_gives_no_row(tail):
    assert outcomes(HEAD + tail, "nl") == OWN


def test_a_postponement_to_a_dated_meeting_keeps_its_row():
    tail = (
        "Agendapunt 6  Motie M3 Veilige fietsroutes\n"
        "Aangehouden op verzoek van de indiener. De motie komt terug in de vergadering van 1 oktober 2026.\n"
    )
    assert outcomes(HEAD + tail, "nl") == [*OWN, ("postponed", "Motie M3 Veilige fietsroutes")]


def test_a_sentence_dated_the_pages_own_meeting_keeps_its_row():
    tail = (
        "Agendapunt 6  Verordening jeugdhulp\n"
        "In de vergadering van 25 juni 2026 werd de verordening unaniem aangenomen.\n"
    )
    rows = outcomes(HEAD + tail, "nl")
    assert rows[0] == OWN[0] and len(rows) == 2 and rows[1][0] == "adopted"
