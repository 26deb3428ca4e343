"""The network families of issue 13, each test run on the sentences of every language.

The sentences are data, written for these tests: `sentences/<lang>.json` holds per family a list of
{"text", "expected"} (rows expected: name -> kind, or the set of names). Families: gazetteer names and
national aliases; unknown names with a network head word; acronyms introduced in parentheses ("Long Name
(LN)") and later used alone, which name the same network (an acronym of a body no head word marks, or
used in no membership sentence, is no row); membership, joining, signing and hosting; networks only
considered, recommended, left or proposed to be left, declared or projects; networks the
municipality will or plans to join; attending, visiting or being
invited to a network's meeting or conference; national associations, agencies, providers and domestic
bodies. A case id is `<language>-<n>`: the n-th sentence of that family in the language's file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SENTENCES = Path(__file__).parent / "sentences"
LANGUAGES = ("da", "nb", "nn", "nl")


def cases(family: str) -> list:
    """(language, town, text[, expected]) for every sentence of `family`, over the four languages;
    an expected list is the set of network names."""
    out = []
    for language in LANGUAGES:
        data = json.loads((SENTENCES / f"{language}.json").read_text(encoding="utf-8"))
        for n, case in enumerate(data[family]):
            expected = case.get("expected")
            values = (case["text"],) if expected is None else (case["text"], _as_set(expected))
            out.append(pytest.param(language, data["town"], *values, id=f"{language}-{n}"))
    return out


def _as_set(expected: dict | list) -> dict | set:
    return set(expected) if isinstance(expected, list) else expected


def kinds(found: dict) -> dict[str, str]:
    return {name: row.kind for name, row in found.items()}


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("gazetteer"))
def test_gazetteer_names_and_national_aliases_give_canonical_rows_with_kind(rows, language, town, text, expected):
    assert kinds(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("unknown_names"))
def test_unknown_name_with_a_network_head_word_in_a_membership_sentence_is_a_row(
    rows, language, town, text, expected
):
    assert kinds(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("acronyms"))
def test_an_acronym_introduced_in_parentheses_names_the_same_network(rows, language, town, text, expected):
    assert kinds(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text"), cases("membership"))
def test_membership_joining_signing_and_hosting_are_rows(rows, language, town, text):
    assert len(rows(text, language, town)) == 1


@pytest.mark.parametrize(("language", "town", "text"), cases("not_membership"))
def test_considered_recommended_left_or_to_be_left_declarations_and_projects_are_not_rows(rows, language, town, text):
    assert rows(text, language, town) == {}


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("events"))
def test_attending_visiting_or_being_invited_to_a_network_meeting_is_no_membership(
    rows, language, town, text, expected
):
    assert set(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("not_networks"))
def test_national_associations_agencies_providers_and_domestic_bodies_are_not_networks(
    rows, language, town, text, expected
):
    assert set(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("planned"))
def test_a_network_the_municipality_will_or_plans_to_join_is_not_yet_a_row(rows, language, town, text, expected):
    assert set(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("network_as_subject"))
def test_a_network_described_as_the_subject_is_a_row_only_when_the_issuer_is_named_or_signed_it(
    rows, language, town, text, expected
):
    assert set(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("private_capacity"))
def test_a_person_who_is_a_member_in_a_private_capacity_makes_no_row(rows, language, town, text, expected):
    assert set(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("sources"))
def test_a_network_quoted_as_a_source_or_model_is_not_a_row(rows, language, town, text, expected):
    assert set(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("head_word_kinds"))
def test_an_unknown_name_takes_its_kind_from_its_head_word(rows, language, town, text, expected):
    assert kinds(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("members_at_large"))
def test_the_members_or_signatories_of_a_network_at_large_are_no_row_unless_the_issuer_is_named_among_them(
    rows, language, town, text, expected
):
    assert set(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("joining_phrasings"))
def test_joined_member_since_and_affiliated_phrasings_give_the_network(rows, language, town, text, expected):
    assert set(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text"), cases("national_projects_declarations"))
def test_national_bodies_projects_declarations_foundations_and_companies_are_no_rows(rows, language, town, text):
    assert rows(text, language, town) == {}


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("programme_projects_and_national_networks"))
def test_a_programmes_named_project_and_a_national_bodys_network_are_no_rows(rows, language, town, text, expected):
    assert set(rows(text, language, town)) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("offices_named_after_head"))
def test_an_unknown_office_named_after_its_head_word_is_an_organisation(rows, language, town, text, expected):
    assert kinds(rows(text, language, town)) == expected
