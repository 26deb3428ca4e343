"""Every theme word of issue 14 in every list shape: the plural word with a count announces the list, the
singular word numbers the theme headings, and the count must agree with what is read. Per language the
words are (plural with count, singular heading word); the themes are invented."""

from __future__ import annotations

import pytest

WORDS = {
    "da": [
        ("fire pejlemærker", "Pejlemærke"),
        ("fire strategiske spor", "Spor"),
        ("fire målsætninger", "Målsætning"),
        ("fire indsatsområder", "Indsatsområde"),
        ("fire fokusområder", "Fokusområde"),
        ("fire temaer", "Tema"),
        ("fire strategiske indsatsfelter", "Indsatsfelt"),
    ],
    "nb": [
        ("fire satsingsområder", "Satsingsområde"),
        ("fire innsatsområder", "Innsatsområde"),
        ("fire hovedmål", "Hovedmål"),
        ("fire målområder", "Målområde"),
        ("fire fokusområder", "Fokusområde"),
        ("fire satsingsfelt", "Satsingsfelt"),
        ("fire temaområder", "Temaområde"),
    ],
    "nn": [
        ("fire satsingsområde", "Satsingsområde"),
        ("fire innsatsområde", "Innsatsområde"),
        ("fire hovudmål", "Hovudmål"),
        ("fire målområde", "Målområde"),
        ("fire fokusområde", "Fokusområde"),
        ("fire tema", "Tema"),
        ("fire satsingsfelt", "Satsingsfelt"),
        ("fire temaområde", "Temaområde"),
    ],
    "nl": [
        ("vier pijlers", "Pijler"),
        ("vier ambities", "Ambitie"),
        ("vier opgaven", "Opgave"),
        ("vier programmalijnen", "Programmalijn"),
        ("vier speerpunten", "Speerpunt"),
    ],
}
THEMES = {
    "da": ["Grøn omstilling", "Uddannelse til alle", "Kultur og fritid", "Erhverv og job"],
    "nb": ["Grønn omstilling", "Utdanning for alle", "Kultur og fritid", "Næring og arbeid"],
    "nn": ["Grøn omstilling", "Utdanning for alle", "Kultur og fritid", "Næring og arbeid"],
    "nl": ["Groene omslag", "Onderwijs voor iedereen", "Cultuur en vrije tijd", "Werk en economie"],
}
INLINE = {
    "da": ["grøn omstilling", "uddannelse til alle", "levende byer", "stærke fællesskaber"],
    "nb": ["grønn omstilling", "utdanning for alle", "levende bygder", "sterke fellesskap"],
    "nn": ["grøn omstilling", "utdanning for alle", "levande bygder", "sterke fellesskap"],
    "nl": ["groene omslag", "onderwijs voor iedereen", "levendige kernen", "sterke wijken"],
}
SUBJECT = {"da": "Strategien har", "nb": "Strategien har", "nn": "Strategien har", "nl": "De strategie kent"}
BODY = {
    "da": "Her beskriver vi, hvad vi vil opnå.",
    "nb": "Her beskriver vi hva vi vil oppnå.",
    "nn": "Her skildrar vi kva vi vil oppnå.",
    "nl": "Hier beschrijven we wat we willen bereiken.",
}
CASES = [(lang, plural, singular) for lang, words in WORDS.items() for plural, singular in words]


def _themes(language: str) -> list[str]:
    return THEMES[language]


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_bullets_after_a_counted_theme_word(labels, language, plural, singular):
    items = "\n".join(f"- {t}" for t in _themes(language))
    assert labels(f"{SUBJECT[language]} {plural}:\n\n{items}", language) == _themes(language)


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_a_numbered_list_after_a_counted_theme_word(labels, language, plural, singular):
    items = "\n".join(f"{n}. {t}" for n, t in enumerate(_themes(language), 1))
    assert labels(f"{SUBJECT[language]} {plural}:\n{items}\n\n{BODY[language]}", language) == _themes(language)


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_a_lettered_list_after_a_counted_theme_word(labels, language, plural, singular):
    items = "\n".join(f"{chr(65 + n)}. {t}" for n, t in enumerate(_themes(language)))
    assert labels(f"{SUBJECT[language]} {plural}:\n\n{items}", language) == _themes(language)


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_an_inline_enumeration_after_a_colon(labels, language, plural, singular):
    themes = INLINE[language]
    joiner = {"da": " og ", "nb": " og ", "nn": " og ", "nl": " en "}[language]
    text = f"{SUBJECT[language]} {plural}: {', '.join(themes[:-1])}{joiner}{themes[-1]}."
    assert labels(text, language) == themes


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_numbered_theme_word_headings_spread_over_the_text(labels, language, plural, singular):
    sections = "\n\n".join(f"{singular} {n}: {t}\n\n{BODY[language]}" for n, t in enumerate(_themes(language), 1))
    assert labels(f"{SUBJECT[language]} {plural}.\n\n{sections}", language) == _themes(language)


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_a_count_that_disagrees_with_the_list_gives_no_rows(labels, language, plural, singular):
    items = "\n".join(f"- {t}" for t in _themes(language)[:3])
    assert labels(f"{SUBJECT[language]} {plural}:\n\n{items}\n\n{BODY[language]}", language) == []


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_counted_chapters_numbered_on_from_the_documents_earlier_chapters(labels, language, plural, singular):
    chapters = "\n\n".join(
        f"{n} {t}\n\n{BODY[language]}\n\n{n}.1 {singular}\n\n{BODY[language]}"
        for n, t in enumerate(_themes(language), 4)
    )
    text = f"{SUBJECT[language]} {plural}. {BODY[language]}\n\n{chapters}\n\n8 Økonomi\n\n{BODY[language]}"
    assert labels(text, language) == _themes(language)


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_a_singular_theme_word_before_a_list_names_one_themes_contents(labels, language, plural, singular):
    definite = singular.lower() + ("t" if singular.endswith("e") else "et")
    lead = {
        "da": f"Under {definite} Klima har vi arbejdet med:",
        "nb": f"Under {definite} klima har vi jobbet med:",
        "nn": f"Under {definite} klima har vi arbeidd med:",
        "nl": f"Binnen de {singular.lower()} klimaat werkten we aan:",
    }[language]
    items = "\n".join(f"- {t}" for t in _themes(language))
    assert labels(f"{lead}\n\n{items}", language) == []


CONTENTS = {
    "da": ("Indhold", "Indledning", "Økonomi"),
    "nb": ("Innhold", "Innledning", "Økonomi"),
    "nn": ("Innhald", "Innleiing", "Økonomi"),
    "nl": ("Inhoud", "Inleiding", "Financiën"),
}


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_a_table_of_contents_whose_sub_entries_are_the_themes(labels, language, plural, singular):
    title, first, last = CONTENTS[language]
    heading = plural.split(" ", 1)[1].capitalize()
    subs = "\n".join(f"2.{n} {t} {4 + 2 * n}" for n, t in enumerate(_themes(language), 1))
    text = f"{title}\n1. {first} 3\n2. {heading} 5\n{subs}\n3. {last} 14\n\n{first}\n\n{BODY[language]}"
    assert labels(text, language) == _themes(language)


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_themes_named_after_a_copula(labels, language, plural, singular):
    copula = {"da": "er", "nb": "er", "nn": "er", "nl": "zijn"}[language]
    joiner = {"da": " og ", "nb": " og ", "nn": " og ", "nl": " en "}[language]
    themes = INLINE[language]
    opener = {"da": "De", "nb": "De", "nn": "Dei", "nl": "De"}[language]
    text = f"{opener} {plural} {copula} {', '.join(themes[:-1])}{joiner}{themes[-1]}."
    assert labels(text, language) == themes


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_unnumbered_theme_headings_after_a_counted_sentence(labels, language, plural, singular):
    sections = "\n\n".join(f"{t}\n\n{BODY[language]}" for t in _themes(language))
    text = (
        f"{SUBJECT[language]} {plural}. {BODY[language]}\n\n{sections}\n\n{CONTENTS[language][2]}\n\n{BODY[language]}"
    )
    assert labels(text, language) == _themes(language)


@pytest.mark.parametrize(("language", "plural", "singular"), CASES)
def test_theme_word_headings_with_a_dash_and_a_markdown_mark(labels, language, plural, singular):
    sections = "\n\n".join(f"## {singular} {n} – {t}\n\n{BODY[language]}" for n, t in enumerate(_themes(language), 1))
    assert labels(f"# Strategi 2030\n\n{sections}", language) == _themes(language)
