"""A theme named in lower case inside running text ("Satsingsområdet busetjing handlar om ...", "Innanfor
busetjing skal vi ...") is one theme's own text, not the strategy's list: such a text gives no rows."""

from __future__ import annotations

import pytest

TITLES = {
    "da": "Planstrategi 2024-2027",
    "nb": "Kommuneplanens samfunnsdel 2024–2036",
    "nn": "Kommuneplanen sin samfunnsdel 2024–2036",
    "nl": "Omgevingsvisie 2040",
}

SENTENCES = {
    "da": [
        "Indsatsområdet bosætning handler om at få flere til at flytte hertil.",
        "Inden for bosætning vil vi bygge flere boliger i landsbyerne og i de større byer.",
        "Under temaet klima og natur arbejder vi sammen med lodsejere om skovrejsning.",
        "Fokusområdet sundhed skal styrke forebyggelsen, og det gælder i alle aldre.",
        "Pejlemærket grøn omstilling har betydet, at kommunens egne bygninger bruger mindre energi.",
    ],
    "nb": [
        "Satsingsområdet bosetting handler om å få flere til å flytte hit.",
        "Innenfor bosetting skal vi bygge flere boliger i bygdene og i sentrum.",
        "Under temaet klima og natur samarbeider vi med grunneiere om skogplanting.",
        "Fokusområdet folkehelse skal styrke forebyggingen for alle aldersgrupper.",
        "Hovedmålet grønn omstilling har gjort at kommunens egne bygg bruker mindre energi.",
    ],
    "nn": [
        "Satsingsområdet busetjing handlar om å få fleire til å flytte hit.",
        "Innanfor busetjing skal vi byggje fleire bustader og leggje til rette for tomter.",
        "Under temaet klima og natur samarbeider vi med grunneigarar om skogplanting.",
        "Fokusområdet folkehelse skal styrkje førebygginga for alle aldersgrupper.",
        "Hovudmålet grøn omstilling har gjort at bygga til kommunen brukar mindre energi.",
    ],
    "nl": [
        "Het thema wonen gaat over betaalbare woningen voor starters en ouderen.",
        "Binnen wonen willen we vooral bouwen voor starters en ouderen in alle kernen.",
        "Onder het speerpunt klimaat en natuur werken we samen met grondeigenaren aan nieuw bos.",
        "De pijler gezondheid moet de preventie versterken, voor alle leeftijden.",
        "Het speerpunt duurzaamheid heeft ertoe geleid dat onze eigen gebouwen minder energie gebruiken.",
    ],
}

CASES = [(lang, sentence) for lang, sentences in SENTENCES.items() for sentence in sentences]


@pytest.mark.parametrize(("language", "sentence"), CASES)
def test_a_lower_case_theme_word_in_running_text_gives_no_rows(labels, language, sentence):
    text = f"{TITLES[language]}\n\n{sentence}"
    assert labels(text, language) == []
