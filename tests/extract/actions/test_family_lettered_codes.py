"""Family: tracker records coded with a number and a letter ("1a Gevelfonds", "2b) Ny hal") keep the
code as the action's id; a closing paragraph that reports on other items by their codes ("Actie 2a
stond in de vorige rapportage nog op ...", "Tiltak 1c er satt på vent") explains those items, never the
last record above it, and is no action of its own. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

LETTERED = [
    ("nl", "1a Binnenstadsmanager\nStatus: gereed\n1b Gevelfonds\nStatus: loopt\n1c Week van het Werk\nStatus:\n"
           "Toelichting: Geen informatie ontvangen.\n\nAfwijkingen\nActie 1a stond eerder op \"nog niet gestart\". "
           "Actie 1b is sindsdien on hold gezet.",
     [("1a", "Binnenstadsmanager", "completed"), ("1b", "Gevelfonds", "in_progress"),
      ("1c", "Week van het Werk", "unknown")]),
    ("nl", "2a Deelfietsen\nStatus: afgerond\n2b Laadpleinen\nStatus: nog niet gestart",
     [("2a", "Deelfietsen", "completed"), ("2b", "Laadpleinen", "not_started")]),
    ("nl", "3a) Groene daken\nStatus: loopt\n3b) Hittekaart\nStatus: vervallen",
     [("3a", "Groene daken", "in_progress"), ("3b", "Hittekaart", "cancelled")]),
    ("nl", "4a Jongerenraad\nStatus: gereed\n4b Wijkbudget\nStatus: loopt\n\nToelichting op de voortgang\n"
           "Actie 4a is in maart gestart.",
     [("4a", "Jongerenraad", "completed"), ("4b", "Wijkbudget", "in_progress")]),
    ("nl", "5a Laadpalen\nStatus: on hold\n5b Zonneweide\nStatus: afgerond",
     [("5a", "Laadpalen", "paused"), ("5b", "Zonneweide", "completed")]),
    ("da", "1a Ny cykelsti\nStatus: afsluttet\n1b Grønne tage\nStatus: i gang\n1c Havnebad\nStatus:\n"
           "Bemærkning: Ingen oplysninger.\n\nÆndringer siden sidst\nHandling 1a stod tidligere som "
           "ikke påbegyndt. Handling 1b er siden sat i bero.",
     [("1a", "Ny cykelsti", "completed"), ("1b", "Grønne tage", "in_progress"), ("1c", "Havnebad", "unknown")]),
    ("da", "2a Skolehaver\nStatus: i gang\n2b Regnbede\nStatus: ikke påbegyndt",
     [("2a", "Skolehaver", "in_progress"), ("2b", "Regnbede", "not_started")]),
    ("da", "3a) Ladestandere\nStatus: afsluttet\n3b) Delebiler\nStatus: aflyst",
     [("3a", "Ladestandere", "completed"), ("3b", "Delebiler", "cancelled")]),
    ("da", "4a Ny legeplads\nStatus: sat i bero\n4b Ny hal\nStatus: afsluttet",
     [("4a", "Ny legeplads", "paused"), ("4b", "Ny hal", "completed")]),
    ("da", "5a Byskov\nStatus: i gang\n5b Solceller\nStatus: afsluttet\n\nNoter\nHandling 5a er forsinket.",
     [("5a", "Byskov", "in_progress"), ("5b", "Solceller", "completed")]),
    ("nb", "1a Ny turvei\nStatus: fullført\n1b Ny kai\nStatus: pågår\n1c Bydelshus\nStatus:\n"
           "Merknad: Ingen opplysninger.\n\nEndringer siden forrige rapport:\nTiltak 1a sto tidligere som "
           "ikke startet. Tiltak 1b er senere satt på vent.",
     [("1a", "Ny turvei", "completed"), ("1b", "Ny kai", "in_progress"), ("1c", "Bydelshus", "unknown")]),
    ("nb", "2a Ladepunkter\nStatus: pågår\n2b Sykkelhotell\nStatus: ikke startet",
     [("2a", "Ladepunkter", "in_progress"), ("2b", "Sykkelhotell", "not_started")]),
    ("nb", "3a) Gatelys\nStatus: fullført\n3b) Bybuss\nStatus: avlyst",
     [("3a", "Gatelys", "completed"), ("3b", "Bybuss", "cancelled")]),
    ("nb", "4a Ny brannstasjon\nStatus: satt på vent\n4b Ny skole\nStatus: fullført",
     [("4a", "Ny brannstasjon", "paused"), ("4b", "Ny skole", "completed")]),
    ("nb", "5a Frisklivssentral\nStatus: pågår\n5b Turkart\nStatus: fullført\n\nTiltak 5a er forsinket.",
     [("5a", "Frisklivssentral", "in_progress"), ("5b", "Turkart", "completed")]),
    ("nn", "1a Ny leikeplass\nStatus: fullført\n1b Ny gymsal\nStatus: pågår\n1c Badeplass\nStatus:\n"
           "Merknad: Ingen opplysningar.\n\nEndringar sidan førre rapport:\nTiltak 1a stod tidlegare som "
           "ikkje starta. Tiltak 1b er seinare sett på vent.",
     [("1a", "Ny leikeplass", "completed"), ("1b", "Ny gymsal", "in_progress"), ("1c", "Badeplass", "unknown")]),
    ("nn", "2a Lysløype\nStatus: pågår\n2b Ballbinge\nStatus: ikkje starta",
     [("2a", "Lysløype", "in_progress"), ("2b", "Ballbinge", "not_started")]),
    ("nn", "3a) Turveg\nStatus: fullført\n3b) Ferjekai\nStatus: avlyst",
     [("3a", "Turveg", "completed"), ("3b", "Ferjekai", "cancelled")]),
    ("nn", "4a Nytt bibliotek\nStatus: utsett\n4b Ny kai\nStatus: fullført",
     [("4a", "Nytt bibliotek", "paused"), ("4b", "Ny kai", "completed")]),
    ("nn", "5a Gatelys\nStatus: pågår\n5b Sykkelveg\nStatus: fullført\n\nTiltak 5a er forseinka.",
     [("5a", "Gatelys", "in_progress"), ("5b", "Sykkelveg", "completed")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), LETTERED)
def test_lettered_codes_are_ids_and_later_reports_on_other_items_explain_them(language, text, expected):
    assert rows(text, language) == expected
