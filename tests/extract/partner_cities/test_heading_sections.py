"""Towns listed under a heading that names the relation ('Vennskapsbyer', 'Zustersteden'): one per line,
with bullets, 'By – Land', 'By (Land)', tables, a list after a lead-in line, entries with a description,
a paragraph about the relation; in every language. Then what sits under such a heading and is no partner:
visited districts, history, the issuer's own towns, a table's header row, a description of a town."""

from __future__ import annotations

import pytest

T, C = "twin", "cooperation_agreement"

HEADED_LISTS = [
    # Danish
    ("Venskabsbyer\n\nKommunen samarbejder med:\nKokkola (Finland)\nSkellefteå (Sverige)\nHamar (Norge)", "da",
     "Hvidovre", {"Kokkola": T, "Skellefteå": T, "Hamar": T}),
    ("Vores venskabsbyer\n\n• Porvoo, Finland\n• Arvika, Sverige\n• Selfoss, Island", "da", "Hvidovre",
     {"Porvoo": T, "Arvika": T, "Selfoss": T}),
    ("Venskabsbyer\n\nKuopio: Finlands ottende største by.\nVologda: En gammel handelsby.\n"
     "Kalmar: Ligger ved Østersøen.", "da", "Hvidovre", {"Kuopio": T, "Vologda": T, "Kalmar": T}),
    ("Venskabsbyer\n\nBy | Land | Siden\nHarbin | Kina | 1995\nNärpes | Finland | 1978", "da", "Hvidovre",
     {"Harbin": T, "Närpes": T}),
    ("Samarbejdsaftaler\n\nI dag er det Tartu i Estland, Pärnu og Viljandi, som vi samarbejder med.", "da", "Hvidovre",
     {"Tartu": C, "Pärnu": C, "Viljandi": C}),
    # Norwegian Bokmål
    ("Vennskapsbyer\n\nKommunen har hatt vennskapsbyer siden etterkrigstida. I dag er dette Kuopio i Finland, "
     "Petrozavodsk og Vologda i Russland og Zelenograd.", "nb", "Bodø",
     {"Kuopio": T, "Petrozavodsk": T, "Vologda": T, "Zelenograd": T}),
    ("VÅRE VENNSKAPSBYER\n\n1. Kuopio, Finland\n2. Vologda, Russland\n3. Jönköping, Sverige", "nb", "Bodø",
     {"Kuopio": T, "Vologda": T, "Jönköping": T}),
    ("Vennskapsbyer\n\nKalmar i Sverige ble vennskapsby i 1946. Senere kom Kuopio kommune i Finland og "
     "Petrozavodsk i Russland til.", "nb", "Bodø", {"Kalmar": T, "Kuopio": T, "Petrozavodsk": T}),
    ("Vennskapsbyer\n\nBy\tLand\tSiden\nJining\tKina\t1999\nPargas\tFinland\t1978", "nb", "Bodø",
     {"Jining": T, "Pargas": T}),
    ("Vennskapsbyer\n\nKommunen samarbeider med disse byene:\n- Luleå (Sverige)\n- Oulu (Finland)\n"
     "- Svendborg (Danmark)", "nb", "Bodø", {"Luleå": T, "Oulu": T, "Svendborg": T}),
    # Norwegian Nynorsk
    ("Venskapsbyar\n\nKuopio i Finland\nVologda i Russland\nJönköping i Sverige", "nn", "Voss",
     {"Kuopio": T, "Vologda": T, "Jönköping": T}),
    ("Venskapsbyar\n\nKommunen samarbeider med:\n\nLuleå – Sverige\nOulu – Finland\nAkureyri – Island", "nn", "Voss",
     {"Luleå": T, "Oulu": T, "Akureyri": T}),
    ("Venskapsbyar\n\nI dag er dette Kokkola i Finland, Skellefteå i Sverige og Hamar.", "nn", "Voss",
     {"Kokkola": T, "Skellefteå": T, "Hamar": T}),
    ("Venskapsbyar\n\n• Tartu (Estland)\n• Gdynia (Polen)", "nn", "Voss", {"Tartu": T, "Gdynia": T}),
    ("Venskapsbyar\n\nKuopio: Ein universitetsby i Savo.\nKalmar: Ein by ved Austersjøen.", "nn", "Voss",
     {"Kuopio": T, "Kalmar": T}),
    # Dutch
    ("Zustersteden\n\nDe gemeente onderhoudt banden met:\n- Pardubice (Tsjechië)\n- Siegen (Duitsland)\n"
     "- Gaziantep (Turkije)", "nl", "Zwolle", {"Pardubice": T, "Siegen": T, "Gaziantep": T}),
    ("Stedenbanden\n\nStad | Land | Sinds\nTianjin | China | 1985\nKuopio | Finland | 1993", "nl", "Zwolle",
     {"Tianjin": T, "Kuopio": T}),
    ("Partnersteden\n\nKuopio (Finland), Vologda (Rusland) en Kalmar (Zweden)", "nl", "Zwolle",
     {"Kuopio": T, "Vologda": T, "Kalmar": T}),
    ("Stedenbanden\n\nZwolle heeft stedenbanden met:\n\nKuopio – Finland\nTartu – Estland", "nl", "Zwolle",
     {"Kuopio": T, "Tartu": T}),
    ("Zustersteden\n\nSiegen: een universiteitsstad in Noordrijn-Westfalen.\nPardubice: bekend om zijn paardenrennen.",
     "nl", "Zwolle", {"Siegen": T, "Pardubice": T}),
]

ASIDES = [
    # Danish
    ("Venskabsbyer\n\nBorgmesteren besøgte i maj kvarteret Kalamaja i Tallinn sammen med gæster fra Kuopio.", "da",
     "Hvidovre"),
    ("Venskabsbyer\n\nHvidovre, Avedøre og Friheden fejrede venskabsbyjubilæet med en fest.", "da", "Hvidovre"),
    ("Venskabsbyer\n\nForeningens formand er født i Aalborg og opvokset i Randers.", "da", "Hvidovre"),
    ("Venskabsbyer\n\nBy | Land | Siden", "da", "Hvidovre"),
    ("Venskabsbyer\n\nUnder krigen flygtede mange over Øresund, og færgen gik mellem Helsingør og Helsingborg.", "da",
     "Hvidovre"),
    # Norwegian Bokmål
    ("Vennskapsbyer\n\nOrdføreren besøkte bydelen Kreuzberg i Berlin under turen.", "nb", "Bodø"),
    ("Vennskapsbyer\n\nBodø, Bodin og Kjerringøy deltok i markeringen.", "nb", "Bodø"),
    ("Vennskapsbyer\n\nTrondheim er et knutepunkt, blant annet for jernbanen mellom Oslo og Bergen.", "nb", "Bodø"),
    ("Vennskapsbyer\n\nUnder besøket i Riga gikk delegasjonen gjennom bydelene Āgenskalns og Torņakalns.", "nb",
     "Bodø"),
    ("Vennskapsbyer\n\nSide 2 av 4\n\nMark og Vik", "nb", "Bodø"),
    # Norwegian Nynorsk
    ("Venskapsbyar\n\nVoss og Vossevangen tok imot gjester frå venskapsbyen.", "nn", "Voss"),
    ("Venskapsbyar\n\nPå turen til Tyskland vitja vi bydelen Altona i Hamburg.", "nn", "Voss"),
    ("Venskapsbyar\n\nFjorden ligg mellom Bergen og Stavanger, og vegen går vidare til Haugesund.", "nn", "Voss"),
    ("Venskapsbyar\n\nLeiaren er fødd i Molde og oppvaksen i Ålesund.", "nn", "Voss"),
    ("Venskapsbyar\n\nBy\tLand\tSidan", "nn", "Voss"),
    # Dutch
    ("Zustersteden\n\nDe burgemeester bracht een bezoek aan de wijken Kreuzberg en Mitte in Berlijn.", "nl", "Zwolle"),
    ("Zustersteden\n\nZwolle, Stadshagen en Berkum vierden het jubileum van de stedenband.", "nl", "Zwolle"),
    ("Zustersteden\n\nIn de Tweede Wereldoorlog werden Rotterdam en Nijmegen gebombardeerd.", "nl", "Zwolle"),
    ("Stedenbanden\n\nStad | Land | Sinds", "nl", "Zwolle"),
    ("Zustersteden\n\nTijdens de reis bezochten we de stadsdelen Spandau en Pankow van Berlijn.", "nl", "Zwolle"),
]

OWN_TOWNS = [  # the issuer's own towns and districts, named in a list under the relation heading
    ("Vennskapsbyer\n\nKoret fra Kuopio sang i Saltstraumen, Kjerringøy og Misvær.", "nb", "Bodø"),
    ("Venskabsbyer\n\nKoret fra Kuopio sang i Avedøre, Brøndby og Vallensbæk.", "da", "Hvidovre"),
    ("Zustersteden\n\nHet koor uit Kuopio zong in Berkum, Windesheim en Hattem.", "nl", "Zwolle"),
    ("Venskapsbyar\n\nKoret frå Kuopio song på Vossevangen, Bolstadøyri og Evanger.", "nn", "Voss"),
    ("Venskabsbyer\n\nHvidovre og Avedøre\nFriheden", "da", "Hvidovre"),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), HEADED_LISTS)
def test_towns_listed_under_a_relation_heading_take_its_relation(rows, text, language, issuer, expected):
    found = rows(text, language, issuer)
    assert {city: relation for city, (relation, _) in found.items()} == expected


@pytest.mark.parametrize(("text", "language", "issuer"), ASIDES)
def test_visits_history_descriptions_own_towns_and_header_rows_under_a_relation_heading_are_not_partners(
    rows, text, language, issuer
):
    assert rows(text, language, issuer) == {}


@pytest.mark.parametrize(("text", "language", "issuer"), OWN_TOWNS)
def test_the_issuers_own_towns_under_a_relation_heading_are_not_partners(rows, text, language, issuer):
    assert rows(text, language, issuer) == {}
