"""Round-4 families on twin-town pages never seen (data: `sentences/round4.json`): home-country towns named beside
another town's relation, co-organisers and fellow members are no partners; mixed country lists, regional partnerships
and long or accented names are found."""

from __future__ import annotations

import pytest

from tests.extract.partner_cities.helpers import file_cases


@pytest.mark.parametrize(
    ("language", "issuer", "text", "expected"), file_cases("round4", "near_places_need_their_own_cue")
)
def test_a_home_country_town_is_a_partner_only_through_a_cue_next_to_it(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(
    ("language", "issuer", "text", "expected"), file_cases("round4", "co_organisers_and_fellow_members")
)
def test_co_organisers_and_fellow_network_members_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round4", "mixed_country_lists"))
def test_every_town_of_a_list_where_only_some_carry_their_country_is_a_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round4", "regional_partnerships"))
def test_the_towns_of_a_three_way_or_regional_partnership_are_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round4", "long_and_accented_names"))
def test_long_and_accented_partner_names_and_verbroedering_are_found(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round4", "lead_sentence_lookalikes"))
def test_a_lead_sentence_about_twin_towns_does_not_type_cooperation_under_another_topic(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round4", "region_names"))
def test_a_town_name_after_a_region_word_names_a_region_not_a_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round4", "domestic_agreements"))
def test_a_home_country_municipality_in_a_cooperation_or_intention_agreement_is_no_partner(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected
