"""Family: an annual report's chapters numbered in digits ("6.2 Nettverk", "6.3 Status for tiltakene", "6.5 Videre
arbeid"), the status chapter holding a plan's items coded with letters under theme headings ("Innsatsområde A - ...",
"T1 ..." / "Status: ..."): the items stand outside the chapter heading's own lines, yet the chapter and its siblings
are the document's, never actions. Digits under digits ("2." over "2.1") stay one scheme
(test_family_sub_items_before_next_parent)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

CASES = [
    (
        "nb",
        "6",
        ["Nettverk og medlemskap", "Status for tiltakene", "Videre arbeid"],
        "Innsatsområde",
        "A",
        ["Ny kulturskoleavtale", "Utveksling for lærlinger"],
        ["Status: Fullført i mars.", "Status: Pågår."],
    ),
    (
        "nn",
        "4",
        ["Samarbeid i regionen", "Status for tiltaka i planen", "Økonomi"],
        "Innsatsområde",
        "B",
        ["Felles turistkontor", "Ny nettstad på engelsk"],
        ["Status: Ferdig i juni.", "Status: Arbeidet held fram."],
    ),
    (
        "da",
        "5",
        ["Netværk", "Status for handlingerne", "Det videre arbejde"],
        "Indsatsområde",
        "K",
        ["Ny idrætsaftale", "Elevudveksling med venskabsbyen"],
        ["Status: Gennemført.", "Status: I gang."],
    ),
    (
        "nl",
        "3",
        ["Netwerken", "Stand van de acties", "Vervolg"],
        "Thema",
        "E",
        ["Nieuw jongerenfonds", "Uitwisseling voor mbo-studenten"],
        ["Status: Afgerond.", "Status: Loopt."],
    ),
    (
        "nb",
        "8",
        ["Organisering", "Rapportering på tiltak", "Budsjett og ressurser"],
        "Satsingsområde",
        "S",
        ["Felles innkjøpsordning", "Kurs for frivillige lag"],
        ["Status: Fullført.", "Status: Pågår."],
    ),
]


@pytest.mark.parametrize(("language", "chapter", "titles", "theme", "letter", "items", "reports"), CASES)
def test_chapters_around_lettered_items_under_theme_headings_are_no_actions(
    language, chapter, titles, theme, letter, items, reports
):
    text = text_of(
        "Årsrapport 2025",
        "",
        f"{chapter}.1 {titles[0]}",
        "Kommunen er medlem av flere nettverk. Arbeidet er i gang.",
        "",
        f"{chapter}.2 {titles[1]}",
        "",
        f"{theme} {letter} - Kultur og kompetanse",
        f"{letter}1  {items[0]}",
        f"    {reports[0]}",
        f"{letter}2  {items[1]}",
        f"    {reports[1]}",
        "",
        f"{chapter}.3 {titles[2]}",
        "Arbeidet fortsetter neste år, og noe er satt på vent.",
    )
    assert [code for code, _, _ in rows(text, language)] == [f"{letter}1", f"{letter}2"]


LOOK_ALIKES = [
    # items numbered in digits with a lettered sub-item numbered under one of them: all stay items
    (
        "nb",
        text_of(
            "Statusrapport 2026",
            "",
            "1. Ny hall",
            "Status: Fullført.",
            "2. Ny skole",
            "Status: Pågår.",
            "3. Nytt bibliotek",
            "Status: Ikke startet.",
        ),
        ["1", "2", "3"],
    ),
    (
        "da",
        text_of(
            "Status 2026",
            "",
            "1. Ny cykelsti",
            "Status: Gennemført.",
            "2. Ny skole",
            "Status: I gang.",
            "2a Ny skolegård",
            "Status: Ikke påbegyndt.",
            "3. Nyt bibliotek",
            "Status: Sat i bero.",
        ),
        ["1", "2", "2a", "3"],
    ),
]


@pytest.mark.parametrize(("language", "text", "codes"), LOOK_ALIKES)
def test_items_numbered_in_one_scheme_stay_items(language, text, codes):
    assert [code for code, _, _ in rows(text, language)] == codes
