"""Cross-cutting perspectives ("Gjennomgående perspektiver", "Tværgående temaer", "Dwarsdoorsnijdende
thema's") apply to every theme and are no themes of their own: named before the themes, after them, as a
heading among the theme sections or alone, they give no rows. A plan that counts one among its themes
("fire satsingsområder ... det fjerde, folkehelse, er tverrgående") keeps it."""

from __future__ import annotations

import pytest

# (title, count sentence, themes, theme text, cross-cutting paragraph, cross-cutting heading, its bullets)
PLANS = {
    "nb": (
        "Kommuneplanens samfunnsdel 2024-2036",
        "Kommunestyret har valgt tre satsingsområder.",
        ["Oppvekst og læring", "Arbeid og næring", "By og klima"],
        "Her beskriver vi hva kommunen skal oppnå innen satsingsområdet, og hvordan vi følger opp arbeidet.",
        "Gjennomgående perspektiver: Folkehelse, klima og miljø og likestilling skal ligge til grunn i alle tre "
        "satsingsområdene. De gjennomgående perspektivene er ikke egne satsingsområder.",
        "Tverrgående temaer",
        ["Folkehelse", "Likestilling", "Universell utforming"],
    ),
    "nn": (
        "Kommuneplanen sin samfunnsdel 2023-2035",
        "Kommunestyret har valt tre satsingsområde.",
        ["Oppvekst og læring", "Arbeid og næring", "Klima og miljø"],
        "Her skildrar vi kva kommunen skal oppnå innan satsingsområdet, og korleis vi følgjer opp arbeidet.",
        "Gjennomgåande perspektiv: Folkehelse, berekraft og likestilling skal liggje til grunn i alle dei tre "
        "satsingsområda. Dei gjennomgåande perspektiva er ikkje eigne satsingsområde.",
        "Tverrgåande tema",
        ["Folkehelse", "Likestilling", "Universell utforming"],
    ),
    "da": (
        "Planstrategi 2024-2028",
        "Kommunalbestyrelsen har valgt tre indsatsområder.",
        ["Børn og unge", "Erhverv og job", "Klima og natur"],
        "Her beskriver vi, hvad kommunen vil opnå inden for indsatsområdet, og hvordan vi følger op på det.",
        "Tværgående perspektiver: Sundhed, bæredygtighed og ligestilling skal indgå i alle tre indsatsområder. "
        "De tværgående perspektiver er ikke selvstændige indsatsområder.",
        "Tværgående temaer",
        ["Sundhed", "Ligestilling", "Digitalisering"],
    ),
    "nl": (
        "Beleidsplan 2023-2026",
        "Het college kiest voor drie speerpunten.",
        ["Jeugd en onderwijs", "Werk en economie", "Klimaat en natuur"],
        "Hier beschrijven we wat de gemeente binnen dit speerpunt wil bereiken en hoe we de voortgang volgen.",
        "Dwarsdoorsnijdende thema's: Gezondheid, duurzaamheid en inclusie komen terug in alle drie de speerpunten. "
        "Deze dwarsdoorsnijdende thema's zijn geen aparte speerpunten.",
        "Dwarsdoorsnijdende thema's",
        ["Gezondheid", "Duurzaamheid", "Inclusie"],
    ),
}


def _sections(themes: list[str], text: str) -> list[str]:
    return [f"{theme}\n{text}" for theme in themes]


def _bullets(heading: str, items: list[str]) -> str:
    return heading + "\n" + "\n".join(f"- {item}" for item in items)


@pytest.mark.parametrize("language", list(PLANS))
@pytest.mark.parametrize("where", ["after", "before"])
def test_a_cross_cutting_paragraph_beside_the_themes_adds_no_rows(labels, language, where):
    title, count, themes, text, cross, _, _ = PLANS[language]
    parts = [title, count, *_sections(themes, text), cross] if where == "after" else [title, cross, count]
    if where == "before":
        parts += _sections(themes, text)
    assert labels("\n\n".join(parts) + "\n", language) == themes


@pytest.mark.parametrize("language", list(PLANS))
def test_a_cross_cutting_section_after_the_theme_sections_is_no_theme(labels, language):
    title, count, themes, text, _, heading, _ = PLANS[language]
    parts = [title, count, *_sections(themes, text), f"{heading}\n{text}"]
    assert labels("\n\n".join(parts) + "\n", language) == themes


@pytest.mark.parametrize("language", list(PLANS))
def test_cross_cutting_headings_with_bullets_before_the_themes_are_no_themes(labels, language):
    title, count, themes, text, _, heading, items = PLANS[language]
    parts = [title, _bullets(heading, items), count, *_sections(themes, text)]
    assert labels("\n\n".join(parts) + "\n", language) == themes


@pytest.mark.parametrize("language", list(PLANS))
@pytest.mark.parametrize("shape", ["paragraph", "bullets", "inline", "sections"])
def test_cross_cutting_perspectives_alone_give_no_rows(labels, language, shape):
    title, _, _, text, cross, heading, items = PLANS[language]
    body = {
        "paragraph": cross,
        "bullets": _bullets(heading, items),
        "inline": f"{heading}: {', '.join(items[:-1])} {'en' if language == 'nl' else 'og'} {items[-1]}.",
        "sections": "\n\n".join([heading, *_sections(items, text)]),
    }[shape]
    assert labels(f"{title}\n\n{body}\n", language) == []


# A fourth theme the plan counts as its own though cross-cutting, and cross-cutting initiatives (not
# perspectives) under their own heading, are themes of the plan.
KEPT = {
    "nb": [
        ("Planen har fire satsingsområder. Det fjerde, folkehelse, er tverrgående og gjelder alle.", "Folkehelse"),
        ("Planen har fire satsingsområder.", "Tverrgående satsinger"),
    ],
    "nn": [
        ("Planen har fire satsingsområde. Det fjerde, folkehelse, er tverrgåande og gjeld alle.", "Folkehelse"),
        ("Planen har fire satsingsområde.", "Tverrgåande satsingar"),
    ],
    "da": [
        ("Planen har fire indsatsområder. Det fjerde, sundhed, er tværgående og gælder alle.", "Sundhed"),
        ("Planen har fire indsatsområder.", "Tværgående indsatser"),
    ],
    "nl": [
        ("Het plan kent vier speerpunten. Het vierde, gezondheid, is dwarsdoorsnijdend.", "Gezondheid"),
        ("Het plan kent vier speerpunten.", "Dwarsdoorsnijdende projecten"),
    ],
}


@pytest.mark.parametrize(
    ("language", "sentence", "fourth"), [(k, *case) for k, cases in KEPT.items() for case in cases]
)
def test_a_cross_cutting_theme_the_plan_counts_as_its_own_is_kept(labels, language, sentence, fourth):
    title, _, themes, text, _, _, _ = PLANS[language]
    parts = [title, sentence, *_sections([*themes, fourth], text)]
    assert labels("\n\n".join(parts) + "\n", language) == [*themes, fourth]


# Counted cross-cutting perspectives in running text, alone or before the plan's own themes.
COUNTED_PERSPECTIVES = {
    "nb": (
        "Planen har tre gjennomgående perspektiver: folkehelse, bærekraft og likestilling.",
        "Planen har tre satsingsområder: oppvekst, arbeid og klima.",
        ["oppvekst", "arbeid", "klima"],
    ),
    "nn": (
        "Planen har tre gjennomgåande perspektiv: folkehelse, berekraft og likestilling.",
        "Planen har tre satsingsområde: oppvekst, arbeid og klima.",
        ["oppvekst", "arbeid", "klima"],
    ),
    "da": (
        "Strategien har tre tværgående perspektiver: sundhed, bæredygtighed og ligestilling.",
        "Strategien har tre indsatsområder: børn, erhverv og klima.",
        ["børn", "erhverv", "klima"],
    ),
    "nl": (
        "Het plan kent drie dwarsdoorsnijdende perspectieven: gezondheid, inclusie en duurzaamheid.",
        "Het plan kent drie speerpunten: wonen, werken en zorg.",
        ["wonen", "werken", "zorg"],
    ),
}


@pytest.mark.parametrize("language", list(COUNTED_PERSPECTIVES))
def test_counted_cross_cutting_perspectives_alone_give_no_rows(labels, language):
    title = PLANS[language][0]
    perspectives, _, _ = COUNTED_PERSPECTIVES[language]
    assert labels(f"{title}\n\n{perspectives}\n", language) == []


@pytest.mark.parametrize("language", list(COUNTED_PERSPECTIVES))
def test_counted_cross_cutting_perspectives_before_the_themes_give_way_to_them(labels, language):
    title = PLANS[language][0]
    perspectives, sentence, themes = COUNTED_PERSPECTIVES[language]
    assert labels(f"{title}\n\n{perspectives}\n\n{sentence}\n", language) == themes


@pytest.mark.parametrize("language", list(PLANS))
def test_counted_cross_cutting_perspectives_as_sections_give_no_rows(labels, language):
    title, _, _, text, _, _, items = PLANS[language]
    count = COUNTED_PERSPECTIVES[language][0].split(":")[0] + "."
    assert labels("\n\n".join([title, count, *_sections(items, text)]) + "\n", language) == []
