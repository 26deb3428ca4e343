"""Round-6 families (data: `sentences/round6.json`): a merged municipality's own town paired with its partner is
the issuer's side; fellow parties a sentence opens on ('Sammen med nabokommunerne A og B') are no partners; a
relation word compounded with an organisation ('venskabsskoler i', 'partnerscholen in') names no partner town;
every place of a project's coordinated list is a project partner, a home-country town included."""

from __future__ import annotations

import pytest

from tests.extract.partner_cities.helpers import file_cases


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round6", "own_town_pairs"))
def test_the_issuers_own_town_paired_with_a_foreign_town_is_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round6", "own_town_lookalikes"))
def test_a_town_outside_the_issuers_area_named_by_a_cue_stays_a_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round6", "co_signers"))
def test_fellow_parties_named_before_the_issuer_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round6", "co_signer_lookalikes"))
def test_a_partner_named_by_its_cue_after_together_with_stays(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round6", "organisation_compounds"))
def test_places_of_an_organisations_partner_schools_or_clubs_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(
    ("language", "issuer", "text", "expected"), file_cases("round6", "organisation_compound_lookalikes")
)
def test_the_municipalitys_twin_beside_a_partner_school_stays(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round6", "project_lists"))
def test_every_place_of_a_project_partner_list_is_a_project_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("round6", "project_list_lookalikes"))
def test_a_place_named_after_the_project_list_is_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
