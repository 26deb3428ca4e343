"""Family: a strategy's introduction names the themes of another authority's plan ("Fylkets plan har tre
innsatsområder: ...", "Den regionale planen prioriterer dessutan fire område: ...", "De provinciale omgevingsvisie kent
drie opgaven: ..."): those are the county's, region's or province's themes, and the strategy's own list further on
is the one reported. Look-alikes: a sentence leading with a colon into the document's own sections ("følger opp den
regionale planens tre satsingsområder:") and a strategy counting its own themes keep their rows. Strategies
written for these tests."""

from __future__ import annotations

import pytest

OWN = {
    "da": ("Erhvervsstrategi 2026-2030", "Fokusområder", ["Turisme", "Fødevarer", "Iværksætteri"], "Vi vil mere."),
    "nb": ("Næringsplan 2026-2029", "Satsingsområder", ["Reiseliv", "Landbruk og mat", "Industri"], "Vi vil mer."),
    "nn": ("Næringsplan 2026-2030", "Satsingsområde", ["Kulturarv", "Havbruk", "Bulyst"], "Vi vil meir."),
    "nl": ("Economische agenda 2026-2030", "Onze opgaven", ["Werklocaties", "Toerisme", "Arbeidsmarkt"], "Meer."),
}

OTHERS = [
    ("nb", "Fylkets plan har tre innsatsområder: bioøkonomi, kompetanse og digitalisering."),
    ("nb", "Den regionale næringsplanen peker ut fire satsingsområder: energi, mat, reiseliv og eksport."),
    ("nb", "Regjeringens strategi for distriktene har tre innsatsområder: vekst, bolig og kompetanse."),
    ("nn", "Den regionale planen prioriterer dessutan fire område: klima, busetjing, eksport og kultur."),
    ("nn", "Regionplanen for Vestlandet har tre satsingsområde: samferdsel, næring og folkehelse."),
    ("nn", "Fylket sin strategi har tre innsatsområde: kompetanse, klima og samferdsle."),
    ("da", "Den regionale udviklingsstrategi har tre temaer: uddannelse, mobilitet og klima."),
    ("da", "Regeringens plan for landdistrikter rummer fire indsatsområder: boliger, skoler, veje og natur."),
    ("nl", "De provinciale omgevingsvisie kent drie opgaven: energie, landbouw en bereikbaarheid."),
    ("nl", "De agenda van de regio heeft vier speerpunten: talent, innovatie, logistiek en vrijetijd."),
    # another body as the sentence's subject
    ("da", "Regeringen har fire fokusområder: sundhed, klima, uddannelse og erhverv."),
    ("da", "KL's udspil peger på tre temaer: velfærd, klima og digitalisering."),
    ("da", "Venskabsbyen har tre indsatsområder: turisme, skole og kultur."),
    ("nb", "Fylkeskommunen har tre satsingsområder: samferdsel, næring og kompetanse."),
    ("nb", "Regionrådets strategi har fire innsatsområder: reiseliv, mat, energi og kultur."),
    ("nb", "Nabokommunene har valgt tre satsingsområder: kultur, idrett og skole."),
    ("nn", "Fylkesplanen har fire satsingsområde: samferdsle, næring, kultur og helse."),
    ("nn", "Statsforvaltaren har peika på tre innsatsområde: barnevern, helse og beredskap."),
    ("nl", "De provincie heeft drie speerpunten: energie, natuur en mobiliteit."),
    ("nl", "Het Rijk kiest voor vier thema's: wonen, klimaat, zorg en veiligheid."),
    ("nl", "De regiodeal kent drie opgaven: talent, innovatie en leefbaarheid."),
]


def _strategy(language: str, intro: str, numbered: bool) -> str:
    title, heading, themes, body = OWN[language]
    marks = [f"{n}. " if numbered else "" for n in range(1, len(themes) + 1)]
    sections = "\n\n".join(f"{mark}{theme}\n{body}" for mark, theme in zip(marks, themes, strict=True))
    return f"{title}\n\n{intro}\n\n{heading}\n\n{sections}\n"


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize(("language", "intro"), OTHERS)
def test_another_authoritys_themes_give_way_to_the_strategys_own(labels, language, intro, numbered):
    assert labels(_strategy(language, intro, numbered), language) == OWN[language][2]


LEADS_IN = [
    (
        "nb",
        "Kommunen følger opp den regionale planens tre satsingsområder:",
        ["Reiseliv", "Landbruk og mat", "Industri"],
    ),
    (
        "nn",
        "Planen byggjer vidare på fylket sin strategi og har tre satsingsområde:",
        ["Kulturarv", "Havbruk", "Bulyst"],
    ),
    ("da", "Kommunen tager afsæt i de regionale planers tre temaer:", ["Turisme", "Fødevarer", "Iværksætteri"]),
]


@pytest.mark.parametrize(("language", "lead", "themes"), LEADS_IN)
def test_a_lead_in_to_the_documents_own_sections_keeps_them(labels, language, lead, themes):
    title, _, own, body = OWN[language]
    sections = "\n\n".join(f"{n}. {theme}\n{body}" for n, theme in enumerate(own, start=1))
    assert labels(f"{title}\n\n{lead}\n\n{sections}\n", language) == themes


OWN_COUNT = [
    (
        "nb",
        "Næringsplanen har tre satsingsområder: reiseliv, landbruk og industri.",
        ["reiseliv", "landbruk", "industri"],
    ),
    ("nl", "De gemeente kiest drie opgaven: wonen, werken en bewegen.", ["wonen", "werken", "bewegen"]),
]


@pytest.mark.parametrize(("language", "sentence", "themes"), OWN_COUNT)
def test_the_strategy_counting_its_own_themes_keeps_them(labels, language, sentence, themes):
    assert labels(f"{OWN[language][0]}\n\nInnledning\n\n{sentence}\n", language) == themes


OWN_WITH_A_BODY = [
    ("nb", "Sammen med fylkeskommunen har kommunen valgt tre satsingsområder: skole, helse og næring."),
    ("da", "I samarbejde med regionen har byrådet tre indsatsområder: skole, sundhed og erhverv."),
    ("nl", "Samen met de provincie kiest de gemeente drie speerpunten: onderwijs, zorg en werk."),
]


@pytest.mark.parametrize(("language", "sentence"), OWN_WITH_A_BODY)
def test_a_body_named_beside_the_municipality_leaves_its_own_list(labels, language, sentence):
    assert len(labels(f"{OWN[language][0]}\n\nInnledning\n\n{sentence}\n", language)) == 3
