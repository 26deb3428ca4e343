"""Family 1: follow-up tables of political decisions, one action per row, whether the table survived
as cells (tabs, pipes, columns laid out with spaces) or as one block of labelled fields per item.
The id is the row's case, decision or motion number as written; the status comes from the status
field, else from the comment. Snippets written for these tests in the style of real trackers."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    # --- Danish ---
    (
        "da",
        "Opfølgning på byrådsbeslutninger\n\nBeslutning: 2023-041\nEmne: Helhedsplan for Østerbro\n"
        "Ansvarlig: Teknik og Miljø\nStatus: Gennemført\n\nBeslutning: 2023-057\nEmne: Ny skolevej i Vestby\n"
        "Ansvarlig: Børn og Unge\nBemærkning: Arbejdet er påbegyndt men ikke afsluttet.",
        [("2023-041", "Helhedsplan for Østerbro", "completed"), ("2023-057", "Ny skolevej i Vestby", "in_progress")],
    ),
    (
        "da",
        "Opfølgning på byrådsbeslutninger\nSagsnr.   Beslutning                          Kommentar\n"
        "22/1234   Ny hundeskov ved søen               Arbejdet pågår.\n"
        "22/2210   Renovering af rådhusets tag         Gennemført i 2023.\n"
        "23/0045   Flere p-pladser ved skolen          Ikke påbegyndt.",
        [
            ("22/1234", "Ny hundeskov ved søen", "in_progress"),
            ("22/2210", "Renovering af rådhusets tag", "completed"),
            ("23/0045", "Flere p-pladser ved skolen", "not_started"),
        ],
    ),
    (
        "da",
        "Sag: 21/877\nTitel: Gratis svømning for pensionister\nUdvalg: Kultur- og Fritidsudvalget\n"
        "Kommentar: Ordningen blev indført 1. januar og er gennemført.\n"
        "Sag: 21/912\nTitel: Hegn om hundeskoven\nKommentar: Sagen er sat i bero.",
        [
            ("21/877", "Gratis svømning for pensionister", "completed"),
            ("21/912", "Hegn om hundeskoven", "paused"),
        ],
    ),
    (
        "da",
        "Nr. | Byrådsbeslutning | Ansvarlig | Status\n7 | Ny p-strategi for midtbyen | By og Land | Udskudt til 2025\n"
        "8 | Grønne tage på skolerne | Ejendomme | Opgivet",
        [("7", "Ny p-strategi for midtbyen", "paused"), ("8", "Grønne tage på skolerne", "cancelled")],
    ),
    (
        "da",
        "Sagsnr.\tBeslutning\tOpfølgning\n20/4410\tEtablering af ungdomsråd"
        "\tDelvist gennemført; valget afholdes i maj.\n"
        "20/4520\tFlere affaldsspande på stranden\tEr i gang",
        [
            ("20/4410", "Etablering af ungdomsråd", "partly_completed"),
            ("20/4520", "Flere affaldsspande på stranden", "in_progress"),
        ],
    ),
    # --- Bokmål ---
    (
        "nb",
        "Oppfølging av verbalforslag 2023\n\nSak: 45/23\nTittel: Gratis skolefrokost ved alle ungdomsskoler\n"
        "Ansvarlig: Oppvekstsjef\nStatus: Under arbeid\nKommentar: Arbeidet pågår.\n\nSak: 51/23\n"
        "Tittel: Utrede ny svømmehall\nAnsvarlig: Kommunalsjef teknisk\n"
        "Kommentar: Utredningen ble lagt fram i juni og er gjennomført.\n\nSak: 60/23\nTittel: Flere benker i sentrum\n"
        "Ansvarlig: Teknisk drift\nStatus:\nKommentar: Ikke påbegynt.",
        [
            ("45/23", "Gratis skolefrokost ved alle ungdomsskoler", "in_progress"),
            ("51/23", "Utrede ny svømmehall", "completed"),
            ("60/23", "Flere benker i sentrum", "not_started"),
        ],
    ),
    (
        "nb",
        "Vedtaksoppfølging kommunestyret\n\nSaksnr.    Vedtak                                  Ansvarlig       Status\n"
        "12/22      Nytt kulturhus i sentrum                Kultursjef      Under arbeid\n"
        "34/22      Trafikksikkerhetsplan                   Teknisk sjef    Gjennomført\n"
        "41/22      Gatelys i Nordbyen                      Teknisk sjef    Stilt i bero",
        [
            ("12/22", "Nytt kulturhus i sentrum", "in_progress"),
            ("34/22", "Trafikksikkerhetsplan", "completed"),
            ("41/22", "Gatelys i Nordbyen", "paused"),
        ],
    ),
    (
        "nb",
        "Saksnr. | Vedtak | Kommentar\n2022/118 | Ny gangbro over elva | Arbeidet pågår.\n"
        "2022/245 | Gratis parkering for elbil | Vedtaket er opphevet og saken avsluttet uten tiltak.",
        [("2022/118", "Ny gangbro over elva", "in_progress"), ("2022/245", "Gratis parkering for elbil", "cancelled")],
    ),
    (
        "nb",
        "Vedtak: 87/21\nEmne: Utvidelse av Nordby barnehage\n"
        "Kommentar: Byggingen er i gang og skal stå ferdig i 2025.\n"
        "Vedtak: 93/21\nEmne: Ny skatepark\nKommentar: Prosjektet er ferdigstilt.",
        [("87/21", "Utvidelse av Nordby barnehage", "in_progress"), ("93/21", "Ny skatepark", "completed")],
    ),
    (
        "nb",
        "Oppfølging av politiske vedtak\nSak\tTittel\tStatus\n17/23\tHelsestasjon for ungdom\tIkke startet\n"
        "19/23\tDigital innbyggerdialog\tDelvis gjennomført",
        [("17/23", "Helsestasjon for ungdom", "not_started"), ("19/23", "Digital innbyggerdialog", "partly_completed")],
    ),
    # --- Nynorsk ---
    (
        "nn",
        "Oppfølging av vedtak i kommunestyret\n\nSak 12/23 Ny gang- og sykkelveg til skulen\n"
        "Ansvarleg: Teknisk eining\nStatus: Under arbeid\n"
        "Kommentar: Arbeidet er i gang og skal vere ferdig til hausten.\n\n"
        "Sak 18/23 Utgreiing av ny barnehage\nAnsvarleg: Oppvekst\nStatus: Ikkje starta",
        [
            ("12/23", "Ny gang- og sykkelveg til skulen", "in_progress"),
            ("18/23", "Utgreiing av ny barnehage", "not_started"),
        ],
    ),
    (
        "nn",
        "Sak: 33/22\nTittel: Nytt tak på symjehallen\nStatus: Gjennomført\nSak: 40/22\nTittel: Ny kyrkjegard\n"
        "Merknad: Arbeidet er sett på vent til reguleringsplanen er vedteken.",
        [("33/22", "Nytt tak på symjehallen", "completed"), ("40/22", "Ny kyrkjegard", "paused")],
    ),
    (
        "nn",
        "Saksnr.    Vedtak                          Status\n"
        "14/21      Utviding av legesenteret        Delvis gjennomført\n"
        "15/21      Ny brannstasjon                 Avlyst",
        [("14/21", "Utviding av legesenteret", "partly_completed"), ("15/21", "Ny brannstasjon", "cancelled")],
    ),
    (
        "nn",
        "Sak | Vedtak | Kommentar\n22/5 | Gratis kulturskule for born | Ordninga er innført.\n"
        "22/9 | Ny ferjekai | Arbeidet er starta, men ikkje avslutta.",
        [("22/5", "Gratis kulturskule for born", "completed"), ("22/9", "Ny ferjekai", "in_progress")],
    ),
    (
        "nn",
        "Vedtak: 7/24\nEmne: Lys i lysløypa\nKommentar: Ikkje påbyrja.\nVedtak: 8/24\nEmne: Ny gapahuk ved vatnet\n"
        "Kommentar: Gapahuken vart opna i juni og er ferdigstilt.",
        [("7/24", "Lys i lysløypa", "not_started"), ("8/24", "Ny gapahuk ved vatnet", "completed")],
    ),
    # --- Dutch / Flemish ---
    (
        "nl",
        "Overzicht moties en toezeggingen\n\nMotie: M2023-07\nOnderwerp: Vuurwerkvrije zones\n"
        "Portefeuillehouder: wethouder De Vries\nStand van zaken: Afgedaan\n\nMotie: M2023-11\n"
        "Onderwerp: Meer groen op schoolpleinen\nPortefeuillehouder: wethouder Bakker\n"
        "Toelichting: Het plan is in voorbereiding, de uitvoering loopt volgens planning.",
        [("M2023-07", "Vuurwerkvrije zones", "completed"), ("M2023-11", "Meer groen op schoolpleinen", "in_progress")],
    ),
    (
        "nl",
        "Overzicht moties en toezeggingen\nNr. | Datum raad | Onderwerp | Portefeuillehouder | Stand van zaken\n"
        "M2022-14 | 12-05-2022 | Extra laadpalen in de wijk | Jansen | Loopt volgens planning\n"
        "T-114 | 30-06-2022 | Onderzoek naar een nieuw zwembad | De Wit | Afgedaan\n"
        "M2023-02 | 09-02-2023 | Duurzame dorpshuizen | Jansen | Nog niet gestart",
        [
            ("M2022-14", "Extra laadpalen in de wijk", "in_progress"),
            ("T-114", "Onderzoek naar een nieuw zwembad", "completed"),
            ("M2023-02", "Duurzame dorpshuizen", "not_started"),
        ],
    ),
    (
        "nl",
        "Nummer     Toezegging                                Stand van zaken\n"
        "TZ 31      Evaluatie parkeerbeleid                   Afgerond\n"
        "TZ 32      Onderzoek naar een tweede brug            Vertraagd door personeelstekort",
        [("TZ 31", "Evaluatie parkeerbeleid", "completed"), ("TZ 32", "Onderzoek naar een tweede brug", "in_progress")],
    ),
    (
        "nl",
        "Motie: 2022-045\nOnderwerp: Gratis zwemles voor minima\nToelichting: De regeling is ingevoerd en afgerond.\n"
        "Motie: 2022-051\nOnderwerp: Hondenlosloopgebied in het park\nToelichting: Nog niet gestart.",
        [
            ("2022-045", "Gratis zwemles voor minima", "completed"),
            ("2022-051", "Hondenlosloopgebied in het park", "not_started"),
        ],
    ),
    (
        "nl",
        "Opvolging besluiten gemeenteraad\nNr.\tBesluit\tStatus\n2023/12\tHeraanleg van het dorpsplein\tIn uitvoering\n"
        "2023/17\tNieuwe turnhal\tUitgesteld tot 2026",
        [("2023/12", "Heraanleg van het dorpsplein", "in_progress"), ("2023/17", "Nieuwe turnhal", "paused")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_follow_up_listing_gives_one_action_per_decision_with_its_number_and_status(language, text, expected):
    assert rows(text, language) == expected


NOT_ROWS = [
    ("da", "Sagsnr.   Beslutning                          Kommentar\n"),
    ("da", "Mødedato: 12. marts 2024\nUdvalg: Økonomiudvalget\nKontaktperson: Jens Hansen"),
    ("nb", "Saksnr.\tVedtak\tAnsvarlig\tStatus\n"),
    ("nb", "Sak: 45/23\nAnsvarlig: Oppvekstsjef\nMøtedato: 12.03.2023"),
    ("nn", "Kontaktperson: Kari Nordmann\nTelefon: 912 34 567\nStatus: Gjennomført"),
    ("nl", "Nr. | Datum raad | Onderwerp | Portefeuillehouder | Stand van zaken\n"),
    ("nl", "Indiener: D66\nDatum raad: 12-03-2023\nPortefeuillehouder: wethouder Jansen"),
    ("nb", "Sak: 12/23\nTittel: Referatsaker\nMerknad: Ingen merknader."),
    ("da", "Sag: 23/145\nTitel: Budget 2024\nBemærkning: Udvalget drøftede sagen."),
    ("nn", "Sak: 4/24\nTittel: Godkjenning av møtebok\nMerknad: Møteboka vart lesen opp."),
    ("nl", "Motie: M2024-02\nOnderwerp: Vuurwerkverbod\nToelichting: De motie werd ingediend door D66."),
]


@pytest.mark.parametrize(("language", "text"), NOT_ROWS)
def test_column_headers_and_blocks_without_a_named_item_or_report_are_no_actions(language, text):
    assert rows(text, language) == []


HEADERLESS_AND_CODED = [
    (
        "da",
        "Opfølgning på byrådsbeslutninger\n22/1234\tNy hundeskov ved søen\tArbejdet pågår.\n"
        "22/2210\tRenovering af rådhusets tag\tGennemført i 2023.\n"
        "23/0045\tFlere p-pladser ved skolen\tIkke påbegyndt.",
        [
            ("22/1234", "Ny hundeskov ved søen", "in_progress"),
            ("22/2210", "Renovering af rådhusets tag", "completed"),
            ("23/0045", "Flere p-pladser ved skolen", "not_started"),
        ],
    ),
    (
        "da",
        "Initiativ\tAnsvarlig\tStatus pr. 1. juni\n"
        "1. Flere grønne arealer\tTeknik\tI gang\n2. Nye legepladser\tBørn\tAfsluttet",
        [("1", "Flere grønne arealer", "in_progress"), ("2", "Nye legepladser", "completed")],
    ),
    (
        "nb",
        "Oppfølging av verbalforslag\nVerbalforslag 1: Kommunedirektøren bes utrede gratis SFO for 1. trinn.\n"
        "Status: Utredningen er ferdig og ble lagt fram for kommunestyret i juni.\n"
        "Verbalforslag 2: Kommunedirektøren bes vurdere flere gatelys.\nStatus: Arbeidet pågår.",
        [
            ("1", "Kommunedirektøren bes utrede gratis SFO for 1. trinn", "completed"),
            ("2", "Kommunedirektøren bes vurdere flere gatelys", "in_progress"),
        ],
    ),
    (
        "nb",
        "2023/1455  Nytt lys i lysløypa                 Ferdigstilt\n"
        "2023/1512  Ny gapahuk                          Utsatt til 2025",
        [("2023/1455", "Nytt lys i lysløypa", "completed"), ("2023/1512", "Ny gapahuk", "paused")],
    ),
    (
        "nn",
        "Verbalframlegg 3: Kommunedirektøren vert beden om å greie ut ny ungdomsklubb.\nStatus: Ikkje starta.\n"
        "Verbalframlegg 4: Kommunedirektøren vert beden om å sjå på gratis parkering.\nStatus: Gjennomført.",
        [
            ("3", "Kommunedirektøren vert beden om å greie ut ny ungdomsklubb", "not_started"),
            ("4", "Kommunedirektøren vert beden om å sjå på gratis parkering", "completed"),
        ],
    ),
    (
        "nn",
        "12/23\tNy gangveg\tUnder arbeid\n14/23\tNytt tak på skulen\tFerdigstilt",
        [("12/23", "Ny gangveg", "in_progress"), ("14/23", "Nytt tak på skulen", "completed")],
    ),
    (
        "nl",
        "Toezeggingen\nNr.\tToezegging\tWethouder\tAfdoening\n"
        "TZ-2023-01\tRaad informeren over de jeugdzorgkosten\tVan Dam\t"
        "Afgedaan met raadsinformatiebrief van 12 maart.\n"
        "TZ-2023-02\tEvaluatie hondenbeleid\tVan Dam\tLoopt nog; verwacht in het derde kwartaal.",
        [
            ("TZ-2023-01", "Raad informeren over de jeugdzorgkosten", "completed"),
            ("TZ-2023-02", "Evaluatie hondenbeleid", "in_progress"),
        ],
    ),
    (
        "nl",
        "Motie 12 – Meer bomen in de wijk\nStand van zaken: loopt\nMotie 13 – Gratis parkeren bij het ziekenhuis\n"
        "Stand van zaken: afgedaan",
        [("12", "Meer bomen in de wijk", "in_progress"), ("13", "Gratis parkeren bij het ziekenhuis", "completed")],
    ),
    (
        "nl",
        "• M2023-07 Vuurwerkvrije zones – afgedaan\n• M2023-11 Meer groen op schoolpleinen – in uitvoering",
        [("M2023-07", "Vuurwerkvrije zones", "completed"), ("M2023-11", "Meer groen op schoolpleinen", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), HEADERLESS_AND_CODED)
def test_rows_without_a_header_and_items_named_by_their_code_or_sentence(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "22/1234\tNy hundeskov ved søen\tArbejdet pågår."),  # one coded line alone is no table
        ("nb", "12.03.2023\tKommunestyret\tGjennomført"),  # a date is no code
        ("nl", "2022-2026\tCoalitieakkoord\tAfgerond\n2018-2022\tCollegeprogramma\tAfgerond"),  # year spans
    ],
)
def test_a_single_coded_line_or_dates_in_the_first_column_make_no_headerless_table(language, text):
    assert rows(text, language) == []


STALE_STATUS_CELLS = [
    (
        "nb",
        "Saksnr.\tVedtak\tStatus\tKommentar\n23/101\tNy barnehage\tUnder arbeid\tBarnehagen ble åpnet i august.\n"
        "23/102\tNy vei\tArbeidet pågår.\n23/103\tNy hall\tGjennomført\tIngen merknader.",
        [
            ("23/101", "Ny barnehage", "completed"),
            ("23/102", "Ny vei", "in_progress"),
            ("23/103", "Ny hall", "completed"),
        ],
    ),
    (
        "nl",
        "Nr. | Motie | Status | Toelichting\nM-12 | Meer bankjes | In uitvoering | De bankjes zijn geplaatst "
        "en de motie is afgedaan.\nM-13 | Minder zwerfafval | Afgedaan | Zie raadsinformatiebrief.",
        [("M-12", "Meer bankjes", "completed"), ("M-13", "Minder zwerfafval", "completed")],
    ),
    (
        "da",
        "Sagsnr.\tBeslutning\tStatus\tBemærkning\n23/11\tNy sti\tI gang\tStien blev indviet i maj.\n"
        "23/12\tNy hal\tUdskudt\tAfventer tilskud.",
        [("23/11", "Ny sti", "completed"), ("23/12", "Ny hal", "paused")],
    ),
    (
        "nn",
        "Sak\tVedtak\tStatus\tMerknad\n5/23\tNy bru\tUnder arbeid\tBrua vart opna i juni.\n6/23\tNy kai\tIkkje starta",
        [("5/23", "Ny bru", "completed"), ("6/23", "Ny kai", "not_started")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), STALE_STATUS_CELLS)
def test_a_comment_column_beside_the_status_column_shows_when_the_status_cell_is_stale(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Nr.\tMotie\tStand van zaken\nM-1\tMeer bankjes\tDe bankjes worden\nin het voorjaar geplaatst.\n"
            "M-2\tMinder afval\tAfgedaan.",
            [("M-1", "Meer bankjes", "in_progress"), ("M-2", "Minder afval", "completed")],
        ),
        (
            "da",
            "Sagsnr.\tBeslutning\tKommentar\n22/1234\tNy hundeskov\tArbejdet er\nikke påbegyndt.\n"
            "22/2210\tNyt tag\tGennemført.",
            [("22/1234", "Ny hundeskov", "not_started"), ("22/2210", "Nyt tag", "completed")],
        ),
        (
            "nb",
            "Saksnr.\tVedtak\tKommentar\n12/22\tNytt kulturhus\tByggingen er\nstilt i bero.\n"
            "34/22\tNy plan\tGjennomført.",
            [("12/22", "Nytt kulturhus", "paused"), ("34/22", "Ny plan", "completed")],
        ),
        (
            "nn",
            "Sak\tVedtak\tMerknad\n5/23\tNy bru\tBrua vart\nopna i juni.\n6/23\tNy kai\tIkkje starta.",
            [("5/23", "Ny bru", "completed"), ("6/23", "Ny kai", "not_started")],
        ),
    ],
)
def test_a_comment_wrapped_onto_the_next_line_is_read_whole(language, text, expected):
    assert rows(text, language) == expected
