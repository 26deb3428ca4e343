"""Norwegian Nynorsk focus areas: each cue word family, each list shape, and the lists that are not themes."""

from __future__ import annotations

import pytest

THEMES = ["Oppvekst og skule", "Reiseliv og landbruk", "Gode bustadområde"]
BULLETS = "\n".join(f"- {t}" for t in THEMES)


@pytest.mark.parametrize(
    "announcement",
    [
        "Planen har tre satsingsområde:",
        "Kommunen sine satsingsområde er:",
        "Dei tre innsatsområda i planen er:",
        "Målområda for perioden er:",
        "Hovudmåla i planen er:",
        "Tema i planen er:",
    ],
)
def test_every_nynorsk_cue_word_announces_the_list_after_it(labels, announcement):
    text = f"Kommuneplanen sin samfunnsdel\n\n{announcement}\n\n{BULLETS}\n\nPlanen vert rullert kvart år."
    assert labels(text, "nn") == THEMES


def test_nynorsk_numbered_list_under_a_counted_cue(labels):
    text = "Planen har tre satsingsområde:\n\n1. Oppvekst og skule\n2. Reiseliv og landbruk\n3. Gode bustadområde"
    assert labels(text, "nn") == THEMES


def test_nynorsk_inline_enumeration_after_a_colon(labels):
    text = "Dei fire satsingsområda er: folkehelse, klima, kultur og næring."
    assert labels(text, "nn") == ["folkehelse", "klima", "kultur", "næring"]


def test_nynorsk_satsingsomrade_headings_spread_over_the_text(labels):
    text = (
        "Satsingsområde 1: Oppvekst og skule\n\nAlle born skal ha ein god skule.\n\n"
        "Satsingsområde 2: Reiseliv og landbruk\n\nVi vil ha fleire besøkjande.\n\n"
        "Satsingsområde 3: Gode bustadområde\n\nDet skal vere godt å bu her."
    )
    assert labels(text, "nn") == THEMES


def test_nynorsk_plan_about_its_themes_in_one_sentence(labels):
    text = "Kommuneplanen handlar særleg om bustad, samferdsel og friluftsliv."
    assert labels(text, "nn") == ["bustad", "samferdsel", "friluftsliv"]


@pytest.mark.parametrize(
    "text",
    [
        "Kommuneplanen består av ein samfunnsdel og ein arealdel.",
        "Visjonen vår:\n\n- Open\n- Raus\n- Nyskapande",
        "Saksliste for møtet:\n\n1. Godkjenning av innkalling\n2. Referatsaker\n3. Eventuelt",
        "Kommunen tilbyr:\n\n- Heimetenester\n- Helsestasjon\n- Fysioterapi",
        "Planen har fire satsingsområde:\n\n- Oppvekst og skule\n- Reiseliv og landbruk\n\nMeir kjem.",
        "Alle dei tre satsingsområda er gjennomført:\n\n- Ny skule\n- Ny barnehage\n- Ny idrettshall",
        "Prosjektet handlar om leikeplassar, stiar og benkar.",
        "Planen handlar om å skape vekst, arbeidsplassar og trivsel.",
    ],
)
def test_nynorsk_lists_that_are_not_themes_give_no_rows(labels, text):
    assert labels(text, "nn") == []


def test_nynorsk_unnumbered_theme_headings_each_opening_a_section(labels):
    text = (
        "Kommuneplanen sin samfunnsdel\n\nPlanen har tre satsingsområde.\n\n"
        "Oppvekst\n\nAlle born skal ha ein god oppvekst.\n\n"
        "Næring\n\nVi vil ha fleire arbeidsplassar.\n\n"
        "Natur og kultur\n\nNaturen skal takast vare på.\n\nKontakt oss\nTelefon 57 87 00 00"
    )
    assert labels(text, "nn") == ["Oppvekst", "Næring", "Natur og kultur"]


def test_nynorsk_table_of_contents_whose_sub_entries_are_the_themes(labels):
    text = (
        "Innhald\n1. Innleiing 3\n2. Satsingsområde 5\n2.1 Oppvekst og skule 6\n2.2 Reiseliv og landbruk 8\n"
        "2.3 Gode bustadområde 10\n3. Økonomi 12\n\n1. Innleiing\n\nPlanen gjeld i fire år."
    )
    assert labels(text, "nn") == THEMES


def test_nynorsk_sub_goals_under_a_theme_are_not_further_themes(labels):
    text = (
        "Planen har to satsingsområde:\n\n1. Oppvekst og skule\n2. Reiseliv og landbruk\n\n"
        "Delmål for oppvekst:\n\n- Fleire lærarar\n- Ny barnehage\n- Betre skulevegar"
    )
    assert labels(text, "nn") == ["Oppvekst og skule", "Reiseliv og landbruk"]


@pytest.mark.parametrize(
    "text",
    [
        "Seminar for ordførarar:\n\n- Klima i praksis\n- Unge i arbeid\n- Smarte byar",
        "Konferansen har desse sesjonane:\n\n- Grøn mobilitet\n- Folkehelse\n- Digitalisering",
    ],
)
def test_nynorsk_event_sessions_are_not_themes(labels, text):
    assert labels(text, "nn") == []


def test_nynorsk_theme_tiles_with_links_between_them(labels):
    text = (
        "Planen har tre satsingsområde.\n\n"
        "Oppvekst og skule\n\nAlle born skal ha ein god skule.\n\nLes meir\n\n"
        "Reiseliv og landbruk\n\nVi vil ha fleire besøkjande.\n\nLes meir\n\n"
        "Gode bustadområde\n\nDet skal vere godt å bu her.\n\nLes meir"
    )
    assert labels(text, "nn") == THEMES


def test_nynorsk_theme_headings_with_sub_goals_give_only_the_headings(labels):
    text = (
        "Satsingsområde\n\nOppvekst og skule\n- Fleire lærarar\n- Ny barnehage\n\n"
        "Reiseliv og landbruk\n- Fleire besøkjande\n\nGode bustadområde\n- Fleire tomter"
    )
    assert labels(text, "nn") == THEMES
