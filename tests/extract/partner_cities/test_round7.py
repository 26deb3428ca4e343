"""Round-7 families (data: `sentences/round7_precision.json`, `sentences/round7_recall.json`): domestic cooperation,
merger and joint-application partners and another municipality's own relations are no partners; proposed, declined or
unstarted twinnings and places named only as trips, fairs, routes or a partner's own ties are no partners; partners
under a relation heading or column header, in 'other partnerships' sections, in council decisions, in brackets after
their country, small towns with their country and exonyms are found; ended links keep their relation, a decade is no
start year."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract
from tests.extract.partner_cities.helpers import file_cases

SIGNATURE = ("language", "issuer", "text", "expected")


def precision(family: str) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(SIGNATURE, file_cases("round7_precision", family))


def recall(family: str) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(SIGNATURE, file_cases("round7_recall", family))


@precision("domestic_cooperation")
def test_a_home_country_municipality_in_local_cooperation_or_owning_a_relation_is_no_partner(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@precision("domestic_lookalikes")
def test_a_foreign_town_in_the_same_phrasing_a_domestic_twin_and_a_projects_partners_stay(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@precision("unestablished")
def test_a_twinning_proposed_assessed_declined_or_not_started_is_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@precision("unestablished_lookalikes")
def test_an_existing_twinning_under_evaluation_or_an_adopted_proposal_stays(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@precision("places_only")
def test_places_named_only_as_trips_fairs_routes_or_a_partners_own_ties_are_no_partners(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@recall("section_headings_and_tables")
def test_partners_under_a_relation_heading_column_header_or_other_partnerships_section_are_found(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@recall("decisions_and_brackets")
def test_partners_in_council_decisions_in_brackets_after_their_country_and_under_exonyms_are_found(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@recall("recall_lookalikes")
def test_domestic_rows_trips_declined_decisions_and_countless_lists_under_such_headings_give_no_row(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@precision("catalogue_domestic")
def test_a_name_written_as_a_home_country_municipality_is_domestic_whatever_town_abroad_shares_it(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(
    ("language", "issuer", "text", "country"),
    [
        ("nb", "Drammen", "Drammen har en vennskapsbyavtale med Lier kommune.", "NO"),
        ("nn", "Voss", "Voss herad har ein venskapsavtale med Lier kommune sidan 1990.", "NO"),
        ("nl", "Maastricht", "Maastricht heeft sinds 1990 een stedenband met de gemeente Bergen.", "NL"),
    ],
)
def test_a_domestic_twin_written_as_a_municipality_takes_its_place_in_the_home_country(language, issuer, text, country):
    rows = extract(document_from_text(text, language=language, municipality=issuer))
    assert [row.partner_country for row in rows] == [country]


@precision("other_municipalities_pairs")
def test_a_twinning_between_another_home_country_municipality_and_a_town_is_no_partner(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@precision("pair_lookalikes")
def test_the_issuers_own_pairs_lists_and_fellow_hosts_keep_their_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@recall("unlisted_towns")
def test_a_small_town_a_relation_cue_names_with_its_country_in_running_text_is_a_partner(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@recall("unlisted_lookalikes")
def test_a_company_or_organisation_after_a_cooperation_cue_with_its_country_is_no_partner(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@recall("ended_links")
def test_an_ended_paused_or_dormant_link_keeps_its_relation_and_start_year(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@recall("decades")
def test_a_decade_is_no_start_year(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@recall("entry_sections")
def test_a_towns_own_section_decides_its_relation_before_the_page_heading(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(
    ("language", "issuer", "text", "city", "country"),
    [
        (
            "nl",
            "Deventer",
            "De stedenband met San Carlos eindigde door tegenwerking van de regering van Nicaragua.",
            "San Carlos",
            "NI",
        ),
        (
            "da",
            "Faxe",
            "Venskabsbyen San Carlos fik i 2019 besøg af en delegation fra Nicaraguas regering.",
            "San Carlos",
            "NI",
        ),
        (
            "nb",
            "Hamar",
            "Samarbeidet med vennskapsbyen San Carlos ble vanskelig etter valget i Nicaragua.",
            "San Carlos",
            "NI",
        ),
        (
            "nn",
            "Voss",
            "Samarbeidet med venskapsbyen San Carlos vart vanskeleg etter valet i Nicaragua.",
            "San Carlos",
            "NI",
        ),
        ("da", "Faxe", "Vores venskabsby Bergen får mange turister fra Tyskland.", "Bergen", "NO"),
        ("nl", "Deventer", "Zusterstad Bergen trekt veel toeristen uit Duitsland.", "Bergen", "NO"),
        ("nb", "Hamar", "Vennskapsbyen Kiel har fergeforbindelse til Norge og Sverige.", "Kiel", "DE"),
    ],
)
def test_a_namesake_lies_in_the_other_continents_country_its_sentence_names(language, issuer, text, city, country):
    rows = extract(document_from_text(text, language=language, municipality=issuer))
    assert [(row.city, row.partner_country) for row in rows] == [(city, country)]


@recall("ties_back")
def test_the_ties_with_a_town_take_the_relation_the_sentence_before_names(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
