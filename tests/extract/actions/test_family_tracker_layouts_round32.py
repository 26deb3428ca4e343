"""Tracker layouts of follow-up reports. (1) A row whose title cell wrapped with the row's other cells on its
second line ("A2 Subsidiescan voor" / "maatschappelijke organisaties  Lopend"): one row, the title whole.
(2) An item keyword before a lettered, dotted number ("Handling A.1 – ...", "Tiltak B.2: ..."): the number
is the id. (3) A legend pairing pictographs no language knows with their meaning by "=" or ":" ("➜ = pågår",
"●: afsluttet  ◐: i gang"). (4) Coded items under an intro saying they are not adopted yet ("Nye tiltak
foreslått for 2025 (ikke vedtatt):"): proposals, no actions. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

WRAPPED_CELLS = [
    (
        "nl",
        text_of(
            "Actie\tStatus\tToelichting",
            "A1 Europaloket voor ondernemers\tAfgerond",
            "A2 Subsidiescan voor",
            "maatschappelijke organisaties\tLopend\tLoopt tot eind 2025",
            "A3 Uitwisseling ambtenaren\tNog niet gestart",
        ),
        [
            ("A1", "Europaloket voor ondernemers", "completed"),
            ("A2", "Subsidiescan voor maatschappelijke organisaties", "in_progress"),
            ("A3", "Uitwisseling ambtenaren", "not_started"),
        ],
    ),
    (
        "da",
        text_of(
            "Handling\tStatus",
            "B1 Fælles kursus for",
            "ledere og medarbejdere\tI gang",
            "B2 Ny hjemmeside\tAfsluttet",
        ),
        [("B1", "Fælles kursus for ledere og medarbejdere", "in_progress"), ("B2", "Ny hjemmeside", "completed")],
    ),
    (
        "nb",
        text_of(
            "Tiltak\tStatus",
            "T1 Felles opplæring i",
            "beredskap\tPågår",
            "T2 Ny nettside\tFullført",
        ),
        [("T1", "Felles opplæring i beredskap", "in_progress"), ("T2", "Ny nettside", "completed")],
    ),
]

LETTERED = [
    (
        "da",
        text_of(
            "Status på handleplanen",
            "",
            "Handling A.1 – Fælles musikfestival",
            "Status: Gennemført i juni.",
            "",
            "Handling B.2 – Sprogkursus",
            "Status: Igangsat.",
        ),
        [("A.1", "Fælles musikfestival", "completed"), ("B.2", "Sprogkursus", "in_progress")],
    ),
    (
        "nb",
        text_of(
            "Rapportering på handlingsplanen",
            "",
            "Tiltak C.1: Felles skoleprosjekt",
            "Status: Pågår.",
            "",
            "Tiltak C.2: Ny avtale",
            "Status: Avlyst.",
        ),
        [("C.1", "Felles skoleprosjekt", "in_progress"), ("C.2", "Ny avtale", "cancelled")],
    ),
    (
        "nl",
        text_of(
            "Voortgang actieplan",
            "",
            "Actie B.3 – Kennisdeling warmtenetten",
            "Status: Afgerond.",
            "",
            "Actie B.4 – Stagebureau",
            "Status: Nog niet gestart.",
        ),
        [("B.3", "Kennisdeling warmtenetten", "completed"), ("B.4", "Stagebureau", "not_started")],
    ),
]

PICTOGRAPHS = [
    (
        "nb",
        "Status: ✔ = gjennomført, ➜ = pågår, ✖ = ikke startet",
        [("✔", "completed"), ("➜", "in_progress"), ("✖", "not_started")],
    ),
    (
        "da",
        "Forklaring: ▲= afsluttet ▶= i gang ■= sat i bero",
        [("▲", "completed"), ("▶", "in_progress"), ("■", "paused")],
    ),
    ("nb", "●: gjennomført  ◐: pågår", [("●", "completed"), ("◐", "in_progress")]),
    ("nn", "➜: pågår  ⏸: sett på pause", [("➜", "in_progress"), ("⏸", "paused")]),
    ("nl", "Legenda: ★: afgerond ☆: nog niet gestart", [("★", "completed"), ("☆", "not_started")]),
]

NOT_ADOPTED = [
    (
        "nb",
        text_of(
            "Nr.\tTiltak\tStatus",
            "1.1\tFelles nettside\tFullført",
            "1.2\tUngdomskonferanse\tPågår",
            "",
            "Nye tiltak foreslått for 2025 (ikke vedtatt):",
            "2.2 Digital språkkafé",
            "2.3 Felles kulturkalender",
        ),
        [("1.1", "Felles nettside", "completed"), ("1.2", "Ungdomskonferanse", "in_progress")],
    ),
    (
        "da",
        text_of(
            "Nr.\tHandling\tStatus",
            "1\tFælles turistkort\tI gang",
            "",
            "Forslag til nye handlinger (endnu ikke vedtaget):",
            "4. Grøn havn",
            "5. Fælles sprogskole",
        ),
        [("1", "Fælles turistkort", "in_progress")],
    ),
    (
        "nl",
        text_of(
            "Nr.\tActie\tStatus",
            "1\tJongerenraad\tAfgerond",
            "",
            "Nieuwe acties (nog niet vastgesteld door de raad):",
            "7. Europadag",
            "8. Stagebureau",
        ),
        [("1", "Jongerenraad", "completed")],
    ),
]


def _tracker(language: str, legend: str, marks: list[tuple[str, str]]) -> str:
    header = {"da": "Handling", "nb": "Tiltak", "nn": "Tiltak", "nl": "Actie"}[language]
    body = [f"{n}\tPunkt nummer {n}\t{mark}" for n, (mark, _) in enumerate(marks, start=1)]
    return text_of("Statusrapport", legend, "", f"Nr.\t{header}\tStatus", *body)


@pytest.mark.parametrize(("language", "text", "expected"), WRAPPED_CELLS + LETTERED + NOT_ADOPTED)
def test_tracker_layouts(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "legend", "marks"), PICTOGRAPHS)
def test_a_legend_gives_pictographs_their_meaning_across_a_separator(language, legend, marks):
    found = rows(_tracker(language, legend, marks), language)
    assert [status for _, _, status in found] == [status for _, status in marks]


# (5) A status mark before a remark that states no status ("✓ (juli 2024)"); a status word after the mark still wins.
MARK_WITH_REMARK = [
    ("da", "Forklaring: ✓ = gennemført, ◔ = i gang", ["✓ (juli 2024)", "◔"], ["completed", "in_progress"]),
    ("nb", "Tegnforklaring: ● = fullført, ○ = ikke startet", ["● (mai)", "○ (venter)"], ["completed", "not_started"]),
    ("nn", "Forklaring: ▲ = fullført, ▶ = pågår", ["▶ (sidan mars)", "▲ (Q3 2024)"], ["in_progress", "completed"]),
    ("nl", "Legenda: ✓ = afgerond, → = lopend", ["→ (2e kwartaal)", "✓"], ["in_progress", "completed"]),
    ("da", "Forklaring: ● = gennemført, ◐ = i gang", ["◐ Afsluttet", "● I gang"], ["completed", "in_progress"]),
]


@pytest.mark.parametrize(("language", "legend", "cells", "expected"), MARK_WITH_REMARK)
def test_a_mark_before_a_remark_is_the_cells_status(language, legend, cells, expected):
    header = {"da": "Handling", "nb": "Tiltak", "nn": "Tiltak", "nl": "Actie"}[language]
    body = [f"{n}\tPunkt nummer {n}\t{cell}" for n, cell in enumerate(cells, start=1)]
    found = rows(text_of("Statusrapport", legend, "", f"Nr.\t{header}\tStatus", *body), language)
    assert [status for _, _, status in found] == expected
