"""A Norwegian row whose subject would be a bare pronoun ("Dette", "Det"): the pronoun is never the subject.
In a case it stands for the case ("Dette ble enstemmig vedtatt." under "PS 41/23 Budsjett 2024"); outside
one, with no sentence above for it to stand for, as a news page's headline over its list of decisions
("Dette vart vedteke i kommunestyret 29. oktober"), it names no decision and gives no row, while the
decisions the page lists keep theirs. A pronoun with a sentence above it stands for that sentence.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

_PAGE = {
    "nb": (
        "Testby kommune › Aktuelt › Nytt fra bystyret\n\n{headline}\nPublisert fredag 13.03.2026\n\n"
        "Bystyret hadde møte torsdag 12. mars. Her er en kort oppsummering av de viktigste sakene. "
        "Protokollen kommer på nettsiden når den er godkjent.\n\n"
        "NY SKOLE\nBystyret sa ja til å bygge ny skole. Vedtaket ble gjort med 40 mot 19 stemmer. (Sak 61/26)\n\n"
        "GATELYS\nSaken om gatelys ble utsatt. (Sak 62/26)\n"
    ),
    "nn": (
        "Testby kommune › Aktuelt › Nytt frå kommunestyret\n\n{headline}\nPublisert fredag 30.10.2026\n\n"
        "Kommunestyret hadde møte torsdag 29. oktober. Her er ei kort oppsummering av dei viktigaste sakene. "
        "Protokollen kjem på nettsida når han er godkjend.\n\n"
        "NY SKULE\nKommunestyret sa ja til å byggje ny skule. Vedtaket vart gjort med 14 mot 7 røyster. (Sak 61/26)\n\n"
        "VEGLYS\nSaka om veglys vart utsett. (Sak 62/26)\n"
    ),
}
_LISTED = {
    "nb": [("å bygge ny skole", "adopted"), ("Saken om gatelys", "postponed")],
    "nn": [("å byggje ny skule", "adopted"), ("Saka om veglys", "postponed")],
}


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Dette ble vedtatt i bystyret 12. mars", "nb"),
        ("Dette er vedtatt i bystyret", "nb"),
        ("Det ble vedtatt i bystyret torsdag", "nb"),
        ("Dette ble godkjent i bystyret 12. mars", "nb"),
        ("Dette ble vedtatt på siste møte i bystyret", "nb"),
        ("Dette vart vedteke i kommunestyret 29. oktober", "nn"),
        ("Dette er vedteke i kommunestyret", "nn"),
        ("Det vart vedteke i kommunestyret torsdag", "nn"),
        ("Dette vart godkjent i kommunestyret 29. oktober", "nn"),
        ("Dette vart vedteke på siste møte i kommunestyret", "nn"),
    ],
)
def test_a_page_headline_pronoun_gives_no_row(headline, language):
    rows = votes(_PAGE[language].format(headline=headline), language)
    assert [(r.subject, r.outcome) for r in rows] == _LISTED[language]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Dette ble enstemmig vedtatt.\n", "nb"),
        ("Vedtak:\nDette ble vedtatt.\n", "nb"),
        ("Det ble enstemmig vedtatt.\n", "nb"),
        ("Dette ble vedtatt med 30 mot 5 stemmer.\n", "nb"),
        ("Behandling:\nDette ble godkjent uten merknader.\n", "nb"),
        ("Dette vart samrøystes vedteke.\n", "nn"),
        ("Vedtak:\nDette vart vedteke.\n", "nn"),
        ("Det vart samrøystes vedteke.\n", "nn"),
        ("Dette vart vedteke med 15 mot 6 røyster.\n", "nn"),
        ("Handsaming:\nDette vart godkjent utan merknader.\n", "nn"),
    ],
)
def test_a_pronoun_in_a_case_stands_for_the_case(body, language):
    assert [r.subject for r in votes(CASE[language] + body, language)] == ["Budsjett 2024"]


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        (
            "Nyheter\n\nBystyret vil bygge ny skole på Haugen. Dette ble vedtatt med 40 mot 19 stemmer.\n",
            "nb",
            "Bystyret vil bygge ny skole på Haugen",
        ),
        (
            "Nyheiter\n\nKommunestyret vil byggje ny skule på Haugen. Dette vart vedteke med 14 mot 7 røyster.\n",
            "nn",
            "Kommunestyret vil byggje ny skule på Haugen",
        ),
    ],
)
def test_a_pronoun_with_a_sentence_above_stands_for_that_sentence(text, language, subject):
    assert subject in [r.subject for r in votes(text, language)]
