"""Family: a symbol legend whose entries stand apart only by spaces ("●  Gennemført   ◐  I gang   ○  Ikke
påbegyndt"), possibly over two lines, with symbols a legend gives a meaning (pause bars, crosses, hourglasses,
diamonds): each symbol takes its own meaning, never the next entry's, and the legend's second line names no
action. The precision side: without a legend the same symbols state no status. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TRACKERS = [
    (
        "da",
        "Tegnforklaring:  ●  Gennemført   ◐  I gang   ○  Ikke påbegyndt\n"
        "                 ‖  Sat i bero   ✕  Opgivet\n\n"
        "Nr.   Handling                      St.  Bemærkning\n"
        "A.1   Solceller på skolerne         ●    Sat i drift i marts.\n"
        "A.2   Varmepumper i hallerne        ◐    Etape 2 i udbud.\n"
        "A.3   Fjernvarme til landsbyen      ‖    Afventer ny takst.\n"
        "A.4   Delebilordning                ✕    Ingen leverandør.\n",
        [("A.1", "Solceller på skolerne", "completed"), ("A.2", "Varmepumper i hallerne", "in_progress"),
         ("A.3", "Fjernvarme til landsbyen", "paused"), ("A.4", "Delebilordning", "cancelled")],
    ),
    (
        "nb",
        "Forklaring:  ◆  Fullført   ◇  Pågår   △  Ikke startet   ⏸  Stilt i bero\n\n"
        "Nr.\tTiltak\tStatus\n1\tNy gangbru\t◆\n2\tLadepunkter ved rådhuset\t◇\n3\tSykkelhotell\t△\n"
        "4\tNy kai\t⏸\n",
        [("1", "Ny gangbru", "completed"), ("2", "Ladepunkter ved rådhuset", "in_progress"),
         ("3", "Sykkelhotell", "not_started"), ("4", "Ny kai", "paused")],
    ),
    (
        "nn",
        "Teiknforklaring:  ★  Fullført   ☆  Pågår\n                  ⏳  Ikkje starta   ✕  Avlyst\n\n"
        "Nr.\tTiltak\tStatus\n1\tTurveg langs elva\t★\n2\tNy leikeplass\t☆\n3\tBadeplass\t✕\n",
        [("1", "Turveg langs elva", "completed"), ("2", "Ny leikeplass", "in_progress"),
         ("3", "Badeplass", "cancelled")],
    ),
    (
        "nl",
        "Legenda:  ●  Afgerond   ◐  In uitvoering   ○  Nog niet gestart   ‖  Gepauzeerd\n\n"
        "| Nr. | Actie | Status |\n|---|---|---|\n| 1 | Laadpalen | ● |\n| 2 | Groene daken | ◐ |\n"
        "| 3 | Hittekaart | ○ |\n| 4 | Warmtenet | ‖ |\n",
        [("1", "Laadpalen", "completed"), ("2", "Groene daken", "in_progress"),
         ("3", "Hittekaart", "not_started"), ("4", "Warmtenet", "paused")],
    ),
    (
        "da",
        "Signaturforklaring\n▲  Afsluttet     ▼  Forsinket     ⊘  Opgivet\n\n"
        "Nr.\tIndsats\tStatus\n1\tNy legeplads\t▲\n2\tByens træer\t⊘\n",
        [("1", "Ny legeplads", "completed"), ("2", "Byens træer", "cancelled")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TRACKERS)
def test_each_symbol_of_a_spaced_legend_takes_its_own_meaning(language, text, expected):
    assert rows(text, language) == expected


def test_a_legends_second_line_names_no_action():
    text = (
        "Tegnforklaring:  ●  Gennemført   ◐  I gang\n                 ‖  Sat i bero   ✕  Opgivet\n\n"
        "Nr.\tHandling\tStatus\n1\tNy hal\t●\n"
    )
    assert [title for _, title, _ in rows(text, "da")] == ["Ny hal"]


def test_the_same_symbols_without_a_legend_state_no_status():
    text = "Nr.\tTiltak\tStatus\n1\tNy gangbru\t◆\n2\tNy kai\t⏸\n"
    assert {status for _, _, status in rows(text, "nb")} <= {"unknown"}
