"""A decision line that withdraws a motion or item and gives the reason in a clause after a comma ("Besluit:
ingetrokken, nadat de wethouder heeft toegezegd ...", "ingetrokken omdat het college een notitie toezegt",
"ingetrokken, in afwachting van het advies van de jongerenraad"), the clause wrapping onto the next line, records
no vote. A motion adopted after a promise ("aangenomen, nadat ...") is still adopted."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Besluitenlijst van de openbare vergadering van de gemeenteraad van Teststad, gehouden op dinsdag "
    "10 november 2026\n\n7. Moties vreemd aan de orde van de dag\n"
)
KEPT = '- Motie M5 (SP) "Warme maaltijd op school"\n  Besluit: aangenomen met 18 stemmen voor en 3 stemmen tegen.\n'


@pytest.mark.parametrize(
    "withdrawn",
    [
        '- Motie M3 (Lokaal Teststad) "Behoud de markt"\n'
        "  Besluit: ingetrokken, nadat de wethouder heeft toegezegd een\n"
        "  alternatieve locatie te onderzoeken.\n",
        '- Motie M3 (CDA) "Meer handhavers"\n'
        "  Besluit: ingetrokken omdat het college in januari een notitie\n"
        "  over handhaving toezegt.\n",
        '- Motie M3 (PvdA) "Jongerenraad"\n'
        "  Besluit: ingetrokken, in afwachting van het advies van de\n  jongerenraad.\n",
        '- Motie M3 (VVD) "Parkeren bij de sporthal"\n  Besluit: ingetrokken, vanwege de lopende aanbesteding.\n',
        '- Amendement A2 (D66) "Extra budget cultuur"\n  Besluit: ingetrokken, nadat de indiener en de wethouder\n'
        "  overeenstemming bereikten over een toezegging.\n",
    ],
)
def test_a_withdrawal_with_its_reason_records_no_vote(withdrawn) -> None:
    rows = votes(HEAD + withdrawn + KEPT, "nl")
    assert [(r.subject, r.outcome) for r in rows] == [("Motie M5 (SP) Warme maaltijd op school", "adopted")]


def test_an_adoption_after_a_promise_is_still_adopted() -> None:
    text = (
        HEAD
        + '- Motie M6 (GroenLinks) "Bomen in elke straat"\n'
        + "  Besluit: aangenomen, nadat de indiener de motie wijzigde.\n"
    )
    assert [r.outcome for r in votes(text, "nl")] == ["adopted"]
