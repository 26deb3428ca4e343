"""Round-8 families (data: `sentences/round8.json`): a clause naming a project's funding after its partner towns
leaves them project partners; a town named inside the funding clause, after the funder, co-funds and is none."""

from __future__ import annotations

import pytest

from tests.extract.partner_cities.helpers import file_cases


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round8", "funded_after"))
def test_project_partners_stay_partners_when_a_clause_after_them_names_the_funding(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round8", "funded_before"))
def test_a_town_named_with_the_funder_co_funds_and_is_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round8", "relation_noun_til"))
def test_a_relation_noun_before_til_names_the_partner_after_it(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round8", "owner_lookalikes"))
def test_a_town_noun_before_til_names_the_owner_of_another_towns_relation(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round8", "former_names"))
def test_a_former_or_foreign_name_in_brackets_is_no_partner_and_keeps_the_list(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round8", "described_groups"))
def test_a_list_goes_on_past_an_unknown_member_and_a_described_group_of_towns(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
