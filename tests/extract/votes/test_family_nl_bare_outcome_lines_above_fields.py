"""A decision field whose value is only an outcome ('Besluit: Aangenomen bij schriftelijke stemming', 'Besluit:
Goedgekeurd bij geheime stemming'), with no stop, above other field lines ('Uitslag: mevrouw A. Verburg 17 stemmen,
2 blanco', 'Toelichting: ...'): it names nothing, so the item is about its title, not about the run-on of the field
lines below it. A decision field that names what it decided keeps its own words."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad\nDatum: donderdag 25 juni 2026\n\nStemmingsuitslagen\n\n"
TITLE = "Benoeming leden rekenkamercommissie"


def _rows(body: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome) for r in votes(HEAD + body, "nl")]


@pytest.mark.parametrize(
    ("decision", "below"),
    [
        ("Aangenomen bij schriftelijke stemming", "Uitslag: mevrouw A. Verburg 17 stemmen, 2 blanco"),
        ("Aangenomen bij geheime stemming", "Uitslag: de heer B. de Wit 15 stemmen, 3 blanco, 1 ongeldig"),
        ("Goedgekeurd bij geheime stemming", "Toelichting: twee kandidaten, de heer C. Jansen verkozen"),
        ("Aangenomen", "Toelichting: op voordracht van de werkgeverscommissie"),
        ("Aangenomen bij schriftelijke stemming", "Let op: dit overzicht is automatisch gegenereerd"),
    ],
)
def test_a_bare_outcome_above_field_lines_is_about_the_item(decision, below):
    rows = _rows(f"12. {TITLE}\n   Besluit: {decision}\n   {below}\n")
    assert rows == [("12", TITLE, "adopted")]


def test_a_decision_naming_what_it_decided_keeps_its_words():
    decision = "Besluit: De raad benoemt mevrouw A. Verburg tot lid"
    rows = _rows(f"12. {TITLE}\n   {decision}\n   Toelichting: bij schriftelijke stemming\n")
    assert len(rows) == 1 and rows[0][1] != TITLE and "Verburg" in rows[0][1]
