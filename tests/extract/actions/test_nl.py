"""Dutch and Flemish actions: tracker pages of motions and commitments (moties en toezeggingen),
follow-up tables, progress reports per programme, the status lexicon, and lines that are not actions
(snippets written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions
from pipeline.extract.actions import status as reading


def _rows(text: str) -> list[tuple[str | None, str, str]]:
    doc = document_from_text(text, language="nl", municipality="Testgemeente")
    return [(r.action_id, r.title, r.status) for r in actions.extract(doc)]


TRACKERS = [
    (
        "Toezegging TZ 7 Verkeersveiligheid Dorpsstraat\nStatus: Open\n"
        "Toelichting: De raad wordt in het najaar geïnformeerd.",
        [("TZ 7", "Verkeersveiligheid Dorpsstraat", "in_progress")],
    ),
    (
        "Motie M2023-07 Vuurwerkvrije zones\nIndiener: fractie Groen Links\nStatus: In uitvoering\n"
        "Toelichting: Het college werkt de zones nu uit.",
        [("M2023-07", "Vuurwerkvrije zones", "in_progress")],
    ),
    (
        "Toezegging TZ 12: Evaluatie parkeerbeleid\nStatus: In uitvoering\n\nToelichting\n\n"
        "De evaluatie is in maart afgerond en met de raad besproken; de toezegging is afgedaan.",
        [("TZ 12", "Evaluatie parkeerbeleid", "completed")],
    ),
    (
        "T-114 Herinrichting Marktplein\n\nStand van zaken\n\nAfgedaan\n\nDe herinrichting is in 2023 opgeleverd.",
        [("T-114", "Herinrichting Marktplein", "completed")],
    ),
    (
        "Actiepunt 4.012 Deelauto's in de wijk\nContactpersoon: Jan de Vries, tel. 06 12345678\n"
        "Stand van zaken: Nog niet gestart",
        [("4.012", "Deelauto's in de wijk", "not_started")],
    ),
    (
        "Motie 2022-31 Nieuw zwembad\nStatus: On hold\nToelichting: Het project wacht op de nieuwe begroting.",
        [("2022-31", "Nieuw zwembad", "paused")],
    ),
    (
        "Project P-8 Stedenbandreis naar Polen\nStatus: Geannuleerd",
        [("P-8", "Stedenbandreis naar Polen", "cancelled")],
    ),
    (
        "Toezegging\n\nT-114 Fietspad Oude Dijk\n\nDatum toezegging\n\n12-03-2023\n\nPortefeuillehouder\n\n"
        "Wethouder De Vries\n\nStatus\n\nIn uitvoering\n\nAfdoening\n\nHet fietspad wordt in het voorjaar aangelegd.",
        [("T-114", "Fietspad Oude Dijk", "in_progress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRACKERS)
def test_a_tracker_page_is_one_action_with_its_code_heading_and_status(text, expected):
    assert _rows(text) == expected


FOLLOW_UP = """Overzicht moties en toezeggingen 2023
Nummer\tMotie/toezegging\tDatum raad\tStand van zaken
M21-03\tOprichten jongerenraad\t12-05-2021\tAfgedaan
M22-14\tNieuw hondenlosloopgebied\t23-02-2022\tHet werk is in uitvoering.
TZ22-05\tVerkeersplan centrum\t15-06-2022\tUitgesteld tot 2025
M23-01\tRepaircafé bij de milieustraat\tNog niet gestart
Nummer\tMotie/toezegging\tDatum raad\tStand van zaken
M23-06\tOpheffen veerpont\t01-09-2023\tDe motie is ingetrokken.
"""


def test_a_follow_up_table_gives_one_action_per_motion_with_its_number():
    assert _rows(FOLLOW_UP) == [
        ("M21-03", "Oprichten jongerenraad", "completed"),
        ("M22-14", "Nieuw hondenlosloopgebied", "in_progress"),
        ("TZ22-05", "Verkeersplan centrum", "paused"),
        ("M23-01", "Repaircafé bij de milieustraat", "not_started"),
        ("M23-06", "Opheffen veerpont", "cancelled"),
    ]


def test_a_follow_up_table_with_pipes_reads_the_comment_column():
    text = "Nr. | Onderwerp | Toelichting\n1 | Nieuwe website | Gedeeltelijk afgerond, Engelse versie volgt\n"
    text += "2 | Gezamenlijke inkoop | Loopt volgens planning\n"
    assert _rows(text) == [("1", "Nieuwe website", "partly_completed"), ("2", "Gezamenlijke inkoop", "in_progress")]


def test_a_follow_up_table_reads_a_combined_status_column_and_a_code_in_the_title_cell():
    text = "Motie\tDatum\tStatus/toelichting\nM2022-11 Skatepark bij de sporthal\t04-05-2022\tIn uitvoering\n"
    text += "M2022-12 Extra parkeerplaatsen bij het station\t04-05-2022\tAfgewezen na inspraak\n"
    assert _rows(text) == [
        ("M2022-11", "Skatepark bij de sporthal", "in_progress"),
        ("M2022-12", "Extra parkeerplaatsen bij het station", "cancelled"),
    ]


PROGRESS = [
    ("• Start grondwerk: 01-03-2024 (werkelijke start was 11-03-2024)", (None, "Start grondwerk", "completed")),
    ("Verduurzaming schoolgebouwen – Afgerond", (None, "Verduurzaming schoolgebouwen", "completed")),
    ("Nieuwe fietspaden: Loopt volgens planning", (None, "Nieuwe fietspaden", "in_progress")),
    ("Herinrichting Marktplein (vertraagd)", (None, "Herinrichting Marktplein", "in_progress")),
    (
        "Zonnepanelen op het gemeentehuis\nNog niet gestart. De aanbesteding volgt in 2025.",
        (None, "Zonnepanelen op het gemeentehuis", "not_started"),
    ),
    ("• Skatepark Noord - Gedeeltelijk gerealiseerd", (None, "Skatepark Noord", "partly_completed")),
    ("Centrumplan Oost\nOpgeschort tot na de verkiezingen.", (None, "Centrumplan Oost", "paused")),
]


@pytest.mark.parametrize(("text", "expected"), PROGRESS)
def test_a_progress_item_names_its_status_on_its_line_or_the_next(text, expected):
    assert _rows("Voortgangsrapportage programma's 2024\n\n" + text) == [expected]


def test_numbered_items_under_an_intro_reporting_a_status_are_titled_by_their_subject():
    text = "Het programma kent drie sporen. Deze zijn allemaal uitgevoerd:\n"
    text += "1. De nieuwe bibliotheek is in 2021 geopend. Bezoekers zijn zeer tevreden.\n"
    text += "2. De wijkteams zijn nagenoeg gerealiseerd.\n"
    assert _rows(text) == [("1", "De nieuwe bibliotheek", "completed"), ("2", "De wijkteams", "partly_completed")]


def test_projects_named_in_quotes_in_a_paragraph_reporting_on_them_are_one_action_each():
    assert _rows(
        "Aan drie deelprojecten wordt gewerkt: “Nieuw plein”, “Groene routes” en “Havenbad”. "
        "De projecten zijn in uitvoering."
    ) == [
        (None, "Nieuw plein", "in_progress"),
        (None, "Groene routes", "in_progress"),
        (None, "Havenbad", "in_progress"),
    ]


def test_quoted_names_without_actions_or_a_status_are_not_actions():
    assert _rows("De bibliotheek vertoont de films “De zon”, “De maan” en “De sterren” in de vakantie.") == []


LEXICON = [
    ("Het fietspad wordt in het voorjaar aangelegd.", "in_progress"),
    ("De nieuwe sporthal zal in 2026 worden opgeleverd.", "in_progress"),
    ("Het project is niet uitgevoerd.", "not_started"),
    ("De evaluatie is nog niet afgerond.", "in_progress"),  # begun, not finished
    ("De actie is nog niet opgepakt.", "not_started"),
    ("De bouw werd in 2021 afgerond.", "completed"),
    ("De motie is afgedaan.", "completed"),
    ("De aanbesteding loopt nog.", "in_progress"),
    ("Er wordt gewerkt aan een nieuw plan.", "in_progress"),
    ("De maatregel is grotendeels uitgevoerd.", "partly_completed"),
    ("De doelstelling is niet volledig gehaald.", "partly_completed"),
    ("Het project is voorlopig aangehouden.", "paused"),
    ("De werkzaamheden liggen stil.", "paused"),
    ("De uitwisseling is afgeblazen.", "cancelled"),
    ("Het project is stopgezet.", "cancelled"),
]


@pytest.mark.parametrize(("sentence", "expected"), LEXICON)
def test_status_phrases_with_negation_and_tense(sentence, expected):
    assert reading.classify(sentence, "nl").status == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij zorgen voor een sterke lokale economie.",
        "We willen dat alle projecten op tijd worden afgerond.",
        "De gemeente wil in 2030 klimaatneutraal zijn en alle daken gerealiseerd hebben.",
        "Het doel is dat elke wijk een groene speelplek heeft.",
        "Het college gaat de samenwerking voortzetten.",
    ],
)
def test_a_plans_own_goal_sentence_is_no_status(sentence):
    assert reading.classify(sentence, "nl").status == "unknown"


NOT_ACTIONS = [
    "Hier vindt u het overzicht van alle moties\n\nAfgedaan",
    "Agendapunt 7 Bestemmingsplan Centrum\n\nAangehouden.",
    "Besluit: Aangehouden",
    "Raadsbesluit\n\nHet voorstel is aangehouden tot de volgende vergadering.",
    "Contactpersoon: Jan de Vries\ntel. 06 12345678\nStatus: Afgerond",
    "Home\nTerug\nStatus: Afgerond",
    "12 maart 2024\nStatus: Afgerond",
    "Portefeuillehouder\n\nwethouder P. Jansen\n\nStatus\n\nAfgedaan",
    "Nummer\tMotie/toezegging\tStand van zaken\n",
    "Mail ons via info@gemeente.nl – afgerond",
]


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_names_contacts_headers_dates_and_navigation_are_not_actions(text):
    assert _rows(text) == []
