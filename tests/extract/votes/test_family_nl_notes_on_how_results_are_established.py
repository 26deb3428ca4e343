"""A vote page's or decision list's note on how a result is established or where it is missing ("De uitslag van
agendapunt 9 wordt met briefjes vastgesteld", "De stemmingsuitslagen worden na de vergadering gepubliceerd", "De
benoeming staat niet in dit overzicht") records no decision of its own and does not rename the vote above it.
A sentence that does decide something ("De verordening wordt vastgesteld.") still does."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeenteraad\ndonderdag 12 november 2026\n\n"
    "Agendapunt 4. Verordening afvalstoffenheffing 2027\nUitslag: AANGENOMEN            Voor 25   Tegen 2\n\n"
)
ITEM = [("4", "Verordening afvalstoffenheffing 2027", "adopted")]


@pytest.mark.parametrize(
    "note",
    [
        "Let op: de uitslag van agendapunt 9 (benoeming voorzitter rekenkamer) wordt met briefjes vastgesteld.",
        "NB De uitslag van de schriftelijke stemming wordt door het stembureau vastgesteld en later bekendgemaakt.",
        "De stemmingsuitslagen worden op de eerstvolgende werkdag gepubliceerd.",
        "De benoeming van de leden van de bezwaarcommissie staat niet in dit overzicht.",
        "Let op: de uitslagen zijn onder voorbehoud. Agendapunt 7 is niet opgenomen in deze lijst.",
    ],
)
def test_a_note_on_the_results_decides_nothing(note) -> None:
    rows = votes(HEAD + note + "\n", "nl")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == ITEM


def test_a_deciding_sentence_below_still_decides() -> None:
    text = HEAD + "Agendapunt 5. Tarieventabel leges 2027\nDe tarieventabel wordt ongewijzigd vastgesteld.\n"
    rows = votes(text, "nl")
    assert [(r.case_number, r.outcome) for r in rows] == [("4", "adopted"), ("5", "adopted")]
