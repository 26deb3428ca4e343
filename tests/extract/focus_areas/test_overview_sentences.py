"""Themes named in one overview sentence with a count ("Strategien har fire spor: a, b, c samt d",
"Wij kiezen voor drie opgaven: a, b en c"): items set off by commas or semicolons and joined by the
language's conjunction, also after a counted everyday noun when the sentence names the strategy; and
counted lists of people, places or meeting items that are no themes."""

from __future__ import annotations

import pytest


def in_document(sentence: str) -> str:
    return f"Strategi 2025-2030\n\n{sentence}\n\nDen videre tekst beskriver arbejdet i detaljer."


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "da",
            "Strategien har fire spor: iværksætteri, turisme, grøn omstilling samt kompetencer.",
            ["iværksætteri", "turisme", "grøn omstilling", "kompetencer"],
        ),
        (
            "da",
            "Erhvervsstrategien har tre spor: iværksætteri; turisme; og kompetencer.",
            ["iværksætteri", "turisme", "kompetencer"],
        ),
        (
            "da",
            "Strategien har fire områder: bosætning, erhverv, natur samt kultur.",
            ["bosætning", "erhverv", "natur", "kultur"],
        ),
        ("da", "Politikken har tre hovedområder: børn, ældre og handicap.", ["børn", "ældre", "handicap"]),
        (
            "da",
            "Planen er bygget op om tre temaer: klima og energi; natur; vand.",
            ["klima og energi", "natur", "vand"],
        ),
        (
            "da",
            "Handleplanen samler indsatsen i fem spor: skole, fritid, sundhed, job og bolig.",
            ["skole", "fritid", "sundhed", "job", "bolig"],
        ),
        (
            "nb",
            "Strategien har fire innsatsområder: digitalisering, kompetanse, innovasjon samt samarbeid.",
            ["digitalisering", "kompetanse", "innovasjon", "samarbeid"],
        ),
        ("nb", "Planen har tre hovedområder: klima, natur og mobilitet.", ["klima", "natur", "mobilitet"]),
        ("nb", "Planen er bygd rundt tre satsingsområder: oppvekst; helse; næring.", ["oppvekst", "helse", "næring"]),
        (
            "nb",
            "Strategien har tre spor: forebygging, tidlig innsats og oppfølging.",
            ["forebygging", "tidlig innsats", "oppfølging"],
        ),
        (
            "nb",
            "Handlingsplanen har fire deler: boliger, veier, parker og skoleanlegg.",
            ["boliger", "veier", "parker", "skoleanlegg"],
        ),
        (
            "nn",
            "Strategien har fire innsatsområde: digitalisering, kompetanse, innovasjon og samarbeid.",
            ["digitalisering", "kompetanse", "innovasjon", "samarbeid"],
        ),
        ("nn", "Planen byggjer på tre satsingsområde: oppvekst, helse og næring.", ["oppvekst", "helse", "næring"]),
        ("nn", "Planen har tre hovudområde: klima, natur og mobilitet.", ["klima", "natur", "mobilitet"]),
        (
            "nn",
            "Strategien har tre spor: førebygging; tidleg innsats; oppfølging.",
            ["førebygging", "tidleg innsats", "oppfølging"],
        ),
        (
            "nn",
            "Kommunen har valt tre tema i planen: folkehelse, klima samt bustader.",
            ["folkehelse", "klima", "bustader"],
        ),
        ("nl", "Wij kiezen in dit akkoord voor drie opgaven: wonen, klimaat en werk.", ["wonen", "klimaat", "werk"]),
        ("nl", "Het akkoord rust op drie pijlers: wonen; werken; en leven.", ["wonen", "werken", "leven"]),
        (
            "nl",
            "De strategie bestaat uit drie sporen: preventie, vroegsignalering en nazorg.",
            ["preventie", "vroegsignalering", "nazorg"],
        ),
        (
            "nl",
            "Het beleidsplan kent vier lijnen: innovatie, talent, vestigingsklimaat en binnenstad.",
            ["innovatie", "talent", "vestigingsklimaat", "binnenstad"],
        ),
        (
            "nl",
            "Het coalitieakkoord heeft vier hoofdonderwerpen: wonen en bouwen; zorg; klimaat; veiligheid.",
            ["wonen en bouwen", "zorg", "klimaat", "veiligheid"],
        ),
    ],
)
def test_a_counted_overview_sentence_names_the_themes(labels, language, sentence, expected):
    assert labels(in_document(sentence), language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("da", "Kommunen har fem mål for 2030: færre biler, flere træer, mindre affald, mere sol og renere vand."),
        ("da", "Mødet i strategiudvalget havde tre punkter: godkendelse, orientering og eventuelt."),
        ("da", "Strategiudvalget har fem medlemmer: Hansen, Jensen, Nielsen, Olsen og Madsen."),
        ("nb", "Strategien gjelder tre skoler: Nordby, Sørby og Vestby."),
        ("nb", "Planutvalget har tre medlemmer: Kari, Ola og Per."),
        ("nn", "Planen gjeld tre skular: Nordby, Sørby og Vestby."),
        ("nn", "Strategien har fire mål: færre bilar, fleire tre, mindre avfall og reinare vatn."),
        ("nl", "Het college heeft drie wethouders: Jan, Piet en Klaas."),
        ("nl", "Het beleid geldt voor vier kernen: Noorddorp, Zuiddorp, Oostdorp en Westdorp."),
        ("nl", "Het akkoord heeft drie doelen: minder uitstoot, meer groen en schoon water."),
        ("da", "Kommunen har tre skoler: Nordby, Sørby og Vestby."),
    ],
)
def test_a_counted_list_of_people_places_goals_or_meeting_items_is_no_theme_list(labels, language, sentence):
    assert labels(in_document(sentence), language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nl", "Het college nam vier besluiten: de begroting, de grondexploitatie, de subsidie en de benoeming."),
        ("nl", "Het beleid kent drie regelingen: de bijstand, de toeslag en de kwijtschelding."),
        ("da", "Indsatsen omfatter tre tilbud: rådgivning, lektiehjælp og fritidsjob."),
        ("nb", "Satsingen omfatter tre tilbud: rådgivning, leksehjelp og fritidsjobb."),
        ("nn", "Satsinga omfattar tre tilbod: rådgiving, leksehjelp og fritidsjobb."),
        (
            "da",
            "Strategien har tre områder: vi vil bygge mange flere boliger i hele kommunen til alle aldre, "
            "vi vil skabe nye arbejdspladser i alle byer og landsbyer og vi vil passe godt på naturen omkring os.",
        ),
        (
            "nl",
            "De strategie heeft drie onderdelen: we bouwen de komende jaren veel meer betaalbare woningen, "
            "we zorgen voor nieuwe banen in alle wijken en we beschermen de natuur rondom de stad.",
        ),
    ],
)
def test_a_counted_noun_after_an_institution_or_before_sentences_announces_no_themes(labels, language, sentence):
    assert labels(in_document(sentence), language) == []
