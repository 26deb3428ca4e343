"""An inline enumeration whose last two themes both hold the list's conjunction ("..., næring og arbeid
og klima og miljø") is split at the middle conjunction, so each theme keeps its own "og"/"en"."""

from __future__ import annotations

import pytest

SENTENCES = {
    "nn": [
        "Kommunestyret har vedteke fem satsingsområde: bustad, kultur, helse, næring og arbeid og klima og miljø.",
        "Dei fire satsingsområda er: oppvekst, folkehelse, næring og arbeid og klima og miljø.",
        "Planen har tre innsatsområde: folkehelse, oppvekst og læring og natur og friluftsliv",
        "Samfunnsdelen sine fire målområde er: busetjing, trafikk, kultur og idrett og natur og miljø.",
        "Strategien har desse satsingsområda: kultur, helse og omsorg og klima og miljø.",
    ],
    "nb": [
        "Kommunestyret har vedtatt fem satsingsområder: bolig, kultur, helse, næring og arbeid og klima og miljø.",
        "De fire satsingsområdene er: oppvekst, folkehelse, næring og arbeid og klima og miljø.",
        "Planen har tre innsatsområder: folkehelse, oppvekst og læring og natur og friluftsliv",
        "Samfunnsdelens fire målområder er: bosetting, trafikk, kultur og idrett og natur og miljø.",
        "Strategien har disse satsingsområdene: kultur, helse og omsorg og klima og miljø.",
    ],
    "da": [
        "Byrådet har vedtaget fem indsatsområder: bolig, kultur, sundhed, erhverv og job og klima og natur.",
        "De fire indsatsområder er: børn, sundhed, erhverv og job og klima og natur.",
        "Planen har tre fokusområder: sundhed, børn og unge og natur og friluftsliv",
        "Planens fire pejlemærker er: bosætning, trafik, kultur og idræt og natur og miljø.",
        "Strategien har følgende temaer: kultur, sundhed og omsorg og klima og natur.",
    ],
    "nl": [
        "De raad stelde vijf speerpunten vast: wonen, cultuur, zorg, werk en inkomen en klimaat en natuur.",
        "De vier pijlers zijn: jeugd, gezondheid, werk en inkomen en klimaat en natuur.",
        "Het plan kent drie ambities: gezondheid, jeugd en onderwijs en natuur en recreatie",
        "De vier opgaven van de omgevingsvisie zijn: wonen, verkeer, sport en cultuur en natuur en milieu.",
        "De strategie kent de volgende thema's: cultuur, zorg en welzijn en klimaat en natuur.",
    ],
}


@pytest.mark.parametrize(("language", "sentence"), [(lang, s) for lang, ss in SENTENCES.items() for s in ss])
def test_the_last_two_paired_themes_are_split_at_the_middle_conjunction(labels, language, sentence):
    found = labels(sentence, language)
    tail = sentence.rstrip(".").split(", ")[-1]
    joiner = " en " if language == "nl" else " og "
    words = tail.split(joiner)
    assert found[-2:] == [joiner.join(words[:2]), joiner.join(words[2:])]
