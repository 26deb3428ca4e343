"""A text that says something is not a theme ("er ikkje eigne satsingsområde", "geen beleidsprioriteit")
announces no list, and a chapter whose text says so ends the run of theme chapters before it."""

from __future__ import annotations

import pytest

DENIALS = {
    "da": [
        "Følgende er ikke selvstændige temaer: sundhed, fællesskab og tilgængelighed.",
        "Sundhed, fællesskab og tilgængelighed er ikke selvstændige indsatsområder.",
        "Disse hensyn er ikke egne fokusområder:\n\n- Sundhed\n- Fællesskab\n- Tilgængelighed",
        "Tværgående hensyn, som ikke er egne temaer:\n\n- Sundhed\n- Fællesskab\n- Tilgængelighed",
        "Strategien har ingen pejlemærker for kultur, idræt og fritid.",
    ],
    "nb": [
        "Følgende er ikke egne satsingsområder: folkehelse, universell utforming og bærekraft.",
        "Folkehelse, universell utforming og bærekraft er ikke egne satsingsområder.",
        "Disse perspektivene er ikke egne innsatsområder:\n\n- Folkehelse\n- Universell utforming\n- Bærekraft",
        "Gjennomgående perspektiver, som ikke er egne satsingsområder:\n\n- Folkehelse\n- Bærekraft",
        "Planen har ingen satsingsområder for kultur, idrett og fritid.",
    ],
    "nn": [
        "Følgjande er ikkje eigne satsingsområde: folkehelse, universell utforming og berekraft.",
        "Folkehelse, universell utforming og berekraft er ikkje eigne satsingsområde.",
        "Desse perspektiva er ikkje eigne innsatsområde:\n\n- Folkehelse\n- Universell utforming\n- Berekraft",
        "Gjennomgåande perspektiv, som ikkje er eigne satsingsområde:\n\n- Folkehelse\n- Berekraft",
        "Planen har ingen satsingsområde for kultur, idrett og fritid.",
    ],
    "nl": [
        "Dit zijn geen aparte speerpunten: gezondheid, toegankelijkheid en duurzaamheid.",
        "Gezondheid, toegankelijkheid en duurzaamheid zijn niet als aparte thema's benoemd.",
        "Deze onderwerpen zijn geen speerpunten:\n\n- Gezondheid\n- Toegankelijkheid\n- Duurzaamheid",
        "Overig beleid, dat geen beleidsprioriteit is:\n\n- Gezondheid\n- Toegankelijkheid",
        "Het plan kent geen pijlers voor cultuur, sport en recreatie.",
    ],
}


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, ts in DENIALS.items() for t in ts])
def test_a_list_said_not_to_be_themes_gives_no_rows(labels, language, text):
    assert labels(text, language) == []


CHAPTERS = {
    "nn": (
        "Satsingsområda",
        "Kvart satsingsområde har eigne delmål.",
        "Gjennomgåande perspektiv",
        "Folkehelse er ikkje eit eige satsingsområde, men gjeld alle.",
        ["Levande bygder", "Trygg oppvekst", "Helse"],
    ),
    "nb": (
        "Satsingsområdene",
        "Hvert satsingsområde har egne delmål.",
        "Gjennomgående perspektiver",
        "Folkehelse er ikke et eget satsingsområde, men gjelder alle.",
        ["Levende bygder", "Trygg oppvekst", "Helse"],
    ),
    "da": (
        "Indsatsområderne",
        "Hvert indsatsområde har egne delmål.",
        "Tværgående hensyn",
        "Sundhed er ikke et selvstændigt indsatsområde, men gælder alle.",
        ["Levende landsbyer", "Tryg opvækst", "Sundhed"],
    ),
    "nl": (
        "De speerpunten",
        "Elk speerpunt heeft eigen doelen.",
        "Overig beleid",
        "Dit is geen apart speerpunt, maar geldt voor alles.",
        ["Levendige kernen", "Veilig opgroeien", "Gezondheid"],
    ),
}


@pytest.mark.parametrize("language", list(CHAPTERS))
@pytest.mark.parametrize("mark", ["", "## "])
def test_the_chapters_after_a_numbered_cue_chapter_up_to_one_that_says_it_is_no_theme(labels, language, mark):
    heading, intro, other, denial, themes = CHAPTERS[language]
    chapters = "\n\n".join(f"{mark}{n} {t}\n\n{intro}" for n, t in enumerate(themes, 4))
    text = f"Kommuneplan 2025\n\n{mark}3 {heading}\n\n{intro}\n\n{chapters}\n\n{mark}7 {other}\n\n{denial}"
    assert labels(text, language) == themes


@pytest.mark.parametrize("language", list(CHAPTERS))
def test_chapters_not_numbered_on_from_the_cue_chapter_are_not_its_themes(labels, language):
    heading, intro, _, _, themes = CHAPTERS[language]
    chapters = "\n\n".join(f"{n} {t}\n\n{intro}" for n, t in enumerate(themes, 6))
    text = f"Kommuneplan 2025\n\n3 {heading}\n\n{intro}\n\n4 Bakgrunn\n\n{intro}\n\n{chapters}"
    assert labels(text, language) != themes
