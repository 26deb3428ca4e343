"""Family: numbered tracker records whose report stands between the item's heading and its status
field ("1. Huisbezoeken" / "Wat hebben we gedaan? ..." / "Status: afgerond"), so the next item's
heading and report follow a record's status field directly. Each record keeps its own report; the
next item's sentences never decide its status. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RECORDS = [
    ("nl", "1. Huisbezoeken aan ouderen\nWat hebben we gedaan? Alle adressen zijn bezocht.\nStatus: afgerond\n\n"
           "2. Ontmoetingsplekken\nWat hebben we gedaan? Twee van de vier plekken zijn geopend.\nStatus: loopt",
     [("1", "Huisbezoeken aan ouderen", "completed"), ("2", "Ontmoetingsplekken", "in_progress")]),
    ("nl", "1. Groene daken\nDe subsidieregeling is vastgesteld.\nStatus: gereed\n"
           "2. Regentonnen\nDe actie is stopgezet omdat er geen aanmeldingen waren.\nStatus: geannuleerd",
     [("1", "Groene daken", "completed"), ("2", "Regentonnen", "cancelled")]),
    ("nl", "3. Buurtbudgetten\nToelichting: drie van de vijf wijken hebben een plan ingediend.\nStatus: in uitvoering\n"
           "4. Wijkagenda's\nToelichting: nog niet begonnen.\nStatus: nog niet gestart",
     [("3", "Buurtbudgetten", "in_progress"), ("4", "Wijkagenda's", "not_started")]),
    ("nl", "1. Schoolzones\nIn 2026 zijn alle scholen ingericht.\nStatus: afgerond\n"
           "2. Fietsstraten\nDe uitvoering is uitgesteld tot 2028.\nStatus: on hold",
     [("1", "Schoolzones", "completed"), ("2", "Fietsstraten", "paused")]),
    ("nl", "5. Digitaal loket\nHet loket is in maart live gegaan.\nStatus: afgerond\n"
           "6. Chatfunctie\nDe leverancier werkt aan een proefversie.\nStatus: loopt",
     [("5", "Digitaal loket", "completed"), ("6", "Chatfunctie", "in_progress")]),
    ("da", "1. Nye legepladser\nHvad er gjort? Tre legepladser er etableret.\nStatus: afsluttet\n\n"
           "2. Bynatur i midtbyen\nHvad er gjort? Projektet er sat i bero.\nStatus: sat i bero",
     [("1", "Nye legepladser", "completed"), ("2", "Bynatur i midtbyen", "paused")]),
    ("da", "1. Bedre busforbindelser\nDer er indgået aftale med trafikselskabet.\nStatus: gennemført\n"
           "2. Samkørselsplatform\nArbejdet er endnu ikke startet.\nStatus: ikke påbegyndt",
     [("1", "Bedre busforbindelser", "completed"), ("2", "Samkørselsplatform", "not_started")]),
    ("da", "3. Varmeplan\nPlanen er i høring frem til juni.\nStatus: i gang\n"
           "4. Fjernvarme i Nordby\nProjektet er opgivet efter borgermødet.\nStatus: aflyst",
     [("3", "Varmeplan", "in_progress"), ("4", "Fjernvarme i Nordby", "cancelled")]),
    ("da", "1. Sundhedstjek for ældre\nAlle borgere over 75 er inviteret.\nStatus: afsluttet\n"
           "2. Motion på recept\nTilbuddet kører i to sundhedscentre.\nStatus: i gang",
     [("1", "Sundhedstjek for ældre", "completed"), ("2", "Motion på recept", "in_progress")]),
    ("da", "5. Ny skolevej\nVejen er anlagt og indviet.\nStatus: gennemført\n"
           "6. Stisystem ved søen\nUdbuddet er udskudt til 2027.\nStatus: udskudt",
     [("5", "Ny skolevej", "completed"), ("6", "Stisystem ved søen", "paused")]),
    ("nb", "1. Ny lekeplass på Nordby\nHva er gjort? Lekeplassen ble åpnet i mai.\nStatus: fullført\n\n"
           "2. Turvei rundt vannet\nHva er gjort? To av fem etapper er ferdige.\nStatus: pågår",
     [("1", "Ny lekeplass på Nordby", "completed"), ("2", "Turvei rundt vannet", "in_progress")]),
    ("nb", "1. Digital postkasse\nLøsningen er tatt i bruk i alle enheter.\nStatus: gjennomført\n"
           "2. Chatbot for innbyggere\nArbeidet er stilt i bero.\nStatus: satt på vent",
     [("1", "Digital postkasse", "completed"), ("2", "Chatbot for innbyggere", "paused")]),
    ("nb", "3. Ny brannstasjon\nTomten er kjøpt og prosjekteringen er i gang.\nStatus: pågår\n"
           "4. Ny gangbru\nTiltaket er tatt ut av planen.\nStatus: avsluttet uten gjennomføring",
     [("3", "Ny brannstasjon", "in_progress"), ("4", "Ny gangbru", "cancelled")]),
    ("nb", "1. Frisklivssentral\nSentralen åpnet i januar.\nStatus: fullført\n"
           "2. Aktivitetsvenner\nRekruttering starter neste år.\nStatus: ikke startet",
     [("1", "Frisklivssentral", "completed"), ("2", "Aktivitetsvenner", "not_started")]),
    ("nb", "5. Solceller på rådhuset\nAnlegget ble satt i drift i juni.\nStatus: fullført\n"
           "6. Ladepunkter for ansatte\nAnbudet er lyst ut.\nStatus: pågår",
     [("5", "Solceller på rådhuset", "completed"), ("6", "Ladepunkter for ansatte", "in_progress")]),
    ("nn", "1. Ny leikeplass\nKva er gjort? Leikeplassen vart opna i mai.\nStatus: fullført\n\n"
           "2. Turveg til fjellet\nKva er gjort? Arbeidet er sett på vent.\nStatus: utsett",
     [("1", "Ny leikeplass", "completed"), ("2", "Turveg til fjellet", "paused")]),
    ("nn", "1. Digital byggjesak\nLøysinga er teken i bruk.\nStatus: fullført\n"
           "2. Ny kai\nProsjekteringa held fram.\nStatus: pågår",
     [("1", "Digital byggjesak", "completed"), ("2", "Ny kai", "in_progress")]),
    ("nn", "3. Tilskot til lag og foreiningar\nOrdninga er lyst ut.\nStatus: pågår\n"
           "4. Nytt bibliotek\nArbeidet er ikkje starta.\nStatus: ikkje starta",
     [("3", "Tilskot til lag og foreiningar", "in_progress"), ("4", "Nytt bibliotek", "not_started")]),
    ("nn", "1. Friluftskart\nKartet er trykt og delt ut.\nStatus: fullført\n"
           "2. Bading i fjorden\nTiltaket er avlyst.\nStatus: avlyst",
     [("1", "Friluftskart", "completed"), ("2", "Bading i fjorden", "cancelled")]),
    ("nn", "5. Ny gymsal\nByggjearbeidet er i gang.\nStatus: pågår\n"
           "6. Ny ballbinge\nBallbingen vart opna i august.\nStatus: fullført",
     [("5", "Ny gymsal", "in_progress"), ("6", "Ny ballbinge", "completed")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), RECORDS)
def test_a_record_keeps_its_own_report_and_not_the_next_items(language, text, expected):
    assert rows(text, language) == expected
