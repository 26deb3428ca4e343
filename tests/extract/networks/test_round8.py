"""Round 8 (data: `sentences/round8.json`): joining written with an infinitive after a decision, or in the present,
is a row; the same infinitive under a plan, a failed proposal or a refusal is none."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import file_cases, networks


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round8", "decided_to_join"))
def test_a_decision_to_join_written_with_an_infinitive_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round8", "join_not_decided_lookalikes"))
def test_joining_only_studied_proposed_and_rejected_or_refused_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round8", "labels_campaigns"))
def test_a_title_or_campaign_is_no_network_even_beside_a_membership(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round8", "label_lookalikes"))
def test_joining_the_network_behind_a_label_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round8", "motion_withdrawn"))
def test_a_motion_to_join_withdrawn_or_held_over_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round8", "motion_adopted_lookalikes"))
def test_a_motion_to_join_adopted_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round8", "programme_columns"))
def test_a_projects_programme_column_names_the_eu_programmes_taken_part_in(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round8", "membership_questions"))
def test_a_list_under_a_heading_asking_membership_names_networks(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round8", "column_and_question_lookalikes")
)
def test_a_column_of_national_funds_and_a_heading_about_networks_not_joined_give_no_row(
    language, town, text, expected
):
    assert networks(text, language, town) == expected
