"""The council deciding to postpone 'the point', with how it decided between the verb and the point.

'De gemeenteraad beslist met eenparigheid van stemmen het punt te verdagen tot de zitting van juni, omdat ...',
'De raad besluit unaniem het voorstel aan te houden ...', 'De gemeenteraad beslist, op voorstel van de voorzitter,
het punt te verdagen ...': the sentence names nothing but 'het punt', so the postponed row is about the agenda
point's title (its unanimity kept), however long the reason after it.

Look-alike: a postponement naming its own matter ('De raad besluit de verkoop van de pastorie uit te stellen')
keeps its words.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Notulen gemeenteraad Testdorp – zitting van dinsdag 19 mei 2026\n\n"
TITLE = "17. Ruimtelijke ordening – Rooilijnplan Molenstraat\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Stemming\nDe gemeenteraad beslist met eenparigheid van stemmen het punt te verdagen tot de zitting\n"
        "van juni, omdat het openbaar onderzoek opnieuw moet worden georganiseerd.\n",
        "De raad besluit unaniem het voorstel aan te houden tot de vergadering van 2 juli.\n",
        "De gemeenteraad beslist met algemene stemmen het agendapunt uit te stellen naar een volgende zitting.\n",
        "De gemeenteraad beslist, op voorstel van de voorzitter, het punt te verdagen naar de zitting van maart.\n",
        "Besluit: de gemeenteraad beslist eenparig het punt te verdagen tot september.\n",
    ],
)
def test_a_council_postponing_the_point_is_about_the_title(sentence: str) -> None:
    assert outcomes(HEAD + TITLE + sentence, "nl") == [("postponed", "Ruimtelijke ordening – Rooilijnplan Molenstraat")]


def test_a_postponement_naming_its_matter_keeps_its_words() -> None:
    text = (
        HEAD + "8. Patrimonium\nDe gemeenteraad beslist unaniem de verkoop van de pastorie uit te stellen tot 2027.\n"
    )
    assert outcomes(text, "nl")[0][0] == "postponed"
    assert "pastorie" in (outcomes(text, "nl")[0][1] or "")
