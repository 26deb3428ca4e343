"""Dutch and Flemish focus areas: each cue word family, each list shape, and the lists that are not themes."""

from __future__ import annotations

import pytest

THEMES = ["Wonen voor iedereen", "Een sterke economie", "Samen leven"]
BULLETS = "\n".join(f"• {t}" for t in THEMES)


@pytest.mark.parametrize(
    "announcement",
    [
        "Het college kiest drie speerpunten:",
        "De pijlers van dit akkoord zijn:",
        "De thema's van het programma zijn:",
        "De drie opgaven voor de komende jaren zijn:",
        "De ambities van het college:",
        "De prioriteiten van het college zijn:",
        "Het programma kent drie programmalijnen:",
        "We werken langs drie sporen:",
    ],
)
def test_every_dutch_cue_word_announces_the_list_after_it(labels, announcement):
    text = f"Coalitieakkoord 2022-2026\n\n{announcement}\n\n{BULLETS}\n\nHet akkoord wordt jaarlijks besproken."
    assert labels(text, "nl") == THEMES


def test_dutch_numbered_list_under_a_counted_cue(labels):
    text = "Het akkoord kent drie speerpunten:\n\n1. Wonen voor iedereen\n2. Een sterke economie\n3. Samen leven"
    assert labels(text, "nl") == THEMES


def test_dutch_inline_enumeration_after_a_colon(labels):
    text = "De vier speerpunten zijn: wonen, werken, zorg en duurzaamheid."
    assert labels(text, "nl") == ["wonen", "werken", "zorg", "duurzaamheid"]


def test_dutch_policy_about_its_themes_in_one_sentence_drops_a_trailing_note(labels):
    text = "Het beleid van de gemeente richt zich vooral op wonen, groen (Floriade 2022) en onderwijs."
    assert labels(text, "nl") == ["wonen", "groen", "onderwijs"]


def test_flemish_agreement_in_counted_parts_with_bullets(labels):
    text = "Het bestuursakkoord bestaat uit 3 grote delen :\n\n" + BULLETS + "\n\nDeze hoofdthema's komen terug."
    assert labels(text, "nl") == THEMES


def test_dutch_count_word_must_agree_with_the_list(labels):
    text = "Het college kiest vijf speerpunten:\n\n• Wonen voor iedereen\n• Een sterke economie\n\nMeer volgt."
    assert labels(text, "nl") == []


@pytest.mark.parametrize(
    "text",
    [
        "Onze visie:\n\n• Groen\n• Gezond\n• Verbonden",
        "Agenda van de vergadering:\n\n1. Opening\n2. Vaststelling agenda\n3. Rondvraag",
        "Deelsessies tijdens het congres:\n\n• Klimaatadaptatie\n• Energie\n• Mobiliteit",
        "De gemeente biedt:\n\n• Schuldhulp\n• Huishoudelijke hulp\n• Vervoer",
        "Het coalitieprogramma kent drie speerpunten. Deze zijn allemaal uitgevoerd:\n\n"
        "1. Het nieuwe zwembad is geopend.\n2. De bibliotheek is verbouwd.\n3. Het park is aangelegd.",
        "De raad bespreekt de thema's wonen, werken en leven in de gebiedsagenda.",
        "Sommige regio's hebben hoge ambities: ‘top 3 van Europa’, of ‘de beste regio van het land’.",
        "Inwoners noemden als opgaven: parkeren, zwerfafval en hondenpoep.",
        "Het project gaat over speeltuinen, paden en bankjes.",
        "Het beleid richt zich op het versterken van wonen, werken en leven.",
    ],
)
def test_dutch_lists_that_are_not_themes_give_no_rows(labels, text):
    assert labels(text, "nl") == []


def test_dutch_unnumbered_theme_headings_each_opening_a_section(labels):
    text = (
        "Omgevingsvisie\n\nDe omgevingsvisie kent vier hoofdthema's.\n\n"
        "Gezond en veilig\n\nWe zorgen voor schone lucht en veilige straten.\n\n"
        "Wonen en werken\n\nEr komen meer woningen. Bedrijven krijgen ruimte.\n\n"
        "Klimaat en energie\n\nIn 2050 is de gemeente energieneutraal.\n\n"
        "Landschap\n\nHet beekdal blijft open.\n\nContact\nBel 14 0411"
    )
    assert labels(text, "nl") == ["Gezond en veilig", "Wonen en werken", "Klimaat en energie", "Landschap"]


def test_dutch_section_headings_stop_where_a_sub_list_starts(labels):
    text = (
        "Thema's\n\nWonen\n\nEr komen meer woningen.\n\nWerken\n\nBedrijven krijgen ruimte.\n\n"
        "Deelthema's\nStarters\nSenioren\nStudenten"
    )
    assert labels(text, "nl") == ["Wonen", "Werken"]


def test_dutch_table_of_contents_whose_sub_entries_are_the_themes(labels):
    text = (
        "Inhoudsopgave\n1. Inleiding 3\n2. Speerpunten 5\n2.1 Wonen voor iedereen 6\n2.2 Een sterke economie 8\n"
        "2.3 Samen leven 10\n3. Financiën 12\n\n1. Inleiding\n\nDit akkoord geldt tot 2026."
    )
    assert labels(text, "nl") == THEMES


def test_dutch_goal_bullets_under_a_theme_are_not_further_themes(labels):
    text = (
        "Het akkoord kent twee speerpunten:\n\n1. Wonen voor iedereen\n2. Een sterke economie\n\n"
        "Doelen bij wonen:\n\n• 500 nieuwe woningen\n• Meer starterswoningen\n• Minder leegstand"
    )
    assert labels(text, "nl") == ["Wonen voor iedereen", "Een sterke economie"]


def test_dutch_theme_tiles_with_links_and_captions_between_them(labels):
    text = (
        "Thema's\n\nDe omgevingsvisie kent drie hoofdthema's.\n\n"
        "Wonen voor iedereen\n\nEr komen woningen bij voor jong en oud.\n\nLees meer\n\n"
        "Foto: nieuwbouw aan de rand van het dorp\n\n"
        "Een sterke economie\n\nBedrijven krijgen ruimte om te groeien.\n\nLees meer\n\n"
        "Samen leven\n\nVerenigingen en vrijwilligers maken het dorp.\n\nLees meer"
    )
    assert labels(text, "nl") == THEMES


def test_dutch_theme_headings_with_sub_themes_as_bullets_give_only_the_headings(labels):
    text = (
        "Hoofdthema's\n\nWonen voor iedereen\n• Starters\n• Senioren\n\n"
        "Een sterke economie\n• Werklocaties\n• Toerisme\n\nSamen leven\n• Sport\n• Cultuur"
    )
    assert labels(text, "nl") == THEMES
