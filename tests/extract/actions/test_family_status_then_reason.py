"""Family: a status cell or field that opens with a status phrase and gives its reason after a dash ("Utgår –
samarbeidet er lagt på is", "Opgivet – projektet er sat i bero af regionen"): the opening phrase is the item's
status; the reason may name another state of other work. Look-alikes: a legend of bare status phrases joined by
dashes is no item's status; a remark opening with "men"/"maar" turns against the status before it; after
"Fullført – ..." the remark may name what is left (a part done: test_family_field_and_explanation)."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify
from tests.extract.actions.helpers import rows, text_of

CELLS = [
    ("nb", "Utgår – avtalen er lagt på is etter krigen.", "cancelled"),
    ("nb", "Stilt i bero – forprosjektet er ferdig, men midlene mangler.", "paused"),
    ("da", "Opgivet – projektet er sat i bero af regionen.", "cancelled"),
    ("da", "Ikke påbegyndt – forundersøgelsen er dog afsluttet.", "not_started"),
    ("nn", "Utgår – tiltaket er sett på vent av fylket.", "cancelled"),
    ("nl", "Vervallen – het project is door de provincie gepauzeerd.", "cancelled"),
    ("nl", "Nog niet gestart – de voorbereiding is wel afgerond.", "not_started"),
]


@pytest.mark.parametrize(("language", "cell", "status"), CELLS)
def test_the_status_before_the_dash_is_the_items(language: str, cell: str, status: str) -> None:
    assert classify(cell, language).status == status


def test_a_table_cell_with_status_and_reason() -> None:
    text = text_of(
        "Årsrapport for vennskapsbyarbeidet 2025",
        "",
        "| Nr  | Tiltak                               | Status og kommentar                     |",
        "|-----|--------------------------------------|-----------------------------------------|",
        "| 1.1 | Elevutveksling med Umeå              | Gjennomført i september.                |",
        "| 1.2 | Felles kulturdager                   | Utgår – samarbeidet er satt på pause.   |",
        "| 1.3 | Ny nettside for vennskapsbyene       | Pågår – lanseres våren 2026.            |",
    )
    assert [s for _, _, s in rows(text, "nb")] == ["completed", "cancelled", "in_progress"]


LOOKALIKES = [
    ("nb", "Pågår – men er stilt i bero i sommer.", "paused"),  # the dash part is no bare status: read as a sentence
    ("da", "I gang - 3 af 5 skoler er færdige.", "in_progress"),
    ("nl", "Gestart – maar sinds mei gepauzeerd.", "paused"),
]


@pytest.mark.parametrize(("language", "cell", "status"), LOOKALIKES)
def test_other_dash_cells_keep_their_reading(language: str, cell: str, status: str) -> None:
    assert classify(cell, language).status == status


def test_a_legend_of_bare_statuses_is_no_item() -> None:
    text = text_of(
        "Status på handleplan for cykeltrafik",
        "",
        "Handling 1 Ny cykelsti langs Åvej",
        "Status: Gennemført.",
        "",
        "Handling 2 Cykelparkering ved stationen",
        "Status: I gang.",
        "",
        "Statusforklaring: Gennemført – I gang – Ikke påbegyndt – Sat i bero",
    )
    assert [s for _, _, s in rows(text, "da")] == ["completed", "in_progress"]
