"""Family: statuses written as colours or symbols ("Grøn", "rood", "✓"), read through the document's
own legend when it has one ("Grøn = gennemført, gul = i gang, rød = ikke påbegyndt"); without one a
symbol takes the language's default reading and a colour stays unknown. The precision side: a
legend, a summary count ("12 tiltak er gjennomført") or a line listing the possible statuses names
no action. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

MARKED = [
    # --- Danish ---
    (
        "da",
        "Forklaring: Grøn = gennemført, gul = i gang, rød = ikke påbegyndt\n\n"
        "Handling\tStatus\nNy skolevej\tGrøn\nFlere træer i byen\tGul\nKunstgræsbane\tRød",
        [
            (None, "Ny skolevej", "completed"),
            (None, "Flere træer i byen", "in_progress"),
            (None, "Kunstgræsbane", "not_started"),
        ],
    ),
    (
        "da",
        "Signaturforklaring: grøn – følger planen; gul – forsinket; rød – sat i bero\n\n"
        "Nr.\tHandling\tStatus\n1.1\tEnergirenovering af rådhuset\tgrøn\n1.2\tNy varmecentral\trød",
        [("1.1", "Energirenovering af rådhuset", "in_progress"), ("1.2", "Ny varmecentral", "paused")],
    ),
    (
        "da",
        "Tiltag\tStatus\nShelters ved søen\t✓\nBålplads i skoven\t✗",
        [(None, "Shelters ved søen", "completed"), (None, "Bålplads i skoven", "not_started")],
    ),
    (
        "da",
        "Udvidelse af Nordskolen\nStatus: Grøn\nAnsvarlig: Børn og Unge\n\n"
        "Farveforklaring: grøn = afsluttet, gul = i gang",
        [(None, "Udvidelse af Nordskolen", "completed")],
    ),
    # --- Bokmål ---
    (
        "nb",
        "Tegnforklaring: grønn = fullført, gul = under arbeid, rød = ikke startet\n\n"
        "Tiltak\tStatus\nNy turvei\tgrønn\nOppgradering av lysløypa\tgul\nNy flerbrukshall\trød",
        [
            (None, "Ny turvei", "completed"),
            (None, "Oppgradering av lysløypa", "in_progress"),
            (None, "Ny flerbrukshall", "not_started"),
        ],
    ),
    (
        "nb",
        "Tiltak\tStatus\nSolceller på rådhuset\t✔\nLadepunkter ved skolene\t✘",
        [(None, "Solceller på rådhuset", "completed"), (None, "Ladepunkter ved skolene", "not_started")],
    ),
    (
        "nb",
        "Fargekoder: Grønn: i rute. Gul: forsinket. Rød: stilt i bero.\n\n"
        "| Nr. | Tiltak | Status |\n|---|---|---|\n| 3.1 | Ny brannstasjon | Gul |\n| 3.2 | Nytt svømmeanlegg | Rød |",
        [("3.1", "Ny brannstasjon", "in_progress"), ("3.2", "Nytt svømmeanlegg", "paused")],
    ),
    # --- Nynorsk ---
    (
        "nn",
        "Teiknforklaring: grøn = fullført, gul = under arbeid, raud = ikkje starta\n\n"
        "Tiltak\tStatus\nNy symjehall\tgul\nGatelys i sentrum\traud",
        [(None, "Ny symjehall", "in_progress"), (None, "Gatelys i sentrum", "not_started")],
    ),
    (
        "nn",
        "Tiltak\tStatus\nNy kai i hamna\t✓\nTurveg rundt vatnet\t✗",
        [(None, "Ny kai i hamna", "completed"), (None, "Turveg rundt vatnet", "not_started")],
    ),
    (
        "nn",
        "Fargeforklaring: grøn – ferdig; gul – i gang; raud – stilt i bero\n\n"
        "Tiltak\tStatus\nNy bru over elva\traud\nFleire ladepunkt\tgrøn",
        [(None, "Ny bru over elva", "paused"), (None, "Fleire ladepunkt", "completed")],
    ),
    # --- Dutch ---
    (
        "nl",
        "Maatregel\tStatus\nZonnepanelen op de bibliotheek\t✓\nWarmtenet Centrum\t✗\n\n✓ = afgerond, ✗ = niet gestart",
        [(None, "Zonnepanelen op de bibliotheek", "completed"), (None, "Warmtenet Centrum", "not_started")],
    ),
    (
        "nl",
        "Legenda: groen = op schema, oranje = vertraagd, rood = gestopt\n\n"
        "Nr.\tActie\tStatus\nA1\tGroene schoolpleinen\tgroen\nA2\tDeelauto's\trood",
        [("A1", "Groene schoolpleinen", "in_progress"), ("A2", "Deelauto's", "cancelled")],
    ),
    (
        "nl",
        "Kleurcode: groen betekent afgerond; oranje: in uitvoering; rood: niet gestart.\n\n"
        "Maatregel\tStatus\nLaadpalen in de wijken\toranje\nFietsstraat Dorpsweg\tgroen",
        [(None, "Laadpalen in de wijken", "in_progress"), (None, "Fietsstraat Dorpsweg", "completed")],
    ),
]

# A colour word without a legend: the row stands, its status is not known (green may mean done or on schedule).
WITHOUT_LEGEND = [
    (
        "da",
        "| Nr. | Handling | Status |\n|---|---|---|\n| A1 | Ladestandere ved hallen | Grøn |\n"
        "| A2 | Ny cykelparkering | Gul |",
        [("A1", "Ladestandere ved hallen", "unknown"), ("A2", "Ny cykelparkering", "unknown")],
    ),
    (
        "nb",
        "Tiltak 4 Trafikksikring ved skolen\nStatus: grønn\n\nTiltak 5 Ny gapahuk ved vannet\nStatus: rød",
        [("4", "Trafikksikring ved skolen", "unknown"), ("5", "Ny gapahuk ved vannet", "unknown")],
    ),
    (
        "nb",
        "Tiltak\tAnsvarlig\tStatus\nFlere benker i sentrum\tDrift\tGrønn\nNye søppelkasser\tDrift\tGul",
        [(None, "Flere benker i sentrum", "unknown"), (None, "Nye søppelkasser", "unknown")],
    ),
    (
        "nn",
        "| Tiltak | Status |\n|---|---|\n| Breiband til grendene | Grøn |\n| Ny barnehage | Gul |",
        [(None, "Breiband til grendene", "unknown"), (None, "Ny barnehage", "unknown")],
    ),
    (
        "nn",
        "Tiltak 2.1 Ny fotballbane\nStatus: gul\n\nTiltak 2.2 Nytt lysanlegg\nStatus: grøn",
        [("2.1", "Ny fotballbane", "unknown"), ("2.2", "Nytt lysanlegg", "unknown")],
    ),
    (
        "nl",
        "| Actie | Stand van zaken |\n|---|---|\n| Isolatieloket | Groen |\n| Subsidie groene daken | Rood |",
        [(None, "Isolatieloket", "unknown"), (None, "Subsidie groene daken", "unknown")],
    ),
    (
        "nl",
        "Actie 3 Nieuwe speeltuin Oost\nStatus: geel\n\nActie 4 Bomenplan\nStatus: groen",
        [("3", "Nieuwe speeltuin Oost", "unknown"), ("4", "Bomenplan", "unknown")],
    ),
]

NOT_ACTIONS = [
    ("da", "Status for handleplanen\nAf de 30 handlinger er 14 gennemført og 9 i gang, mens 7 ikke er påbegyndt."),
    ("da", "Statusforklaring: Gennemført – I gang – Sat i bero – Ikke påbegyndt – Aflyst"),
    ("da", "Forklaring\nGrøn: gennemført\nGul: i gang\nRød: ikke påbegyndt"),
    ("da", "Mulige statusser er gennemført, i gang, delvist gennemført og aflyst."),
    ("da", "Statusoversigt\nBudget: 2,5 mio. kr.\nKontakt: Jens Hansen, tlf. 12 34 56 78"),
    ("nb", "Status for handlingsplanen\n12 tiltak er gjennomført, 5 er under arbeid og 3 er ikke startet."),
    ("nb", "Statusforklaring: Fullført – Under arbeid – Delvis gjennomført – Ikke påbegynt – Stilt i bero – Avlyst"),
    ("nb", "Tegnforklaring\nGrønn: fullført\nGul: under arbeid\nRød: ikke startet"),
    ("nb", "Statusen kan være «Ikke startet», «Under arbeid», «Ferdig» eller «Avsluttet uten gjennomføring»."),
    ("nb", "Sammendrag\nAv 40 tiltak er 22 fullført og 11 pågår. Sju tiltak er ikke startet."),
    ("nn", "Status for handlingsplanen\n10 tiltak er fullførte, 4 er i gang og 2 er ikkje starta."),
    ("nn", "Statusforklaring: Fullført – Under arbeid – Ikkje starta – Stilt i bero"),
    ("nn", "Teiknforklaring\nGrøn: fullført\nGul: under arbeid\nRaud: ikkje starta"),
    ("nn", "Moglege statusar er fullført, under arbeid og ikkje starta."),
    ("nn", "Samandrag\nAv 25 tiltak er 15 fullførte og 6 i gang."),
    ("nl", "Voortgang\nVan de 24 acties zijn er 10 afgerond en 8 in uitvoering."),
    ("nl", "Legenda: groen = afgerond, oranje = in uitvoering, rood = niet gestart"),
    (
        "nl",
        "Mogelijke statussen: gerealiseerd, gedeeltelijk gerealiseerd, lopend, nog niet gestart, on hold, geschrapt.",
    ),
    ("nl", "Legenda\nGroen: afgerond\nOranje: in uitvoering\nRood: niet gestart"),
    ("nl", "Samenvatting\nIn totaal zijn 31 maatregelen afgerond, 12 lopen nog en 4 zijn geschrapt."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MARKED)
def test_a_colour_or_symbol_status_is_read_through_the_documents_legend(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), WITHOUT_LEGEND)
def test_a_colour_without_a_legend_in_the_document_states_no_status(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text"), NOT_ACTIONS)
def test_legends_and_summary_counts_name_no_action(language, text):
    assert rows(text, language) == []
