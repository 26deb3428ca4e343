"""Fellow members of a network and a partner's own partners, named on a partner page, are no partners of the
issuer; a town a cue names right beside it, or a chain the issuer belongs to, stays. Data: `sentences/fellows.json`."""

from __future__ import annotations

import pytest

from tests.extract.partner_cities.helpers import file_cases


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("fellows", "fellows"))
def test_fellow_network_members_and_a_partners_own_ties_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("fellows", "controls"))
def test_towns_a_cue_names_beside_them_or_the_issuers_own_chain_stay_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
