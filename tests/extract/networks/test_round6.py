"""Round 6 network families (data: `sentences/round6.json`): a name introduced as a project is no network; an
application or proposal is no membership until granted or adopted; a descriptive local name beside a known
network is that network; an unknown name explained as a network is one, typed by its explanation; Interreg
programmes count under their national names."""

from __future__ import annotations

import pytest

from tests.extract.networks.conftest import network_rows
from tests.extract.networks.helpers import file_cases, networks


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round6", "project_is_no_network"))
def test_a_name_introduced_as_a_project_is_no_network_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round6", "project_lookalikes"))
def test_networks_beside_a_project_keep_their_rows(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round6", "application_is_no_membership"))
def test_an_application_or_proposal_without_adoption_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round6", "granted_or_adopted_is_a_row"))
def test_a_granted_application_or_adopted_proposal_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round6", "described_known_network_is_one_row")
)
def test_a_descriptive_name_beside_a_known_network_is_no_second_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round6", "described_lookalikes"))
def test_a_network_word_name_not_beside_a_known_network_stays_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round6", "explained_name_is_a_network", dict)
)
def test_an_unknown_name_explained_as_a_network_is_a_row_typed_by_its_explanation(language, town, text, expected):
    assert {name: row.kind for name, row in network_rows(text, language, town).items()} == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round6", "explained_lookalikes"))
def test_an_explained_name_without_membership_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round6", "interreg_by_national_name"))
def test_an_interreg_programme_under_its_national_name_is_interreg(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round6", "membership_application_is_a_row")
)
def test_an_application_for_membership_is_a_decision_to_join(language, town, text, expected):
    assert networks(text, language, town) == expected
