"""Norwegian Bokmål actions: tracker pages, follow-up tables of decisions (vedtaksoppfølging), progress
reports, the status lexicon, and lines that are not actions (snippets written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions
from pipeline.extract.actions import status as reading


def _rows(text: str) -> list[tuple[str | None, str, str]]:
    doc = document_from_text(text, language="nb", municipality="Testkommune")
    return [(r.action_id, r.title, r.status) for r in actions.extract(doc)]


TRACKERS = [
    (
        "Sak 12/22 Ny barnehage i Vika\nStatus: Vedtatt i kommunestyret",
        [("12/22", "Ny barnehage i Vika", "unknown")],
    ),
    (
        "Verbalforslag V-12 Gratis kjernetid i SFO\nAnsvarlig enhet: Oppvekst\nStatus: Under arbeid\n"
        "Kommentar: Ordningen utredes nå.",
        [("V-12", "Gratis kjernetid i SFO", "in_progress")],
    ),
    (
        "Prosjekt 4.107: Ny brannstasjon\nStatus: Under arbeid\n\nSiste nytt\n\n"
        "Brannstasjonen ble overlevert i mars, og prosjektet er avsluttet.",
        [("4.107", "Ny brannstasjon", "completed")],
    ),
    (
        "Sak 45/23 Trafikksikring ved Nordbyen skole\n\nStatus\n\nAvsluttet\n\nTiltaket ble gjennomført høsten 2023.",
        [("45/23", "Trafikksikring ved Nordbyen skole", "completed")],
    ),
    (
        "Oppdrag OP-3 Ny kulturplan\nKontaktperson: Kari Nordmann, tlf. 900 00 000\nStatus: Ikke startet",
        [("OP-3", "Ny kulturplan", "not_started")],
    ),
    (
        "Sak 12/24 Ny idrettshall på Moen\nStatus: Stilt i bero\nMerknad: Saken avventer ny økonomiplan.",
        [("12/24", "Ny idrettshall på Moen", "paused")],
    ),
    (
        "Tiltak 2.3 Vennskapsbytur til Polen\nStatus: Avlyst",
        [("2.3", "Vennskapsbytur til Polen", "cancelled")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRACKERS)
def test_a_tracker_page_is_one_action_with_its_code_heading_and_status(text, expected):
    assert _rows(text) == expected


FOLLOW_UP = """Vedtaksoppfølging kommunestyret 2023
Saksnr.\tVedtak\tMøtedato\tOppfølging
21/112\tEtablering av ungdomsråd\t12.05.2021\tGjennomført
22/045\tNy hundepark\t23.02.2022\tArbeidet pågår.
22/097\tTrafikkplan for sentrum\t15.06.2022\tUtsatt til 2025
23/010\tBruktbutikk på gjenvinningsstasjonen\tIkke startet
Saksnr.\tVedtak\tMøtedato\tOppfølging
23/066\tNedleggelse av fergeruten\t01.09.2023\tVedtaket er trukket tilbake.
"""


def test_a_follow_up_table_gives_one_action_per_decision_with_its_case_number():
    assert _rows(FOLLOW_UP) == [
        ("21/112", "Etablering av ungdomsråd", "completed"),
        ("22/045", "Ny hundepark", "in_progress"),
        ("22/097", "Trafikkplan for sentrum", "paused"),
        ("23/010", "Bruktbutikk på gjenvinningsstasjonen", "not_started"),
        ("23/066", "Nedleggelse av fergeruten", "cancelled"),
    ]


def test_a_follow_up_table_with_pipes_reads_the_comment_column():
    text = "Nr. | Tiltak | Status og kommentar\n1 | Ny nettside | Delvis gjennomført, mangler engelsk versjon\n"
    text += "2 | Felles innkjøp | Er i gang\n"
    assert _rows(text) == [("1", "Ny nettside", "partly_completed"), ("2", "Felles innkjøp", "in_progress")]


def test_a_follow_up_table_reads_a_combined_status_column_and_a_case_number_column():
    text = "Sak\tVedtak\tStatus/kommentar\nPS 45/23\tNy skatepark ved hallen\tUnder arbeid\n"
    text += "PS 46/23\tFlere parkeringsplasser ved stasjonen\tAvslått etter høringen\n"
    assert _rows(text) == [
        ("PS 45/23", "Ny skatepark ved hallen", "in_progress"),
        ("PS 46/23", "Flere parkeringsplasser ved stasjonen", "cancelled"),
    ]


PROGRESS = [
    ("• Oppstart grunnarbeid: 01.03.24 (faktisk oppstart var 11.03.24)", (None, "Oppstart grunnarbeid", "completed")),
    ("Enøktiltak i skolene – Gjennomført i 2022", (None, "Enøktiltak i skolene", "completed")),
    ("Nye sykkelveier: Er i gang", (None, "Nye sykkelveier", "in_progress")),
    ("Ny svømmehall (stilt i bero)", (None, "Ny svømmehall", "paused")),
    (
        "Solceller på rådhuset\nIkke startet. Prosjektet mangler finansiering.",
        (None, "Solceller på rådhuset", "not_started"),
    ),
    ("• Ny skatepark - Delvis gjennomført", (None, "Ny skatepark", "partly_completed")),
    ("Sentrumsplan for Vika\nUtsatt til neste planperiode.", (None, "Sentrumsplan for Vika", "paused")),
]


@pytest.mark.parametrize(("text", "expected"), PROGRESS)
def test_a_progress_item_names_its_status_on_its_line_or_the_next(text, expected):
    assert _rows("Status for programområdene 2024\n\n" + text) == [expected]


def test_items_under_an_intro_reporting_a_status_take_it_unless_they_report_their_own():
    text = "Følgende tiltak er gjennomført i 2023:\n• Ny lekeplass i Vestparken\n"
    text += "• Rehabilitering av biblioteket, som ble forsinket\n"
    assert _rows(text) == [
        (None, "Ny lekeplass i Vestparken", "completed"),
        (None, "Rehabilitering av biblioteket", "in_progress"),
    ]


def test_projects_named_in_quotes_in_a_paragraph_reporting_on_them_are_one_action_each():
    assert _rows("Byutviklingen er godt i gang med to delprosjekter. Det er «Nytt torg» og «Grønne stier».") == [
        (None, "Nytt torg", "in_progress"),
        (None, "Grønne stier", "in_progress"),
    ]


def test_quoted_names_without_actions_or_a_status_are_not_actions():
    assert _rows("Biblioteket viser filmene «Sola», «Månen» og «Stjernene» i vinterferien.") == []


LEXICON = [
    ("Den nye hallen skal etter planen ferdigstilles og vil bli åpnet i 2026.", "in_progress"),
    ("Veien blir etter planen ferdigstilt i 2025.", "in_progress"),
    ("Prosjektet er ikke gjennomført.", "not_started"),
    ("Arbeidet er ennå ikke blitt påbegynt.", "not_started"),
    ("Tiltaket er ikke startet.", "not_started"),
    ("Byggingen ble avsluttet i 2021.", "completed"),
    ("Planen er nå implementert i alle enheter.", "completed"),
    ("Anbudsprosessen pågår fortsatt.", "in_progress"),
    ("Tilbygget er under oppføring.", "in_progress"),
    ("Tiltaket er bare delvis gjennomført.", "partly_completed"),
    ("Målet for 2024 er stort sett nådd.", "partly_completed"),
    ("Prosjektet er parkert inntil videre.", "paused"),
    ("Arbeidet er midlertidig stanset.", "paused"),
    ("Utvekslingen er skrinlagt.", "cancelled"),
    ("Prosjektet er lagt ned.", "cancelled"),
]


@pytest.mark.parametrize(("sentence", "expected"), LEXICON)
def test_status_phrases_with_negation_and_tense(sentence, expected):
    assert reading.classify(sentence, "nb").status == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi sikrer at alle prosjekter er gjennomført i tide.",
        "Kommunen vil ha igangsatt en ny klimaplan innen 2030.",
        "Målet er at alle skoler er ferdig rehabilitert i 2028.",
        "Vi vil fortsette det gode samarbeidet.",
        "Kommunestyret ønsker en grønn og levende by.",
    ],
)
def test_a_plans_own_goal_sentence_is_no_status(sentence):
    assert reading.classify(sentence, "nb").status == "unknown"


NOT_ACTIONS = [
    "Du finner vedtaksoppfølgingen for 2023 her\n\nGjennomført",
    "Les mer om prosjektet\n\nFerdigstilt i 2023.",
    "Sak 23/24 Reguleringsplan for Vika\n\nUtsatt.",
    "Vedtak: Utsatt",
    "Formannskapets behandling\n\nSaken ble utsatt til neste møte.",
    "Kontaktperson: Ola Hansen\ntlf. 400 50 607\nStatus: Avsluttet",
    "Forside\nTilbake\nStatus: Gjennomført",
    "12. mars 2024\nStatus: Gjennomført",
    "Prosjektleder\n\nKari Nordmann\n\nStatus\n\nGjennomført",
    "Saksnr.\tVedtak\tOppfølging\n",
    "Kontakt oss på e-post postmottak@kommune.no – avsluttet",
]


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_names_contacts_headers_dates_and_navigation_are_not_actions(text):
    assert _rows(text) == []
