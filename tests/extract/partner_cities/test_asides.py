"""Under a relation heading, towns in a history sentence or a sentence saying there is no agreement are no partners."""

from __future__ import annotations

import pytest

# (language, issuer, page under a twin-town heading, partners expected, towns that are not partners)
CASES = [
    ("da", "Holstebro",
     "Venskabsbyer\n\nHolstebro har venskabsbyer i Norden:\n- Kristiansund (Norge)\n- Uddevalla (Sverige)\n\n"
     "I middelalderen gik handelen fra Holstebro til Lübeck, Bremen og Rostock.",
     {"Kristiansund", "Uddevalla"}, {"Lübeck", "Bremen", "Rostock"}),
    ("da", "Vejle",
     "Venskabsbyer\n\nVejle har disse venskabsbyer:\n- Karlskrona (Sverige)\n- Lahti (Finland)\n\n"
     "Kommunens gymnasium har en elevudveksling med Bergen, Turku og Uppsala, men der er ikke indgået nogen aftale.",
     {"Karlskrona", "Lahti"}, {"Bergen", "Turku", "Uppsala"}),
    ("nb", "Harstad",
     "Vennskapsbyer\n\nHarstad har disse vennskapsbyene:\n- Umeå (Sverige)\n- Oulu (Finland)\n\n"
     "Byen har aldri hatt noen avtale med Murmansk, Arkhangelsk eller Tromsø, selv om det er mye kontakt.",
     {"Umeå", "Oulu"}, {"Murmansk", "Arkhangelsk"}),
    ("nb", "Molde",
     "Vennskapsbyer\n\nMolde samarbeider med:\n- Vejle (Danmark)\n- Borås (Sverige)\n\n"
     "På 1600-tallet gikk trelasten fra Molde til Amsterdam, Hull og Lübeck.",
     {"Vejle", "Borås"}, {"Amsterdam", "Hull", "Lübeck"}),
    ("nn", "Førde",
     "Venskapsbyar\n\nFørde har desse venskapsbyane:\n- Kalmar (Sverige)\n- Kajaani (Finland)\n\n"
     "Det er ikkje inngått nokon avtale med Aberdeen, Glasgow eller Dundee, sjølv om skulane har utveksling.",
     {"Kalmar", "Kajaani"}, {"Aberdeen", "Glasgow", "Dundee"}),
    ("nl", "Zutphen",
     "Stedenbanden\n\nZutphen heeft stedenbanden met:\n- Horn-Bad Meinberg (Duitsland)\n- Šibenik (Kroatië)\n\n"
     "Als Hanzestad dreef Zutphen in de veertiende eeuw handel met Tallinn, Gdańsk en Bremen.",
     {"Horn-Bad Meinberg", "Šibenik"}, {"Tallinn", "Gdańsk", "Bremen"}),
    ("nl", "Kampen",
     "Zustersteden\n\nKampen heeft twee zustersteden:\n- Soest (Duitsland)\n- Kiskőrös (Hongarije)\n\n"
     "Met Lyon, Porto en Sevilla is er geen officiële stedenband, wel lopen er schoolprojecten.",
     {"Soest", "Kiskőrös"}, {"Lyon", "Porto", "Sevilla"}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected", "absent"), CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_history_and_no_agreement_sentences_under_a_heading_give_no_partner(rows, language, issuer, text, expected,
                                                                             absent):
    found = rows(text, language, issuer)
    assert expected <= set(found)
    assert not absent & set(found)


ENDED = [
    ("da", "Kolding", "Kolding er ikke længere venskabsby med Lahti i Finland, men skolerne har kontakt.", "Lahti"),
    ("nb", "Bodø", "Bodø er ikke lenger vennskapsby med Vyborg i Russland etter vedtaket i bystyret.", "Vyborg"),
    ("nl", "Groningen", "Groningen heeft niet langer een stedenband met Moermansk in Rusland.", "Murmansk"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city"), ENDED, ids=[c[0] for c in ENDED])
def test_an_ended_relation_is_no_denial_and_keeps_its_partner(rows, language, issuer, text, city):
    assert city in rows(text, language, issuer)
