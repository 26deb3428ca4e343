"""Family: a status report names an item it has no report for only inside a sentence saying so ("Vi har ikke
modtaget en tilbagemelding fra ... om handling 2.4 (Ny affaldsordning); status er derfor ukendt.", "Voor actie B.2
(Deelfietsen) is geen rapportage ontvangen."): the item, its code and its bracketed title are a row of the plan,
its status unknown. Look-alikes: an item mentioned in brackets in a sentence that reports nothing missing, and a
no-report sentence naming no coded item. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

REPORTED = {
    "da": (
        [
            "Handling 1.1 Ny cykelsti ved skolen",
            "Status: Gennemført",
            "Handling 1.2 Solceller på hallen",
            "Status: I gang",
        ],
        [("1.1", "Ny cykelsti ved skolen", "completed"), ("1.2", "Solceller på hallen", "in_progress")],
    ),
    "nb": (
        ["Tiltak 1.1 Ny gang- og sykkelvei", "Status: Fullført", "Tiltak 1.2 Solceller på hallen", "Status: Pågår"],
        [("1.1", "Ny gang- og sykkelvei", "completed"), ("1.2", "Solceller på hallen", "in_progress")],
    ),
    "nn": (
        ["Tiltak 1.1 Ny gang- og sykkelveg", "Status: Fullført", "Tiltak 1.2 Solceller på hallen", "Status: Pågår"],
        [("1.1", "Ny gang- og sykkelveg", "completed"), ("1.2", "Solceller på hallen", "in_progress")],
    ),
    "nl": (
        [
            "Actie 1.1 Nieuw fietspad bij de school",
            "Status: Afgerond",
            "Actie 1.2 Zonnepanelen op de sporthal",
            "Status: In uitvoering",
        ],
        [("1.1", "Nieuw fietspad bij de school", "completed"), ("1.2", "Zonnepanelen op de sporthal", "in_progress")],
    ),
}

MISSING = [
    (
        "da",
        "Vi har endnu ikke modtaget en tilbagemelding fra Teknik og Miljø om handling 2.4 (Ny affaldsordning i "
        "sommerhusområder); status er derfor ukendt.",
        ("2.4", "Ny affaldsordning i sommerhusområder"),
    ),
    (
        "da",
        "For indsats 3.1 (Fælles rekrutteringsportal) er der ingen status modtaget.",
        ("3.1", "Fælles rekrutteringsportal"),
    ),
    (
        "nb",
        "Det er ikke mottatt tilbakemelding fra Helse og omsorg på tiltak 4.2 (Velferdsteknologi i\n"
        "hjemmetjenesten), og status er derfor ukjent.",
        ("4.2", "Velferdsteknologi i hjemmetjenesten"),
    ),
    ("nb", "Enheten har ikke levert statusrapport for tiltak 2.3 («Digital byggesak»).", ("2.3", "Digital byggesak")),
    ("nn", "Det ligg ikkje føre informasjon om tiltak 3.1 (Ny gangveg til skulen).", ("3.1", "Ny gangveg til skulen")),
    (
        "nn",
        "Vi har ikkje fått tilbakemelding frå eininga om tiltak 2.2 (Felles innkjøpsordning), så status er ukjend.",
        ("2.2", "Felles innkjøpsordning"),
    ),
    (
        "nl",
        "Voor actie 2.2 (Deelfietsen bij stations) is geen rapportage ontvangen; de status is onbekend.",
        ("2.2", "Deelfietsen bij stations"),
    ),
    (
        "nl",
        "Van de afdeling Wonen is nog geen terugkoppeling ontvangen over maatregel 3.1 (Starterslening).",
        ("3.1", "Starterslening"),
    ),
]


def _report(language: str, sentence: str) -> str:
    items, _ = REPORTED[language]
    return text_of("Statusrapport handlingsplan 2026", "", *items, "", sentence)


@pytest.mark.parametrize(("language", "sentence", "item"), MISSING)
def test_an_item_named_only_where_its_report_is_missing_is_a_row_of_unknown_status(language, sentence, item):
    assert rows(_report(language, sentence), language) == [*REPORTED[language][1], (*item, "unknown")]


NOT_MISSING = [
    ("da", "Arbejdet hænger tæt sammen med handling 2.4 (Ny affaldsordning), som først starter i 2027."),
    ("nb", "Det er ikke mottatt tilbakemelding fra næringslivet om de nye åpningstidene."),
    ("nn", "Tiltaket byggjer på erfaringane frå tiltak 2.2 (Felles innkjøpsordning) i nabokommunen."),
    ("nl", "Er is geen rapportage ontvangen van de provincie over de nieuwe subsidieregels."),
]


@pytest.mark.parametrize(("language", "sentence"), NOT_MISSING)
def test_a_bracketed_item_or_a_missing_report_alone_gives_no_row(language, sentence):
    assert rows(_report(language, sentence), language) == REPORTED[language][1]
