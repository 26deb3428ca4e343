"""Family: a foreword names the themes an earlier plan had, with the cue word in its definite form and no count
("Klimaplanen 2018-2022 hadde satsingsområdene energi, transport og avfall", "Het vorige beleid had de speerpunten
..."): the past tense tells those themes are history, and the strategy's own numbered themes after them are read.
Look-alike: the same sentence in the present tense names the strategy's own themes."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_earlier_plans import OWN, _strategy

HAD_THEMES = [
    ("nb", "Folkehelseplanen for 2017-2021 hadde satsingsområdene Aktivitet, Kosthold og Trivsel."),
    ("nb", "Klimaplanen fra 2018 hadde innsatsområdene energi, transport\nog avfall, og de fleste målene er nådd."),
    ("nb", "Kulturplanen 2016–2020 omfattet fokusområdene Bibliotek, Idrett og Frivillighet."),
    ("nn", "Næringsplanen 2018-2022 hadde satsingsområda Landbruk, Reiseliv og Industri."),
    ("nn", "Oppvekstplanen frå 2019 omfatta innsatsområda tidleg innsats og meistring."),
    ("da", "Erhvervspolitikken 2019-2023 havde indsatsområderne Turisme, Handel og Fødevarer."),
    ("da", "Sundhedspolitikken fra 2017 rummede temaerne bevægelse, kost og trivsel."),
    ("nl", "Het economisch beleid 2019-2022 had de speerpunten toerisme, handel en voedsel."),
    ("nl", "De sportnota uit 2017 kende als thema's bewegen, verenigingen en accommodaties."),
]


@pytest.mark.parametrize(("language", "recalled"), HAD_THEMES)
def test_themes_an_earlier_plan_had_give_way_to_the_strategys_own(labels, language, recalled):
    assert labels(_strategy(language, recalled), language) == OWN[language][1]


HAS_THEMES = {  # present tense: the strategy's own themes, named in one sentence
    "nb": ("Planen har satsingsområdene Helse, Kultur og Næring.", ["Helse", "Kultur", "Næring"]),
    "nn": ("Planen har satsingsområda Helse, Kultur og Næring.", ["Helse", "Kultur", "Næring"]),
    "da": ("Strategien har indsatsområderne Sundhed, Kultur og Erhverv.", ["Sundhed", "Kultur", "Erhverv"]),
    "nl": ("Het plan kent de speerpunten: Zorg, Cultuur en Economie.", ["Zorg", "Cultuur", "Economie"]),
}


@pytest.mark.parametrize("language", list(HAS_THEMES))
def test_a_plan_that_has_its_themes_in_the_present_names_its_own(labels, language):
    sentence, themes = HAS_THEMES[language]
    assert labels(f"Strategi 2025-2029\n\nForord\n{sentence}\n", language) == themes
