"""News pages whose paragraph reports a decision by a bare definite noun: headline "Ny hamneplan for Sørvika" over
"Framlegget til ny hamneplan har vore på høyring i vinter. Hamneplanen vart samrøystes vedteken.", "Strategien ble
vedtatt med 27 mot 12 stemmer.", "Fråsegna vart samrøystes vedteken.".

The noun only refers back ("Hamneplanen", "Avtalen"): the paragraph's headline is the name the page gives the
decision, so the row takes it. Look-alikes keep their own words: a decision naming its object in a noun phrase
("sluttet seg til en ny plan for idrett ..."), the recommendation by its usual name ("Innstillingen ble vedtatt"),
and a noting, which names what it took for information ("tok orienteringa om legevakta til vitande").
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "nn": (
        "Testby kommune / Aktuelt / Politikk\n\nNytt frå kommunestyret 12. mars\nPublisert 13.03.2025 kl. 10:15\n\n"
        "Kommunestyret hadde møte torsdag. Her er eit samandrag av dei viktigaste sakene.\n\n"
    ),
    "nb": (
        "Testby kommune > Aktuelt > Politikk\n\nNytt fra bystyret 12. mars\nPublisert 13.03.2025\n\n"
        "Bystyret hadde møte onsdag. Her er et sammendrag av de viktigste sakene.\n\n"
    ),
}
_TAIL = {
    "nn": "Orientering om legevakta\nKommunestyret tok orienteringa om legevakta til vitande.\n",
    "nb": "Orientering om legevakten\nBystyret tok orienteringen om legevakten til orientering.\n",
}
_NOTED = {"nn": ("orienteringa om legevakta", "noted"), "nb": ("orienteringen om legevakten", "noted")}


@pytest.mark.parametrize(
    ("language", "item", "headline"),
    [
        (
            "nn",
            "Ordføraren la fram eit utkast til fråsegn om fergetilbodet. Fråsegna vart samrøystes vedteken.",
            "Fråsegn om fergetilbodet",
        ),
        (
            "nn",
            "Kommunane har forhandla fram ei ny avtale om legevakt. Avtalen vart godkjend med 19 mot 2 røyster.",
            "Ny avtale om legevakt",
        ),
        (
            "nn",
            "Kommunestyret drøfta den nye klimaplanen i over ein time. Planen vart vedteken med 17 mot 8 røyster.",
            "Klimaplan 2025-2030",
        ),
        (
            "nb",
            "En ny avtale om drift av idrettshallene var oppe til behandling. Avtalen ble godkjent mot 4 stemmer.",
            "Samarbeidsavtale om idrettshallene",
        ),
        (
            "nb",
            "Forslaget til ny havneplan har vært på høring i vinter. Havneplanen ble enstemmig vedtatt.",
            "Ny havneplan for Nordvika",
        ),
        (
            "nb",
            "Næringssjefen presenterte arbeidet med strategien. Strategien ble vedtatt med 27 mot 12 stemmer.",
            "Strategi for næringsutvikling",
        ),
        (
            "nb",
            "Bystyret behandlet et forslag til uttalelse om sykehusstrukturen. Uttalelsen ble enstemmig vedtatt.",
            "Uttalelse om sykehusstruktur",
        ),
    ],
)
def test_a_bare_noun_takes_the_headline(language: str, item: str, headline: str) -> None:
    rows = votes(_HEAD[language] + headline + "\n" + item + "\n\n" + _TAIL[language], language)
    assert [(r.subject, r.outcome) for r in rows] == [(headline, "adopted"), _NOTED[language]]


@pytest.mark.parametrize(
    ("language", "headline", "item", "subject"),
    [
        (
            "nb",
            "Ny plan for idrett",
            "Bystyret sluttet seg til en ny plan for idrett og fysisk aktivitet med 20 mot 5 stemmer.",
            "en ny plan for idrett og fysisk aktivitet",
        ),
        (
            "nb",
            "Budsjett 2026",
            "Formannskapets innstilling til budsjett var oppe. Innstillingen ble vedtatt med 25 mot 14 stemmer.",
            "Innstillingen",
        ),
    ],
)
def test_a_named_object_or_the_recommendation_keeps_its_words(
    language: str, headline: str, item: str, subject: str
) -> None:
    rows = votes(_HEAD[language] + headline + "\n" + item + "\n\n" + _TAIL[language], language)
    assert [r.subject for r in rows] == [subject, _NOTED[language][0]]
