"""Family: an item's status field naming the period its status holds for ("Status: Fullført for 2025/26,
videreføres som fast ordning.", "Status: Afgerond voor 2025, wordt voortgezet ..."): a report, not a legend
entry pairing the status word with a meaning by "for"/"voor", so the word keeps its own reading for every
other item of the report ("Status: Fullført." stays completed). Look-alike: a real legend using the same
verb ("grønn for fullført, gul for pågår") still explains its marks. Reports written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORTS = [
    ("nb", "Fullført", "Fullført for 2025/26, videreføres som fast ordning.", "Fortauet ble åpnet i mai."),
    ("nb", "Gjennomført", "Gjennomført for 2026, fortsetter som fast tilbud.", "Brua ble åpnet i juni."),
    ("nn", "Fullført", "Fullført for 2025, vert vidareført som fast ordning.", "Fortauet vart opna i mai."),
    ("da", "Gennemført", "Gennemført for 2025, fortsætter som fast tilbud.", "Stien blev åbnet i maj."),
    ("da", "Afsluttet", "Afsluttet for 2025/26, videreføres i driften.", "Hallen blev taget i brug i april."),
    ("nl", "Afgerond", "Afgerond voor 2025, wordt voortgezet als vaste taak.", "Het fietspad is in mei geopend."),
]
HEADS = {"nb": "Tiltak", "nn": "Tiltak", "da": "Handling", "nl": "Actie"}
TITLES = {
    "nb": "Rapportering på handlingsprogrammet 2026",
    "nn": "Rapportering på handlingsprogrammet 2026",
    "da": "Statusrapport for handleplanen 2026",
    "nl": "Voortgangsrapportage uitvoeringsprogramma 2026",
}


@pytest.mark.parametrize(("language", "word", "period", "news"), REPORTS)
def test_a_status_for_a_period_defines_no_legend_for_the_other_items(language, word, period, news):
    text = (
        f"{TITLES[language]}\n\nA1 Fortau langs skolen\n   Status: {word}. {news}\n\n"
        f"A2 Opplæring i barnehagene\n   Status: {period}\n"
    )
    found = rows(text, language)
    assert found[0] == ("A1", "Fortau langs skolen", "completed")


LEGENDS = [
    ("nb", "Fargekoder: grønn for fullført, gul for pågår, rød for ikke startet.", "gul", "in_progress"),
    ("nn", "Fargekodar: grøn for fullført, gul for pågår, raud for ikkje starta.", "grøn", "completed"),
    ("da", "Farvekoder: grøn for gennemført, gul for i gang, rød for ikke påbegyndt.", "rød", "not_started"),
    ("nl", "Kleuren: groen voor afgerond, oranje voor in uitvoering, rood voor niet gestart.", "oranje", "in_progress"),
]


@pytest.mark.parametrize(("language", "legend", "mark", "status"), LEGENDS)
def test_a_legend_pairing_marks_with_for_still_explains_them(language, legend, mark, status):
    text = f"{TITLES[language]}\n\n{legend}\n\n{HEADS[language]}\tStatus\nA1 Ny bro\t{mark}\n"
    assert rows(text, language) == [("A1", "Ny bro", status)]
