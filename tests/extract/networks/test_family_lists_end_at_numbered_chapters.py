"""A list of dashes under a network heading ends at the document's next numbered chapter ('4. Opfølgning'), even
where the page lost the blank line before it: the chapter title is no network. A numbered list under the heading
keeps every numbered item, and dashes under a numbered item stay in the list. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

CHAPTER_AFTER = [
    ("da", "Køge", "Netværk\n- Køge er medlem af Eurocities.\n- Køge deltager i Energy Cities.\n4. Opfølgning\n"
     "Byrådet følger op årligt.\n", "Opfølgning"),
    ("nb", "Vardø", "Nettverk\n- Vardø er medlem av Eurocities.\n5. Økonomi\nTiltakene dekkes av driftsbudsjettet.\n",
     "Økonomi"),
    ("nn", "Voss", "Nettverk\n- Voss er medlem av Cittaslow.\n\n3. Vidare "
                   "arbeid\nKommunestyret får rapport kvart år.\n",
     "Vidare arbeid"),
    ("nl", "Lier", "Netwerken\n- Lier is lid van Eurocities.\n- Lier is lid van Energy Cities.\n6. Evaluatie\n"
     "Het college rapporteert jaarlijks.\n", "Evaluatie"),
    ("da", "Tønder", "Netværk\n• Tønder er medlem af Cittaslow.\n2. Økonomi og "
                     "ressourcer\nIndsatsen finansieres af puljen.\n",
     "Økonomi og ressourcer"),
]

NUMBERED_LIST = [
    ("nl", "Lier", "Netwerken\n1. Eurocities\n2. Energy "
                   "Cities\n3. Cittaslow\n", {"Eurocities", "Energy Cities", "Cittaslow"}),
    ("da", "Køge", "Netværk\n- Eurocities\n- Energy Cities\n", {"Eurocities", "Energy Cities"}),
]


@pytest.mark.parametrize(("language", "town", "text", "chapter"), CHAPTER_AFTER)
def test_a_numbered_chapter_after_a_list_of_dashes_is_no_network(
    language: str, town: str, text: str, chapter: str
) -> None:
    found = networks(text, language, town)
    assert chapter not in found
    assert found  # the list's own networks stay


@pytest.mark.parametrize(("language", "town", "text", "expected"), NUMBERED_LIST)
def test_a_list_marked_one_way_keeps_all_its_items(language: str, town: str, text: str, expected: set[str]) -> None:
    assert expected <= networks(text, language, town)
