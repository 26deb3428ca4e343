"""Documents written for these tests (documents/round3/<family>, in da, nb, nn and nl), one family of
trackers, follow-up lists and progress reports per test:

- status_report_items: each item a short heading over "Status: ..." / "Ansvarlig: ..." and free text;
  every item is an action, also one whose status line is missing or empty ("Status: –").
- own_status_sentence: an item's status from its own lines only, after a background sentence or
  under a report's own status title; an item with no line of its own stays unknown.
- status_after_background: a sub-step done ("Forundersøgelsen er gennemført") does not make the
  item done; the sentence about the item itself decides.
- stale_fields: "Planlagt" beside work begun, "I gang" beside a pause or cancellation of the item,
  and a comment naming the item by the head of its compound name overrule the field; a sub-step
  done ("Udbuddet er afsluttet") leaves it standing.
- short_status_values: "Title: value" bullets, a heading over its value and a table whose status
  column is headed "Fase", with values such as "loopt", "op schema", "forløber planmæssigt", "stogga".
- motion_and_decision_lists: every row or headed entry of a list of motions, commitments or council
  decisions is an action, also one titled "Motie ..." or "Toezegging ..."; a date column is no id.
- outcomes_and_tallies: result and KPI lines ("312 werkzoekenden begeleid naar werk"), vote tally
  fields, partner towns and section headings ("Resultater") are no actions; actions beside them stay.
- partner_towns: a twin-town page with a status per town names no action; an action whose title
  only mentions a town stays one.
- cards_headers_and_dates: a contact card, column headers, a "last updated" line and a table's
  caption are no actions.
- glued_labels: a tracker exported with each label run into its value ("TitelMeer groen",
  "StatusIn behandeling", "StatusI gang") gives one action per record; words that merely begin with
  a label ("Statusrapporten", "Titelmelodien") are no fields.
"""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written

FAMILIES = [
    "status_report_items",
    "own_status_sentence",
    "status_after_background",
    "stale_fields",
    "short_status_values",
    "motion_and_decision_lists",
    "outcomes_and_tallies",
    "partner_towns",
    "cards_headers_and_dates",
    "glued_labels",
]
CASES = [
    pytest.param(language, text, expected, id=f"{family}-{index}-{language}")
    for family in FAMILIES
    for index, (language, text, expected) in enumerate(written(family))
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_written_document_gives_exactly_the_actions_and_statuses_of_its_family(language, text, expected):
    assert rows(text, language) == expected
