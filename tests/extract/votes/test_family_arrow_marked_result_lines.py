"""Family: an arrow leading an item's result line ("-> Goedgekeurd.", "=> Aangenomen", "→ Verworpen"), and a
decision list grouped under policy-domain headings ("Algemeen bestuur", "Financiën", "Jeugd").

The arrow only marks the line as the item's result: the row is about the item above it, as when the line stands
bare, never about the arrow. A lone "Algemeen bestuur" heading between items is a policy domain, not a body: the
meeting keeps the body and date of its head. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.votes.plain_text import unmarked
from tests.extract.votes.helpers import votes

HEAD = "GEMEENTE TESTBY\nZitting van de gemeenteraad van dinsdag 17 maart 2026\nBESLUITENLIJST\n\nOpenbare zitting\n\n"


def _rows(text: str) -> list[tuple]:
    return [(r.body, r.meeting_date, r.case_number, r.subject, r.outcome) for r in votes(text, "nl")]


@pytest.mark.parametrize("arrow", ["->", "-->", "=>", "→", "➔", "⇒"])
def test_an_arrow_led_result_line_is_about_the_item_above_it(arrow: str) -> None:
    text = HEAD + f"1.  Goedkeuring van de notulen van de vorige zitting\n    {arrow} Goedgekeurd.\n"
    assert _rows(text) == [
        ("gemeenteraad", "2026-03-17", "1", "Goedkeuring van de notulen van de vorige zitting", "adopted")
    ]


def test_arrow_led_counts_and_postponements_keep_their_items() -> None:
    text = HEAD + (
        "Financiën\n"
        "2.  Budgetwijziging 2026 nr. 2 - vaststelling\n"
        "    -> Vastgesteld met 20 stemmen voor en 7 stemmen tegen.\n\n"
        "Mobiliteit\n"
        "3.  Parkeerreglement centrum - wijziging\n"
        "    -> Uitgesteld naar een volgende zitting.\n"
        "4.  Voorstel van raadslid Jan Peeters over een schoolstraat in de Dorpsstraat\n"
        "    => Verworpen met 8 stemmen voor en 19 stemmen tegen.\n"
    )
    rows = votes(text, "nl")
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("2", "adopted", 20, 7),
        ("3", "postponed", None, None),
        ("4", "rejected", 8, 19),
    ]
    assert [r.subject for r in rows][:2] == [
        "Budgetwijziging 2026 nr. 2 - vaststelling",
        "Parkeerreglement centrum - wijziging",
    ]


def test_a_policy_domain_heading_is_not_a_body() -> None:
    text = HEAD + (
        "Algemeen bestuur\n"
        "1.  Goedkeuring van de notulen van de zitting van 17 februari 2026\n"
        "    -> Goedgekeurd.\n\n"
        "Cultuur\n"
        "2.  Reglement cultuursubsidies - wijziging\n"
        "    -> Eenparig goedgekeurd.\n"
    )
    assert {(r.body, r.meeting_date) for r in votes(text, "nl")} == {("gemeenteraad", "2026-03-17")}


def test_a_bare_result_line_reads_as_before() -> None:
    text = HEAD + "1.  Reglement cultuursubsidies - wijziging\n    Goedgekeurd.\n"
    assert _rows(text) == [("gemeenteraad", "2026-03-17", "1", "Reglement cultuursubsidies - wijziging", "adopted")]


def test_an_arrow_inside_a_line_is_not_a_marker() -> None:
    """Only a line-leading arrow is blanked, to spaces of its own length: one in running text stays, offsets hold."""
    text = "1. Tarieven 2026 -> 2027\n    -> Goedgekeurd.\n  => Verworpen.\n"
    marked = document_from_text(text, language="nl", municipality="Testby")
    doc = unmarked(marked)
    assert [line.strip() for line in doc.text.splitlines()] == [
        "1. Tarieven 2026 -> 2027",
        "Goedgekeurd.",
        "Verworpen.",
    ]
    assert len(doc.text) == len(marked.text)


def test_an_arrow_line_without_a_result_records_nothing() -> None:
    """An arrow before a line that decides nothing (a pointer to an answer) gives no row."""
    text = (
        HEAD + "8.  Vraag van raadslid Eva Claes over de schoolstraten\n    -> Beantwoord door de bevoegde schepen.\n"
    )
    assert votes(text, "nl") == []
