"""A plan's own parts are named "-del(en)" ("Samfunnsdelen", "Arealdel", "Handlingsdelen") and are never themes;
a theme named after trade ("Grensehandel", "Detailhandel") only ends in the same letters and stays a theme."""

from __future__ import annotations

import pytest

from pipeline.extract.focus_areas.parts import is_part
from pipeline.extract.focus_areas.rules import cues


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("nb", "Grensehandel"),
        ("nb", "Netthandel"),
        ("nn", "Grensehandel"),
        ("nn", "Sjømathandel"),
        ("da", "Detailhandel"),
        ("da", "Grænsehandel"),
    ],
)
def test_a_trade_theme_is_no_part_of_the_plan(language, heading):
    assert not is_part(heading, cues(language))


@pytest.mark.parametrize(
    ("language", "heading"),
    [("nb", "Samfunnsdelen"), ("nn", "Arealdelen"), ("da", "Handlingsdelen"), ("nn", "Handlingsdelen")],
)
def test_a_plan_part_ending_in_del_stays_a_part(language, heading):
    assert is_part(heading, cues(language))
