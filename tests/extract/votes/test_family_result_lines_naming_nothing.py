"""A result line that names nothing but the outcome or the count is about the agenda point it stands under.

Vote-result pages write a point's result on one line: 'Uitslag: Vastgesteld | Voor: 27 | Tegen: 0' (table cells
run together with bars) or 'Voor 9, tegen 18 - verworpen'. What is left of such a line as a subject ('Vastgesteld |',
'Voor 9, tegen 18') names nothing; the row is about the point's title.

Look-alikes: a result line naming its own matter ('De motie wordt verworpen met 9 stemmen voor en 18 tegen') and a
title that itself holds a bar ('Bestemmingsplan Dorp | herziening') keep their words.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Gemeenteraad Testdorp - stemmingsuitslagen\nRaadsvergadering dinsdag 24 maart 2026\n\n"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Agendapunt 4 - Vaststelling agenda\nUitslag: Vastgesteld | Voor: 27 | Tegen: 0\n",
            ("4", "Vaststelling agenda", "adopted", 27, 0),
        ),
        (
            "Agendapunt 5 - Verordening parkeerbelastingen 2026\nUitslag: Aangenomen | Voor: 20 | Tegen: 7\n",
            ("5", "Verordening parkeerbelastingen 2026", "adopted", 20, 7),
        ),
        (
            "Agendapunt 9 - Motie D66 over een fairtrade gemeente\n  Voor 9, tegen 18 - verworpen\n",
            ("9", "Motie D66 over een fairtrade gemeente", "rejected", 9, 18),
        ),
        (
            "Agendapunt 10 - Benoeming lid rekenkamercommissie\n  Voor 25, tegen 1, blanco 1 - aangenomen\n",
            ("10", "Benoeming lid rekenkamercommissie", "adopted", 25, 1),
        ),
        (
            "Agendapunt 11 - Zienswijze begroting Veiligheidsregio\n  Ja 19; nee 8 - aangenomen\n",
            ("11", "Zienswijze begroting Veiligheidsregio", "adopted", 19, 8),
        ),
    ],
)
def test_a_result_line_naming_nothing_is_about_its_point(item, expected):
    assert [row[:5] for row in vote_cells(HEAD + item, "nl")] == [expected]


def test_a_result_line_naming_its_matter_keeps_it():
    item = "Agendapunt 9 - Moties\n  De motie wordt verworpen met 9 stemmen voor en 18 tegen.\n"
    assert [row[1] for row in vote_cells(HEAD + item, "nl")] == [
        "De motie wordt verworpen met 9 stemmen voor en 18 tegen"
    ]


def test_a_title_holding_a_bar_keeps_it():
    item = "Agendapunt 6 - Bestemmingsplan Dorp | herziening\nUitslag: Aangenomen met algemene stemmen\n"
    assert [row[1] for row in vote_cells(HEAD + item, "nl")] == ["Bestemmingsplan Dorp | herziening"]
