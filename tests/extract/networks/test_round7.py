"""Round 7 network families (data: `sentences/round7.json`): leaving, refusing, postponing, waiting and taking part
only through another body give no row; EU funding programmes named as possibilities or used by others, and local or
domestic pacts and labels, give none either; catalogued networks under national branch names, descriptive names and
acronyms, in lists and in every tense and word order, do."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import file_cases, networks


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "not_joined_left_or_postponed"))
def test_a_decision_not_to_join_to_leave_or_to_postpone_joining_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "joined_or_kept_lookalikes"))
def test_joining_staying_or_a_membership_beside_a_network_left_or_postponed_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "membership_not_granted"))
def test_a_request_refused_waiting_failed_or_only_discussed_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "granted_lookalikes"))
def test_a_granted_request_or_a_membership_beside_a_refused_request_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "through_another_body"))
def test_a_membership_held_through_a_region_county_province_or_national_body_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round7", "own_and_other_body_lookalikes")
)
def test_the_issuers_own_membership_or_its_own_project_route_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "programme_not_taken_part_in"))
def test_a_programme_described_offered_as_a_possibility_or_used_by_others_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "programme_taken_part_in"))
def test_a_programme_the_issuer_takes_part_in_through_a_project_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "pacts_covenants_labels"))
def test_local_and_domestic_pacts_covenants_and_labels_are_no_rows(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "national_networks_lookalikes"))
def test_national_thematic_networks_of_municipalities_are_rows(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round7", "descriptive_and_acronym_names")
)
def test_branch_names_descriptive_names_and_acronyms_give_the_catalogued_network(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "lists_and_tables"))
def test_networks_in_lists_and_tables_are_rows_under_their_catalogued_names(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round7", "membership_tenses_and_word_orders")
)
def test_membership_in_every_tense_and_word_order_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "case_outcome_refused"))
def test_a_motion_or_case_title_whose_decision_refuses_it_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round7", "case_outcome_adopted_lookalikes")
)
def test_a_motion_adopted_or_a_membership_beside_a_refused_motion_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "lists_of_networks_not_held"))
def test_lists_under_a_heading_of_networks_left_or_not_held_are_no_rows(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round7", "local_lookalikes"))
def test_a_body_explained_as_regional_or_national_keeps_its_row(language, town, text, expected):
    assert networks(text, language, town) == expected
