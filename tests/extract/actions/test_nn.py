"""Nynorsk actions: tracker pages, follow-up tables of decisions (vedtaksoppfølging), progress reports,
the status lexicon, and lines that are not actions (snippets written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions
from pipeline.extract.actions import status as reading


def _rows(text: str) -> list[tuple[str | None, str, str]]:
    doc = document_from_text(text, language="nn", municipality="Testkommune")
    return [(r.action_id, r.title, r.status) for r in actions.extract(doc)]


TRACKERS = [
    (
        "Sak 19/22 Ny barnehage i Vika\nStatus: Open",
        [("19/22", "Ny barnehage i Vika", "in_progress")],
    ),
    (
        "Verbalframlegg V-4 Gratis leige av idrettshallen\nAnsvarleg eining: Kultur\nStatus: Under arbeid\n"
        "Kommentar: Ordninga vert greidd ut no.",
        [("V-4", "Gratis leige av idrettshallen", "in_progress")],
    ),
    (
        "Prosjekt 2.015: Ny brannstasjon\nStatus: Under arbeid\n\nSiste nytt\n\n"
        "Brannstasjonen vart overlevert i mars, og prosjektet er avslutta.",
        [("2.015", "Ny brannstasjon", "completed")],
    ),
    (
        "Sak 31/23 Trafikktryggleik ved Nordbygda skule\n\nStatus\n\nAvslutta\n\n"
        "Tiltaket vart gjennomført hausten 2023.",
        [("31/23", "Trafikktryggleik ved Nordbygda skule", "completed")],
    ),
    (
        "Oppdrag OP-9 Ny kulturplan\nKontaktperson: Kari Nordmann, tlf. 900 00 000\nStatus: Ikkje starta",
        [("OP-9", "Ny kulturplan", "not_started")],
    ),
    (
        "Sak 14/24 Ny fleirbrukshall\nStatus: Lagt på is\nMerknad: Saka ventar på ny økonomiplan.",
        [("14/24", "Ny fleirbrukshall", "paused")],
    ),
    (
        "Tiltak 1.2 Venskapstur til Skottland\nStatus: Avlyst",
        [("1.2", "Venskapstur til Skottland", "cancelled")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRACKERS)
def test_a_tracker_page_is_one_action_with_its_code_heading_and_status(text, expected):
    assert _rows(text) == expected


FOLLOW_UP = """Vedtaksoppfølging kommunestyret 2023
Saksnr.\tVedtak\tMøtedato\tOppfølging
21/31\tSkipa eit ungdomsråd\t12.05.2021\tGjennomført
22/14\tNy hundepark\t23.02.2022\tArbeidet pågår.
22/52\tTrafikkplan for sentrum\t15.06.2022\tUtsett til 2025
23/07\tBruktbutikk på miljøstasjonen\tIkkje starta
Saksnr.\tVedtak\tMøtedato\tOppfølging
23/41\tNedlegging av ferjeruta\t01.09.2023\tVedtaket er trekt attende.
"""


def test_a_follow_up_table_gives_one_action_per_decision_with_its_case_number():
    assert _rows(FOLLOW_UP) == [
        ("21/31", "Skipa eit ungdomsråd", "completed"),
        ("22/14", "Ny hundepark", "in_progress"),
        ("22/52", "Trafikkplan for sentrum", "paused"),
        ("23/07", "Bruktbutikk på miljøstasjonen", "not_started"),
        ("23/41", "Nedlegging av ferjeruta", "cancelled"),
    ]


def test_a_follow_up_table_with_pipes_reads_the_comment_column():
    text = "Nr. | Tiltak | Status og kommentar\n1 | Ny nettstad | Delvis gjennomført, manglar engelsk versjon\n"
    text += "2 | Felles innkjøp | Er i gang\n"
    assert _rows(text) == [("1", "Ny nettstad", "partly_completed"), ("2", "Felles innkjøp", "in_progress")]


def test_a_follow_up_table_reads_a_combined_status_column_and_a_case_number_column():
    text = "Sak\tVedtak\tStatus/kommentar\nPS 12/24\tNy skatepark ved hallen\tUnder arbeid\n"
    text += "PS 13/24\tFleire parkeringsplassar ved stasjonen\tAvslått etter høyringa\n"
    assert _rows(text) == [
        ("PS 12/24", "Ny skatepark ved hallen", "in_progress"),
        ("PS 13/24", "Fleire parkeringsplassar ved stasjonen", "cancelled"),
    ]


PROGRESS = [
    (
        "• Oppstart grunnarbeid: 01.03.24 (planlagt oppstart er no 18.06.24)",
        (None, "Oppstart grunnarbeid", "not_started"),
    ),
    ("Enøktiltak i skulane – Gjennomført i 2022", (None, "Enøktiltak i skulane", "completed")),
    ("Nye sykkelvegar: Er i gang", (None, "Nye sykkelvegar", "in_progress")),
    ("Ny symjehall (lagt på vent)", (None, "Ny symjehall", "paused")),
    (
        "Solceller på rådhuset\nIkkje starta. Prosjektet manglar finansiering.",
        (None, "Solceller på rådhuset", "not_started"),
    ),
    ("• Ny skatepark - Delvis gjennomført", (None, "Ny skatepark", "partly_completed")),
    ("Sentrumsplan for Vika\nUtsett til neste planperiode.", (None, "Sentrumsplan for Vika", "paused")),
]


@pytest.mark.parametrize(("text", "expected"), PROGRESS)
def test_a_progress_item_names_its_status_on_its_line_or_the_next(text, expected):
    assert _rows("Status for programområda 2024\n\n" + text) == [expected]


def test_items_under_an_intro_reporting_a_status_take_it_unless_they_report_their_own():
    text = "Følgjande tiltak er gjennomført i 2023:\n• Ny leikeplass i Vestparken\n"
    text += "• Rehabilitering av biblioteket, som vart forseinka\n"
    assert _rows(text) == [
        (None, "Ny leikeplass i Vestparken", "completed"),
        (None, "Rehabilitering av biblioteket", "in_progress"),
    ]


def test_projects_named_in_quotes_in_a_paragraph_reporting_on_them_are_one_action_each():
    assert _rows("Byutviklinga er godt i gang med to delprosjekt. Det er «Nytt torg» og «Grøne stiar».") == [
        (None, "Nytt torg", "in_progress"),
        (None, "Grøne stiar", "in_progress"),
    ]


def test_quoted_names_without_actions_or_a_status_are_not_actions():
    assert _rows("Biblioteket viser filmane «Sola», «Månen» og «Stjernene» i vinterferien.") == []


LEXICON = [
    ("Den nye hallen vil bli opna i 2026.", "in_progress"),
    ("Vegen vert etter planen ferdigstilt i 2025.", "in_progress"),
    ("Prosjektet er ikkje gjennomført.", "not_started"),
    ("Arbeidet er enno ikkje påbyrja.", "not_started"),
    ("Tiltaket er ikkje starta.", "not_started"),
    ("Bygginga vart avslutta i 2021.", "completed"),
    ("Planen er no implementert i alle einingar.", "completed"),
    ("Anbodsprosessen pågår framleis.", "in_progress"),
    ("Tilbygget er under bygging.", "in_progress"),
    ("Tiltaket er berre delvis gjennomført.", "partly_completed"),
    ("Målet for 2024 er stort sett nådd.", "partly_completed"),
    ("Prosjektet er parkert inntil vidare.", "paused"),
    ("Arbeidet er mellombels stansa.", "paused"),
    ("Utvekslinga er skrinlagt.", "cancelled"),
    ("Prosjektet er lagt ned.", "cancelled"),
]


@pytest.mark.parametrize(("sentence", "expected"), LEXICON)
def test_status_phrases_with_negation_and_tense(sentence, expected):
    assert reading.classify(sentence, "nn").status == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi sikrar at alle prosjekt er gjennomførte i tide.",
        "Kommunen vil ha sett i gang ein ny klimaplan innan 2030.",
        "Målet er at alle skular er ferdig rehabiliterte i 2028.",
        "Vi vil halde fram med det gode samarbeidet.",
        "Kommunestyret ønskjer ein grøn og levande by.",
    ],
)
def test_a_plans_own_goal_sentence_is_no_status(sentence):
    assert reading.classify(sentence, "nn").status == "unknown"


NOT_ACTIONS = [
    "Du finn vedtaksoppfølginga for 2023 her\n\nGjennomført",
    "Sak 12/24 Ny fleirbrukshall\n\nUtsett.",
    "Vedtak: Utsett",
    "Formannskapet si handsaming\n\nSaka vart utsett til neste møte.",
    "Kontaktperson: Ola Hansen\ntlf. 400 50 607\nStatus: Avslutta",
    "Framside\nAttende\nStatus: Gjennomført",
    "12. mars 2024\nStatus: Gjennomført",
    "Prosjektleiar\n\nKari Nordmann\n\nStatus\n\nGjennomført",
    "Saksnr.\tVedtak\tOppfølging\n",
    "Kontakt oss på e-post postmottak@kommune.no – avslutta",
]


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_names_contacts_headers_dates_and_navigation_are_not_actions(text):
    assert _rows(text) == []
