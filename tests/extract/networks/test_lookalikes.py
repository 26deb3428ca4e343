"""Known networks named where the municipality takes no part, per family and language (issue 13, precision).

`sentences/lookalikes.json` holds per family and language [text, [network names]]: bodies a sentence puts
outside the text's scope or whose membership was only discussed; a network's local branch and other actors
(a company, a club, a school) funded by a programme; everyday phrases written like a catalogue name
('een financieel gezonde gemeente'), towns and generic adjectives beside a network, and an official
long name whose 'and' goes on inside it; a question heading in a networks chapter ('4.1 Waarom
netwerken?'). Each family has control sentences where the municipality takes part.
"""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import file_cases, networks


def cases(family: str) -> list:
    return file_cases("lookalikes", family)


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("out_of_scope_and_discussed"))
def test_bodies_outside_the_texts_scope_or_only_discussed_are_no_rows(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("branches_and_other_actors"))
def test_a_local_branch_and_other_actors_funded_by_a_programme_are_not_the_municipalitys(
    language, town, text, expected
):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("names_that_are_not_networks"))
def test_everyday_phrases_towns_and_adjectives_beside_a_network_are_no_networks(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("question_headings"))
def test_a_question_heading_in_a_networks_chapter_is_no_network(language, town, text, expected):
    assert networks(text, language, town) == expected
