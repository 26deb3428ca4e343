"""Round 4 network families (data: `sentences/round4.json`): a programme named only as the money's source, an
intergovernmental body and a certification label give no row; taking part in a programme strand, being the one
funded, joining a label as a network, the Nynorsk and Bokmål names of the Covenant of Mayors and the regional
climate partnerships do."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import file_cases, networks


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round4", "funding_sources_are_no_participation")
)
def test_a_programme_named_only_as_the_moneys_source_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round4", "programme_participation_phrasings")
)
def test_taking_part_in_a_programme_strand_or_being_the_one_funded_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round4", "intergovernmental_bodies"))
def test_intergovernmental_bodies_are_no_networks(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round4", "certification_labels"))
def test_a_certification_label_is_a_row_only_when_joined_as_a_network(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round4", "covenant_of_mayors_names"))
def test_nynorsk_and_bokmaal_names_of_the_covenant_of_mayors_are_found(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round4", "regional_climate_partnerships")
)
def test_regional_climate_partnerships_joined_are_rows_and_their_events_are_not(language, town, text, expected):
    assert networks(text, language, town) == expected
