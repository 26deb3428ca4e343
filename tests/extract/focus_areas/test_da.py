"""Danish focus areas: each cue word family, each list shape, and the lists that are not themes."""

from __future__ import annotations

import pytest

THEMES = ["Grøn omstilling", "Uddannelse og job", "Kultur og fællesskab"]
BULLETS = "\n".join(f"- {t}" for t in THEMES)


@pytest.mark.parametrize(
    "announcement",
    [
        "Strategien har tre indsatsområder:",
        "Vi arbejder med følgende fokusområder:",
        "Politikkens temaer er:",
        "Planen bygger på tre pejlemærker:",
        "Strategiens hovedemner:",
        "Byrådet har valgt tre strategiske spor:",
        "Kommunens målsætninger for perioden er:",
        "De tre indsatsområder i strategien er:",
    ],
)
def test_every_danish_cue_word_announces_the_list_after_it(labels, announcement):
    text = f"Erhvervsstrategi 2024\n\n{announcement}\n\n{BULLETS}\n\nStrategien revideres i 2026."
    assert labels(text, "da") == THEMES


@pytest.mark.parametrize(
    "text",
    [
        "Strategien har tre indsatsområder:\n1. Grøn omstilling\n2. Uddannelse og job\n3. Kultur og fællesskab",
        "De fire pejlemærker er: grøn omstilling, uddannelse, kultur og erhverv.",
        "Politikken fokuserer på temaerne Grøn omstilling, Uddannelse og job og Kultur og fællesskab.",
        "Handleplanen drejer sig om turisme, boliger samt by- og landsbyudvikling.",
        "Fokusområder\n\nKommunen vil i de kommende år særligt prioritere:\n\n• Grøn omstilling\n• Uddannelse og job",
    ],
)
def test_danish_list_shapes_are_read(labels, text):
    assert len(labels(text, "da")) >= 2


def test_danish_inline_enumeration_after_a_colon_keeps_its_items_whole(labels):
    text = "De fire pejlemærker er: grøn omstilling, uddannelse, kultur og erhverv."
    assert labels(text, "da") == ["grøn omstilling", "uddannelse", "kultur", "erhverv"]


def test_danish_compound_with_a_hyphen_is_one_item(labels):
    text = "Handleplanen drejer sig om turisme, boliger samt by- og landsbyudvikling."
    assert labels(text, "da") == ["turisme", "boliger", "by- og landsbyudvikling"]


def test_danish_numbered_cue_headings_spread_over_the_text(labels):
    text = (
        "Indsatsområde 1: Grøn omstilling\n\nVi vil halvere udledningen.\n\n"
        "Indsatsområde 2: Uddannelse og job\n\nFlere unge skal i uddannelse.\n\n"
        "Indsatsområde 3: Kultur og fællesskab\n\nForeningerne er vigtige."
    )
    assert labels(text, "da") == THEMES


def test_danish_count_word_must_agree_with_the_list(labels):
    text = "Strategien har fire indsatsområder:\n\n- Grøn omstilling\n- Uddannelse og job\n\nKontakt os."
    assert labels(text, "da") == []


@pytest.mark.parametrize(
    "text",
    [
        "Visionen for kommunen:\n\n- En grøn kommune\n- En kommune i vækst\n- En kommune for alle",
        "Dagsorden for mødet:\n\n1. Godkendelse af dagsorden\n2. Orientering\n3. Eventuelt",
        "Workshops på konferencen:\n\n- Klima i praksis\n- Unge og job\n- Nye boligformer",
        "Kommunen tilbyder:\n\n- Hjemmepleje\n- Madservice\n- Genoptræning",
        "Kommuneplanen består af en hovedstruktur, retningslinjer og rammer.",
        "Vi har tre målsætninger, og de er alle gennemført:\n\n- Nyt bibliotek\n- Ny skole\n- Ny hal",
        "I denne fase er de strategiske fokusområder: People, Places og Planet.",
        "Borgerne nævnte temaer som: parkering, affald og hundeluftning.",
        "Projektet handler om legepladser, stier og bænke.",
        "Strategien handler om at skabe vækst, job og trivsel.",
    ],
)
def test_danish_lists_that_are_not_themes_give_no_rows(labels, text):
    assert labels(text, "da") == []


def test_danish_goal_bullets_under_a_theme_are_not_further_themes(labels):
    text = (
        "Strategien har to indsatsområder:\n\n1. Grøn omstilling\n2. Uddannelse og job\n\n"
        "Mål for grøn omstilling:\n\n- 50 % mindre CO2 i 2030\n- Flere elbiler\n- Mere genbrug"
    )
    assert labels(text, "da") == ["Grøn omstilling", "Uddannelse og job"]


def test_danish_unnumbered_theme_headings_each_opening_a_section(labels):
    text = (
        "Sundhedspolitik\n\nPolitikken har tre temaer.\n\n"
        "Mental sundhed\n\nFlere skal trives i hverdagen.\n\n"
        "Forebyggelse\n\nVi vil forebygge livsstilssygdomme.\n\n"
        "Det nære sundhedsvæsen\n\nBorgerne skal have hjælp tæt på.\n\nKontakt\nRing på 7070 1234"
    )
    assert labels(text, "da") == ["Mental sundhed", "Forebyggelse", "Det nære sundhedsvæsen"]


def test_danish_table_of_contents_whose_sub_entries_are_the_themes(labels):
    text = (
        "Indhold\n1. Forord 2\n2. Indsatsområder 4\n2.1 Grøn omstilling ..... 5\n2.2 Uddannelse og job ..... 8\n"
        "2.3 Kultur og fællesskab ..... 11\n3. Opfølgning 14\n\n1. Forord\n\nStrategien gælder til 2030."
    )
    assert labels(text, "da") == THEMES


def test_danish_theme_tiles_with_links_between_them(labels):
    text = (
        "Strategien har tre fokusområder.\n\n"
        "Grøn omstilling\n\nVi skal halvere udledningen inden 2030.\n\nLæs mere\n\n"
        "Uddannelse og job\n\nFlere unge skal have en uddannelse.\n\nLæs mere\n\n"
        "Kultur og fællesskab\n\nForeningslivet skal styrkes.\n\nLæs mere"
    )
    assert labels(text, "da") == THEMES


def test_danish_theme_headings_with_goal_bullets_give_only_the_headings(labels):
    text = (
        "Fokusområder\n\nGrøn omstilling\n- Mindre CO2\n- Mere genbrug\n\n"
        "Uddannelse og job\n- Flere i uddannelse\n\nKultur og fællesskab\n- Stærke foreninger\n- Flere frivillige"
    )
    assert labels(text, "da") == THEMES
