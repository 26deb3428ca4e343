"""A foreign town as the subject of its own relation sentence ('Kuopio har vært vennskapsby siden 1953') is the
partner, not the issuer: only a home-country town that 'has' relations owns them ('Gent heeft zeven
zustersteden')."""

from __future__ import annotations

import pytest

SUBJECTS = [
    ("Jönköping har været venskabsby siden 1949.", "da", "Hvidovre", {"Jönköping": 1949}),
    ("Kuopio har haft en venskabsaftale med os siden 1953.", "da", "Hvidovre", {"Kuopio": 1953}),
    ("Venskabsbyer\n\nTartu\n\nTartu har været venskabsby siden 1991.", "da", "Hvidovre", {"Tartu": 1991}),
    ("Lübeck har haft venskabsbyaftale med kommunen siden 1972.", "da", "Hvidovre", {"Lübeck": 1972}),
    ("Gdynia har været Hvidovres venskabsby siden 1989.", "da", "Hvidovre", {"Gdynia": 1989}),
    ("Jönköping har vært Bodøs vennskapsby siden 1949.", "nb", "Bodø", {"Jönköping": 1949}),
    ("Kuopio har vært vennskapsby siden 1953.", "nb", "Bodø", {"Kuopio": 1953}),
    ("Vennskapsbyer\n\nSvendborg\n\nSvendborg har hatt vennskapsavtale med oss siden 1950.", "nb", "Bodø",
     {"Svendborg": 1950}),
    ("Tartu har hatt en samarbeidsavtale med kommunen siden 1998.", "nb", "Bodø", {"Tartu": 1998}),
    ("Lübeck har vært vennskapsby siden 1972, og samarbeidet er godt.", "nb", "Bodø", {"Lübeck": 1972}),
    ("Jönköping har vore venskapsby sidan 1949.", "nn", "Voss", {"Jönköping": 1949}),
    ("Kuopio har hatt venskapsavtale med Voss sidan 1953.", "nn", "Voss", {"Kuopio": 1953}),
    ("Venskapsbyar\n\nTartu\n\nTartu har vore venskapsby sidan 1991.", "nn", "Voss", {"Tartu": 1991}),
    ("Lübeck har vore venskapsby sidan 1972.", "nn", "Voss", {"Lübeck": 1972}),
    ("Gdynia har hatt ein venskapsavtale med kommunen sidan 1989.", "nn", "Voss", {"Gdynia": 1989}),
    ("Kuopio is sinds 1953 een zusterstad van Zwolle.", "nl", "Zwolle", {"Kuopio": 1953}),
    ("Tartu heeft sinds 1991 een stedenband met onze gemeente.", "nl", "Zwolle", {"Tartu": 1991}),
    ("Zustersteden\n\nLübeck\n\nLübeck heeft sinds 1972 een stedenband met Zwolle.", "nl", "Zwolle", {"Lübeck": 1972}),
    ("Gdynia heeft sinds 1989 een partnerschap als zusterstad.", "nl", "Zwolle", {"Gdynia": 1989}),
    ("Jönköping heeft al sinds 1949 een stedenband met de gemeente.", "nl", "Zwolle", {"Jönköping": 1949}),
]

OWNERS = [
    ("Hvidovre har venskabsbyer i hele Norden.", "da", "Hvidovre"),
    ("Bodø har vennskapsbyer i Sverige og Finland.", "nb", "Bodø"),
    ("Voss har venskapsbyar i fleire land.", "nn", "Voss"),
    ("Zwolle heeft zeven zustersteden.", "nl", "Zwolle"),
    ("Gent heeft zeven zustersteden.", "nl", None),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), SUBJECTS)
def test_a_foreign_town_as_subject_of_its_relation_sentence_is_the_partner(rows, text, language, issuer, expected):
    assert {city: year for city, (_, year) in rows(text, language, issuer).items()} == expected


@pytest.mark.parametrize(("text", "language", "issuer"), OWNERS)
def test_a_home_town_that_has_relations_is_the_issuer(rows, text, language, issuer):
    assert rows(text, language, issuer) == {}
