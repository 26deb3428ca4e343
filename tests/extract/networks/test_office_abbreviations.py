"""A regional EU office named by the abbreviation it uses itself ("SDEO") is the office, matched on exact
case; the same letters in lower case are no office."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen er medlem af SDEO og arbejder tæt med kontoret i Bruxelles om EU-projekter.",
        "Her vil kommunen arbejde tæt med SDEO, hvor borgmesteren sidder i bestyrelsen.",
        "Gennem medlemskabet af SDEO får kommunen adgang til partnere i hele Europa.",
        "Kommunen deltager i SDEO's netværk for klimaprojekter.",
        "SDEO (South Denmark European Office) hjælper kommunen med at søge EU-midler, og kommunen er medlem.",
    ],
)
def test_the_offices_own_abbreviation_names_it(text):
    assert networks(text, "da", "Svendborg") == {"South Denmark European Office"}


def test_the_letters_in_lower_case_name_no_office():
    assert networks("Kommunen er medlem af sdeo-gruppen i idrætsforeningen.", "da", "Svendborg") == set()
