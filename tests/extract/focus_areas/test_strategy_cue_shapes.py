"""A strategy names its themes under a cue word ("pejlemærker", "satsingsområder", "hovudmål",
"speerpunten", "beleidsdoelstellingen") in every shape: bullets, an inline enumeration after a colon,
numbered headings spread over the text, cue headings ("Pejlemærke 2: ..."), a cue heading over bullets.
Themes may be whole sentences ("Vi skaber trivsel for børn og unge"): the label is the heading as written.
A count word must agree with what is read; a heading announcing the list ("Fire pejlemærker") is not a
theme; sub-goals and indicators under a theme are not themes."""

from __future__ import annotations

import pytest

STRATEGIES = {
    "da": {
        "title": "Kommunalbestyrelsens strategi 2024-2027",
        "count": "fire",
        "cue": "pejlemærker",
        "one": "Pejlemærke",
        "lead": "Kommunalbestyrelsen har vedtaget {count} {cue}",
        "own": "Vores pejlemærker",
        "announce": "Fire pejlemærker for fremtiden",
        "and": "og",
        "themes": [
            "Vi skaber trivsel for børn og unge",
            "Vi tager ansvar for klimaet",
            "Vi styrker erhvervslivet i hele kommunen",
            "Vi er tæt på borgerne",
        ],
        "nouns": ["Grøn omstilling", "Gode rammer for børn og unge", "Et stærkt erhvervsliv", "Nærhed"],
        "text": "Her beskriver vi, hvad kommunen vil gøre i de kommende fire år, og hvordan borgere, "
        "foreninger og virksomheder kan være med til at løfte opgaven sammen med os.",
        "sub": ["Delmål: Flere børn trives i skolen", "Indikator: Andelen af unge i uddannelse"],
    },
    "nb": {
        "title": "Kommuneplanens samfunnsdel 2024–2036",
        "count": "fire",
        "cue": "satsingsområder",
        "one": "Satsingsområde",
        "lead": "Kommunestyret har vedtatt {count} {cue}",
        "own": "Våre satsingsområder",
        "announce": "Fire satsingsområder",
        "and": "og",
        "themes": [
            "Vi skaper gode oppvekstvilkår for alle barn",
            "Vi tar ansvar for klimaet",
            "Vi styrker næringslivet i hele kommunen",
            "Vi er nær innbyggerne",
        ],
        "nouns": ["Levende lokalsamfunn", "Klima og miljø", "Oppvekst og læring", "Helse og mestring"],
        "text": "Her beskriver vi hva kommunen vil gjøre de neste fire årene, og hvordan innbyggere, "
        "lag og foreninger og næringslivet kan være med på å løfte oppgaven sammen med oss.",
        "sub": ["Delmål: Flere barn trives på skolen", "Indikator: Andel unge i utdanning"],
    },
    "nn": {
        "title": "Kommuneplanen sin samfunnsdel 2024–2036",
        "count": "fire",
        "cue": "hovudmål",
        "one": "Hovudmål",
        "lead": "Kommunestyret har vedteke {count} {cue}",
        "own": "Våre hovudmål",
        "announce": "Fire hovudmål",
        "and": "og",
        "themes": [
            "Vi skaper gode oppvekstvilkår for alle born",
            "Vi tek ansvar for klimaet",
            "Vi styrkjer næringslivet i heile kommunen",
            "Vi er nær innbyggjarane",
        ],
        "nouns": ["Levande bygder", "Klima og miljø", "Trygg oppvekst", "Helse heile livet"],
        "text": "Her skildrar vi kva kommunen vil gjere dei neste fire åra, og korleis innbyggjarar, "
        "lag og foreiningar og næringslivet kan vere med på å løfte oppgåva saman med oss.",
        "sub": ["Delmål: Fleire born trivst på skulen", "Indikator: Del unge i utdanning"],
    },
    "nl": {
        "title": "Meerjarenplan 2026-2031",
        "count": "vier",
        "cue": "beleidsdoelstellingen",
        "one": "Beleidsdoelstelling",
        "lead": "De gemeenteraad heeft {count} {cue} vastgesteld",
        "own": "Onze beleidsdoelstellingen",
        "announce": "Vier beleidsdoelstellingen",
        "and": "en",
        "themes": [
            "Lommel zorgt voor elkaar",
            "Lommel is een groene gemeente",
            "Lommel werkt aan een sterke economie",
            "Lommel is een slimme organisatie",
        ],
        "nouns": ["Zorg dichtbij", "Een groene gemeente", "Een sterke economie", "Een slimme organisatie"],
        "text": "Hier beschrijven we wat de gemeente de komende zes jaar wil doen en hoe inwoners, "
        "verenigingen en ondernemers samen met ons de schouders onder deze opgave kunnen zetten.",
        "sub": ["Subdoel: Meer kinderen voelen zich goed op school", "Indicator: Aandeel jongeren met diploma"],
    },
}

LANGUAGES = list(STRATEGIES)
KINDS = ["themes", "nouns"]


def lead(language: str, count: bool = True) -> str:
    doc = STRATEGIES[language]
    return doc["lead"].format(count=doc["count"] if count else "disse", cue=doc["cue"])


def bullets(language: str, kind: str) -> str:
    doc = STRATEGIES[language]
    return "\n\n".join([doc["title"], lead(language) + ":", "\n".join(f"- {t}" for t in doc[kind])])


def inline(language: str, kind: str, themes: list[str] | None = None) -> str:
    doc = STRATEGIES[language]
    names = themes or doc[kind]
    listed = ", ".join(names[:-1]) + f" {doc['and']} {names[-1]}"
    return "\n\n".join([doc["title"], f"{lead(language)}: {listed}. {doc['text']}"])


def numbered_headings(language: str, kind: str, sub: bool = False) -> str:
    doc = STRATEGIES[language]
    sections = [
        "\n".join([f"{n}. {theme}", doc["text"], *(doc["sub"] if sub else [])])
        for n, theme in enumerate(doc[kind], start=1)
    ]
    return "\n\n".join([doc["title"], f"{lead(language)}. {doc['text']}", *sections])


def cue_headings(language: str, kind: str) -> str:
    doc = STRATEGIES[language]
    sections = [f"{doc['one']} {n}: {theme}\n{doc['text']}" for n, theme in enumerate(doc[kind], start=1)]
    return "\n\n".join([doc["title"], doc["text"], *sections])


def own_heading(language: str, kind: str) -> str:
    doc = STRATEGIES[language]
    return "\n\n".join([doc["title"], doc["own"] + "\n" + "\n".join(f"- {t}" for t in doc[kind])])


def announcing_heading(language: str, kind: str, sub: bool = False) -> str:
    doc = STRATEGIES[language]
    sections = ["\n".join([theme, doc["text"], *(doc["sub"] if sub else [])]) for theme in doc[kind]]
    return "\n\n".join([doc["title"], f"{doc['announce']}\n{lead(language)}. {doc['text']}", *sections])


SHAPES = [bullets, inline, numbered_headings, cue_headings, own_heading, announcing_heading]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("shape", SHAPES, ids=lambda shape: shape.__name__)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_strategys_cued_themes_are_read_in_every_shape_as_written(labels, language, shape, kind):
    assert labels(shape(language, kind), language) == STRATEGIES[language][kind]


@pytest.mark.parametrize("shape", [numbered_headings, announcing_heading], ids=lambda shape: shape.__name__)
@pytest.mark.parametrize("language", LANGUAGES)
def test_sub_goals_and_indicators_under_a_theme_are_not_themes(labels, language, shape):
    assert labels(shape(language, "nouns", sub=True), language) == STRATEGIES[language]["nouns"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_count_that_disagrees_with_the_inline_list_gives_no_rows(labels, language):
    assert labels(inline(language, "nouns", STRATEGIES[language]["nouns"][:3]), language) == []


PREFIXES = {
    "da": [
        "Pejlemærke {n}. ",
        "PEJLEMÆRKE {n}: ",
        "Pejlemærke {n} – ",
        "Pejlemærke {n}\n",
        "Strategisk mål {n}: ",
    ],
    "nb": [
        "Satsingsområde {n}. ",
        "SATSINGSOMRÅDE {n}: ",
        "Satsingsområde {n} – ",
        "Satsingsområde {n}\n",
        "Strategisk mål {n}: ",
    ],
    "nn": ["Hovudmål {n}. ", "HOVUDMÅL {n}: ", "Hovudmål {n} – ", "Hovudmål {n}\n", "Satsingsområde {n}: "],
    "nl": [
        "Beleidsdoelstelling {n} - ",
        "BELEIDSDOELSTELLING {n}: ",
        "Beleidsdoelstelling {n}\n",
        "BD{n} ",
        "Strategische doelstelling {n}: ",
        "Prioriteit {n}: ",
    ],
}


# Abbreviated numbering ("BD1") is a Flemish meerjarenplan's convention; the other languages spell it out.
@pytest.mark.parametrize(("language", "prefix"), [(lang, p) for lang, ps in PREFIXES.items() for p in ps])
def test_numbered_theme_headings_lose_their_numbering_word_whatever_it_is(labels, language, prefix):
    doc = STRATEGIES[language]
    sections = [f"{prefix.format(n=n)}{theme}\n{doc['text']}" for n, theme in enumerate(doc["themes"], start=1)]
    assert labels("\n\n".join([doc["title"], *sections]), language) == doc["themes"]
