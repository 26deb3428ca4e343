"""Family: a tracker table whose column asks whether each item is done ("Gennemført", "Afgerond?")
and answers yes, no or partly ("Ja", "Nej, i gang", "Delvis"); and status columns under other
headers ("Realisatie", "Stade", "Gjennomføring"). The precision side: a data row whose last cell is a
done word is no header. Tables written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

ANSWERED = [
    ("da", "Nr. | Indsats | Gennemført\n1 | Skolevejsanalyse | Ja\n2 | Hastighedsdæmpning | Nej, i gang\n"
           "3 | Cykelkampagne | Nej",
     [("1", "Skolevejsanalyse", "completed"), ("2", "Hastighedsdæmpning", "in_progress"),
      ("3", "Cykelkampagne", "not_started")]),
    ("da", "Handling\tUdført\nNy legeplads\tJa\nGrønne tage\tDelvis",
     [(None, "Ny legeplads", "completed"), (None, "Grønne tage", "partly_completed")]),
    ("da", "| Tiltag | Afsluttet? |\n|---|---|\n| Ny bro | Ja |\n| Havnebad | Nej |",
     [(None, "Ny bro", "completed"), (None, "Havnebad", "not_started")]),
    ("da", "Nr.\tHandling\tFærdig\n1.1\tSolceller\tJa\n1.2\tVarmepumper\tNej, sat i bero",
     [("1.1", "Solceller", "completed"), ("1.2", "Varmepumper", "paused")]),
    ("da", "Indsats\tStade\nByskov\tI gang\nRegnbede\tAfsluttet",
     [(None, "Byskov", "in_progress"), (None, "Regnbede", "completed")]),
    ("nb", "Nr. | Tiltak | Gjennomført\n1 | Ny turvei | Ja\n2 | Ny kai | Nei, pågår\n3 | Bybuss | Nei",
     [("1", "Ny turvei", "completed"), ("2", "Ny kai", "in_progress"), ("3", "Bybuss", "not_started")]),
    ("nb", "Tiltak\tUtført\nGatelys\tJa\nSykkelvei\tDelvis",
     [(None, "Gatelys", "completed"), (None, "Sykkelvei", "partly_completed")]),
    ("nb", "| Tiltak | Fullført? |\n|---|---|\n| Ny skole | Ja |\n| Ny hall | Nei |",
     [(None, "Ny skole", "completed"), (None, "Ny hall", "not_started")]),
    ("nb", "Nr.\tTiltak\tFerdigstilt\n2.1\tLadepunkter\tJa\n2.2\tSykkelhotell\tNei, satt på vent",
     [("2.1", "Ladepunkter", "completed"), ("2.2", "Sykkelhotell", "paused")]),
    ("nb", "Tiltak\tGjennomføring\nFrisklivssentral\tPågår\nTurkart\tFullført",
     [(None, "Frisklivssentral", "in_progress"), (None, "Turkart", "completed")]),
    ("nn", "Nr. | Tiltak | Gjennomført\n1 | Ny leikeplass | Ja\n2 | Ny gymsal | Nei, pågår\n3 | Ferjekai | Nei",
     [("1", "Ny leikeplass", "completed"), ("2", "Ny gymsal", "in_progress"), ("3", "Ferjekai", "not_started")]),
    ("nn", "Tiltak\tUtført\nLysløype\tJa\nBallbinge\tDelvis",
     [(None, "Lysløype", "completed"), (None, "Ballbinge", "partly_completed")]),
    ("nn", "| Tiltak | Fullført? |\n|---|---|\n| Turveg | Ja |\n| Badeplass | Nei |",
     [(None, "Turveg", "completed"), (None, "Badeplass", "not_started")]),
    ("nn", "Nr.\tTiltak\tFerdig\n3.1\tGatelys\tJa\n3.2\tSykkelveg\tNei, utsett",
     [("3.1", "Gatelys", "completed"), ("3.2", "Sykkelveg", "paused")]),
    ("nn", "Tiltak\tGjennomføring\nNytt bibliotek\tIkkje starta\nNy kai\tFullført",
     [(None, "Nytt bibliotek", "not_started"), (None, "Ny kai", "completed")]),
    ("nl", "Nr. | Maatregel | Uitgevoerd\n1 | Fietsstraat | Ja\n2 | Snelfietsroute | Nee, loopt\n3 | Hubs | Nee",
     [("1", "Fietsstraat", "completed"), ("2", "Snelfietsroute", "in_progress"), ("3", "Hubs", "not_started")]),
    ("nl", "Actie\tAfgerond\nLaadpalen\tJa\nGroene daken\tDeels",
     [(None, "Laadpalen", "completed"), (None, "Groene daken", "partly_completed")]),
    ("nl", "| Actie | Gerealiseerd? |\n|---|---|\n| Schoolzones | Ja |\n| Wijkbudget | Nee |",
     [(None, "Schoolzones", "completed"), (None, "Wijkbudget", "not_started")]),
    ("nl", "Maatregel\tPlanning\tRealisatie\nFietsstraat Dorpsstraat\t2025\tGereed\n"
           "Hubs voor deelvervoer\t2027\tNog niet gestart",
     [(None, "Fietsstraat Dorpsstraat", "completed"), (None, "Hubs voor deelvervoer", "not_started")]),
    ("nl", "Actie\tUitvoering\nHittekaart\tVertraagd\nZonneweide\tAfgerond",
     [(None, "Hittekaart", "in_progress"), (None, "Zonneweide", "completed")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ANSWERED)
def test_a_done_column_answers_and_other_status_headers_state_the_status(language, text, expected):
    assert rows(text, language) == expected


def test_a_data_row_ending_in_a_done_word_is_no_header():
    assert rows("2022-2026\tCoalitieakkoord\tAfgerond\n2018-2022\tCollegeprogramma\tAfgerond", "nl") == []
