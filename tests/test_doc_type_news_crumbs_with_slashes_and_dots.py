"""doc_type of a news page whose breadcrumb or masthead sets its cells apart with slashes or middle dots ('Forside /
Nyheder / Politik', 'Lokalt Actueel · Regio'): filed under a news section, so `other`, however its body reads.
A path of the site's minutes section, a date written with slashes, or a minutes head with dotted fields stays minutes.
All snippets are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, title

_DA = "Sag 12/26 Budget 2027\nBeslutning\nGodkendt.\nSag 13/26 Ny skole\nBeslutning\nGodkendt med 21 stemmer mod 4.\n"
_NO = "Sak 12/26 Budsjett 2027\nVedtak\nInnstillingen ble vedtatt.\nVotering\nEnstemmig vedtatt.\n"
_NN = "PS 12/26 Budsjett\nVedtak\nInnstillinga vart vedteken.\nVotering\nSamrøystes vedteke.\n"
_NL = "Besluit\nHet voorstel werd aangenomen met 21 stemmen voor en 4 tegen.\nStemming\nDe motie is verworpen.\n"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Forside / Nyheder / Politik\nNyt fra byrådet\nPubliceret 3. marts 2026\n" + _DA),
        ("da", "Hjem / Aktuelt / Kommunalbestyrelsen\nKort nyt fra mødet\n" + _DA),
        ("nb", "Hamar kommune / Aktuelt / Politikk\nDette vedtok kommunestyret 4. mars\n" + _NO),
        ("nb", "Hjem / Nyheter\nVedtak i bystyret\nPublisert: 27. mai 2026\n" + _NO),
        ("nn", "Heim / Aktuelt / Politikk\nDette vart vedteke i heradsstyret\n" + _NN),
        ("nn", "Stryn kommune · Nyheiter · Politikk\nNytt frå kommunestyret\n" + _NN),
        ("nl", "Home / Nieuws / Bestuur\nDit besliste de gemeenteraad op 26 mei 2026\n" + _NL),
        ("nl", "MAASLAND ACTUEEL  ·  Regio  ·  Boxmeer\nRaad kiest voor nieuw zwembad\n" + _NL),
    ],
)
def test_a_news_page_behind_a_slashed_or_dotted_crumb_is_other(language: str, text: str):
    assert doc_type(text, title(text), language) == "other"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Forside / Politik / Dagsordener og referater\nReferat Byrådet 3. marts 2026\n" + _DA),
        ("da", "Referat · Byrådet · 3/3 2026\n" + _DA),
        ("nb", "Møteprotokoll · Kommunestyret · 04.03.2026\n" + _NO),
        ("nb", "Politikk / Møter og saksdokumenter\nMøteprotokoll kommunestyret\n" + _NO),
        ("nl", "Besluitenlijst gemeenteraad · 12/03/2026 · Raadzaal\n" + _NL),
    ],
)
def test_minutes_behind_a_slashed_or_dotted_path_stay_minutes(language: str, text: str):
    assert doc_type(text, title(text), language) == "case_protocol"
