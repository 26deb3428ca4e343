"""Family: a report's numbered chapter of proposals whose heading carries a bracketed remark that they stand outside
the plan ("4. Nieuwe voorstellen (nog niet vastgesteld)", "5. Nye forslag (ikke vedtatt)"): the remark reads like a
status but reports none, so the chapter is no action. A coded item whose own status field says it is not adopted,
after a dash, keeps that status."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

ROWS = {
    "nb": ("| Nr | Tiltak | Status |", "| 1.1 | Ny sykkelvei | Fullført |", "| 1.2 | Solceller på hallen | Pågår |"),
    "nn": ("| Nr | Tiltak | Status |", "| 1.1 | Ny sykkelveg | Fullført |", "| 1.2 | Solceller på hallen | Pågår |"),
    "da": (
        "| Nr. | Handling | Status |",
        "| 1.1 | Ny cykelsti | Gennemført |",
        "| 1.2 | Solceller på hallen | I gang |",
    ),
    "nl": (
        "| Nr | Actie | Status |",
        "| 1.1 | Nieuw fietspad | Afgerond |",
        "| 1.2 | Zonnepanelen op de hal | Loopt |",
    ),
}
SEP = "|----|------|------|"

CASES = [
    ("nb", "4. Nye ideer (ikke vedtatt)", "- Bildeling ved rådhuset. Rådmannen utreder saken."),
    ("nn", "5. Nye framlegg (ikkje vedteke)", "- Bysykkel i sentrum. Saka kjem til politisk handsaming."),
    ("da", "3. Nye forslag (endnu ikke vedtaget)", "- Delebiler ved rådhuset. Forvaltningen undersøger sagen."),
    ("nl", "4. Nieuwe voorstellen (nog niet vastgesteld)", "- Deelauto's bij het station. Het college onderzoekt dit."),
    (
        "nl",
        "6. Aanvullende voorstellen (geen onderdeel van het plan)",
        "- Een tweede repaircafé. Dit wordt onderzocht.",
    ),
]


@pytest.mark.parametrize(("language", "chapter", "bullet"), CASES)
def test_a_chapter_of_proposals_outside_the_plan_is_no_action(language, chapter, bullet):
    header, first, second = ROWS[language]
    text = text_of("Statusrapport 2026", "", "2. Tiltakene", "", header, SEP, first, second, "", chapter, bullet)
    assert [code for code, _, _ in rows(text, language)] == ["1.1", "1.2"]


def test_a_status_field_saying_not_adopted_stays_the_items_status():
    text = text_of("Statusrapport 2026", "", "1.1 Ny sykkelvei - Fullført", "1.2 Ny parkeringsnorm - Ikke startet")
    assert [(code, status) for code, _, status in rows(text, "nb")] == [("1.1", "completed"), ("1.2", "not_started")]
