"""Family: a list of remarks under a status table, one bullet each ("- Actie 1.2.2 wordt in het najaar
heringeschat." / "- Bij actie 3.1.1 is ..." / "- Nieuw voorstel: ... Dit voorstel wordt onderzocht."): the
bullet naming an item is that item's remark only; the bullets after it (another item's remark, a new proposal)
are not its report. Look-alikes: a remark that names the item keeps its own report, and the unbulleted lines
under a bulleted item are still its report. Reports written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORTS = [
    (
        "nl",
        "Actie | Omschrijving | Status | Toelichting",
        "1.2.2 | Zonnepanelen op sporthal | Niet gestart | -",
        "Opmerkingen",
        "- Actie 1.2.2 wordt in het najaar heringeschat.",
        "- Nieuw voorstel: deelwagens in elke deelgemeente. Dit voorstel wordt onderzocht.",
        "not_started",
    ),
    (
        "nl",
        "Actie | Omschrijving | Status | Toelichting",
        "1.2.2 | Zonnepanelen op sporthal | Lopend | -",
        "Opmerkingen",
        "- Actie 1.2.2 krijgt extra budget.",
        "- Bij actie 3.1.1 is de koppeling met het platform afgerond.",
        "in_progress",
    ),
    (
        "da",
        "Nr. | Handling | Status | Bemærkning",
        "1.2 | Solceller på hallen | Ikke påbegyndt | -",
        "Bemærkninger",
        "- Handling 1.2 revurderes i efteråret.",
        "- Nyt forslag: delebiler i alle byer. Forslaget er sat i gang som forsøg.",
        "not_started",
    ),
    (
        "nb",
        "Nr. | Tiltak | Status | Kommentar",
        "1.2 | Solceller på hallen | Ikke startet | -",
        "Merknader",
        "- Tiltak 1.2 vurderes på nytt til høsten.",
        "- Nytt forslag: bildeling i alle bygder. Forslaget er ferdig utredet.",
        "not_started",
    ),
    (
        "nn",
        "Nr. | Tiltak | Status | Kommentar",
        "1.2 | Solceller på hallen | Ikkje starta | -",
        "Merknader",
        "- Tiltak 1.2 vert vurdert på nytt til hausten.",
        "- Nytt framlegg: bildeling i alle bygder. Framlegget er ferdig utgreidd.",
        "not_started",
    ),
]


@pytest.mark.parametrize(("language", "header", "row", "heading", "own", "other", "status"), REPORTS)
def test_the_bullets_after_an_items_remark_are_not_its_report(language, header, row, heading, own, other, status):
    text = f"Statusrapport 2026\n\n{header}\n{row}\n\n{heading}\n{own}\n{other}\n"
    found = rows(text, language)
    assert [r for r in found if r[0] in ("1.2.2", "1.2")][0][2] == status


LINES_UNDER = [
    (
        "nb",
        "- Tiltak 1.1 Ny gapahuk\nGapahuken ble åpnet i mai.\n- Tiltak 1.2 Ny bru\nArbeidet pågår.",
        [("1.1", "Ny gapahuk", "completed"), ("1.2", "Ny bru", "in_progress")],
    ),
    (
        "da",
        "- Handling 1.1 Ny shelter\nShelteret blev indviet i maj.\n- Handling 1.2 Ny bro\nArbejdet er i gang.",
        [("1.1", "Ny shelter", "completed"), ("1.2", "Ny bro", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "items", "expected"), LINES_UNDER)
def test_the_unbulleted_lines_under_a_bulleted_item_are_still_its_report(language, items, expected):
    assert rows(f"Statusrapport 2026\n\n{items}\n", language) == expected
