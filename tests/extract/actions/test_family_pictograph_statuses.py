"""Family: a status word written after a pictograph ("🟢 Gjennomført", "⏸ Satt på vent", "● I gang"),
after the title, in a status field or in a status cell: the word states the status and the title keeps
its name alone. The precision side: a coloured dot alone, with no legend, states no status.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

MARKED = [
    ("nb", "Tiltak 1.1 Ny barneskole – 🟢 Gjennomført\nTiltak 1.2 Ny svømmehall – 🟡 Pågår",
     [("1.1", "Ny barneskole", "completed"), ("1.2", "Ny svømmehall", "in_progress")]),
    ("nb", "Tiltak 2.1 Ny brannstasjon – 🔴 Ikke startet\nTiltak 2.2 Sentrumsplan – ⏸ Satt på vent",
     [("2.1", "Ny brannstasjon", "not_started"), ("2.2", "Sentrumsplan", "paused")]),
    ("nb", "Tiltak 3: Ny gangbru\nStatus: ✅ Fullført\n\nTiltak 4: Ny kai\nStatus: ⏳ Under arbeid",
     [("3", "Ny gangbru", "completed"), ("4", "Ny kai", "in_progress")]),
    ("nb", "Nr.\tTiltak\tStatus\n1\tLadepunkter\t🟢 Fullført\n2\tSykkelhotell\t🟠 Forsinket",
     [("1", "Ladepunkter", "completed"), ("2", "Sykkelhotell", "in_progress")]),
    ("nb", "| Tiltak | Status |\n|---|---|\n| Grønne tak | ● Pågår |\n| Bydelshus | ○ Ikke startet |",
     [(None, "Grønne tak", "in_progress"), (None, "Bydelshus", "not_started")]),
    ("da", "Handling 1.1 Ny skolevej – 🟢 Gennemført\nHandling 1.2 Ny hal – 🟡 I gang",
     [("1.1", "Ny skolevej", "completed"), ("1.2", "Ny hal", "in_progress")]),
    ("da", "Handling 2.1 Grønne tage – 🔴 Ikke påbegyndt\nHandling 2.2 Byskov – ⏸ Sat i bero",
     [("2.1", "Grønne tage", "not_started"), ("2.2", "Byskov", "paused")]),
    ("da", "Handling 3: Ny bro\nStatus: ✅ Afsluttet\n\nHandling 4: Havnebad\nStatus: ❌ Opgivet",
     [("3", "Ny bro", "completed"), ("4", "Havnebad", "cancelled")]),
    ("da", "Nr.\tHandling\tStatus\n1\tLadestandere\t🟢 Afsluttet\n2\tCykelparkering\t🟡 I gang",
     [("1", "Ladestandere", "completed"), ("2", "Cykelparkering", "in_progress")]),
    ("da", "| Handling | Status |\n|---|---|\n| Regnbede | ● I gang |\n| Skolehaver | ○ Ikke påbegyndt |",
     [(None, "Regnbede", "in_progress"), (None, "Skolehaver", "not_started")]),
    ("nn", "Tiltak 1.1 Ny leikeplass – 🟢 Fullført\nTiltak 1.2 Ny gymsal – 🟡 Pågår",
     [("1.1", "Ny leikeplass", "completed"), ("1.2", "Ny gymsal", "in_progress")]),
    ("nn", "Tiltak 2.1 Nytt bibliotek – 🔴 Ikkje starta\nTiltak 2.2 Ny kai – ⏸ Utsett",
     [("2.1", "Nytt bibliotek", "not_started"), ("2.2", "Ny kai", "paused")]),
    ("nn", "Tiltak 3: Turveg\nStatus: ✅ Fullført\n\nTiltak 4: Badeplass\nStatus: ❌ Avlyst",
     [("3", "Turveg", "completed"), ("4", "Badeplass", "cancelled")]),
    ("nn", "Nr.\tTiltak\tStatus\n1\tLysløype\t🟢 Fullført\n2\tBallbinge\t🟡 Pågår",
     [("1", "Lysløype", "completed"), ("2", "Ballbinge", "in_progress")]),
    ("nn", "| Tiltak | Status |\n|---|---|\n| Gatelys | ● Pågår |\n| Sykkelveg | ○ Ikkje starta |",
     [(None, "Gatelys", "in_progress"), (None, "Sykkelveg", "not_started")]),
    ("nl", "Actie 1.1 Zonnepanelen – 🟢 Afgerond\nActie 1.2 Warmtevisie – 🟡 Loopt",
     [("1.1", "Zonnepanelen", "completed"), ("1.2", "Warmtevisie", "in_progress")]),
    ("nl", "Actie 2.1 Hittekaart – 🔴 Nog niet gestart\nActie 2.2 Deelauto's – ⏸ On hold",
     [("2.1", "Hittekaart", "not_started"), ("2.2", "Deelauto's", "paused")]),
    ("nl", "Actie 3: Fietsbrug\nStatus: ✅ Gereed\n\nActie 4: Energiecoaches\nStatus: ❌ Stopgezet",
     [("3", "Fietsbrug", "completed"), ("4", "Energiecoaches", "cancelled")]),
    ("nl", "Nr.\tActie\tStatus\n1\tLaadpalen\t🟢 Afgerond\n2\tGroene daken\t🟡 In uitvoering",
     [("1", "Laadpalen", "completed"), ("2", "Groene daken", "in_progress")]),
    ("nl", "| Actie | Status |\n|---|---|\n| Schoolzones | ● Loopt |\n| Wijkbudget | ○ Nog niet gestart |",
     [(None, "Schoolzones", "in_progress"), (None, "Wijkbudget", "not_started")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), MARKED)
def test_a_status_word_after_a_pictograph_states_the_status(language, text, expected):
    assert rows(text, language) == expected


def test_a_coloured_dot_alone_without_a_legend_states_no_status():
    found = rows("Tiltak 1: Ny gangbru\nStatus: 🟢\n\nTiltak 2: Ny kai\nStatus: 🔴", "nb")
    assert [(ident, title) for ident, title, _ in found] == [("1", "Ny gangbru"), ("2", "Ny kai")]
    assert {status for _, _, status in found} == {"unknown"}
