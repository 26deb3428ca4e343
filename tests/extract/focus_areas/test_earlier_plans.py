"""A strategy often recalls the themes of the plan it replaced ("Den forrige plan havde tre indsatsområder:
...", "afløser Vækstplan 2020-2024, hvis tre temaer ..."): those are not its own themes, and its own list
after them is read. A sentence leading into the old themes as this plan's own ("viderefører ... :") still
announces them."""

from __future__ import annotations

import pytest

EARLIER = {
    "da": [
        "Den forrige plan havde tre indsatsområder: sundhed, kultur og erhverv.",
        "Strategien afløser Vækstplan 2019-2022, hvis tre temaer - turisme, handel og fødevarer - nu er udfaset.",
        "I den tidligere strategi var der fem indsatsområder, som blev evalueret i 2024.",
        "Den gamle klimaplan fra 2018 arbejdede med tre temaer: energi, transport og affald.",
        "Byrådet har besluttet, at planen erstatter Sundhedspolitikken 2020, som havde fire fokusområder.",
    ],
    "nb": [
        "Den forrige planen hadde tre satsingsområder: helse, kultur og næring.",
        "Strategien erstatter Næringsplan 2019-2022, som hadde fire innsatsområder.",
        "I den tidligere kommuneplanen var det fem satsingsområder, og de ble evaluert i 2024.",
        "Den gamle klimaplanen fra 2018 hadde tre hovedtemaer: energi, transport og avfall.",
        "Planen avløser folkehelseplanen fra 2020, der de tre satsingsområdene var aktivitet, kosthold og helse.",
    ],
    "nn": [
        "Den førre planen hadde tre innsatsområde: busetjing, reiseliv og tenester.",
        "Strategien erstattar Næringsplan 2019-2022, som hadde fire satsingsområde.",
        "I den tidlegare kommuneplanen var det fem satsingsområde, og dei vart evaluerte i 2024.",
        "Den gamle klimaplanen frå 2018 hadde tre hovudtema: energi, transport og avfall.",
        "Planen avløyser folkehelseplanen frå 2020, der dei tre satsingsområda var aktivitet, kosthald og helse.",
    ],
    "nl": [
        "Het vorige beleidsplan had drie speerpunten: zorg, cultuur en economie.",
        "Deze visie vervangt het Coalitieakkoord 2018-2022 op, dat vier speerpunten kende.",
        "In het eerdere klimaatplan stonden vijf thema's centraal, die in 2024 zijn geëvalueerd.",
        "Het oude programma uit 2018 werkte met drie pijlers: energie, mobiliteit en afval.",
        "De voorgaande strategie kende vier speerpunten: wonen, werken, zorg en sport.",
    ],
}

OWN = {
    "da": ("Strategiens fire temaer", ["Børn og unge", "Grøn omstilling", "Levende landsbyer", "Flere i job"],
           "Vi vil gøre en særlig indsats her i de kommende år."),
    "nb": ("Planens fire satsingsområder", ["Barn og unge", "Grønn omstilling", "Levende bygder", "Flere i jobb"],
           "Vi vil gjøre en særlig innsats her de neste årene."),
    "nn": ("Planen sine fire satsingsområde", ["Born og unge", "Grøn omstilling", "Levande bygder", "Fleire i jobb"],
           "Vi vil gjere ein særleg innsats her dei neste åra."),
    "nl": ("De vier speerpunten", ["Jeugd en onderwijs", "Groene omslag", "Levendige kernen", "Meer banen"],
           "Hier zetten we de komende jaren extra op in."),
}


def _strategy(language: str, recalled: str) -> str:
    heading, themes, body = OWN[language]
    sections = "\n\n".join(f"{n}. {theme}\n{body}" for n, theme in enumerate(themes, 1))
    return f"Strategi 2025-2029\n\nForord\n{recalled}\n\n{heading}\n\n{sections}\n"


@pytest.mark.parametrize(("language", "recalled"), [(lang, s) for lang, ss in EARLIER.items() for s in ss])
def test_an_earlier_plans_themes_give_way_to_the_strategys_own(labels, language, recalled):
    assert labels(_strategy(language, recalled), language) == OWN[language][1]


CARRIED_ON = {
    "da": ("Strategien viderefører den tidligere strategis tre temaer:", ["Sundhed", "Kultur", "Erhverv"]),
    "nb": ("Planen viderefører den forrige planens tre satsingsområder:", ["Helse", "Kultur", "Næring"]),
    "nn": ("Planen vidarefører dei tre satsingsområda frå den førre planen:", ["Helse", "Kultur", "Næring"]),
    "nl": ("Dit plan zet de drie speerpunten van het vorige beleidsplan voort:", ["Zorg", "Cultuur", "Economie"]),
}


@pytest.mark.parametrize("language", list(CARRIED_ON))
def test_a_strategy_carrying_the_earlier_themes_on_announces_them(labels, language):
    lead, themes = CARRIED_ON[language]
    items = "\n".join(f"- {theme}" for theme in themes)
    text = f"Strategi 2025-2029\n\nIndledning\nDenne tekst handler om noget andet.\n\n{lead}\n{items}\n"
    assert labels(text, language) == themes


AS_SAID_BEFORE = {
    "da": "Som tidligere nævnt har strategien tre temaer:",
    "nb": "Som tidligere nevnt har planen tre satsingsområder:",
    "nn": "Som nemnt tidlegare har planen tre satsingsområde:",
    "nl": "Zoals eerder gezegd kent het plan drie speerpunten:",
}


@pytest.mark.parametrize("language", list(AS_SAID_BEFORE))
def test_earlier_as_in_said_before_names_no_earlier_plan(labels, language):
    themes = CARRIED_ON[language][1]
    items = "\n".join(f"- {theme}" for theme in themes)
    text = f"Strategi 2025-2029\n\n{AS_SAID_BEFORE[language]}\n{items}\n"
    assert labels(text, language) == themes


EARLIER_DATED = {  # the earlier plan's period or name in brackets or with dashes between plan and cue word
    "da": [
        "Den forrige plan (2019–2023) havde tre indsatsområder: sundhed, kultur og erhverv.",
        "Den tidligere strategi «Sammen om Vækst» havde fire temaer: turisme, handel, fødevarer og energi.",
        "Den forrige plan – vedtaget i 2019 – havde tre indsatsområder: skole, sundhed og trafik.",
        "Den gamle politik (2018-2022, revideret 2020) arbejdede med tre temaer: energi, transport og affald.",
        "Den tidligere plan (se bilag 2) havde fem indsatsområder: bolig, natur, kultur, job og trafik.",
    ],
    "nb": [
        "Den forrige planen (2019–2031) hadde fire fokusområder: oppvekst, helse, næring og miljø.",
        "Den tidligere strategien «Sammen for vekst» hadde fire satsingsområder: reiseliv, handel, mat og energi.",
        "Den forrige planen – vedtatt i 2019 – hadde tre satsingsområder: skole, helse og samferdsel.",
        "Den gamle planen (2018-2022, revidert 2020) hadde tre hovedtemaer: energi, transport og avfall.",
        "Den tidligere planen (se vedlegg 2) hadde fem satsingsområder: bolig, natur, kultur, jobb og trafikk.",
    ],
    "nn": [
        "Den førre planen (2019–2031) hadde fire satsingsområde: oppvekst, helse, næring og miljø.",
        "Den tidlegare strategien «Saman for vekst» hadde fire satsingsområde: reiseliv, handel, mat og energi.",
        "Den førre planen – vedteken i 2019 – hadde tre satsingsområde: skule, helse og samferdsel.",
        "Den gamle planen (2018-2022, revidert 2020) hadde tre hovudtema: energi, transport og avfall.",
        "Den tidlegare planen (sjå vedlegg 2) hadde fem satsingsområde: bustad, natur, kultur, jobb og trafikk.",
    ],
    "nl": [
        "Het vorige beleidsplan (2019–2022) had drie speerpunten: zorg, cultuur en economie.",
        "Het eerdere programma ‘Samen Sterk’ kende vier speerpunten: wonen, werken, zorg en sport.",
        "Het vorige plan – vastgesteld in 2019 – had drie thema's: school, zorg en verkeer.",
        "De oude visie (2018-2022, herzien in 2020) werkte met drie pijlers: energie, mobiliteit en afval.",
        "Het voorgaande beleidsplan (zie bijlage 2) had vijf speerpunten: wonen, natuur, cultuur, werk en verkeer.",
    ],
}


@pytest.mark.parametrize(("language", "recalled"), [(lang, s) for lang, ss in EARLIER_DATED.items() for s in ss])
def test_an_earlier_plan_named_with_its_years_gives_way_to_the_strategys_own(labels, language, recalled):
    assert labels(_strategy(language, recalled), language) == OWN[language][1]


EARLIER_PAST = {  # no word saying "earlier": the plan named with its period, its themes in the past tense
    "da": [
        "Sundhedspolitikken 2019–2022 havde tre indsatsområder: bevægelse, kost og trivsel.",
        "Planstrategien fra 2015 havde oprindeligt fire temaer: vækst, bosætning, natur og kultur.",
        "Klimaplanen for 2020-2024 rummede fem indsatsområder, og de fleste mål er nået.",
        "I perioden 2018-2022 havde kommunens erhvervspolitik tre fokusområder: turisme, handel og fødevarer.",
        "Børne- og ungepolitikken fra 2017\nhavde fire indsatsområder: leg, læring, trivsel og fællesskab.",
    ],
    "nb": [
        "Samfunnsdelen for 2019–2030 hadde tre satsingsområder: næringsliv, folkehelse og arealbruk.",
        "Kommuneplanen fra 2015 hadde opprinnelig fire satsingsområder: vekst, bolig, natur og kultur.",
        "Klimaplanen 2020-2024 omfattet fem innsatsområder, og de fleste målene er nådd.",
        "I perioden 2018–2022 hadde næringsplanen tre fokusområder: reiseliv, handel og mat.",
        "Folkehelseplanen fra 2017\nhadde fire satsingsområder: aktivitet, kosthold, trivsel og fellesskap.",
    ],
    "nn": [
        "Samfunnsdelen for 2019–2030 hadde tre satsingsområde: næringsliv, folkehelse og arealbruk.",
        "Kommuneplanen frå 2015 hadde opphavleg fire satsingsområde: vekst, bustad, natur og kultur.",
        "Klimaplanen 2020-2024 omfatta fem innsatsområde, og dei fleste måla er nådde.",
        "I perioden 2018–2022 hadde næringsplanen tre fokusområde: reiseliv, handel og mat.",
        "Folkehelseplanen frå 2017\nhadde fire satsingsområde: aktivitet, kosthald, trivsel og fellesskap.",
    ],
    "nl": [
        "De omgevingsvisie uit 2018 had drie speerpunten: wonen, werken en recreëren.",
        "Het coalitieakkoord 2018-2022 kende oorspronkelijk vier speerpunten: zorg, wonen, groen en sport.",
        "Het klimaatplan 2020-2024 omvatte vijf thema's, en de meeste doelen zijn gehaald.",
        "In de periode 2018–2022 telde het economisch beleid drie speerpunten: toerisme, handel en voedsel.",
        "Het jeugdbeleid uit 2017\nhad vier speerpunten: spelen, leren, welzijn en samenzijn.",
    ],
}


@pytest.mark.parametrize(("language", "recalled"), [(lang, s) for lang, ss in EARLIER_PAST.items() for s in ss])
def test_a_plan_said_to_have_had_its_themes_gives_way_to_the_strategys_own(labels, language, recalled):
    assert labels(_strategy(language, recalled), language) == OWN[language][1]


OWN_IN_THE_PAST = {  # the plan's own themes, chosen or adopted in the past tense: still its own
    "da": "Byrådet valgte i 2025 tre indsatsområder:",
    "nb": "Kommunestyret vedtok i 2025 tre satsingsområder:",
    "nn": "Kommunestyret vedtok i 2025 tre satsingsområde:",
    "nl": "De raad koos in 2025 drie speerpunten:",
}


@pytest.mark.parametrize("language", list(OWN_IN_THE_PAST))
def test_themes_chosen_in_the_past_tense_are_still_the_plans_own(labels, language):
    themes = CARRIED_ON[language][1]
    items = "\n".join(f"- {theme}" for theme in themes)
    text = f"Strategi 2025-2029\n\n{OWN_IN_THE_PAST[language]}\n{items}\n"
    assert labels(text, language) == themes


PAST_TENSE = {  # the plan replaced, spoken of in the past tense ("Dat programma was opgebouwd rond vier pijlers")
    "da": [
        "Strategien afløser Vækstplan 2020. Den var bygget op omkring fire temaer: turisme, handel, energi og mad.",
        "Indtil 2024 bestod indsatsen af tre indsatsområder: skole, sundhed og trafik.",
    ],
    "nb": [
        "Planen avløser Næringsplan 2020. Den var bygget opp rundt fire satsingsområder: "
        "reiseliv, handel, mat og energi.",
        "Fram til 2024 bestod arbeidet av tre satsingsområder: skole, helse og samferdsel.",
    ],
    "nn": [
        "Planen avløyser Næringsplan 2020. Den var bygd opp kring fire satsingsområde: "
        "reiseliv, handel, mat og energi.",
        "Fram til 2024 bestod arbeidet av tre satsingsområde: skule, helse og samferdsel.",
    ],
    "nl": [
        "Deze agenda volgt het Uitvoeringsprogramma 2020 op. Dat programma was opgebouwd rond vier pijlers: wonen, "
        "werken, zorg en sport.",
        "Tot 2024 bestond het beleid uit drie speerpunten: onderwijs, zorg en verkeer.",
    ],
}


@pytest.mark.parametrize(("language", "recalled"), [(lang, s) for lang, ss in PAST_TENSE.items() for s in ss])
def test_an_earlier_plan_in_the_past_tense_gives_way_to_the_strategys_own(labels, language, recalled):
    assert labels(_strategy(language, recalled), language) == OWN[language][1]


PRESENT_TENSE = {  # the strategy itself, in the present tense: its own themes
    "da": "Strategien er bygget op omkring tre temaer:",
    "nb": "Planen er bygget opp rundt tre satsingsområder:",
    "nn": "Planen er bygd opp kring tre satsingsområde:",
    "nl": "Dit beleidsplan is opgebouwd rond drie speerpunten:",
}


@pytest.mark.parametrize("language", list(PRESENT_TENSE))
def test_a_strategy_built_around_its_themes_in_the_present_tense_announces_them(labels, language):
    themes = CARRIED_ON[language][1]
    items = "\n".join(f"- {theme}" for theme in themes)
    text = f"Strategi 2025-2029\n\n{PRESENT_TENSE[language]}\n{items}\n"
    assert labels(text, language) == themes
