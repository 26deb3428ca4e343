"""Family (precision): an item the report says was folded into another ("Tiltak 1.4 (Ungdomsråd) er slått
sammen med tiltak 1.2 og rapporteres ikke særskilt", "Actie 3.3 is samengevoegd met actie 2.2") is
reported under that item: it is no action of its own, and another item's status is never read for it.
The item it was merged into, and an item merging two services as its work, stay actions. Snippets
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORTS = [
    ("nb", "TILTAK SOM ER FULLFØRT\n  1.1  Ny turvei – Ferdigstilt i mai.\n\nTILTAK SOM ER AVLYST\n  2.4  Felles "
           "koordinator – Nabokommunen har trukket seg, og tiltaket er avlyst.\n\nTiltak 1.4 (Ungdomsråd med eget "
           "budsjett) er slått sammen med tiltak 1.2 og rapporteres ikke særskilt.\n", "Ungdomsråd"),
    ("nn", "TILTAK SOM ER FULLFØRTE\n  1.1  Ny badeplass – Ferdig i juni.\n\nTiltak 2.3 (Felles kulturkalender) er "
           "slått saman med tiltak 2.1 og vert ikkje rapportert særskilt. Tiltaket er avslutta.\n", "kulturkalender"),
    ("da", "Gennemførte handlinger:\n  1.1  Ny legeplads – Afsluttet i maj.\n\nHandling 3.2 (Fælles ladeplan) er "
           "slået sammen med handling 3.1 og er derfor afsluttet som selvstændig handling.\n", "ladeplan"),
    ("nl", "Afgeronde acties:\n  1.1  Groene daken – Afgerond in mei.\n\nActie 3.3 (Deelfietsen bij stations) is "
           "samengevoegd met actie 2.2 en wordt niet apart gerapporteerd. Deze actie is afgerond.\n", "Deelfietsen"),
    ("nl", "Afgeronde acties:\n  1.1  Laadpalen – Afgerond.\n\nMaatregel 4 (Warmtescan) werd samengevoegd met "
           "maatregel 2 en is daarmee vervallen.\n", "Warmtescan"),
]


@pytest.mark.parametrize(("language", "text", "merged"), REPORTS)
def test_an_item_merged_into_another_is_no_action(language, text, merged):
    found = rows(text, language)
    assert found and not any(merged in title for _, title, _ in found)


def test_the_item_merged_into_stays_an_action():
    text = (
        "Status for tiltak\n\nTiltak 1.2 Ungdomsråd og ungdomsbudsjett\nStatus: Pågår. Tiltak 1.4 er slått sammen "
        "med dette tiltaket.\n\nTiltak 1.3 Ny fritidsklubb\nStatus: Fullført\n"
    )
    assert [status for _, _, status in rows(text, "nb")] == ["in_progress", "completed"]


def test_an_item_whose_work_merges_services_stays_an_action():
    text = "Status for tiltak\n\nTiltak 3.1 Sammenslåing av bibliotek og servicetorg\nStatus: Fullført\n"
    assert [status for _, _, status in rows(text, "nb")] == ["completed"]
