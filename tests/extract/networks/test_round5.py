"""Round 5 network families (data: `sentences/round5.json`): joining with the subject between verb and
particle after a fronted time ("I 2023 slutta kommunen seg til ...") is a row; a membership only looked
into ("har greidd ut medlemskap i ICLEI") is not, unless the municipality joined after looking into it."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import file_cases, networks


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"), file_cases("round5", "joined_with_the_subject_between")
)
def test_joining_with_the_subject_between_verb_and_particle_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round5", "membership_only_looked_into"))
def test_a_membership_only_looked_into_is_no_row(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), file_cases("round5", "joined_after_looking_into_it"))
def test_joining_after_looking_into_it_is_a_row(language, town, text, expected):
    assert networks(text, language, town) == expected
