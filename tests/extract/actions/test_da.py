"""Danish actions: tracker pages, follow-up tables of decisions, progress reports, the status lexicon,
and lines that are not actions (snippets written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions
from pipeline.extract.actions import status as reading


def _rows(text: str) -> list[tuple[str | None, str, str]]:
    doc = document_from_text(text, language="da", municipality="Testkommune")
    return [(r.action_id, r.title, r.status) for r in actions.extract(doc)]


TRACKERS = [
    (
        "Sag 19/2210 Ny daginstitution i Østbyen\nStatus: Åben",
        [("19/2210", "Ny daginstitution i Østbyen", "in_progress")],
    ),
    (
        "Byrådsbeslutninger\nB-2023-14 Ny cykelsti langs Åen\nAnsvarlig: Teknik og Miljø\nStatus: Under arbejde\n"
        "Bemærkning: Projekteringen er i gang.",
        [("B-2023-14", "Ny cykelsti langs Åen", "in_progress")],
    ),
    (
        "Projekt 4.012: Renovering af Nordhallen\nStatus: Under arbejde\nSeneste nyt\n"
        "Hallen blev taget i brug efter sommerferien 2024, og projektet er afsluttet.",
        [("4.012", "Renovering af Nordhallen", "completed")],
    ),
    (
        "Forslag 12 Flere bænke i byparken\n\nStatus\n\nAfsluttet\n\nForslaget blev gennemført i maj 2024.",
        [("12", "Flere bænke i byparken", "completed")],
    ),
    (
        "Initiativ T-7 Ladestandere ved rådhuset\nKontaktperson: Mette Jensen, tlf. 12 34 56 78\n"
        "Status: Ikke påbegyndt",
        [("T-7", "Ladestandere ved rådhuset", "not_started")],
    ),
    (
        "Sag 22/1876 Ny skolestruktur i Nordbyen\nStatus: Sat i bero\n"
        "Bemærkning: Sagen afventer den nye økonomiaftale.",
        [("22/1876", "Ny skolestruktur i Nordbyen", "paused")],
    ),
    (
        "Handling 3.4 Venskabsbytræf i 2024\nStatus: Aflyst",
        [("3.4", "Venskabsbytræf i 2024", "cancelled")],
    ),
    (
        "Beslutning\n\nSag 23/1045 Ny legeplads i Østbyen\n\nMødedato\n\n14. juni 2023\n\nUdvalg\n\n"
        "Teknik- og Miljøudvalget\n\nStatus\n\nGennemført",
        [("23/1045", "Ny legeplads i Østbyen", "completed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRACKERS)
def test_a_tracker_page_is_one_action_with_its_code_heading_and_status(text, expected):
    assert _rows(text) == expected


FOLLOW_UP = """Opfølgning på byrådsbeslutninger 2023
Sagsnr.\tBeslutning\tDato\tOpfølgning
21/3301\tEtablering af ungeråd\t12.05.2021\tGennemført
22/0450\tNy hundeskov\t23.02.2022\tArbejdet pågår.
22/0977\tTrafikplan for midtbyen\t15.06.2022\tUdskudt til 2025
23/0101\tByttecentral på genbrugspladsen\tIkke startet
Sagsnr.\tBeslutning\tDato\tOpfølgning
23/0666\tNedlæggelse af færgeruten\t01.09.2023\tBeslutningen er trukket tilbage.
"""


def test_a_follow_up_table_gives_one_action_per_decision_with_its_case_number():
    assert _rows(FOLLOW_UP) == [
        ("21/3301", "Etablering af ungeråd", "completed"),
        ("22/0450", "Ny hundeskov", "in_progress"),
        ("22/0977", "Trafikplan for midtbyen", "paused"),
        ("23/0101", "Byttecentral på genbrugspladsen", "not_started"),
        ("23/0666", "Nedlæggelse af færgeruten", "cancelled"),
    ]


def test_a_follow_up_table_with_pipes_and_a_comment_column_reads_the_comment():
    text = "Nr. | Sag | Status og bemærkninger\n1 | Ny hjemmeside | Delvist gennemført, mangler engelsk version\n"
    text += "2 | Fælles indkøb | Er i gang\n"
    assert _rows(text) == [("1", "Ny hjemmeside", "partly_completed"), ("2", "Fælles indkøb", "in_progress")]


def test_a_follow_up_table_reads_a_combined_status_column_and_a_code_in_the_title_cell():
    text = "Beslutning\tMødedato\tStatus/bemærkning\nB-12 Ny skatepark ved hallen\t04.05.2022\tUnder udførelse\n"
    text += "B-13 Flere p-pladser ved stationen\t04.05.2022\tOpgivet efter høringen\n"
    assert _rows(text) == [
        ("B-12", "Ny skatepark ved hallen", "in_progress"),
        ("B-13", "Flere p-pladser ved stationen", "cancelled"),
    ]


PROGRESS = [
    ("• Opstart af tagarbejde: 01.03.24 (faktisk opstart var 11.03.24)", (None, "Opstart af tagarbejde", "completed")),
    ("Energirenovering af skoler – Gennemført i 2022", (None, "Energirenovering af skoler", "completed")),
    ("Nye cykelstier: Er i gang", (None, "Nye cykelstier", "in_progress")),
    ("Grøn transportplan (udskudt til 2025)", (None, "Grøn transportplan", "paused")),
    (
        "Solceller på rådhuset\nIkke startet. Projektet afventer tilskud.",
        (None, "Solceller på rådhuset", "not_started"),
    ),
    ("• Ny skatepark - Delvist gennemført", (None, "Ny skatepark", "partly_completed")),
    ("Byfornyelse i Sønderby\nSat i bero indtil den nye plan er vedtaget.", (None, "Byfornyelse i Sønderby", "paused")),
]


@pytest.mark.parametrize(("text", "expected"), PROGRESS)
def test_a_progress_item_names_its_status_on_its_line_or_the_next(text, expected):
    assert _rows("Status for programmerne 2024\n\n" + text) == [expected]


def test_items_under_an_intro_reporting_a_status_take_it_unless_they_report_their_own():
    text = "Følgende indsatser er gennemført i 2023:\n• Ny legeplads i Vestparken\n"
    text += "• Renovering af biblioteket, som blev forsinket\n"
    assert _rows(text) == [
        (None, "Ny legeplads i Vestparken", "completed"),
        (None, "Renovering af biblioteket", "in_progress"),
    ]


def test_projects_named_in_quotes_in_a_paragraph_reporting_on_them_are_one_action_each():
    assert _rows(
        "Følg med i byfornyelsen. Der arbejdes med tre delprojekter. Det er ”Nyt torv”, ”Grønne stier” og ”Havnebadet”."
    ) == [(None, "Nyt torv", "in_progress"), (None, "Grønne stier", "in_progress"), (None, "Havnebadet", "in_progress")]


def test_quoted_names_without_actions_or_a_status_are_not_actions():
    assert _rows("Biblioteket viser filmene ”Solen”, ”Månen” og ”Stjernerne” i vinterferien.") == []


LEXICON = [
    ("Den nye hal vil blive taget i brug i 2026.", "in_progress"),
    ("Stien skal etableres, og den bliver først afsluttet i 2025.", "in_progress"),
    ("Projektet er ikke gennemført.", "not_started"),
    ("Arbejdet er endnu ikke blevet påbegyndt.", "not_started"),
    ("Indsatsen er ikke startet.", "not_started"),
    ("Byggeriet blev afsluttet i 2021.", "completed"),
    ("Planen er nu implementeret i alle afdelinger.", "completed"),
    ("Udbuddet pågår stadig.", "in_progress"),
    ("Tilbygningen er under opførelse.", "in_progress"),
    ("Indsatsen er kun delvist gennemført.", "partly_completed"),
    ("Målet for 2024 er stort set nået.", "partly_completed"),
    ("Projektet er parkeret indtil videre.", "paused"),
    ("Arbejdet er midlertidigt stoppet.", "paused"),
    ("Udvekslingen er skrinlagt.", "cancelled"),
    ("Projektet er opgivet.", "cancelled"),
]


@pytest.mark.parametrize(("sentence", "expected"), LEXICON)
def test_status_phrases_with_negation_and_tense(sentence, expected):
    assert reading.classify(sentence, "da").status == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi sikrer, at alle projekter er gennemført til tiden.",
        "Kommunen vil have igangsat en ny klimaplan i 2030.",
        "Målet er, at alle skoler er færdigrenoverede i 2028.",
        "Vi vil fortsætte det gode samarbejde.",
        "Byrådet ønsker en grøn og levende by.",
    ],
)
def test_a_plans_own_goal_sentence_is_no_status(sentence):
    assert reading.classify(sentence, "da").status == "unknown"


NOT_ACTIONS = [
    "Her finder du opfølgningen på beslutningerne\n\nGennemført",
    "Punkt 5 Lokalplan 123 for Nordbyen\n\nUdsat.",
    "Beslutning: Udsat",
    "Økonomiudvalgets beslutning\n\nSagen blev udsat til næste møde.",
    "Kontaktperson: Jens Hansen\ntlf. 40 50 60 70\nStatus: Afsluttet",
    "Forside\nTilbage\nStatus: Gennemført",
    "12. marts 2024\nStatus: Gennemført",
    "Projektleder\n\nMette Jensen\n\nStatus\n\nGennemført",
    "Sagsnr.\tBeslutning\tOpfølgning\n",
    "Kontakt os på mail@kommune.dk – afsluttet",
]


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_names_contacts_headers_dates_and_navigation_are_not_actions(text):
    assert _rows(text) == []
