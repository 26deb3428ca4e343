"""Family: a progress report explains its colours inside a running sentence, as "colour (meaning)" pairs
("I rapporten bruker vi fargene grønn (i rute), gul (forsinket) og blå (ferdig)."), or as a list, and
then marks each coded item by a colour at the end of its line after a dash, a colon or in brackets
("B2 Flexwoningen aan de Dijkweg – oranje"). Each coded line is one action, titled without the
colour, with the status the legend gives that colour; a comment under the item that names it and
reports a later stage overrules the colour. Look-alikes: test_family_colour_legend_lookalikes.py.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

IN_SENTENCE = [
    # --- Dutch ---
    (
        "nl",
        "Voortgangsrapportage Woonagenda 2025\n\n"
        "In deze rapportage werken we met de volgende kleuren: groen (loopt volgens plan), oranje (loopt "
        "achter), rood (stopgezet), grijs (nog niet begonnen), blauw (klaar).\n\n"
        "B1 Huurteam voor studenten - blauw\nHet huurteam houdt spreekuur in de bibliotheek.\n\n"
        "B2 Flexwoningen aan de Dijkweg - oranje\n\nB3 Knarrenhof in het centrum - rood\n\n"
        "B4 Woningdelen voor ouderen - grijs",
        [
            ("B1", "Huurteam voor studenten", "completed"),
            ("B2", "Flexwoningen aan de Dijkweg", "in_progress"),
            ("B3", "Knarrenhof in het centrum", "cancelled"),
            ("B4", "Woningdelen voor ouderen", "not_started"),
        ],
    ),
    (
        "nl",
        "De kleuren betekenen het volgende: blauw (gereed), groen (op koers) en rood (geschrapt).\n\n"
        "1. Groen dak op de sporthal – groen\n2. Zonnepanelen op het gemeentehuis – blauw\n"
        "3. Warmtenet Oost – rood",
        [
            ("1", "Groen dak op de sporthal", "in_progress"),
            ("2", "Zonnepanelen op het gemeentehuis", "completed"),
            ("3", "Warmtenet Oost", "cancelled"),
        ],
    ),
    (
        "nl",
        "Actie 1.1 Buurtcoaches in Noord: groen\nActie 1.2 Voedselbank in de oude school: grijs\n"
        "Actie 1.3 Schuldhulp via de huisarts: blauw\n\n"
        "Toelichting: de kleuren staan voor groen (in uitvoering), grijs (nog niet gestart) en blauw (afgerond).",
        [
            ("1.1", "Buurtcoaches in Noord", "in_progress"),
            ("1.2", "Voedselbank in de oude school", "not_started"),
            ("1.3", "Schuldhulp via de huisarts", "completed"),
        ],
    ),
    (
        "nl",
        "We gebruiken de kleuren groen (op schema), oranje (vertraagd) en blauw (gerealiseerd).\n\n"
        "M1 Deelfietsen bij de stations (oranje)\nM2 Laadpalen in de wijken (blauw)\n"
        "M3 Fietsenstalling Markt (groen)",
        [
            ("M1", "Deelfietsen bij de stations", "in_progress"),
            ("M2", "Laadpalen in de wijken", "completed"),
            ("M3", "Fietsenstalling Markt", "in_progress"),
        ],
    ),
    (
        "nl",
        "Kleuren in dit overzicht: groen (op schema), rood (gestopt), blauw (gereed).\n\n"
        "A1 Starterslening voor jonge kopers - groen\nDe regeling is in november afgerond.\n\n"
        "A2 Tijdelijke woningen bij de haven - rood\n\nA3 Groene gevels in het centrum - blauw",
        [
            ("A1", "Starterslening voor jonge kopers", "completed"),
            ("A2", "Tijdelijke woningen bij de haven", "cancelled"),
            ("A3", "Groene gevels in het centrum", "completed"),
        ],
    ),
    # --- Danish ---
    (
        "da",
        "Statusrapport for boligplanen\n\n"
        "Vi bruger disse farver i rapporten: grøn (følger planen), gul (forsinket), rød (opgivet), "
        "grå (ikke påbegyndt), blå (afsluttet).\n\n"
        "H1 Ungdomsboliger ved stationen - blå\nH2 Grønne tage på skolerne - grå\nH3 Boligsocial helhedsplan - gul",
        [
            ("H1", "Ungdomsboliger ved stationen", "completed"),
            ("H2", "Grønne tage på skolerne", "not_started"),
            ("H3", "Boligsocial helhedsplan", "in_progress"),
        ],
    ),
    (
        "da",
        "Farverne betyder grøn (i gang), rød (droppet) og blå (gennemført).\n\n"
        "1. Shelters ved stranden – rød\n2. Ny legeplads i Vestbyen – blå\n3. Cykelparkering ved hallen – grøn",
        [
            ("1", "Shelters ved stranden", "cancelled"),
            ("2", "Ny legeplads i Vestbyen", "completed"),
            ("3", "Cykelparkering ved hallen", "in_progress"),
        ],
    ),
    (
        "da",
        "Indsats 2.1 Lektiehjælp på biblioteket: grøn\nIndsats 2.2 Flere pædagoger i vuggestuerne: grå\n\n"
        "Farvekoder i oversigten: grøn (følger planen), grå (ikke startet).",
        [
            ("2.1", "Lektiehjælp på biblioteket", "in_progress"),
            ("2.2", "Flere pædagoger i vuggestuerne", "not_started"),
        ],
    ),
    (
        "da",
        "I oversigten står grøn (i gang), gul (forsinket) og blå (færdig).\n\n"
        "K1 Ny svømmehal (gul)\nK2 Kunstgræsbane ved skolen (blå)",
        [("K1", "Ny svømmehal", "in_progress"), ("K2", "Kunstgræsbane ved skolen", "completed")],
    ),
    (
        "da",
        "Farveforklaring\ngrøn = følger planen\nrød = stoppet\nblå = afsluttet\n\n"
        "D1 Grøn omstilling af flåden – grøn\nProjektet er afsluttet med levering af de sidste elbiler.\n\n"
        "D2 Solceller på rådhuset – rød",
        [("D1", "Grøn omstilling af flåden", "completed"), ("D2", "Solceller på rådhuset", "cancelled")],
    ),
    # --- Bokmål ---
    (
        "nb",
        "Rapporten bruker fargene grønn (i rute), gul (forsinket), rød (avbrutt), grå (ikke påbegynt) "
        "og blå (ferdigstilt).\n\nT1 Ny gangbru over elva - blå\nT2 Flere utleieboliger - grønn\n"
        "T3 Ny ungdomsklubb - rød",
        [
            ("T1", "Ny gangbru over elva", "completed"),
            ("T2", "Flere utleieboliger", "in_progress"),
            ("T3", "Ny ungdomsklubb", "cancelled"),
        ],
    ),
    (
        "nb",
        "Fargene i tabellen står for: grønn (pågår), grå (ikke startet), blå (fullført).\n\n"
        "1. Grønne tak på barnehagene – grå\n2. Ladepunkter ved rådhuset – blå",
        [("1", "Grønne tak på barnehagene", "not_started"), ("2", "Ladepunkter ved rådhuset", "completed")],
    ),
    (
        "nb",
        "Tiltak 3.1 Trygg skolevei ved Moen: gul\nTiltak 3.2 Ny skatepark: blå\n\n"
        "Fargekoder: gul (forsinket), blå (gjennomført).",
        [("3.1", "Trygg skolevei ved Moen", "in_progress"), ("3.2", "Ny skatepark", "completed")],
    ),
    (
        "nb",
        "Vi markerer hvert tiltak med grønn (i rute), rød (avlyst) eller grå (ikke igangsatt).\n\n"
        "K1 Kulturnatt i sentrum (rød)\nK2 Ny scene i parken (grå)",
        [("K1", "Kulturnatt i sentrum", "cancelled"), ("K2", "Ny scene i parken", "not_started")],
    ),
    (
        "nb",
        "Tegnforklaring\ngrønn = i rute\nblå = fullført\n\nB1 Omsorgsboliger på Sletta – grønn\n"
        "Tiltaket ble fullført i september.\n\nB2 Ny brannstasjon – blå",
        [("B1", "Omsorgsboliger på Sletta", "completed"), ("B2", "Ny brannstasjon", "completed")],
    ),
    # --- Nynorsk ---
    (
        "nn",
        "I rapporten nyttar vi fargane grøn (i rute), gul (forseinka), raud (avbrote), grå (ikkje starta) "
        "og blå (fullført).\n\nT1 Ny kai i hamna - blå\nT2 Fleire omsorgsbustader - gul\nT3 Ny symjehall - raud",
        [
            ("T1", "Ny kai i hamna", "completed"),
            ("T2", "Fleire omsorgsbustader", "in_progress"),
            ("T3", "Ny symjehall", "cancelled"),
        ],
    ),
    (
        "nn",
        "Fargane tyder dette: grøn (i gang), grå (ikkje påbyrja), blå (ferdig).\n\n"
        "1. Grøne tak på skulane – grøn\n2. Gatelys i sentrum – grå",
        [("1", "Grøne tak på skulane", "in_progress"), ("2", "Gatelys i sentrum", "not_started")],
    ),
    (
        "nn",
        "Tiltak 4.1 Breiband til grendene: blå\nTiltak 4.2 Turveg rundt vatnet: grøn\n\n"
        "Fargekodar: grøn (i rute), blå (fullført).",
        [("4.1", "Breiband til grendene", "completed"), ("4.2", "Turveg rundt vatnet", "in_progress")],
    ),
    (
        "nn",
        "Kvart tiltak er merka med grøn (i gang), raud (stoppa) eller grå (ikkje starta).\n\n"
        "N1 Ny barnehage på Vik (raud)\nN2 Fleire ladepunkt (grøn)",
        [("N1", "Ny barnehage på Vik", "cancelled"), ("N2", "Fleire ladepunkt", "in_progress")],
    ),
    (
        "nn",
        "Teiknforklaring\ngrøn = i rute\nblå = fullført\n\nS1 Nytt kulturhus – grøn\n"
        "Tiltaket vart fullført i mai.\n\nS2 Ny bru over elva – blå",
        [("S1", "Nytt kulturhus", "completed"), ("S2", "Ny bru over elva", "completed")],
    ),
    # --- the meaning first, the colour in brackets; other colours and meanings ---
    (
        "nl",
        "Op schema (groen), vertraagd (oranje) of gestopt (rood): zo kleuren we de acties.\n\n"
        "R1 Wijkbus voor ouderen: rood\nR2 Repaircafé in de Oosterwijk: oranje",
        [("R1", "Wijkbus voor ouderen", "cancelled"), ("R2", "Repaircafé in de Oosterwijk", "in_progress")],
    ),
    (
        "da",
        "Status vises som følger plan (grøn), forsinket (gul) og aflyst (rød).\n\n"
        "E1 Ny daginstitution – rød\nE2 Flere p-pladser ved hallen (grøn)",
        [("E1", "Ny daginstitution", "cancelled"), ("E2", "Flere p-pladser ved hallen", "in_progress")],
    ),
    (
        "nb",
        "Statusfargene er grønn (følger plan), oransje (forsinket) og lilla (satt på vent).\n\n"
        "P1 Nytt helsehus – lilla\nP2 Sykkelvei til Moen – oransje\nP3 Flere omsorgsboliger – grønn",
        [
            ("P1", "Nytt helsehus", "paused"),
            ("P2", "Sykkelvei til Moen", "in_progress"),
            ("P3", "Flere omsorgsboliger", "in_progress"),
        ],
    ),
    (
        "nn",
        "Grøn (følgjer plan), gul (forseinka) og blå (ferdig) viser kvar tiltaka står.\n\n"
        "V1 Ny gangveg til skulen: blå\nV2 Fleire gatelys: gul",
        [("V1", "Ny gangveg til skulen", "completed"), ("V2", "Fleire gatelys", "in_progress")],
    ),
    # --- bulleted or unnumbered coded lines ---
    (
        "nl",
        "Kleuren: groen (op schema), oranje (vertraagd), blauw (afgerond).\n\n"
        "• Starterslening voor jonge kopers – blauw\n• Tijdelijke woningen bij de haven – oranje\n"
        "De bouw is vertraagd door stikstof.\n• Groene daken – groen",
        [
            (None, "Starterslening voor jonge kopers", "completed"),
            (None, "Tijdelijke woningen bij de haven", "in_progress"),
            (None, "Groene daken", "in_progress"),
        ],
    ),
    (
        "da",
        "Farverne: grøn (i gang), rød (opgivet), blå (afsluttet).\n\n- Ny hundeskov – blå\n"
        "- Grøn byfornyelse i Vest – grøn\nProjektet blev opgivet, da fonden trak sig.\n- Ny bypark (grøn)",
        [
            (None, "Ny hundeskov", "completed"),
            (None, "Grøn byfornyelse i Vest", "cancelled"),
            (None, "Ny bypark", "in_progress"),
        ],
    ),
    (
        "nb",
        "Rapporten bruker fargene grønn (i rute) og blå (fullført).\n\nNy turvei langs fjorden: grønn\n"
        "Turveien ble åpnet i oktober.\n\nNy gapahuk: blå",
        [(None, "Ny turvei langs fjorden", "completed"), (None, "Ny gapahuk", "completed")],
    ),
    (
        "nn",
        "Fargane i oversikta: grøn (i gang), raud (avlyst), blå (ferdig).\n\n• Ny båthamn – raud\n"
        "• Grøn kommunal bilpark – blå\n• Symjeopplæring for vaksne – grøn\nTiltaket vart fullført i juni.",
        [
            (None, "Ny båthamn", "cancelled"),
            (None, "Grøn kommunal bilpark", "completed"),
            (None, "Symjeopplæring for vaksne", "completed"),
        ],
    ),
]

# A legend verb written once for the whole run ("groen staat voor op schema, oranje voor vertraagd").
VERB_LEGENDS = [
    (
        "nl",
        "In dit overzicht staat groen voor op schema, oranje voor vertraagd en blauw voor afgerond.\n\n"
        "W1 Starterslening - blauw\nW2 Tijdelijke woningen bij de haven - oranje",
        [("W1", "Starterslening", "completed"), ("W2", "Tijdelijke woningen bij de haven", "in_progress")],
    ),
    (
        "nl",
        "Groen staat voor gereed, geel voor in uitvoering en grijs voor nog niet gestart.\n\n"
        "1. Hondenuitlaatplaatsen: grijs\n2. Buurtpreventie-app: geel",
        [("1", "Hondenuitlaatplaatsen", "not_started"), ("2", "Buurtpreventie-app", "in_progress")],
    ),
    (
        "da",
        "I skemaet står grøn for i gang, gul for forsinket og blå for afsluttet.\n\n"
        "S1 Ny skatepark – blå\nS2 Flere bænke ved søen – gul",
        [("S1", "Ny skatepark", "completed"), ("S2", "Flere bænke ved søen", "in_progress")],
    ),
    (
        "nb",
        "Grønn står for i rute, rød for avlyst og blå for fullført.\n\nU1 Ny idrettshall – rød\nU2 Nye gatelys – blå",
        [("U1", "Ny idrettshall", "cancelled"), ("U2", "Nye gatelys", "completed")],
    ),
    (
        "nn",
        "I tabellen står grøn for i rute og blå for fullført.\n\nU1 Ny idrettshall (grøn)\nU2 Nye gatelys (blå)",
        [("U1", "Ny idrettshall", "in_progress"), ("U2", "Nye gatelys", "completed")],
    ),
]

# "voor"/"for" in ordinary sentences with a colour word make no legend: the coded lines stay without meaning.
@pytest.mark.parametrize(("language", "text", "expected"), IN_SENTENCE)
def test_a_colour_at_the_line_end_means_what_the_legend_sentence_says(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), VERB_LEGENDS)
def test_a_legend_verb_written_once_pairs_every_colour_after_it(language, text, expected):
    assert rows(text, language) == expected
