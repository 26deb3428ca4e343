"""Twin-town pages that do have partners: other towns on them are no partners (issue 13, round 2).

`sentences/page_sections.json` holds, per language, a page with a partner list and one section per partner,
and a page with a heading for future partners. Each sentence of a family is put into the second partner's
section (or under the future heading) and the page must give exactly its partners: a partner's neighbours
and region, travel, visits and a delegation's or person's home town, fellow members of a network, history,
companies and schools, and partnerships only proposed, asked for or explored under a relation heading.
The 'keeps' family adds sentences that do name a partner, so recall stays. A case id is `<language>-<n>`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = json.loads((Path(__file__).parent / "sentences" / "page_sections.json").read_text(encoding="utf-8"))
PAGES = DATA["pages"]


def _expected(raw: dict) -> dict[str, tuple[str, int | None]]:
    return {city: (relation, year) for city, (relation, year) in raw.items()}


def section_cases(family: str) -> list:
    return [
        pytest.param(language, text, id=f"{language}-{n}")
        for language, sentences in DATA[family].items()
        for n, text in enumerate(sentences)
    ]


def _section_page(rows, language: str, extra: str) -> dict:
    page = PAGES[language]
    return rows(page["section_page"].replace("{extra}", extra), language, page["issuer"])


@pytest.mark.parametrize(("language", "text"), section_cases("neighbours_and_region"))
def test_a_partners_neighbours_and_region_are_no_partners(rows, language, text):
    assert _section_page(rows, language, text) == _expected(PAGES[language]["partners"])


@pytest.mark.parametrize(("language", "text"), section_cases("travel_visits_delegations"))
def test_travel_visits_and_home_towns_in_a_partners_section_are_no_partners(rows, language, text):
    assert _section_page(rows, language, text) == _expected(PAGES[language]["partners"])


@pytest.mark.parametrize(("language", "text"), section_cases("fellow_members"))
def test_a_partners_fellow_network_members_are_no_partners(rows, language, text):
    assert _section_page(rows, language, text) == _expected(PAGES[language]["partners"])


@pytest.mark.parametrize(("language", "text"), section_cases("history_companies_schools"))
def test_history_companies_and_schools_in_a_partners_section_name_no_partners(rows, language, text):
    assert _section_page(rows, language, text) == _expected(PAGES[language]["partners"])


@pytest.mark.parametrize(("language", "text"), section_cases("proposed_under_heading"))
def test_a_proposal_under_a_new_partners_heading_is_no_partner_yet(rows, language, text):
    page = PAGES[language]
    found = rows(page["future_page"].replace("{extra}", text), language, page["issuer"])
    assert found == _expected(page["future_partners"])


@pytest.mark.parametrize(
    ("language", "text", "added"),
    [
        pytest.param(language, text, added, id=f"{language}-{n}")
        for language, cases in DATA["keeps"].items()
        for n, (text, added) in enumerate(cases)
    ],
)
def test_a_partner_named_in_a_partners_section_stays(rows, language, text, added):
    expected = _expected(PAGES[language]["partners"]) | _expected(added)
    assert _section_page(rows, language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(language, text, expected, id=f"{language}-{n}")
        for language, cases in DATA["project_sentences"].items()
        for n, (text, expected) in enumerate(cases)
    ],
)
def test_a_named_projects_partners_stay_and_hanseatic_history_gives_none(rows, language, text, expected):
    found = rows(text, language, PAGES[language]["issuer"])
    assert {city: relation for city, (relation, _) in found.items()} == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(language, text, expected, id=f"{language}-{n}")
        for language, cases in DATA["renewal_years"].items()
        for n, (text, expected) in enumerate(cases)
    ],
)
def test_a_renewal_year_in_a_table_cell_or_a_renewed_signature_is_no_start_year(rows, language, text, expected):
    assert rows(text, language, PAGES[language]["issuer"]) == _expected(expected)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(language, text, id=f"{language}-{n}")
        for language, tables in DATA["markdown_tables"].items()
        for n, text in enumerate(tables)
    ],
)
def test_a_pipe_table_row_gives_the_partner_and_the_start_year_of_its_column(rows, language, text):
    assert rows(text, language, PAGES[language]["issuer"]) == {"Kuopio": ("twin", 1972), "Akureyri": ("twin", 1986)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(language, text, expected, id=f"{language}-{n}")
        for language, cases in DATA["following_start_years"].items()
        for n, (text, expected) in enumerate(cases)
    ],
)
def test_a_start_year_in_the_next_sentence_about_the_relation_counts_a_renewal_or_visit_does_not(
    rows, language, text, expected
):
    assert rows(text, language, PAGES[language]["issuer"]) == _expected(expected)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(language, text, expected, id=f"{language}-{n}")
        for language, cases in DATA["stop_word_towns"].items()
        for n, (text, expected) in enumerate(cases)
    ],
)
def test_a_town_named_like_a_stop_word_is_a_partner_only_where_listed_as_a_place(rows, language, text, expected):
    found = rows(text, language, PAGES[language]["issuer"])
    assert {city: relation for city, (relation, _) in found.items()} == expected
