"""Family: a status field that the item's own explanation contradicts. The explanation's clear statement
wins: a part done with the rest remaining ("Fullført – Rådet er etablert, men vedtektene gjenstår.",
"Pågår" / "Første del er ferdig, resten kommer i 2026"), work begun under "Ikke startet", a motion
"Afgerond" that the board decided not to carry out. Look-alikes keep the field: a comment about
waiting, a sub-step done, a count of the part done beside work going on ("6 av 10 ladepunkter er satt
opp"), or a plan still lacking its funding.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CONTRADICTED = [
    # --- Danish ---
    (
        "da",
        "Handling 2 Ny idrætshal\nStatus: Gennemført – Hallen er bygget, men omklædningsrummene mangler.",
        [("2", "Ny idrætshal", "partly_completed")],
    ),
    (
        "da",
        "Handling 3 Ny natursti\nStatus: Ikke påbegyndt\nBemærkning: Arbejdet er gået i gang i april.",
        [("3", "Ny natursti", "in_progress")],
    ),
    (
        "da",
        "Handling 4 Flere p-pladser\nStatus: I gang\nBemærkning: Første etape er færdig, resten følger i 2026.",
        [("4", "Flere p-pladser", "partly_completed")],
    ),
    (
        "da",
        "Handling 5 Vandlegeplads\nStatus: Gennemført\n"
        "Bemærkning: Byrådet har besluttet ikke at gennemføre handlingen.",
        [("5", "Vandlegeplads", "cancelled")],
    ),
    (
        "da",
        "Nr.\tHandling\tStatus\tBemærkning\n"
        "6\tNye busskure\tGennemført\tHalvdelen af skurene er opsat, resten kommer til foråret.",
        [("6", "Nye busskure", "partly_completed")],
    ),
    # --- Bokmål ---
    (
        "nb",
        "Tiltak 3 Ungdomsråd\nStatus: Fullført – Rådet er etablert, men vedtektene gjenstår.",
        [("3", "Ungdomsråd", "partly_completed")],
    ),
    (
        "nb",
        "Tiltak 4 Ny lekeplass\nStatus: Ikke startet\nKommentar: Arbeidet er startet opp i mars.",
        [("4", "Ny lekeplass", "in_progress")],
    ),
    (
        "nb",
        "Tiltak 5 Nye skilt i sentrum\nStatus: Pågår\nKommentar: Første del er ferdig, resten kommer i 2026.",
        [("5", "Nye skilt i sentrum", "partly_completed")],
    ),
    (
        "nb",
        "Tiltak 6 Bysykler\nStatus: Fullført\nKommentar: Kommunestyret har besluttet ikke å gjennomføre tiltaket.",
        [("6", "Bysykler", "cancelled")],
    ),
    (
        "nb",
        "Sak\tVedtak\tStatus\tKommentar\n24/7\tNy badeplass\tFullført\tBrygga er bygget, men toalettet står igjen.",
        [("24/7", "Ny badeplass", "partly_completed")],
    ),
    # --- Nynorsk ---
    (
        "nn",
        "Tiltak 1 Ny bru over elva\nStatus: Fullført – Brua er bygd, men rekkverket står att.",
        [("1", "Ny bru over elva", "partly_completed")],
    ),
    (
        "nn",
        "Tiltak 2 Ny turveg\nStatus: Ikkje starta\nMerknad: Arbeidet er starta opp.",
        [("2", "Ny turveg", "in_progress")],
    ),
    (
        "nn",
        "Tiltak 3 Gatelys\nStatus: Pågår\nMerknad: Første del er ferdig, resten kjem i 2026.",
        [("3", "Gatelys", "partly_completed")],
    ),
    (
        "nn",
        "Tiltak 4 Ny kai\nStatus: Fullført\nMerknad: Kommunestyret vedtok å avslutte tiltaket utan gjennomføring.",
        [("4", "Ny kai", "cancelled")],
    ),
    (
        "nn",
        "Sak\tVedtak\tStatus\tMerknad\n23/9\tNy gapahuk\tFullført\tGapahuken er sett opp, men bålpanna manglar.",
        [("23/9", "Ny gapahuk", "partly_completed")],
    ),
    # --- Dutch ---
    (
        "nl",
        "Motie 12 Bankjes in het park\nStatus: Afgerond\n"
        "Toelichting: Het college heeft besloten de motie niet uit te voeren.",
        [("12", "Bankjes in het park", "cancelled")],
    ),
    (
        "nl",
        "Actie 3 Fietsbrug Noord\nStatus: Gepland\nToelichting: Het project is tijdelijk stilgelegd.",
        [("3", "Fietsbrug Noord", "paused")],
    ),
    (
        "nl",
        "Actie 4 Speeltuin Oost\nStatus: Afgerond\n"
        "Toelichting: De speeltuin is aangelegd, maar de bankjes moeten nog geplaatst worden.",
        [("4", "Speeltuin Oost", "partly_completed")],
    ),
    (
        "nl",
        "Actie 5 Warmtenet\nStatus: In uitvoering\nToelichting: De eerste fase is klaar, de rest volgt in 2026.",
        [("5", "Warmtenet", "partly_completed")],
    ),
    (
        "nl",
        "Actie 6 Geveltuinen\nStatus: Niet gestart\nToelichting: De werkzaamheden zijn in mei gestart.",
        [("6", "Geveltuinen", "in_progress")],
    ),
]

FIELD_STANDS = [
    (
        "da",
        "Nr.\tHandling\tStatus\tBemærkning\n9\tNye træer\tI gang\t30 af 50 træer er plantet; resten plantes i 2025.",
        [("9", "Nye træer", "in_progress")],
    ),
    (
        "nb",
        "Tiltak 8 Nye ladepunkter\nStatus: Pågår\nKommentar: 6 av 10 ladepunkter er satt opp, resten kommer i 2026.",
        [("8", "Nye ladepunkter", "in_progress")],
    ),
    (
        "da",
        "Handling 7 Ny cykelbro\nStatus: I gang\nBemærkning: Afventer svar fra regionen.",
        [("7", "Ny cykelbro", "in_progress")],
    ),
    ("da", "Handling 8 Ny hal\nStatus: I gang\nBemærkning: Udbud afsluttet.", [("8", "Ny hal", "in_progress")]),
    (
        "nb",
        "Tiltak 7 Ny skole\nStatus: Ikke startet\nKommentar: Tiltaket er planlagt, men finansiering mangler.",
        [("7", "Ny skole", "not_started")],
    ),
    ("nn", "Tiltak 5 Ny hall\nStatus: Pågår\nMerknad: Ventar på tilskot.", [("5", "Ny hall", "in_progress")]),
    (
        "nl",
        "Nr.\tMotie\tStatus\nM9\tMeer bomen\tIn uitvoering; 40 van de 100 bomen zijn geplant.",
        [("M9", "Meer bomen", "in_progress")],
    ),
    (
        "nl",
        "Actie 7 Laadpalen\nStatus: Afgerond\nToelichting: Alle laadpalen zijn geplaatst.",
        [("7", "Laadpalen", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CONTRADICTED)
def test_the_explanations_clear_statement_wins_over_the_status_field(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), FIELD_STANDS)
def test_a_comment_about_waiting_a_sub_step_or_a_count_leaves_the_field(language, text, expected):
    assert rows(text, language) == expected
