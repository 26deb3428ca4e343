"""A Dutch policy agenda is a plan ("Uitvoeringsagenda Duurzaamheid", "Klimaatagenda", "Woonagenda"): its progress
report laid out by sibling headings each naming a policy field, with its action rows under them, gives those
headings as the themes. A council meeting's agenda ("Agenda gemeenteraad") names no plan."""

from __future__ import annotations

import pytest

SECTIONS = {
    "Energie": ["Zonnepanelen op gemeentelijke gebouwen", "Energieloket"],
    "Klimaatadaptatie": ["Vergroenen schoolpleinen", "Hittekaart en hitteplan"],
    "Circulaire economie": ["Repair café in elke kern", "Circulair inkopen"],
}

TITLES = [
    "Gemeente Oosterhout – Voortgangsrapportage Uitvoeringsagenda Duurzaamheid\n2024-2027, peildatum 1 juni 2026",
    "Voortgang Klimaatagenda 2023-2030\nStand van zaken per 1 januari 2026",
    "Gemeente Heeze – Rapportage Duurzaamheidsagenda 2025",
    "Actieagenda Duurzaam Laarbeek 2024-2026: voortgangsrapportage",
    "Energieagenda Asten – voortgang tweede kwartaal 2026",
]


def _report(title: str, marks: str) -> str:
    parts = [title, "", "Per actie staat de status volgens de vakafdeling.", ""]
    for mark, (theme, actions) in zip(marks, SECTIONS.items(), strict=True):
        parts += [f"{mark}. {theme}", "Nr\tActie\tStatus"]
        parts += [f"{mark}{n}\t{action}\tloopt" for n, action in enumerate(actions, 1)]
        parts.append("")
    return "\n".join(parts)


@pytest.mark.parametrize("marks", ["ABC", "123"])
@pytest.mark.parametrize("title", TITLES)
def test_an_agenda_progress_report_gives_its_field_headings(labels, title, marks):
    assert labels(_report(title, marks), "nl") == list(SECTIONS)


def test_a_council_meeting_agenda_is_no_plan_report(labels):
    assert labels(_report("Agenda gemeenteraad Someren 9 juli 2026", "ABC"), "nl") == []
