"""Round-5 families (data: `sentences/round5.json`): an organisation's own partner schools, clubs or clinics are
no partners of the municipality; a place explaining where a partner town belongs today is no second partner and
its year no start; a project's partners named before their cue ('der Luleå og Uleåborg er partnere') are found,
a funder beside the project or a meeting place is not."""

from __future__ import annotations

import pytest

from tests.extract.partner_cities.helpers import file_cases


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round5", "organisation_partnerships"))
def test_a_school_club_or_hospital_with_its_own_partners_gives_no_partner_row(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round5", "organisation_lookalikes"))
def test_the_municipalitys_twin_town_named_beside_a_school_exchange_stays(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round5", "explained_places"))
def test_a_place_explaining_where_a_partner_belongs_today_is_no_partner_and_its_year_no_start(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round5", "explained_lookalikes"))
def test_a_parenthesis_adding_another_partner_names_a_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round5", "partners_before_cue"))
def test_project_partners_named_before_their_cue_are_project_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(
    ("language", "issuer", "text", "expected"), file_cases("round5", "partners_before_cue_lookalikes")
)
def test_a_funder_beside_a_project_and_its_meeting_places_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
