"""A list named before the strategy's own themes (its values, the pillars of another plan) is disowned by the
very next sentence naming those things again ("Verdiene ... er ikke egne innsatsområder", "De pijlers zelf zijn
geen onderdeel van deze strategie"): it announces nothing and the strategy's own list after it is read. A next
sentence denying something else ("Folkehelse er ikke et eget innsatsområde") leaves the list announced."""

from __future__ import annotations

import pytest

OWN = {
    "da": ("Strategien har tre indsatsområder:", ["Levende bymidte", "Grøn omstilling", "Tryg opvækst"]),
    "nb": ("Strategien har tre innsatsområder:", ["Levende sentrum", "Grønn omstilling", "Trygg oppvekst"]),
    "nn": ("Strategien har tre innsatsområde:", ["Levande sentrum", "Grøn omstilling", "Trygg oppvekst"]),
    "nl": ("De strategie kent drie speerpunten:", ["Levendige kernen", "Groene omslag", "Veilig opgroeien"]),
}

DISOWNED = {
    "da": [
        "Strategien bygger på tre værdier: nysgerrig, inkluderende og bæredygtig. Værdierne gælder alt arbejdet "
        "og er ikke selvstændige indsatsområder.",
        "Planstrategi 2040 hviler på fire søjler: natur, by, land og hav. Søjlerne er ikke en del af denne strategi.",
        "Vores arbejde i strategien følger 2 principper: åbenhed og tillid. Principperne er\ningen "
        "indsatsområder, men gælder for hele organisationen og alle vores opgaver.",
        "Kommuneplanen har tre temaer: vækst, velfærd og klima. Disse temaer er ikke en del af dette dokument.",
        "Strategien har fem kerneværdier: mod, respekt, ansvar, tillid og glæde. Kerneværdierne er dog ikke "
        "egne fokusområder.",
    ],
    "nb": [
        "Strategien bygger på tre verdier: nyskapende, inkluderende og bærekraftig. Verdiene gjelder for alt "
        "arbeidet og er ikke egne innsatsområder.",
        "Kommuneplanens samfunnsdel 2040 hviler på fire pilarer: natur, by, land og hav. Pilarene er ikke en del "
        "av denne strategien.",
        "Arbeidet med strategien følger 2 prinsipper: åpenhet og tillit. Prinsippene er\ningen "
        "satsingsområder, men gjelder for hele organisasjonen og alle tjenestene.",
        "Regionplanen har tre temaer: vekst, velferd og klima. Disse temaene er ikke del av dette dokumentet.",
        "Strategien har fem kjerneverdier: mot, respekt, ansvar, tillit og glede. Kjerneverdiene er likevel ikke "
        "egne fokusområder.",
    ],
    "nn": [
        "Strategien byggjer på tre verdiar: nyskapande, inkluderande og berekraftig. Verdiane gjeld for alt "
        "arbeidet og er ikkje eigne innsatsområde.",
        "Kommuneplanen sin samfunnsdel 2040 kviler på fire pilarar: natur, by, land og hav. Pilarane er ikkje "
        "ein del av denne strategien.",
        "Arbeidet med strategien følgjer 2 prinsipp: openheit og tillit. Prinsippa er\ningen "
        "satsingsområde, men gjeld for heile organisasjonen og alle tenestene.",
        "Regionplanen har tre tema: vekst, velferd og klima. Desse temaa er ikkje del av dette dokumentet.",
        "Strategien har fem kjerneverdiar: mot, respekt, ansvar, tillit og glede. Kjerneverdiane er likevel ikkje "
        "eigne fokusområde.",
    ],
    "nl": [
        "De Omgevingsvisie 2040 rust op drie pijlers: vitale kernen, een groene buitenruimte en een sterke "
        "economie. Deze strategie werkt die pijlers uit, maar de pijlers zelf zijn geen onderdeel van deze "
        "strategie.",
        "De strategie steunt op vier kernwaarden: open, eerlijk, dichtbij en samen. De kernwaarden zijn geen "
        "aparte speerpunten.",
        "Het beleid volgt 2 principes: openheid en vertrouwen.\nDie principes maken geen\ndeel uit van dit plan.",
        "Het coalitieakkoord kent drie thema's: wonen, werken en zorg. Die thema's zijn niet de speerpunten van "
        "deze strategie.",
        "De regionale agenda heeft vijf opgaven: energie, water, wonen, mobiliteit en zorg. De opgaven zijn "
        "geen onderdeel van dit programma.",
    ],
}

# the next sentence denies something else: the list before it is still the strategy's own
KEPT = {
    "da": "Strategien har tre indsatsområder: sundhed, kultur og erhverv. Klima er ikke et selvstændigt indsatsområde.",
    "nb": "Strategien har tre innsatsområder: helse, kultur og næring. Klima er ikke et eget innsatsområde.",
    "nn": "Strategien har tre innsatsområde: helse, kultur og næring. Klima er ikkje eit eige innsatsområde.",
    "nl": "De strategie kent drie speerpunten: zorg, cultuur en economie. Klimaat is geen apart speerpunt.",
}
KEPT_LABELS = {
    "da": ["Sundhed", "Kultur", "Erhverv"],
    "nb": ["Helse", "Kultur", "Næring"],
    "nn": ["Helse", "Kultur", "Næring"],
    "nl": ["Zorg", "Cultuur", "Economie"],
}


def _strategy(language: str, intro: str) -> str:
    lead, themes = OWN[language]
    items = "\n".join(f"- {theme}" for theme in themes)
    return f"Strategi 2026-2030\n\n{intro}\n\n{lead}\n\n{items}\n"


@pytest.mark.parametrize(("language", "intro"), [(lang, t) for lang, ts in DISOWNED.items() for t in ts])
def test_a_list_disowned_by_the_next_sentence_gives_way_to_the_strategy_own_list(labels, language, intro):
    assert labels(_strategy(language, intro), language) == OWN[language][1]


@pytest.mark.parametrize("language", list(KEPT))
def test_a_next_sentence_denying_something_else_keeps_the_list(labels, language):
    assert [label.capitalize() for label in labels(KEPT[language] + "\n", language)] == KEPT_LABELS[language]
