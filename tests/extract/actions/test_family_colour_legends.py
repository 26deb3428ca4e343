"""Family: a progress report defines its colour code once ("Legenda: blauw = afgerond, grijs = nog niet
gestart") and every item then carries a colour word: after its title ("A1 Leerwerkloket - blauw"), in
a status field ("Status: grøn") or in a status column ("Gul"). The document's own legend decides what
a colour means, whatever colours it uses (blue, grey, purple); a colour the legend gives no status
("rood = knelpunt") and a colour in a document without a legend leave the status unknown. Look-alikes:
colour words inside titles and prose are no status. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

WITH_LEGEND = [
    # a legend written with brackets or pipes
    (
        "da",
        "Statusforklaring: Gennemført (blå) | I gang (grøn) | Ikke startet (grå)\n\n"
        "Handling\tStatus\nNy sti\tGrå\nNy bro\tBlå",
        [(None, "Ny sti", "not_started"), (None, "Ny bro", "completed")],
    ),
    (
        "nb",
        "Statusforklaring: Fullført (grønn), under arbeid (gul), ikke startet (grå)\n\n"
        "Tiltak\tStatus\nNy turvei\tGrønn\nNy bru\tGrå",
        [(None, "Ny turvei", "completed"), (None, "Ny bru", "not_started")],
    ),
    (
        "nn",
        "Fargekode: grøn: fullført | gul: under arbeid | grå: ikkje starta\n\nTiltak\tStatus\nNy kai\tGul\nNy veg\tGrå",
        [(None, "Ny kai", "in_progress"), (None, "Ny veg", "not_started")],
    ),
    (
        "nl",
        "Legenda: groen: afgerond | oranje: vertraagd | grijs: nog niet gestart\n\n"
        "Actie\tStatus\nBuurtbudget\tGroen\nGeveltuinen\tGrijs",
        [(None, "Buurtbudget", "completed"), (None, "Geveltuinen", "not_started")],
    ),
    # --- Danish ---
    (
        "da",
        "Status på klimaplanen\n\nFarvekoder: grøn = gennemført, gul = i gang, rød = forsinket, grå = ikke startet\n\n"
        "Handling 1 Ladestandere ved rådhuset\nStatus: grøn\n\nHandling 2 Solceller på skolerne\nStatus: gul\n\n"
        "Handling 3 Ny cykelsti langs åen\nStatus: grå",
        [
            ("1", "Ladestandere ved rådhuset", "completed"),
            ("2", "Solceller på skolerne", "in_progress"),
            ("3", "Ny cykelsti langs åen", "not_started"),
        ],
    ),
    (
        "da",
        "Farveforklaring\nBlå: afsluttet\nGrøn: følger planen\nGrå: ikke påbegyndt\n\n"
        "Indsats\tAnsvarlig\tStatus\nLektiecafé på biblioteket\tKultur\tBlå\nFlere shelters\tPark og Vej\tGrå",
        [(None, "Lektiecafé på biblioteket", "completed"), (None, "Flere shelters", "not_started")],
    ),
    (
        "da",
        "B1 Grønne tage på plejecentrene – grå\n\nB2 Affaldssortering i boligområderne – blå\n\n"
        "Signaturforklaring: blå betyder afsluttet, grå betyder ikke startet",
        [
            ("B1", "Grønne tage på plejecentrene", "not_started"),
            ("B2", "Affaldssortering i boligområderne", "completed"),
        ],
    ),
    (
        "da",
        "Forklaring: lilla = sat i bero; grøn = i gang\n\n| Nr. | Handling | Status |\n|---|---|---|\n"
        "| 4.1 | Ny svømmehal | Lilla |\n| 4.2 | Bedre busforbindelser | Grøn |",
        [("4.1", "Ny svømmehal", "paused"), ("4.2", "Bedre busforbindelser", "in_progress")],
    ),
    (
        "da",
        "Farvekode: grøn = gennemført, rød = kritisk\n\nHandling 7 Ny skolevej\nStatus: rød\n\n"
        "Handling 8 Træer i midtbyen\nStatus: grøn",
        [("7", "Ny skolevej", "unknown"), ("8", "Træer i midtbyen", "completed")],
    ),
    # --- Bokmål ---
    (
        "nb",
        "Fargekoder: grønn = fullført, gul = pågår, rød = forsinket, grå = ikke startet\n\n"
        "Tiltak\tAnsvarlig\tStatus\nNy gangbru over elva\tTeknisk\tGrønn\nFlere ladepunkter\tTeknisk\tGul\n"
        "Ny skatepark\tKultur\tGrå",
        [
            (None, "Ny gangbru over elva", "completed"),
            (None, "Flere ladepunkter", "in_progress"),
            (None, "Ny skatepark", "not_started"),
        ],
    ),
    (
        "nb",
        "T1 Ny turvei langs fjorden – blå\n\nT2 Gatelys på Moen – grå\n\nT3 Ny brygge – grønn\n\n"
        "Fargeforklaring: blå = fullført, grønn = i rute, grå = ikke påbegynt",
        [
            ("T1", "Ny turvei langs fjorden", "completed"),
            ("T2", "Gatelys på Moen", "not_started"),
            ("T3", "Ny brygge", "in_progress"),
        ],
    ),
    (
        "nb",
        "Tegnforklaring\nGrønn\tFullført\nGul\tUnder arbeid\nLilla\tStilt i bero\n\n"
        "Tiltak 2.1 Ny ungdomsklubb\nStatus: lilla\n\nTiltak 2.2 Nye benker i parken\nStatus: grønn",
        [("2.1", "Ny ungdomsklubb", "paused"), ("2.2", "Nye benker i parken", "completed")],
    ),
    (
        "nb",
        "Fargekode: blått betyr fullført og grått betyr ikke startet.\n\n"
        "| Tiltak | Status |\n|---|---|\n| Solceller på hallen | Blått |\n| Ny lekeplass | Grått |",
        [(None, "Solceller på hallen", "completed"), (None, "Ny lekeplass", "not_started")],
    ),
    (
        "nb",
        "Fargekoder: grønn = fullført, oransje = avlyst\n\nTiltak 5 Kulturnatt\nStatus: Oransje\n\n"
        "Tiltak 6 Ny nettside\nStatus: grønn",
        [("5", "Kulturnatt", "cancelled"), ("6", "Ny nettside", "completed")],
    ),
    # --- Nynorsk ---
    (
        "nn",
        "Fargekodar: grøn = fullført, gul = i gang, raud = forseinka, grå = ikkje starta\n\n"
        "Tiltak\tStatus\nNy kai i hamna\tGrøn\nFleire gatelys\tGrå",
        [(None, "Ny kai i hamna", "completed"), (None, "Fleire gatelys", "not_started")],
    ),
    (
        "nn",
        "Teiknforklaring: blå = ferdig, grå = ikkje starta\n\nTiltak 1 Ny symjehall\nStatus: blå\n\n"
        "Tiltak 2 Turveg rundt vatnet\nStatus: grå",
        [("1", "Ny symjehall", "completed"), ("2", "Turveg rundt vatnet", "not_started")],
    ),
    (
        "nn",
        "K1 Breiband til grendene – grøn\n\nK2 Ny barnehage på Vik – gul\n\n"
        "Fargeforklaring: grøn tyder fullført, gul tyder under arbeid",
        [("K1", "Breiband til grendene", "completed"), ("K2", "Ny barnehage på Vik", "in_progress")],
    ),
    (
        "nn",
        "Fargekode\nGrøn: i rute\nLilla: stilt i bero\n\n| Nr. | Tiltak | Status |\n|---|---|---|\n"
        "| 3.1 | Ny brannstasjon | Lilla |\n| 3.2 | Nytt kulturhus | Grøn |",
        [("3.1", "Ny brannstasjon", "paused"), ("3.2", "Nytt kulturhus", "in_progress")],
    ),
    (
        "nn",
        "Fargekodar: grått = ikkje starta, blått = fullført\n\nTiltak\tAnsvar\tStatus\n"
        "Ladepunkt ved rådhuset\tTeknisk\tBlått\nNy gangveg\tTeknisk\tGrått",
        [(None, "Ladepunkt ved rådhuset", "completed"), (None, "Ny gangveg", "not_started")],
    ),
    # --- Dutch ---
    (
        "nl",
        "Voortgangsrapportage Actieplan Werk\n\n"
        "Legenda: blauw = afgerond, groen = loopt volgens planning, oranje = vertraagd, rood = knelpunt, "
        "grijs = nog niet gestart\n\nA1 Leerwerkloket - blauw\n\nA2 Taalcafé voor nieuwkomers - groen\n\n"
        "A3 Jongerenwerkplaats - rood\n\nA4 Banenmarkt Zuid - grijs",
        [
            ("A1", "Leerwerkloket", "completed"),
            ("A2", "Taalcafé voor nieuwkomers", "in_progress"),
            ("A3", "Jongerenwerkplaats", "unknown"),
            ("A4", "Banenmarkt Zuid", "not_started"),
        ],
    ),
    (
        "nl",
        "Actie 1 Warmtescan voor huurders\nStatus: blauw\n\nActie 2 Geveltuinen\nStatus: grijs\n\n"
        "Legenda: blauw betekent afgerond, grijs betekent nog niet gestart.",
        [("1", "Warmtescan voor huurders", "completed"), ("2", "Geveltuinen", "not_started")],
    ),
    (
        "nl",
        "Kleurcode\nGroen: afgerond\nGeel: in uitvoering\nPaars: on hold\n\n"
        "Nr.\tMaatregel\tStatus\nM1\tDeelfietsen\tPaars\nM2\tLaadpleinen\tGeel",
        [("M1", "Deelfietsen", "paused"), ("M2", "Laadpleinen", "in_progress")],
    ),
    (
        "nl",
        "Legenda: groen staat voor gerealiseerd en oranje voor vertraagd\n\n"
        "| Actie | Stand van zaken |\n|---|---|\n| Buurtbudget | Groen |\n| Rookvrije speeltuinen | Groen |",
        [(None, "Buurtbudget", "completed"), (None, "Rookvrije speeltuinen", "completed")],
    ),
    (
        "nl",
        "Legenda\nBlauw\tAfgerond\nGrijs\tNiet gestart\nRood\tGeschrapt\n\n"
        "Actie 4 Groene schoolpleinen\nStatus: rood\n\nActie 5 Zwerfafvalteams\nStatus: blauw",
        [("4", "Groene schoolpleinen", "cancelled"), ("5", "Zwerfafvalteams", "completed")],
    ),
]

WITHOUT_LEGEND = [
    ("da", "Handling 1 Ny skolevej\nStatus: grå", [("1", "Ny skolevej", "unknown")]),
    (
        "nb",
        "Tiltak\tStatus\nNy turvei\tBlå\nFlere benker\tGrønn",
        [(None, "Ny turvei", "unknown"), (None, "Flere benker", "unknown")],
    ),
    ("nn", "Tiltak 4 Ny kai\nStatus: grøn", [("4", "Ny kai", "unknown")]),
    ("nl", "A1 Leerwerkloket - blauw\n\nA2 Taalcafé - groen", []),
]

LOOK_ALIKES = [
    # colour words in titles or prose, with a status stated in words: the words decide
    (
        "da",
        "Farvekoder: grøn = gennemført, rød = ikke startet\n\nHandling 1 Grønne tage på rådhuset\nStatus: I gang",
        [("1", "Grønne tage på rådhuset", "in_progress")],
    ),
    (
        "nb",
        "Grønn mobilitet – under arbeid\n\nRød løper for frivillige – fullført",
        [(None, "Grønn mobilitet", "in_progress"), (None, "Rød løper for frivillige", "completed")],
    ),
    ("nn", "Tiltak 1 Grøn strand\nStatus: Fullført", [("1", "Grøn strand", "completed")]),
    (
        "nl",
        "Legenda: groen = afgerond\n\nActie 2 Groene daken\nStatus: in uitvoering",
        [("2", "Groene daken", "in_progress")],
    ),
    ("nl", "De gemeente kleurt het stadhuis oranje tijdens Koningsdag. Het plein wordt groen ingericht.", []),
    ("da", "Byens nye logo er grønt og blåt. Farverne blev valgt af borgerne.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), WITH_LEGEND)
def test_an_items_colour_means_what_the_documents_legend_says(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), WITHOUT_LEGEND)
def test_a_colour_without_a_legend_gives_no_status(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), LOOK_ALIKES)
def test_colour_words_in_titles_and_prose_are_no_status(language, text, expected):
    assert rows(text, language) == expected
