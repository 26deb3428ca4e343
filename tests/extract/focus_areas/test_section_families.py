"""Focus-area families of themes given as sections, per language: numbered themes with their own goal
lists, theme headings opening a lead-in and goal bullets after a counted cue, items whose short head is
the theme before an explanation, and theme headings after a cue heading and an introduction; with the
goal bullets, lead-ins and subtitles that look like themes but are not."""

from __future__ import annotations

import pytest

# Numbered theme headings whose sections hold their own lead-in and sub-items ("1. Helse" / "Mål:" / bullets).
SECTION_CUES = {
    "da": [
        "Strategien har tre indsatsområder:",
        "Politikken bygger på tre pejlemærker:",
        "Vi arbejder med tre fokusområder:",
        "Planens tre strategiske spor er:",
        "Byrådet har valgt disse fokusområder:",
    ],
    "nb": [
        "Strategien har tre satsingsområder:",
        "Planen har tre innsatsområder:",
        "Vi arbeider med tre fokusområder:",
        "Kommunens tre målområder er:",
        "Kommunestyret har valgt disse satsingsområdene:",
    ],
    "nn": [
        "Strategien har tre satsingsområde:",
        "Planen har tre innsatsområde:",
        "Vi arbeider med tre fokusområde:",
        "Kommunen sine tre målområde er:",
        "Kommunestyret har valt desse satsingsområda:",
    ],
    "nl": [
        "Het beleidsplan kent drie speerpunten:",
        "Het akkoord rust op drie pijlers:",
        "We werken aan drie thema's:",
        "De drie programmalijnen van het college zijn:",
        "De raad heeft de volgende speerpunten gekozen:",
    ],
}
SUB = {
    "da": ("Mål:", ["Færre rygere", "Mere motion"], ["Sundhed", "Uddannelse", "Beskæftigelse"], "Opfølgning"),
    "nb": ("Mål:", ["Færre røykere", "Mer fysisk aktivitet"], ["Helse", "Utdanning", "Arbeid"], "Oppfølging"),
    "nn": ("Mål:", ["Færre røykjarar", "Meir fysisk aktivitet"], ["Helse", "Utdanning", "Arbeid"], "Oppfølging"),
    "nl": ("Doelen:", ["Minder rokers", "Meer beweging"], ["Gezondheid", "Onderwijs", "Werk"], "Evaluatie"),
}


def _sections(language: str, chapters: int) -> str:
    lead, goals, themes, _ = SUB[language]
    sub = "\n".join(f"- {g}" for g in goals)
    return "\n".join(f"{n}. {t}\n{lead}\n{sub}" for n, t in enumerate(themes[:chapters], 1))


@pytest.mark.parametrize(("language", "cue"), [(lang, c) for lang, cs in SECTION_CUES.items() for c in cs])
def test_numbered_themes_with_their_own_goal_lists_between_them(labels, language, cue):
    assert labels(f"{cue}\n\n{_sections(language, 3)}\n", language) == SUB[language][2]


@pytest.mark.parametrize(("language", "cue"), [(lang, c) for lang, cs in SECTION_CUES.items() for c in cs])
def test_an_unnumbered_heading_ends_the_numbered_themes(labels, language, cue):
    _, _, themes, after = SUB[language]
    text = f"{cue}\n\n{_sections(language, 2)}\n\n{after}\n\n3. {themes[2]}\nTekst."
    assert labels(text, language) in ([], themes[:2])
    assert themes[2] not in labels(text, language)


# Unnumbered theme headings, each opening a section with a lead-in and its goal bullets.
COUNTED_INTROS = {
    "da": [
        "Strategien har tre indsatsområder. Under hvert indsatsområde er der mål.",
        "Politikken har tre temaer, som hver har egne mål.",
        "Planen bygger på tre pejlemærker.",
        "Byrådet har valgt tre fokusområder for perioden.",
        "Strategien har tre strategiske spor, beskrevet nedenfor.",
    ],
    "nb": [
        "Strategien har tre satsingsområder. Under hvert satsingsområde er det mål.",
        "Planen har tre innsatsområder, som hver har egne mål.",
        "Planen bygger på tre målområder.",
        "Kommunestyret har valgt tre fokusområder for perioden.",
        "Strategien har tre satsningsområder, beskrevet nedenfor.",
    ],
    "nn": [
        "Strategien har tre satsingsområde. Under kvart satsingsområde er det mål.",
        "Planen har tre innsatsområde, som kvar har eigne mål.",
        "Planen byggjer på tre målområde.",
        "Kommunestyret har valt tre fokusområde for perioden.",
        "Strategien har tre satsingsområde, omtala nedanfor.",
    ],
    "nl": [
        "Het beleidsplan kent drie speerpunten. Per speerpunt zijn doelen benoemd.",
        "Het akkoord rust op drie pijlers, elk met eigen doelen.",
        "Het programma kent drie programmalijnen.",
        "Het college heeft drie speerpunten gekozen voor deze periode.",
        "De strategie kent drie thema's, die hieronder zijn uitgewerkt.",
    ],
}


def _headed_sections(language: str) -> str:
    lead, goals, themes, _ = SUB[language]
    sub = "\n".join(f"- {g}" for g in goals)
    return "\n\n".join(f"{t}\n\n{lead}\n{sub}" for t in themes)


@pytest.mark.parametrize(("language", "intro"), [(lang, c) for lang, cs in COUNTED_INTROS.items() for c in cs])
def test_theme_headings_each_opening_a_goal_list_after_a_counted_cue(labels, language, intro):
    assert labels(f"{intro}\n\n{_headed_sections(language)}\n", language) == SUB[language][2]


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_the_goal_bullets_under_theme_headings_are_not_the_themes(labels, language):
    intro = COUNTED_INTROS[language][0]
    assert not set(SUB[language][1]) & set(labels(f"{intro}\n\n{_headed_sections(language)}\n", language))


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_headings_with_a_lead_in_but_no_items_are_no_sections(labels, language):
    lead, _, themes, _ = SUB[language]
    bare = "\n\n".join(f"{t}\n\n{lead}" for t in themes)
    assert labels(f"{COUNTED_INTROS[language][0]}\n\n{bare}\n", language) == []


# Items that carry their explanation after a colon or a spaced dash: the short head is the theme.
EXPLAINED = {
    "da": [
        ("Strategien har tre indsatsområder:", "{t}: Her står en forklaring på temaet."),
        ("Vores fokusområder er:", "{t} – vi vil gøre en særlig indsats her"),
        ("Politikken bygger på tre pejlemærker:", "{t} - alle skal have gode muligheder"),
        ("De strategiske spor er:", "{t}: Byrådet vil styrke området frem mod 2030"),
        ("Planens tre temaer:", "{t} — kommunen skal gå forrest"),
    ],
    "nb": [
        ("Planen har tre satsingsområder:", "{t}: Her står en forklaring av området."),
        ("Våre fokusområder er:", "{t} – vi skal gjøre en særlig innsats her"),
        ("Strategien har tre innsatsområder:", "{t} - alle skal ha gode muligheter"),
        ("Målområdene er:", "{t}: Kommunen vil styrke området fram mot 2030"),
        ("Planens tre hovedmål:", "{t} — kommunen skal gå foran"),
    ],
    "nn": [
        ("Planen har tre satsingsområde:", "{t}: Her står ei forklaring av området."),
        ("Fokusområda våre er:", "{t} – vi skal gjere ein særleg innsats her"),
        ("Strategien har tre innsatsområde:", "{t} - alle skal ha gode moglegheiter"),
        ("Målområda er:", "{t}: Kommunen vil styrkje området fram mot 2030"),
        ("Planen sine tre hovudmål:", "{t} — kommunen skal gå føre"),
    ],
    "nl": [
        ("Het college kiest voor drie speerpunten:", "{t}: hier staat een toelichting op het thema."),
        ("Onze speerpunten zijn:", "{t} – we zetten hier extra op in"),
        ("Het akkoord rust op drie pijlers:", "{t} - iedereen krijgt een kans"),
        ("De programmalijnen zijn:", "{t}: de gemeente versterkt dit tot 2030"),
        ("De drie thema's van het beleid:", "{t} — de gemeente gaat voorop"),
    ],
}
HEADS = {
    "da": ["Grøn omstilling", "Bosætning", "Erhverv og job"],
    "nb": ["Grønt skifte", "Bolyst", "Næring og arbeid"],
    "nn": ["Grønt skifte", "Busetjing", "Næring og arbeid"],
    "nl": ["Duurzaamheid", "Wonen", "Werk en inkomen"],
}


@pytest.mark.parametrize(("language", "cue", "shape"), [(lang, c, s) for lang, cs in EXPLAINED.items() for c, s in cs])
@pytest.mark.parametrize("marker", ["- ", "• ", "{n}. "])
def test_the_short_head_before_every_items_explanation_is_the_theme(labels, language, cue, shape, marker):
    lines = [marker.format(n=n) + shape.format(t=t) for n, t in enumerate(HEADS[language], 1)]
    assert labels(f"{cue}\n" + "\n".join(lines), language) == HEADS[language]


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_one_items_subtitle_is_kept_when_the_others_have_none(labels, language):
    cue = EXPLAINED[language][0][0]
    first, *rest = HEADS[language]
    items = [f"- {first} – et sted for alle mennesker", *(f"- {t}" for t in rest)]
    assert labels(f"{cue}\n" + "\n".join(items), language) == [f"{first} – et sted for alle mennesker", *rest]


# A cue heading, an introduction of a paragraph or two, then theme headings each opening a text.
INTROS = {
    "da": (
        ["Indsatsområder", "Fokusområder", "Pejlemærker", "Strategiske spor", "Vores indsatsområder"],
        "Byrådet har i forbindelse med vedtagelsen af den nye strategi besluttet at sætte særligt fokus på en "
        "række områder, hvor kommunen over de kommende fire år vil gøre en ekstra indsats sammen med borgere, "
        "foreninger og virksomheder.",
        "Det gør vi i tæt samarbejde med alle parter i hele kommunen.",
        ["Kontakt", "Nyheder", "Relaterede sider"],
    ),
    "nb": (
        ["Satsingsområder", "Innsatsområder", "Fokusområder", "Målområder", "Våre satsingsområder"],
        "Kommunestyret har i forbindelse med vedtaket av den nye strategien bestemt at det skal settes særlig "
        "søkelys på en rekke områder, der kommunen de neste fire årene skal gjøre en ekstra innsats sammen med "
        "innbyggere, lag og næringsliv.",
        "Dette gjør vi i tett samarbeid med alle parter i hele kommunen.",
        ["Kontakt oss", "Nyheter", "Relaterte sider"],
    ),
    "nn": (
        ["Satsingsområde", "Innsatsområde", "Fokusområde", "Målområde", "Hovudmål"],
        "Kommunestyret har i samband med vedtaket av den nye strategien bestemt at det skal setjast særleg "
        "søkjelys på ei rekkje område, der kommunen dei neste fire åra skal gjere ein ekstra innsats saman med "
        "innbyggjarar, lag og næringsliv.",
        "Dette gjer vi i tett samarbeid med alle partar i heile kommunen.",
        ["Kontakt oss", "Nyheiter", "Relaterte sider"],
    ),
    "nl": (
        ["Speerpunten", "Pijlers", "Programmalijnen", "Onze speerpunten", "Thema's"],
        "De gemeenteraad heeft bij de vaststelling van het nieuwe beleidsplan besloten om de komende vier jaar "
        "extra aandacht te geven aan een aantal onderwerpen, waarbij we nauw samenwerken met inwoners, "
        "verenigingen en ondernemers uit alle kernen.",
        "Dat doen we samen met alle partners in de hele gemeente.",
        ["Contact", "Nieuws", "Lees ook"],
    ),
}
INTRO_THEMES = ["Grøn omstilling", "Bosætning", "Erhverv"]


def _themes_with_text(themes: list[str]) -> str:
    return "\n\n".join(f"{t}\n\nHer står en forklaring på dette område." for t in themes)


@pytest.mark.parametrize(("language", "heading"), [(lang, h) for lang, v in INTROS.items() for h in v[0]])
@pytest.mark.parametrize("paragraphs", [1, 2])
def test_theme_headings_after_a_cue_heading_and_a_longer_introduction(labels, language, heading, paragraphs):
    _, first, second, _ = INTROS[language]
    intro = first if paragraphs == 1 else f"{first}\n\n{second}"
    text = f"{heading}\n\n{intro}\n\n{_themes_with_text(INTRO_THEMES)}"
    assert labels(text, language) == INTRO_THEMES


@pytest.mark.parametrize(("language", "heading"), [(lang, h) for lang, v in INTROS.items() for h in v[0]])
def test_the_web_pages_own_headings_end_the_themes(labels, language, heading):
    _, first, _, furniture = INTROS[language]
    text = f"{heading}\n\n{first}\n\n{_themes_with_text(INTRO_THEMES)}\n\n{_themes_with_text(furniture)}"
    assert labels(text, language) == INTRO_THEMES


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_page_headings_alone_after_a_cue_heading_are_no_themes(labels, language):
    headings, first, _, furniture = INTROS[language]
    assert labels(f"{headings[0]}\n\n{first}\n\n{_themes_with_text(furniture)}", language) == []


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_three_paragraphs_of_text_are_no_introduction(labels, language):
    headings, first, second, _ = INTROS[language]
    text = f"{headings[0]}\n\n{first}\n\n{second}\n\n{first}\n\n{_themes_with_text(INTRO_THEMES)}"
    assert labels(text, language) == []


# A count must agree with the list read after it: a longer list is not cut to the count, and a list of
# other things between the counted cue and its theme sections is passed over.
COUNTED_COLON = {
    "da": [
        "Strategien har tre indsatsområder:",
        "Politikken har tre temaer:",
        "Vi har tre fokusområder:",
        "Planen bygger på tre pejlemærker:",
        "Byrådet har valgt tre strategiske spor:",
    ],
    "nb": [
        "Planen har tre satsingsområder:",
        "Strategien har tre innsatsområder:",
        "Vi har tre fokusområder:",
        "Kommunen har tre målområder:",
        "Kommunestyret har valgt tre satsningsområder:",
    ],
    "nn": [
        "Planen har tre satsingsområde:",
        "Strategien har tre innsatsområde:",
        "Vi har tre fokusområde:",
        "Kommunen har tre målområde:",
        "Kommunestyret har valt tre hovudmål:",
    ],
    "nl": [
        "Het beleidsplan kent drie speerpunten:",
        "Het akkoord rust op drie pijlers:",
        "Er zijn drie thema's:",
        "Het college kiest drie programmalijnen:",
        "De raad stelt drie speerpunten vast:",
    ],
}
FIVE = ["Oppvekst", "Helse", "Næring", "Kultur", "Idrett"]


@pytest.mark.parametrize(("language", "cue"), [(lang, c) for lang, cs in COUNTED_COLON.items() for c in cs])
@pytest.mark.parametrize("marker", ["- ", "{n}. "])
def test_a_list_longer_than_its_count_is_not_cut_to_it(labels, language, cue, marker):
    items = "\n".join(marker.format(n=n) + t for n, t in enumerate(FIVE, 1))
    assert labels(f"{cue}\n{items}\n\nTekst.", language) == []


@pytest.mark.parametrize(("language", "cue"), [(lang, c) for lang, cs in COUNTED_COLON.items() for c in cs])
def test_a_counted_cue_passes_over_a_list_of_other_things_to_its_sections(labels, language, cue):
    other = "\n".join(f"- {t}" for t in FIVE)
    sections = "\n\n".join(f"{t}\n\nHer står en forklaring på temaet." for t in INTRO_THEMES)
    sentence = cue.rstrip(":") + "."
    assert labels(f"{sentence} Desuden:\n\n{other}\n\n{sections}", language) == INTRO_THEMES
