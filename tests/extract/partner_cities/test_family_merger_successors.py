"""A sentence opening on a partner town and saying what it merged into names the partner's successor (and its
fellow merged towns), not a new partner: the partner row stays the original town (SOURCES.md, ended links)."""

from __future__ import annotations

import pytest

SUCCESSOR_NOT_PARTNER = [
    (
        "da",
        "Svendborg",
        "Venskabsbyer: Karlshamn, Kokkola og Steinkjer.\n\n* Steinkjer indgik i 2020 i den nye Verdal kommune.",
        "Steinkjer",
        "Verdal",
    ),
    (
        "da",
        "Gladsaxe",
        "Gladsaxes venskabsbyer er Lidingö (Sverige) og Ski (Norge). Ski indgår i dag i Nordre Follo "
        "kommune, men samarbejdet fortsætter med Nordre Follo som part.",
        "Ski",
        "Nordre Follo",
    ),
    (
        "da",
        "Holstebro",
        "Holstebros venskabsbyer er Eskilstuna og Ski. Ski kommune blev i 2020 lagt sammen med "
        "Oppegård til Nordre Follo.",
        "Ski",
        "Oppegård",
    ),
    (
        "da",
        "Vejle",
        "Vejle har venskabsbyerne Kiel og Mandal.\nMandal gik pr. 1. januar 2020 op i Lindesnes.",
        "Mandal",
        "Lindesnes",
    ),
    (
        "nb",
        "Tromsø",
        "Tromsøs vennskapsbyer er Luleå og Kokkola. Kokkola fusjonerte i 2009 med Kälviä og Lohtaja.",
        "Kokkola",
        "Lohtaja",
    ),
    (
        "nb",
        "Harstad",
        "Vennskapsbyene er Luleå og Torsby.\nTorsby ble i 1971 slått sammen med Frykerud til én kommune.",
        "Torsby",
        "Frykerud",
    ),
    (
        "nn",
        "Voss",
        "Vennskapsbyane til Voss er Ebeltoft og Sigtuna. Ebeltoft vart i 2007 ein del av Syddjurs kommune.",
        "Ebeltoft",
        "Syddjurs",
    ),
    (
        "nn",
        "Stord",
        "Stord har vennskapsbyane Nyborg og Kokkola. Kokkola vart slått saman med Kälviä i 2009.",
        "Kokkola",
        "Kälviä",
    ),
    (
        "nl",
        "Deventer",
        "Deventer heeft een stedenband met Sneek en Tartu.\nSneek is in 2011 opgegaan in de gemeente Súdwest-Fryslân.",
        "Sneek",
        "Súdwest-Fryslân",
    ),
    (
        "nl",
        "Zeist",
        "Onze zustersteden zijn Kokkola en Ebeltoft. Ebeltoft maakt sinds 2007 deel uit van Syddjurs.",
        "Ebeltoft",
        "Syddjurs",
    ),
    (
        "nl",
        "Zwolle",
        "De zusterstad van Zwolle is Kokkola. Kokkola fuseerde in 2009 met Kälviä en Lohtaja.",
        "Kokkola",
        "Kälviä",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "partner", "successor"), SUCCESSOR_NOT_PARTNER)
def test_successor_named_by_a_merger_sentence_is_no_partner(rows, language, issuer, text, partner, successor):
    found = rows(text, language, issuer)
    assert found[partner][0] == "twin"
    assert successor not in found


AGREEMENTS_STAY = [
    ("da", "Fredensborg", "Fredensborg indgik i 2019 en samarbejdsaftale med Ystad om turisme.", "Ystad"),
    ("da", "Qeqqata", "Kommunen indgik i 2014 en samarbejdsaftale med Akureyri i Island om uddannelse.", "Akureyri"),
    ("da", "Fredericia", "Fredericia indgår i en nordisk venskabsbykæde sammen med Kristiansand og Borås.", "Borås"),
    ("nb", "Bodø", "Bodø ble i 1995 en del av vennskapsbykjeden med Jönköping og Svendborg.", "Jönköping"),
    ("nl", "Zeist", "Zeist is sinds 1972 zusterstad van Ljusdal.", "Ljusdal"),
    ("nl", "Almere", "Almere maakt deel uit van een stedenband met Aalborg.", "Aalborg"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "partner"), AGREEMENTS_STAY)
def test_entering_an_agreement_or_a_chain_is_no_merger(rows, language, issuer, text, partner):
    assert partner in rows(text, language, issuer)
