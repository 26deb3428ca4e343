"""Partners the gazetteer must reach: municipalities whose name is no town's, hyphenated or of several words
('Aurskog-Høland', 'Midtre Gauldal', 'Lyngby-Taarbæk'), matched as one place, also as partners of a
municipality of the same country; Chinese cities; small Finnish towns under their Finnish or Swedish name."""

from __future__ import annotations

import pytest

T, C = "twin", "cooperation_agreement"

REACH = [
    # Danish
    ("Vores venskabskommune i Norge er Aurskog-Høland.", "da", "Hvidovre", {"Aurskog-Høland": T}),
    ("Venskabskommunerne er Nord-Fron og Midtre Gauldal i Norge.", "da", "Hvidovre",
     {"Nord-Fron": T, "Midtre Gauldal": T}),
    ("Vores kinesiske venskabsby Suzhou har over ti millioner indbyggere.", "da", "Hvidovre", {"Suzhou": T}),
    ("Venskabsbyer: Kauniainen (Finland), Pedersöre (Finland) og Larsmo.", "da", "Hvidovre",
     {"Kauniainen": T, "Pedersöre": T, "Larsmo": T}),
    ("Kommunen har siden 2003 haft en venskabsaftale med Ringkøbing-Skjern Kommune.", "da", "Hvidovre",
     {"Ringkøbing-Skjern": T}),
    # Norwegian Bokmål
    ("Bodø har en vennskapsavtale med Sør-Varanger kommune.", "nb", "Bodø", {"Sør-Varanger": T}),
    ("Vennskapskommunene er Aurskog-Høland og Midtre Gauldal.", "nb", "Bodø",
     {"Aurskog-Høland": T, "Midtre Gauldal": T}),
    ("Vennskapsbyen Jining i Kina ble valgt etter et besøk.", "nb", "Bodø", {"Jining": T}),
    ("Kommunen har vennskapsby i Grankulla i Finland.", "nb", "Bodø", {"Kauniainen": T}),
    ("Vi har en samarbeidsavtale med Lyngby-Taarbæk i Danmark.", "nb", "Bodø", {"Lyngby-Taarbæk": C}),
    # Norwegian Nynorsk
    ("Kommunen har ein venskapsavtale med Nord-Aurdal kommune.", "nn", "Voss", {"Nord-Aurdal": T}),
    ("Venskapskommunane er Øvre Eiker og Nord-Fron.", "nn", "Voss", {"Øvre Eiker": T, "Nord-Fron": T}),
    ("Venskapsbyen vår i Kina er Harbin.", "nn", "Voss", {"Harbin": T}),
    ("Vi har venskapsbyar i Kronoby og Larsmo i Finland.", "nn", "Voss", {"Kronoby": T, "Larsmo": T}),
    ("Voss har ein venskapsavtale med Ikast-Brande i Danmark.", "nn", "Voss", {"Ikast-Brande": T}),
    # Dutch
    ("Zwolle heeft een stedenband met de Chinese stad Tianjin.", "nl", "Zwolle", {"Tianjin": T}),
    ("Onze partnergemeente Lyngby-Taarbæk ligt in Denemarken.", "nl", "Zwolle", {"Lyngby-Taarbæk": T}),
    ("Zustersteden: Kauniainen (Finland) en Pedersöre (Finland).", "nl", "Zwolle", {"Kauniainen": T, "Pedersöre": T}),
    ("Sinds 1988 is Aurskog-Høland in Noorwegen onze zustergemeente.", "nl", "Zwolle", {"Aurskog-Høland": T}),
    ("De stedenband met Ringkøbing-Skjern werd gesloten na een uitwisseling.", "nl", "Zwolle",
     {"Ringkøbing-Skjern": T}),
]

NOT_TOWNS = [
    ("Vennskapsbyer\n\nStad | Land | Siden", "nb", "Bodø"),  # 'Stad' is a word here, not the municipality
    ("Stedenbanden\n\nStad | Land | Sinds", "nl", "Zwolle"),  # nor a German 'Staad' read with 'aa' as 'å'
    ("Venskabsbyer\n\nAurskog-Høland Kommunes hjemmeside er lukket.", "da", "Aurskog-Høland"),  # the issuer itself
    ("Bodø kommune har vennskapsbyer i hele Norden.", "nb", "Bodø"),
    ("Vossestrand og Voss samarbeider om venskapsbyarbeidet.", "nn", "Voss"),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), REACH)
def test_hyphenated_and_multi_word_municipalities_chinese_and_small_finnish_towns_are_reached(
    rows, text, language, issuer, expected
):
    found = rows(text, language, issuer)
    assert {city: relation for city, (relation, _) in found.items()} == expected


@pytest.mark.parametrize(("text", "language", "issuer"), NOT_TOWNS)
def test_words_like_municipality_names_and_the_issuer_are_not_partners(rows, text, language, issuer):
    assert rows(text, language, issuer) == {}
