"""Cities that look like partners and are not, per family and language (issue 13, precision).

`sentences/lookalikes.json` holds per family and language [text, {city: [relation, since_year]}]: visits,
hosted events and where a delegation or company comes from; a project's consortium (partners only when
the text calls them the municipality's); relations proposed, asked for, explored or considered (an ended
one keeps its relation); another municipality's relations; regions, counties and countries; the issuer's
own towns and villages; ships, companies and institutions named after a city; the cities of a network's
member list. Each family has a control sentence whose partner stays. Recall families beside them: home-country
towns named by a project-partner phrase, "the friendship with X", a small town abroad with its region and
country ("Westby i Wisconsin, USA"). A case id is `<language>-<n>`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = json.loads((Path(__file__).parent / "sentences" / "lookalikes.json").read_text(encoding="utf-8"))


def cases(family: str) -> list:
    return [
        pytest.param(
            language, DATA["issuers"][language], text, {c: tuple(v) for c, v in expected.items()}, id=f"{language}-{n}"
        )
        for language, sentences in DATA[family].items()
        for n, (text, expected) in enumerate(sentences)
    ]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("visits_events"))
def test_visited_hosting_and_origin_cities_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("project_consortia"))
def test_a_projects_consortium_is_no_partner_unless_called_the_municipalitys_partners(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("proposed_and_ended"))
def test_proposed_requested_or_explored_relations_are_no_partners_and_ended_ones_keep_their_relation(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("other_municipalities"))
def test_another_municipalitys_twin_towns_are_not_the_issuers(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("regions_not_cities"))
def test_sister_regions_counties_and_countries_give_no_city(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("own_places"))
def test_the_issuers_own_towns_and_villages_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("names_with_cities"))
def test_ships_companies_and_institutions_named_after_a_city_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("network_members"))
def test_cities_in_a_networks_member_list_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("home_project_partners"))
def test_home_country_towns_are_project_partners_only_where_a_project_partner_phrase_names_them(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("friendship_with"))
def test_the_friendship_with_a_town_is_a_twin_relation_ended_or_not(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("region_and_country"))
def test_a_small_town_abroad_counts_when_its_region_and_country_follow_it(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
