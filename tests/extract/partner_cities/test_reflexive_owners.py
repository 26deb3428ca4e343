"""Another municipality's own relations, told on the issuer's page with a reflexive possessive ('Tønsberg har sin
egen vennskapsbykjede med Lemvig', 'Zutphen heeft zijn eigen stedenbanden met Sibiu'): neither that town nor its
partners are the issuer's partners. The issuer's own relations in the same words stay ('Horten har sine egne
vennskapsbyer i Norden'), and so do the issuer's relations named beside them ('våre vennskapsbyer')."""

from __future__ import annotations

import pytest

OTHERS = [
    ("nb", "Horten", "Tønsberg har sin egen nordiske vennskapsbykjede med blant annet Lemvig.", {}),
    ("nb", "Horten", "Holmestrand har for eksempel egne vennskapsbyer i Sverige, blant annet Strömstad.", {}),
    ("nb", "Larvik", "Sandefjord har også sine egne vennskapsbyer, blant dem Nakskov og Uddevalla.", {}),
    ("nb", "Drammen", "Kongsberg kommune har sitt eget vennskapsbysamarbeid med Kongsberg i Tyskland.", {}),
    ("nb", "Moss", "Fredrikstad hadde dessuten sin egen vennskapsby i Finland, Kotka.", {}),
    ("nn", "Stord", "Fitjar har si eiga vennskapskommune i Skottland, Dunoon.", {}),
    ("nn", "Voss", "Ulvik har òg sine eigne vennskapsbyar, mellom anna Holmsund.", {}),
    ("nn", "Førde", "Sunnfjord har sjølv sitt eige samarbeid med Jelgava i Latvia.", {}),
    ("nn", "Ørsta", "Volda har sin eigen vennskapskommune i Danmark, Kalundborg.", {}),
    ("nn", "Odda", "Kvinnherad har til dømes sine eigne vennskapsbyar i Sverige, som Hedemora.", {}),
    ("da", "Middelfart", "Fredericia har sin egen venskabsby i Sverige, Kalmar.", {}),
    ("da", "Favrskov", "Randers har desuden sine egne venskabsbyer, blandt andre Lahti og Vänersborg.", {}),
    ("da", "Faxe", "Køge Kommune har sit eget venskabsbysamarbejde med Lambersart.", {}),
    ("da", "Odsherred", "Holbæk havde selv sin egen venskabsby i Norge, Notodden.", {}),
    ("da", "Hedensted", "Vejle har for eksempel sine egne partnerbyer, blandt andre Kolding i Tyskland.", {}),
    ("nl", "Deventer", "Zutphen heeft zijn eigen stedenband met Sibiu.", {}),
    ("nl", "Apeldoorn", "Voorst heeft ook haar eigen partnergemeente in Duitsland, Burgsteinfurt.", {}),
    ("nl", "Leeuwarden", "Heerenveen heeft een eigen stedenband met Hadleigh.", {}),
    ("nl", "Ieper", "Poperinge onderhoudt zijn eigen verbroedering met Wimereux.", {}),
    ("nl", "Gent", "Lochristi heeft bijvoorbeeld een eigen verbroedering met Maloja.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), OTHERS)
def test_another_towns_own_relations_are_no_partners_of_the_issuer(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


OWN = [
    ("nb", "Horten", "Horten har sine egne vennskapsbyer i Norden: Karlshamn og Naantali.", {"Karlshamn", "Naantali"}),
    ("nn", "Voss", "Voss har sine eigne vennskapsbyar i Norden, mellom anna Hvidovre og Olofström.",
     {"Hvidovre", "Olofström"}),
    ("da", "Favrskov", "Kommunen har sine egne venskabsbyer: Lahti og Vänersborg.", {"Lahti", "Vänersborg"}),
    ("nl", "Deventer", "Deventer heeft zijn eigen stedenband met Sibiu.", {"Sibiu"}),
    ("nb", "Larvik", "Sandefjord har sine egne vennskapsbyer, mens våre vennskapsbyer er Nakskov og Uddevalla.",
     {"Nakskov", "Uddevalla"}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), OWN)
def test_the_issuers_own_relations_in_the_same_words_stay(rows, language, issuer, text, expected):
    assert expected <= set(rows(text, language, issuer))
