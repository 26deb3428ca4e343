"""A result line under an agenda point that adds the manner or the reason to its outcome is still that point's result.

Vote-result pages write 'Uitslag: ongewijzigd vastgesteld (hamerslag)' under the previous minutes, 'Uitslag:
aangehouden - de indiener wacht het onderzoek af' under a motion, and the noting in the perfect tense, 'Uitslag:
De raad heeft de nota voor kennisgeving aangenomen.'. Each is one row about the point; a noting that names the
document only by its kind ("de nota", "het jaarverslag") is named by the point's title.

Look-alikes: a point whose result line is only a reason without an outcome ('Uitslag: de indiener licht de
motie toe') and a vote explanation with a dash ('Stemverklaring SGP - wij steunen het doel') record nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Gemeenteraad Testdorp - Stemmingsuitslagen\nRaadsvergadering dinsdag 27 januari 2026\n\n"
NEXT = "\nAgendapunt 20 - Motie M9 'Bankjes in het park' (CDA)\nUitslag: aangenomen\n"
LAST = ("adopted", "Motie M9 Bankjes in het park")


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Agendapunt 6 - Vaststellen besluitenlijst raadsvergadering 16 december 2025\n"
            "Uitslag: ongewijzigd vastgesteld (hamerslag)\n",
            ("adopted", "Vaststellen besluitenlijst raadsvergadering 16 december 2025"),
        ),
        (
            "Agendapunt 4 - Notulen van 12 januari 2026\nUitslag: zonder wijzigingen goedgekeurd\n",
            ("adopted", "Notulen van 12 januari 2026"),
        ),
        (
            "Agendapunt 6 - Motie M3 'Veilige schoolroutes' (CDA)\n"
            "Uitslag: aangehouden - de indiener wacht de uitkomst van het verkeersonderzoek af\n",
            ("postponed", "Motie M3 Veilige schoolroutes"),
        ),
        (
            "Agendapunt 8 - Herinrichting Markt\n"
            "Besluit: Aangehouden – het college vraagt eerst advies aan de ondernemers.\n",
            ("postponed", "Herinrichting Markt"),
        ),
        (
            "Agendapunt 11 - Informatienota Sociaal Domein\n"
            "Uitslag: De raad heeft de nota voor kennisgeving aangenomen.\n",
            ("noted", "Informatienota Sociaal Domein"),
        ),
        (
            "Agendapunt 12 - Jaarverslag rekenkamer 2025\n"
            "Stemuitslag: De gemeenteraad heeft het jaarverslag ter kennisgeving aangenomen.\n",
            ("noted", "Jaarverslag rekenkamer 2025"),
        ),
    ],
)
def test_a_result_line_with_manner_or_reason_is_the_points_row(item: str, expected: tuple[str, str]) -> None:
    assert outcomes(HEAD + item + NEXT, "nl") == [expected, LAST]


@pytest.mark.parametrize(
    "item",
    [
        "Agendapunt 6 - Motie M3 'Veilige schoolroutes' (CDA)\nUitslag: de indiener licht de motie toe\n",
        "Agendapunt 7 - Voorjaarsnota 2027\nStemverklaring SGP - wij steunen het doel, maar niet de dekking.\n",
    ],
)
def test_a_reason_without_an_outcome_records_nothing(item: str) -> None:
    assert outcomes(HEAD + item + NEXT, "nl") == [LAST]
