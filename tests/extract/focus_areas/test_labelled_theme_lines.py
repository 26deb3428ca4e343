"""Family: themes listed one a line without bullets, each a short name with its explanation after a
dash or colon ("Kulturarv – vi passer på vores historie."), under a line that announces them. The
label is the theme. The precision side: running sentences under the announcement are no list.
Texts written for these tests."""

from __future__ import annotations

import pytest

LISTED = {
    "da": [
        ("Politikken har fire indsatsområder:\nFællesskaber – vi styrker foreningslivet.\n"
         "Kulturarv – vi passer på vores historie.\nNatur og friluftsliv – vi åbner naturen for alle.\n"
         "Talentudvikling – vi giver unge gode vilkår.",
         ["Fællesskaber", "Kulturarv", "Natur og friluftsliv", "Talentudvikling"]),
        ("Strategien har tre temaer:\nBørn og unge: alle skal trives.\nGrøn omstilling: vi halverer CO2.\n"
         "Levende landsbyer: der skal være liv i hele kommunen.",
         ["Børn og unge", "Grøn omstilling", "Levende landsbyer"]),
    ],
    "nb": [
        ("Planen har tre satsingsområder:\nOppvekst – alle barn skal mestre skolen.\n"
         "Helse og omsorg – vi bygger flere omsorgsboliger.\nKlima – vi kutter utslipp.",
         ["Oppvekst", "Helse og omsorg", "Klima"]),
        ("Strategien har fire innsatsområder:\nReiseliv: flere gjester hele året.\nLandbruk: lønnsomme gårder.\n"
         "Industri: grønne arbeidsplasser.\nKompetanse: flere fagarbeidere.",
         ["Reiseliv", "Landbruk", "Industri", "Kompetanse"]),
    ],
    "nn": [
        ("Planen har tre satsingsområde:\nBusetjing – vi vil bli fleire.\nNæring – vi vil ha fleire jobbar.\n"
         "Tenester – vi vil gje gode tenester.",
         ["Busetjing", "Næring", "Tenester"]),
        ("Kommunen har fire innsatsområde:\nFolkehelse: alle skal ha eit aktivt liv.\nKlima: vi kuttar utslepp.\n"
         "Kultur: fleire møteplassar.\nSamferdsel: tryggare vegar.",
         ["Folkehelse", "Klima", "Kultur", "Samferdsel"]),
    ],
    "nl": [
        ("Het akkoord kent drie speerpunten:\nWonen – we bouwen 2.000 woningen.\nZorg – hulp dichtbij huis.\n"
         "Klimaat – we verduurzamen alle scholen.",
         ["Wonen", "Zorg", "Klimaat"]),
        ("Het plan rust op vier pijlers:\nEen gezonde stad: meer groen.\nEen veilige stad: minder overlast.\n"
         "Een werkende stad: banen voor iedereen.\nEen lerende stad: goede scholen.",
         ["Een gezonde stad", "Een veilige stad", "Een werkende stad", "Een lerende stad"]),
    ],
}
CASES = [(lang, text, expected) for lang, items in LISTED.items() for text, expected in items]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_labelled_lines_under_an_announcement_are_the_themes(labels, language, text, expected):
    assert labels(f"Strategi 2026-2030\n\n{text}\n\nPlanen følges op hvert år.\n", language) == expected


RUNNING = {
    "da": "Strategien har tre temaer:\nDe blev valgt efter et borgermøde i 2025. Byrådet vedtog dem i juni.",
    "nb": "Planen har tre satsingsområder:\nDe ble valgt etter et folkemøte i 2025. Bystyret vedtok dem i juni.",
    "nn": "Planen har tre satsingsområde:\nDei vart valde etter eit folkemøte i 2025. Kommunestyret vedtok dei.",
    "nl": "Het akkoord kent drie speerpunten:\nZe zijn gekozen na een bewonersavond. De raad stemde in juni in.",
}


@pytest.mark.parametrize("language", sorted(RUNNING))
def test_running_sentences_under_an_announcement_are_no_list(labels, language):
    assert labels(f"Strategi 2026-2030\n\n{RUNNING[language]}\n", language) == []
