"""Round 3 network families: membership sentences with names no list knows and regional climate partnerships
(Nynorsk above all), and what is no membership: friendship associations, funding possibilities, another body's
membership. Data: `sentences/round3.json`."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import file_cases, networks


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round3", "memberships"))
def test_membership_sentences_give_named_networks_and_regional_climate_partnerships(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round3", "not_networks"))
def test_friendship_associations_funding_possibilities_and_other_bodies_memberships_are_no_rows(
    language, town, text, expected
):
    assert networks(text, language, town) == expected
