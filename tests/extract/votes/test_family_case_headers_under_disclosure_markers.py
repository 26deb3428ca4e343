"""A meeting portal prints each case behind a disclosure marker ("▼ FS-17/26  Søknad om tilskudd ...",
"▶ PS 12/26 Budsjett"): the marker is a bullet, the line under it still the case's header, so the case's decision
carries its number and its title. A marker before words that are no header opens no case."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Formannskapet – møte torsdag 12. mars 2026\n\n",
    "nn": "Formannskapet – møte torsdag 12. mars 2026\n\n",
}

MARKED = [
    ("nb", "▼ FS-17/26  Orientering om Hadeland Energi AS\n  Vedtak:  Orienteringen tas til orientering.\n", "17/26"),
    ("nb", "▶ PS 12/26 Salg av tomt på Moen\n  Vedtak: Saken utsettes.\n", "12/26"),
    ("nb", "► Sak 3/26 Meldinger\nFormannskapet tok meldingene til orientering.\n", "3/26"),
    ("nn", "▼ PS 40/26  Referatsaker\n  Vedtak: Formannskapet tok referatsakene til vitande.\n", "40/26"),
    ("nn", "▸ FS-8/26 Tilskot til bygdelag\n  Vedtak: Saka vert utsett.\n", "8/26"),
]


@pytest.mark.parametrize(("language", "body", "case"), MARKED)
def test_a_case_header_behind_a_disclosure_marker_numbers_its_decision(language, body, case):
    rows = votes(HEAD[language] + body, language)
    assert [r.case_number for r in rows] == [case]


# look-alike: a marker before a link to the page's other parts ("▶ Referatsaker (3)   ▶ Eventuelt") opens no case
def test_a_marker_before_no_header_opens_no_case():
    body = "▼ FS-17/26  Meldinger\n  Vedtak:  Meldingene tas til orientering.\n\n▶ Referatsaker (3)   ▶ Eventuelt\n"
    rows = votes(HEAD["nb"] + body, "nb")
    assert [r.case_number for r in rows] == ["17/26"]
