"""The issuer's own towns and its neighbouring municipalities are no partners (issue 13, family 6); a partner that a
cue names directly stays, at home or across the border. Data: `sentences/neighbours.json`."""

from __future__ import annotations

import pytest

from pipeline.extract.partner_cities.nearby import issuer_area
from tests.extract.partner_cities.helpers import file_cases


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("neighbours", "own_and_neighbours"))
def test_own_towns_and_neighbours_on_a_twin_page_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("neighbours", "direct_cues"))
def test_a_partner_named_by_a_cue_in_its_own_sentence_stays_near_or_across_the_border(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(
    ("municipality", "country"),
    [("Vesthimmerlands", "DK"), ("Sunnfjord", "NO"), ("Leidschendam-Voorburg", "NL"), ("Merelbeke-Melle", "BE")],
)
def test_a_merged_municipality_has_an_area_from_the_catalogue_or_its_name_parts(municipality, country):
    area = issuer_area(municipality, country)
    assert area is not None and area.radius_km >= 0
