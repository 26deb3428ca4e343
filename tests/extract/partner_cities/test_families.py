"""Partner-city families of issue 13, each test run on the sentences of every language.

`sentences/families.json` holds per family and language [text, {city: [relation, since_year]}]: twin-town
pages as tables (tab or " | " cells), bullet lists with "(country, year)" and "town – country" lines;
partners outside Europe, small towns among them when their country is stated; the relation words
(vennskapsby, samarbeidsby, venskabsby, partnerstad, zusterstad, stedenband) with their start years; and
what is no partner: a Foreningen Norden branch's friends, study trips, history, conferences, the issuer's
own towns, a person's home town. A case id is `<language>-<n>`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = json.loads((Path(__file__).parent / "sentences" / "families.json").read_text(encoding="utf-8"))


def cases(family: str) -> list:
    return [
        pytest.param(
            language, DATA["issuers"][language], text, {c: tuple(v) for c, v in expected.items()}, id=f"{language}-{n}"
        )
        for language, sentences in DATA[family].items()
        for n, (text, expected) in enumerate(sentences)
    ]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("twin_pages"))
def test_twin_town_tables_and_lists_give_every_town_with_relation_and_start_year(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("abroad"))
def test_partners_outside_europe_are_found_by_name_or_exonym(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("relation_words"))
def test_each_relation_word_gives_its_relation_and_the_year_it_began(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("not_partners"))
def test_association_branches_trips_history_events_and_own_towns_are_no_partners(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("small_listed_places"))
def test_a_place_too_small_for_the_city_set_counts_on_a_partner_list_line_with_its_country(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected
