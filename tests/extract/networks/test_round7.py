"""Round 7 network families (data: `sentences/round7.json`), one behaviour per family: leaving, refusing,
postponing, waiting and taking part only through another body give no row; EU funding programmes wished for,
offered as possibilities or used by others, and local or domestic pacts, covenants and labels, give none either;
catalogued networks under national branch names, descriptive names and acronyms, unknown offices explained as
one, in lists and tables and in every
tense and word order, do. Each family has look-alikes that keep their rows."""

from __future__ import annotations

import json

import pytest

from tests.extract.networks.helpers import SENTENCES, file_cases, networks

BEHAVIOURS = {
    "not_joined_left_or_postponed": "a decision not to join, to leave or to postpone joining is no row",
    "joined_or_kept_lookalikes": "joining, staying, or a membership beside a network left or postponed is a row",
    "membership_not_granted": "a request refused, waiting, failed or only discussed is no row",
    "granted_lookalikes": "a granted request, or a membership beside a refused request, is a row",
    "case_outcome_refused": "a motion or case title whose decision refuses it is no row",
    "case_outcome_adopted_lookalikes": "an adopted motion, or a membership beside a refused motion, is a row",
    "through_another_body": "a membership held through a region, county, province or national body is no row",
    "own_and_other_body_lookalikes": "the issuer's own membership, or its own project route, is a row",
    "programme_not_taken_part_in": "a programme wished for, offered as a possibility or used by others is no row",
    "programme_taken_part_in": "a programme the issuer takes part in or is funded by is a row",
    "pacts_covenants_labels": "local and domestic pacts, covenants, partnerships and labels are no rows",
    "local_lookalikes": "a body explained as regional or national keeps its row",
    "national_networks_lookalikes": "national thematic networks of municipalities are rows",
    "descriptive_and_acronym_names": "branch names, descriptive names and acronyms give the catalogued network",
    "lists_and_tables": "networks in lists and tables are rows under their catalogued names",
    "lists_of_networks_not_held": "a list under a heading of networks left or not held gives no rows",
    "membership_tenses_and_word_orders": "membership in every tense and word order is a row",
    "represented_at_an_event": "being represented at a network's meeting or conference is no row",
}


@pytest.mark.parametrize(
    ("language", "town", "text", "expected"),
    [
        pytest.param(*case.values, id=f"{family}-{case.id}")
        for family in BEHAVIOURS
        for case in file_cases("round7", family)
    ],
)
def test_each_round7_family_gives_exactly_the_rows_its_behaviour_states(language, town, text, expected):
    assert networks(text, language, town) == expected


def test_every_round7_family_in_the_data_states_its_behaviour():
    data = json.loads((SENTENCES / "round7.json").read_text(encoding="utf-8"))
    assert {name for name in data if not name.startswith("_") and name != "towns"} == set(BEHAVIOURS)
