"""Norwegian Bokmål focus areas: each cue word family, each list shape, and the lists that are not themes."""

from __future__ import annotations

import pytest

THEMES = ["Klima og miljø", "Oppvekst og utdanning", "Næringsutvikling"]
BULLETS = "\n".join(f"• {t}" for t in THEMES)


@pytest.mark.parametrize(
    "announcement",
    [
        "Planen har tre satsingsområder:",
        "Kommunens satsningsområder er:",
        "Strategien peker ut tre innsatsområder:",
        "Målområdene i planen er:",
        "Kommuneplanens hovedmål er:",
        "Vi har valgt følgende fokusområder:",
        "Strategiens tema er:",
    ],
)
def test_every_bokmal_cue_word_announces_the_list_after_it(labels, announcement):
    text = f"Kommuneplanens samfunnsdel\n\n{announcement}\n\n{BULLETS}\n\nPlanen rulleres hvert fjerde år."
    assert labels(text, "nb") == THEMES


def test_bokmal_numbered_list_under_a_counted_cue(labels):
    text = "Strategien har tre satsingsområder:\n\n1. Klima og miljø\n2. Oppvekst og utdanning\n3. Næringsutvikling"
    assert labels(text, "nb") == THEMES


def test_bokmal_inline_enumeration_after_a_colon(labels):
    text = "De fire satsingsområdene er: folkehelse, klima, kultur og næring."
    assert labels(text, "nb") == ["folkehelse", "klima", "kultur", "næring"]


def test_bokmal_satsingsomrade_headings_spread_over_the_text(labels):
    text = (
        "Satsingsområde 1: Klima og miljø\n\nKommunen skal kutte utslippene.\n\n"
        "Satsingsområde 2: Oppvekst og utdanning\n\nAlle barn skal ha en god skole.\n\n"
        "Satsingsområde 3: Næringsutvikling\n\nVi vil ha flere arbeidsplasser."
    )
    assert labels(text, "nb") == THEMES


def test_bokmal_plan_about_its_themes_in_one_sentence(labels):
    text = "Planen handler særlig om bolig, samferdsel og friluftsliv."
    assert labels(text, "nb") == ["bolig", "samferdsel", "friluftsliv"]


def test_bokmal_count_word_must_agree_with_the_list(labels):
    text = "Planen har fem satsingsområder:\n\n• Klima og miljø\n• Næringsutvikling\n\nMer informasjon kommer."
    assert labels(text, "nb") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kommuneplanen består av en samfunnsdel og en arealdel.",
        "Innbyggerne tok opp tema som: parkering, søppel og hundelufting.",
        "Visjonen vår:\n\n• Trygg\n• Raus\n• Nyskapende",
        "Dagsorden for møtet:\n\n1. Godkjenning av innkalling\n2. Referatsaker\n3. Eventuelt",
        "Kommunen tilbyr:\n\n• Hjemmetjenester\n• Helsestasjon\n• Fysioterapi",
        "Sesjoner på konferansen:\n\n• Grønn mobilitet\n• Unge i arbeid\n• Smarte byer",
        "Alle tre satsingsområdene er gjennomført:\n\n• Ny skole\n• Ny barnehage\n• Ny idrettshall",
        "Prosjektet handler om lekeplasser, stier og benker.",
        "Planen handler om å skape vekst, arbeidsplasser og trivsel.",
    ],
)
def test_bokmal_lists_that_are_not_themes_give_no_rows(labels, text):
    assert labels(text, "nb") == []


def test_bokmal_goal_bullets_under_a_theme_are_not_further_themes(labels):
    text = (
        "Planen har to satsingsområder:\n\n1. Klima og miljø\n2. Næringsutvikling\n\n"
        "Delmål for klima:\n\n• Halvere utslippene\n• Flere elbiler\n• Mer gjenbruk"
    )
    assert labels(text, "nb") == ["Klima og miljø", "Næringsutvikling"]


def test_bokmal_unnumbered_theme_headings_each_opening_a_section(labels):
    text = (
        "Kommuneplanens samfunnsdel\n\nPlanen har tre satsingsområder.\n\n"
        "Levekår og folkehelse\n\nAlle skal ha gode levekår.\n\n"
        "Klima og miljø\n\nUtslippene skal ned.\n\n"
        "Næringsliv\n\nVi vil ha flere arbeidsplasser.\n\nKontakt oss\nTelefon 55 55 55 55"
    )
    assert labels(text, "nb") == ["Levekår og folkehelse", "Klima og miljø", "Næringsliv"]


def test_bokmal_table_of_contents_whose_sub_entries_are_the_themes(labels):
    text = (
        "Innhold\n1. Innledning 3\n2. Satsingsområder 5\n2.1 Klima og miljø 6\n2.2 Oppvekst og utdanning 9\n"
        "2.3 Næringsutvikling 12\n3. Økonomi 15\n\n1. Innledning\n\nPlanen gjelder for fire år."
    )
    assert labels(text, "nb") == THEMES


def test_bokmal_theme_tiles_with_links_and_captions_between_them(labels):
    text = (
        "Planen har tre satsingsområder.\n\n"
        "Klima og miljø\n\nUtslippene skal ned.\n\nFoto: elbiler ved rådhuset\n\nLes mer\n\n"
        "Oppvekst og utdanning\n\nAlle barn skal få en god start.\n\nLes mer\n\n"
        "Næringsutvikling\n\nVi vil ha flere arbeidsplasser.\n\nLes mer"
    )
    assert labels(text, "nb") == THEMES


def test_bokmal_theme_headings_with_sub_goals_give_only_the_headings(labels):
    text = (
        "Satsingsområder\n\nKlima og miljø\n• Kutte utslipp\n• Mer gjenbruk\n\n"
        "Oppvekst og utdanning\n• Flere lærere\n\nNæringsutvikling\n• Flere arbeidsplasser"
    )
    assert labels(text, "nb") == THEMES
