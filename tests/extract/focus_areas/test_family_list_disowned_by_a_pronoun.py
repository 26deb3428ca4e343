"""A list of another plan's or body's themes named before the strategy's own, disowned by the next sentence through a
pronoun for the list ("Disse ligger til grunn, men er ikke kommunens egne satsingsområder", "Ze vormen het kader,
maar zijn geen speerpunten van deze gemeente"): it announces nothing and the strategy's own list after it is read.
A pronoun sentence that denies nothing of the kind ("De er ikke rangert etter viktighet") keeps the list. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_family_list_disowned_by_next_sentence import KEPT_LABELS, OWN, _strategy

DISOWNED = [
    (
        "da",
        "Regionens udviklingsstrategi peger på tre temaer: grøn omstilling, uddannelse og mobilitet. De er rammen "
        "for arbejdet, men er ikke kommunens egne indsatsområder.",
    ),
    (
        "da",
        "KL's udspil fremhæver fire pejlemærker: velfærd, klima, beskæftigelse og digitalisering. Disse er ikke\n"
        "indsatsområder i denne strategi.",
    ),
    (
        "nb",
        "Fylkets planstrategi har fire prioriteringer: klima, kompetanse, helse og mobilitet. Disse ligger til "
        "grunn, men er ikke kommunens egne satsingsområder.",
    ),
    (
        "nn",
        "Fylkesplanen nemner fire hovudtema: folkehelse, samferdsel, kultur og næring. Desse er viktige for oss, "
        "men er ikkje satsingsområde i denne planen.",
    ),
    (
        "nn",
        "Statsforvaltaren løfter fram tre område: beredskap, klima og barn. Dei gjeld alle kommunane i fylket og er "
        "ikkje innsatsområde for oss.",
    ),
    (
        "nl",
        "De provinciale agenda noemt drie opgaven: energie, wonen en bereikbaarheid. Ze vormen het kader, maar zijn "
        "geen speerpunten van deze gemeente.",
    ),
    (
        "nl",
        "Het regionale programma kent vier thema's: water, natuur, landbouw en recreatie. Deze zijn geen onderdeel "
        "van dit plan.",
    ),
]

KEPT = {
    "da": "Strategien har tre indsatsområder: sundhed, kultur og erhverv. De står ikke i nogen bestemt rækkefølge.",
    "nb": "Strategien har tre innsatsområder: helse, kultur og næring. De er ikke rangert etter viktighet.",
    "nn": "Strategien har tre innsatsområde: helse, kultur og næring. Dei er ikkje rangerte etter kor viktige dei er.",
    "nl": "De strategie kent drie speerpunten: zorg, cultuur en economie. Ze staan niet in volgorde van belang.",
}


@pytest.mark.parametrize(("language", "intro"), DISOWNED)
def test_a_list_disowned_by_a_pronoun_gives_way_to_the_strategy_own_list(labels, language, intro):
    assert labels(_strategy(language, intro), language) == OWN[language][1]


@pytest.mark.parametrize("language", list(KEPT))
def test_a_pronoun_sentence_denying_nothing_keeps_the_list(labels, language):
    assert [label.capitalize() for label in labels(KEPT[language] + "\n", language)] == KEPT_LABELS[language]
