"""doc_type of a news page reporting council decisions ('Nyt fra byrådet', 'Dette vedtok kommunestyret', 'Dit besloot
de raad'): it reads like minutes (votes, decisions) but the site files it under its news section, so it is `other`.
Minutes published on the same site under their own section, or naming the news only in the body, stay minutes."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, title

_MINUTES_BODY = (
    "Sag 12/26 Budget 2027\nBeslutning\nGodkendt.\nSag 13/26 Ny skole\nBeslutning\nGodkendt.\n"
    "Indstilling\nForvaltningen indstiller, at planen godkendes.\nByrådet stemte for med 21 stemmer.\n"
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Forside > Nyheder > Politik\nNyt fra byrådet\nPubliceret 3. marts 2026\n" + _MINUTES_BODY),
        ("da", "Ikast-Brande Kommune › Nyheder › 2026\nDet besluttede byrådet mandag\n" + _MINUTES_BODY),
        (
            "nb",
            "Sortland kommune > Aktuelt > Politikk\nDette vedtok kommunestyret 4. mars\n"
            "Sak 12/26 Budsjett 2027\nVedtak\nInnstillingen ble vedtatt.\nVotering\nEnstemmig vedtatt.\n",
        ),
        (
            "nn",
            "Nyheiter | Volda kommune\nDette vedtok kommunestyret\n"
            "PS 12/26 Budsjett\nVedtak\nInnstillinga vart vedteken.\nVotering\nSamrøystes vedteke.\n",
        ),
        (
            "nl",
            "Home > Nieuws > Dit besloot de gemeenteraad\nGepubliceerd op 12 maart 2026\n"
            "Besluit\nHet voorstel werd aangenomen met 21 stemmen voor en 4 stemmen tegen.\n"
            "Stemming\nDe motie is verworpen.\n",
        ),
        (
            "nl",
            "GOIRLE – LOKAAL NIEUWS    dinsdag 3 maart 2026\nRaad stemt in met nieuw zwembad\n"
            "Het raadsvoorstel is aangenomen met 15 stemmen voor en 4 stemmen tegen.\n",
        ),
        (
            "nl",
            "Nieuws | Stad Lier | 4 mei 2026\nGemeenteraad keurt verbroedering goed\n"
            "De gemeenteraad keurde het voorstel goed met 30 stemmen voor.\nBesluitvorming\n",
        ),
    ],
)
def test_a_news_page_reporting_council_decisions_is_other(language: str, text: str):
    assert doc_type(text, title(text), language) == "other"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Forside > Politik > Dagsordener og referater\nReferat Byrådet 3. marts 2026\n" + _MINUTES_BODY),
        ("da", "Referat Byrådet 3. marts 2026\n" + _MINUTES_BODY + "Nyheder fra udvalget følger i næste nummer.\n"),
        (
            "nb",
            "Møteprotokoll kommunestyret\nPubliseres som nyheter på kommunens nettside.\n"
            "Sak 12/26 Budsjett 2027\nVedtak\nInnstillingen ble vedtatt.\nVotering\nEnstemmig vedtatt.\n",
        ),
        (
            "nl",
            "Besluitenlijst gemeenteraad | 12 maart 2026\nNieuwsbrief van de griffie volgt.\n"
            "Besluit\nHet voorstel werd aangenomen met 21 stemmen voor en 4 stemmen tegen.\n",
        ),
    ],
)
def test_minutes_that_only_mention_news_stay_minutes(language: str, text: str):
    assert doc_type(text, title(text), language) == "case_protocol"
