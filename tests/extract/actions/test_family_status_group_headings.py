"""Family: a report that groups its items under short headings naming a status ("Gennemførte
indsatser", "Pågående tiltak", "Lopende acties") with a bulleted list under each: every bullet is an
action with its heading's status. The precision side: a heading that names no status over bullets,
and a status heading over running text, give no action. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

GROUPED = [
    ("da", "Gennemførte indsatser\n• Ny cykelsti langs Åvej\n• Energitjek af daginstitutioner\n\n"
           "Igangværende indsatser\n• Regnvandsbassin ved Engparken",
     [(None, "Ny cykelsti langs Åvej", "completed"), (None, "Energitjek af daginstitutioner", "completed"),
      (None, "Regnvandsbassin ved Engparken", "in_progress")]),
    ("da", "Ikke påbegyndte indsatser\n- Delebiler til hjemmeplejen\n- Grønne indkøbskrav",
     [(None, "Delebiler til hjemmeplejen", "not_started"), (None, "Grønne indkøbskrav", "not_started")]),
    ("da", "Afsluttede projekter\n• Ny legeplads i Vestbyen\n\nUdskudte handlinger\n• Ny hal i Nordby",
     [(None, "Ny legeplads i Vestbyen", "completed"), (None, "Ny hal i Nordby", "paused")]),
    ("da", "Aflyste aktiviteter\n• Sommerkoncert på torvet\n• Byfest for seniorer",
     [(None, "Sommerkoncert på torvet", "cancelled"), (None, "Byfest for seniorer", "cancelled")]),
    ("da", "Igangsatte handlinger\n• Solceller på rådhuset\n• LED-lys i hallerne",
     [(None, "Solceller på rådhuset", "in_progress"), (None, "LED-lys i hallerne", "in_progress")]),
    ("nb", "Fullførte tiltak\n• Ny turvei ved Storvann\n• Gatelys på Nordbyen\n\nPågående tiltak\n• Ny brannstasjon",
     [(None, "Ny turvei ved Storvann", "completed"), (None, "Gatelys på Nordbyen", "completed"),
      (None, "Ny brannstasjon", "in_progress")]),
    ("nb", "Tiltak som ikke er startet\n- Digital byggesak\n- Frisklivssentral",
     [(None, "Digital byggesak", "not_started"), (None, "Frisklivssentral", "not_started")]),
    ("nb", "Gjennomførte tiltak\n• Solceller på skolene\n\nUtsatte tiltak\n• Ny svømmehall",
     [(None, "Solceller på skolene", "completed"), (None, "Ny svømmehall", "paused")]),
    ("nb", "Avlyste tiltak\n• Byfest i august\n• Felles innkjøp av elsykler",
     [(None, "Byfest i august", "cancelled"), (None, "Felles innkjøp av elsykler", "cancelled")]),
    ("nb", "Tiltak under arbeid\n• Ladepunkter ved rådhuset\n• Sykkelparkering ved stasjonen",
     [(None, "Ladepunkter ved rådhuset", "in_progress"), (None, "Sykkelparkering ved stasjonen", "in_progress")]),
    ("nn", "Fullførte tiltak\n• Ny leikeplass på Vik\n• Lysløype i Fjellsida\n\nPågåande tiltak\n• Ny kai",
     [(None, "Ny leikeplass på Vik", "completed"), (None, "Lysløype i Fjellsida", "completed"),
      (None, "Ny kai", "in_progress")]),
    ("nn", "Tiltak som ikkje er starta\n- Nytt bibliotek\n- Ny ballbinge",
     [(None, "Nytt bibliotek", "not_started"), (None, "Ny ballbinge", "not_started")]),
    ("nn", "Utsette tiltak\n• Ny gymsal\n\nAvlyste tiltak\n• Bading i fjorden",
     [(None, "Ny gymsal", "paused"), (None, "Bading i fjorden", "cancelled")]),
    ("nn", "Gjennomførte tiltak\n• Turveg til fjellet\n• Tilskot til nærbutikkar",
     [(None, "Turveg til fjellet", "completed"), (None, "Tilskot til nærbutikkar", "completed")]),
    ("nn", "Pågåande tiltak\n• Ny brannstasjon\n• Digital byggjesak",
     [(None, "Ny brannstasjon", "in_progress"), (None, "Digital byggjesak", "in_progress")]),
    ("nl", "Afgeronde acties\n• Zonnepanelen op sporthallen\n• Groene schoolpleinen\n\nLopende acties\n• Warmtevisie",
     [(None, "Zonnepanelen op sporthallen", "completed"), (None, "Groene schoolpleinen", "completed"),
      (None, "Warmtevisie", "in_progress")]),
    ("nl", "Nog niet gestarte acties\n- Hittekaart\n- Deelauto's voor medewerkers",
     [(None, "Hittekaart", "not_started"), (None, "Deelauto's voor medewerkers", "not_started")]),
    ("nl", "Uitgestelde acties\n• Nieuwe fietsbrug\n\nGeannuleerde acties\n• Energiecoaches",
     [(None, "Nieuwe fietsbrug", "paused"), (None, "Energiecoaches", "cancelled")]),
    ("nl", "Acties in uitvoering\n• Laadpalen in de wijken\n• Wijkbudgetten",
     [(None, "Laadpalen in de wijken", "in_progress"), (None, "Wijkbudgetten", "in_progress")]),
    ("nl", "Gerealiseerd\n• Digitaal loket\n• Schoolzones",
     [(None, "Digitaal loket", "completed"), (None, "Schoolzones", "completed")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), GROUPED)
def test_bullets_under_a_status_heading_take_its_status(language, text, expected):
    assert rows(text, language) == expected


NOT_GROUPED = [
    ("da", "Indsatser i 2026\n• Ny cykelsti langs Åvej\n• Energitjek af daginstitutioner"),
    ("nb", "Våre mål\n• Flere turveier\n• Bedre kollektivtilbud"),
    ("nl", "Gerealiseerd\nIn 2026 is veel bereikt in de wijken, dankzij de inzet van bewoners."),
    ("nn", "Satsingsområde\n• Folkehelse\n• Klima og miljø"),
]


@pytest.mark.parametrize(("language", "text"), NOT_GROUPED)
def test_a_heading_without_a_status_or_without_bullets_groups_no_actions(language, text):
    assert rows(text, language) == []
